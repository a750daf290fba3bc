// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "documentstore.h"
#include "storage/projectstore.h"
#include "storeworker.h"

#include <memory>
#include <type_traits>

namespace Akademiplan {

// A document's working copy of its project file, as its store: a ProjectStore on a thread of its
// own (StoreWorker). Nothing written here is kept for good until the document is saved.
class StoreThread : public DocumentStore
{
public:
    // `events.writeFailed` is the only event a working copy has.
    explicit StoreThread(Events events);
    // Finishes the queued writes, then closes the store.
    ~StoreThread() override;

    // Runs `work` with the store on its thread, after every queued write, and waits for it: for
    // what only a file has (creating, opening, migrating it).
    template <typename Work>
    auto call(Work work) -> std::invoke_result_t<Work, ProjectStore &>
    {
        using Result = std::invoke_result_t<Work, ProjectStore &>;
        if constexpr (std::is_void_v<Result>) {
            m_worker.runAndWait([&] { work(*m_store); });
        } else {
            Result result{};
            m_worker.runAndWait([&] { result = work(*m_store); });
            return result;
        }
    }

    bool keepsEveryChange() const override { return false; }
    void write(const ChangeSet &changes) override;
    QString finish() override;
    bool reload(Project &project, QString *error) override;
    bool loadTombstones(EntityType type, std::vector<Tombstone> &tombstones, QString *error) override;
    bool loadBase(HistoryTables::Base kind, const QUuid &uuid, std::vector<StoredRow> &rows, QString *error) override;
    bool writeRevision(const ProjectInfo &current, RevisionRecord &revision, const RevisionNote &note,
                       QString *error) override;
    bool dropRevision(const ProjectInfo &current, const RevisionRecord &revision, QString *error) override;
    bool recordShare(const ShareRecord &share, QString *error) override;
    bool forgetShare(const QUuid &share, QString *error) override;
    bool copyTo(const QString &path, QString *error) override;
    bool copySharedTo(const QString &path, const QUuid &share, QString *error) override;

private:
    StoreWorker m_worker;
    std::unique_ptr<ProjectStore> m_store; // lives on the worker's thread
};

} // namespace Akademiplan
