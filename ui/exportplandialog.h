// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "report/planoptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace Akademiplan {

class Project;

// File › Export › Programme Plan: which academy, in which language, with which appendices; then
// save it as PDF, look at it in a print preview, or print it.
class ExportPlanDialog : public QDialog
{
    Q_OBJECT

public:
    ExportPlanDialog(const Project &project, const QString &documentPath, QWidget *parent = nullptr);

    // The PDF written, once the dialog was accepted by saving one.
    QString writtenPath() const { return m_writtenPath; }

    PlanOptions options() const;

    void exportPdf();
    void preview();
    void print();

private:
    const Project &m_project;
    QString m_documentPath;
    QString m_writtenPath;
    QComboBox *m_academy;
    QComboBox *m_language;
    QCheckBox *m_participants;
    QCheckBox *m_staffTime;
    QCheckBox *m_pdfA;
};

} // namespace Akademiplan
