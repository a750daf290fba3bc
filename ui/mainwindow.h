// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QPushButton;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QUndoView;

namespace Akademiplan {

class Document;
class WarningsDock;
class FileActions;
class MainToolBar;
class BudgetPage;
class EvaluationPage;
class ParticipantsPage;
class PartnersPage;
class ProgrammeActions;
class OutputActions;
class ProgrammePage;
class StartPage;
class TimelineView;
class Workspace;

// The application window: the programme (navigator and editors), the timeline and the
// participants as tabs, the undo history, menus and status bar. File handling lives in
// FileActions and the Programme menu in ProgrammeActions; the window shows what they open.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openFile(const QString &path);
    void offerRecovery();
    Document *document() const;
    Workspace *workspace() const { return m_workspace; }
    FileActions *fileActions() const { return m_fileActions; }
    ProgrammeActions *programmeActions() const { return m_programmeActions; }
    ProgrammePage *programmePage() const { return m_programme; }
    TimelineView *timelineView() const { return m_timeline; }
    ParticipantsPage *participantsPage() const { return m_participants; }
    PartnersPage *partnersPage() const { return m_partners; }
    BudgetPage *budgetPage() const { return m_budget; }
    EvaluationPage *evaluationPage() const { return m_evaluation; }
    QTabWidget *tabs() const { return m_tabs; }
    MainToolBar *toolBar() const { return m_toolBar; }
    StartPage *startPage() const { return m_start; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createMenus();
    void createToolBar();
    void dropViews();
    void documentChanged(Document *document);
    void updateTitle();
    // What the status bar says of a file someone shared with the consultant (empty otherwise).
    static QString sharedCopyNote(const Document &document);
    void showPage(int index);
    void showRequested(int type, qint64 id);
    void showPreferences();
    void restoreSettings();
    void saveSettings();

    FileActions *m_fileActions;
    QLabel *m_fileState = nullptr;         // saved, unsaved, read-only and why
    QPushButton *m_openExported = nullptr; // opens the file just exported
    ProgrammeActions *m_programmeActions;
    Workspace *m_workspace = nullptr;
    QStackedWidget *m_stack;
    StartPage *m_start = nullptr;
    MainToolBar *m_toolBar = nullptr;
    QTabWidget *m_tabs;
    ProgrammePage *m_programme = nullptr;
    TimelineView *m_timeline = nullptr;
    ParticipantsPage *m_participants = nullptr;
    PartnersPage *m_partners = nullptr;
    BudgetPage *m_budget = nullptr;
    EvaluationPage *m_evaluation = nullptr;
    OutputActions *m_outputs = nullptr;
    QMenu *m_fileMenu = nullptr;
    QUndoView *m_undoView;
    QDockWidget *m_undoDock;
    WarningsDock *m_warnings = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QList<QAction *> m_documentActions; // enabled only while a project is open
    QMenu *m_viewMenu = nullptr;
    QAction *m_zoomSeparator = nullptr;
    QAction *m_nameOrderSeparator = nullptr;
};

} // namespace Akademiplan
