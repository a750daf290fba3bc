// SPDX-License-Identifier: MPL-2.0
#include "storethread.h"

#include <QMetaObject>
#include <QMutexLocker>

namespace Akademiplan {

StoreThread::StoreThread(std::function<void(const QString &message)> failed)
    : m_failed(std::move(failed))
{
    m_thread.setObjectName(QStringLiteral("Akademiplan store"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
    runAndWait([this] { m_store = std::make_unique<ProjectStore>(); });
}

StoreThread::~StoreThread()
{
    runAndWait([this] { m_store.reset(); });
    m_thread.quit();
    m_thread.wait();
}

void StoreThread::runAndWait(const std::function<void()> &work)
{
    Q_ASSERT(QThread::currentThread() != &m_thread);
    // The thread's events run in the order they were posted, so this runs after every write
    // queued before it.
    QMetaObject::invokeMethod(m_context, work, Qt::BlockingQueuedConnection);
}

void StoreThread::write(const ChangeSet &changes)
{
    // The rows, not the set: the set itself is moved into its undo command meanwhile.
    const Change *rows = changes.changes().data();
    const std::size_t count = changes.size();
    QMetaObject::invokeMethod(
        m_context,
        [this, rows, count] {
            {
                const QMutexLocker locker(&m_mutex);
                if (!m_failure.isEmpty())
                    return;
            }
            QString error;
            if (m_store->write(rows, count, &error))
                return;
            {
                const QMutexLocker locker(&m_mutex);
                m_failure = error;
            }
            m_failed(error);
        },
        Qt::QueuedConnection);
}

QString StoreThread::finish()
{
    runAndWait([] {});
    const QMutexLocker locker(&m_mutex);
    return std::exchange(m_failure, QString());
}

} // namespace Akademiplan
