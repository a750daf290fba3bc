// SPDX-License-Identifier: MPL-2.0
// The council's one page as it is laid out: what a council member would notice if it went wrong
// (a second page, a word cut in two, text out of its place, a session's mark in the wrong month).
#include "budget/budgetcalculator.h"
#include "budget/moneyformat.h"
#include "catch.h"
#include "domain/municipalityregistry.h"
#include "editor/projecteditor.h"
#include "i18n/displaytext.h"
#include "i18n/scopedlanguage.h"
#include "largeproject.h"
#include "report/glancelayout.h"
#include "report/onepager.h"
#include "report/outputoptions.h"
#include "report/planlayout.h"
#include "report/textsummary.h"
#include "template/exampleproject.h"
#include "testfiles.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

const QLocale danish(QLocale::Danish, QLocale::Denmark);
const QLocale english(QLocale::English, QLocale::UnitedKingdom);
const QChar ellipsis(0x2026);

// A project for Silkeborg with the given rows, as the window or the command line would make it.
Project projectOf(const TempFolder &folder, const std::vector<AnyEntity> &rows)
{
    FileProblem problem;
    auto document = Document::create(folder.path(QStringLiteral("plan.akademi")),
                                     *MunicipalityRegistry::byCode(ExampleProject::municipalityCode), &problem);
    INFO(problem.message.toStdString());
    REQUIRE(document);
    if (!rows.empty())
        REQUIRE(ProjectEditor(*document).insertAll(QStringLiteral("rows"), rows).ok);
    return document->project();
}

// The example academy with its names in the page's language, as a consultant working in that
// language makes it.
std::vector<AnyEntity> exampleIn(const QLocale &locale)
{
    const ScopedLanguage language(locale);
    return ExampleProject::build(QStringLiteral("Silkeborg"));
}

// The PDF writer the page is written with, writing nowhere.
class Paper
{
public:
    Paper() : m_writer(&m_nowhere)
    {
        m_writer.setResolution(PdfDocument::resolution);
        PdfDocument::setUpPage(&m_writer);
    }
    QPdfWriter *device() { return &m_writer; }
    PlanLayout layout() { return PlanLayout(&m_writer, m_writer.logicalDpiX() / 25.4); }

private:
    QBuffer m_nowhere;
    QPdfWriter m_writer;
};

std::vector<PlanPage> onePagerPages(const Project &project, const QLocale &locale, Paper &paper)
{
    OutputOptions options;
    options.locale = locale;
    options.planDate = QDate(2026, 11, 29);
    return OnePager::document(project, options).layout(paper.device());
}

QStringList textsOf(const std::vector<PlanPage> &pages)
{
    QStringList texts;
    for (const PlanPage &page : pages)
        for (const PlanItem &item : page.items)
            if (item.kind == PlanItem::Kind::Text)
                texts.append(item.text);
    return texts;
}

// Every item inside the page's body, and every text inside the box it was given: nothing runs
// off the page, out of its cell or into the next line.
void checkEverythingInPlace(const PlanPage &page, Paper &paper)
{
    const QRectF body = paper.layout().bodyRect(false);
    for (const PlanItem &item : page.items) {
        INFO("item \"" << item.text.toStdString() << "\"");
        CHECK(item.rect.left() >= body.left() - 0.5);
        CHECK(item.rect.right() <= body.right() + 0.5);
        CHECK(item.rect.top() >= body.top() - 0.5);
        CHECK(item.rect.bottom() <= body.bottom() + 0.5);
        if (item.kind != PlanItem::Kind::Text)
            continue;
        const QFontMetricsF metrics(PlanLayout::font(item.font), paper.device());
        const QRectF drawn = metrics.boundingRect(item.rect, item.flags, item.text);
        CHECK(drawn.width() <= item.rect.width() + 0.5);
        CHECK(drawn.height() <= item.rect.height() + 0.5);
    }
}

// A text as the page may show it: the whole text, or a beginning of it that ends between words,
// with an ellipsis when it ends inside a sentence. Never a word cut in two.
bool isSummaryOf(const QString &shown, const QString &original)
{
    const QString whole = original.trimmed();
    if (shown == whole)
        return true;
    const bool elided = shown.endsWith(ellipsis);
    const QString start = elided ? shown.chopped(1) : shown;
    if (start.isEmpty() || !whole.startsWith(start))
        return false;
    const QChar next = whole.at(start.size());
    // A sentence ends before a space; a word before a space or the punctuation after it.
    return elided ? (next.isSpace() || next.isPunct()) : (start.back().isPunct() && next.isSpace());
}

