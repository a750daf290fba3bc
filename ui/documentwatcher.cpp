// SPDX-License-Identifier: MPL-2.0
#include "documentwatcher.h"

#include "document/document.h"

#include <QFileInfo>

namespace Akademiplan {

DocumentWatcher::DocumentWatcher(QObject *parent)
    : QObject(parent)
{
    // A sync service writes a file in several steps; the check waits until they have settled.
    m_settle.setSingleShot(true);
    m_settle.setInterval(300);
    m_poll.setInterval(3000);
    connect(&m_settle, &QTimer::timeout, this, &DocumentWatcher::check);
    connect(&m_poll, &QTimer::timeout, this, &DocumentWatcher::check);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle, qOverload<>(&QTimer::start));
}

void DocumentWatcher::watch(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_reported = false;
    follow(document ? document->filePath() : QString());
    if (!document)
        return;
    connect(document, &Document::filePathChanged, this, [this](const QString &path) {
        m_reported = false;
        follow(path);
    });
}

void DocumentWatcher::follow(const QString &path)
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    if (path.isEmpty()) {
        m_poll.stop();
        return;
    }
    // The folder too: a file replaced by a rename is a new file the old watch does not see.
    m_watcher.addPath(path);
    m_watcher.addPath(QFileInfo(path).absolutePath());
    m_poll.start();
}

void DocumentWatcher::check()
{
    if (!m_document || m_reported || m_document->isSaving() || m_document->filePath().isEmpty())
        return;
    if (!m_watcher.files().contains(m_document->filePath()) && QFileInfo::exists(m_document->filePath()))
        m_watcher.addPath(m_document->filePath());
    if (!m_document->isChangedOnDisk())
        return;
    m_reported = true;
    emit changedOnDisk();
}

} // namespace Akademiplan
