// SPDX-License-Identifier: MPL-2.0
#include "document.h"

#include "backgroundwork.h"
#include "authorname.h"
#include "storethread.h"
#include "domain/validator.h"
#include "storage/documentlock.h"
#include "storage/migrations.h"
#include "storage/projectinspector.h"
#include "storage/projectfileformat.h"
#include "storage/projectstore.h"
#include "storage/safereplace.h"
#include "storage/sharedcopy.h"
#include "storage/sqliteheader.h"
#include "storage/writtenfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSignalBlocker>
#include <QUuid>

#include <array>

namespace Akademiplan {

namespace {

FileProblem problemOf(FileProblem::Kind kind, const QString &message)
{
    return {kind, message};
}

} // namespace

Document::Document()
    : m_author(AuthorName::fromSystem())
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (m_workingCopy)
            m_workingCopy->setUnsavedWork(!clean || m_forcedModified);
        emit modifiedChanged(isModified());
    });
}

Document::~Document()
{
    // The commands hold the rows still being written, and refer to this document; the writes
    // finish first, then the commands go, then the store.
    if (m_store) {
        const QString failure = m_store->finish();
        // Where every change is kept already, the change log still learns who changed what in
        // this session, as a save would have told it. Best effort, and told to no one: the
        // changes themselves are kept.
        if (m_store->keepsEveryChange() && failure.isEmpty() && m_writeFailure.isEmpty() && !isReadOnly()
            && hasUnrecordedChanges()) {
            const QSignalBlocker quiet(this);
            FileProblem ignored;
            recordRevision(QString(), &ignored);
        }
    }
    m_undoStack.clear();
    m_store.reset();
    // Reaching here means the user has saved or chosen to discard; only a crash keeps the copy.
    if (m_workingCopy)
        m_workingCopy->remove();
}

