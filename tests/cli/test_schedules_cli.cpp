// SPDX-License-Identifier: MPL-2.0
// `akademiplan --export-schedules`, run as the real binary: each person's PDF read with poppler's
// pdftotext (row by row, where the words stand on the page), checked with qpdf and pdffonts; each
// calendar read by python3-icalendar and compared with `--export-ics` for the same person; the
// list for the mail merge opened in LibreOffice; bad usage that writes nothing; and a track of
// the large municipality, one pair of files per person.
#include "catch.h"
#include "cliprogram.h"
#include "editor/projecteditor.h"
#include "domain/municipalityregistry.h"
#include "exchange/csvreader.h"
#include "exchange/csvwriter.h"
#include "largeproject.h"
#include "libreoffice.h"
#include "pdftools.h"
#include "programrun.h"
#include "testfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

#include <sys/resource.h>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

// The processor time of the programs this test has run and waited for, in seconds.
double childrenCpuSeconds()
{
    rusage usage{};
    REQUIRE(getrusage(RUSAGE_CHILDREN, &usage) == 0);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

const QLocale danish(QLocale::Danish, QLocale::Denmark);

// Prints what a calendar program takes from each event, as JSON, read by python3-icalendar.
const char *icalendarScript = R"(
import sys, json
try:
    import icalendar
except ImportError as missing:
    print("python3-icalendar is not installed (%s): apt-get install python3-icalendar" % missing, file=sys.stderr)
    sys.exit(42)
calendar = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
errors = list(calendar.errors)
events = []
for event in calendar.walk("VEVENT"):
    errors += event.errors
    events.append({"uid": str(event["UID"]), "sequence": int(event["SEQUENCE"]), "summary": str(event["SUMMARY"]),
                   "location": str(event.get("LOCATION", "")), "start": event["DTSTART"].dt.isoformat()})
print(json.dumps({"name": str(calendar.get("X-WR-CALNAME", "")), "errors": [str(e) for e in errors],
                  "events": events}))
)";

QJsonObject parsedCalendar(const QString &path)
{
    const ProgramResult parsed = runProgram(QStringLiteral("/usr/bin/python3"),
                                            {QStringLiteral("-c"), QString::fromUtf8(icalendarScript), path},
                                            QProcessEnvironment::systemEnvironment());
    if (parsed.exitCode == 42 || !QFileInfo::exists(QStringLiteral("/usr/bin/python3")))
        FAIL("the calendar cannot be checked by an independent parser: install python3-icalendar ("
             << parsed.errText().toStdString() << ")");
    INFO(parsed.errText().toStdString());
    REQUIRE(parsed.exitCode == 0);
    const QJsonObject calendar = QJsonDocument::fromJson(parsed.out).object();
    CHECK(calendar.value(QStringLiteral("errors")).toArray().isEmpty());
    return calendar;
}

// Each event's UID with its SEQUENCE, in the file's order.
QStringList uidsAndSequences(const QJsonObject &calendar)
{
    QStringList list;
    for (const QJsonValue &event : calendar.value(QStringLiteral("events")).toArray())
        list.append(event[QStringLiteral("uid")].toString() + QLatin1Char('/')
                    + QString::number(event[QStringLiteral("sequence")].toInt()));
    return list;
}

ProgramResult exportSchedules(const PrivateEnvironment &environment, const QString &folder, const QString &project,
                              const QStringList &options = {})
{
    const ProgramResult result =
        akademiplan(environment, QStringList{QStringLiteral("--export-schedules"), folder, project} + options);
    INFO("stderr: " << result.errText().toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.err.isEmpty());
    // One line on what was written and where.
    CHECK(result.outText().count(QLatin1Char('\n')) == 1);
    CHECK(result.outText().contains(folder));
    return result;
}

// The list for the mail merge, as CsvReader reads it: the header, then one row per person.
QList<QStringList> listOf(const QString &folder)
{
    const QStringList lists = QDir(folder).entryList({QStringLiteral("*.csv")}, QDir::Files);
    REQUIRE(lists.size() == 1);
    const QByteArray bytes = readBytes(QDir(folder).filePath(lists.front()));
    CHECK(bytes.startsWith("\xEF\xBB\xBF")); // Excel takes it for UTF-8 only with the mark
    const CsvTable table = CsvReader::read(bytes);
    CHECK(table.format == CsvFormat{QLatin1Char(';'), TextEncoding::Utf8});
    for (const QStringList &row : table.rows)
        REQUIRE(row.size() == 6);
    return table.rows;
}

