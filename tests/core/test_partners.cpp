// SPDX-License-Identifier: MPL-2.0
// The partner register: an external organisation's contact, contributions and agreement, and the
// tracks and activities it takes part in, kept like any other row of the file.
#include "catch.h"
#include "domain/validator.h"
#include "editor/projecteditor.h"
#include "merge/differencetext.h"
#include "merge/projectcomparison.h"
#include "merge/projectversions.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

const Organisation &organisationNamed(const Project &project, const QString &name)
{
    for (const Organisation &organisation : project.organisations)
        if (organisation.name == name)
            return organisation;
    FAIL("no organisation " << name.toStdString());
    return project.organisations.items().front();
}

const Organisation &firstDepartment(const Project &project)
{
    for (const Organisation &organisation : project.organisations)
        if (!organisation.isPartner())
            return organisation;
    FAIL("no department");
    return project.organisations.items().front();
}

} // namespace

TEST_CASE("a version 4 file opens with its organisations as partners without contact and no partnerships",
          "[partners][migration]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("v4.akademi"));
    REQUIRE(QFile::copy(QStringLiteral(AKADEMIPLAN_TEST_DATA "/format-v4.akademi"), path));
    auto document = openDocument(path);
    const Project &project = document->project();
    const Organisation &volunteers = organisationNamed(project, QStringLiteral("Lakeland Volunteer Centre"));
    CHECK(volunteers.kind == OrganisationKind::VolunteerOrganisation);
    CHECK(volunteers.contactName.isEmpty());
    CHECK(volunteers.contributions.isEmpty());
    CHECK(volunteers.agreement == AgreementStatus::NotContacted);
    CHECK_FALSE(volunteers.agreementDate.has_value());
    CHECK(project.partnerships.isEmpty());

    // The migrated file takes a partner at once, and keeps it through a save.
    ProjectEditor editor(*document);
    const Activity &innovationDay = activityTitled(project, QStringLiteral("Innovation day"));
    REQUIRE(editor.attachPartner(volunteers.id, 0, innovationDay.id, QStringLiteral("Co-hosts")).ok);
    FileProblem problem;
    const QString saved = folder.path(QStringLiteral("saved.akademi"));
    REQUIRE(document->saveAs(saved, &problem));
    const Project reread = readProject(saved);
    REQUIRE(reread.partnerships.size() == 1);
    CHECK(reread.partnerships.items().front().note == QStringLiteral("Co-hosts"));
}

TEST_CASE("the version 5 example keeps its partners, their contacts and where they take part", "[partners]")
{
    const Project project = readProject(QStringLiteral(AKADEMIPLAN_TEST_DATA "/format-v5.akademi"));
    const Organisation &volunteers = organisationNamed(project, QStringLiteral("Lakeland Volunteer Centre"));
    CHECK(volunteers.contactName == QStringLiteral("Birthe Mortensen"));
    CHECK(volunteers.contributions
          == QList<PartnerContribution>{PartnerContribution::CoHost, PartnerContribution::Participants});
    CHECK(volunteers.agreement == AgreementStatus::Agreed);
    CHECK(volunteers.agreementDate == QDate(2026, 11, 19));
    CHECK(project.partnershipsOf(volunteers.id).size() == 2);
    CHECK(project.partnerships.size() == 4);
    CHECK(Validator::checkProject(project).isEmpty());
}

