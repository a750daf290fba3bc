// SPDX-License-Identifier: MPL-2.0
#include "participantlistactions.h"

#include "document/document.h"
#include "exchange/csvreader.h"
#include "filedialog.h"
#include "importparticipantsdialog.h"
#include "workspace.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QWidget>

namespace Akademiplan {

ParticipantListActions::ParticipantListActions(Workspace *workspace, QWidget *window)
    : QObject(workspace)
    , m_workspace(workspace)
    , m_window(window)
    , m_importAction(new QAction(this))
    , m_exportAction(new QAction(this))
{
    m_importAction->setObjectName(QStringLiteral("importParticipantsAction"));
    m_exportAction->setObjectName(QStringLiteral("exportParticipantsAction"));
    m_importAction->setEnabled(!workspace->document()->isReadOnly());
    connect(m_importAction, &QAction::triggered, this, &ParticipantListActions::importList);
    connect(m_exportAction, &QAction::triggered, this, &ParticipantListActions::exportList);
    retranslate();
}

void ParticipantListActions::retranslate()
{
    m_importAction->setText(tr("&Import Participants…"));
    m_importAction->setToolTip(tr("Add the people of a spreadsheet (CSV from Excel or LibreOffice)"));
    m_exportAction->setText(tr("E&xport Participants…"));
    m_exportAction->setToolTip(tr("Write a list of participants that Excel opens"));
}

bool ParticipantListActions::importList()
{
    const QString folder = QFileInfo(m_workspace->document()->filePath()).absolutePath();
    const QString path = FileDialog::openFile(m_window, tr("Import Participants"), folder,
                                              tr("Spreadsheet text files (*.csv *.txt);;All files (*)"));
    return !path.isEmpty() && importFile(path);
}

bool ParticipantListActions::importFile(const QString &path)
{
    m_workspace->flushPendingEdits();
    QByteArray bytes;
    QString error;
    if (!CsvReader::readFile(QDir::toNativeSeparators(path), &bytes, &error)) {
        QMessageBox::warning(m_window, tr("Import Participants"), error);
        return false;
    }
    ImportParticipantsDialog dialog(m_workspace, QFileInfo(path).fileName(), bytes, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    emit statusMessage(dialog.resultText());
    return true;
}

bool ParticipantListActions::exportList()
{
    m_workspace->flushPendingEdits();
    const Project &project = m_workspace->document()->project();
    // Whose list: everyone, or the people of one academy, track or activity, in the programme's order.
    QStringList choices{tr("Everyone in the project")};
    QList<ExportScope> scopes{ExportScope()};
    const QString indent = QStringLiteral("    ");
    for (const Academy &academy : project.academies) {
        choices.append(tr("Enrolled in %1").arg(academy.name));
        scopes.append({academy.id, 0, 0});
        for (const Track *track : project.tracksOf(academy.id)) {
            choices.append(indent + track->name);
            scopes.append({0, track->id, 0});
            for (const Activity *activity : project.activitiesOf(track->id)) {
                choices.append(indent + indent + activity->title);
                scopes.append({0, 0, activity->id});
            }
        }
    }
    bool chosen = false;
    const QString choice = QInputDialog::getItem(m_window, tr("Export Participants"), tr("&Whose list:"), choices, 0,
                                                 false, &chosen);
    if (!chosen)
        return false;
    const ExportScope scope = scopes.value(choices.indexOf(choice));
    const QString name = choice.trimmed() == choices.constFirst() ? tr("participants") : choice.trimmed();
    const QString folder = QFileInfo(m_workspace->document()->filePath()).absolutePath();
    const QString path = FileDialog::saveFile(m_window, tr("Export Participants"),
                                              QDir(folder).filePath(name + QStringLiteral(".csv")),
                                              tr("CSV for Excel (*.csv)"));
    return !path.isEmpty() && exportFile(scope, path);
}

bool ParticipantListActions::exportFile(const ExportScope &scope, const QString &path)
{
    QString error;
    int people = 0;
    if (!ParticipantExport::write(m_workspace->document()->project(), scope, path, &error, &people)) {
        QMessageBox::warning(m_window, tr("Export Participants"), error);
        return false;
    }
    emit statusMessage(tr("Wrote %n participant(s) to %1.", nullptr, people).arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace Akademiplan