const Participant &byEmail(const Project &project, const QString &email)
{
    for (const Participant &participant : project.participants)
        if (participant.email == email)
            return participant;
    FAIL("nobody has the address " << email.toStdString());
    return project.participants.items().front();
}

// The list's row of a person.
QStringList rowOf(const QList<QStringList> &list, const Participant &person)
{
    for (const QStringList &row : list)
        if (row.at(1) == person.email)
            return row;
    FAIL(person.email.toStdString() << " is not in the list");
    return {};
}

// One row of a schedule's table of sessions as a reader sees it on the page.
struct SessionRow
{
    QString date; // "tirsdag, uge 11 16. marts 2027": the weekday and week over the date
    QString week; // "uge 11"
    QString time;
    QString place;
};

// The rows of the sessions' table, found by where pdftotext puts the words: a row starts at the
// line with a week ("uge 11") in it; the time follows the week on that line, the weekday, week
// and date stand left of the time, and the place in the last column, whose left edge the
// header's last word marks; a place may wrap over lines.
QList<SessionRow> sessionRows(const PdfTools &tools, const QString &pdf, const QString &weekWord)
{
    QList<SessionRow> rows;
    static const QRegularExpression number(QStringLiteral("^[0-9]{1,2}$"));
    for (const QList<Word> &page : tools.words(pdf)) {
        auto sameLine = [](const Word &a, const Word &b) { return std::abs(a.box.top() - b.box.top()) < 2; };
        QList<qsizetype> weeks;
        for (qsizetype i = 0; i + 1 < page.size(); ++i)
            if (page[i].text == weekWord && number.match(page[i + 1].text).hasMatch() && sameLine(page[i], page[i + 1]))
                weeks.append(i);
        if (weeks.isEmpty())
            continue;
        const Word &firstWeek = page[weeks.front()];
        qreal placeLeft = 0;
        for (const Word &word : page)
            if (word.box.bottom() < firstWeek.box.top() && word.box.bottom() > firstWeek.box.top() - 14)
                placeLeft = std::max(placeLeft, word.box.left());
        REQUIRE(placeLeft > firstWeek.box.right());
        for (qsizetype r = 0; r < weeks.size(); ++r) {
            const Word &week = page[weeks[r]];
            const Word &weekNumber = page[weeks[r] + 1];
            const qreal nextRow = r + 1 < weeks.size() ? page[weeks[r + 1]].box.top() - 2 : 1e9;
            const qreal cellBottom = std::min(nextRow, week.box.top() + 2 * week.box.height() + 4);
            SessionRow row;
            row.week = week.text + QLatin1Char(' ') + weekNumber.text;
            qreal timeLeft = placeLeft;
            for (const Word &word : page) {
                if (sameLine(word, week) && word.box.left() > weekNumber.box.right() && row.time.isEmpty()) {
                    row.time = word.text;
                    timeLeft = word.box.left();
                }
            }
            QStringList date;
            QList<const Word *> place;
            for (const Word &word : page) {
                const bool inRow = word.box.top() > week.box.top() - 2;
                if (inRow && word.box.right() < timeLeft && word.box.top() < cellBottom)
                    date.append(word.text);
                if (inRow && word.box.left() >= placeLeft - 1 && word.box.top() < nextRow)
                    place.append(&word);
            }
            // The place's lines follow each other closely; a wider gap is the next block.
            qreal lastTop = week.box.top();
            QStringList placeWords;
            for (const Word *word : place) {
                if (word->box.top() - lastTop > 14)
                    break;
                placeWords.append(word->text);
                lastTop = word->box.top();
            }
            row.date = date.join(QLatin1Char(' '));
            row.place = placeWords.join(QLatin1Char(' '));
            rows.append(row);
        }
    }
    return rows;
}

