// SPDX-License-Identifier: MPL-2.0
// The programme as a web page, made by core: what its reader would notice if a session, an
// activity or a person went missing, if a user's text broke the page, or if a large
// municipality's page could not be made. The page in a browser: tests/cli/test_web_page_cli.cpp.
#include "catch.h"
#include "domain/municipalityregistry.h"
#include "editor/projecteditor.h"
#include "largeproject.h"
#include "report/outputoptions.h"
#include "report/webprogramme.h"
#include "testfiles.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

Project projectOf(const TempFolder &folder, const std::vector<AnyEntity> &rows)
{
    FileProblem problem;
    auto document =
        Document::create(folder.path(QStringLiteral("plan.akademi")), *MunicipalityRegistry::byCode(751), &problem);
    INFO(problem.message.toStdString());
    REQUIRE(document);
    if (!rows.empty())
        REQUIRE(ProjectEditor(*document).insertAll(QStringLiteral("rows"), rows).ok);
    return document->project();
}

// The opening and closing tags of every element that has both, in the order written, must pair
// up: a user's text that opened an element would leave one unclosed.
bool tagsBalance(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<(/?)([a-z][a-z0-9]*)[^>]*>"));
    static const QStringList voidElements{QStringLiteral("meta"), QStringLiteral("br")};
    QStringList open;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(2);
        if (voidElements.contains(name))
            continue;
        if (match.captured(1).isEmpty()) {
            open.append(name);
        } else if (open.isEmpty() || open.takeLast() != name) {
            return false;
        }
    }
    return open.isEmpty();
}

} // namespace

TEST_CASE("a large municipality's web page holds every activity and session, and its people only when asked", "[web]")
{
    TempFolder folder;
    const LargeProjectSize size = LargeProjectSize::large();
    const Project project = projectOf(folder, largeProject(size));
    const bool withParticipants = GENERATE(false, true);
    INFO((withParticipants ? "with" : "without") << " the participants");
    OutputOptions options;
    options.withParticipants = withParticipants;
    const QString path = folder.path(QStringLiteral("programme.html"));
    QString error;
    QElapsedTimer timer;
    timer.start();
    REQUIRE(WebProgramme::write(project, options, path, &error));
    // Seen on a quiet 2-core machine: about 0.1 s without the people and 0.3 s with them.
    UNSCOPED_INFO("written in " << timer.elapsed() << " ms");
    const QString html = QString::fromUtf8(readBytes(path));
    CHECK(tagsBalance(html));
    CHECK(html.count(QStringLiteral("<section class=\"activity\"")) == size.activities);
    const qsizetype calendar = html.indexOf(QStringLiteral("<section id=\"calendar\">"));
    REQUIRE(calendar > 0);
    CHECK(html.mid(calendar).count(QStringLiteral("<tr>")) == size.sessions + 1);
    // Every person enrolled somewhere is named once per activity, and only when asked.
    int enrolled = 0;
    const Participant *someone = nullptr;
    for (const Enrolment &enrolment : project.enrolments) {
        if (enrolment.activityId == 0 || enrolment.status != EnrolmentStatus::Enrolled)
            continue;
        ++enrolled;
        someone = project.participants.find(enrolment.participantId);
    }
    REQUIRE(enrolled > 1000);
    REQUIRE(someone);
    static const QRegularExpression name(QStringLiteral("<li>[^<]+ [0-9]+</li>"));
    int names = 0;
    for (auto it = name.globalMatch(html); it.hasNext(); it.next())
        ++names;
    CHECK(names == (withParticipants ? enrolled : 0));
    CHECK(html.contains(QStringLiteral(">%1<").arg(someone->name)) == withParticipants);
}

TEST_CASE("every user text on the web page is escaped and the page stays whole", "[web]")
{
    TempFolder folder;
    const QString markup = QStringLiteral("<i>a</i> & \"b\" </section></main>");
    Academy academy;
    academy.id = -1;
    academy.name = QStringLiteral("Akademi ") + markup;
    academy.startDate = QDate(2027, 1, 4);
    academy.endDate = QDate(2027, 6, 30);
    academy.purpose = markup;
    academy.focusAreas = {markup};
    academy.consultant = markup;
    Track track;
    track.id = -2;
    track.academyId = -1;
    track.name = markup;
    track.goal = markup;
    track.targetGroup = markup;
    track.colour = QColor(QStringLiteral("#2a7ab0"));
    Activity activity;
    activity.id = -3;
    activity.trackId = -2;
    activity.title = markup;
    activity.description = markup;
    activity.facilitator = markup;
    activity.location = markup;
    Session session;
    session.id = -4;
    session.activityId = -3;
    session.date = QDate(2027, 3, 2);
    session.startTime = QTime(9, 0);
    session.endTime = QTime(12, 0);
    session.location = markup;
    Participant participant;
    participant.id = -5;
    participant.name = markup;
    Enrolment enrolment;
    enrolment.id = -6;
    enrolment.participantId = -5;
    enrolment.activityId = -3;
    const Project project = projectOf(folder, {academy, track, activity, session, participant, enrolment});
    OutputOptions options;
    options.withParticipants = true;
    const QString html = QString::fromUtf8(WebProgramme::page(project, options));
    REQUIRE_FALSE(html.isEmpty());
    CHECK_FALSE(html.contains(QStringLiteral("<i>")));
    CHECK(tagsBalance(html));
    // The academy, its purpose, focus area and consultant, the track's name, goal and target
    // group (also in the table of tracks, the contents, the overview and the calendar), the
    // activity's title, facilitator, location and description, the session's place (in its
    // table and the calendar) and the participant's name: all as text.
    CHECK(html.count(markup.toHtmlEscaped()) >= 16);
}

TEST_CASE("a project without an academy makes no web page and writes no file", "[web]")
{
    TempFolder folder;
    const Project project = projectOf(folder, {});
    CHECK(WebProgramme::page(project, {}).isEmpty());
    QString error;
    const QString path = folder.path(QStringLiteral("programme.html"));
    CHECK_FALSE(WebProgramme::write(project, {}, path, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(QFileInfo::exists(path));
}
