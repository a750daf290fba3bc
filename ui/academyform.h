// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "entityform.h"

class QComboBox;

class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace Akademiplan {

class TypedDateField;

// Edits an academy: name, partner municipalities, period, status, purpose, strategic focus
// areas and consultant.
class AcademyForm : public EntityForm
{
    Q_OBJECT

public:
    explicit AcademyForm(Workspace *workspace, QWidget *parent = nullptr);

protected:
    void load() override;

private:
    void filterPartners(const QString &text);

    QLineEdit *m_name;
    QLineEdit *m_partnerFilter;
    QListWidget *m_partners;
    TypedDateField *m_start;
    TypedDateField *m_end;
    QComboBox *m_status;
    QComboBox *m_council;
    QComboBox *m_meetingWeek;
    QComboBox *m_meetingDay;
    QPlainTextEdit *m_purpose;
    QPlainTextEdit *m_focusAreas;
    QLineEdit *m_consultant;
};

} // namespace Akademiplan