// What a Danish reader expects of a session's row.
SessionRow expectedRow(const Project &project, const Session &session)
{
    const Activity *activity = project.activities.find(session.activityId);
    const QString week = QStringLiteral("uge %1").arg(session.date.weekNumber());
    return {QStringLiteral("%1, %2 %3")
                .arg(danish.dayName(session.date.dayOfWeek()), week,
                     danish.toString(session.date, QStringLiteral("d. MMMM yyyy"))),
            week,
            QStringLiteral("%1–%2").arg(session.startTime.toString(QStringLiteral("H.mm")),
                                        session.endTime.toString(QStringLiteral("H.mm"))),
            session.location.isEmpty() ? activity->location : session.location};
}

// The sessions of the activities a person is enrolled in themselves, in date order. In the
// example everyone is enrolled in each activity of their track they take part in (and in the one
// parallel group they belong to), so these are all of their sessions.
std::vector<const Session *> ownSessions(const Project &project, qint64 participantId, qint64 trackId = 0)
{
    std::vector<const Session *> sessions;
    for (const Enrolment &enrolment : project.enrolments) {
        if (enrolment.participantId != participantId || enrolment.activityId == 0
            || enrolment.status != EnrolmentStatus::Enrolled)
            continue;
        if (trackId != 0 && project.activities.find(enrolment.activityId)->trackId != trackId)
            continue;
        for (const Session *session : project.sessionsOf(enrolment.activityId))
            sessions.push_back(session);
    }
    std::sort(sessions.begin(), sessions.end(), [](const Session *a, const Session *b) {
        return std::tie(a->date, a->startTime) < std::tie(b->date, b->startTime);
    });
    return sessions;
}

QStringList uidsAndSequencesOf(const QJsonObject &calendar)
{
    QStringList list = uidsAndSequences(calendar);
    list.sort();
    return list;
}

const Track &trackOfKind(const Project &project, TrackKind kind)
{
    for (const Track &track : project.tracks)
        if (track.kind == kind)
            return track;
    FAIL("no track of that kind");
    return project.tracks.items().front();
}

// Checks one person's files against the project: the PDF shows exactly their sessions, in date
// order, with their places and their name; its fonts are embedded and qpdf finds it sound; the
// calendar holds the same sessions with the UIDs and SEQUENCE of `--export-ics` for that person.
void checkPersonsFiles(const PdfTools &tools, const PrivateEnvironment &environment, const TempFolder &folder,
                       const QString &projectPath, const Project &project, const QString &schedules,
                       const Participant &person, const std::vector<const Session *> &expected, bool wholeCalendar)
{
    INFO(person.name.toStdString() << " <" << person.email.toStdString() << ">");
    const QStringList row = rowOf(listOf(schedules), person);
    CHECK(row.at(0) == person.name);
    CHECK(row.at(3) == QString::number(expected.size()));
    const QString pdf = QDir(schedules).filePath(row.at(4));
    const QString ics = QDir(schedules).filePath(row.at(5));
    CHECK(QFileInfo(pdf).completeBaseName() == QFileInfo(ics).completeBaseName());

    const QList<SessionRow> rows = sessionRows(tools, pdf, QStringLiteral("uge"));
    REQUIRE(rows.size() == qsizetype(expected.size()));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const SessionRow want = expectedRow(project, *expected[std::size_t(i)]);
        INFO("row " << i + 1);
        CHECK(rows[i].date.toStdString() == want.date.toStdString());
        CHECK(rows[i].week.toStdString() == want.week.toStdString());
        CHECK(rows[i].time.toStdString() == want.time.toStdString());
        CHECK(rows[i].place.toStdString() == want.place.toStdString());
    }
    const QString text = flattened(tools.text(pdf));
    CHECK(text.contains(person.name)); // Danish letters and all
    CHECK(tools.check(pdf).exitCode == 0);
    tools.checkFontsEmbedded(pdf);
    // DejaVu Sans and its bold.
    CHECK(tools.fonts(pdf).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2).size() == 2);
    CHECK(infoField(tools.info(pdf), QStringLiteral("Title")).contains(person.name));

    const QJsonObject own = parsedCalendar(ics);
    QStringList uids;
    for (const QJsonValue &event : own.value(QStringLiteral("events")).toArray())
        uids.append(event[QStringLiteral("uid")].toString());
    QStringList expectedUids;
    for (const Session *session : expected)
        expectedUids.append(session->uuid.toString(QUuid::WithoutBraces) + QStringLiteral("@akademiplan"));
    CHECK(uids == expectedUids);
    const QString single = folder.path(QStringLiteral("single.ics"));
    const ProgramResult calendar = akademiplan(
        environment,
        {QStringLiteral("--export-ics"), single, projectPath, QStringLiteral("--participant"), person.email});
    REQUIRE(calendar.exitCode == 0);
    const QStringList fromCalendarExport = uidsAndSequencesOf(parsedCalendar(single));
    if (wholeCalendar) {
        CHECK(uidsAndSequencesOf(own) == fromCalendarExport);
    } else {
        // A track's schedule holds the person's sessions there: the same events, never others.
        for (const QString &event : uidsAndSequences(own))
            CHECK(fromCalendarExport.contains(event));
    }
}

} // namespace