QString Document::displayName() const
{
    if (!m_shownName.isEmpty())
        return m_shownName;
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

bool Document::isModified() const
{
    if (keepsEveryChange())
        return false;
    return !m_undoStack.isClean() || m_forcedModified;
}

bool Document::hasUnrecordedChanges() const
{
    return !m_tally.isEmpty() || !m_takenIn.isEmpty();
}

bool Document::keepsEveryChange() const
{
    return m_store && m_store->keepsEveryChange();
}

void Document::setForcedModified(bool modified)
{
    if (m_forcedModified == modified)
        return;
    m_forcedModified = modified;
    if (m_workingCopy)
        m_workingCopy->setUnsavedWork(isModified());
    emit modifiedChanged(isModified());
}

std::unique_ptr<Document> Document::create(const QString &path, const Municipality &municipality,
                                           FileProblem *problem)
{
    if (!path.isEmpty() && QFileInfo::exists(path)) {
        *problem = problemOf(FileProblem::Kind::AlreadyExists,
                             tr("%1 already exists; choose another name.").arg(QFileInfo(path).fileName()));
        return nullptr;
    }
    std::unique_ptr<Document> document(new Document);
    QString error;
    if (!path.isEmpty()) {
        document->m_lock = std::make_unique<DocumentLock>(path);
        if (document->m_lock->tryLock() != DocumentLock::Result::Acquired) {
            *problem = problemOf(FileProblem::Kind::WriteFailed,
                                 tr("Cannot write in the folder of %1.").arg(QFileInfo(path).fileName()));
            return nullptr;
        }
    }
    document->m_workingCopy = WorkingCopy::create(&error);
    if (!document->m_workingCopy) {
        *problem = problemOf(FileProblem::Kind::WriteFailed, error);
        return nullptr;
    }
    ProjectInfo info;
    info.uuid = QUuid::createUuid();
    info.municipalityCode = municipality.code;
    info.municipalityName = municipality.name;
    info.created = QDateTime::currentDateTimeUtc();
    const QString databasePath = document->m_workingCopy->databasePath();
    if (!document->startStore().call([&](ProjectStore &store) {
            return store.create(databasePath, info, &error) && store.load(document->m_project, &error);
        })) {
        *problem = problemOf(FileProblem::Kind::WriteFailed, tr("Cannot create the project: %1").arg(error));
        return nullptr;
    }
    document->m_filePath = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    document->m_workingCopy->setDocument(document->m_filePath, {});
    return document;
}

// What opening makes before the document object exists; prepared off the window's thread.
struct Document::Prepared
{
    QString filePath;
    QString readOnlyReason;
    bool newerFormat = false;
    std::unique_ptr<DocumentLock> lock;
    std::unique_ptr<WorkingCopy> workingCopy;
    FileFingerprint fingerprint;
    Project project;
    ValidationIssues problemsOnRead;
    FileProblem problem; // set when the file cannot be opened
};

std::unique_ptr<Document> Document::open(const QString &path, OpenOptions options, FileProblem *problem)
{
    // Copying, judging, migrating and reading a large file take seconds; meanwhile a window
    // keeps painting its progress.
    Prepared prepared = BackgroundWork::run([&] { return prepare(path, options); });
    if (prepared.problem.isProblem()) {
        *problem = prepared.problem;
        // Nothing was opened, so nothing is left to recover.
        if (prepared.workingCopy)
            prepared.workingCopy->remove();
        return nullptr;
    }
    std::unique_ptr<Document> document(new Document);
    document->m_filePath = prepared.filePath;
    document->m_readOnlyReason = prepared.readOnlyReason;
    document->m_newerFormat = prepared.newerFormat;
    document->m_lock = std::move(prepared.lock);
    document->m_workingCopy = std::move(prepared.workingCopy);
    document->m_project = std::move(prepared.project);
    document->m_problemsOnRead = std::move(prepared.problemsOnRead);
    // The document's own connection, on the store's thread. The copy is migrated already, so
    // this is quick.
    QString error;
    const QString databasePath = document->m_workingCopy->databasePath();
    if (!document->startStore().call(
            [&](ProjectStore &store) { return store.open(databasePath, prepared.newerFormat, &error); })) {
        *problem = problemOf(FileProblem::Kind::Damaged,
                             tr("%1 cannot be used: %2").arg(QFileInfo(path).fileName(), error));
        return nullptr;
    }
    document->m_workingCopy->setDocument(document->m_filePath, prepared.fingerprint);
    return document;
}

Document::Prepared Document::prepare(const QString &path, OpenOptions options)
{
    Prepared prepared;
    auto failed = [&prepared](FileProblem::Kind kind, const QString &message) {
        prepared.problem = problemOf(kind, message);
        return std::move(prepared);
    };
    const QFileInfo file(path);
    if (const ProjectInspector::Result where = ProjectInspector::inspectPath(path); where.problem.isProblem())
        return failed(where.problem.kind, where.problem.message);
    prepared.filePath = file.absoluteFilePath();
    // A file that is no project by its first bytes is refused before anything is copied or
    // locked: a huge download or a renamed archive costs nothing.
    if (const ProjectInspector::Result header = ProjectInspector::inspectHeader(prepared.filePath, file.fileName());
        header.problem.isProblem())
        return failed(header.problem.kind, header.problem.message);
    // Neither applied to nor removed from someone else's file: the project is shown read-only.
    const QString journal = prepared.filePath + QStringLiteral("-journal");
    const bool journalBeside = QFileInfo(journal).size() > 0;
    if (const QString stray = ProjectInspector::strayJournal(prepared.filePath, file.fileName()); !stray.isEmpty()) {
        options.readOnly = true;
        prepared.readOnlyReason = stray;
    } else if (options.readOnly) {
        prepared.readOnlyReason =
            tr("You opened %1 read-only; save it under another name to keep changes.").arg(file.fileName());
    }
    if (!options.readOnly) {
        prepared.lock = std::make_unique<DocumentLock>(prepared.filePath);
        switch (prepared.lock->tryLock()) {
        case DocumentLock::Result::Acquired: break;
        case DocumentLock::Result::HeldByOther:
            return failed(FileProblem::Kind::Locked, DocumentLock::lockedMessage(path, prepared.lock->owner()));
        case DocumentLock::Result::Unavailable:
            prepared.lock.reset();
            prepared.readOnlyReason = tr("The folder of %1 cannot be written to, so the project opens read-only. Save "
                                         "it under another name, in a folder you can write to, to keep changes.")
                                          .arg(file.fileName());
            break;
        }
    }

    QString error;
    prepared.workingCopy = WorkingCopy::create(&error);
    if (!prepared.workingCopy)
        return failed(FileProblem::Kind::WriteFailed, error);
    const QString copy = prepared.workingCopy->databasePath();
    // Judge the copy, not the document: what is checked is then exactly what is used, even if
    // the document changes meanwhile, and the document itself is only ever read.
    prepared.fingerprint = FileFingerprint::copy(prepared.filePath, copy, &error);
    if (!prepared.fingerprint.isValid())
        return failed(FileProblem::Kind::Unreadable, tr("%1 cannot be read: %2").arg(file.fileName(), error));
    // Without the journal the copy would hold half a change; with it, the copy rolls the change
    // back. A file whose bytes are those a save here wrote needs no second integrity check.
    ProjectInspector::Depth depth = WrittenFiles::contains(prepared.fingerprint)
                                        ? ProjectInspector::Depth::WrittenHere
                                        : ProjectInspector::Depth::Untrusted;
    if (journalBeside) {
        FileFingerprint::copy(journal, copy + QStringLiteral("-journal"), &error);
        ProjectInspector::settleJournal(copy);
        depth = ProjectInspector::Depth::Untrusted;
    }
    // A file of this version needs no migration, so it is read while it is judged: on two cores
    // the integrity checks then cost little more than the reading. What was read is used only
    // once the file has passed every check; a file that fails is never read further than this.
    const SqliteHeader header = SqliteHeader::read(copy);
    const bool readWhileJudging = header.status() == SqliteHeader::Status::Ok
                                  && header.applicationId() == ProjectFileFormat::applicationId
                                  && header.userVersion() == Migrations::latestVersion();
    // A connection of the reading thread's own reads the copy (migrating an older one first); the
    // document opens its own afterwards.
    bool read = false;
    QString readError;
    const auto readCopy = [&](bool readOnly) {
        ProjectStore store;
        read = store.open(copy, readOnly, &readError)
               && store.load(prepared.project, ProjectStore::Reading::TwoThreads, &readError);
        if (read)
            prepared.problemsOnRead = Validator::checkProject(prepared.project);
    };
    std::unique_ptr<QThread> reader(readWhileJudging ? QThread::create(readCopy, true) : nullptr);
    if (reader)
        reader->start();
    const ProjectInspector::Result inspection = ProjectInspector::inspect(copy, file.fileName(), depth);
    if (reader)
        reader->wait();
    if (!inspection.canRead()) {
        prepared.problem = inspection.problem;
        prepared.project = Project();
        return prepared;
    }
    prepared.newerFormat = inspection.schemaVersion > Migrations::latestVersion();
    if (prepared.newerFormat) {
        prepared.readOnlyReason = inspection.problem.message;
        // It can never be saved here, so it must not keep a colleague with a newer version out.
        prepared.lock.reset();
    }
    if (!reader)
        readCopy(prepared.newerFormat);
    if (!read)
        prepared.problem = prepared.newerFormat
                               ? inspection.problem
                               : problemOf(FileProblem::Kind::Damaged,
                                           tr("%1 cannot be used: %2").arg(file.fileName(), readError));
    return prepared;
}

std::unique_ptr<Document> Document::recover(const WorkingCopy::Recoverable &work, FileProblem *problem)
{
    std::unique_ptr<Document> document(new Document);
    QString error;
    document->m_workingCopy = WorkingCopy::adopt(work, &error);
    if (!document->m_workingCopy) {
        *problem = problemOf(FileProblem::Kind::Locked, error);
        return nullptr;
    }
    // A crash in the middle of an edit leaves the working copy's journal; a read-write open rolls
    // the unfinished edit back, which a read-only check could not.
    ProjectInspector::settleJournal(work.databasePath);
    const ProjectInspector::Result inspection = ProjectInspector::inspect(work.databasePath);
    if (!inspection.canEdit() || !document->startStore().call([&](ProjectStore &store) {
            return store.open(work.databasePath, false, &error) && store.load(document->m_project, &error);
        })) {
        *problem = inspection.canEdit() ? problemOf(FileProblem::Kind::Damaged, error) : inspection.problem;
        // Keep the copy: the user may still want it looked at; the note is left as it was.
        document->m_workingCopy.release();
        return nullptr;
    }
    document->m_filePath = work.documentPath;
    if (!document->m_filePath.isEmpty()) {
        document->m_lock = std::make_unique<DocumentLock>(document->m_filePath);
        if (document->m_lock->tryLock() != DocumentLock::Result::Acquired) {
            document->m_readOnlyReason = DocumentLock::lockedMessage(document->m_filePath, document->m_lock->owner());
            document->m_lock.reset();
        }
        // A crash between a save's rename and its note leaves the note naming the file before
        // that save. The document then holds the revision the save wrote into this copy: it is
        // the program's own save, not someone else's, and later saves may replace it.
        const QUuid revision = document->m_project.info.revisionUuid;
        if (!revision.isNull() && document->isChangedOnDisk()
            && ProjectInspector::revisionOf(document->m_filePath) == revision)
            document->m_workingCopy->setDocument(document->m_filePath, FileFingerprint::of(document->m_filePath));
    }
    document->m_forcedModified = true;
    document->m_tally.setIncomplete();
    document->m_workingCopy->setUnsavedWork(true);
    document->m_problemsOnRead = Validator::checkProject(document->m_project);
    return document;
}

QString Document::apply(ChangeSet &changes, QStringList *warnings)
{
    if (isReadOnly())
        return m_readOnlyReason;
    if (changes.isEmpty())
        return {};
    // One write at a time: a step builds on the one before, and a failed one is taken back first.
    if (const QString failure = finishWriting(); !failure.isEmpty())
        return failure;
    QString ruleError;
    for (const ValidationIssue &issue : check(changes)) {
        if (issue.severity == ValidationIssue::Severity::Error && ruleError.isEmpty())
            ruleError = issue.message;
        else if (issue.severity == ValidationIssue::Severity::Warning && warnings)
            warnings->append(issue.message);
    }
    if (!ruleError.isEmpty())
        return ruleError;
    return write(changes);
}

QString Document::replay(ChangeSet &changes, bool *refused)
{
    if (isReadOnly())
        return m_readOnlyReason;
    // The set may still be being written from the step before, and a failed write is taken back
    // first.
    if (const QString failure = finishWriting(); !failure.isEmpty())
        return failure;
    if (const QString others = othersChangedSince(changes); !others.isEmpty()) {
        if (refused)
            *refused = true;
        return others;
    }
    changes.invert();
    return changes.isEmpty() ? QString() : write(changes);
}

ValidationIssues Document::check(const ChangeSet &changes) const
{
    return Validator::checkChanges(m_project, changes);
}

QString Document::write(ChangeSet &changes)
{
    // A save copies the working copy while events go on; nothing may change it meanwhile.
    if (m_saving)
        return tr("The project is being saved; make the change again in a moment.");
    stamp(changes);
    m_store->write(changes);
    m_tally.note(changes);
    for (const Change &change : changes.changes())
        if (!change.after)
            std::visit([this](const auto &row) { m_tombstoneCounters.insert(row.uuid, row.changeCounter); },
                       *change.before);
    if (m_workingCopy)
        m_workingCopy->setUnsavedWork(true);
    emit changesAboutToBeApplied(changes);
    applyToMemory(changes);
    emit changesApplied(changes);
    return {};
}

QString Document::finishWriting(Waiting waiting)
{
    if (!m_store)
        return {};
    const QString failure = waiting == Waiting::Painting ? BackgroundWork::run([this] { return m_store->finish(); })
                                                         : m_store->finish();
    if (!failure.isEmpty())
        m_writeFailure = failure;
    return m_writeFailure;
}

StoreThread &Document::startStore()
{
    auto store = std::make_unique<StoreThread>(storeEvents());
    StoreThread &started = *store;
    m_store = std::move(store);
    return started;
}

void Document::takeBackFailedWrite()
{
    // The in-memory project is ahead of the working copy by the change that failed: it is read
    // again from the working copy, which holds every change before it. The steps to undo built
    // on it cannot be replayed.
    finishWriting();
    if (m_writeFailure.isEmpty())
        return;
    const QString failure = std::exchange(m_writeFailure, QString());
    Project reread;
    QString error;
    m_othersChanged.clear();
    const bool read = m_store->reload(reread, &error);
    m_undoStack.clear();
    m_tally.setIncomplete();
    // The merge may be the change that failed; taking in its copy again costs nothing.
    m_takenIn.clear();
    if (!read && keepsEveryChange()) {
        // The store cannot be reached: what is on screen stays, read-only, until it is back.
        storeUnavailable();
        emit errorOccurred(failure + QLatin1Char('\n') + m_readOnlyReason);
        return;
    }
    if (!read) {
        m_readOnlyReason = tr("The working copy can no longer be read (%1). Close the project; the file itself is "
                              "as it was last saved.")
                               .arg(error);
        emit errorOccurred(failure + QLatin1Char('\n') + m_readOnlyReason);
        return;
    }
    replaceProject(std::move(reread));
    if (keepsEveryChange()) {
        emit errorOccurred(tr("%1\nThe project is shown as the server has it now; the steps before your change can "
                              "no longer be undone.")
                               .arg(failure));
        return;
    }
    setForcedModified(true);
    emit errorOccurred(tr("%1\nThe change has been taken back, and the steps before it can no longer be undone.")
                           .arg(failure));
}

void Document::stamp(ChangeSet &changes)
{
    // Never earlier than the row's own time, so that a clock set back cannot move it backwards.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // A row changed twice in one set counts on from its first change.
    QHash<QUuid, qint64> counters;
    for (Change &change : changes.changes()) {
        const AnyEntity &entity = change.after ? *change.after : *change.before;
        std::visit(
            [&](const auto &original) {
                using T = std::decay_t<decltype(original)>;
                const T *current = m_project.list<T>().find(original.id);
                const qint64 counter = counters.value(
                    original.uuid, current ? current->changeCounter : m_tombstoneCounters.value(original.uuid));
                const QDateTime since = current ? current->modified : QDateTime();
                auto stamp = [&](T &value) {
                    value.changeCounter = std::max(counter, value.changeCounter) + 1;
                    value.modified = since.isValid() && since > now ? since : now;
                    counters.insert(value.uuid, value.changeCounter);
                };
                if (change.after) {
                    stamp(std::get<T>(*change.after));
                    if (current && change.before)
                        change.before = *current;
                } else {
                    T removed = current ? *current : original;
                    stamp(removed);
                    change.before = removed;
                }
            },
            entity);
    }
}

void Document::applyToMemory(const ChangeSet &changes)
{
    constexpr std::size_t typeCount = std::variant_size_v<AnyEntity>;
    std::array<std::vector<const Change *>, typeCount> byType;
    for (const Change &change : changes.changes())
        byType[std::size_t(entityType(change.after ? *change.after : *change.before))].push_back(&change);
    forEachEntityType([&](auto entity) {
        using T = decltype(entity);
        const auto &own = byType[std::size_t(entityTypeOf<T>())];
        if (!own.empty())
            applyRows<T>(own);
    });
}

template <typename T>
void Document::applyRows(const std::vector<const Change *> &changes)
{
    // More separate ranges than this are announced as a reset: each range moves the rows after it.
    constexpr std::size_t rangeLimit = 8;
    const EntityType type = entityTypeOf<T>();
    EntityList<T> &list = m_project.list<T>();

    // What each touched row ends as, whatever the order of the changes in the set.
    struct Outcome
    {
        bool existed = false;
        const T *final = nullptr;
    };
    QHash<qint64, Outcome> outcomes;
    outcomes.reserve(qsizetype(changes.size()));
    for (const Change *change : changes) {
        const T &row = std::get<T>(change->after ? *change->after : *change->before);
        auto it = outcomes.find(row.id);
        if (it == outcomes.end())
            it = outcomes.insert(row.id, {list.contains(row.id), nullptr});
        it->final = change->after ? &std::get<T>(*change->after) : nullptr;
    }
    std::vector<qint64> removed;
    std::vector<T> inserted;
    std::vector<const T *> updated;
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it) {
        if (it->existed && !it->final)
            removed.push_back(it.key());
        else if (!it->existed && it->final)
            inserted.push_back(*it->final);
        else if (it->existed)
            updated.push_back(it->final);
    }
    std::sort(removed.begin(), removed.end());
    std::sort(inserted.begin(), inserted.end(), [](const T &a, const T &b) { return a.id < b.id; });

    // Removed positions as ranges, and inserted rows as runs that go to the same position.
    std::vector<std::pair<qsizetype, qsizetype>> removedRanges;
    for (qint64 id : removed) {
        const qsizetype position = list.positionOf(id);
        if (!removedRanges.empty() && removedRanges.back().second + 1 == position)
            removedRanges.back().second = position;
        else
            removedRanges.emplace_back(position, position);
    }
    std::vector<std::pair<qsizetype, qsizetype>> insertedRuns; // [first, last] indexes into `inserted`
    qsizetype previousTarget = -1;
    for (qsizetype i = 0; i < qsizetype(inserted.size()); ++i) {
        const qsizetype target = list.positionOf(inserted[std::size_t(i)].id);
        if (!insertedRuns.empty() && target == previousTarget)
            insertedRuns.back().second = i;
        else
            insertedRuns.emplace_back(i, i);
        previousTarget = target;
    }

    const bool reset = removedRanges.size() + insertedRuns.size() > rangeLimit;
    if (reset) {
        emit rowsAboutToBeReset(type);
        list.removeSorted(removed);
        list.insertSorted(inserted);
        for (const T *row : updated)
            list.replace(*row);
        emit rowsReset(type);
        return;
    }
    // From the last range back, so the positions of the ones before stay true.
    for (auto range = removedRanges.rbegin(); range != removedRanges.rend(); ++range) {
        emit rowsAboutToBeRemoved(type, int(range->first), int(range->second));
        list.removeRange(range->first, range->second);
        emit rowsRemoved(type, int(range->first), int(range->second));
    }
    for (const auto &[first, last] : insertedRuns) {
        const qsizetype position = list.positionOf(inserted[std::size_t(first)].id);
        const std::vector<T> run(inserted.begin() + first, inserted.begin() + last + 1);
        emit rowsAboutToBeInserted(type, int(position), int(position + qsizetype(run.size()) - 1));
        list.insertRange(position, run);
        emit rowsInserted(type, int(position), int(position + qsizetype(run.size()) - 1));
    }
    if (!updated.empty()) {
        QList<qint64> ids;
        ids.reserve(qsizetype(updated.size()));
        for (const T *row : updated) {
            list.replace(*row);
            ids.append(row->id);
        }
        emit rowsChanged(type, ids);
    }
}