// Long texts made of real words and sentences, as a consultant who pasted a whole strategy would.
QString sentences(int count, const QString &theme)
{
    QStringList text;
    for (int i = 0; i < count; ++i)
        text.append(QStringLiteral("Sætning %1 om %2, der beskriver hvordan medarbejdere, ledere og politikere "
                                   "arbejder sammen på tværs af forvaltningerne i en længere periode.")
                        .arg(i + 1)
                        .arg(theme));
    return text.join(QLatin1Char(' '));
}

QString words(int count, const QString &word)
{
    QStringList text;
    for (int i = 0; i < count; ++i)
        text.append(QStringLiteral("%1%2").arg(word).arg(i + 1));
    return text.join(QLatin1Char(' '));
}

// The example with texts of thousands of characters everywhere the page shows a text, 40 focus
// areas, twelve more tracks that include politicians, and sixty more sessions for the council.
std::vector<AnyEntity> absurdExample()
{
    std::vector<AnyEntity> rows = exampleIn(danish);
    qint64 politicalTrack = 0;
    qint64 politicalActivity = 0;
    qint64 nextId = -900000;
    std::vector<AnyEntity> more;
    for (AnyEntity &row : rows) {
        if (auto *academy = std::get_if<Academy>(&row)) {
            academy->name = words(300, QStringLiteral("Innovationsakademiets-navn"));
            academy->purpose = sentences(60, QStringLiteral("formålet"));
            academy->focusAreas.clear();
            for (int i = 0; i < 40; ++i)
                academy->focusAreas.append(sentences(4, QStringLiteral("fokusområde %1").arg(i + 1)));
            academy->partnerMunicipalities = {710, 727, 730, 741, 746, 751, 756, 760, 766, 779};
        } else if (auto *track = std::get_if<Track>(&row)) {
            track->name += QLatin1Char(' ') + words(80, QStringLiteral("spornavn"));
            track->targetGroup = sentences(30, QStringLiteral("målgruppen"));
            if (track->kind == TrackKind::PoliticalInnovators) {
                politicalTrack = track->id;
                for (int i = 0; i < 12; ++i) {
                    Track extra = *track;
                    extra.id = --nextId;
                    extra.kind = TrackKind::Custom;
                    extra.targetRoles = {ParticipantRole::Politician, ParticipantRole::Manager};
                    extra.position = 10 + i;
                    more.emplace_back(extra);
                }
            }
        } else if (auto *activity = std::get_if<Activity>(&row)) {
            activity->title += QLatin1Char(' ') + sentences(10, QStringLiteral("aktiviteten"));
            if (activity->trackId == politicalTrack && politicalActivity == 0)
                politicalActivity = activity->id;
        } else if (auto *indicator = std::get_if<Indicator>(&row)) {
            indicator->name = sentences(12, QStringLiteral("indikatoren"));
            indicator->unit = words(40, QStringLiteral("enhed"));
        }
    }
    REQUIRE(politicalActivity != 0);
    for (int i = 0; i < 60; ++i) {
        Session session;
        session.id = --nextId;
        session.activityId = politicalActivity;
        session.date = QDate(2027, 2, 1).addDays(i * 5);
        session.startTime = QTime(17, 0);
        session.endTime = QTime(19, 30);
        more.emplace_back(session);
    }
    rows.insert(rows.end(), more.begin(), more.end());
    return rows;
}

// Writes the page as PDF where AKADEMIPLAN_ONEPAGER_PDF says (a path without ".pdf"), so that it can
// be looked at.
void keepForLooking(const Project &project, const QLocale &locale, const QString &name)
{
    if (!qEnvironmentVariableIsSet("AKADEMIPLAN_ONEPAGER_PDF"))
        return;
    OutputOptions options;
    options.locale = locale;
    QString error;
    CHECK(OnePager::write(project, options,
                          qEnvironmentVariable("AKADEMIPLAN_ONEPAGER_PDF") +
                              QStringLiteral("-%1-%2.pdf").arg(name, locale.name()),
                          &error));
}

// A line that says how many more there are, as the page writes it in the language installed.
QString moreText(const char *text, int count, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("Akademiplan::OnePager", text, disambiguation, count);
}

} // namespace

