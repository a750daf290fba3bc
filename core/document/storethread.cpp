// SPDX-License-Identifier: MPL-2.0
#include "storethread.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace Akademiplan {

StoreThread::StoreThread(Events events)
    : m_worker(QStringLiteral("Akademiplan store"),
               [receiver = events.receiver, writeFailed = std::move(events.writeFailed)](const QString &) {
                   QMetaObject::invokeMethod(receiver, writeFailed, Qt::QueuedConnection);
               })
{
    m_worker.runAndWait([this] { m_store = std::make_unique<ProjectStore>(); });
}

StoreThread::~StoreThread()
{
    m_worker.runAndWait([this] { m_store.reset(); });
}

void StoreThread::write(const ChangeSet &changes)
{
    // The rows, not the set: the set itself is moved into its undo command meanwhile.
    const Change *rows = changes.changes().data();
    const std::size_t count = changes.size();
    m_worker.queue([this, rows, count] {
        QString error;
        if (m_store->write(rows, count, &error))
            return QString();
        return QCoreApplication::translate("Akademiplan::Document",
                                           "The last change could not be written to the working copy: %1")
            .arg(error);
    });
}

QString StoreThread::finish()
{
    return m_worker.finish();
}

bool StoreThread::reload(Project &project, QString *error)
{
    return call([&](ProjectStore &store) { return store.load(project, error); });
}

bool StoreThread::loadTombstones(EntityType type, std::vector<Tombstone> &tombstones, QString *error)
{
    return call([&](ProjectStore &store) { return store.loadTombstones(type, tombstones, error); });
}

bool StoreThread::loadBase(HistoryTables::Base kind, const QUuid &uuid, std::vector<StoredRow> &rows, QString *error)
{
    return call([&](ProjectStore &store) { return store.loadBase(kind, uuid, rows, error); });
}

bool StoreThread::writeRevision(const ProjectInfo &current, RevisionRecord &revision, const RevisionNote &note,
                                QString *error)
{
    // The file is the consultant's own until it is saved: its revisions follow each other here.
    ProjectInfo info = current;
    info.revision = revision.number;
    info.revisionUuid = revision.uuid;
    return call([&](ProjectStore &store) {
        return store.writeRevision(info, revision.parentUuid, revision.saved, note, error);
    });
}

bool StoreThread::dropRevision(const ProjectInfo &current, const RevisionRecord &revision, QString *error)
{
    return call([&](ProjectStore &store) { return store.dropRevision(current, revision.uuid, error); });
}

bool StoreThread::recordShare(const ShareRecord &share, QString *error)
{
    return call([&](ProjectStore &store) { return store.recordShare(share, error); });
}

bool StoreThread::forgetShare(const QUuid &share, QString *error)
{
    return call([&](ProjectStore &store) { return store.forgetShare(share, error); });
}

bool StoreThread::copyTo(const QString &path, QString *error)
{
    return call([&](ProjectStore &store) { return store.copyTo(path, error); });
}

bool StoreThread::copySharedTo(const QString &path, const QUuid &, QString *error)
{
    // Only this document writes its working copy, and it writes nothing between recording a
    // share and copying it: the copy is the share's base already.
    return copyTo(path, error);
}

} // namespace Akademiplan
