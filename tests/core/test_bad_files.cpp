// SPDX-License-Identifier: MPL-2.0
// A file that is not a sound project must be refused with a message that names it, and must be
// left exactly as it was: no byte changed, no lock or journal beside it, no working copy kept.
#include "badfiles.h"
#include "catch.h"
#include "editor/projecteditor.h"
#include "storage/migrations.h"
#include "storage/workingcopy.h"
#include "testfiles.h"

#include <QFileInfo>

#include <vector>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

// A name with a space and Danish letters, so that a message naming the file is easy to spot.
const QString badName = QStringLiteral("Silkeborg akademi ØÆÅ.akademi");

// Everything about a bad file and its surroundings that opening it must not change.
struct Surroundings
{
    explicit Surroundings(const QString &path)
        : folder(folderListing(QFileInfo(path).absolutePath())), workingCopies(folderListing(WorkingCopy::folder())),
          isFile(QFileInfo(path).isFile()), isFolder(QFileInfo(path).isDir())
    {
        if (isFile)
            bytes = fileState(path);
        if (isFolder)
            inside = folderListing(path);
    }

    std::string folder;
    std::string workingCopies;
    bool isFile;
    bool isFolder;
    QByteArray bytes;
    std::string inside;
};

void checkUnchanged(const QString &path, const Surroundings &before)
{
    const Surroundings after(path);
    CHECK(after.folder == before.folder);
    CHECK(after.workingCopies == before.workingCopies);
    CHECK(after.isFile == before.isFile);
    CHECK(after.isFolder == before.isFolder);
    CHECK((after.bytes == before.bytes)); // not printed: a whole database
    CHECK(after.inside == before.inside);
}

} // namespace

TEST_CASE("a bad file is refused with a message naming it and is left untouched with nothing beside it", "[file][bad]")
{
    const BadFileCase badCase = GENERATE(from_range(refusedCases()));
    const bool readOnly = GENERATE(false, true);
    INFO(badCase.label << (readOnly ? ", opened read-only" : ", opened for editing"));
    TempFolder folder;
    const QString path = makeBadFile(folder, badCase.file, badName);
    const Surroundings before(path);

    FileProblem problem;
    const auto document = Document::open(path, {readOnly}, &problem);
    INFO(problem.message.toStdString());
    CHECK_FALSE(document);
    CHECK(problem.kind == badCase.kind);
    CHECK(problem.message.contains(badName));
    checkUnchanged(path, before);
}

TEST_CASE("opening a bad path that does not exist creates neither the file nor its folder", "[file][bad]")
{
    TempFolder folder;
    const bool readOnly = GENERATE(false, true);
    const QString path = folder.path(QStringLiteral("not yet made/plan.akademi"));
    FileProblem problem;
    CHECK_FALSE(Document::open(path, {readOnly}, &problem));
    CHECK(problem.kind == FileProblem::Kind::Missing);
    CHECK(problem.message.contains(path));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK_FALSE(QFileInfo::exists(QFileInfo(path).absolutePath()));
    CHECK(folderListing(folder.path(QString())) == "");
}

