// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/changeset.h"
#include "domain/municipality.h"
#include "domain/project.h"
#include "storage/fileproblem.h"
#include "storage/workingcopy.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace Akademiplan {

class DocumentLock;
class ProjectStore;

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

    const Project &project() const { return m_project; }
    QUndoStack *undoStack() { return &m_undoStack; }
    QString filePath() const { return m_filePath; }
    QString displayName() const;

    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    bool isModified() const;

    bool save(FileProblem *problem);
    bool saveAs(const QString &path, FileProblem *problem);

    // Applies a change set to the working copy and the in-memory project. The change is checked
    // by the domain's rules first; on any error nothing changes and the message says why.
    // Warnings the rules raise are added to `warnings`.
    QString apply(const ChangeSet &changes, QStringList *warnings = nullptr);

    // Ids are handed out by the document so that they are never reused while it is open.
    template <typename T>
    qint64 allocateId()
    {
        return m_project.list<T>().allocateId();
    }

    // For undo commands, which cannot return an error.
    void reportError(const QString &message);

signals:
    // Around every applied change set, so that a view can reset once for a large batch (an
    // import, "enrol all managers") instead of following thousands of single rows.
    void changesAboutToBeApplied(const Akademiplan::ChangeSet &changes);
    void changesApplied(const Akademiplan::ChangeSet &changes);
    // Row by row, in the order of the change set; "about to" comes before the in-memory
    // project changes, as item models need.
    void entityAboutToBeAdded(Akademiplan::EntityType type, qint64 id);
    void entityAdded(Akademiplan::EntityType type, qint64 id);
    void entityAboutToBeRemoved(Akademiplan::EntityType type, qint64 id);
    void entityRemoved(Akademiplan::EntityType type, qint64 id);
    void entityChanged(Akademiplan::EntityType type, qint64 id);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    void errorOccurred(const QString &message);

private:
    Document();
    void applyToMemory(const ChangeSet &changes, bool notify);
    bool writeTo(const QString &path, FileProblem *problem);
    void setForcedModified(bool modified);

    Project m_project;
    QUndoStack m_undoStack;
    std::unique_ptr<WorkingCopy> m_workingCopy;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<DocumentLock> m_lock;
    QString m_filePath;
    QString m_readOnlyReason;
    bool m_forcedModified = false; // recovered work that the undo stack knows nothing of
    bool m_saving = false;
    bool m_newerFormat = false; // written by a newer Akademiplan: read, never written
};

} // namespace Akademiplan
