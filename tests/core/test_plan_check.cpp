// SPDX-License-Identifier: MPL-2.0
// The planning checks rule by rule, with dates from several years: Easter in March (2024, 2027),
// Store bededag in 2023 and not in 2024, the winter holiday of each region, a municipal election,
// and overlaps across tracks and academies.
#include "catch.h"
#include "planning/councilmeetings.h"
#include "planning/plancheck.h"
#include "planning/programmerules.h"

#include <QUuid>

using namespace Akademiplan;
using Severity = PlanWarning::Severity;

namespace {

// A project built row by row in memory, the way the checks see a file.
class Plan
{
public:
    explicit Plan(int municipalityCode = 740)
    {
        project.info.municipalityCode = municipalityCode;
        academy = addAcademy(QDate(2020, 1, 1), QDate(2035, 12, 31));
        track = addTrack(academy, TrackKind::LeadershipInnovators);
    }

    template <typename T>
    T &identify(T &row, EntityList<T> &list)
    {
        row.id = list.allocateId();
        row.uuid = QUuid::createUuid();
        row.changeCounter = 1;
        return row;
    }

    qint64 addAcademy(const QDate &start, const QDate &end)
    {
        Academy row;
        identify(row, project.academies);
        row.name = QStringLiteral("Academy %1").arg(row.id);
        row.startDate = start;
        row.endDate = end;
        project.academies.insert(row);
        return row.id;
    }

    qint64 addTrack(qint64 academyId, TrackKind kind, QList<ParticipantRole> roles = {})
    {
        Track row;
        identify(row, project.tracks);
        row.academyId = academyId;
        row.kind = kind;
        row.name = QStringLiteral("Track %1").arg(row.id);
        row.targetRoles = roles;
        project.tracks.insert(row);
        return row.id;
    }

    qint64 addActivity(qint64 trackId, const QString &facilitator = QString(), int capacity = 0,
                       const QString &location = QStringLiteral("Town hall"))
    {
        Activity row;
        identify(row, project.activities);
        row.trackId = trackId;
        row.title = QStringLiteral("Activity %1").arg(row.id);
        row.facilitator = facilitator;
        row.capacity = capacity;
        row.location = location;
        project.activities.insert(row);
        return row.id;
    }

    qint64 addSession(qint64 activityId, const QDate &date, QTime start = QTime(9, 0), QTime end = QTime(15, 30),
                      const QString &location = QString())
    {
        Session row;
        identify(row, project.sessions);
        row.activityId = activityId;
        row.date = date;
        row.startTime = start;
        row.endTime = end;
        row.location = location;
        project.sessions.insert(row);
        return row.id;
    }

    qint64 addPerson(ParticipantRole role = ParticipantRole::Manager)
    {
        Participant row;
        identify(row, project.participants);
        row.name = QStringLiteral("Person %1").arg(row.id);
        row.role = role;
        project.participants.insert(row);
        return row.id;
    }

    void enrol(qint64 personId, qint64 activityId, EnrolmentStatus status = EnrolmentStatus::Enrolled)
    {
        Enrolment row;
        identify(row, project.enrolments);
        row.participantId = personId;
        row.activityId = activityId;
        row.status = status;
        project.enrolments.insert(row);
    }

    // A session on `date` in a plain activity, and the warnings of the given kind it gets.
    std::vector<PlanWarning> sessionOn(const QDate &date, const char *kind)
    {
        addSession(addActivity(track), date);
        return only(kind);
    }

    std::vector<PlanWarning> only(const char *kind) const
    {
        std::vector<PlanWarning> result;
        for (const PlanWarning &warning : PlanCheck::run(project))
            if (warning.kind == QLatin1String(kind))
                result.push_back(warning);
        return result;
    }

    QUuid uuidOfSession(qint64 id) const { return project.sessions.find(id)->uuid; }

    Project project;
    qint64 academy = 0;
    qint64 track = 0;
};

} // namespace

TEST_CASE("A session on a public holiday is a problem in every year the holiday moves", "[plancheck]")
{
    // Easter in March (2024 and 2027) and in April (2026), Ascension and Whit Monday.
    for (const QDate &date : {QDate(2024, 4, 1), QDate(2027, 3, 25), QDate(2026, 4, 3), QDate(2027, 5, 6),
                              QDate(2027, 5, 17), QDate(2028, 12, 26)}) {
        INFO(date.toString(Qt::ISODate).toStdString());
        Plan plan;
        const auto found = plan.sessionOn(date, "session-on-public-holiday");
        REQUIRE(found.size() == 1);
        CHECK(found.front().severity == Severity::Problem);
        CHECK(found.front().dates == QList<QDate>{date});
        CHECK(found.front().subjectType == EntityType::Session);
    }
    // The ordinary Thursday after Ascension week is not.
    CHECK(Plan().sessionOn(QDate(2027, 5, 13), "session-on-public-holiday").empty());
}

