// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "entityform.h"

#include <QList>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Akademiplan {

class EnrolmentPanel;
class PartnerLine;

// Edits a track: kind, name, target group and the roles it covers, goal and colour, with the
// people enrolled in it.
class TrackForm : public EntityForm
{
    Q_OBJECT

public:
    explicit TrackForm(Workspace *workspace, QWidget *parent = nullptr);

    EnrolmentPanel *enrolments() const { return m_enrolments; }
    PartnerLine *partners() const { return m_partners; }

protected:
    void load() override;

private:
    void chooseColour();

    QComboBox *m_kind;
    QLineEdit *m_name;
    QLineEdit *m_targetGroup;
    QList<QCheckBox *> m_roles;
    QPlainTextEdit *m_goal;
    QPushButton *m_colour;
    EnrolmentPanel *m_enrolments;
    PartnerLine *m_partners;
};

} // namespace Akademiplan