TEST_CASE("a partnership is in a track or an activity and never with a municipal department", "[partners][rules]")
{
    TempFolder folder;
    auto document = openDocument(makeProjectFile(folder, QStringLiteral("rules.akademi"), true));
    ProjectEditor editor(*document);
    const Project &project = document->project();
    const Organisation &volunteers = organisationNamed(project, QStringLiteral("Lakeland Volunteer Centre"));
    const Activity &kickOff = activityTitled(project, QStringLiteral("Kick-off workshop for the network"));
    const qint64 track = kickOff.trackId;
    const int before = int(project.partnerships.size());

    const EditResult both = editor.attachPartner(volunteers.id, track, kickOff.id);
    CHECK_FALSE(both.ok);
    CHECK(both.error == Validator::tr("A partnership is either in a track or in an activity."));
    CHECK_FALSE(editor.attachPartner(volunteers.id, 0, 0).ok);

    const Organisation &department = firstDepartment(project);
    const EditResult withDepartment = editor.attachPartner(department.id, 0, kickOff.id);
    CHECK_FALSE(withDepartment.ok);
    CHECK(withDepartment.error.contains(department.name));
    CHECK(int(project.partnerships.size()) == before);

    REQUIRE(editor.attachPartner(volunteers.id, 0, kickOff.id).ok);
    const EditResult again = editor.attachPartner(volunteers.id, 0, kickOff.id);
    CHECK_FALSE(again.ok);
    CHECK(again.error.contains(QStringLiteral("already a partner")));
    CHECK(int(project.partnerships.size()) == before + 1);

    // A partner with partnerships cannot quietly become a department.
    Organisation changed = volunteers;
    changed.kind = OrganisationKind::MunicipalDepartment;
    const EditResult becameDepartment = editor.update(changed, QStringLiteral("kind"));
    CHECK_FALSE(becameDepartment.ok);
    CHECK(organisationNamed(project, QStringLiteral("Lakeland Volunteer Centre")).isPartner());
}

TEST_CASE("removing an activity or a partner takes the partnerships with it and undo brings them back",
          "[partners][removal]")
{
    TempFolder folder;
    auto document = openDocument(makeProjectFile(folder, QStringLiteral("cascade.akademi"), true));
    ProjectEditor editor(*document);
    const Project &project = document->project();
    const qint64 volunteers = organisationNamed(project, QStringLiteral("Lakeland Volunteer Centre")).id;
    const qint64 innovationDay = activityTitled(project, QStringLiteral("Innovation day")).id;
    REQUIRE(project.partnershipsOfActivity(innovationDay).size() == 1);
    const std::size_t all = std::size_t(project.partnerships.size());

    REQUIRE(editor.remove(EntityType::Activity, innovationDay).ok);
    CHECK(project.partnershipsOfActivity(innovationDay).empty());
    CHECK(std::size_t(project.partnerships.size()) == all - 1);
    FileProblem problem;
    const QString saved = folder.path(QStringLiteral("without the day.akademi"));
    REQUIRE(document->saveAs(saved, &problem));
    CHECK(queryFile(saved, QStringLiteral("SELECT count(*) FROM partnership")).value(0).toInt() == int(all - 1));
    document->undoStack()->undo();
    CHECK(project.partnershipsOfActivity(innovationDay).size() == 1);

    REQUIRE(editor.remove(EntityType::Organisation, volunteers).ok);
    CHECK(project.partnershipsOf(volunteers).empty());
    CHECK(std::size_t(project.partnerships.size()) == all - 2);
    document->undoStack()->undo();
    CHECK(project.partnershipsOf(volunteers).size() == 2);
}

TEST_CASE("attaching and detaching a partner are one step each to undo and redo", "[partners][undo]")
{
    TempFolder folder;
    auto document = openDocument(makeProjectFile(folder, QStringLiteral("undo.akademi"), true));
    ProjectEditor editor(*document);
    const Project &project = document->project();
    const qint64 business = organisationNamed(project, QStringLiteral("Gudenå Welfare Tech ApS")).id;
    const qint64 brownBag = activityTitled(project, QStringLiteral("Brown-bag meetings")).id;

    const EditResult attached = editor.attachPartner(business, 0, brownBag, QStringLiteral("  Hosts one meeting "));
    REQUIRE(attached.ok);
    REQUIRE(project.partnershipsOfActivity(brownBag).size() == 1);
    CHECK(project.partnershipsOfActivity(brownBag).front()->note == QStringLiteral("Hosts one meeting"));
    CHECK(document->undoStack()->undoText().contains(QStringLiteral("Gudenå Welfare Tech ApS")));
    document->undoStack()->undo();
    CHECK(project.partnershipsOfActivity(brownBag).empty());
    document->undoStack()->redo();
    REQUIRE(project.partnershipsOfActivity(brownBag).size() == 1);

    REQUIRE(editor.detachPartner(project.partnershipsOfActivity(brownBag).front()->id).ok);
    CHECK(project.partnershipsOfActivity(brownBag).empty());
    document->undoStack()->undo();
    CHECK(project.partnershipsOfActivity(brownBag).size() == 1);
    CHECK(project.partnershipsOfActivity(brownBag).front()->id == attached.id);
}

