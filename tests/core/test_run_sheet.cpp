// SPDX-License-Identifier: MPL-2.0
// The facilitator's run sheet of a session, as its blocks and pages: what a facilitator holding it
// would notice if it went wrong (the agenda's times out of order or ending at the wrong time, a
// person missing from the sign-in list or someone there who is not coming, no room to sign, a
// sign-in page that cannot be told from another session's).
#include "catch.h"
#include "exchange/calendarexport.h"
#include "i18n/displaytext.h"
#include "i18n/scopedlanguage.h"
#include "planning/sessionagenda.h"
#include "report/planlayout.h"
#include "report/runsheet.h"
#include "testfiles.h"

#include <QCollator>
#include <QPdfWriter>
#include <QSet>

#include <algorithm>
#include <map>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

const QLocale english(QLocale::English, QLocale::UnitedKingdom);

// The blocks of one session: its run sheet, then its sign-in list, each from its heading on.
struct SessionBlocks
{
    std::vector<PlanBlock> runSheet;
    std::vector<PlanBlock> signIn;
};

// The document's blocks split by session: each session has two headings, its activity's title
// and the sign-in list's.
std::vector<SessionBlocks> bySession(const PdfDocument &document)
{
    std::vector<SessionBlocks> sessions;
    int headings = 0;
    for (const PlanBlock &block : document.blocks) {
        if (block.kind == PlanBlock::Kind::Heading && headings++ % 2 == 0)
            sessions.emplace_back();
        REQUIRE_FALSE(sessions.empty());
        (headings % 2 == 1 ? sessions.back().runSheet : sessions.back().signIn).push_back(block);
    }
    return sessions;
}

const PlanBlock *tableWith(const std::vector<PlanBlock> &blocks, const QString &header)
{
    for (const PlanBlock &block : blocks)
        if (block.kind == PlanBlock::Kind::Table && block.header.contains(header))
            return &block;
    return nullptr;
}

// The session with the longest agenda: the example's kick-off workshop.
const Session &sessionWithAgenda(const Project &project)
{
    QHash<qint64, int> items;
    for (const AgendaItem &item : project.agendaItems)
        ++items[item.sessionId];
    REQUIRE_FALSE(items.isEmpty());
    qint64 longest = 0;
    for (auto it = items.cbegin(); it != items.cend(); ++it)
        if (longest == 0 || it.value() > items.value(longest))
            longest = it.key();
    return *project.sessions.find(longest);
}

OutputOptions inEnglish()
{
    OutputOptions options;
    options.locale = english;
    return options;
}

} // namespace

TEST_CASE("a run sheet shows the session's agenda in time order each item ending when the next begins",
          "[runsheets]")
{
    TempFolder folder;
    Project project = readProject(makeProjectFile(folder, QStringLiteral("plan.akademi"), true));
    const Session session = sessionWithAgenda(project);
    // An item added last but earliest in the day goes first, and the one before ends when it starts.
    AgendaItem early;
    early.id = 900001;
    early.sessionId = session.id;
    early.startTime = session.startTime.addSecs(-15 * 60);
    early.what = QStringLiteral("Coffee at the door");
    project.insert(early);

    OutputOptions options = inEnglish();
    options.sessionId = session.id;
    const std::vector<SessionBlocks> sessions = bySession(RunSheet::document(project, options));
    REQUIRE(sessions.size() == 1);
    const PlanBlock *agenda = tableWith(sessions.front().runSheet, QStringLiteral("Plan B"));
    REQUIRE(agenda);
    CHECK(agenda->header == QStringList{QStringLiteral("Time"), QStringLiteral("What"), QStringLiteral("Why"),
                                        QStringLiteral("How"), QStringLiteral("Who"), QStringLiteral("Plan B")});

    // The items as the file holds them, by their start; each runs to the next start, the last to
    // the session's end.
    std::vector<const AgendaItem *> items;
    for (const AgendaItem &item : project.agendaItems)
        if (item.sessionId == session.id)
            items.push_back(&item);
    std::sort(items.begin(), items.end(),
              [](const AgendaItem *a, const AgendaItem *b) { return a->startTime < b->startTime; });
    REQUIRE(items.size() > 5);
    REQUIRE(agenda->rows.size() == qsizetype(items.size()));
    const ScopedLanguage language(english);
    for (std::size_t i = 0; i < items.size(); ++i) {
        const QTime end = i + 1 < items.size() ? items[i + 1]->startTime : session.endTime;
        INFO("item " << i << ": " << items[i]->what.toStdString());
        const QStringList &row = agenda->rows.at(qsizetype(i));
        CHECK(row.at(0) == QStringLiteral("%1–%2").arg(items[i]->startTime.toString(QStringLiteral("HH:mm")),
                                                        end.toString(QStringLiteral("HH:mm"))));
        CHECK(row.mid(1) == QStringList{items[i]->what, items[i]->why, items[i]->how, items[i]->who, items[i]->planB});
    }
    CHECK(agenda->rows.front().at(1) == QStringLiteral("Coffee at the door"));
}