TEST_CASE("the example's one page is one page in Danish and in English with what a council reads", "[onepager]")
{
    TempFolder folder;
    const QLocale locale = GENERATE(danish, english);
    INFO(locale.name().toStdString());
    const Project project = projectOf(folder, exampleIn(locale));
    Paper paper;
    const std::vector<PlanPage> pages = onePagerPages(project, locale, paper);
    REQUIRE(pages.size() == 1);
    checkEverythingInPlace(pages.front(), paper);

    const QStringList texts = textsOf(pages);
    const Academy &academy = project.academies.items().front();
    CHECK(texts.contains(academy.name));
    CHECK(texts.contains(academy.purpose)); // the example's purpose is short enough to stand whole
    for (const QString &area : academy.focusAreas)
        CHECK(texts.contains(area));
    const ScopedLanguage language(locale);
    for (const Track *track : project.tracksOf(academy.id)) {
        INFO("track " << track->name.toStdString());
        CHECK(texts.contains(track->name));
        CHECK(std::any_of(texts.begin(), texts.end(), [&](const QString &text) {
            return !text.isEmpty() && isSummaryOf(text, track->targetGroup);
        }));
    }
    const AcademyBudget budget = BudgetCalculator::of(project, academy.id);
    CHECK(texts.contains(MoneyFormat::text(budget.cash.withVat())));
    CHECK(texts.contains(MoneyFormat::text(budget.municipalityShare)));
}

TEST_CASE("the council's one page lists the sessions of the tracks for politicians with their dates", "[onepager]")
{
    TempFolder folder;
    const Project project = projectOf(folder, exampleIn(english));
    Paper paper;
    const QStringList texts = textsOf(onePagerPages(project, english, paper));
    const ScopedLanguage language(english);
    auto dayOf = [](const Session &session) {
        return DisplayText::weekday(session.date) + QLatin1Char(' ') + DisplayText::dayMonthYear(session.date);
    };
    QSet<QDate> councilDays;
    int councilSessions = 0;
    for (const Session &session : project.sessions) {
        const Activity *activity = project.activities.find(session.activityId);
        const Track *track = project.tracks.find(activity->trackId);
        if (track->kind != TrackKind::PoliticalInnovators && !track->targetRoles.contains(ParticipantRole::Politician))
            continue;
        INFO(activity->title.toStdString() << " on " << dayOf(session).toStdString());
        ++councilSessions;
        councilDays.insert(session.date);
        // The day, and beside it the time and the activity.
        const qsizetype day = texts.indexOf(dayOf(session));
        REQUIRE(day >= 0);
        CHECK(texts.value(day + 1).contains(DisplayText::timeRange(session.startTime, session.endTime)));
        CHECK(texts.value(day + 1).contains(activity->title));
    }
    // The other tracks' sessions are on the year at a glance, not in the council's list.
    for (const Session &session : project.sessions) {
        INFO("on " << dayOf(session).toStdString());
        if (!councilDays.contains(session.date))
            CHECK_FALSE(texts.contains(dayOf(session)));
    }
    CHECK(councilSessions >= 3);
}

TEST_CASE("a large municipality's academy still fits one page and says how many sessions it leaves out", "[onepager]")
{
    TempFolder folder;
    std::vector<AnyEntity> rows;
    for (AnyEntity &row : largeProject(LargeProjectSize::large()))
        if (!std::holds_alternative<Participant>(row) && !std::holds_alternative<Enrolment>(row))
            rows.push_back(std::move(row));
    const Project project = projectOf(folder, rows);
    for (const QLocale &locale : {danish, english}) {
        INFO(locale.name().toStdString());
        Paper paper;
        const std::vector<PlanPage> pages = onePagerPages(project, locale, paper);
        REQUIRE(pages.size() == 1);
        checkEverythingInPlace(pages.front(), paper);
        // The politicians' track holds a quarter of the 2,000 sessions: most are summed up in a
        // line that says how many and when the last is.
        const QStringList texts = textsOf(pages);
        const ScopedLanguage language(locale);
        QDate lastDate;
        for (const Session &session : project.sessions) {
            const Track *track = project.tracks.find(project.activities.find(session.activityId)->trackId);
            if (track->kind == TrackKind::PoliticalInnovators && session.date > lastDate)
                lastDate = session.date;
        }
        const QString last = DisplayText::dayMonthYear(lastDate);
        int left = 0;
        for (int n = 400; n < 500; ++n)
            if (texts.contains(moreText("and %n more session(s), the last on %1", n).arg(last)))
                left = n;
        CHECK(left > 0);
        keepForLooking(project, locale, QStringLiteral("large"));
    }
}