void Document::reportError(const QString &message)
{
    // Told once the undo stack has finished its step: a message box's event loop must not run
    // inside it.
    QMetaObject::invokeMethod(this, [this, message] { emit errorOccurred(message); }, Qt::QueuedConnection);
}

bool Document::isChangedOnDisk() const
{
    const FileFingerprint known = m_workingCopy ? m_workingCopy->documentFingerprint() : FileFingerprint();
    return known.isValid() && !m_filePath.isEmpty() && QFileInfo::exists(m_filePath)
           && FileFingerprint::of(m_filePath, known) != known;
}

bool Document::save(FileProblem *problem)
{
    if (keepsEveryChange()) {
        // Every change is kept already; what is left to record is the revision in the change log.
        if (isReadOnly()) {
            *problem = problemOf(FileProblem::Kind::ReadOnly, m_readOnlyReason);
            return false;
        }
        if (hasUnrecordedChanges() || m_project.info.revisionUuid.isNull())
            return writeTo(QString(), problem);
        if (const QString failure = finishWriting(); !failure.isEmpty()) {
            *problem = problemOf(FileProblem::Kind::WriteFailed, failure);
            return false;
        }
        return true;
    }
    if (m_filePath.isEmpty()) {
        *problem = problemOf(FileProblem::Kind::NoPath, tr("Choose where to save the project."));
        return false;
    }
    if (isReadOnly()) {
        *problem = problemOf(FileProblem::Kind::ReadOnly,
                             tr("%1 is open read-only; save it under another name.").arg(displayName()));
        return false;
    }
    if (isChangedOnDisk()) {
        *problem = problemOf(FileProblem::Kind::ChangedOnDisk,
                             tr("%1 was changed by someone else since you opened it. Save your work as a new "
                                "file so that neither version is lost.")
                                 .arg(displayName()));
        return false;
    }
    return writeTo(m_filePath, problem);
}

