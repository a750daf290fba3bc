// SPDX-License-Identifier: MPL-2.0
// Every entity the consultant enters must come back exactly as entered after saving and reopening.
#include "catch.h"
#include "editor/projecteditor.h"
#include "testfiles.h"

using namespace Akademiplan;
using namespace Akademiplan::Test;

TEST_CASE("every entity round-trips through save and reopen", "[file]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("roundtrip.akademi"), false);
    Project saved;
    {
        auto document = openDocument(path);
        ProjectEditor editor(*document);

        Academy academy;
        academy.name = QStringLiteral("Innovationsakademi Århus–Skanderborg");
        academy.partnerMunicipalities = {746, 751};
        academy.startDate = QDate(2027, 2, 1);
        academy.endDate = QDate(2027, 12, 17);
        academy.status = AcademyStatus::Running;
        academy.purpose = QStringLiteral("Styrke innovationskraften; \"anførselstegn\" og\nlinjeskift");
        academy.focusAreas = {QStringLiteral("Velfærdsteknologi"), QStringLiteral("Grøn omstilling")};
        academy.consultant = QStringLiteral("Ærø Østergård");
        const EditResult academyAdded = editor.addAcademy(academy);
        REQUIRE(academyAdded.ok);

        Track track;
        track.academyId = academyAdded.id;
        track.kind = TrackKind::PoliticalInnovators;
        track.name = QStringLiteral("Byrådet som innovatører");
        track.targetGroup = QStringLiteral("Byrådets medlemmer");
        track.targetRoles = {ParticipantRole::Politician, ParticipantRole::Manager};
        track.goal = QStringLiteral("Ny politisk praksis");
        track.colour = QColor(QStringLiteral("#009e73"));
        track.position = 3;
        const EditResult trackAdded = editor.addTrack(track);
        REQUIRE(trackAdded.ok);

        Activity activity;
        activity.trackId = trackAdded.id;
        activity.kind = ActivityKind::FollowUpMeeting;
        activity.title = QStringLiteral("Opfølgningsmøde");
        activity.description = QStringLiteral("Beskrivelse");
        activity.facilitator = QStringLiteral("Facilitator");
        activity.location = QStringLiteral("Rådhuset");
        activity.capacity = 31;
        activity.materials = QStringLiteral("Navneskilte, post-its; \"flipover\"");
        activity.invitation = QStringLiteral("Kære {navn}\n\nVelkommen til {aktivitet}.");
        const EditResult activityAdded = editor.addActivity(activity);
        REQUIRE(activityAdded.ok);

        Session session;
        session.activityId = activityAdded.id;
        session.date = QDate(2027, 4, 27);
        session.startTime = QTime(16, 0);
        session.endTime = QTime(19, 30);
        session.location = QStringLiteral("Byrådssalen");
        const EditResult sessionAdded = editor.addSession(session);
        REQUIRE(sessionAdded.ok);

        AgendaItem item;
        item.sessionId = sessionAdded.id;
        item.startTime = QTime(16, 30);
        item.what = QStringLiteral("Velkomst og tjek-ind");
        item.why = QStringLiteral("Alle er til stede");
        item.how = QStringLiteral("Runde i plenum");
        item.who = QStringLiteral("Åse Ørum");
        item.planB = QStringLiteral("Kortere runde, hvis vi er forsinket");
        REQUIRE(editor.insertAll(QStringLiteral("Dagsorden"), {item}).ok);

        Organisation organisation;
        organisation.name = QStringLiteral("Frivilligcenteret");
        organisation.kind = OrganisationKind::VolunteerOrganisation;
        const EditResult organisationAdded = editor.addOrganisation(organisation);
        REQUIRE(organisationAdded.ok);

        Participant participant;
        participant.name = QStringLiteral("Søren Kierkegaard");
        participant.email = QStringLiteral("soren@example.dk");
        participant.phone = QStringLiteral("+45 12 34 56 78");
        participant.role = ParticipantRole::Politician;
        participant.organisationId = organisationAdded.id;
        const EditResult participantAdded = editor.addParticipant(participant);
        REQUIRE(participantAdded.ok);

        REQUIRE(editor.enrolInTrack(trackAdded.id, {participantAdded.id}).ok);
        REQUIRE(editor.enrolInActivity(activityAdded.id, {participantAdded.id}).ok);
        REQUIRE(editor.setAttendance(sessionAdded.id, participantAdded.id, AttendanceStatus::Excused).ok);

        FileProblem problem;
        REQUIRE(document->save(&problem));
        saved = document->project();
    }
    const Project reopened = readProject(path);
    CHECK(reopened.academies.size() == 1);
    CHECK(reopened.tracks.size() == 1);
    CHECK(reopened.activities.size() == 1);
    CHECK(reopened.sessions.size() == 1);
    CHECK(reopened.organisations.size() == 1);
    CHECK(reopened.participants.size() == 1);
    CHECK(reopened.enrolments.size() == 2);
    CHECK(reopened.attendances.size() == 1);
    CHECK(reopened.agendaItems.size() == 1);
    CHECK(reopened.academies.items() == saved.academies.items());
    CHECK(reopened.tracks.items() == saved.tracks.items());
    CHECK(reopened.activities.items() == saved.activities.items());
    CHECK(reopened.sessions.items() == saved.sessions.items());
    CHECK(reopened.organisations.items() == saved.organisations.items());
    CHECK(reopened.participants.items() == saved.participants.items());
    CHECK(reopened.enrolments.items() == saved.enrolments.items());
    CHECK(reopened.attendances.items() == saved.attendances.items());
    CHECK(reopened.agendaItems.items() == saved.agendaItems.items());
    CHECK(reopened.info == saved.info);
    CHECK(reopened.academies.items().front().purpose.contains(QStringLiteral("\"anførselstegn\"")));
    CHECK(reopened.info.revision == 2);
}