// ProjectInspector lets a newer file through for reading (ProjectInspector::Result::canRead), so
// Document::open shows it read-only rather than refusing it.
TEST_CASE("a bad file from a newer Akademiplan opens read-only and says which version it is", "[file][bad]")
{
    REQUIRE(Migrations::latestVersion() < 99);
    TempFolder folder;
    const QString path = makeBadFile(folder, BadFile::NewerVersion, badName);
    const Surroundings before(path);
    const bool readOnlyAsked = GENERATE(false, true);
    {
        FileProblem problem;
        const auto document = Document::open(path, {readOnlyAsked}, &problem);
        INFO(problem.message.toStdString());
        REQUIRE(document);
        CHECK(document->isReadOnly());
        INFO(document->readOnlyReason().toStdString());
        CHECK(document->readOnlyReason().contains(QStringLiteral("version 99")));
        CHECK(document->readOnlyReason().contains(badName));
        // The content is shown in full: the example academy with its four tracks.
        CHECK(document->project().academies.size() == 1);
        CHECK(document->project().tracks.size() == 4);
        CHECK_FALSE(document->project().participants.isEmpty());

        Participant participant;
        participant.name = QStringLiteral("Ny deltager");
        participant.role = ParticipantRole::Employee;
        CHECK_FALSE(ProjectEditor(*document).addParticipant(participant).ok);
        FileProblem saveProblem;
        CHECK_FALSE(document->save(&saveProblem));
        CHECK(saveProblem.kind == FileProblem::Kind::ReadOnly);
        FileProblem saveAsProblem;
        CHECK_FALSE(document->saveAs(folder.path(QStringLiteral("copy.akademi")), &saveAsProblem));
        CHECK(saveAsProblem.kind == FileProblem::Kind::ReadOnly);
        CHECK_FALSE(QFileInfo::exists(folder.path(QStringLiteral("copy.akademi"))));
    }
    checkUnchanged(path, before);
}

// Document::open takes the document lock before it knows that a file is of a newer format; such a
// document can never be saved here, so the lock must be let go, or a colleague (who may have the
// newer Akademiplan) is told the file is "open for editing" by someone who cannot edit it.
TEST_CASE("a bad file from a newer Akademiplan shown read-only is not locked against a colleague", "[file][bad]")
{
    TempFolder folder;
    const QString path = makeBadFile(folder, BadFile::NewerVersion, badName);
    const std::string entries = folderListing(folder.path(QString()));
    FileProblem problem;
    const auto viewer = Document::open(path, {}, &problem);
    INFO(problem.message.toStdString());
    REQUIRE(viewer);
    REQUIRE(viewer->isReadOnly());
    CHECK(folderListing(folder.path(QString())) == entries);

    FileProblem colleagueProblem;
    const auto colleague = Document::open(path, {}, &colleagueProblem);
    INFO(colleagueProblem.message.toStdString());
    CHECK(colleague);
    CHECK(colleagueProblem.kind != FileProblem::Kind::Locked);
}

TEST_CASE("a project beside another program's journal or write-ahead log opens read-only and says why",
          "[file][bad]")
{
    const BadFile file = GENERATE(BadFile::HotJournal, BadFile::StaleWriteAheadLog);
    const bool journal = file == BadFile::HotJournal;
    INFO(badFileCase(file).label);
    TempFolder folder;
    const QString path = makeBadFile(folder, file, badName);
    const QString beside = path + (journal ? QStringLiteral("-journal") : QStringLiteral("-wal"));
    const QByteArray bytes = readBytes(path);
    const QByteArray besideBytes = readBytes(beside);
    const std::string entries = folderListing(folder.path(QString()));
    {
        const auto document = openDocument(path);
        CHECK(document->isReadOnly());
        INFO(document->readOnlyReason().toStdString());
        CHECK(document->readOnlyReason().contains(badName));
        CHECK(document->readOnlyReason().contains(QFileInfo(beside).fileName()));
        CHECK(document->readOnlyReason().contains(journal ? QStringLiteral("journal")
                                                          : QStringLiteral("write-ahead log")));
        // The project as it was before the unfinished change.
        REQUIRE_FALSE(document->project().participants.isEmpty());
        int changed = 0;
        for (const Participant &participant : document->project().participants)
            changed += participant.name.startsWith(QStringLiteral("Changed ")) ? 1 : 0;
        CHECK(changed == 0);
        FileProblem problem;
        CHECK_FALSE(document->save(&problem));
        CHECK(problem.kind == FileProblem::Kind::ReadOnly);
    }
    // Neither applied to the document nor removed from beside it, and no lock was taken.
    CHECK(holdsBytes(path, bytes));
    CHECK(holdsBytes(beside, besideBytes));
    CHECK(folderListing(folder.path(QString())) == entries);
}
