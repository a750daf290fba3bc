// SPDX-License-Identifier: MPL-2.0
#include "storeworker.h"

#include <QMetaObject>
#include <QMutexLocker>

namespace Akademiplan {

StoreWorker::StoreWorker(const QString &name, std::function<void(const QString &message)> failed)
    : m_failed(std::move(failed))
{
    m_thread.setObjectName(name);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

StoreWorker::~StoreWorker()
{
    m_thread.quit();
    m_thread.wait();
}

void StoreWorker::runAndWait(const std::function<void()> &work)
{
    Q_ASSERT(QThread::currentThread() != &m_thread);
    // The thread's events run in the order they were posted, so this runs after every write
    // queued before it.
    QMetaObject::invokeMethod(m_context, work, Qt::BlockingQueuedConnection);
}

void StoreWorker::queue(std::function<QString()> write)
{
    QMetaObject::invokeMethod(
        m_context,
        [this, write = std::move(write)] {
            {
                const QMutexLocker locker(&m_mutex);
                if (!m_failure.isEmpty())
                    return;
            }
            const QString error = write();
            if (error.isEmpty())
                return;
            {
                const QMutexLocker locker(&m_mutex);
                m_failure = error;
            }
            m_failed(error);
        },
        Qt::QueuedConnection);
}

QString StoreWorker::finish()
{
    runAndWait([] {});
    const QMutexLocker locker(&m_mutex);
    return std::exchange(m_failure, QString());
}

void StoreWorker::clearFailure()
{
    const QMutexLocker locker(&m_mutex);
    m_failure.clear();
}

} // namespace Akademiplan
