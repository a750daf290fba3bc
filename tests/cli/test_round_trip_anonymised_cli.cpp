// SPDX-License-Identifier: MPL-2.0
// A copy shared without personal data comes back: the municipality saw every person under a
// neutral label ("Manager 12") and may have signed them up, recorded their attendance and typed
// in people of their own. The merge must put their work on the real people and never let a
// neutral label or an emptied e-mail replace what the consultant holds.
#include "catch.h"
#include "document/authorname.h"
#include "roundtripsupport.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

// The label a copy without personal data gives a person: their role and a number.
const QRegularExpression neutralLabel(
    QStringLiteral("^(Employee|Manager|Politician|Key person|External partner) [0-9]+$"));

} // namespace

TEST_CASE("work the municipality did on a person of a copy without personal data lands on the real person",
          "[cli][roundtrip][sharing]")
{
    RoundTrip trip;
    const QString mine = trip.newProject(QStringLiteral("plan.akademi"));
    const QString theirs = trip.share(mine, QStringLiteral("returned.akademi"),
                                      {QStringLiteral("--without-personal-data"), QStringLiteral("--to"),
                                       QStringLiteral("Fredericia Kommune")});
    const Project shared = readProject(mine);
    const Activity seminar = activityTitled(shared, QStringLiteral("Leadership seminar: what did we learn?"));
    const Session seminarDay = sessionOn(shared, seminar, QDate(2027, 12, 8));
    // The last manager has only been invited to the leadership track, not signed up for the seminar.
    const auto manager =
        std::find_if(shared.participants.items().rbegin(), shared.participants.items().rend(),
                     [](const Participant &person) { return person.role == ParticipantRole::Manager; });
    REQUIRE(manager != shared.participants.items().rend());
    const Participant person = *manager;
    REQUIRE(enrolmentsIn(shared, seminar.uuid).size() == 54);
    for (const Enrolment &enrolment : enrolmentsIn(shared, seminar.uuid))
        REQUIRE(enrolment.participantId != person.id);

    // In their copy the manager is a label without contact details.
    const Participant labelled = rowWithUuid<Participant>(readProject(theirs), person.uuid);
    CHECK(neutralLabel.match(labelled.name).hasMatch());
    CHECK(labelled.name.startsWith(QStringLiteral("Manager ")));
    CHECK(labelled.email.isEmpty());
    CHECK(labelled.phone.isEmpty());
    REQUIRE_FALSE(person.email.isEmpty());

    // They sign "their" manager up for the seminar, note that she came, give her an e-mail of
    // their own, and add a manager of their own who came too.
    trip.apply(theirs, QStringLiteral(R"([
        {"add": "enrolment", "ref": "signedUp",
         "fields": {"participantId": "%1", "activityId": "%2", "status": "enrolled"}},
        {"add": "attendance", "fields": {"sessionId": "%3", "participantId": "%1", "status": "present"}},
        {"change": "participant", "uuid": "%1", "fields": {"email": "seminar.manager@fredericia.example"}},
        {"add": "participant", "ref": "asta",
         "fields": {"name": "Asta Vinding", "email": "asta.vinding@fredericia.example", "role": "manager"}},
        {"add": "enrolment", "fields": {"participantId": "$asta", "activityId": "%2", "status": "enrolled"}}
    ])").arg(uuidText(person), uuidText(seminar), uuidText(seminarDay)));
    const Project returned = readProject(theirs);
    const Participant asta = participantNamed(returned, QStringLiteral("Asta Vinding"));
    // What comes back names none of the consultant's saves' authors: only the municipality's own
    // save, the last, has one.
    const QJsonArray history = trip.info(theirs).value(QStringLiteral("history")).toArray();
    REQUIRE(history.size() >= 2);
    for (qsizetype i = 0; i + 1 < history.size(); ++i)
        CHECK(history.at(i).toObject().value(QStringLiteral("author")).toString().isEmpty());

    const ProgramResult compared = trip.run({QStringLiteral("--compare"), theirs, mine});
    REQUIRE(compared.exitCode == 0);
    // The consultant reads the real names in the list; no neutral label stands for anyone.
    CHECK_FALSE(compared.outText().contains(labelled.name));
    const QJsonObject comparison = QJsonDocument::fromJson(compared.out).object();
    CHECK(comparison.value(QStringLiteral("mode")).toString() == QStringLiteral("three-way"));
    CHECK(count(comparison, QStringLiteral("conflicts")) == 0);
    CHECK(count(comparison, QStringLiteral("theirs")) == 4);
    CHECK_FALSE(listsDifference(comparison, person.uuid));
    const Enrolment signedUp = [&] {
        for (const Enrolment &enrolment : enrolmentsIn(returned, seminar.uuid))
            if (enrolment.participantId == person.id)
                return enrolment;
        FAIL("their enrolment of the manager is not in their copy");
        return Enrolment();
    }();
    const QJsonObject enrolled = differenceFor(comparison, signedUp.uuid);
    CHECK(enrolled.value(QStringLiteral("label")).toString() == person.name);
    CHECK(enrolled.value(QStringLiteral("description")).toString()
          == QStringLiteral("%1: enrolled in %2").arg(person.name, seminar.title));
    CHECK(differenceFor(comparison, asta.uuid).value(QStringLiteral("description")).toString()
          == QStringLiteral("Asta Vinding: added"));

    const ProgramResult merged = trip.merge(theirs, mine);
    INFO(merged.errText().toStdString());
    REQUIRE(merged.exitCode == 0);
    CHECK(merged.outText() == QStringLiteral("Merged returned.akademi into plan.akademi: 4 changes taken in.\n"));

    const Project after = readProject(mine);
    const Participant real = rowWithUuid<Participant>(after, person.uuid);
    CHECK(real.name == person.name);
    CHECK(real.email == person.email);
    CHECK(real.phone == person.phone);
    CHECK(changedFields(person, real) == QStringList());
    const Enrolment signedUpAfter = rowWithUuid<Enrolment>(after, signedUp.uuid);
    CHECK(signedUpAfter.participantId == person.id);
    CHECK(signedUpAfter.activityId == seminar.id);
    CHECK(signedUpAfter.status == EnrolmentStatus::Enrolled);
    CHECK(enrolmentsIn(after, seminar.uuid).size() == 56);
    const auto came = std::find_if(after.attendances.begin(), after.attendances.end(), [&](const Attendance &row) {
        return row.participantId == person.id && row.sessionId == seminarDay.id;
    });
    REQUIRE(came != after.attendances.end());
    CHECK(came->status == AttendanceStatus::Present);
    const Participant astaAfter = rowWithUuid<Participant>(after, asta.uuid);
    CHECK(astaAfter.name == QStringLiteral("Asta Vinding"));
    CHECK(astaAfter.email == QStringLiteral("asta.vinding@fredericia.example"));
    CHECK(astaAfter.role == ParticipantRole::Manager);
    CHECK(after.participants.size() == shared.participants.size() + 1);
    for (const Participant &anyone : after.participants) {
        INFO(anyone.name.toStdString());
        CHECK_FALSE(neutralLabel.match(anyone.name).hasMatch());
        CHECK((anyone.uuid == asta.uuid || sameFields(anyone, rowWithUuid<Participant>(shared, anyone.uuid))));
    }
    // Nor is the label kept anywhere in the file, such as the record of what was taken in.
    CHECK_FALSE(readBytes(mine).contains(labelled.name.toUtf8()));
    CHECK_FALSE(readBytes(mine).contains(QByteArrayLiteral("seminar.manager@fredericia.example")));
    CHECK(trip.run({QStringLiteral("--check"), mine}).exitCode == 0);

    const QJsonObject again = trip.compare(theirs, mine);
    CHECK(count(again, QStringLiteral("theirs")) == 0);
    CHECK(count(again, QStringLiteral("conflicts")) == 0);
}

