// SPDX-License-Identifier: MPL-2.0
// The project file is a document the consultant shares: opening it never writes it, saving never
// overwrites someone else's changes, and a colleague who has it open is told so.
#include "badfiles.h"
#include "catch.h"
#include "editor/projecteditor.h"
#include "domain/municipalityregistry.h"
#include "storage/documentlock.h"
#include "storage/filefingerprint.h"
#include "storage/migrations.h"
#include "storage/writtenfiles.h"
#include "testfiles.h"

#include <QDateTime>
#include <QDir>
#include <QScopeGuard>

#include <unistd.h>
#include <QFile>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

EditResult addPerson(Document &document, const QString &name)
{
    Participant participant;
    participant.name = name;
    return ProjectEditor(document).addParticipant(participant);
}

} // namespace

TEST_CASE("edits go to the working copy, and the document changes only when saved", "[file]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("plan.akademi"), true);
    const QByteArray original = readBytes(path);
    {
        auto document = openDocument(path);
        REQUIRE(addPerson(*document, QStringLiteral("Ikke gemt")).ok);
        CHECK(document->isModified());
        CHECK(readBytes(path) == original);
    }
    // Closed without saving (the window asked first): the document is as it was, nothing left.
    CHECK(readBytes(path) == original);
    CHECK(WorkingCopy::findRecoverable().isEmpty());
    CHECK_FALSE(QFileInfo::exists(DocumentLock::lockPathFor(path)));
}

TEST_CASE("saving refuses to overwrite a document someone else saved meanwhile", "[file]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("shared.akademi"), true);
    auto mine = openDocument(path);
    REQUIRE(addPerson(*mine, QStringLiteral("Min ændring")).ok);

    // A colleague's program (or a sync client) replaces the file while it is open here.
    const QString theirs = makeProjectFile(folder, QStringLiteral("theirs.akademi"), false);
    QFile::remove(path);
    REQUIRE(QFile::copy(theirs, path));
    const QByteArray theirBytes = readBytes(path);

    FileProblem problem;
    CHECK_FALSE(mine->save(&problem));
    CHECK(problem.kind == FileProblem::Kind::ChangedOnDisk);
    CHECK(problem.message.contains(QStringLiteral("shared.akademi")));
    CHECK(readBytes(path) == theirBytes);
    CHECK(mine->isModified());

    // Saving under a new name keeps both versions.
    const QString copy = folder.path(QStringLiteral("shared-mine.akademi"));
    REQUIRE(mine->saveAs(copy, &problem));
    CHECK(mine->filePath() == QFileInfo(copy).absoluteFilePath());
    CHECK_FALSE(mine->isModified());
    CHECK(readBytes(path) == theirBytes);
    CHECK(readProject(copy).participants.size() == readProject(theirs).participants.size() + 162);
}

TEST_CASE("a second user is told who has the project open and may open it read-only", "[file]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("locked.akademi"), true);
    auto first = openDocument(path);

    FileProblem problem;
    auto second = Document::open(path, {}, &problem);
    CHECK_FALSE(second);
    CHECK(problem.kind == FileProblem::Kind::Locked);
    CHECK(problem.message.contains(QStringLiteral("locked.akademi")));
    CHECK(problem.message.contains(QStringLiteral("read-only")));
    if (!DocumentLock::currentUser().isEmpty())
        CHECK(problem.message.contains(DocumentLock::currentUser()));

    auto reader = openDocument(path, true);
    CHECK(reader->isReadOnly());
    CHECK(reader->project() == first->project());
    const QByteArray before = readBytes(path);
    const EditResult refused = addPerson(*reader, QStringLiteral("Læser"));
    CHECK_FALSE(refused.ok);
    CHECK(refused.error.contains(QStringLiteral("read-only")));
    CHECK_FALSE(reader->save(&problem));
    CHECK(problem.kind == FileProblem::Kind::ReadOnly);
    CHECK(readBytes(path) == before);

    first.reset();
    CHECK(Document::open(path, {}, &problem));
}

