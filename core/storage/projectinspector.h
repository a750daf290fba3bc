// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "fileproblem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QUuid>

namespace Akademiplan {

// Judges whether a file is a sound Akademiplan project before anything else touches it: the raw
// header first, then a read-only look with SQLite. It never writes to the file it judges.
class ProjectInspector
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::ProjectInspector)

public:
    struct Result
    {
        FileProblem problem;
        int schemaVersion = 0;
        // A newer file can still be read, but only read.
        bool canRead() const { return !problem.isProblem() || problem.kind == FileProblem::Kind::NewerVersion; }
        bool canEdit() const { return !problem.isProblem(); }
    };

    // How far a file is judged. A file from anyone else is untrusted: every page and every
    // reference is checked. A file whose bytes are exactly what this program wrote (a save's new
    // copy, or a file with the fingerprint of one, see WrittenFiles) is SQLite's own output of
    // rows that passed every check when they were written; its header, schema and project row
    // are still checked, and every row is checked as it is read.
    enum class Depth { Untrusted, WrittenHere };

    // displayName names the file in messages, for when a copy is judged in place of the document.
    static Result inspect(const QString &path, const QString &displayName = QString(), Depth depth = Depth::Untrusted);

    // Whether the path is there and an ordinary file, without opening it.
    static Result inspectPath(const QString &path);
    // Only what the first 100 bytes say (is it an SQLite file, ours, complete, of which version),
    // without SQLite: cheap enough to ask of a document before it is copied anywhere.
    static Result inspectHeader(const QString &path, const QString &name);

    // Another SQLite program that stopped in the middle of a change leaves a journal or a
    // write-ahead log beside the file: what the user is told of it, or empty when there is none.
    static QString strayJournal(const QString &path, const QString &name);

    // What a list of recent projects shows of a file without opening it: whether it is there, its
    // municipality, its academies and when it was last saved. Only the header and three small
    // queries are read, read-only: quick enough for a list of files, and the file is never locked
    // or changed, also when it is open in another window.
    struct Glance
    {
        enum class State { Readable, Missing, Unreadable };
        State state = State::Missing;
        QString municipalityName;
        QStringList academies;
        QDateTime lastSaved; // the last save in the file's change log, else the file's own time
        QString problem;     // why it is missing or cannot be read
    };
    static Glance glance(const QString &path);

    // The revision a project file holds (project.revision_uuid), read-only; null when it cannot
    // be read or the file was never saved.
    static QUuid revisionOf(const QString &path);

    // Lets SQLite roll back an unfinished change recorded in a journal beside `path` (a file that
    // is ours by its header and that we may write: a working copy or a temporary copy).
    static void settleJournal(const QString &path);
};

} // namespace Akademiplan
