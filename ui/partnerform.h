// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "entityform.h"

#include <QList>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Akademiplan {

class PartnershipPanel;
class TypedDateField;

// Edits one partner of the register: name and kind, the contact person, what it contributes,
// where the agreement stands, notes, and lists the tracks and activities it takes part in.
class PartnerForm : public EntityForm
{
    Q_OBJECT

public:
    explicit PartnerForm(Workspace *workspace, QWidget *parent = nullptr);

    PartnershipPanel *places() const { return m_places; }

protected:
    void load() override;

private:
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_contactName;
    QLineEdit *m_contactEmail;
    QLineEdit *m_contactPhone;
    QList<QCheckBox *> m_contributions;
    QComboBox *m_agreement;
    TypedDateField *m_agreementDate;
    QPlainTextEdit *m_notes;
    PartnershipPanel *m_places;
};

} // namespace Akademiplan
