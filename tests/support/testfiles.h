// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "document/document.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QTemporaryDir>

#include <memory>

namespace Akademiplan::Test {

// A fresh temporary folder per test, removed afterwards.
class TempFolder
{
public:
    TempFolder();
    QString path(const QString &name) const;

private:
    QTemporaryDir m_dir;
};

QByteArray readBytes(const QString &path);
void writeBytes(const QString &path, const QByteArray &bytes);

// A saved project file for Silkeborg, optionally with the example academy.
QString makeProjectFile(const TempFolder &folder, const QString &name, bool example);

// Opens a document and fails the test with the problem's message if it cannot.
std::unique_ptr<Document> openDocument(const QString &path, bool readOnly = false);

// The project as stored in a file, read afresh.
Project readProject(const QString &path);

// The project's activity with this title; fails the test when there is none.
const Activity &activityTitled(const Project &project, const QString &title);

// What a user sees of a project: every row's fields, ids and UUIDs, but not the modification
// times, change counters and revision, which saves and undo move forward.
Project contentOf(Project project);

// Fails the test if a row present in both projects has an older modification time or a lower
// change counter in `later` (calendars and merges rely on both only going up).
void checkStampsNeverGoBack(const Project &earlier, const Project &later);

// The rows a saved file's rules were broken in, as another program could write them.
struct BrokenRows
{
    qint64 activityId = 0; // its capacity is -5
    qint64 sessionId = 0;  // it ends at 12:00, before it starts at 14:00
};
// Breaks two of the domain's rules in the first activity and the first session of a file,
// ignoring the schema's CHECKs as another tool may.
BrokenRows breakRules(const QString &path);

// Runs an SQL statement on a file directly, as another program would.
void execOnFile(const QString &path, const QString &sql);
// Several statements on one connection, e.g. after a PRAGMA that holds for the connection.
void execOnFile(const QString &path, const QStringList &statements);
// The first column of every row a query returns, read as another program would.
QVariantList queryFile(const QString &path, const QString &sql);

} // namespace Akademiplan::Test