TEST_CASE("Store bededag is a holiday in 2023 and an ordinary Friday from 2024", "[plancheck]")
{
    const auto in2023 = Plan().sessionOn(QDate(2023, 5, 5), "session-on-public-holiday");
    REQUIRE(in2023.size() == 1);
    CHECK(in2023.front().message.contains(QStringLiteral("Great Prayer Day")));
    CHECK(Plan().sessionOn(QDate(2024, 4, 26), "session-on-public-holiday").empty());
    CHECK(Plan().sessionOn(QDate(2025, 5, 16), "session-on-public-holiday").empty());
}

TEST_CASE("The customary days off are warnings", "[plancheck]")
{
    // Grundlovsdag on a Friday, the Friday after Ascension 2027, and the days around New Year.
    for (const QDate &date : {QDate(2026, 6, 5), QDate(2027, 5, 7), QDate(2027, 12, 24), QDate(2027, 12, 28),
                              QDate(2027, 12, 31)}) {
        INFO(date.toString(Qt::ISODate).toStdString());
        const auto found = Plan().sessionOn(date, "session-on-day-off");
        REQUIRE(found.size() == 1);
        CHECK(found.front().severity == Severity::Warning);
    }
    CHECK(Plan().sessionOn(QDate(2027, 6, 4), "session-on-day-off").empty());
}

TEST_CASE("The winter holiday week follows the municipality's region", "[plancheck]")
{
    // Week 7 of 2027 is 15 to 19 February, week 8 is 22 to 26 February.
    const std::pair<int, int> weekOfRegion[] = {{101, 7}, {259, 7}, {461, 8}, {740, 8}, {851, 8}};
    for (const auto &[code, week] : weekOfRegion) {
        INFO("municipality " << code);
        const auto inWeek7 = Plan(code).sessionOn(QDate(2027, 2, 16), "session-in-school-holiday");
        const auto inWeek8 = Plan(code).sessionOn(QDate(2027, 2, 23), "session-in-school-holiday");
        CHECK(inWeek7.size() == (week == 7 ? 1u : 0u));
        CHECK(inWeek8.size() == (week == 8 ? 1u : 0u));
        const auto &found = week == 7 ? inWeek7 : inWeek8;
        REQUIRE_FALSE(found.empty());
        CHECK(found.front().message.contains(QStringLiteral("week %1").arg(week)));
    }
}

TEST_CASE("The autumn and summer holidays and the school days before Easter are warnings", "[plancheck]")
{
    // Week 42 of 2027, the summer holiday of 2026 (from Saturday 27 June), the Tuesday before Easter 2027.
    for (const QDate &date : {QDate(2027, 10, 19), QDate(2026, 7, 14), QDate(2027, 3, 23)}) {
        INFO(date.toString(Qt::ISODate).toStdString());
        CHECK(Plan().sessionOn(date, "session-in-school-holiday").size() == 1);
    }
    CHECK(Plan().sessionOn(QDate(2027, 10, 26), "session-in-school-holiday").empty());
    CHECK(Plan().sessionOn(QDate(2026, 8, 18), "session-in-school-holiday").empty());
}

TEST_CASE("Weekends and days outside the academy's period", "[plancheck]")
{
    CHECK(Plan().sessionOn(QDate(2027, 2, 6), "session-on-weekend").size() == 1);
    CHECK(Plan().sessionOn(QDate(2027, 2, 8), "session-on-weekend").empty());

    Plan plan;
    const qint64 shortAcademy = plan.addAcademy(QDate(2027, 2, 1), QDate(2027, 6, 30));
    const qint64 activity = plan.addActivity(plan.addTrack(shortAcademy, TrackKind::Custom));
    plan.addSession(activity, QDate(2027, 8, 17));
    plan.addSession(activity, QDate(2027, 3, 16));
    const auto outside = plan.only("session-outside-academy-period");
    REQUIRE(outside.size() == 1);
    CHECK(outside.front().severity == Severity::Problem);
    CHECK(outside.front().dates == QList<QDate>{QDate(2027, 8, 17)});
}

