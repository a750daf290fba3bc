// SPDX-License-Identifier: MPL-2.0
// The parts of the document that listen to its store: opening a project on a team server, taking
// in the changes other people make meanwhile, and a store that cannot be reached for a while.
#include "document.h"

#include "backgroundwork.h"
#include "domain/domainlabels.h"
#include "serverlink.h"
#include "storethread.h"
#include "server/serveraddress.h"
#include "storage/archivefile.h"
#include "storage/writtenfiles.h"

#include <QFileInfo>

namespace Akademiplan {

std::unique_ptr<Document> Document::openOnServer(const ServerAddress &address, const QUuid &project,
                                                 FileProblem *problem)
{
    std::unique_ptr<Document> document(new Document);
    Document *self = document.get();
    auto link = std::make_unique<ServerLink>(self->storeEvents(), [self](EntityType type) {
        qint64 id = -1;
        forEachEntityType([&](auto entity) {
            using T = decltype(entity);
            if (entityTypeOf<T>() == type)
                id = self->allocateId<T>();
        });
        return id;
    });
    QString error;
    Project loaded;
    if (!BackgroundWork::run([&] { return link->open(address, project, loaded, &error); })) {
        *problem = FileProblem(FileProblem::Kind::Unreadable, QStringLiteral("%1: %2").arg(address.shown(), error));
        return nullptr;
    }
    document->m_project = std::move(loaded);
    const QString name = document->m_project.academies.isEmpty() ? document->m_project.info.municipalityName
                                                                  : document->m_project.academies.at(0).name;
    document->m_shownName = tr("%1 (team server)").arg(name);
    if (!link->mayEdit())
        document->m_readOnlyByStore = tr("You may only read this project on the team server.");
    document->m_readOnlyReason = document->m_readOnlyByStore;
    document->setAuthor(link->user());
    link->watchConnection();
    document->m_store = std::move(link);
    return document;
}

DocumentStore::Events Document::storeEvents()
{
    DocumentStore::Events events;
    events.receiver = this;
    events.writeFailed = [this] { takeBackFailedWrite(); };
    events.othersChanged = [this](std::vector<OthersChange> changes) { applyOthersChanges(changes); };
    events.unavailable = [this] { storeUnavailable(); };
    events.availableAgain = [this](std::shared_ptr<Project> project) { storeAvailableAgain(std::move(*project)); };
    return events;
}

bool Document::writeCopy(const QString &path, FileProblem *problem)
{
    // What this user changed is in the store before the copy is read from it.
    if (const QString failure = finishWriting(Waiting::Painting); !failure.isEmpty()) {
        *problem = FileProblem(FileProblem::Kind::WriteFailed, failure);
        return false;
    }
    QString error;
    if (!ArchiveFile::canWriteAt(path, &error)) {
        *problem = FileProblem(FileProblem::Kind::NotAFile, error);
        return false;
    }
    FileFingerprint fingerprint;
    error = writeFile(path, fingerprint);
    if (!error.isEmpty()) {
        *problem = FileProblem(FileProblem::Kind::WriteFailed,
                               tr("%1 could not be saved: %2").arg(QFileInfo(path).fileName(), error));
        return false;
    }
    WrittenFiles::record(fingerprint);
    return true;
}

void Document::storeUnavailable()
{
    if (m_storeUnavailable)
        return;
    m_storeUnavailable = true;
    m_readOnlyReason = tr("The connection to the team server is lost. The project is shown as it was, read-only; "
                          "it is connected again as soon as the server answers.");
    // The window's title and status bar follow.
    emit modifiedChanged(false);
}

void Document::storeAvailableAgain(Project project)
{
    // A write that failed meanwhile is taken back by the project as it is now.
    finishWriting();
    m_writeFailure.clear();
    m_othersChanged.clear();
    m_undoStack.clear();
    replaceProject(std::move(project));
    m_storeUnavailable = false;
    m_readOnlyReason = m_readOnlyByStore;
    emit modifiedChanged(false);
}

void Document::replaceProject(Project project)
{
    forEachEntityType([this](auto entity) { emit rowsAboutToBeReset(entityTypeOf<decltype(entity)>()); });
    m_project = std::move(project);
    forEachEntityType([this](auto entity) { emit rowsReset(entityTypeOf<decltype(entity)>()); });
}

void Document::applyOthersChanges(const std::vector<OthersChange> &others)
{
    ChangeSet changes;
    for (const OthersChange &other : others) {
        forEachEntityType([&](auto entity) {
            using T = decltype(entity);
            if (entityTypeOf<T>() != other.type)
                return;
            const T *current = m_project.list<T>().find(other.id);
            // This user's own rows come back too, when someone else's transaction came between.
            if (current && current->changeCounter >= other.changeCounter)
                return;
            if (!other.row) {
                if (!current)
                    return;
                T removed = *current;
                removed.changeCounter = other.changeCounter;
                removed.modified = other.modified;
                changes.remove(removed);
                m_tombstoneCounters.insert(other.uuid, other.changeCounter);
            } else if (current) {
                changes.update(*current, *other.row);
            } else {
                changes.insert(*other.row);
            }
            m_othersChanged.insert(other.uuid, {other.changeCounter, other.by});
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
