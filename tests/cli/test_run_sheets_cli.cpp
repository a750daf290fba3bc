// SPDX-License-Identifier: MPL-2.0
// `akademiplan --export-run-sheets`, run as the real binary, its PDF read page by page with the
// tools a facilitator's printer or an archivist would use (pdftotext, pdffonts, qpdf): the
// kick-off workshop's agenda with its times in order, the materials and the partners, exactly
// the people enrolled and rows for walk-ins, each session on its own pages, a long sign-in list
// broken across pages with its header, in Danish and in English; and wrong usage refused.
#include "badfiles.h"
#include "catch.h"
#include "document/document.h"
#include "domain/municipalityregistry.h"
#include "editor/projecteditor.h"
#include "exchange/calendarexport.h"
#include "largeproject.h"
#include "pdftools.h"
#include "report/runsheet.h"
#include "testfiles.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

const QString exportOption = QStringLiteral("--export-run-sheets");

// One page's text as pdftotext reads it, and its words with their places.
struct Page
{
    QString text; // flattened: a reader's words with single spaces
    QList<Word> words;
};

struct RunSheets
{
    QString out; // what the program said on stdout
    QList<Page> pages;
};

// Exports and reads every page with `pdftotext -f N -l N`.
RunSheets exportRunSheets(const Binary &app, const PdfTools &tools, const QString &project, const QString &pdf,
                          const QStringList &options = {})
{
    const Exported exported = exportPdf(app, tools, exportOption, project, pdf, options);
    RunSheets sheets;
    sheets.out = exported.out;
    const QList<QList<Word>> words = tools.words(pdf);
    REQUIRE(words.size() == exported.pages);
    for (int p = 1; p <= exported.pages; ++p)
        sheets.pages.append({flattened(tools.pageText(pdf, p)), words.at(p - 1)});
    return sheets;
}

// The words on the same line as `word`, left to right.
QStringList lineOf(const QList<Word> &words, const Word &word)
{
    QList<Word> line;
    for (const Word &other : words)
        if (std::abs(other.box.top() - word.box.top()) < 1.0)
            line.append(other);
    std::sort(line.begin(), line.end(), [](const Word &a, const Word &b) { return a.box.left() < b.box.left(); });
    QStringList texts;
    for (const Word &each : std::as_const(line))
        texts.append(each.text);
    return texts;
}

const Word *findWord(const QList<Word> &words, const QString &text)
{
    for (const Word &word : words)
        if (word.text == text)
            return &word;
    return nullptr;
}

// Whether a word is on the page, as a reader sees it: a comma or a bracket after it aside.
bool hasWord(const QList<Word> &words, const QString &text)
{
    static const QRegularExpression punctuation(QStringLiteral("^[(]|[,.;:)]$"));
    return std::any_of(words.cbegin(), words.cend(),
                       [&](const Word &word) { return QString(word.text).remove(punctuation) == text; });
}

// The session with the longest agenda in the file: the kick-off workshop.
const Session &kickOffSession(const Project &project)
{
    QHash<qint64, int> items;
    qint64 longest = 0;
    for (const AgendaItem &item : project.agendaItems)
        if (++items[item.sessionId] > items.value(longest))
            longest = item.sessionId;
    REQUIRE(longest != 0);
    return *project.sessions.find(longest);
}

std::vector<const AgendaItem *> agendaOf(const Project &project, qint64 sessionId)
{
    std::vector<const AgendaItem *> items;
    for (const AgendaItem &item : project.agendaItems)
        if (item.sessionId == sessionId)
            items.push_back(&item);
    std::sort(items.begin(), items.end(),
              [](const AgendaItem *a, const AgendaItem *b) { return a->startTime < b->startTime; });
    return items;
}

// The names of the people who take part in the activity, seen from each person's own calendar.
QStringList peopleOf(const Project &project, qint64 activityId)
{
    QStringList names;
    for (const Participant &person : project.participants) {
        CalendarScope scope;
        scope.participantId = person.id;
        if (CalendarExport::activitiesOf(project, scope).contains(activityId))
            names.append(person.name);
    }
    return names;
}

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

bool hasName(const QString &text, const QString &name)
{
    return text.contains(QRegularExpression(QStringLiteral("(^|\\s)%1(\\s|$)").arg(QRegularExpression::escape(name))));
}