TEST_CASE("A session needs a time and a place of its own or its activity's", "[plancheck]")
{
    Plan plan;
    const qint64 nowhere = plan.addActivity(plan.track, QString(), 0, QString());
    plan.addSession(nowhere, QDate(2027, 3, 16));
    plan.addSession(nowhere, QDate(2027, 3, 17), QTime(9, 0), QTime(12, 0), QStringLiteral("Library"));
    plan.addSession(plan.addActivity(plan.track), QDate(2027, 3, 18));
    plan.addSession(plan.addActivity(plan.track), QDate(2027, 3, 19), QTime(), QTime());
    CHECK(plan.only("session-without-location").size() == 1);
    const auto untimed = plan.only("session-without-time");
    REQUIRE(untimed.size() == 1);
    CHECK(untimed.front().severity == Severity::Problem);
}

TEST_CASE("A participant booked twice at once across tracks and academies", "[plancheck]")
{
    Plan plan;
    const qint64 otherAcademy = plan.addAcademy(QDate(2027, 1, 1), QDate(2027, 12, 31));
    const qint64 course = plan.addActivity(plan.track);
    const qint64 seminar = plan.addActivity(plan.addTrack(otherAcademy, TrackKind::Custom));
    const qint64 courseDay = plan.addSession(course, QDate(2027, 3, 16), QTime(9, 0), QTime(15, 30));
    const qint64 seminarDay = plan.addSession(seminar, QDate(2027, 3, 16), QTime(13, 0), QTime(16, 0));
    // Back to back is no overlap.
    plan.addSession(seminar, QDate(2027, 3, 17), QTime(15, 30), QTime(17, 0));
    plan.addSession(course, QDate(2027, 3, 17), QTime(9, 0), QTime(15, 30));
    const qint64 both1 = plan.addPerson(), both2 = plan.addPerson(), onlyCourse = plan.addPerson();
    for (qint64 person : {both1, both2, onlyCourse})
        plan.enrol(person, course);
    plan.enrol(both1, seminar);
    plan.enrol(both2, seminar);
    // Someone on the waiting list is not booked.
    const qint64 waiting = plan.addPerson();
    plan.enrol(waiting, seminar, EnrolmentStatus::Waitlisted);
    plan.enrol(waiting, course);

    const auto found = plan.only("participant-double-booked");
    REQUIRE(found.size() == 1);
    const PlanWarning &warning = found.front();
    CHECK(warning.severity == Severity::Problem);
    CHECK(warning.subjectUuid == plan.uuidOfSession(seminarDay));
    CHECK(warning.related.contains(plan.uuidOfSession(courseDay)));
    CHECK(warning.related.contains(plan.project.participants.find(both1)->uuid));
    CHECK(warning.related.contains(plan.project.participants.find(both2)->uuid));
    CHECK_FALSE(warning.related.contains(plan.project.participants.find(onlyCourse)->uuid));
    CHECK(warning.message.contains(QStringLiteral("Person %1").arg(both1)));
    // The count, whatever the plural looks like in the language of the test run.
    CHECK(warning.message.contains(QStringLiteral("for 2 participant")));
}

TEST_CASE("A facilitator or a place booked twice at once", "[plancheck]")
{
    Plan plan;
    const qint64 a = plan.addActivity(plan.track, QStringLiteral("Karen Holm"), 0, QStringLiteral("Mødesal 1"));
    const qint64 b = plan.addActivity(plan.track, QStringLiteral(" karen  holm"), 0, QStringLiteral("MØDESAL 1"));
    const qint64 c = plan.addActivity(plan.track, QStringLiteral("Ole Bak"), 0, QStringLiteral("Mødesal 2"));
    plan.addSession(a, QDate(2027, 3, 16), QTime(9, 0), QTime(12, 0));
    plan.addSession(b, QDate(2027, 3, 16), QTime(11, 0), QTime(14, 0));
    plan.addSession(c, QDate(2027, 3, 16), QTime(9, 0), QTime(14, 0));
    const auto facilitator = plan.only("facilitator-double-booked");
    REQUIRE(facilitator.size() == 1);
    CHECK(facilitator.front().severity == Severity::Problem);
    const auto place = plan.only("location-double-booked");
    REQUIRE(place.size() == 1);
    CHECK(place.front().severity == Severity::Warning);
}

