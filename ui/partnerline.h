// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace Akademiplan {

class Workspace;

// The partners of one track or activity in its form, as one line of names with a menu to add a
// partner from the register or take one off: a line and not a table, so that the form keeps its
// height for the sessions and the people on a small screen. What a partner does there is
// edited in the register, where its places are listed.
class PartnerLine : public QWidget
{
    Q_OBJECT

public:
    explicit PartnerLine(Workspace *workspace, QWidget *parent = nullptr);

    void showTrack(qint64 trackId);
    void showActivity(qint64 activityId);
    QToolButton *button() const { return m_button; }
    QLabel *names() const { return m_names; }

private:
    void refresh();
    void fillMenu();

    Workspace *m_workspace;
    qint64 m_trackId = 0;
    qint64 m_activityId = 0;
    QLabel *m_names;
    QToolButton *m_button;
};

} // namespace Akademiplan
