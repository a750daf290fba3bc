// SPDX-License-Identifier: MPL-2.0
#include "mainwindow.h"

#include "aboutdialog.h"
#include "budgetpage.h"
#include "document/document.h"
#include "editor/projecteditor.h"
#include "entityform.h"
#include "evaluationpage.h"
#include "fileactions.h"
#include "maintoolbar.h"
#include "participantlistactions.h"
#include "participantspage.h"
#include "partnerspage.h"
#include "preferencesdialog.h"
#include "document/authorname.h"
#include "programmeactions.h"
#include "outputactions.h"
#include "programmepage.h"
#include "screenfit.h"
#include "shortcutsdialog.h"
#include "startpage.h"
#include "themeicon.h"
#include "timelineview.h"
#include "warningsdock.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoGroup>
#include <QUndoView>
#include <QUrl>

namespace Akademiplan {

namespace {

QString droppedProject(const QMimeData *mime)
{
    if (!mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().front().isLocalFile())
        return {};
    const QString path = mime->urls().front().toLocalFile();
    return path.endsWith(QLatin1String(".akademi"), Qt::CaseInsensitive) ? path : QString();
}

// Forms explain a refused change beside the field; everything else gets a dialog.
bool focusIsInForm()
{
    for (QWidget *widget = QApplication::focusWidget(); widget; widget = widget->parentWidget())
        if (qobject_cast<EntityForm *>(widget))
            return true;
    return false;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_fileActions(new FileActions(this))
    , m_programmeActions(new ProgrammeActions(this))
    , m_stack(new QStackedWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_undoView(new QUndoView(this))
    , m_undoDock(new QDockWidget(tr("Undo History"), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setObjectName(QStringLiteral("pages"));
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);

    m_undoView->setEmptyLabel(tr("<opened file>"));
    m_undoView->setAccessibleName(tr("Undo history"));
    m_undoView->setGroup(new QUndoGroup(this));
    m_undoDock->setObjectName(QStringLiteral("undoHistory"));
    m_undoDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_undoDock);
    m_undoDock->hide();
    m_warnings = new WarningsDock(this);
    connect(m_warnings, &WarningsDock::showRequested, this, &MainWindow::showRequested);

    createMenus();
    createToolBar();
    m_start = new StartPage(m_fileActions->recentFiles(),
                            {m_fileActions->newProjectAction(), m_fileActions->openAction(),
                             m_fileActions->openExampleAction()},
                            m_stack);
    m_stack->addWidget(m_start);
    connect(m_start, &StartPage::openFileRequested, m_fileActions, &FileActions::openFile);
    connect(m_fileActions, &FileActions::documentAboutToChange, this, &MainWindow::dropViews);
    connect(m_fileActions, &FileActions::documentChanged, this, &MainWindow::documentChanged);
    connect(m_fileActions, &FileActions::done, this, [this](const QString &message) {
        statusBar()->showMessage(message, 5000);
    });
    // After an export the status bar says so and offers to open the file, without a window to
    // click away.
    m_openExported = new QPushButton(tr("&Open"), this);
    m_openExported->setObjectName(QStringLiteral("openExported"));
    m_openExported->setFlat(true);
    m_openExported->hide();
    statusBar()->addWidget(m_openExported);
    connect(m_fileActions, &FileActions::exported, this, [this](const QString &path) {
        const QString message = tr("Saved %1.").arg(QFileInfo(path).fileName());
        m_openExported->setProperty("message", message);
        statusBar()->showMessage(message);
        m_openExported->setProperty("path", path);
        m_openExported->setToolTip(tr("Open %1").arg(QDir::toNativeSeparators(path)));
        m_openExported->show();
    });
    connect(m_openExported, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_openExported->property("path").toString()));
        m_openExported->hide();
    });
    // It goes with the next message.
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &message) {
        if (message != m_openExported->property("message").toString())
            m_openExported->hide();
    });
    m_fileState = new QLabel(this);
    m_fileState->setObjectName(QStringLiteral("fileState"));
    m_fileState->setAccessibleName(tr("State of the project file"));
    statusBar()->addPermanentWidget(m_fileState);
    connect(m_fileActions, &FileActions::pendingEditsNeeded, this, [this] {
        if (m_workspace)
            m_workspace->flushPendingEdits();
    });
    qApp->installEventFilter(this);
    resize(fittedToScreen(this, QSize(1280, 820)));
    restoreSettings();
    documentChanged(nullptr);
}

