// SPDX-License-Identifier: MPL-2.0
#include "fileactions.h"

#include "academydialog.h"
#include "busyindicator.h"
#include "calendarexportdialog.h"
#include "comparedialog.h"
#include "connectserverdialog.h"
#include "historydialog.h"
#include "merge/returnedcopycomparer.h"
#include "preferencesdialog.h"
#include "documentwatcher.h"
#include "document/document.h"
#include "domain/municipalityregistry.h"
#include "exchange/issuetext.h"
#include "editor/projecteditor.h"
#include "exportplandialog.h"
#include "filedialog.h"
#include "recentfiles.h"
#include "sharecopydialog.h"
#include "template/exampleproject.h"
#include "storage/workingcopy.h"
#include "themeicon.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace Akademiplan {

namespace {

QString fileFilter()
{
    return FileActions::tr("Akademiplan projects (*.akademi)");
}

// The project file to write, asked for with a save dialog; empty when the user cancels.
QString askForProjectFile(QWidget *window, const QString &title, const QString &suggestion)
{
    QString path = FileDialog::saveFile(window, title, suggestion, fileFilter());
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".akademi");
    return path;
}

} // namespace

FileActions::FileActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_recentFiles(new RecentFiles(this))
    , m_watcher(new DocumentWatcher(this))
{
    connect(m_recentFiles, &RecentFiles::openRequested, this, [this](const QString &path) { openFile(path); });
    connect(m_watcher, &DocumentWatcher::changedOnDisk, this, &FileActions::offerReload);
}

FileActions::~FileActions() = default;

void FileActions::fillMenu(QMenu *menu)
{
    m_newAction = menu->addAction(themeIcon(QStringLiteral("document-new")), tr("&New Project…"), this,
                                  &FileActions::newProject);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setObjectName(QStringLiteral("newProjectAction"));
    m_openAction =
        menu->addAction(themeIcon(QStringLiteral("document-open")), tr("&Open…"), this, &FileActions::open);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setObjectName(QStringLiteral("openAction"));
    m_recentFiles->attach(menu->addMenu(tr("Open &Recent")));
    m_exampleAction = menu->addAction(QIcon(QStringLiteral(":/icons/academy.svg")), tr("Open the E&xample"), this,
                                      &FileActions::openExample);
    m_exampleAction->setObjectName(QStringLiteral("openExampleAction"));
    QAction *connectAction = menu->addAction(themeIcon(QStringLiteral("network-server")), tr("Connect to Se&rver…"),
                                             this, &FileActions::connectToServer);
    connectAction->setObjectName(QStringLiteral("connectServerAction"));
    menu->addSeparator();
    m_saveAction = menu->addAction(themeIcon(QStringLiteral("document-save")), tr("&Save"), this, &FileActions::save);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_saveAsAction = menu->addAction(tr("Save &As…"), this, &FileActions::saveAs);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_saveAsAction->setObjectName(QStringLiteral("saveAsAction"));
    menu->addSeparator();
    // Everything written for others to read, in one place; the window adds the participant list.
    m_exportMenu = menu->addMenu(themeIcon(QStringLiteral("document-export")), tr("&Export"));
    m_exportMenu->setObjectName(QStringLiteral("exportMenu"));
    m_exportAction = m_exportMenu->addAction(themeIcon(QStringLiteral("document-export")), tr("&Programme Plan…"),
                                             this, &FileActions::exportPlan);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setObjectName(QStringLiteral("exportPlanAction"));
    m_calendarAction = m_exportMenu->addAction(QIcon(QStringLiteral(":/icons/calendar.svg")), tr("&Calendar…"), this,
                                               &FileActions::exportCalendar);
    m_calendarAction->setObjectName(QStringLiteral("exportCalendarAction"));
    m_shareAction = menu->addAction(tr("S&hare a Copy…"), this, &FileActions::shareCopy);
    m_shareAction->setObjectName(QStringLiteral("shareCopyAction"));
    m_compareAction = menu->addAction(tr("Co&mpare with…"), this, &FileActions::compareWith);
    m_compareAction->setObjectName(QStringLiteral("compareAction"));
    m_historyAction = menu->addAction(tr("Histor&y"), this, &FileActions::showHistory);
    m_historyAction->setObjectName(QStringLiteral("historyAction"));
    menu->addSeparator();
    m_closeAction = menu->addAction(tr("&Close"), this, &FileActions::close);
    m_closeAction->setShortcut(QKeySequence::Close);
    m_closeAction->setObjectName(QStringLiteral("closeAction"));
    menu->addSeparator();
    QAction *quitAction = menu->addAction(tr("&Quit"), m_window, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setMenuRole(QAction::QuitRole);
    updateActions();
}

void FileActions::updateActions()
{
    if (!m_saveAction)
        return;
    const bool open = m_document != nullptr;
    const bool writable = open && !m_document->isReadOnly();
    m_saveAction->setEnabled(writable);
    m_saveAsAction->setEnabled(open);
    m_closeAction->setEnabled(open);
    m_exportAction->setEnabled(open);
    m_calendarAction->setEnabled(open);
    m_shareAction->setEnabled(writable);
    m_compareAction->setEnabled(open);
    m_historyAction->setEnabled(open);
}

void FileActions::setDocument(std::unique_ptr<Document> document)
{
    emit documentAboutToChange();
    m_watcher->watch(nullptr);
    m_document = std::move(document);
    m_watcher->watch(m_document.get());
    if (m_document && !PreferencesDialog::authorName().isEmpty())
        m_document->setAuthor(PreferencesDialog::authorName());
    if (m_document) {
        connect(m_document.get(), &Document::errorOccurred, this,
                [this](const QString &message) { showError(tr("The change failed"), message); });
    }
    updateActions();
    emit documentChanged(m_document.get());
}

void FileActions::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(m_window, title, message);
}

