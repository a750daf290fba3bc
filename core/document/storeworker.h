// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QMutex>
#include <QObject>
#include <QString>
#include <QThread>

#include <functional>

namespace Akademiplan {

// The thread a document's store works on. Writing a large change is the slow part of an edit
// (SQLite alone takes about a quarter of a second to delete a track with 25,000 enrolments; a
// team server adds a round trip), so the window goes on as soon as the in-memory project has
// changed, and the writes follow behind it in the order they were made. Qt's database
// connections belong to the thread that made them, so a store is made, used and closed on this
// thread only; every other use of it waits for the writes queued before it.
class StoreWorker
{
public:
    // `failed` is called on the worker's thread with the message of a queued write that failed.
    StoreWorker(const QString &name, std::function<void(const QString &message)> failed);
    // The owner closes its store on the thread (runAndWait) before this quits it.
    ~StoreWorker();
    StoreWorker(const StoreWorker &) = delete;
    StoreWorker &operator=(const StoreWorker &) = delete;

    // Runs `work` on the thread, after every queued write, and waits for it.
    void runAndWait(const std::function<void()> &work);
    // Queues a write, which returns its failure's message or an empty string. After a write has
    // failed, the writes queued behind it are dropped until finish() has told of it, since each
    // builds on the one before.
    void queue(std::function<QString()> write);
    // Waits for the queued writes. The message of a write that failed since the last call, or an
    // empty string.
    QString finish();
    // Forgets a failure that no longer matters, on the thread: the store has been read anew.
    void clearFailure();
    // An object living on the thread, for timers and connections there.
    QObject *context() const { return m_context; }

private:
    std::function<void(const QString &)> m_failed;
    QThread m_thread;
    QObject *m_context = nullptr;
    QMutex m_mutex;
    QString m_failure; // guarded by m_mutex
};

} // namespace Akademiplan