TEST_CASE("Enrolment over capacity", "[plancheck]")
{
    Plan plan;
    const qint64 course = plan.addActivity(plan.track, QString(), 2);
    plan.addSession(course, QDate(2027, 3, 16));
    for (int i = 0; i < 2; ++i)
        plan.enrol(plan.addPerson(), course);
    plan.enrol(plan.addPerson(), course, EnrolmentStatus::Waitlisted);
    CHECK(plan.only("activity-over-capacity").empty());
    plan.enrol(plan.addPerson(), course);
    const auto found = plan.only("activity-over-capacity");
    REQUIRE(found.size() == 1);
    CHECK(found.front().subjectType == EntityType::Activity);
    CHECK(found.front().message.contains(QStringLiteral("3 people enrolled for 2 places")));
}

TEST_CASE("A politicians' track across a municipal election", "[plancheck]")
{
    CHECK(ProgrammeRules::takesOffice(QDate(2029, 11, 20)) == QDate(2030, 1, 1));
    auto across = [](const QDate &first, const QDate &last) {
        Plan plan;
        const qint64 politicians = plan.addTrack(plan.academy, TrackKind::PoliticalInnovators);
        const qint64 seminar = plan.addActivity(politicians);
        plan.addSession(seminar, first);
        plan.addSession(seminar, last);
        return plan.only("track-across-election");
    };
    // The election of 20 November 2029; the new council takes office on 1 January 2030.
    const auto found = across(QDate(2029, 10, 2), QDate(2030, 2, 5));
    REQUIRE(found.size() == 1);
    CHECK(found.front().subjectType == EntityType::Track);
    CHECK(found.front().dates.contains(QDate(2029, 11, 20)));
    // Started after the election of 2025 but before the new council took office.
    CHECK(across(QDate(2025, 12, 2), QDate(2026, 3, 3)).size() == 1);
    CHECK(across(QDate(2029, 2, 6), QDate(2029, 11, 13)).empty());
    CHECK(across(QDate(2027, 2, 5), QDate(2027, 11, 25)).empty());
    CHECK(across(QDate(2030, 1, 8), QDate(2030, 12, 2)).empty());
}

TEST_CASE("Politicians' sessions in the budget season are for information", "[plancheck]")
{
    Plan plan;
    const qint64 politicians = plan.addTrack(plan.academy, TrackKind::Custom, {ParticipantRole::Politician});
    plan.addSession(plan.addActivity(politicians), QDate(2027, 9, 14));
    plan.addSession(plan.addActivity(politicians), QDate(2027, 10, 19));
    plan.addSession(plan.addActivity(plan.track), QDate(2027, 9, 15));
    const auto found = plan.only("session-in-budget-season");
    REQUIRE(found.size() == 1);
    CHECK(found.front().severity == Severity::Information);
    CHECK(found.front().dates == QList<QDate>{QDate(2027, 9, 14)});
}

TEST_CASE("A target group with people not enrolled says how many", "[plancheck]")
{
    Plan plan;
    const qint64 managers = plan.addTrack(plan.academy, TrackKind::LeadershipInnovators, {ParticipantRole::Manager});
    const qint64 course = plan.addActivity(managers);
    const qint64 enrolled = plan.addPerson();
    plan.addPerson();
    plan.addPerson();
    plan.addPerson(ParticipantRole::Employee);
    plan.enrol(enrolled, course);
    const auto found = plan.only("target-group-not-covered");
    REQUIRE(found.size() == 1);
    CHECK(found.front().message.startsWith(QStringLiteral("2 of the 3 managers")));
    CHECK(found.front().detail == QStringLiteral("manager"));
}