TEST_CASE("texts of thousands of characters and 40 focus areas are summarised between words onto one page",
          "[onepager]")
{
    TempFolder folder;
    const std::vector<AnyEntity> rows = absurdExample();
    const Project project = projectOf(folder, rows);
    const Academy &academy = project.academies.items().front();
    QStringList originals{academy.name, academy.purpose};
    originals += academy.focusAreas;
    for (const Track &track : project.tracks)
        originals += {track.name, track.targetGroup};
    for (const Activity &activity : project.activities)
        originals.append(activity.title);
    for (const Indicator &indicator : project.indicators)
        originals.append(indicator.name);

    for (const QLocale &locale : {danish, english}) {
        INFO(locale.name().toStdString());
        Paper paper;
        const std::vector<PlanPage> pages = onePagerPages(project, locale, paper);
        REQUIRE(pages.size() == 1);
        checkEverythingInPlace(pages.front(), paper);
        int summarised = 0;
        for (const QString &text : textsOf(pages)) {
            // Each of the long texts the page shows is the original or a summary of it.
            const bool fromData = std::any_of(originals.begin(), originals.end(), [&](const QString &original) {
                return text.size() > 20 && original.startsWith(text.left(20));
            });
            if (!fromData)
                continue;
            INFO("shown: " << text.toStdString());
            CHECK(std::any_of(originals.begin(), originals.end(),
                              [&](const QString &original) { return isSummaryOf(text, original); }));
            ++summarised;
        }
        CHECK(summarised >= 8);
        // 40 focus areas: a few are shown, and a line says how many are not.
        const QStringList texts = textsOf(pages);
        const ScopedLanguage language(locale);
        int left = 0;
        for (int n = 30; n < 40; ++n)
            if (texts.contains(moreText("and %n more", n, "focus areas not shown")))
                left = n;
        CHECK(left >= 30);
        keepForLooking(project, locale, QStringLiteral("absurd"));
    }
}

TEST_CASE("a summary keeps whole sentences when it can and else whole words with an ellipsis", "[onepager]")
{
    Paper paper;
    const TextSummary summary(PlanLayout::font(PlanItem::Font::Body), paper.device());
    const int flags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;
    const qreal width = paper.layout().mm(120);
    const QString text = sentences(20, QStringLiteral("formålet"));

    CHECK(summary.fitted(QStringLiteral("Kort formål."), width, flags, 1) == QStringLiteral("Kort formål."));
    CHECK(summary.fitted(text, width, flags, 0) == text);
    const QString three = summary.fitted(text, width, flags, 3);
    INFO(three.toStdString());
    CHECK(three.endsWith(QStringLiteral("periode.")));
    CHECK(isSummaryOf(three, text));
    const QFontMetricsF metrics(PlanLayout::font(PlanItem::Font::Body), paper.device());
    const qreal line = metrics.boundingRect(QRectF(0, 0, width, 1e9), flags, QStringLiteral("X")).height();
    CHECK(metrics.boundingRect(QRectF(0, 0, width, 1e9), flags, three).height() <= 3 * line + 0.5);

    // One line cannot hold a whole sentence: the first words that fit, and an ellipsis.
    const QString one = summary.fitted(text, width, flags, 1);
    INFO(one.toStdString());
    CHECK(one.endsWith(ellipsis));
    CHECK_FALSE(one.endsWith(QStringLiteral(",…")));
    CHECK(isSummaryOf(one, text));
    CHECK(metrics.boundingRect(QRectF(0, 0, width, 1e9), flags, one).height() <= line + 0.5);

    // Only a single word longer than the line is cut, as nothing else could show it.
    const QString giant = QString(400, QLatin1Char('x'));
    const QString cut = summary.fitted(giant, width, flags, 2);
    CHECK(cut.endsWith(ellipsis));
    CHECK(metrics.horizontalAdvance(cut) <= width + 0.5);
}