TEST_CASE("a track's schedules show each person exactly their own sessions with their places", "[schedules]")
{
    const PdfTools tools = PdfTools::find();
    TempFolder folder;
    PrivateEnvironment environment;
    const QString path = newExampleProject(environment, folder, 740);
    const Project project = readProject(path);
    const Track &leadership = trackOfKind(project, TrackKind::LeadershipInnovators);
    const QString schedules = folder.path(QStringLiteral("ledere"));
    exportSchedules(environment, schedules, path, {QStringLiteral("--track"), leadership.name});

    // Everyone enrolled in the track or its activities is in the list; those with sessions have
    // a PDF and a calendar of the same name, and the folder holds nothing else.
    QSet<qint64> enrolled;
    for (const Enrolment &enrolment : project.enrolments) {
        const Activity *activity = project.activities.find(enrolment.activityId);
        if (enrolment.status != EnrolmentStatus::Cancelled
            && (enrolment.trackId == leadership.id || (activity && activity->trackId == leadership.id)))
            enrolled.insert(enrolment.participantId);
    }
    const QList<QStringList> list = listOf(schedules);
    REQUIRE(list.size() == enrolled.size() + 1);
    QSet<QString> files;
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9]+(-[A-Za-z0-9]+)*\\.(pdf|ics)$"));
    for (const QStringList &row : list.mid(1)) {
        INFO(row.join(QLatin1Char(';')).toStdString());
        CHECK(enrolled.contains(byEmail(project, row.at(1)).id));
        if (row.at(3) == QLatin1String("0")) {
            CHECK(row.at(4).isEmpty());
            CHECK(row.at(5).isEmpty());
            continue;
        }
        for (const QString &file : {row.at(4), row.at(5)}) {
            CHECK(safe.match(file).hasMatch());
            CHECK(file.size() <= 90);
            CHECK(QFileInfo(QDir(schedules).filePath(file)).isFile());
            CHECK(!files.contains(file.toLower())); // unique also where case does not count
            files.insert(file.toLower());
        }
    }
    CHECK(files.size() > 100);
    CHECK(QDir(schedules).entryList(QDir::Files).size() == files.size() + 1);

    // A manager in one of the three parallel groups: its four modules and the closing seminar.
    const Activity *groupB = nullptr;
    for (const Activity &activity : project.activities)
        if (activity.trackId == leadership.id && activity.parallelGroup.size() > 0 && activity.position == 1)
            groupB = &activity;
    REQUIRE(groupB);
    const Participant *manager = nullptr;
    for (const Enrolment &enrolment : project.enrolments)
        if (enrolment.activityId == groupB->id && enrolment.status == EnrolmentStatus::Enrolled)
            manager = project.participants.find(enrolment.participantId);
    REQUIRE(manager);
    const std::vector<const Session *> managersSessions = ownSessions(project, manager->id);
    CHECK(managersSessions.size() == project.sessionsOf(groupB->id).size() + 1);
    checkPersonsFiles(tools, environment, folder, path, project, schedules, *manager, managersSessions, true);

    // A manager whose name has a Danish letter: the name as it is in the PDF and the list, the
    // letter as Danish writes it without in the file name.
    const Participant *danishName = nullptr;
    for (const QStringList &row : list.mid(1))
        if (row.at(0).contains(QRegularExpression(QStringLiteral("[æøåÆØÅ]"))) && row.at(3) != QLatin1String("0"))
            danishName = &byEmail(project, row.at(1));
    REQUIRE(danishName);
    checkPersonsFiles(tools, environment, folder, path, project, schedules, *danishName,
                      ownSessions(project, danishName->id), true);
    const QString fileName = rowOf(list, *danishName).at(4);
    CHECK(fileName.contains(QRegularExpression(QStringLiteral("ae|oe|aa|Ae|Oe|Aa"))));
}

