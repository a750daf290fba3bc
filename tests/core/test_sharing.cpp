// SPDX-License-Identifier: MPL-2.0
// A copy of the project file made for the municipality: one clean file that holds only what the
// consultant chose to share, says where it comes from, and is recorded in the consultant's file
// with the rows as they were, for the merge when it comes back.
#include "catch.h"
#include "domain/domainlabels.h"
#include "editor/projecteditor.h"
#include "storage/projectinspector.h"
#include "storage/workingcopy.h"
#include "testfiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

void share(Document &document, const QString &path, const ShareOptions &options)
{
    FileProblem problem;
    const bool shared = document.shareCopy(path, options, &problem);
    INFO(problem.message.toStdString());
    REQUIRE(shared);
}

qint64 rowCount(const Project &project)
{
    qint64 rows = 0;
    forEachEntityType([&](auto entity) { rows += project.list<decltype(entity)>().size(); });
    return rows;
}

// Every file under a folder, as bytes, with its name: what a search of the disk would find.
QList<QPair<QString, QByteArray>> filesUnder(const QString &folder)
{
    QList<QPair<QString, QByteArray>> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.append({path, readBytes(path)});
    }
    return files;
}

} // namespace

TEST_CASE("a copy without personal data keeps the plan and replaces every name by a neutral label", "[sharing]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("silkeborg.akademi"), true);
    auto document = openDocument(path);
    const Project before = document->project();
    REQUIRE(before.participants.size() > 5);
    const QUuid sharedRevision = before.info.revisionUuid;

    ShareOptions options;
    options.recipient = QStringLiteral("Silkeborg Kommune, HR");
    const QString copyPath = folder.path(QStringLiteral("to the municipality.akademi"));
    share(*document, copyPath, options);

    // One clean file: checked in full, compact, no journal beside it.
    CHECK(ProjectInspector::inspect(copyPath).canEdit());
    CHECK(queryFile(copyPath, QStringLiteral("PRAGMA freelist_count")).value(0).toInt() == 0);
    CHECK_FALSE(QFileInfo::exists(copyPath + QStringLiteral("-journal")));
    CHECK(QDir(folder.path(QString())).entryList({QStringLiteral(".*sharing*")}, QDir::Files | QDir::Hidden).isEmpty());

    const Project copy = readProject(copyPath);
    // The plan is the same: every row, role, organisation, enrolment and attendance.
    CHECK(copy.enrolments.items() == before.enrolments.items());
    CHECK(copy.attendances.items() == before.attendances.items());
    CHECK(copy.sessions.items() == before.sessions.items());
    REQUIRE(copy.participants.size() == before.participants.size());
    const QByteArray copyBytes = readBytes(copyPath);
    QHash<ParticipantRole, int> numbers;
    for (std::size_t i = 0; i < std::size_t(copy.participants.size()); ++i) {
        const Participant &original = before.participants.items().at(i);
        const Participant &shared = copy.participants.items().at(i);
        CHECK(shared.uuid == original.uuid);
        CHECK(shared.role == original.role);
        CHECK(shared.organisationId == original.organisationId);
        CHECK(shared.email.isEmpty());
        CHECK(shared.phone.isEmpty());
        const QString label = SharedCopy::neutralLabel(DomainLabels::label(shared.role), ++numbers[shared.role]);
        CHECK(shared.name == label);
        // Not a trace of the person in the bytes of the file.
        INFO(original.name.toStdString());
        CHECK_FALSE(copyBytes.contains(original.name.toUtf8()));
        if (!original.email.isEmpty())
            CHECK_FALSE(copyBytes.contains(original.email.toUtf8()));
    }
    CHECK(numbers.value(ParticipantRole::Manager) > 0);

    // The copy says where it comes from and that it is anonymised; it holds none of the rows the
    // consultant keeps for merges.
    const ShareRecord *made = copy.info.sharedCopy();
    REQUIRE(made != nullptr);
    CHECK(made->withoutPersonalData);
    CHECK(made->recipient == options.recipient);
    CHECK(made->revisionUuid == sharedRevision);
    CHECK(copy.info.basedOnRevisionUuid == sharedRevision);
    CHECK(copy.info.basedOnRevision == before.info.revision);
    CHECK(copy.info.shares.size() == 1);
    CHECK(queryFile(copyPath, QStringLiteral("SELECT count(*) FROM share_base")).value(0).toInt() == 0);

    // The consultant's file records the share, with every row as it was, and is saved.
    CHECK_FALSE(document->isModified());
    const Project mine = readProject(path);
    REQUIRE(mine.info.shares.size() == 1);
    CHECK(mine.info.shares.front() == *made);
    CHECK(mine.info.sharedCopy() == nullptr);
    CHECK(mine.info.revision == before.info.revision + 1);
    CHECK(queryFile(path, QStringLiteral("SELECT count(*) FROM share_base")).value(0).toLongLong() == rowCount(before));
    const QString managerName = before.participants.items().front().name;
    CHECK(queryFile(path, QStringLiteral("SELECT count(*) FROM share_base WHERE json_extract(fields, '$.name') = '%1'")
                              .arg(managerName))
              .value(0)
              .toInt()
          == 1);
}