TEST_CASE("a copy without personal data blanks the partners' contact persons and keeps the partnerships",
          "[partners][sharing]")
{
    TempFolder folder;
    auto document = openDocument(makeProjectFile(folder, QStringLiteral("share.akademi"), true));
    const Project before = document->project();
    ShareOptions options;
    options.withoutPersonalData = true;
    const QString copyPath = folder.path(QStringLiteral("copy.akademi"));
    FileProblem problem;
    REQUIRE(document->shareCopy(copyPath, options, &problem));
    const Project copy = readProject(copyPath);
    const QByteArray bytes = readBytes(copyPath);
    CHECK(copy.partnerships.items() == before.partnerships.items());
    for (const Organisation &organisation : copy.organisations) {
        CHECK(organisation.contactName.isEmpty());
        CHECK(organisation.contactEmail.isEmpty());
        CHECK(organisation.contactPhone.isEmpty());
    }
    CHECK_FALSE(bytes.contains(QByteArrayLiteral("Birthe Mortensen")));
    CHECK_FALSE(bytes.contains(QByteArrayLiteral("bm@frivilligcenter.example")));
    // What the partner brings and where the agreement stands are the plan, not personal data.
    const Organisation &volunteers = organisationNamed(copy, QStringLiteral("Lakeland Volunteer Centre"));
    CHECK(volunteers.agreement == AgreementStatus::Agreed);
    CHECK(volunteers.contributions.size() == 2);
}

TEST_CASE("a returned copy that changed a partner is shown as the change of its contributions and agreement",
          "[partners][merge]")
{
    TempFolder folder;
    auto document = openDocument(makeProjectFile(folder, QStringLiteral("mine.akademi"), true));
    const Project mine = document->project();
    Project theirs = mine;
    const Organisation &volunteers = organisationNamed(mine, QStringLiteral("Lakeland Volunteer Centre"));
    Organisation changed = volunteers;
    changed.contributions = {PartnerContribution::Participants, PartnerContribution::Venue,
                             PartnerContribution::CoHost};
    changed.agreement = AgreementStatus::Declined;
    theirs.organisations.replace(changed);
    // A new partnership on their side, in the kick-off workshop.
    Partnership added;
    added.id = 999;
    added.uuid = QUuid::createUuid();
    added.organisationId = volunteers.id;
    added.activityId = activityTitled(mine, QStringLiteral("Kick-off workshop for the network")).id;
    theirs.partnerships.insert(added);

    const ProjectVersions mineVersions = ProjectVersions::of(mine);
    const ProjectVersions theirVersions = ProjectVersions::of(theirs);
    const std::vector<Difference> differences =
        ProjectComparison::compare(mineVersions, theirVersions, &mineVersions, {});
    REQUIRE(differences.size() == 2);
    const DifferenceText text(mineVersions, theirVersions);
    const Difference &organisation = differences.front().type == EntityType::Organisation ? differences.front()
                                                                                          : differences.back();
    const Difference &partnership = differences.front().type == EntityType::Partnership ? differences.front()
                                                                                         : differences.back();
    // The contributions are one list in any order: only the venue is new.
    CHECK(text.sentence(organisation)
          == QStringLiteral("Lakeland Volunteer Centre: contributions from Co-host and Participants to Participants, "
                            "Venue and Co-host; agreement from Agreed to Declined"));
    CHECK(partnership.theirs == RowChange::Added);
    CHECK(text.label(partnership) == QStringLiteral("Lakeland Volunteer Centre"));
    CHECK(text.rowLabel(partnership) == QStringLiteral("Kick-off workshop for the network"));
}