TEST_CASE("the year at a glance marks each session day in its month in its track's lane", "[onepager]")
{
    Paper paper;
    PlanBlock glance{PlanBlock::Kind::Glance};
    glance.firstMonth = QDate(2027, 1, 1);
    for (int month = 1; month <= 12; ++month)
        glance.header.append(english.monthName(month, QLocale::ShortFormat));
    const QList<QDate> first{QDate(2027, 1, 4), QDate(2027, 3, 31), QDate(2027, 8, 1), QDate(2027, 12, 31)};
    const QList<QDate> second{QDate(2027, 2, 1), QDate(2027, 2, 28), QDate(2027, 11, 15)};
    glance.lanes = {{QStringLiteral("Innovation network"), QColor(0x00, 0x72, 0xB2), first},
                    {QStringLiteral("Political innovators"), QColor(0x00, 0x9E, 0x73), second}};
    qreal height = 0;
    const qreal width = paper.layout().mm(170);
    const std::vector<PlanItem> items =
        GlanceLayout(paper.device(), paper.layout().mm(1)).items(glance, width, &height);
    CHECK(height > 0);

    // The months' names, each over its own column.
    std::map<QString, QRectF> months;
    for (const PlanItem &item : items)
        if (item.kind == PlanItem::Kind::Text && glance.header.contains(item.text))
            months[item.text] = item.rect;
    REQUIRE(months.size() == 12);
    qreal chartLeft = width;
    for (const auto &[name, rect] : months)
        chartLeft = std::min(chartLeft, rect.left());
    CHECK(std::any_of(items.begin(), items.end(),
                      [](const PlanItem &item) { return item.text == QStringLiteral("2027"); }));
    for (const auto &lane : glance.lanes) {
        INFO(lane.name.toStdString());
        std::vector<QRectF> marks;
        for (const PlanItem &item : items)
            if (item.kind == PlanItem::Kind::Fill && item.colour == lane.colour && item.rect.left() >= chartLeft - 0.5)
                marks.push_back(item.rect);
        REQUIRE(marks.size() == std::size_t(lane.days.size()));
        std::sort(marks.begin(), marks.end(), [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
        for (qsizetype d = 0; d < lane.days.size(); ++d) {
            const QRectF month = months.at(english.monthName(lane.days.at(d).month(), QLocale::ShortFormat));
            INFO(lane.days.at(d).toString(Qt::ISODate).toStdString());
            CHECK(marks[std::size_t(d)].center().x() >= month.left());
            CHECK(marks[std::size_t(d)].center().x() <= month.right());
            CHECK(marks[std::size_t(d)].left() >= 0);
            CHECK(marks[std::size_t(d)].right() <= width + 0.5);
        }
    }
}

TEST_CASE("the year at a glance over many years names as many months and years as fit without overlap", "[onepager]")
{
    Paper paper;
    PlanBlock glance{PlanBlock::Kind::Glance};
    glance.firstMonth = QDate(2027, 5, 1);
    for (QDate month = glance.firstMonth; month < QDate(2039, 5, 1); month = month.addMonths(1))
        glance.header.append(danish.monthName(month.month(), QLocale::ShortFormat));
    glance.lanes = {{words(50, QStringLiteral("spor")), QColor(0xD5, 0x5E, 0x00), {QDate(2030, 1, 1)}}};
    qreal height = 0;
    const std::vector<PlanItem> items =
        GlanceLayout(paper.device(), paper.layout().mm(1)).items(glance, paper.layout().mm(170), &height);
    std::map<qreal, std::vector<QRectF>> rows; // the texts by their top
    int years = 0;
    for (const PlanItem &item : items) {
        if (item.kind != PlanItem::Kind::Text)
            continue;
        const QFontMetricsF metrics(PlanLayout::font(item.font), paper.device());
        INFO("\"" << item.text.toStdString() << "\"");
        CHECK(metrics.boundingRect(item.rect, item.flags, item.text).width() <= item.rect.width() + 0.5);
        rows[item.rect.top()].push_back(item.rect);
        years += item.text.size() == 4 && item.text.toInt() >= 2027 ? 1 : 0;
    }
    CHECK(years >= 6);
    for (auto &[top, boxes] : rows) {
        std::sort(boxes.begin(), boxes.end(), [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
        for (std::size_t i = 1; i < boxes.size(); ++i)
            CHECK(boxes[i - 1].right() <= boxes[i].left() + 0.5);
    }
}

TEST_CASE("a continuous document flows its headings on one page where a plan gives each a page", "[onepager]")
{
    Paper paper;
    std::vector<PlanBlock> blocks;
    for (const QString &title : {QStringLiteral("Formål"), QStringLiteral("Budget"), QStringLiteral("Evaluering")}) {
        PlanBlock heading{PlanBlock::Kind::Heading};
        heading.text = title;
        PlanBlock text{PlanBlock::Kind::Paragraph};
        text.text = sentences(2, title);
        blocks.insert(blocks.end(), {heading, text});
    }
    const qreal dots = paper.layout().mm(1);
    CHECK(PlanLayout(paper.device(), dots).layout(blocks).size() == 3);
    CHECK(PlanLayout(paper.device(), dots, true).layout(blocks).size() == 1);
}

TEST_CASE("a project without an academy has no one page to write and leaves no file", "[onepager]")
{
    TempFolder folder;
    const Project project = projectOf(folder, {});
    const QString path = folder.path(QStringLiteral("side.pdf"));
    QString error;
    CHECK(OnePager::document(project, {}).academyId == 0);
    CHECK_FALSE(OnePager::write(project, {}, path, &error));
    CHECK(error.contains(QStringLiteral("academy")));
    CHECK_FALSE(QFileInfo::exists(path));
}