bool Document::saveAs(const QString &path, FileProblem *problem)
{
    if (keepsEveryChange())
        return writeCopy(path, problem);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute == m_filePath && !isReadOnly())
        return save(problem);
    if (m_newerFormat) {
        *problem = problemOf(FileProblem::Kind::ReadOnly, m_readOnlyReason);
        return false;
    }
    auto lock = std::make_unique<DocumentLock>(absolute);
    switch (lock->tryLock()) {
    case DocumentLock::Result::Acquired: break;
    case DocumentLock::Result::HeldByOther:
        *problem = problemOf(FileProblem::Kind::Locked, DocumentLock::lockedMessage(absolute, lock->owner()));
        return false;
    case DocumentLock::Result::Unavailable:
        *problem = problemOf(FileProblem::Kind::WriteFailed,
                             tr("Cannot write in the folder of %1.").arg(QFileInfo(absolute).fileName()));
        return false;
    }
    if (!writeTo(absolute, problem))
        return false;
    m_lock = std::move(lock);
    m_filePath = absolute;
    m_readOnlyReason.clear();
    m_workingCopy->setDocument(m_filePath, m_workingCopy->documentFingerprint());
    emit filePathChanged(m_filePath);
    return true;
}

bool Document::writeTo(const QString &path, FileProblem *problem)
{
    if (m_saving)
        return false;
    // A large change may still be being written: the window paints its progress meanwhile.
    if (const QString failure = finishWriting(Waiting::Painting); !failure.isEmpty()) {
        *problem = problemOf(FileProblem::Kind::WriteFailed, failure);
        return false;
    }
    return recordRevision(path, problem);
}

