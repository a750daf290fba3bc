// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace Akademiplan {

class ParticipantFilterProxy;
class Workspace;

// The search field and the role and organisation choices that narrow a list of people, bound to
// a ParticipantFilterProxy: the same way to find someone wherever people are listed.
class ParticipantFilterBar : public QWidget
{
    Q_OBJECT

public:
    ParticipantFilterBar(Workspace *workspace, ParticipantFilterProxy *proxy, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QComboBox *roleFilter() const { return m_roleFilter; }
    QComboBox *organisationFilter() const { return m_organisationFilter; }

    // Fills the choices again, keeping what was chosen where it still exists (e.g. after an
    // organisation was added, renamed or deleted, or the UI language changed).
    void refresh();
    void clear();
    // Sets the texts in the UI language and fills the choices again.
    void retranslate();

private:
    Workspace *m_workspace;
    ParticipantFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_roleFilter;
    QComboBox *m_organisationFilter;
};

} // namespace Akademiplan
