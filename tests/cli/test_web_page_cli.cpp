// SPDX-License-Identifier: MPL-2.0
// The programme as a web page for a municipality's intranet, written by the real binary and
// checked as its readers and the intranet's editor would: opened in Debian's Chromium with
// axe-core's WCAG 2.1 A and AA rules, validated as HTML5 by html-validate, and watched for any
// request beyond the file itself (tests/web/check-page.mjs). A missing browser, node or the
// checks' node modules fails the test with what to run; it never passes without them.
#include "badfiles.h"
#include "catch.h"
#include "pdftools.h"
#include "programrun.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

const QString webTools = QStringLiteral(AKADEMIPLAN_WEB_TOOLS);

// node, Chromium and the checks' modules, or a failed test that says how to get them.
QString nodeProgram()
{
    QStringList missing;
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty())
        missing.append(QStringLiteral("node (apt-get install nodejs npm)"));
    if (!QFileInfo(QStringLiteral("/usr/bin/chromium")).isExecutable())
        missing.append(QStringLiteral("/usr/bin/chromium (apt-get install chromium)"));
    for (const char *module : {"axe-core", "html-validate", "playwright-core"})
        if (!QFileInfo::exists(webTools + QStringLiteral("/node_modules/") + QString::fromLatin1(module)))
            missing.append(QStringLiteral("%1 (cd %2 && npm ci)").arg(QString::fromLatin1(module), webTools));
    if (!missing.isEmpty())
        FAIL("the web page cannot be checked without " << missing.join(QStringLiteral(", ")).toStdString()
                                                       << "; packaging/dev.sh test installs them all");
    return node;
}