TEST_CASE("a key person's own schedule holds all of their sessions and only theirs in the calendar",
          "[schedules]")
{
    const PdfTools tools = PdfTools::find();
    TempFolder folder;
    PrivateEnvironment environment;
    const QString path = newExampleProject(environment, folder, 740);
    const Project project = readProject(path);
    const Track &network = trackOfKind(project, TrackKind::InnovationNetwork);
    const Track &organisational = trackOfKind(project, TrackKind::OrganisationalInnovation);
    // A key person who also comes to the innovation day of another track.
    const Participant *keyPerson = nullptr;
    for (const Enrolment &enrolment : project.enrolments) {
        const Activity *activity = project.activities.find(enrolment.activityId);
        const Participant *person = project.participants.find(enrolment.participantId);
        if (activity && activity->trackId == organisational.id && person->role == ParticipantRole::KeyPerson)
            keyPerson = person;
    }
    REQUIRE(keyPerson);

    const QString own = folder.path(QStringLiteral("own"));
    exportSchedules(environment, own, path, {QStringLiteral("--participant"), keyPerson->email});
    const QList<QStringList> list = listOf(own);
    REQUIRE(list.size() == 2);
    const std::vector<const Session *> everything = ownSessions(project, keyPerson->id);
    checkPersonsFiles(tools, environment, folder, path, project, own, *keyPerson, everything, true);

    // From the network's bulk export: their network sessions only, the same events as ever.
    const QString networkFolder = folder.path(QStringLiteral("network"));
    exportSchedules(environment, networkFolder, path, {QStringLiteral("--track"), network.name});
    const std::vector<const Session *> networkOnly = ownSessions(project, keyPerson->id, network.id);
    REQUIRE(networkOnly.size() < everything.size());
    checkPersonsFiles(tools, environment, folder, path, project, networkFolder, *keyPerson, networkOnly, false);
}

TEST_CASE("the list for the mail merge opens in LibreOffice with every name and file as written",
          "[schedules]")
{
    TempFolder folder;
    PrivateEnvironment environment;
    const QString path = newExampleProject(environment, folder, 740);
    const Project project = readProject(path);
    const QString schedules = folder.path(QStringLiteral("alle"));
    exportSchedules(environment, schedules, path);
    const QList<QStringList> ours = listOf(schedules);
    // Everyone enrolled in the academy is in it, in the order Danish sorts their names.
    QSet<qint64> enrolled;
    for (const Enrolment &enrolment : project.enrolments)
        if (enrolment.status != EnrolmentStatus::Cancelled)
            enrolled.insert(enrolment.participantId);
    REQUIRE(ours.size() == enrolled.size() + 1);

    LibreOffice office(folder);
    const QString listPath = QDir(schedules).filePath(QDir(schedules).entryList({QStringLiteral("*.csv")}).front());
    const QString converted = office.convert(listPath, QStringLiteral("CSV:59,34,76,1"),
                                             QStringLiteral("tsv:Text - txt - csv (StarCalc):9,34,76"),
                                             folder.path(QStringLiteral("office")));
    const CsvTable theirs = CsvReader::read(readBytes(converted), CsvFormat{QLatin1Char('\t'), TextEncoding::Utf8});
    REQUIRE(theirs.rows.size() == ours.size());
    for (qsizetype r = 0; r < ours.size(); ++r) {
        INFO("row " << r + 1);
        CHECK(theirs.rows.at(r) == ours.at(r));
        if (r == 0)
            continue;
        const Participant &person = byEmail(project, theirs.rows.at(r).at(1));
        CHECK(CsvWriter::plainValue(theirs.rows.at(r).at(0)) == person.name);
        if (!theirs.rows.at(r).at(4).isEmpty())
            CHECK(QFileInfo(QDir(schedules).filePath(theirs.rows.at(r).at(4))).isFile());
    }
    CHECK(QString::fromUtf8(readBytes(converted)).contains(QRegularExpression(QStringLiteral("[æøå]"))));
}

