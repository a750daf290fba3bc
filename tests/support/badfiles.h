// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "storage/fileproblem.h"
#include "testfiles.h"

#include <QList>
#include <QString>

#include <string>

namespace Akademiplan::Test {

// The corpus of files a consultant may try to open that are not sound Akademiplan projects:
// files that were never ours, ours changed by another program, ours damaged in transit.
enum class BadFile
{
    Empty,
    RandomBytes,
    TextFile,
    ForeignSqlite,      // an SQLite database of another program that sets no application_id
    OtherApplicationId, // an SQLite database that is marked as another program's (GeoPackage)
    AddedTrigger,
    AddedView,
    AddedTable,
    AddedIndex,
    NewerVersion, // user_version 99: written by a newer Akademiplan; readable, never editable
    TruncatedHalf,
    GarbageInDataPage,
    UserVersionZero,
    WriteAheadLog,
    UnknownEnumValue, // a track kind no version of Akademiplan knows, written past the CHECK constraint
    Folder,
    Missing,
    ZipArchive,       // a zipped project, sent packed and not unpacked
    PdfDocument,      // the exported plan instead of the project
    TruncatedAtHeader, // cut inside the first 100 bytes
    TruncatedByOneByte,
    FlippedHeaderBytes, // the page size in the header overwritten
    AlteredTable,     // a column added to a table of Akademiplan's
    ForeignKeyViolation,
    MissingProjectRow,
    DoubledProjectRow,
    UnreadableDate,
    UnreadableTimestamp, // a year with a character that is no digit, once taken for 1 BC
    UnreadableUuid,
    UnreadableJson,
    UnreadableColour,
    DeeplyNestedJson,
    AbsurdFieldSize, // a name of 8 MB
    HugeFile,        // 4 GiB of nothing (sparse), as a broken download may leave
    NamedPipe,       // would block a reader that opens it
    LinkToDevice,    // a symbolic link to /dev/zero, which never ends
    HotJournal,      // a sound file beside the journal of another program's unfinished change
    StaleWriteAheadLog, // a sound file beside another program's write-ahead log
};

struct BadFileCase
{
    BadFile file;
    const char *label;      // for test output
    FileProblem::Kind kind; // what ProjectInspector and Document::open report
};

// Every kind of bad file, each once, in a fixed order.
const QList<BadFileCase> &badFileCases();
// The cases the program refuses outright (all but those it opens read-only: the newer-version
// file, and a file beside another program's journal or write-ahead log).
std::vector<BadFileCase> refusedCases();
const BadFileCase &badFileCase(BadFile file);

// Writes one bad file at folder.path(name) (folders in name are made) and returns its path. The
// files that began as projects are made from the example project and then changed as another
// program would change them, so they are large enough to have real data pages. A Missing file is
// not written. Nothing else is left in the file's folder.
QString makeBadFile(const TempFolder &folder, BadFile file, const QString &name);

// What a test compares to show that a file was left as it was: its bytes, or for a file too large
// to hold (the 4 GiB one) its size, modification time and first and last MiB.
QByteArray fileState(const QString &path);

// Not a bad file but one easily mistaken for one: a sound project beside the journal another SQLite
// program left when it stopped in the middle of a change, with part of the change already in the
// file. SQLite's rule is that the journal undoes the unfinished change. The participants' names
// all begin with "Changed " in the unfinished change and in none of them before it.
QString makeProjectWithUnfinishedChange(const TempFolder &folder, const QString &name);

// Whether a file still holds exactly these bytes; a plain answer, so that a failing check does not
// print a whole database.
bool holdsBytes(const QString &path, const QByteArray &bytes);

// The names in a folder, hidden ones included, sorted: to prove that nothing appeared.
QStringList folderEntries(const QString &folderPath);
// The same joined into one line, for checks whose failure should show the names.
std::string folderListing(const QString &folderPath);

} // namespace Akademiplan::Test