// What check-page.mjs found on each page, in the order given; `screenshot` "-" for none.
QJsonArray checkPages(const QList<std::pair<QString, QString>> &pagesAndScreenshots)
{
    const QString node = nodeProgram();
    QStringList arguments{webTools + QStringLiteral("/check-page.mjs")};
    for (const auto &[page, screenshot] : pagesAndScreenshots)
        arguments << page << screenshot;
    const ProgramResult result = runProgram(node, arguments, QProcessEnvironment::systemEnvironment());
    INFO("check-page.mjs: " << result.errText().toStdString());
    REQUIRE(result.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(result.out, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(json.isArray());
    REQUIRE(json.array().size() == pagesAndScreenshots.size());
    return json.array();
}

std::string described(const QJsonValue &value)
{
    return QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented).toStdString();
}

// A page passes what an intranet's accessibility audit and an HTML validator check, on a screen
// and a phone, fetches nothing, has no script, draws the keyboard focus and leaves its navigation
// off paper.
void checkAudit(const QJsonObject &result, const QString &lang)
{
    INFO(result.value(QStringLiteral("file")).toString().toStdString());
    const QJsonObject axe = result.value(QStringLiteral("axe")).toObject();
    INFO("axe violations: " << described(axe.value(QStringLiteral("violations"))));
    CHECK(axe.value(QStringLiteral("violations")).toArray().isEmpty());
    CHECK(axe.value(QStringLiteral("passes")).toInt() > 10);
    // On a phone: the same rules, and only a table's own box scrolls sideways, never the page.
    const QJsonObject phone = result.value(QStringLiteral("phone")).toObject();
    const QJsonObject phoneAxe = phone.value(QStringLiteral("axe")).toObject();
    INFO("axe violations at a phone's width: " << described(phoneAxe.value(QStringLiteral("violations"))));
    CHECK(phoneAxe.value(QStringLiteral("violations")).toArray().isEmpty());
    CHECK(phone.value(QStringLiteral("pageWidth")).toInt() == 390);
    const QJsonObject validation = result.value(QStringLiteral("htmlValidate")).toObject();
    INFO("html-validate errors: " << described(validation.value(QStringLiteral("errors"))));
    INFO("html-validate warnings: " << described(validation.value(QStringLiteral("warnings"))));
    CHECK(validation.value(QStringLiteral("valid")).toBool());
    CHECK(validation.value(QStringLiteral("errors")).toArray().isEmpty());
    CHECK(validation.value(QStringLiteral("warnings")).toArray().isEmpty());
    INFO("requests: " << described(result.value(QStringLiteral("requests"))));
    CHECK(result.value(QStringLiteral("requests")).toArray().isEmpty());
    const QJsonObject page = result.value(QStringLiteral("page")).toObject();
    CHECK(page.value(QStringLiteral("lang")).toString() == lang);
    CHECK(page.value(QStringLiteral("scripts")).toInt() == 0);
    CHECK_FALSE(page.value(QStringLiteral("title")).toString().isEmpty());
    for (const QJsonValue &focus : result.value(QStringLiteral("focus")).toArray()) {
        INFO("focused from the keyboard: " << focus.toObject().value(QStringLiteral("text")).toString().toStdString());
        CHECK(focus.toObject().value(QStringLiteral("outlineStyle")).toString() != QStringLiteral("none"));
    }
    const QJsonObject print = result.value(QStringLiteral("print")).toObject();
    CHECK_FALSE(print.value(QStringLiteral("navigationShown")).toBool());
    CHECK(print.value(QStringLiteral("textColour")).toString() == QStringLiteral("rgb(0, 0, 0)"));
}

// The page's text as a reader gets it: tags gone, entities read, white space single.
QString readerText(const QString &html)
{
    static const QRegularExpression styleSheet(QStringLiteral("<style>.*</style>"),
                                               QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.remove(styleSheet);
    text.replace(tag, QStringLiteral(" "));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text.simplified();
}

QString exportPage(const Binary &app, const QString &project, const QString &html, const QStringList &options = {})
{
    const Run result = app.run(QStringList{QStringLiteral("--export-html"), html, project} + options);
    INFO("stderr: " << result.errText().toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.err.isEmpty());
    // One line saying what was written, naming the file.
    CHECK(result.out.count('\n') == 1);
    CHECK(result.outText().contains(QFileInfo(html).fileName()));
    REQUIRE(QFileInfo(html).isFile());
    return QString::fromUtf8(readBytes(html));
}

// The section of the page with this id, up to the next section at the same level.
QString sectionOf(const QString &html, const QString &id)
{
    const qsizetype start = html.indexOf(QStringLiteral("id=\"%1\"").arg(id));
    REQUIRE(start >= 0);
    const qsizetype end = html.indexOf(QStringLiteral("</section>"), start);
    return html.mid(start, end - start);
}

// A session as a Dane or an English reader writes it, independently of the program's own formats:
// "tirsdag", "3. marts 2027", "uge 9", "9.00–12.00" or "Tuesday", "3 March 2027", "week 9",
// "09:00–12:00".
struct SessionWords
{
    QString weekday;
    QString date;
    QString week;
    QString time;
};

SessionWords sessionWords(const Session &session, bool danish)
{
    static const QStringList daDays{QStringLiteral("mandag"),  QStringLiteral("tirsdag"), QStringLiteral("onsdag"),
                                    QStringLiteral("torsdag"), QStringLiteral("fredag"),  QStringLiteral("lørdag"),
                                    QStringLiteral("søndag")};
    static const QStringList daMonths{
        QStringLiteral("januar"),    QStringLiteral("februar"), QStringLiteral("marts"),    QStringLiteral("april"),
        QStringLiteral("maj"),       QStringLiteral("juni"),    QStringLiteral("juli"),     QStringLiteral("august"),
        QStringLiteral("september"), QStringLiteral("oktober"), QStringLiteral("november"), QStringLiteral("december")};
    const QDate &date = session.date;
    if (danish)
        return {daDays.at(date.dayOfWeek() - 1),
                QStringLiteral("%1. %2 %3").arg(date.day()).arg(daMonths.at(date.month() - 1)).arg(date.year()),
                QStringLiteral("uge %1").arg(date.weekNumber()),
                QStringLiteral("%1–%2").arg(session.startTime.toString(QStringLiteral("H.mm")),
                                            session.endTime.toString(QStringLiteral("H.mm")))};
    return {date.toString(QStringLiteral("dddd")), date.toString(QStringLiteral("d MMMM yyyy")),
            QStringLiteral("week %1").arg(date.weekNumber()),
            QStringLiteral("%1–%2").arg(session.startTime.toString(QStringLiteral("HH:mm")),
                                        session.endTime.toString(QStringLiteral("HH:mm")))};
}

const Academy &onlyAcademy(const Project &project)
{
    REQUIRE(project.academies.size() == 1);
    return project.academies.items().front();
}

// Everyone enrolled in one of the academy's activities whose name is not also that of a
// facilitator or the consultant, who belong on the page whatever the options.
QStringList enrolledNames(const Project &project)
{
    QStringList staff;
    for (const Academy &academy : project.academies)
        staff.append(academy.consultant);
    for (const Activity &activity : project.activities)
        staff.append(activity.facilitator);
    QStringList names;
    for (const Enrolment &enrolment : project.enrolments) {
        const Participant *participant = project.participants.find(enrolment.participantId);
        if (enrolment.activityId == 0 || enrolment.status != EnrolmentStatus::Enrolled || !participant)
            continue;
        const bool isStaff = std::any_of(staff.cbegin(), staff.cend(), [participant](const QString &name) {
            return name.contains(participant->name);
        });
        if (!isStaff && !names.contains(participant->name))
            names.append(participant->name);
    }
    return names;
}

} // namespace

TEST_CASE("the web page in Danish and English passes axe and html-validate and fetches nothing", "[cli][web]")
{
    const Binary app;
    TempFolder folder;
    const QString project = app.makeExample(folder, QStringLiteral("silkeborg.akademi"), QStringLiteral("da_DK.UTF-8"));
    const QString danish = folder.path(QStringLiteral("programme.html"));
    const QString english = folder.path(QStringLiteral("programme-en.htm"));
    const QString danishHtml = exportPage(app, project, danish);
    const QString englishHtml = exportPage(app, project, english, {QStringLiteral("--lang"), QStringLiteral("en")});
    const QString screenshot = folder.path(QStringLiteral("programme.png"));
    const QJsonArray results = checkPages({{danish, screenshot}, {english, QStringLiteral("-")}});
    checkAudit(results.at(0).toObject(), QStringLiteral("da"));
    checkAudit(results.at(1).toObject(), QStringLiteral("en"));
    // A screenshot of the whole page, as tall as its content.
    CHECK(QFileInfo(screenshot).size() > 50000);

    const Project content = readProject(project);
    const Academy &academy = onlyAcademy(content);
    for (const bool inDanish : {true, false}) {
        const QString &html = inDanish ? danishHtml : englishHtml;
        INFO((inDanish ? "Danish" : "English"));
        CHECK(html.startsWith(QStringLiteral("<!DOCTYPE html>\n")));
        CHECK(html.contains(inDanish ? QStringLiteral("<html lang=\"da\">") : QStringLiteral("<html lang=\"en\">")));
        CHECK(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
        CHECK(html.contains(QStringLiteral("<h1>%1</h1>").arg(academy.name.toHtmlEscaped())));
        CHECK(html.contains(QStringLiteral("<title>%1").arg(academy.name.toHtmlEscaped())));
        for (const QString &landmark :
             {QStringLiteral("<header"), QStringLiteral("<nav"), QStringLiteral("<main"), QStringLiteral("<footer")})
            CHECK(html.count(landmark) == 1);
        const QString text = readerText(html);
        CHECK(text.contains(inDanish ? QStringLiteral("Silkeborg Kommune") : QStringLiteral("Silkeborg Municipality")));
        CHECK(text.contains(inDanish ? QStringLiteral("Plan pr. ") : QStringLiteral("Plan as of ")));
        int sessions = 0;
        for (const Track *track : content.tracksOf(academy.id)) {
            INFO("track " << track->name.toStdString());
            const QString anchor = QStringLiteral("track-%1").arg(track->id);
            // A heading of its own, and a link to it in the table of contents.
            CHECK(html.contains(QStringLiteral("<h2>%1</h2>").arg(track->name.toHtmlEscaped())));
            CHECK(html.contains(QStringLiteral("<a href=\"#%1\">%2</a>").arg(anchor, track->name.toHtmlEscaped())));
            for (const Activity *activity : content.activitiesOf(track->id)) {
                INFO("activity " << activity->title.toStdString());
                CHECK(html.contains(QStringLiteral("<h3>%1</h3>").arg(activity->title.toHtmlEscaped())));
                const QString section = sectionOf(html, QStringLiteral("activity-%1").arg(activity->id));
                for (const Session *session : content.sessionsOf(activity->id)) {
                    // Its row: weekday, date, week, time, as the plan writes them.
                    const SessionWords words = sessionWords(*session, inDanish);
                    CHECK(readerText(section).contains(
                        QStringList{words.weekday, words.date, words.week, words.time}.join(QLatin1Char(' '))));
                    CHECK(section.contains(QStringLiteral("<time datetime=\"%1\">%2</time>")
                                               .arg(session->date.toString(Qt::ISODate), words.date)));
                    ++sessions;
                }
            }
        }
        REQUIRE(sessions > 10);
        // The calendar: every session once, in date order.
        const QString calendar = sectionOf(html, QStringLiteral("calendar"));
        static const QRegularExpression rowDate(
            QStringLiteral("<tr>\\s*<th scope=\"row\"[^>]*>\\s*<time datetime=\"([0-9-]+)\">"));
        QStringList dates;
        for (auto it = rowDate.globalMatch(calendar); it.hasNext();)
            dates.append(it.next().captured(1));
        CHECK(dates.size() == sessions);
        CHECK(std::is_sorted(dates.cbegin(), dates.cend()));
        CHECK(html.count(QStringLiteral("<th scope=\"col\">")) > 10);
        CHECK(html.count(QStringLiteral("<caption id=")) > 5);
    }
}

TEST_CASE("the web page names the participants only when asked to", "[cli][web]")
{
    const Binary app;
    TempFolder folder;
    const QString project = app.makeExample(folder, QStringLiteral("silkeborg.akademi"), QStringLiteral("da_DK.UTF-8"));
    const QStringList names = enrolledNames(readProject(project));
    REQUIRE(names.size() > 5);
    const QString without = folder.path(QStringLiteral("intranet.html"));
    const QString with = folder.path(QStringLiteral("with-people.html"));
    const QString withoutText = readerText(exportPage(app, project, without));
    const QString withText = readerText(exportPage(app, project, with, {QStringLiteral("--with-participants")}));
    for (const QString &name : names) {
        INFO(name.toStdString());
        CHECK_FALSE(withoutText.contains(name));
        CHECK(withText.contains(name));
    }
    checkAudit(checkPages({{with, QStringLiteral("-")}}).at(0).toObject(), QStringLiteral("da"));
}

TEST_CASE("user text with markup characters reaches the web page as text", "[cli][web]")
{
    const Binary app;
    TempFolder folder;
    const QString project = app.makeExample(folder, QStringLiteral("silkeborg.akademi"), QStringLiteral("C.UTF-8"));
    const Project content = readProject(project);
    const Academy &academy = onlyAcademy(content);
    const Activity &activity = content.activities.items().front();
    const QString academyName = QStringLiteral("Akademi <b>\"Fremtid\"</b> & 'mod'");
    const QString title = QStringLiteral("<script>alert(\"x\")</script> & co");
    const QString description = QStringLiteral("Bring <laptop> & \"notes\".\n\nSecond paragraph <i>here</i>.");
    const auto change = [](const char *type, const QUuid &uuid, const QJsonObject &fields) {
        return QJsonObject{{QStringLiteral("change"), QString::fromLatin1(type)},
                           {QStringLiteral("uuid"), uuid.toString(QUuid::WithoutBraces)},
                           {QStringLiteral("fields"), fields}};
    };
    const QJsonObject batch{
        {QStringLiteral("format"), QStringLiteral("akademiplan-changes")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("changes"),
         QJsonArray{change("academy", academy.uuid, {{QStringLiteral("name"), academyName}}),
                    change("activity", activity.uuid,
                           {{QStringLiteral("title"), title}, {QStringLiteral("description"), description}})}}};
    const QString batchPath = folder.path(QStringLiteral("changes.json"));
    writeBytes(batchPath, QJsonDocument(batch).toJson());
    const Run applied = app.run({QStringLiteral("--apply"), batchPath, project});
    INFO("--apply: " << applied.errText().toStdString());
    REQUIRE(applied.exitCode == 0);

    const QString page = folder.path(QStringLiteral("programme.html"));
    const QString html = exportPage(app, project, page, {QStringLiteral("--academy"), academyName});
    CHECK_FALSE(html.contains(QStringLiteral("<script")));
    CHECK_FALSE(html.contains(QStringLiteral("<b>")));
    CHECK_FALSE(html.contains(QStringLiteral("<laptop>")));
    CHECK(html.contains(QStringLiteral("<h1>Akademi &lt;b&gt;&quot;Fremtid&quot;&lt;/b&gt; &amp; 'mod'</h1>")));
    CHECK(html.contains(QStringLiteral("<h3>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co</h3>")));
    const QString text = readerText(html);
    CHECK(text.contains(academyName));
    CHECK(text.contains(title));
    CHECK(text.contains(QStringLiteral("Bring <laptop> & \"notes\".")));
    CHECK(text.contains(QStringLiteral("Second paragraph <i>here</i>.")));
    checkAudit(checkPages({{page, QStringLiteral("-")}}).at(0).toObject(), QStringLiteral("da"));
}

TEST_CASE("a web page that cannot be written as asked exits with its code and leaves no file", "[cli][web]")
{
    const Binary app;
    TempFolder folder;
    const QString project = app.makeExample(folder, QStringLiteral("silkeborg.akademi"), QStringLiteral("C.UTF-8"));
    const QByteArray projectBytes = readBytes(project);
    const QString earlier = folder.path(QStringLiteral("programme.html"));
    const QByteArray earlierBytes = QByteArrayLiteral("<!DOCTYPE html>\n<title>Last month's programme</title>\n");
    writeBytes(earlier, earlierBytes);
    const std::string entries = folderListing(folder.path(QString()));
    QStringList arguments{QStringLiteral("--export-html"), earlier, project};
    int exitCode = 0;
    SECTION("a name that is not a web page's")
    {
        arguments[1] = folder.path(QStringLiteral("programme.pdf"));
        exitCode = 1;
    }
    SECTION("an option the web page does not take")
    {
        arguments << QStringLiteral("--pdfa");
        exitCode = 1;
    }
    SECTION("an academy the project does not have")
    {
        arguments << QStringLiteral("--academy") << QStringLiteral("Nowhere");
        exitCode = 3;
    }
    SECTION("a folder that does not exist")
    {
        arguments[1] = folder.path(QStringLiteral("no such folder/programme.html"));
        exitCode = 2;
    }
    SECTION("a project that is not there")
    {
        arguments[2] = folder.path(QStringLiteral("gone.akademi"));
        exitCode = 2;
    }
    const Run result = app.run(arguments);
    INFO("akademiplan " << arguments.join(QLatin1Char(' ')).toStdString());
    INFO("stderr: " << result.errText().toStdString());
    CHECK(result.exitCode == exitCode);
    CHECK(result.out.isEmpty());
    CHECK(result.err.count('\n') == 1);
    CHECK(result.errText().startsWith(QStringLiteral("akademiplan: ")));
    CHECK(holdsBytes(earlier, earlierBytes));
    CHECK(holdsBytes(project, projectBytes));
    CHECK(folderListing(folder.path(QString())) == entries);
}