TEST_CASE("a copy with personal data keeps the names, and free text can be left out", "[sharing]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("silkeborg.akademi"), true);
    auto document = openDocument(path);
    const Project before = document->project();
    REQUIRE(std::any_of(before.activities.begin(), before.activities.end(),
                        [](const Activity &activity) { return !activity.description.isEmpty(); }));

    ShareOptions options;
    options.withoutPersonalData = false;
    options.withoutFreeText = true;
    const QString copyPath = folder.path(QStringLiteral("copy.akademi"));
    share(*document, copyPath, options);
    const Project copy = readProject(copyPath);
    CHECK(copy.participants.items() == before.participants.items());
    for (const Activity &activity : copy.activities) {
        CHECK(activity.description.isEmpty());
        CHECK(activity.facilitator.isEmpty());
    }
    for (const Academy &academy : copy.academies) {
        CHECK(academy.consultant.isEmpty());
        CHECK(academy.purpose.isEmpty());
    }
    REQUIRE(copy.info.sharedCopy() != nullptr);
    CHECK_FALSE(copy.info.sharedCopy()->withoutPersonalData);
}

TEST_CASE("a deleted person leaves no trace of name or e-mail in any file written afterwards", "[sharing]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("silkeborg.akademi"), true);
    auto document = openDocument(path);
    ProjectEditor editor(*document);
    const QString name = QStringLiteral("Zyxqvørn Ægidius-Blomqvist");
    const QString email = QStringLiteral("zyxqvorn.unusual@example.invalid");
    Participant person;
    person.name = name;
    person.email = email;
    person.phone = QStringLiteral("+45 11 22 33 44");
    person.role = ParticipantRole::Manager;
    REQUIRE(editor.addParticipant(person).ok);
    const qint64 id = document->project().participants.items().back().id;
    REQUIRE(editor.enrolInTrack(document->project().tracks.items().front().id, {id}).ok);
    FileProblem problem;
    REQUIRE(document->save(&problem));
    // Shared while the person was in the plan: the consultant's file keeps their row for the merge.
    share(*document, folder.path(QStringLiteral("earlier copy.akademi")), ShareOptions{});
    CHECK(readBytes(path).contains(email.toUtf8()));

    REQUIRE(editor.remove(EntityType::Participant, id).ok);
    REQUIRE(document->save(&problem));
    ShareOptions withNames;
    withNames.withoutPersonalData = false;
    share(*document, folder.path(QStringLiteral("later copy with names.akademi")), withNames);
    share(*document, folder.path(QStringLiteral("later copy.akademi")), ShareOptions{});

    QList<QPair<QString, QByteArray>> files = {{path, readBytes(path)}};
    for (const QString &copy : {QStringLiteral("later copy with names.akademi"), QStringLiteral("later copy.akademi")})
        files.append({folder.path(copy), readBytes(folder.path(copy))});
    files.append(filesUnder(WorkingCopy::folder()));
    REQUIRE(files.size() >= 4);
    for (const auto &[file, bytes] : std::as_const(files)) {
        INFO(file.toStdString());
        CHECK_FALSE(bytes.contains(name.toUtf8()));
        CHECK_FALSE(bytes.contains(email.toUtf8()));
        CHECK_FALSE(bytes.contains(QByteArrayLiteral("zyxqvorn")));
    }
}

TEST_CASE("a share that cannot be written changes nothing", "[sharing]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("silkeborg.akademi"), true);
    const QByteArray original = readBytes(path);
    auto document = openDocument(path);
    FileProblem problem;
    CHECK_FALSE(document->shareCopy(folder.path(QStringLiteral("no such folder/copy.akademi")), {}, &problem));
    CHECK(problem.message.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(document->shareCopy(path, {}, &problem));
    CHECK(problem.message.contains(QStringLiteral("project file itself")));
    CHECK_FALSE(document->isModified());
    CHECK(document->project().info.shares.isEmpty());
    document.reset();
    CHECK(readBytes(path) == original);
}

TEST_CASE("a project with unsaved changes is saved before a copy is shared", "[sharing]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("silkeborg.akademi"), true);
    auto document = openDocument(path);
    Participant person;
    person.name = QStringLiteral("Ny Person");
    REQUIRE(ProjectEditor(*document).addParticipant(person).ok);
    FileProblem problem;
    CHECK_FALSE(document->shareCopy(folder.path(QStringLiteral("copy.akademi")), {}, &problem));
    CHECK(problem.message.contains(QStringLiteral("Save the project")));
    CHECK_FALSE(QFileInfo::exists(folder.path(QStringLiteral("copy.akademi"))));
    CHECK(document->isModified());
}
