// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "changetally.h"
#include "documentstore.h"
#include "domain/changeset.h"
#include "domain/municipality.h"
#include "domain/project.h"
#include "domain/validationissue.h"
#include "storage/fileproblem.h"
#include "storage/filefingerprint.h"
#include "storage/revisionnote.h"
#include "storage/sharedcopy.h"
#include "storage/workingcopy.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>

#include <memory>

namespace Akademiplan {

class DocumentLock;
class DocumentStore;
class StoreThread;
struct OthersChange;
struct ServerAddress;

// One open project: the in-memory project (the single source of truth), its working copy, the
// document file it belongs to and the undo stack. Every change goes through apply(), which
// writes it to the working copy in one transaction and then announces it row by row.
//
// Ownership and threading: the document owns its store, working copy, lock and undo stack; it
// lives in the GUI (or command-line) thread and is never shared between threads.
class Document : public QObject
{
    Q_OBJECT

public:
    struct OpenOptions
    {
        bool readOnly = false;
    };

    ~Document() override;

    // A new project for a municipality; path may be empty for a project not yet saved anywhere.
    static std::unique_ptr<Document> create(const QString &path, const Municipality &municipality,
                                            FileProblem *problem);
    static std::unique_ptr<Document> open(const QString &path, OpenOptions options, FileProblem *problem);
    // Reopens the working copy a crashed session left behind, with its unsaved changes.
    static std::unique_ptr<Document> recover(const WorkingCopy::Recoverable &work, FileProblem *problem);
    // A project on a team server (docs/team-mode.md): every change is written to the server as one
    // transaction, and other people's changes arrive as they commit. There is no file to save.
    static std::unique_ptr<Document> openOnServer(const ServerAddress &address, const QUuid &project,
                                                  FileProblem *problem);
    // Whether every change is kept for good as it is made (a project on a team server), rather
    // than once the document is saved. Saving such a document records a revision in the change
    // log; it has no file.
    bool keepsEveryChange() const;

    const Project &project() const { return m_project; }
    QUndoStack *undoStack() { return &m_undoStack; }
    QString filePath() const { return m_filePath; }
    QString displayName() const;

    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    bool isModified() const;

    // Whether someone else has written the document since it was opened or last saved here (a
    // colleague saved it, a sync service replaced it). Cheap while nothing changed: its size and
    // modification time are compared first; a document that has gone is no change.
    bool isChangedOnDisk() const;
    // A save is writing the document; meanwhile it is neither the old file nor yet the new one.
    bool isSaving() const { return m_saving; }
    // Saves the document to its file, with a new revision in the change log; a document that
    // keeps every change records just the revision, when anything has changed since its last.
    bool save(FileProblem *problem);
    // Saves the document as the file at `path`, which it is from then on. A document that keeps
    // every change writes itself there with its history, as --fetch does, and stays where it is.
    bool saveAs(const QString &path, FileProblem *problem);
    // Writes a copy for someone else at `path` (replacing a file there only once the copy is
    // complete and verified) and records in the document, which is saved, that it was shared and
    // every row as it was: what a three-way merge needs when the copy comes back. The document
    // must be saved first, so that the copy is a revision the consultant keeps.
    bool shareCopy(const QString &path, const ShareOptions &options, FileProblem *problem);

    // Who saves: recorded with each revision in the file's change log. The user's name from the
    // system until the window sets the one chosen in the preferences.
    QString author() const { return m_author; }
    void setAuthor(const QString &author) { m_author = author; }
    // A returned copy taken in by a merge (the merge's undo step says when): the next save records
    // it, with the copy's rows as the base of the next merge with it.
    void takeIn(const TakenInCopy &merge);
    void forgetTakenIn(const QUuid &merge);
    // The copies taken in since the last save, oldest first.
    const QList<TakenInCopy> &takenIn() const { return m_takenIn; }
    // The rows kept in the working copy as the common base of a merge (see ProjectStore::loadBase).
    bool loadBase(HistoryTables::Base kind, const QUuid &uuid, std::vector<StoredRow> &rows, QString *error);
    // The removed rows of a type whose tombstones keep their fields (ProjectStore::loadTombstones),
    // including those removed since the document was opened.
    bool loadTombstones(EntityType type, std::vector<Tombstone> &tombstones, QString *error);

    // A user's change: checked by the domain's rules against the project as it would be after it,
    // then written to the working copy in one transaction, then applied in memory and announced.
    // On any error nothing changes and the message says why; warnings are added to `warnings`.
    // The rows are stamped in place with what is written (see stamp()).
    QString apply(ChangeSet &changes, QStringList *warnings = nullptr);
    // Undo and redo: turns the set round in place and replays it without the rules, so that a
    // step can always be undone, even in a file that breaks a rule. On a team server a step whose
    // rows someone else has changed since is refused instead (`refused` is set, the set is left
    // as it was): undoing it would undo their change.
    QString replay(ChangeSet &changes, bool *refused = nullptr);
    // A change is written to the working copy on a thread of its own, after it has been applied
    // in memory and announced. Waits until every change is written; the message of one that
    // failed (the document then takes it back, see takeBackFailedWrite()), or an empty string.
    // A change set handed to apply() or replay() must not change or go until this has run.
    // With Waiting::Painting a window goes on painting meanwhile (see BackgroundWork), for a wait
    // that may take seconds; an edit waits without, since no event may run in the middle of it.
    enum class Waiting { Still, Painting };
    QString finishWriting(Waiting waiting = Waiting::Still);
    // What the rules say of a change set, each issue naming its change, entity and field (an
    // import reports these row by row). Nothing changes.
    ValidationIssues check(const ChangeSet &changes) const;
    // The rules the file as read breaks, as warnings (a file written by another tool).
    const ValidationIssues &problemsOnRead() const { return m_problemsOnRead; }