TEST_CASE("a second run replaces its own files and leaves every other file alone", "[schedules]")
{
    TempFolder folder;
    PrivateEnvironment environment;
    const QString path = newExampleProject(environment, folder, 740);
    const Project project = readProject(path);
    const Track &network = trackOfKind(project, TrackKind::InnovationNetwork);
    const QString schedules = folder.path(QStringLiteral("net"));
    exportSchedules(environment, schedules, path, {QStringLiteral("--track"), network.name});
    const QList<QStringList> first = listOf(schedules);
    const QString someone = QDir(schedules).filePath(first.at(1).at(4));
    writeBytes(someone, "not a schedule");
    const QString notes = QDir(schedules).filePath(QStringLiteral("noter.txt"));
    writeBytes(notes, "the secretary's own notes");

    exportSchedules(environment, schedules, path, {QStringLiteral("--track"), network.name});
    CHECK(listOf(schedules) == first); // the same names on every run
    CHECK(readBytes(someone).startsWith("%PDF-"));
    CHECK(readBytes(notes) == "the secretary's own notes");
}

TEST_CASE("a file that cannot be written stops the run with its name and exit code 2", "[schedules]")
{
    TempFolder folder;
    PrivateEnvironment environment;
    const QString path = newExampleProject(environment, folder, 740);
    const Project project = readProject(path);
    const Track &network = trackOfKind(project, TrackKind::InnovationNetwork);
    const QString schedules = folder.path(QStringLiteral("net"));
    exportSchedules(environment, schedules, path, {QStringLiteral("--track"), network.name});
    // A folder where someone's PDF goes: the PDF cannot take its place.
    const QString blocked = listOf(schedules).at(1).at(4);
    REQUIRE(QFile::remove(QDir(schedules).filePath(blocked)));
    REQUIRE(QDir(schedules).mkdir(blocked));
    const ProgramResult result = akademiplan(environment, {QStringLiteral("--export-schedules"), schedules, path,
                                                           QStringLiteral("--track"), network.name});
    INFO(result.errText().toStdString());
    CHECK(result.exitCode == 2);
    CHECK(result.err.count('\n') == 1);
    CHECK(result.errText().contains(blocked));
    CHECK(result.out.isEmpty());
    CHECK(QFileInfo(QDir(schedules).filePath(blocked)).isDir());
}

TEST_CASE("bad usage of --export-schedules says so once and writes nothing", "[schedules]")
{
    TempFolder folder;
    PrivateEnvironment environment;
    const QString path = newExampleProject(environment, folder, 740);
    const QString aFile = folder.path(QStringLiteral("notes.txt"));
    writeBytes(aFile, "keep me");
    const auto run = [&](const QStringList &arguments) {
        return akademiplan(environment, QStringList{QStringLiteral("--export-schedules")} + arguments);
    };
    const auto oneLine = [](const ProgramResult &result) {
        INFO(result.errText().toStdString());
        CHECK(result.err.count('\n') == 1);
        CHECK(result.out.isEmpty());
    };

    // A file where the folder should be: exit 2, the file as it was.
    ProgramResult result = run({aFile, path});
    CHECK(result.exitCode == 2);
    oneLine(result);
    CHECK(readBytes(aFile) == "keep me");

    // A folder whose parent is missing: exit 2, nothing made.
    const QString deep = folder.path(QStringLiteral("missing/schedules"));
    result = run({deep, path});
    CHECK(result.exitCode == 2);
    oneLine(result);
    CHECK(!QFileInfo::exists(folder.path(QStringLiteral("missing"))));

    // An unknown e-mail address: exit 3, no folder.
    const QString out = folder.path(QStringLiteral("out"));
    result = run({out, path, QStringLiteral("--participant"), QStringLiteral("nobody@nowhere.example")});
    CHECK(result.exitCode == 3);
    oneLine(result);
    CHECK(!QFileInfo::exists(out));

    // A person's schedule is all of theirs: a track with it is wrong usage, exit 1.
    result = run({out, path, QStringLiteral("--participant"), QStringLiteral("x@y.example"), QStringLiteral("--track"),
                  QStringLiteral("x")});
    CHECK(result.exitCode == 1);
    oneLine(result);
    CHECK(!QFileInfo::exists(out));
}

