// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QFileSystemWatcher>
#include <QPointer>
#include <QTimer>

namespace Akademiplan {

class Document;

// Notices while a project is open that someone else has written its file: a colleague on a shared
// drive saved it, or a sync service replaced it. The file system says so where it can; a check
// every few seconds (size and modification time only) covers network folders where it cannot.
// Each change is reported once, until the document is saved under a path of its own again.
class DocumentWatcher : public QObject
{
    Q_OBJECT

public:
    explicit DocumentWatcher(QObject *parent = nullptr);

    // Starts watching the document's file, or stops with nullptr.
    void watch(Document *document);
    // Looks now, e.g. when the window becomes active again.
    void check();

signals:
    void changedOnDisk();

private:
    void follow(const QString &path);

    QPointer<Document> m_document;
    QFileSystemWatcher m_watcher;
    QTimer m_poll;
    QTimer m_settle;
    bool m_reported = false;
};

} // namespace Akademiplan