TEST_CASE("a copy without personal data carries no author of the consultant's saves", "[cli][roundtrip][sharing]")
{
    RoundTrip trip;
    const QString mine = trip.newProject(QStringLiteral("plan.akademi"));
    const Project made = readProject(mine);
    trip.apply(mine, QStringLiteral(R"([{"change": "activity", "uuid": "%1", "fields": {"capacity": 30}}])")
                         .arg(uuidText(activityTitled(made, QStringLiteral("Innovation day")))));
    const QString theirs =
        trip.share(mine, QStringLiteral("returned.akademi"), {QStringLiteral("--without-personal-data")});

    QHash<QString, QString> authors;
    for (const QJsonValue &revision : trip.info(mine).value(QStringLiteral("history")).toArray())
        authors.insert(revision.toObject().value(QStringLiteral("uuid")).toString(),
                       revision.toObject().value(QStringLiteral("author")).toString());
    const QJsonArray history = trip.info(theirs).value(QStringLiteral("history")).toArray();
    REQUIRE(history.size() >= 2);
    for (const QJsonValue &value : history) {
        const QJsonObject revision = value.toObject();
        const QString uuid = revision.value(QStringLiteral("uuid")).toString();
        INFO(uuid.toStdString());
        // Every save of the copy is one of the consultant's, made before the share.
        CHECK(authors.contains(uuid));
        CHECK(authors.value(uuid) == AuthorName::fromSystem());
        CHECK(revision.value(QStringLiteral("author")).toString().isEmpty());
        CHECK_FALSE(revision.value(QStringLiteral("description")).toString().isEmpty());
    }
}