TEST_CASE("a session without an agenda has no agenda table and says so", "[runsheets]")
{
    TempFolder folder;
    const Project project = readProject(makeProjectFile(folder, QStringLiteral("plan.akademi"), true));
    const QSet<qint64> withAgenda = [&] {
        QSet<qint64> ids;
        for (const AgendaItem &item : project.agendaItems)
            ids.insert(item.sessionId);
        return ids;
    }();
    const std::vector<const Session *> all = RunSheet::sessions(project, inEnglish());
    const std::vector<SessionBlocks> sessions = bySession(RunSheet::document(project, inEnglish()));
    REQUIRE(sessions.size() == all.size());
    int without = 0;
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (withAgenda.contains(all[i]->id))
            continue;
        ++without;
        INFO("session on " << all[i]->date.toString(Qt::ISODate).toStdString());
        CHECK_FALSE(tableWith(sessions[i].runSheet, QStringLiteral("Plan B")));
        CHECK(std::any_of(sessions[i].runSheet.begin(), sessions[i].runSheet.end(), [](const PlanBlock &block) {
            return block.text == QStringLiteral("No timed agenda has been written for this session yet.");
        }));
    }
    CHECK(without > 20);
}

TEST_CASE("the sign-in list holds exactly the people the calendars give the activity by name with rows for walk-ins",
          "[runsheets]")
{
    TempFolder folder;
    const Project project = readProject(makeProjectFile(folder, QStringLiteral("plan.akademi"), true));
    // Seen from each person: the activities their own calendar holds.
    std::map<qint64, QStringList> expected; // by activity
    for (const Participant &person : project.participants) {
        CalendarScope scope;
        scope.participantId = person.id;
        for (qint64 activity : CalendarExport::activitiesOf(project, scope))
            expected[activity].append(person.name);
    }
    QCollator collator(english);
    for (auto &[activity, names] : expected)
        std::sort(names.begin(), names.end(), [&](const QString &a, const QString &b) { return collator(a, b); });

    const std::vector<const Session *> all = RunSheet::sessions(project, inEnglish());
    const std::vector<SessionBlocks> sessions = bySession(RunSheet::document(project, inEnglish()));
    REQUIRE(sessions.size() == all.size());
    bool sawParallelGroup = false;
    for (std::size_t i = 0; i < all.size(); ++i) {
        const Activity &activity = *project.activities.find(all[i]->activityId);
        INFO(activity.title.toStdString() << " on " << all[i]->date.toString(Qt::ISODate).toStdString());
        const PlanBlock *list = tableWith(sessions[i].signIn, QStringLiteral("Signature"));
        REQUIRE(list);
        const QStringList names = expected[activity.id];
        const int walkIns = RunSheet::walkInRows(int(names.size()));
        REQUIRE(list->rows.size() == names.size() + walkIns);
        QStringList listed;
        for (qsizetype r = 0; r < list->rows.size(); ++r) {
            const QStringList &row = list->rows.at(r);
            CHECK(row.at(0) == QString::number(r + 1));
            CHECK(row.at(3).isEmpty()); // the signature
            if (r < names.size())
                listed.append(row.at(1));
            else
                CHECK(row.mid(1).join(QString()).isEmpty());
        }
        CHECK(listed == names);
        // One of several groups has its own people only, not the whole track's.
        if (project.parallelGroupsOf(activity.id).size() > 1) {
            sawParallelGroup = true;
            CHECK(names.size() < 20);
        }
    }
    CHECK(sawParallelGroup);
}