void checkFontsAndStructure(const PdfTools &tools, const QString &pdf)
{
    const Run checked = tools.check(pdf);
    INFO("qpdf --check: " << checked.outText().toStdString() << checked.errText().toStdString());
    CHECK(checked.exitCode == 0);
    tools.checkFontsEmbedded(pdf);
}

} // namespace

TEST_CASE("the kick-off workshop's Danish run sheet has its agenda in time order its materials and its people",
          "[runsheets][cli]")
{
    const PdfTools tools = PdfTools::find();
    const Binary app;
    TempFolder folder;
    const QString path = app.makeExample(folder, QStringLiteral("silkeborg.akademi"), QStringLiteral("da_DK.UTF-8"));
    const Project project = readProject(path);
    const Session &session = kickOffSession(project);
    const Activity &activity = *project.activities.find(session.activityId);
    const QString pdf = folder.path(QStringLiteral("drejebog.pdf"));
    const RunSheets sheets =
        exportRunSheets(app, tools, path, pdf, {QStringLiteral("--date"), iso(session.date)});
    checkFontsAndStructure(tools, pdf);
    // One line: the one session on that day, and where it went.
    CHECK(sheets.out.count(QLatin1Char('\n')) == 1);
    CHECK(sheets.out.contains(QStringLiteral(" 1 session")));
    CHECK(sheets.out.contains(pdf));
    REQUIRE(sheets.pages.size() >= 2);

    // The day as a Dane reads it: weekday, date, ISO week and time, the place and the facilitator.
    const Page &first = sheets.pages.front();
    INFO("page 1: " << first.text.toStdString());
    const QLocale danish(QLocale::Danish, QLocale::Denmark);
    CHECK(first.text.contains(activity.title));
    CHECK(first.text.contains(danish.toString(session.date, QStringLiteral("dddd d. MMMM yyyy"))));
    CHECK(first.text.contains(QStringLiteral("uge %1").arg(session.date.weekNumber())));
    CHECK(first.text.contains(QStringLiteral("%1–%2").arg(session.startTime.toString(QStringLiteral("H.mm")),
                                                          session.endTime.toString(QStringLiteral("H.mm")))));
    CHECK(first.text.contains(session.location.isEmpty() ? activity.location : session.location));
    CHECK(first.text.contains(activity.facilitator));
    CHECK(first.text.contains(flattened(activity.description)));
    REQUIRE_FALSE(activity.materials.isEmpty());
    CHECK(first.text.contains(flattened(activity.materials)));

    // Each item's time runs to the next item's start, the last to the session's end, top to
    // bottom, with what happens on the same line. The agenda is on pages on their side, and a
    // long one goes on over the next.
    const std::vector<const AgendaItem *> items = agendaOf(project, session.id);
    REQUIRE(items.size() > 5);
    std::pair<std::size_t, qreal> above{0, 0};
    for (std::size_t i = 0; i < items.size(); ++i) {
        const QTime end = i + 1 < items.size() ? items[i + 1]->startTime : session.endTime;
        const QString time = QStringLiteral("%1–%2").arg(items[i]->startTime.toString(QStringLiteral("H.mm")),
                                                         end.toString(QStringLiteral("H.mm")));
        INFO("agenda item " << time.toStdString() << " " << items[i]->what.toStdString());
        std::size_t pageIndex = above.first;
        const Word *word = nullptr;
        for (; pageIndex < std::size_t(sheets.pages.size()) && !word; ++pageIndex)
            word = findWord(sheets.pages[qsizetype(pageIndex)].words, time);
        REQUIRE(word);
        const std::pair<std::size_t, qreal> here{pageIndex - 1, word->box.top()};
        CHECK(here > above);
        above = here;
        CHECK(lineOf(sheets.pages[qsizetype(here.first)].words, *word).contains(items[i]->what.section(QLatin1Char(' '), 0, 0)));
    }

    // The sign-in list: everyone taking part once, by name, no one else, then numbered empty rows.
    const QStringList people = peopleOf(project, activity.id);
    REQUIRE(people.size() >= 10);
    QString signIn;
    QList<Word> signInWords;
    for (qsizetype p = 1; p < sheets.pages.size(); ++p) {
        signIn += sheets.pages.at(p).text + QLatin1Char(' ');
        signInWords += sheets.pages.at(p).words;
    }
    for (const QString &name : people) {
        INFO("enrolled: " << name.toStdString());
        CHECK(signIn.count(name) == 1);
    }
    for (const Participant &person : project.participants) {
        if (people.contains(person.name))
            continue;
        INFO("not taking part: " << person.name.toStdString());
        CHECK_FALSE(hasName(signIn, person.name));
    }
    const int rows = int(people.size()) + RunSheet::walkInRows(int(people.size()));
    CHECK(findWord(signInWords, QString::number(rows)));
    CHECK_FALSE(findWord(signInWords, QString::number(rows + 1)));
}

