// SPDX-License-Identifier: MPL-2.0
// The parts of the document that work on a project on a team server: opening it there, writing
// each change to it, and taking in the changes other people make meanwhile.
#include "document.h"

#include "backgroundwork.h"
#include "domain/domainlabels.h"
#include "serverlink.h"
#include "server/rowidentities.h"
#include "server/serveraddress.h"
#include "storage/archivefile.h"

namespace Akademiplan {

std::unique_ptr<Document> Document::openOnServer(const ServerAddress &address, const QUuid &project,
                                                 FileProblem *problem)
{
    std::unique_ptr<Document> document(new Document);
    Document *self = document.get();
    document->m_identities = std::make_shared<RowIdentities>();
    document->m_server = std::make_unique<ServerLink>(
        document->m_identities, self, [self](std::vector<ArchivedRow> rows) { self->applyArrivals(std::move(rows)); },
        // Called on the link's thread; the document learns of it on its own.
        [self](const QString &) {
            QMetaObject::invokeMethod(self, &Document::takeBackFailedWrite, Qt::QueuedConnection);
        });
    QString error;
    Project loaded;
    const bool opened =
        BackgroundWork::run([&] { return self->m_server->open(address, project, loaded, &error); });
    if (!opened) {
        *problem = FileProblem(FileProblem::Kind::Unreadable, QStringLiteral("%1: %2").arg(address.shown(), error));
        return nullptr;
    }
    document->m_project = std::move(loaded);
    const QString name = document->m_project.academies.isEmpty() ? document->m_project.info.municipalityName
                                                                  : document->m_project.academies.at(0).name;
    document->m_serverName = tr("%1 (team server)").arg(name);
    if (!document->m_server->mayEdit())
        document->m_readOnlyOnServer = tr("You may only read this project on the team server.");
    document->m_readOnlyReason = document->m_readOnlyOnServer;
    document->setAuthor(document->m_server->user());
    document->m_server->watchConnection([self] { self->serverConnectionLost(); },
                                        [self](std::shared_ptr<Project> project) {
                                            self->serverReconnected(std::move(*project));
                                        });
    return document;
}

void Document::writeToServer(const ChangeSet &changes)
{
    // The store's thread writes references as UUIDs; a row made here is known before it is written.
    for (const Change &change : changes.changes())
        if (change.after)
            std::visit([this](const auto &row) { m_identities->add(entityTypeOf<std::decay_t<decltype(row)>>(), row.id, row.uuid); },
                       *change.after);
    m_server->write(changes);
}

bool Document::saveServerCopy(const QString &path, FileProblem *problem)
{
    // What this user changed is on the server before the copy is read from it.
    if (const QString failure = finishWriting(Waiting::Painting); !failure.isEmpty()) {
        *problem = FileProblem(FileProblem::Kind::WriteFailed, failure);
        return false;
    }
    QString error;
    const bool written = BackgroundWork::run([&] {
        ProjectArchive archive;
        return m_server->archive(archive, &error) && ArchiveFile::write(archive, path, &error);
    });
    if (!written)
        *problem = FileProblem(FileProblem::Kind::WriteFailed, error);
    return written;
}

void Document::serverConnectionLost()
{
    if (m_connectionLost)
        return;
    m_connectionLost = true;
    m_readOnlyReason = tr("The connection to the team server is lost. The project is shown as it was, read-only; "
                          "it is connected again as soon as the server answers.");
    // The window's title and status bar follow.
    emit modifiedChanged(false);
}

void Document::serverReconnected(Project project)
{
    // A write that failed while the server was away is taken back by the project as it is now.
    finishWriting();
    m_writeFailure.clear();
    m_othersChanged.clear();
    m_undoStack.clear();
    replaceProject(std::move(project));
    m_connectionLost = false;
    m_readOnlyReason = m_readOnlyOnServer;
    emit modifiedChanged(false);
}

void Document::replaceProject(Project project)
{
    forEachEntityType([this](auto entity) { emit rowsAboutToBeReset(entityTypeOf<decltype(entity)>()); });
    m_project = std::move(project);
    forEachEntityType([this](auto entity) { emit rowsReset(entityTypeOf<decltype(entity)>()); });
}

bool Document::readAgainFromServer(Project &project, QString *error)
{
    m_identities->clear();
    m_othersChanged.clear();
    return m_server->reload(project, error);
}

void Document::applyArrivals(std::vector<ArchivedRow> rows)
{
    // New rows get their ids first, so that the rows of one transaction can refer to each other.
    std::vector<qint64> ids;
    ids.reserve(rows.size());
    for (const ArchivedRow &row : rows) {
        qint64 id = m_identities->idOf(row.row.type, row.row.uuid);
        if (id < 0 && !row.removed) {
            forEachEntityType([&](auto entity) {
                using T = decltype(entity);
                if (entityTypeOf<T>() == row.row.type)
                    id = allocateId<T>();
            });
            m_identities->add(row.row.type, id, row.row.uuid);
        }
        ids.push_back(id);
    }
    const ProjectArchive::IdOfRow idOf = [this](EntityType type, const QUuid &uuid) {
        return m_identities->idOf(type, uuid);
    };
    ChangeSet changes;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const ArchivedRow &row = rows[i];
        if (ids[i] < 0)
            continue; // removed before this window ever had it
        forEachEntityType([&](auto entity) {
            using T = decltype(entity);
            if (entityTypeOf<T>() != row.row.type)
                return;
            const T *current = m_project.list<T>().find(ids[i]);
            // This user's own rows come back too, when someone else's transaction came between.
            if (current && current->changeCounter >= row.row.changeCounter)
                return;
            if (row.removed) {
                if (current) {
                    T removed = *current;
                    removed.changeCounter = row.row.changeCounter;
                    removed.modified = row.modified;
                    changes.remove(removed);
                    m_tombstoneCounters.insert(row.row.uuid, row.row.changeCounter);
                }
            } else {
                AnyEntity loaded;
                QList<QUuid> references;
                if (!ProjectArchive::entityOf(row, loaded, references)
                    || !ProjectArchive::resolve(loaded, references, idOf))
                    return; // a row this version cannot read, or one that refers to a row not here
                std::get<T>(loaded).id = ids[i];
                if (current)
                    changes.update(*current, loaded);
                else
                    changes.insert(loaded);
            }
            m_othersChanged.insert(row.row.uuid, {row.row.changeCounter, row.modifiedBy});
        });
    }
    if (changes.isEmpty())
        return;
    emit changesAboutToBeApplied(changes);
    applyToMemory(changes);
    emit changesApplied(changes);
}

QString Document::othersChangedSince(const ChangeSet &changes) const
{
    if (m_othersChanged.isEmpty())
        return {};
    for (const Change &change : changes.changes()) {
        const AnyEntity &entity = change.after ? *change.after : *change.before;
        const auto counter = [](const std::optional<AnyEntity> &row) {
            return row ? std::visit([](const auto &value) { return value.changeCounter; }, *row) : qint64(0);
        };
        const qint64 stepCounter = std::max(counter(change.before), counter(change.after));
        const QUuid uuid = std::visit([](const auto &value) { return value.uuid; }, entity);
        const auto others = m_othersChanged.constFind(uuid);
        if (others != m_othersChanged.cend() && others->first > stepCounter)
            return tr("%1 has changed this %2 since. Undoing your step would undo their change, so it is left as "
                      "they made it, and the step is gone from the undo history.")
                .arg(others->second, DomainLabels::label(entityType(entity)).toLower());
    }
    return {};
}

} // namespace Akademiplan
