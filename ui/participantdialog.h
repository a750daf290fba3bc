// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/participant.h"
#include "enumcombodelegate.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Akademiplan {

class Project;

// The form for adding one person or editing one: name, e-mail, phone, role and organisation.
// It only returns the edited value; the caller hands it to the ProjectEditor, so the dialog
// never changes the project and Cancel needs no undo.
class ParticipantDialog : public QDialog
{
    Q_OBJECT

public:
    // A participant without an id is a new one.
    ParticipantDialog(const Project &project, const Participant &participant, QWidget *parent = nullptr);

    Participant participant() const;

    // The choices for a role and for a person's organisation ("No organisation" first, then the
    // project's organisations in the UI language's alphabetical order); shared with the table.
    static EnumComboDelegate::Choices roleChoices();
    static EnumComboDelegate::Choices organisationChoices(const Project &project);

    // Refuses OK while the e-mail address is invalid, and says why under the field.
    void done(int result) override;

private:
    void updateOkButton();
    // Shows or hides the message under the e-mail field; true when the address may be saved.
    bool checkEmail();

    Participant m_participant;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLabel *m_emailError;
    QLineEdit *m_phone;
    QComboBox *m_role;
    QComboBox *m_organisation;
    QDialogButtonBox *m_buttons;
};

} // namespace Akademiplan