TEST_CASE("an activity's run sheets start each session on a new page and a session without agenda has no agenda",
          "[runsheets][cli]")
{
    const PdfTools tools = PdfTools::find();
    const Binary app;
    TempFolder folder;
    const QString path = app.makeExample(folder, QStringLiteral("silkeborg.akademi"), QStringLiteral("C.UTF-8"));
    const Project project = readProject(path);
    // The network meetings: four sessions with no agenda written, twenty-odd people each.
    const Activity &kickOff = *project.activities.find(kickOffSession(project).activityId);
    const Activity *meetings = nullptr;
    for (const Activity *activity : project.activitiesOf(kickOff.trackId))
        if (project.sessionsOf(activity->id).size() > 1)
            meetings = activity;
    REQUIRE(meetings);
    const std::vector<const Session *> sessions = project.sessionsOf(meetings->id);
    const RunSheets sheets = exportRunSheets(app, tools, path, folder.path(QStringLiteral("meetings.pdf")),
                                             {QStringLiteral("--activity"), meetings->title, QStringLiteral("--lang"),
                                              QStringLiteral("en")});
    checkFontsAndStructure(tools, folder.path(QStringLiteral("meetings.pdf")));
    CHECK(sheets.out.contains(QStringLiteral(" %1 session").arg(sessions.size())));
    // Each session's run sheet starts a page, in date order, and its sign-in list follows on
    // pages of its own that name no other session.
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    QStringList dates;
    for (const Session *session : sessions)
        dates.append(english.toString(session->date, QStringLiteral("dddd d MMMM yyyy")));
    std::vector<qsizetype> starts;
    for (qsizetype p = 0; p < sheets.pages.size(); ++p) {
        const QString &text = sheets.pages.at(p).text;
        INFO("page " << p + 1 << ": " << text.toStdString());
        CHECK(std::count_if(dates.cbegin(), dates.cend(), [&](const QString &date) { return text.contains(date); })
              == 1);
        if (text.contains(QStringLiteral("Session %1 of %2").arg(starts.size() + 1).arg(sessions.size())))
            starts.push_back(p);
    }
    REQUIRE(starts.size() == sessions.size());
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        const QString &date = dates.at(qsizetype(i));
        const Page &runSheet = sheets.pages.at(starts[i]);
        REQUIRE(starts[i] + 1 < sheets.pages.size());
        const Page &signIn = sheets.pages.at(starts[i] + 1);
        INFO("session " << i + 1 << ": " << runSheet.text.toStdString());
        CHECK(runSheet.text.contains(meetings->title));
        CHECK(runSheet.text.contains(date));
        CHECK(runSheet.text.contains(QStringLiteral("week %1").arg(sessions[i]->date.weekNumber())));
        CHECK(runSheet.text.contains(QStringLiteral("No timed agenda has been written for this session yet.")));
        for (const QString &header : {QStringLiteral("Why"), QStringLiteral("Plan B"), QStringLiteral("Signature")})
            CHECK_FALSE(runSheet.text.contains(header));
        CHECK(signIn.text.startsWith(QStringLiteral("%1 ").arg(project.academies.at(0).name)));
        CHECK(signIn.text.contains(QStringLiteral("Sign-in list")));
        CHECK(signIn.text.contains(date));
        CHECK(signIn.text.contains(QStringLiteral("No. Name Organisation Signature")));
        CHECK_FALSE(signIn.text.contains(QStringLiteral("uge ")));
    }
}

