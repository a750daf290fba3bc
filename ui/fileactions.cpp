// SPDX-License-Identifier: MPL-2.0
#include "fileactions.h"

#include "document/document.h"
#include "domain/municipalityregistry.h"
#include "storage/workingcopy.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>

namespace Akademiplan {

namespace {

QString fileFilter()
{
    return FileActions::tr("Akademiplan projects (*.akademi)");
}

} // namespace

FileActions::FileActions(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

FileActions::~FileActions() = default;

void FileActions::fillMenu(QMenu *menu)
{
    QAction *newAction = menu->addAction(tr("&New Project…"), this, &FileActions::newProject);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = menu->addAction(tr("&Open…"), this, &FileActions::open);
    openAction->setShortcut(QKeySequence::Open);
    menu->addSeparator();
    m_saveAction = menu->addAction(tr("&Save"), this, &FileActions::save);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAsAction = menu->addAction(tr("Save &As…"), this, &FileActions::saveAs);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_closeAction = menu->addAction(tr("&Close"), this, &FileActions::close);
    m_closeAction->setShortcut(QKeySequence::Close);
    menu->addSeparator();
    QAction *quitAction = menu->addAction(tr("&Quit"), m_window, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    updateActions();
}

void FileActions::updateActions()
{
    if (!m_saveAction)
        return;
    m_saveAction->setEnabled(m_document && !m_document->isReadOnly());
    m_saveAsAction->setEnabled(m_document != nullptr);
    m_closeAction->setEnabled(m_document != nullptr);
}

void FileActions::setDocument(std::unique_ptr<Document> document)
{
    m_document = std::move(document);
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
    QStringList names;
    for (const Municipality &municipality : MunicipalityRegistry::all())
        names.append(QStringLiteral("%1 (%2)").arg(municipality.name).arg(municipality.code));
    bool ok = false;
    const QString choice = QInputDialog::getItem(m_window, tr("New Project"), tr("Municipality:"), names, 0, true, &ok);
    if (!ok)
        return;
    const qsizetype index = names.indexOf(choice);
    if (index < 0) {
        showError(tr("New Project"), tr("Choose one of the municipalities in the list."));
        return;
    }
    FileProblem problem;
    auto document = Document::create(QString(), MunicipalityRegistry::all().at(index), &problem);
    if (!document) {
        showError(tr("New Project"), problem.message);
        return;
    }
    setDocument(std::move(document));
}

void FileActions::open()
{
    if (!maybeClose())
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Project"), QString(), fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool FileActions::openFile(const QString &path)
{
    if (!maybeClose())
        return false;
    FileProblem problem;
    auto document = Document::open(path, {}, &problem);
    if (!document && problem.kind == FileProblem::Kind::Locked) {
        const auto answer = QMessageBox::question(m_window, tr("Project in Use"), problem.message,
                                                  QMessageBox::Open | QMessageBox::Cancel);
        if (answer != QMessageBox::Open)
            return false;
        document = Document::open(path, {true}, &problem);
    }
    if (!document) {
        showError(tr("Cannot Open Project"), problem.message);
        return false;
    }
    if (document->isReadOnly())
        QMessageBox::information(m_window, tr("Opened Read-Only"), document->readOnlyReason());
    setDocument(std::move(document));
    return true;
}

bool FileActions::save()
{
    if (!m_document)
        return false;
    if (m_document->filePath().isEmpty() || m_document->isReadOnly())
        return saveAs();
    FileProblem problem;
    if (m_document->save(&problem))
        return true;
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
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Project As"), m_document->filePath(), fileFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".akademi");
    FileProblem problem;
    if (!m_document->saveAs(path, &problem)) {
        showError(tr("Cannot Save Project"), problem.message);
        return false;
    }
    updateActions();
    return true;
}

bool FileActions::maybeClose()
{
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
    setDocument(nullptr);
    return true;
}

void FileActions::offerRecovery()
{
    const QList<WorkingCopy::Recoverable> found = WorkingCopy::findRecoverable();
    for (const WorkingCopy::Recoverable &work : found) {
        const QString name = work.documentPath.isEmpty() ? tr("An unsaved project")
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
    }
}

} // namespace Akademiplan