bool Document::recordRevision(const QString &path, FileProblem *problem)
{
    m_saving = true;
    const auto done = qScopeGuard([this] { m_saving = false; });
    const QString name = path.isEmpty() ? displayName() : QFileInfo(path).fileName();
    auto failed = [&](const QString &reason) {
        *problem = problemOf(FileProblem::Kind::WriteFailed, tr("%1 could not be saved: %2").arg(name, reason));
        return false;
    };

    // Every save is a revision of its own, child of the one the document held.
    const RevisionNote note{m_author, m_tally.summary(m_project), m_takenIn};
    RevisionRecord revision{QUuid::createUuid(), m_project.info.revisionUuid, m_project.info.revision + 1,
                            QDateTime::currentDateTimeUtc(), note.author, note.summary};
    QString error;
    if (!m_store->writeRevision(m_project.info, revision, note, &error))
        return failed(error);
    if (!path.isEmpty()) {
        FileFingerprint fingerprint;
        error = writeFile(path, fingerprint);
        if (!error.isEmpty()) {
            QString ignored;
            m_store->dropRevision(m_project.info, revision, &ignored);
            return failed(error);
        }
        WrittenFiles::record(fingerprint);
        m_workingCopy->setDocument(QFileInfo(path).absoluteFilePath(), fingerprint);
    }

    ProjectInfo &info = m_project.info;
    info.revision = revision.number;
    info.revisionUuid = revision.uuid;
    info.history.append(revision);
    for (const TakenInCopy &merge : std::as_const(m_takenIn)) {
        info.merges.append(merge.record);
        info.merges.last().revisionUuid = revision.uuid;
    }
    m_takenIn.clear();
    m_tally.clear();
    m_forcedModified = false;
    m_undoStack.setClean();
    if (m_workingCopy)
        m_workingCopy->setUnsavedWork(false);
    emit modifiedChanged(isModified());
    return true;
}