TEST_CASE("A dismissed warning is kept but no longer counts", "[plancheck]")
{
    Plan plan;
    const qint64 activity = plan.addActivity(plan.track);
    plan.addSession(activity, QDate(2027, 5, 6));
    plan.addSession(activity, QDate(2027, 2, 6));
    REQUIRE(PlanCheck::hasProblems(PlanCheck::run(plan.project)));

    const PlanWarning holiday = plan.only("session-on-public-holiday").front();
    Dismissal dismissal;
    plan.identify(dismissal, plan.project.dismissals);
    dismissal.kind = holiday.kind;
    dismissal.subjectUuid = holiday.subjectUuid.toString(QUuid::WithoutBraces);
    dismissal.detail = holiday.detail;
    dismissal.reason = QStringLiteral("The council chose this date");
    plan.project.dismissals.insert(dismissal);

    const PlanWarnings after = PlanCheck::run(plan.project);
    CHECK_FALSE(PlanCheck::hasProblems(after));
    const auto dismissed = plan.only("session-on-public-holiday");
    REQUIRE(dismissed.size() == 1);
    CHECK(dismissed.front().dismissed);
    CHECK(dismissed.front().dismissalReason == QStringLiteral("The council chose this date"));
    CHECK(PlanCheck::dismissalOf(plan.project, holiday) != nullptr);
    // The other warning of the same item, of another kind, still counts.
    CHECK_FALSE(plan.only("session-on-weekend").front().dismissed);
    CHECK(PlanCheck::countOf(after, Severity::Warning) == 1);
}

TEST_CASE("A session moved on the timeline is judged where it would land", "[plancheck]")
{
    Plan plan;
    const qint64 course = plan.addActivity(plan.track);
    const qint64 seminar = plan.addActivity(plan.track);
    const qint64 courseDay = plan.addSession(course, QDate(2027, 3, 16), QTime(9, 0), QTime(12, 0));
    plan.addSession(seminar, QDate(2027, 3, 17), QTime(9, 0), QTime(12, 0));
    const qint64 person = plan.addPerson();
    plan.enrol(person, course);
    plan.enrol(person, seminar);
    REQUIRE(PlanCheck::run(plan.project).empty());

    Session moved = *plan.project.sessions.find(courseDay);
    moved.date = QDate(2027, 5, 6);
    const PlanWarnings onAscension = PlanCheck::ofMovedSession(plan.project, moved);
    REQUIRE(onAscension.size() == 1);
    CHECK(onAscension.front().kind == QStringLiteral("session-on-public-holiday"));

    moved.date = QDate(2027, 3, 17);
    moved.startTime = QTime(11, 0);
    moved.endTime = QTime(13, 0);
    const PlanWarnings clash = PlanCheck::ofMovedSession(plan.project, moved);
    QStringList kinds;
    for (const PlanWarning &warning : clash)
        kinds.append(warning.kind);
    kinds.sort();
    // The same person, and the same town hall.
    CHECK(kinds == QStringList{QStringLiteral("location-double-booked"), QStringLiteral("participant-double-booked")});
    // The project itself is untouched.
    CHECK(PlanCheck::run(plan.project).empty());
}

TEST_CASE("Politicians' sessions on the days the council usually meets are for information", "[plancheck]")
{
    CHECK(CouncilMeetings::isMeetingDay(QStringLiteral("last-tue"), QDate(2027, 4, 27)));
    CHECK_FALSE(CouncilMeetings::isMeetingDay(QStringLiteral("last-tue"), QDate(2027, 4, 20)));
    CHECK(CouncilMeetings::isMeetingDay(QStringLiteral("2-wed"), QDate(2027, 3, 10)));
    CHECK_FALSE(CouncilMeetings::isMeetingDay(QStringLiteral("2-wed"), QDate(2027, 3, 3)));
    // Councils do not meet in July.
    CHECK_FALSE(CouncilMeetings::isMeetingDay(QStringLiteral("last-tue"), QDate(2027, 7, 27)));
    CHECK_FALSE(CouncilMeetings::isValid(QStringLiteral("5-sun")));
    CHECK(CouncilMeetings::key(QStringLiteral("last"), 2) == QStringLiteral("last-tue"));

    Plan plan;
    Academy academy = *plan.project.academies.find(plan.academy);
    academy.councilMeetings = QStringLiteral("last-tue");
    plan.project.academies.replace(academy);
    const qint64 politicians = plan.addTrack(plan.academy, TrackKind::PoliticalInnovators);
    plan.addSession(plan.addActivity(politicians), QDate(2027, 4, 27), QTime(16, 0), QTime(19, 0));
    plan.addSession(plan.addActivity(politicians), QDate(2027, 4, 20), QTime(16, 0), QTime(19, 0));
    plan.addSession(plan.addActivity(plan.track), QDate(2027, 4, 27));
    const auto found = plan.only("session-on-council-meeting-day");
    REQUIRE(found.size() == 1);
    CHECK(found.front().severity == Severity::Information);
    CHECK(found.front().dates == QList<QDate>{QDate(2027, 4, 27)});
    CHECK(found.front().message.contains(QStringLiteral("the last Tuesday of the month")));
}