TEST_CASE("a track of the large municipality gets a pair of files per person at a bounded cost each",
          "[schedules][scale]")
{
    TempFolder folder;
    PrivateEnvironment environment;
    // The large municipality with each person's activities in one track (the generator spreads
    // them over all four), so that each track has a quarter of the people: 2,500.
    const LargeProjectSize size = LargeProjectSize::large();
    std::vector<AnyEntity> rows = largeProject(size);
    std::vector<qint64> activitiesOfTrack[4];
    QHash<qint64, int> trackNumber;
    for (const AnyEntity &row : rows)
        if (const auto *track = std::get_if<Track>(&row))
            trackNumber.insert(track->id, int(trackNumber.size()));
    for (const AnyEntity &row : rows)
        if (const auto *activity = std::get_if<Activity>(&row))
            activitiesOfTrack[trackNumber.value(activity->trackId)].push_back(activity->id);
    for (AnyEntity &row : rows) {
        auto *enrolment = std::get_if<Enrolment>(&row);
        if (!enrolment)
            continue;
        // The generator's placeholder ids count its people and activities from -2,000,000 and
        // -4,000,000 down. Person p goes to track p mod 4, to the activity of that track in the
        // same block of four, so that no pair repeats.
        const int person = int(-2000000 - enrolment->participantId);
        const int activity = int(-4000000 - enrolment->activityId);
        const std::vector<qint64> &activities = activitiesOfTrack[person % 4];
        enrolment->activityId = activities[std::size_t(activity / 4) % activities.size()];
    }
    const QString path = folder.path(QStringLiteral("large.akademi"));
    {
        FileProblem problem;
        auto document = Document::create(path, *MunicipalityRegistry::byCode(101), &problem);
        REQUIRE(document);
        const EditResult made = ProjectEditor(*document).insertAll(QStringLiteral("large"), rows);
        INFO(made.error.toStdString());
        REQUIRE(made.ok);
        REQUIRE(document->save(&problem));
    }
    const Project project = readProject(path);
    const Track &track = project.tracks.items().front();
    QSet<qint64> people;
    for (const Enrolment &enrolment : project.enrolments)
        if (project.activities.find(enrolment.activityId)->trackId == track.id)
            people.insert(enrolment.participantId);
    CHECK(people.size() == size.participants / 4);

    const QString schedules = folder.path(QStringLiteral("spor"));
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = childrenCpuSeconds();
    exportSchedules(environment, schedules, path, {QStringLiteral("--track"), track.name});
    const double cpu = childrenCpuSeconds() - cpuBefore;
    const qint64 elapsed = timer.elapsed();
    const QList<QStringList> list = listOf(schedules);
    CHECK(list.size() == people.size() + 1);
    int withSessions = 0;
    for (const QStringList &row : list.mid(1))
        withSessions += row.at(3) != QLatin1String("0") ? 1 : 0;
    CHECK(QDir(schedules).entryList({QStringLiteral("*.pdf")}, QDir::Files).size() == withSessions);
    CHECK(QDir(schedules).entryList({QStringLiteral("*.ics")}, QDir::Files).size() == withSessions);
    CHECK(withSessions > people.size() * 9 / 10);
    // How long it takes is the benchmark's to measure (its step "schedules", docs/performance.md),
    // not a test's to assert; the times are here for whoever reads a failure.
    INFO("wrote " << withSessions << " pairs in " << elapsed << " ms, " << cpu << " s of processor time");
}