TEST_CASE("a new project cannot overwrite an existing file", "[file]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("exists.akademi"), true);
    const QByteArray before = readBytes(path);
    FileProblem problem;
    CHECK_FALSE(Document::create(path, *MunicipalityRegistry::byCode(101), &problem));
    CHECK(problem.kind == FileProblem::Kind::AlreadyExists);
    CHECK(readBytes(path) == before);
}

TEST_CASE("a saved file is one complete SQLite file that identifies itself", "[file]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("format.akademi"), true);
    const QByteArray bytes = readBytes(path);
    REQUIRE(bytes.size() > 100);
    CHECK(bytes.startsWith(QByteArrayView("SQLite format 3\0", 16)));
    CHECK(bytes.mid(68, 4) == QByteArrayLiteral("AKAD"));          // application_id
    CHECK(bytes.mid(60, 4).toHex().toInt(nullptr, 16) == Migrations::latestVersion()); // user_version
    CHECK(bytes.at(18) == 1);                                   // rollback journal, not WAL
    CHECK(bytes.at(19) == 1);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    const Project project = readProject(path);
    CHECK(project.info.municipalityCode == 740);
    CHECK(project.info.municipalityName == QStringLiteral("Silkeborg"));
    CHECK(project.info.revision == 1);
    CHECK_FALSE(project.info.uuid.isNull());
}

TEST_CASE("each save increases the revision and keeps the project's identity", "[file]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("revision.akademi"), false);
    const Project first = readProject(path);
    auto document = openDocument(path);
    FileProblem problem;
    REQUIRE(addPerson(*document, QStringLiteral("En")).ok);
    REQUIRE(document->save(&problem));
    REQUIRE(addPerson(*document, QStringLiteral("To")).ok);
    REQUIRE(document->save(&problem));
    const Project third = readProject(path);
    CHECK(third.info.revision == first.info.revision + 2);
    CHECK(third.info.uuid == first.info.uuid);
    CHECK(third.info.created == first.info.created);
}

TEST_CASE("a fingerprint an earlier version recorded still tells an unchanged file from a changed one", "[file]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("fingerprint.akademi"), false);
    // Earlier versions wrote the SHA-256 of the document, in hex, into a working copy's note.
    const FileFingerprint recorded = FileFingerprint::fromString(
        QString::fromLatin1(QCryptographicHash::hash(readBytes(path), QCryptographicHash::Sha256).toHex()));
    CHECK(FileFingerprint::of(path, recorded) == recorded);

    const FileFingerprint now = FileFingerprint::of(path);
    CHECK(now.toString().startsWith(QStringLiteral("blake2b-256:")));
    CHECK(FileFingerprint::fromString(now.toString()) == now);

    writeBytes(path, readBytes(path) + QByteArray(1, '\0'));
    CHECK_FALSE(FileFingerprint::of(path, recorded) == recorded);
    CHECK_FALSE(FileFingerprint::of(path) == now);
}

TEST_CASE("a file written since its fingerprint was taken is read again, even at the same size", "[file]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("stamp.akademi"), false);
    const FileFingerprint taken = FileFingerprint::of(path);
    CHECK(FileFingerprint::of(path, taken) == taken);

    // Someone else's save of the same size: one byte of the content differs, and the time moves.
    QByteArray bytes = readBytes(path);
    bytes[bytes.size() - 1] = char(bytes.back() ^ 0x5a);
    writeBytes(path, bytes);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime));
    file.close();
    CHECK_FALSE(FileFingerprint::of(path, taken) == taken);

    // A folder that only touches the time of an unchanged file is not taken for a change.
    writeBytes(path, readBytes(path).replace(bytes.size() - 1, 1, QByteArray(1, char(bytes.back() ^ 0x5a))));
    CHECK(FileFingerprint::of(path, taken) == taken);
}