MainWindow::~MainWindow()
{
    // The open document's undo stack leaves the window's undo group as it is destroyed with the
    // window's children, and the group then signals: by then the window is only a QWidget, so
    // its slots must be gone first.
    disconnect(m_undoView->group(), nullptr, this, nullptr);
    // Likewise the document, which the file actions close as they go: a document with unsaved
    // changes says so once more as its undo stack goes.
    if (Document *open = document())
        disconnect(open, nullptr, this, nullptr);
    disconnect(m_fileActions, nullptr, this, nullptr);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileActions->fillMenu(file);
    m_fileMenu = file;

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QUndoGroup *group = m_undoView->group();
    // Own actions rather than the group's, so that typing not yet written goes first and is
    // what the next undo takes back.
    m_undoAction = new QAction(themeIcon(QStringLiteral("edit-undo")), tr("&Undo"), this);
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_redoAction = new QAction(themeIcon(QStringLiteral("edit-redo")), tr("&Redo"), this);
    // Ctrl+Y as well, as in the office programs consultants use all day.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Y));
    m_redoAction->setShortcuts(redoKeys);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    auto follow = [](QAction *action, const QString &verb, const QString &step) {
        action->setText(step.isEmpty() ? verb : tr("%1 %2", "Undo/Redo step").arg(verb, step));
    };
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);
    connect(group, &QUndoGroup::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(group, &QUndoGroup::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(group, &QUndoGroup::undoTextChanged, this,
            [this, follow](const QString &step) { follow(m_undoAction, tr("&Undo"), step); });
    connect(group, &QUndoGroup::redoTextChanged, this,
            [this, follow](const QString &step) { follow(m_redoAction, tr("&Redo"), step); });
    connect(m_undoAction, &QAction::triggered, this, [this, group] {
        if (m_workspace)
            m_workspace->flushPendingEdits();
        const QString step = group->undoText();
        group->undo();
        statusBar()->showMessage(tr("Undone: %1").arg(step), 5000);
    });
    connect(m_redoAction, &QAction::triggered, this, [this, group] {
        if (m_workspace)
            m_workspace->flushPendingEdits();
        const QString step = group->redoText();
        group->redo();
        statusBar()->showMessage(tr("Redone: %1").arg(step), 5000);
    });
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QStringList pages = {tr("&Programme"), tr("&Timeline"), tr("P&articipants"), tr("Pa&rtners"), tr("&Budget"),
                                tr("&Evaluation")};
    for (int i = 0; i < pages.size(); ++i) {
        QAction *page = view->addAction(pages.at(i), this, [this, i] { showPage(i); });
        page->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_documentActions.append(page);
    }
    // The timeline's zoom actions are inserted here while a project is open.
    m_zoomSeparator = view->addSeparator();
    // And the order of names in the lists of people here.
    m_nameOrderSeparator = view->addSeparator();
    m_viewMenu = view;
    QAction *history = m_undoDock->toggleViewAction();
    history->setText(tr("Undo &History"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    view->addAction(history);
    view->addAction(m_warnings->toggleViewAction());

    m_programmeActions->fillMenu(menuBar()->addMenu(tr("&Programme")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        ShortcutsDialog dialog(this);
        dialog.exec();
    });
    shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    // The key GNOME programs open their list of shortcuts with; F1 stays free for a manual.
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Question));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Akademiplan"), this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createToolBar()
{
    m_toolBar = new MainToolBar(this);
    m_toolBar->addMenuAction(m_fileActions->newProjectAction());
    m_toolBar->addMenuAction(m_fileActions->openAction());
    m_toolBar->addMenuAction(m_fileActions->saveAction());
    m_toolBar->addSeparator();
    m_toolBar->addMenuAction(m_undoAction);
    m_toolBar->addMenuAction(m_redoAction);
    m_toolBar->addSeparator();
    // The program's own pictures need their words; the desktop's standard ones are known.
    for (QAction *action : m_programmeActions->newActions())
        m_toolBar->addMenuAction(action, MainToolBar::Label::TextBesideIcon);
    m_toolBar->addSeparator();
    m_toolBar->addMenuAction(m_fileActions->exportPlanAction(), MainToolBar::Label::TextBesideIcon,
                             tr("Export Programme Plan"));
    addToolBar(Qt::TopToolBarArea, m_toolBar);
    m_viewMenu->insertAction(m_undoDock->toggleViewAction(), m_toolBar->toggleViewAction());
}

Document *MainWindow::document() const
{
    return m_fileActions->document();
}

void MainWindow::openFile(const QString &path)
{
    m_fileActions->openFile(path);
}

void MainWindow::offerRecovery()
{
    m_fileActions->offerRecovery();
}

void MainWindow::dropViews()
{
    // The views go before their document; their models belong to its workspace.
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
    m_programme = nullptr;
    m_timeline = nullptr;
    m_participants = nullptr;
    m_partners = nullptr;
    m_budget = nullptr;
    m_evaluation = nullptr;
    delete m_outputs;
    m_outputs = nullptr;
    m_warnings->setWorkspace(nullptr);
    delete m_workspace;
    m_workspace = nullptr;
}

void MainWindow::documentChanged(Document *document)
{
    dropViews();
    if (document) {
        m_workspace = new Workspace(document, this);
        m_programme = new ProgrammePage(m_workspace, m_tabs);
        m_timeline = new TimelineView(m_workspace, m_tabs);
        m_participants = new ParticipantsPage(m_workspace, m_tabs);
        m_tabs->addTab(m_programme, tr("Programme"));
        m_tabs->addTab(m_timeline, tr("Timeline"));
        m_partners = new PartnersPage(m_workspace, m_tabs);
        m_tabs->addTab(m_participants, tr("Participants"));
        m_tabs->addTab(m_partners, tr("Partners"));
        m_budget = new BudgetPage(m_workspace, m_tabs);
        m_tabs->addTab(m_budget, tr("Budget"));
        m_evaluation = new EvaluationPage(m_workspace, m_tabs);
        m_tabs->addTab(m_evaluation, tr("Evaluation"));
        m_viewMenu->insertActions(m_zoomSeparator, {m_timeline->zoomInAction(), m_timeline->zoomOutAction(),
                                                     m_timeline->zoomToFitAction()});
        m_viewMenu->insertActions(m_nameOrderSeparator, m_workspace->nameOrderActions());
        // Participant lists: in after the Export submenu, out in it after the programme plan.
        const QList<QAction *> fileActions = m_fileMenu->actions();
        const qsizetype exportAt = fileActions.indexOf(m_fileActions->exportMenu()->menuAction());
        m_fileMenu->insertAction(fileActions.value(exportAt + 1), m_participants->listActions()->importAction());
        const QList<QAction *> exports = m_fileActions->exportMenu()->actions();
        m_fileActions->exportMenu()->insertAction(
            exports.value(exports.indexOf(m_fileActions->exportPlanAction()) + 1),
            m_participants->listActions()->exportAction());
        m_fileActions->exportMenu()->insertAction(
            exports.value(exports.indexOf(m_fileActions->exportPlanAction()) + 1), m_budget->exportAction());
        // The outputs for each audience, after the programme plan they are made from.
        m_outputs = new OutputActions(m_workspace, [this] { return m_programme->current(); }, this);
        for (QAction *action : m_outputs->actions())
            m_fileActions->exportMenu()->insertAction(m_participants->listActions()->exportAction(), action);
        connect(m_outputs, &OutputActions::exported, m_fileActions, &FileActions::exported);
        connect(m_participants->listActions(), &ParticipantListActions::statusMessage, this,
                [this](const QString &message) { statusBar()->showMessage(message, 8000); });
        m_programme->setSelectionProvider([this] {
            return m_participants ? m_participants->selectedParticipantIds() : QList<qint64>();
        });
        m_programme->splitter()->restoreState(QSettings().value(QStringLiteral("window/programmeSplitter")).toByteArray());
        connect(m_workspace, &Workspace::showRequested, this, &MainWindow::showRequested);
        m_warnings->setWorkspace(m_workspace);
        // The timeline shows the academy the consultant is working on.
        connect(m_programme, &ProgrammePage::currentChanged, this, [this] {
            if (const qint64 academy = m_programme->currentAcademyId())
                m_timeline->setAcademy(academy);
        });
        connect(document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
        connect(document, &Document::filePathChanged, this, &MainWindow::updateTitle);
        connect(m_workspace->editor(), &ProjectEditor::editRejected, this, [this](const QString &message) {
            if (!focusIsInForm())
                QMessageBox::warning(this, tr("The Change Was Not Made"), message);
        });
        connect(m_workspace->editor(), &ProjectEditor::editWarned, this,
                [this](const QStringList &warnings) { statusBar()->showMessage(warnings.join(QLatin1Char(' ')), 8000); });
        m_undoView->group()->addStack(document->undoStack());
        m_undoView->group()->setActiveStack(document->undoStack());
        if (!document->project().academies.isEmpty())
            m_programme->showEntity(int(EntityType::Academy), document->project().academies.items().front().id);
        m_stack->setCurrentWidget(m_tabs);
    } else {
        m_stack->setCurrentWidget(m_start);
        statusBar()->clearMessage();
    }
    m_programmeActions->setWorkspace(m_workspace, m_programme);
    for (QAction *action : std::as_const(m_documentActions))
        action->setEnabled(document != nullptr);
    updateTitle();
}

QString MainWindow::sharedCopyNote(const Document &document)
{
    const ShareRecord *copy = document.project().info.sharedCopy();
    if (!copy)
        return {};
    const QString when = QLocale().toString(copy->shared.toLocalTime().date(), QLocale::ShortFormat);
    return copy->withoutPersonalData
               ? tr("A copy shared on %1 without personal data: people are shown by neutral labels.").arg(when)
               : tr("A copy shared on %1.").arg(when);
}

void MainWindow::updateTitle()
{
    const Document *current = document();
    if (!current) {
        setWindowTitle(QStringLiteral("Akademiplan"));
        setWindowModified(false);
        m_fileState->clear();
        return;
    }
    QString title = tr("%1 – %2[*]").arg(current->displayName(), current->project().info.municipalityName);
    if (current->isReadOnly())
        title += QLatin1Char(' ') + tr("(read-only)");
    if (const ShareRecord *copy = current->project().info.sharedCopy(); copy && copy->withoutPersonalData)
        title += QLatin1Char(' ') + tr("(copy without personal data)");
    setWindowTitle(title);
    setWindowModified(current->isModified());
    // The file's state stays in the status bar, beside the messages that come and go.
    QString state = current->isModified() ? tr("Unsaved changes") : tr("Saved");
    if (current->keepsEveryChange())
        state = tr("Every change is stored on the team server as you make it");
    else if (current->filePath().isEmpty())
        state = tr("Not saved yet");
    if (current->isReadOnly())
        state = tr("Read-only: %1").arg(current->readOnlyReason());
    else if (const QString note = sharedCopyNote(*current); !note.isEmpty())
        state = tr("%1 %2", "file state, then what the copy is").arg(state, note);
    m_fileState->setText(state);
    m_fileState->setToolTip(state);
}

void MainWindow::showPage(int index)
{
    if (m_tabs->count() > index)
        m_tabs->setCurrentIndex(index);
}

void MainWindow::showRequested(int type, qint64 id)
{
    if (!m_programme)
        return;
    m_programme->showEntity(type, id);
    m_tabs->setCurrentWidget(m_programme);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    // The name applies to the open project's next save at once.
    if (dialog.exec() == QDialog::Accepted && m_fileActions->document())
        m_fileActions->document()->setAuthor(PreferencesDialog::authorName().isEmpty()
                                                 ? AuthorName::fromSystem()
                                                 : PreferencesDialog::authorName());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (m_programme)
        settings.setValue(QStringLiteral("window/programmeSplitter"), m_programme->splitter()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_fileActions->maybeClose()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedProject(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedProject(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // Open after the drop has finished, so that a question about unsaved changes is not asked
    // in the middle of the drag.
    QMetaObject::invokeMethod(this, [this, path] { openFile(path); }, Qt::QueuedConnection);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The desktop (macOS Finder) opens a project by sending the application a file-open event.
    if (watched == qApp && event->type() == QEvent::FileOpen) {
        openFile(static_cast<QFileOpenEvent *>(event)->file());
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace Akademiplan
