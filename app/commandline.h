// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "storage/documentlock.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

namespace Akademiplan {

class Project;
struct Tombstone;

class Document;

// The headless operations of `akademiplan`: they need no display and print one clear line on
// stderr per problem. The window is started by main() when none of them is asked for.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::CommandLine)

public:
    // True when the arguments ask for a headless operation (decided before any QApplication
    // exists, so that no display is needed).
    static bool wantsHeadless(const QStringList &arguments);

    // Runs the operation the arguments ask for and returns the process exit code.
    static int run(const QStringList &arguments);

    // One line per problem on stderr, prefixed with the program's name; results on stdout.
    static void printError(const QString &message);
    static void printOut(const QString &text);
    // Opens a project for a headless operation: null, with the reason printed, when it cannot be
    // used, or for editing when it opens only read-only (written by a newer version, another
    // program's journal beside it).
    static std::unique_ptr<Document> openProject(const QString &path, bool forEditing);
    // Reads a project for an export, which only reads it: false, with the reason printed, when the
    // file cannot be used. `removed`, when given, gets the tombstones of removed rows.
    static bool readProject(const QString &path, Project &project, std::vector<Tombstone> *removed = nullptr);

    // Someone may be changing the file while it is read: what is read is the file as it was last
    // saved, and the user should know that. Empty when no one has it open.
    static QString lockNote(const QString &path, const std::optional<DocumentLock::Owner> &owner);

private:
    static int createProject(const QString &path, const QString &municipality, bool example);
    static int printInfo(const QString &path);
    static int checkFile(const QString &path);
    static int shareCopy(const QString &outPath, const QString &projectPath, const QString &recipient,
                         bool withoutPersonalData, bool withoutFreeText);
};

} // namespace Akademiplan