void FileActions::newProject()
{
    if (!maybeClose())
        return;
    AcademyDialog dialog(AcademyDialog::Mode::NewProject, QString(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    FileProblem problem;
    auto document = Document::create(QString(), dialog.municipality(), &problem);
    if (!document) {
        showError(tr("New Project"), problem.message);
        return;
    }
    if (dialog.createAcademy()) {
        ProjectEditor editor(*document);
        const EditResult result = dialog.useTemplate() ? editor.addAcademyFromTemplate(dialog.academy())
                                                       : editor.addAcademy(dialog.academy());
        if (!result.ok)
            showError(tr("New Project"), result.error);
    }
    setDocument(std::move(document));
}

void FileActions::open()
{
    if (!maybeClose())
        return;
    const QString path = FileDialog::openFile(m_window, tr("Open Project"), QString(), fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

void FileActions::openExample()
{
    if (!maybeClose())
        return;
    FileProblem problem;
    const auto municipality = MunicipalityRegistry::byCode(ExampleProject::municipalityCode);
    auto document = Document::create(QString(), *municipality, &problem);
    if (!document) {
        showError(tr("Open the Example"), problem.message);
        return;
    }
    const EditResult result = ProjectEditor(*document).addExample();
    if (!result.ok) {
        showError(tr("Open the Example"), result.error);
        return;
    }
    // The example is where the consultant starts, not an edit to take back: Undo does not empty
    // it, and closing it unchanged asks nothing. Its step goes once its rows are written.
    const QString failed = document->finishWriting();
    if (!failed.isEmpty()) {
        showError(tr("Open the Example"), failed);
        return;
    }
    document->undoStack()->clear();
    setDocument(std::move(document));
}

bool FileActions::openFile(const QString &path)
{
    if (!maybeClose())
        return false;
    FileProblem problem;
    const QString opening = tr("Opening %1…").arg(QFileInfo(path).fileName());
    auto document = BusyIndicator::during(m_window, opening, [&] { return Document::open(path, {}, &problem); });
    if (!document && problem.kind == FileProblem::Kind::Locked) {
        const auto answer = QMessageBox::question(m_window, tr("Project in Use"), problem.message,
                                                  QMessageBox::Open | QMessageBox::Cancel);
        if (answer != QMessageBox::Open)
            return false;
        document = BusyIndicator::during(m_window, opening, [&] { return Document::open(path, {true}, &problem); });
    }
    if (!document) {
        if (problem.kind == FileProblem::Kind::Missing)
            m_recentFiles->remove(path);
        showError(tr("Cannot Open Project"), problem.message);
        return false;
    }
    m_recentFiles->add(path);
    if (document->isReadOnly())
        QMessageBox::information(m_window, tr("Opened Read-Only"), document->readOnlyReason());
    setDocument(std::move(document));
    reportProblemsOnRead();
    return true;
}

void FileActions::connectToServer()
{
    if (!maybeClose())
        return;
    ConnectServerDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.project().isNull())
        return;
    FileProblem problem;
    const ServerAddress address = dialog.address();
    auto document = BusyIndicator::during(m_window, tr("Opening the project on %1…").arg(address.shown()), [&] {
        return Document::openOnServer(address, dialog.project(), &problem);
    });
    if (!document) {
        showError(tr("Cannot Open Project"), problem.message);
        return;
    }
    if (document->isReadOnly())
        QMessageBox::information(m_window, tr("Opened Read-Only"), document->readOnlyReason());
    setDocument(std::move(document));
}

bool FileActions::save()
{
    if (!m_document)
        return false;
    emit pendingEditsNeeded();
    if (!m_document->keepsEveryChange() && (m_document->filePath().isEmpty() || m_document->isReadOnly()))
        return saveAs();
    FileProblem problem;
    const qint64 revision = m_document->project().info.revision;
    const bool saved = BusyIndicator::during(m_window, tr("Saving %1…").arg(m_document->displayName()),
                                             [&] { return m_document->save(&problem); });
    if (saved && m_document->keepsEveryChange()) {
        const qint64 recorded = m_document->project().info.revision;
        emit done(recorded == revision
                      ? tr("Every change is on the team server already; nothing new for the change log.")
                      : tr("Every change was on the team server already; the change log now has yours as "
                           "revision %1.")
                            .arg(recorded));
        return true;
    }
    if (saved) {
        emit done(tr("Saved %1.").arg(m_document->displayName()));
        return true;
    }
    if (problem.kind == FileProblem::Kind::ChangedOnDisk) {
        const auto answer = QMessageBox::warning(m_window, tr("Project Changed by Someone Else"), problem.message,
                                                 QMessageBox::Save | QMessageBox::Cancel);
        return answer == QMessageBox::Save && saveAs();
    }
    showError(tr("Cannot Save Project"), problem.message);
    return false;
}

bool FileActions::saveAs()
{
    if (!m_document)
        return false;
    emit pendingEditsNeeded();
    const QString suggestion = m_document->filePath().isEmpty()
                                   ? besideDocument(suggestedBaseName() + QStringLiteral(".akademi"))
                                   : m_document->filePath();
    const QString path = askForProjectFile(m_window, tr("Save Project As"), suggestion);
    if (path.isEmpty())
        return false;
    FileProblem problem;
    const bool saved = BusyIndicator::during(m_window, tr("Saving %1…").arg(QFileInfo(path).fileName()),
                                             [&] { return m_document->saveAs(path, &problem); });
    if (!saved) {
        showError(tr("Cannot Save Project"), problem.message);
        return false;
    }
    m_recentFiles->add(path);
    updateActions();
    emit done(m_document->keepsEveryChange()
                  ? tr("Wrote the project as %1, with its history; this window stays on the team server.")
                        .arg(QFileInfo(path).fileName())
                  : tr("Saved as %1.").arg(QFileInfo(path).fileName()));
    return true;
}

void FileActions::exportPlan()
{
    if (!m_document)
        return;
    emit pendingEditsNeeded();
    if (m_document->project().academies.isEmpty()) {
        showError(tr("Export Programme Plan"), tr("Add an academy first; the plan shows one academy."));
        return;
    }
    ExportPlanDialog dialog(m_document->project(), m_document->filePath(), m_window);
    if (dialog.exec() == QDialog::Accepted && !dialog.writtenPath().isEmpty())
        emit exported(dialog.writtenPath());
}

void FileActions::exportCalendar()
{
    if (!m_document)
        return;
    emit pendingEditsNeeded();
    CalendarExportDialog dialog(*m_document, m_window);
    if (dialog.exec() == QDialog::Accepted && !dialog.writtenPath().isEmpty())
        emit exported(dialog.writtenPath());
}

bool FileActions::shareCopy()
{
    if (!m_document || m_document->isReadOnly())
        return false;
    emit pendingEditsNeeded();
    // The copy is made from the saved file, which also records the share; where every change is
    // kept already, the document records the share itself.
    if (!m_document->keepsEveryChange() && (m_document->isModified() || m_document->filePath().isEmpty())) {
        const auto answer = QMessageBox::question(
            m_window, tr("Share a Copy"),
            tr("The copy is made from the saved project. Save %1 first?").arg(m_document->displayName()),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
        if (answer != QMessageBox::Save || !save())
            return false;
    }
    ShareCopyDialog dialog(m_document->project(), m_document->displayName(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const ShareOptions options = dialog.options();
    const QString suggestion = besideDocument(
        (options.withoutPersonalData ? tr("%1 (without personal data).akademi") : tr("%1 (copy).akademi"))
            .arg(suggestedBaseName()));
    const QString path = askForProjectFile(m_window, tr("Share a Copy"), suggestion);
    if (path.isEmpty())
        return false;
    FileProblem problem;
    const bool shared = BusyIndicator::during(m_window, tr("Sharing %1…").arg(QFileInfo(path).fileName()),
                                              [&] { return m_document->shareCopy(path, options, &problem); });
    if (!shared) {
        showError(tr("Cannot Share a Copy"), problem.message);
        return false;
    }
    QMessageBox::information(m_window, tr("Share a Copy"),
                             tr("The copy %1 is ready to send.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void FileActions::compareWith()
{
    if (!m_document)
        return;
    emit pendingEditsNeeded();
    const QString path =
        FileDialog::openFile(m_window, tr("Compare with"), QFileInfo(m_document->filePath()).path(), fileFilter());
    if (path.isEmpty())
        return;
    auto comparison = std::make_shared<CopyComparison>();
    FileProblem problem;
    const bool compared = BusyIndicator::during(m_window, tr("Comparing with %1…").arg(QFileInfo(path).fileName()), [&] {
        return ReturnedCopyComparer::compare(*m_document, path, *comparison, &problem);
    });
    if (!compared) {
        showError(tr("Cannot Compare"), problem.message);
        return;
    }
    CompareDialog dialog(m_document.get(), std::move(comparison), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QMessageBox::information(m_window, tr("Merge"),
                             (dialog.mergedCount() == 1
                                  ? tr("1 change was taken in from %1.").arg(QFileInfo(path).fileName())
                                  : tr("%1 changes were taken in from %2.")
                                        .arg(QString::number(dialog.mergedCount()), QFileInfo(path).fileName()))
                                 + QLatin1Char(' ')
                                 + (m_document->keepsEveryChange()
                                        ? tr("They are stored already; Undo takes the whole merge back.")
                                        : tr("Save the project to keep them; Undo takes the whole merge back.")));
}

QString FileActions::suggestedBaseName() const
{
    if (!m_document->filePath().isEmpty())
        return QFileInfo(m_document->filePath()).completeBaseName();
    const Project &project = m_document->project();
    return project.academies.isEmpty() ? project.info.municipalityName : project.academies.items().front().name;
}

QString FileActions::besideDocument(const QString &name) const
{
    // A document without a file leaves the folder to the file dialog.
    return m_document->filePath().isEmpty() ? name : QFileInfo(m_document->filePath()).absoluteDir().filePath(name);
}

void FileActions::showHistory()
{
    if (!m_document)
        return;
    HistoryDialog dialog(m_document->project().info, m_document->displayName(), m_window);
    dialog.exec();
}

void FileActions::offerReload()
{
    if (!m_document)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Project Changed on Disk"),
                    tr("%1 was changed on disk since you opened it: a colleague saved it, or a sync service "
                       "replaced it.")
                        .arg(m_document->displayName()),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("changedOnDisk"));
    box.setInformativeText(m_document->isModified()
                               ? tr("Reload it to see the new version; your unsaved changes are then lost. Or keep "
                                    "working, and save your version as a new file, so that neither is lost.")
                               : tr("Reload it to see the new version, or keep working on the version you see and "
                                    "save it as a new file."));
    QPushButton *reload = box.addButton(tr("&Reload"), QMessageBox::AcceptRole);
    box.addButton(tr("&Keep Working"), QMessageBox::RejectRole);
    box.setDefaultButton(reload);
    box.exec();
    if (box.clickedButton() != reload)
        return;
    const QString path = m_document->filePath();
    closeDocument();
    openFile(path);
}

bool FileActions::maybeClose()
{
    if (m_document)
        emit pendingEditsNeeded();
    if (!m_document || !m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        m_window, tr("Unsaved Changes"),
        tr("%1 has changes that are not saved. Save them before closing?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool FileActions::close()
{
    if (!maybeClose())
        return false;
    closeDocument();
    return true;
}

void FileActions::closeDocument()
{
    if (m_document) {
        // A large change may still be on its way to the working copy; the window paints meanwhile.
        BusyIndicator::during(m_window, tr("Closing %1…").arg(m_document->displayName()),
                              [this] { return m_document->finishWriting(Document::Waiting::Painting); });
    }
    setDocument(nullptr);
}

void FileActions::offerRecovery()
{
    const QList<WorkingCopy::Recoverable> found = WorkingCopy::findRecoverable();
    for (const WorkingCopy::Recoverable &work : found) {
        const QString name = work.documentPath.isEmpty() ? tr("a project that was never saved")
                                                         : QFileInfo(work.documentPath).fileName();
        const auto answer = QMessageBox::question(
            m_window, tr("Recover Unsaved Work"),
            tr("Akademiplan ended without saving %1 (last change %2). Recover the unsaved work?")
                .arg(name, QLocale().toString(work.lastEdit.toLocalTime(), QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Ignore, QMessageBox::Yes);
        if (answer == QMessageBox::Discard) {
            WorkingCopy::discard(work);
            continue;
        }
        if (answer != QMessageBox::Yes || m_document)
            continue;
        FileProblem problem;
        auto document = Document::recover(work, &problem);
        if (!document) {
            showError(tr("Cannot Recover"), problem.message);
            continue;
        }
        setDocument(std::move(document));
        reportProblemsOnRead();
    }
}

void FileActions::reportProblemsOnRead()
{
    const ValidationIssues &issues = m_document->problemsOnRead();
    if (issues.isEmpty())
        return;
    QStringList lines;
    for (const ValidationIssue &issue : issues)
        lines.append(IssueText::describe(m_document->project(), issue));
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Problems in the Project"),
                                tr("%1 has %n row(s) that break Akademiplan's rules, perhaps because another program "
                                   "wrote it. It is open so that you can mend them.",
                                   nullptr, int(issues.size()))
                                    .arg(m_document->displayName()),
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("problemsOnRead"));
    box->setInformativeText(lines.mid(0, 5).join(QLatin1Char('\n'))
                            + (lines.size() > 5 ? QStringLiteral("\n…") : QString()));
    box->setDetailedText(lines.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Akademiplan
