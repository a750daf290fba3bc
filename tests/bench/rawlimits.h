// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/enrolment.h"
#include "domain/organisation.h"
#include "domain/participant.h"

#include "rawbatch.h"

#include <QList>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace Akademiplan::Bench {

// The raw limits of the file work: what SQLite alone needs for the same reads and writes as
// Akademiplan, through the C API with prepared statements and nothing on top. A step's time
// divided by its limit is the cost of everything the program adds (the in-memory project, the
// rules, undo, the models).
//
// An object works on a private copy of a project file opened with the program's own pragmas
// (one self-contained file per commit, durable when the commit returns), so that its writes
// cost what the program's writes cost. Preparing a batch reads the rows it will touch and is
// not timed; the write methods return milliseconds for one transaction.
class RawLimits
{
public:
    explicit RawLimits(const QString &copyPath);
    ~RawLimits();
    RawLimits(const RawLimits &) = delete;
    RawLimits &operator=(const RawLimits &) = delete;

    bool isOpen() const { return m_db != nullptr; }
    QString error() const { return m_error; }

    // Reads every row of every table of `path`, read-only, every column into plain values;
    // milliseconds, and the number of rows in `rows`.
    static double readAll(const QString &path, qint64 *rows, QString *error);
    // The same for the named tables only.
    static double readTables(const QString &path, const QStringList &tables, qint64 *rows, QString *error);

    // What removing a track takes with it: attendance of its sessions, the enrolments in it and
    // in its activities, the sessions, the activities and the track, children first.
    RawBatch trackRemoval(qint64 trackId);
    // People with their attendance and enrolments.
    RawBatch participantRemoval(const QList<qint64> &participantIds);
    // The rows an enrolment plan inserts (enrolling in a track also enrols in its activities).
    RawBatch enrolments(const std::vector<Enrolment> &planned);
    // Rows the program inserted, as they are stored: what the raw limit inserts in their place.
    static RawBatch rowsOf(const std::vector<Participant> &participants,
                           const std::vector<Organisation> &organisations);
    // The participant's row with a new name.
    RawBatch renamed(qint64 participantId, const QString &name);

    double remove(const RawBatch &batch);
    double insert(const RawBatch &batch);
    double update(const RawBatch &batch);
    // A fresh, compact copy of the whole file, as a save writes.
    double copyTo(const QString &path);

private:
    bool exec(const char *sql);
    sqlite3_stmt *prepare(const QString &sql);
    RawRows select(const QString &table, const QString &where, const QList<qint64> &ids = {});
    QStringList columnsOf(const QString &table);
    // Runs `work` in one transaction and returns its milliseconds, or -1 with m_error set.
    template <typename Work>
    double transaction(Work work);

    sqlite3 *m_db = nullptr;
    QString m_error;
};

} // namespace Akademiplan::Bench
