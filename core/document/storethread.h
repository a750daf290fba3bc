// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/changeset.h"
#include "storage/projectstore.h"

#include <QMutex>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
#include <type_traits>

namespace Akademiplan {

// The document's store on a thread of its own. Writing a large change to the working copy is
// the slow part of it (SQLite alone takes about a quarter of a second to delete a track with
// 25,000 enrolments), so the window goes on as soon as the in-memory project has changed, and
// the writes follow behind it in the order they were made. Qt's connections belong to the
// thread that made them, so the store is made, used and closed on this thread only; every other
// use of it waits for the writes queued before it.
class StoreThread
{
public:
    // `failed` is called on the store's thread with SQLite's message when a queued write fails.
    explicit StoreThread(std::function<void(const QString &message)> failed);
    // Finishes the queued writes, then closes the store.
    ~StoreThread();
    StoreThread(const StoreThread &) = delete;
    StoreThread &operator=(const StoreThread &) = delete;

    // Runs `work` with the store on its thread, after every queued write, and waits for it.
    template <typename Work>
    auto call(Work work) -> std::invoke_result_t<Work, ProjectStore &>
    {
        using Result = std::invoke_result_t<Work, ProjectStore &>;
        if constexpr (std::is_void_v<Result>) {
            runAndWait([&] { work(*m_store); });
        } else {
            Result result{};
            runAndWait([&] { result = work(*m_store); });
            return result;
        }
    }

    // Queues writing a change set in one transaction. Its rows must stay as they are, where they
    // are, until the write has run (until finish() or any call() returns): the set may be moved,
    // which keeps its rows in place, but not changed or destroyed. After a write has failed, the
    // writes queued behind it are dropped, since each builds on the one before.
    void write(const ChangeSet &changes);
    // Waits for the queued writes. The message of a write that failed since the last call, or
    // an empty string.
    QString finish();

private:
    void runAndWait(const std::function<void()> &work);

    std::function<void(const QString &)> m_failed;
    std::unique_ptr<ProjectStore> m_store;
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread
    QMutex m_mutex;
    QString m_failure; // guarded by m_mutex
};

} // namespace Akademiplan