QString Document::writeFile(const QString &path, FileFingerprint &fingerprint)
{
    const QFileInfo target(path);
    const QString temporaryPrefix = QStringLiteral(".") + target.fileName() + QStringLiteral(".saving-");
    // Copies left by a save that was cut short (we hold the lock, so no one else is saving).
    const QDir folder = target.absoluteDir();
    for (const QString &abandoned : folder.entryList({temporaryPrefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden))
        QFile::remove(folder.filePath(abandoned));
    const QString temporary =
        folder.filePath(temporaryPrefix + QUuid::createUuid().toString(QUuid::Id128).left(8));
    // Writing, checking and syncing the copy take seconds for a large file; meanwhile a window
    // keeps painting its progress. The store's own connection writes the copy, on its thread.
    const QString error = BackgroundWork::run([&]() -> QString {
        QString reason;
        if (!m_store->copyTo(temporary, &reason))
            return reason;
        // SQLite's own copy of rows that passed every check as they were written: its header,
        // schema and project row are checked, and reading it back for the fingerprint shows that
        // every byte can be read.
        // Rows other people wrote to a shared store are checked as a file from someone else is.
        const ProjectInspector::Result check = ProjectInspector::inspect(
            temporary, target.fileName(),
            keepsEveryChange() ? ProjectInspector::Depth::Untrusted : ProjectInspector::Depth::WrittenHere);
        if (!check.canEdit() || check.schemaVersion != Migrations::latestVersion())
            return tr("the new copy did not pass its check (%1)").arg(check.problem.message);
        // The disk writes the copy while it is read back for its fingerprint.
        const std::unique_ptr<QThread> hashing(
            QThread::create([&] { fingerprint = FileFingerprint::of(temporary); }));
        hashing->start();
        const bool synced = SafeReplace::syncFile(temporary, &reason);
        hashing->wait();
        if (!synced)
            return reason;
        if (!fingerprint.isValid())
            return tr("the new copy cannot be read back");
        if (!SafeReplace::replace(temporary, path, &reason))
            return reason;
        return {};
    });
    if (!error.isEmpty())
        QFile::remove(temporary);
    return error;
}

} // namespace Akademiplan