TEST_CASE("the partners of an activity and of its track are on its run sheet with what they do there",
          "[runsheets][cli]")
{
    const PdfTools tools = PdfTools::find();
    const Binary app;
    TempFolder folder;
    const QString path = app.makeExample(folder, QStringLiteral("silkeborg.akademi"), QStringLiteral("C.UTF-8"));
    const Project project = readProject(path);
    int checked = 0;
    for (const Partnership &partnership : project.partnerships) {
        // An activity's partner, or a track's in the track's first activity.
        const Activity *activity = partnership.activityId != 0
                                       ? project.activities.find(partnership.activityId)
                                       : project.activitiesOf(partnership.trackId).front();
        const std::vector<const Session *> sessions = project.sessionsOf(activity->id);
        REQUIRE_FALSE(sessions.empty());
        const Organisation &partner = *project.organisations.find(partnership.organisationId);
        const QString pdf = folder.path(QStringLiteral("partner-%1.pdf").arg(partnership.id));
        const RunSheets sheets = exportRunSheets(app, tools, path, pdf,
                                                 {QStringLiteral("--activity"), activity->title, QStringLiteral("--date"),
                                                  iso(sessions.front()->date), QStringLiteral("--lang"),
                                                  QStringLiteral("en")});
        const Page &first = sheets.pages.front();
        INFO(partner.name.toStdString() << " in " << activity->title.toStdString() << ": " << first.text.toStdString());
        CHECK(first.text.contains(QStringLiteral("Partners Partner Takes part Contact")));
        // The table's cells wrap: each word is there.
        for (const QString &text : {partner.name, partnership.note, partner.contactName, partner.contactPhone})
            for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                INFO("word " << word.toStdString());
                CHECK(hasWord(first.words, word));
            }
        ++checked;
    }
    CHECK(checked >= 3);

    // The kick-off workshop has none, and says nothing of partners.
    const Session &kickOff = kickOffSession(project);
    const RunSheets sheets = exportRunSheets(app, tools, path, folder.path(QStringLiteral("kick-off.pdf")),
                                             {QStringLiteral("--date"), iso(kickOff.date), QStringLiteral("--lang"),
                                              QStringLiteral("en")});
    CHECK_FALSE(sheets.pages.front().text.contains(QStringLiteral("Partner")));
    CHECK(sheets.pages.front().text.contains(QStringLiteral("Agenda Time What Why How Who Plan B")));
}

TEST_CASE("a sign-in list of hundreds of people breaks across pages with its header and caption on each",
          "[runsheets][cli]")
{
    const PdfTools tools = PdfTools::find();
    const Binary app;
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("large.akademi"));
    Activity activity;
    {
        FileProblem problem;
        auto document = Document::create(path, *MunicipalityRegistry::byCode(751), &problem);
        REQUIRE(document);
        ProjectEditor editor(*document);
        REQUIRE(editor.insertAll(QStringLiteral("S"), largeProject(LargeProjectSize::small())).ok);
        // Everyone in an activity without a capacity.
        for (const Activity &each : document->project().activities)
            if (each.capacity == 0 && document->project().sessionsOf(each.id).size() == 2)
                activity = each;
        REQUIRE(activity.id != 0);
        QList<qint64> everyone;
        for (const Participant &person : document->project().participants)
            everyone.append(person.id);
        REQUIRE(editor.enrolInActivity(activity.id, everyone).ok);
        FileProblem saved;
        REQUIRE(document->save(&saved));
    }
    const Project project = readProject(path);
    const QStringList people = peopleOf(project, activity.id);
    REQUIRE(people.size() >= 300);

    const RunSheets sheets = exportRunSheets(app, tools, path, folder.path(QStringLiteral("large.pdf")),
                                             {QStringLiteral("--activity"), activity.title, QStringLiteral("--lang"),
                                              QStringLiteral("en")});
    const int rows = int(people.size()) + RunSheet::walkInRows(int(people.size()));
    // Per session: the run sheet, then the list over several pages, each page with the header
    // and all but the first with the caption that says whose list it is.
    int lists = 0;
    int continued = 0;
    int numbers = 0;
    for (qsizetype p = 0; p < sheets.pages.size(); ++p) {
        const Page &page = sheets.pages.at(p);
        INFO("page " << p + 1 << ": " << page.text.left(300).toStdString());
        if (page.text.contains(QStringLiteral("Sign-in list Activity")))
            ++lists;
        const bool isList = page.text.contains(QStringLiteral("Sign-in list"));
        if (!isList)
            continue;
        CHECK(page.text.contains(QStringLiteral("No. Name Organisation Signature")));
        if (page.text.contains(QStringLiteral("(continued)"))) {
            ++continued;
            CHECK(page.text.contains(QStringLiteral("Sign-in list: %1, ").arg(activity.title)));
        }
        for (const Word &word : page.words)
            numbers += word.text == QString::number(rows) ? 1 : 0;
    }
    CHECK(lists == 2);
    CHECK(continued >= 2 * (rows / 30));
    CHECK(numbers == 2); // the last row of each list
    for (const QString &name : people.mid(0, 20))
        CHECK(std::count_if(sheets.pages.cbegin(), sheets.pages.cend(),
                            [&](const Page &page) { return hasName(page.text, name); })
              == 2);
}