TEST_CASE("the run sheets are of one session or an activity's track's or academy's sessions in date order",
          "[runsheets]")
{
    TempFolder folder;
    const Project project = readProject(makeProjectFile(folder, QStringLiteral("plan.akademi"), true));
    const Session &kickOff = sessionWithAgenda(project);
    const Activity &activity = *project.activities.find(kickOff.activityId);
    OutputOptions options = inEnglish();
    const auto count = [&] { return RunSheet::sessions(project, options).size(); };
    CHECK(count() == std::size_t(project.sessions.size())); // the example has one academy
    options.trackId = activity.trackId;
    std::size_t inTrack = 0;
    for (const Activity *each : project.activitiesOf(activity.trackId))
        inTrack += project.sessionsOf(each->id).size();
    CHECK(count() == inTrack);
    options.activityId = activity.id;
    CHECK(count() == project.sessionsOf(activity.id).size());
    options.sessionId = kickOff.id;
    REQUIRE(count() == 1);
    CHECK(RunSheet::sessions(project, options).front() == &kickOff);

    const std::vector<const Session *> all = RunSheet::sessions(project, inEnglish());
    CHECK(std::is_sorted(all.begin(), all.end(), [](const Session *a, const Session *b) {
        return std::tie(a->date, a->startTime) < std::tie(b->date, b->startTime);
    }));
    // Each session starts a page: its heading is the activity's title, in the track's colour.
    const PdfDocument document = RunSheet::document(project, inEnglish());
    const std::vector<SessionBlocks> sessions = bySession(document);
    for (std::size_t i = 0; i < all.size(); ++i) {
        const Activity *shown = project.activities.find(all[i]->activityId);
        CHECK(sessions[i].runSheet.front().text == shown->title);
        CHECK(sessions[i].runSheet.front().colour == project.tracks.find(shown->trackId)->colour);
    }
    CHECK(document.title == QStringLiteral("Run sheets: %1").arg(project.academies.at(0).name));
    CHECK(document.author == project.academies.at(0).consultant);

    Project empty;
    CHECK(RunSheet::document(empty, inEnglish()).blocks.empty());
    QString error;
    CHECK_FALSE(RunSheet::write(empty, inEnglish(), folder.path(QStringLiteral("none.pdf")), &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(QFileInfo::exists(folder.path(QStringLiteral("none.pdf"))));
}

TEST_CASE("a sign-in table has rows to sign in and a signature column of its width on every page with its caption",
          "[runsheets]")
{
    QPdfWriter writer(QStringLiteral("/dev/null"));
    writer.setResolution(600);
    const PlanLayout layout(&writer, 600 / 25.4);
    PlanBlock table{PlanBlock::Kind::Table};
    table.header = {QStringLiteral("No."), QStringLiteral("Name"), QStringLiteral("Organisation"),
                    QStringLiteral("Signature")};
    table.keepWhole = {true, false, false, false};
    table.minimumWidthMm = {0, 0, 0, 60};
    table.minimumRowHeightMm = 10;
    table.continuedCaption = QStringLiteral("Sign-in list (continued)");
    for (int i = 0; i < 120; ++i)
        table.rows.append({QString::number(i + 1), QStringLiteral("Person %1").arg(i + 1), QStringLiteral("Afdeling"),
                           QString()});
    const std::vector<PlanPage> pages = PlanLayout(layout).layout({table});
    REQUIRE(pages.size() >= 5);
    int numbers = 0;
    for (std::size_t p = 0; p < pages.size(); ++p) {
        INFO("page " << p + 1);
        const QRectF body = layout.bodyRect(false);
        qreal signatureLeft = -1;
        int captions = 0;
        std::vector<qreal> lines; // under each row
        for (const PlanItem &item : pages[p].items) {
            CHECK(item.rect.bottom() <= body.bottom() + 0.5);
            if (item.kind == PlanItem::Kind::Text && item.text == QStringLiteral("Signature"))
                signatureLeft = item.rect.left();
            captions += item.text == QStringLiteral("Sign-in list (continued)") ? 1 : 0;
            numbers += item.kind == PlanItem::Kind::Text && item.font == PlanItem::Font::Body
                               && item.rect.left() < body.left() + layout.mm(5)
                           ? 1
                           : 0;
            if (item.kind == PlanItem::Kind::Line)
                lines.push_back(item.rect.top());
        }
        // The header on every page, the signature column as wide as asked to the page's edge.
        REQUIRE(signatureLeft > 0);
        CHECK(body.right() - signatureLeft >= layout.mm(60) - layout.mm(1.6) - 0.5);
        CHECK(captions == (p == 0 ? 0 : 1));
        for (std::size_t i = 1; i < lines.size(); ++i)
            CHECK(lines[i] - lines[i - 1] >= layout.mm(10) - 0.5);
    }
    CHECK(numbers == 120);
}

TEST_CASE("an agenda item runs until the next one starts and a new one goes after the last inside the session",
          "[runsheets]")
{
    Session session;
    session.id = 1;
    session.startTime = QTime(9, 0);
    session.endTime = QTime(12, 0);
    AgendaItem first, second, same;
    first.id = 1;
    first.startTime = QTime(9, 0);
    second.id = 2;
    second.startTime = QTime(10, 30);
    same.id = 3;
    same.startTime = QTime(10, 30);
    SessionAgenda::Items items{&same, &second, &first};
    SessionAgenda::sort(items);
    CHECK(items == SessionAgenda::Items{&first, &second, &same});
    CHECK(SessionAgenda::endOf(items, 0, session) == QTime(10, 30));
    CHECK_FALSE(SessionAgenda::endOf(items, 1, session).isValid()); // two at the same time
    CHECK(SessionAgenda::endOf(items, 2, session) == QTime(12, 0));

    Project project;
    project.insert(session);
    AgendaItem next = SessionAgenda::nextItem(project, session.id);
    CHECK(next.sessionId == session.id);
    CHECK(next.startTime == QTime(9, 0)); // an empty agenda starts with the session
    AgendaItem late;
    late.id = 4;
    late.sessionId = session.id;
    late.startTime = QTime(11, 0);
    project.insert(late);
    CHECK(SessionAgenda::nextItem(project, session.id).startTime == QTime(11, 30));
    late.startTime = QTime(11, 40);
    Project nearTheEnd;
    nearTheEnd.insert(session);
    nearTheEnd.insert(late);
    // Twenty minutes left: halfway, on the five minutes.
    CHECK(SessionAgenda::nextItem(nearTheEnd, session.id).startTime == QTime(11, 50));
}

TEST_CASE("a sign-in list sorted by last name, as the window may show people, goes by the last word of each name",
          "[runsheets]")
{
    TempFolder folder;
    const Project project = readProject(makeProjectFile(folder, QStringLiteral("plan.akademi"), true));
    OutputOptions byLastName = inEnglish();
    byLastName.nameOrder = NameOrder::LastName;
    const std::vector<SessionBlocks> byFirst = bySession(RunSheet::document(project, inEnglish()));
    const std::vector<SessionBlocks> byLast = bySession(RunSheet::document(project, byLastName));
    REQUIRE(byFirst.size() == byLast.size());
    QCollator collator(english);
    int reordered = 0;
    for (std::size_t i = 0; i < byLast.size(); ++i) {
        const PlanBlock *first = tableWith(byFirst[i].signIn, QStringLiteral("Signature"));
        const PlanBlock *last = tableWith(byLast[i].signIn, QStringLiteral("Signature"));
        REQUIRE(first);
        REQUIRE(last);
        QStringList names;
        for (const QStringList &row : last->rows)
            if (!row.at(1).isEmpty())
                names.append(row.at(1));
        QStringList firstOrder;
        for (const QStringList &row : first->rows)
            if (!row.at(1).isEmpty())
                firstOrder.append(row.at(1));
        INFO("session " << i << ": " << names.join(QStringLiteral(", ")).toStdString());
        // The same people, each once, the row numbers still counting from 1.
        CHECK(names.size() == firstOrder.size());
        CHECK(QSet<QString>(names.begin(), names.end()) == QSet<QString>(firstOrder.begin(), firstOrder.end()));
        for (qsizetype r = 0; r < last->rows.size(); ++r)
            CHECK(last->rows.at(r).at(0) == QString::number(r + 1));
        for (qsizetype n = 1; n < names.size(); ++n) {
            const QString before = names.at(n - 1).section(QLatin1Char(' '), -1);
            const QString after = names.at(n).section(QLatin1Char(' '), -1);
            CHECK(collator.compare(before, after) <= 0);
            if (before == after) // the same last name: by first name
                CHECK(collator.compare(names.at(n - 1), names.at(n)) <= 0);
        }
        if (names != firstOrder)
            ++reordered;
    }
    CHECK(reordered > 0);
}
