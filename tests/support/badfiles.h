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
};

struct BadFileCase
{
    BadFile file;
    const char *label;      // for test output
    FileProblem::Kind kind; // what ProjectInspector and Document::open report
};

// Every kind of bad file, each once, in a fixed order.
const QList<BadFileCase> &badFileCases();
// The cases the program refuses outright (all but the newer-version file, which it reads).
std::vector<BadFileCase> refusedCases();
const BadFileCase &badFileCase(BadFile file);

// Writes one bad file at folder.path(name) (folders in name are made) and returns its path. The
// files that began as projects are made from the example project and then changed as another
// program would change them, so they are large enough to have real data pages. A Missing file is
// not written. Nothing else is left in the file's folder.
QString makeBadFile(const TempFolder &folder, BadFile file, const QString &name);

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