TEST_CASE("wrong usage of the run sheets export exits with its code and writes nothing", "[runsheets][cli]")
{
    const Binary app;
    TempFolder folder;
    const QString path = app.makeExample(folder, QStringLiteral("silkeborg.akademi"), QStringLiteral("C.UTF-8"));
    const Project project = readProject(path);
    const Session &kickOff = kickOffSession(project);
    const Activity &activity = *project.activities.find(kickOff.activityId);
    // A second session in the kick-off's track on its day.
    const Activity *other = nullptr;
    for (const Activity *each : project.activitiesOf(activity.trackId))
        if (each->id != activity.id)
            other = each;
    REQUIRE(other);
    writeBytes(folder.path(QStringLiteral("changes.json")),
               QStringLiteral(R"({"format": "akademiplan-changes", "version": 1, "changes": [
                  {"add": "session", "fields": {"activityId": "%1", "date": "%2", "startTime": "16:00",
                   "endTime": "17:00"}}]})")
                   .arg(other->uuid.toString(QUuid::WithoutBraces), iso(kickOff.date))
                   .toUtf8());
    const Run applied = app.run({QStringLiteral("--apply"), folder.path(QStringLiteral("changes.json")), path});
    INFO(applied.errText().toStdString());
    REQUIRE(applied.exitCode == 0);
    const Track &track = *project.tracks.find(activity.trackId);
    const QString pdf = folder.path(QStringLiteral("run sheets.pdf"));
    QStringList arguments{exportOption, pdf, path};
    int exitCode = 0;
    SECTION("a date with no session")
    {
        QDate free = kickOff.date;
        while (std::any_of(project.sessions.begin(), project.sessions.end(),
                           [&](const Session &session) { return session.date == free; }))
            free = free.addDays(1);
        arguments << QStringLiteral("--date") << iso(free);
        exitCode = 3;
    }
    SECTION("a date with two sessions in the track")
    {
        arguments << QStringLiteral("--track") << track.name << QStringLiteral("--date") << iso(kickOff.date);
        exitCode = 3;
    }
    SECTION("a date that is not a date")
    {
        arguments << QStringLiteral("--date") << QStringLiteral("2.3.2027");
        exitCode = 1;
    }
    SECTION("an output not ending in .pdf")
    {
        arguments[1] = folder.path(QStringLiteral("run sheets.docx"));
        exitCode = 1;
    }
    SECTION("an option the run sheets do not take")
    {
        arguments << QStringLiteral("--participant") << QStringLiteral("someone@example.dk");
        exitCode = 1;
    }
    SECTION("an activity without sessions")
    {
        writeBytes(folder.path(QStringLiteral("empty.json")),
                   QStringLiteral(R"({"format": "akademiplan-changes", "version": 1, "changes": [
                      {"add": "activity", "fields": {"trackId": "%1", "title": "Not planned yet"}}]})")
                       .arg(track.uuid.toString(QUuid::WithoutBraces))
                       .toUtf8());
        REQUIRE(app.run({QStringLiteral("--apply"), folder.path(QStringLiteral("empty.json")), path}).exitCode == 0);
        arguments << QStringLiteral("--activity") << QStringLiteral("Not planned yet");
        exitCode = 3;
    }
    const std::string entries = folderListing(folder.path(QString()));
    const QByteArray before = readBytes(path);
    const Run result = app.run(arguments);
    INFO("akademiplan " << arguments.join(QLatin1Char(' ')).toStdString());
    INFO("stderr: " << result.errText().toStdString());
    CHECK(result.exitCode == exitCode);
    CHECK(result.out.isEmpty());
    CHECK(result.errText().startsWith(QStringLiteral("akademiplan: ")));
    CHECK(result.err.count('\n') == 1);
    CHECK(holdsBytes(path, before));
    CHECK(folderListing(folder.path(QString())) == entries);
    CHECK_FALSE(QFileInfo::exists(pdf));
}
