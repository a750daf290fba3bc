// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "exchange/csvformat.h"
#include "exchange/participantimport.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QTableView;

namespace Akademiplan {

class ImportPreviewModel;
class Workspace;

// The participant list as the program reads it, before anything changes: how the file is read
// (separator and encoding, which the user may change), which column holds what (the headers
// recognised, every choice correctable), the role each unknown role word means, and every row
// with what will happen to it and its problems. Import makes it one undoable step.
class ImportParticipantsDialog : public QDialog
{
    Q_OBJECT

public:
    ImportParticipantsDialog(Workspace *workspace, const QString &fileName, const QByteArray &bytes,
                             QWidget *parent = nullptr);
    ~ImportParticipantsDialog() override;

    const ParticipantImport &currentImport() const { return m_import; }
    // The line the window's status bar shows after an import.
    QString resultText() const;

    void accept() override;

private:
    // Reads the file again as the format controls say, and the columns as recognised.
    void readFile();
    // Judges the rows again with the user's choices.
    void judge();
    void buildColumnChoices();
    void buildRoleChoices();
    CsvFormat chosenFormat() const;

    Workspace *m_workspace;
    QByteArray m_bytes;
    CsvTable m_table;
    ParticipantImport m_import;
    ImportOptions m_options;
    ImportPreviewModel *m_model;
    QLabel *m_detected;
    QComboBox *m_separator;
    QComboBox *m_encoding;
    QGroupBox *m_columnsBox;
    QGridLayout *m_columnsLayout;
    QList<QComboBox *> m_columnChoices;
    QGroupBox *m_rolesBox;
    QGridLayout *m_rolesLayout;
    QStringList m_roleWords; // shown, in the order they first appeared
    QCheckBox *m_updateExisting;
    QCheckBox *m_skipProblems;
    QTableView *m_preview;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
};

} // namespace Akademiplan
