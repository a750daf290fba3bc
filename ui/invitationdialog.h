// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QDialog>
#include <QList>

class QComboBox;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace Akademiplan {

class Workspace;
struct OutputOptions;

// File › Export › Invitation Letter: an activity's letter to edit, with its placeholders to pick
// and the letter as it will read beside it; then save it as PDF or text, copy the text for an
// e-mail, preview or print it. What the consultant writes is kept with the activity, one undo
// step however much is typed; the standard letter is kept as none, so that it follows the
// language it is written in.
class InvitationDialog : public QDialog
{
    Q_OBJECT

public:
    // `firstActivityId` is chosen first; 0 for the first activity of the project.
    InvitationDialog(Workspace *workspace, qint64 firstActivityId, QWidget *parent = nullptr);
    ~InvitationDialog() override;

    QString writtenPath() const { return m_writtenPath; }
    qint64 activityId() const;
    QPlainTextEdit *letter() const { return m_letter; }
    QPlainTextEdit *filledIn() const { return m_filled; }

    void savePdf();
    void saveText();
    void copyText();
    void useStandardLetter();

private:
    OutputOptions options() const;
    void loadLetter();
    void updateFilledIn();
    // Keeps what was typed with the activity (nothing when it is the standard letter).
    void keepLetter();

    Workspace *m_workspace;
    QString m_writtenPath;
    QComboBox *m_activity;
    QComboBox *m_language;
    QPlainTextEdit *m_letter;
    QPlainTextEdit *m_filled;
    QListWidget *m_placeholders;
    QTimer *m_keep;
    QList<QPushButton *> m_outputButtons;
    bool m_loading = false;
};

} // namespace Akademiplan