TEST_CASE("a person the municipality added to a copy without personal data can be corrected in a later version",
          "[cli][roundtrip][sharing]")
{
    RoundTrip trip;
    const QString mine = trip.newProject(QStringLiteral("plan.akademi"));
    const QString theirs =
        trip.share(mine, QStringLiteral("returned.akademi"), {QStringLiteral("--without-personal-data")});
    const Participant someone = readProject(mine).participants.at(0);
    trip.apply(theirs, QStringLiteral(R"([
        {"add": "participant", "fields": {"name": "Asta Vinding", "email": "asta@fredericia.example"}}
    ])"));
    const Participant asta = participantNamed(readProject(theirs), QStringLiteral("Asta Vinding"));
    const ProgramResult first = trip.merge(theirs, mine);
    INFO(first.errText().toStdString());
    REQUIRE(first.exitCode == 0);

    // They got her name and e-mail wrong, and also typed an e-mail for a labelled person.
    trip.apply(theirs, QStringLiteral(R"([
        {"change": "participant", "uuid": "%1",
         "fields": {"name": "Asta Vinding-Holm", "email": "asta.vinding-holm@fredericia.example"}},
        {"change": "participant", "uuid": "%2", "fields": {"email": "guess@fredericia.example"}}
    ])").arg(uuidText(asta), uuidText(someone)));
    const QJsonObject comparison = trip.compare(theirs, mine);
    CHECK(count(comparison, QStringLiteral("theirs")) == 1);
    CHECK(count(comparison, QStringLiteral("conflicts")) == 0);
    const QJsonObject corrected = differenceFor(comparison, asta.uuid);
    CHECK(corrected.value(QStringLiteral("theirs")).toString() == QStringLiteral("changed"));
    CHECK(fieldNames(corrected) == QStringList({QStringLiteral("name"), QStringLiteral("email")}));
    CHECK_FALSE(listsDifference(comparison, someone.uuid));

    const ProgramResult second = trip.merge(theirs, mine);
    INFO(second.errText().toStdString());
    REQUIRE(second.exitCode == 0);
    const Project after = readProject(mine);
    const Participant astaAfter = rowWithUuid<Participant>(after, asta.uuid);
    CHECK(astaAfter.name == QStringLiteral("Asta Vinding-Holm"));
    CHECK(astaAfter.email == QStringLiteral("asta.vinding-holm@fredericia.example"));
    CHECK(sameFields(rowWithUuid<Participant>(after, someone.uuid), someone));
    const QJsonObject again = trip.compare(theirs, mine);
    CHECK(count(again, QStringLiteral("theirs")) == 0);
    CHECK(count(again, QStringLiteral("differences")) == 0);
}