    // Ids are handed out by the document so that they are never reused while it is open.
    template <typename T>
    qint64 allocateId()
    {
        return m_project.list<T>().allocateId();
    }

    // For undo commands, which cannot return an error.
    void reportError(const QString &message);

signals:
    // Around every applied change set (its rows as written, with their new modification times and
    // change counters), for views that lay themselves out anew, such as the timeline.
    void changesAboutToBeApplied(const Akademiplan::ChangeSet &changes);
    void changesApplied(const Akademiplan::ChangeSet &changes);
    // How the rows of one entity type change in memory, the one granularity item models follow:
    // positions are rows of the type's EntityList at the moment of the signal. A change too
    // scattered to describe in a few ranges is announced as a reset of that type.
    void rowsAboutToBeInserted(Akademiplan::EntityType type, int first, int last);
    void rowsInserted(Akademiplan::EntityType type, int first, int last);
    void rowsAboutToBeRemoved(Akademiplan::EntityType type, int first, int last);
    void rowsRemoved(Akademiplan::EntityType type, int first, int last);
    void rowsAboutToBeReset(Akademiplan::EntityType type);
    void rowsReset(Akademiplan::EntityType type);
    void rowsChanged(Akademiplan::EntityType type, const QList<qint64> &ids);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    void errorOccurred(const QString &message);

private:
    struct Prepared;
    // What the store tells: other people's rows, applied to memory and announced like any
    // change, but not undoable and not written back; a store that cannot be reached, whose
    // project stays on screen, read-only, until it is back and shown as it is then.
    DocumentStore::Events storeEvents();
    void applyOthersChanges(const std::vector<OthersChange> &changes);
    QString othersChangedSince(const ChangeSet &changes) const;
    void storeUnavailable();
    void storeAvailableAgain(Project project);
    // Writes a complete copy of the project, with its history, at `path` for good.
    bool writeCopy(const QString &path, FileProblem *problem);
    // Shows a project read anew in place of the one in memory, as a reset of every type.
    void replaceProject(Project project);
    static Prepared prepare(const QString &path, OpenOptions options);

    Document();
    StoreThread &startStore();
    QString write(ChangeSet &changes);
    // After a write has failed: the project is read again from the working copy, which holds
    // every change before that one, the undo history is cleared and the user is told.
    void takeBackFailedWrite();
    // Makes the change set what is written, in place: updated and restored rows get a new
    // modification time and a higher change counter, removed rows the time and counter of their
    // tombstone, and an update's `before` becomes the row as it is in memory.
    void stamp(ChangeSet &changes);
    void applyToMemory(const ChangeSet &changes);
    template <typename T>
    void applyRows(const std::vector<const Change *> &changes);
    // Records a revision and, with a path, writes the document there; the revision is taken back
    // when the file cannot be written. writeTo() first waits for the writes.
    bool writeTo(const QString &path, FileProblem *problem);
    bool recordRevision(const QString &path, FileProblem *problem);
    // The store's complete copy, checked, synced and put in place at `path`; the reason it could
    // not be, or an empty string.
    QString writeFile(const QString &path, FileFingerprint &fingerprint);
    // Anything a revision would record: changes or returned copies taken in.
    bool hasUnrecordedChanges() const;
    void setForcedModified(bool modified);

    Project m_project;
    QUndoStack m_undoStack;
    std::unique_ptr<WorkingCopy> m_workingCopy;
    std::unique_ptr<DocumentStore> m_store;
    std::unique_ptr<DocumentLock> m_lock;
    QString m_filePath;
    QString m_readOnlyReason;
    bool m_forcedModified = false; // recovered work that the undo stack knows nothing of
    bool m_saving = false;
    QString m_writeFailure; // a write failed; edits wait until it has been taken back
    bool m_newerFormat = false; // written by a newer Akademiplan: read, never written
    ValidationIssues m_problemsOnRead;
    ChangeTally m_tally; // what changed since the last save, for the change log
    QString m_author;
    QList<TakenInCopy> m_takenIn;
    // The change counter of each tombstone written while the document is open, so that a row
    // that comes back (undo) counts on from its deletion, never backwards.
    QHash<QUuid, qint64> m_tombstoneCounters;
    QString m_shownName;        // for a document without a file: what its opener calls it
    QString m_readOnlyByStore;  // why the store lets the user only read the project; else empty
    bool m_storeUnavailable = false;
    // The change counter of each row someone else last changed, and who, by UUID.
    QHash<QUuid, std::pair<qint64, QString>> m_othersChanged;
};

} // namespace Akademiplan