TEST_CASE("a file saved here is known by its bytes, and checked in full again once anyone has changed it", "[file]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("known.akademi"), true);
    CHECK(WrittenFiles::contains(FileFingerprint::of(path)));
    // Opened and saved again: the new bytes are known, and the file opens as saved.
    {
        auto document = openDocument(path);
        REQUIRE(addPerson(*document, QStringLiteral("Kendt")).ok);
        FileProblem problem;
        REQUIRE(document->save(&problem));
    }
    CHECK(WrittenFiles::contains(FileFingerprint::of(path)));
    CHECK(openDocument(path)->project().participants.size() == readProject(path).participants.size());

    // Another program's change (here garbage in a data page) makes other bytes: the full check
    // runs again and refuses the file, which is left as it is.
    const QString damaged = makeBadFile(folder, BadFile::GarbageInDataPage, QStringLiteral("damaged.akademi"));
    const QByteArray bytes = readBytes(damaged);
    CHECK_FALSE(WrittenFiles::contains(FileFingerprint::of(damaged)));
    FileProblem problem;
    CHECK_FALSE(Document::open(damaged, {}, &problem));
    CHECK(problem.kind == FileProblem::Kind::Damaged);
    CHECK(holdsBytes(damaged, bytes));
}

TEST_CASE("a change still on its way to the working copy is in the file saved right after it", "[file]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("quick.akademi"), true);
    auto document = openDocument(path);
    const Project before = document->project();
    const Track &track = before.tracks.items().front();
    REQUIRE(ProjectEditor(*document).remove(EntityType::Track, track.id).ok);
    // Saved at once, before the store's thread can have finished the removal.
    FileProblem problem;
    REQUIRE(document->save(&problem));
    const Project saved = readProject(path);
    CHECK(saved.tracks.size() == before.tracks.size() - 1);
    CHECK_FALSE(saved.tracks.contains(track.id));
    CHECK(saved.activities.size() == before.activities.size() - qsizetype(before.activitiesOf(track.id).size()));
    CHECK(saved.enrolments.size() < before.enrolments.size());
    CHECK(saved == document->project());
}

TEST_CASE("a project in a folder that cannot be written to opens read-only and says so", "[file]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("arkiv.akademi"), true);
    const QString lockPath = DocumentLock::lockPathFor(path);
    const QByteArray bytes = readBytes(path);
    // As root a folder's permissions stop nothing, so the lock is made impossible another way: a
    // folder stands where the lock file would be written, as on a share that refuses new files.
    const bool root = ::geteuid() == 0;
    if (root)
        REQUIRE(QDir().mkdir(lockPath));
    else
        REQUIRE(QFile::setPermissions(folder.path(QString()), QFile::ReadOwner | QFile::ExeOwner));
    const auto restore = qScopeGuard([&] {
        if (root)
            QDir().rmdir(lockPath);
        else
            QFile::setPermissions(folder.path(QString()), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    {
        FileProblem problem;
        const auto document = Document::open(path, {}, &problem);
        INFO(problem.message.toStdString());
        REQUIRE(document);
        CHECK(document->isReadOnly());
        CHECK(document->readOnlyReason().contains(QStringLiteral("arkiv.akademi")));
        CHECK(document->readOnlyReason().contains(QStringLiteral("cannot be written to")));
        FileProblem saveProblem;
        CHECK_FALSE(document->save(&saveProblem));
        CHECK(saveProblem.kind == FileProblem::Kind::ReadOnly);
    }
    CHECK(readBytes(path) == bytes);
}

TEST_CASE("an empty lock file, left by a program killed while it made it, does not lock the project for ever", "[file]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("plan.akademi"), true);
    writeBytes(DocumentLock::lockPathFor(path), QByteArray());
    CHECK_FALSE(DocumentLock::heldBy(path).has_value());
    FileProblem problem;
    const auto document = Document::open(path, {}, &problem);
    INFO(problem.message.toStdString());
    REQUIRE(document);
    CHECK_FALSE(document->isReadOnly());
    // And it is now truly held: a second program is told so.
    FileProblem second;
    CHECK_FALSE(Document::open(path, {}, &second));
    CHECK(second.kind == FileProblem::Kind::Locked);
}
