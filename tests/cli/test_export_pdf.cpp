// SPDX-License-Identifier: MPL-2.0
// The programme plan written as PDF by the real binary, checked with the tools an archivist or a
// print shop would use: qpdf for the file's structure, poppler's pdfinfo, pdffonts and pdftotext
// for what a reader gets. A missing tool fails the test with the Debian package that provides it
// (packaging/dev.sh installs them), so that a missing package never passes for a good PDF.
#include "badfiles.h"
#include "catch.h"
#include "pdftools.h"
#include "programrun.h"
#include "testfiles.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRectF>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>
#include <vector>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

const Academy &onlyAcademy(const Project &project)
{
    REQUIRE(project.academies.size() == 1);
    return project.academies.items().front();
}

// The sessions of an academy, in date order.
QList<QDate> sessionDates(const Project &project, qint64 academyId)
{
    QList<QDate> dates;
    for (const Track *track : project.tracksOf(academyId))
        for (const Activity *activity : project.activitiesOf(track->id))
            for (const Session *session : project.sessionsOf(activity->id))
                dates.append(session->date);
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    return dates;
}

// The names of the people enrolled in the academy's activities. Names that also appear as a
// facilitator or consultant are left out: those belong in the plan whatever the options.
QStringList participantNames(const Project &project, qint64 academyId)
{
    QStringList staff;
    for (const Academy &academy : project.academies)
        staff.append(academy.consultant);
    for (const Activity &activity : project.activities)
        staff.append(activity.facilitator);
    QStringList names;
    for (const Enrolment &enrolment : project.enrolments) {
        if (enrolment.activityId == 0 || enrolment.status != EnrolmentStatus::Enrolled)
            continue;
        const Academy *academy = project.academyOfActivity(enrolment.activityId);
        const Participant *participant = project.participants.find(enrolment.participantId);
        if (!academy || academy->id != academyId || !participant)
            continue;
        const bool isStaff = std::any_of(staff.cbegin(), staff.cend(), [participant](const QString &name) {
            return name.contains(participant->name);
        });
        if (!isStaff && !names.contains(participant->name))
            names.append(participant->name);
    }
    return names;
}

// Whether a page size as pdfinfo reports it is A4, upright or on its side. Qt 6.4's PDF writer
// gives the page box in whole points (595 x 842 rather than 595.28 x 841.89): A4 to a third of a
// millimetre, and so named by pdfinfo.
bool isA4(const QString &size, bool landscape)
{
    const QRegularExpression pattern(QStringLiteral("^([0-9.]+) x ([0-9.]+) pts"));
    const QRegularExpressionMatch match = pattern.match(size);
    if (!match.hasMatch())
        return false;
    const double width = match.captured(landscape ? 2 : 1).toDouble();
    const double height = match.captured(landscape ? 1 : 2).toDouble();
    return std::abs(width - 595.28) < 1.0 && std::abs(height - 841.89) < 1.0 && size.contains(QStringLiteral("(A4)"));
}

// The plan's text names the academy, each of its tracks, and every session's date and ISO week
// as the plan's language writes them.
void checkNamesAcademyTracksAndSessions(const QString &text, const Project &content, const Academy &academy,
                                        const QLocale &locale, const QString &dateFormat, const QString &week)
{
    CHECK(text.contains(academy.name));
    for (const Track *track : content.tracksOf(academy.id)) {
        INFO("track " << track->name.toStdString());
        CHECK(text.contains(track->name));
    }
    for (const QDate &date : sessionDates(content, academy.id)) {
        INFO("session on " << date.toString(Qt::ISODate).toStdString());
        CHECK(text.contains(locale.toString(date, dateFormat)));
        CHECK(text.contains(week.arg(date.weekNumber())));
    }
}

// The calendar of all sessions as the PDF shows it: on each page that has its header row, the
// words under the header are sorted into the columns the header's words start, each word must
// end before the next column starts, and the columns kept on one line (date, week, time) must
// hold exactly one line per row, as `line` describes it. Returns the rows found.
int checkCalendarColumns(const QList<QList<Word>> &pages, const QStringList &header,
                         const std::vector<std::pair<int, QRegularExpression>> &keptColumns)
{
    auto sameLine = [](const Word &a, const Word &b) { return std::abs(a.box.top() - b.box.top()) < 0.5; };
    int rows = 0;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        const QList<Word> &words = pages.at(p);
        // The header row: its words in order, on one line.
        QList<Word> headerWords;
        for (const Word &first : words) {
            if (first.text != header.constFirst())
                continue;
            QList<Word> line;
            for (const Word &word : words)
                if (sameLine(word, first))
                    line.append(word);
            std::sort(line.begin(), line.end(),
                      [](const Word &a, const Word &b) { return a.box.left() < b.box.left(); });
            QStringList texts;
            for (const Word &word : std::as_const(line))
                texts.append(word.text);
            if (texts == header)
                headerWords = line;
        }
        if (headerWords.isEmpty())
            continue;
        INFO("page " << p + 1);
        // The running footer is the last line of the page.
        qreal footer = 0;
        for (const Word &word : words)
            footer = std::max(footer, word.box.top());
        std::vector<std::map<int, QStringList>> columns(std::size_t(header.size())); // lines by their top
        for (const Word &word : words) {
            if (word.box.top() <= headerWords.constFirst().box.bottom() || word.box.top() >= footer - 0.5)
                continue;
            INFO("\"" << word.text.toStdString() << "\" at x " << word.box.left() << " to " << word.box.right());
            qsizetype column = -1;
            while (column + 1 < headerWords.size() && headerWords.at(column + 1).box.left() <= word.box.left() + 0.5)
                ++column;
            REQUIRE(column >= 0);
            if (column + 1 < headerWords.size())
                CHECK(word.box.right() <= headerWords.at(column + 1).box.left());
            columns[std::size_t(column)][qRound(word.box.top() * 10)].append(word.text);
        }
        for (const auto &[column, line] : keptColumns) {
            INFO("column " << header.at(column).toStdString());
            // One line per row: the same tops as the first kept column, each a whole cell.
            std::vector<int> tops;
            for (const auto &[top, texts] : columns[std::size_t(column)]) {
                INFO(texts.join(QLatin1Char(' ')).toStdString());
                CHECK(line.match(texts.join(QLatin1Char(' '))).hasMatch());
                tops.push_back(top);
            }
            std::vector<int> firstTops;
            for (const auto &[top, texts] : columns[std::size_t(keptColumns.front().first)])
                firstTops.push_back(top);
            CHECK(tops == firstTops);
        }
        rows += int(columns[std::size_t(keptColumns.front().first)].size());
    }
    return rows;
}

int sessionCount(const Project &project, qint64 academyId)
{
    int count = 0;
    for (const Track *track : project.tracksOf(academyId))
        for (const Activity *activity : project.activitiesOf(track->id))
            count += int(project.sessionsOf(activity->id).size());
    return count;
}

} // namespace

TEST_CASE("the programme plan PDF passes qpdf's check, embeds every font and is printed on A4", "[cli][pdf]")
{
    const PdfTools tools = PdfTools::find();
    const Binary app;
    TempFolder folder;
    const QString project = app.makeExample(folder, QStringLiteral("silkeborg.akademi"), QStringLiteral("da_DK.UTF-8"));
    const QByteArray projectBytes = readBytes(project);
    const Exported plan = exportPlan(app, tools, project, folder.path(QStringLiteral("programplan.pdf")));

    const Run checked = tools.check(plan.pdf);
    INFO("qpdf --check: " << checked.outText().toStdString() << checked.errText().toStdString());
    CHECK(checked.exitCode == 0);

    tools.checkFontsEmbedded(plan.pdf);

    INFO("pdfinfo:\n" << plan.info.toStdString());
    CHECK(isA4(infoField(plan.info, QStringLiteral("Page size")), false));
    const QString sizes = tools.pageSizes(plan.pdf, plan.pages);
    INFO(sizes.toStdString());
    const QRegularExpression pageSize(QStringLiteral("^Page\\s+(\\d+) size:\\s*(.*)$"),
                                      QRegularExpression::MultilineOption);
    int pagesSeen = 0;
    for (auto it = pageSize.globalMatch(sizes); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        INFO("page " << match.captured(1).toStdString() << ": " << match.captured(2).toStdString());
        CHECK((isA4(match.captured(2), false) || isA4(match.captured(2), true)));
        ++pagesSeen;
    }
    CHECK(pagesSeen == plan.pages);

    CHECK(infoField(plan.info, QStringLiteral("Title")) == onlyAcademy(readProject(project)).name);
    CHECK(infoField(plan.info, QStringLiteral("Creator")).startsWith(QStringLiteral("Akademiplan")));

    // Exporting reads the project and leaves nothing but the PDF beside it.
    CHECK(holdsBytes(project, projectBytes));
    CHECK(folderListing(folder.path(QString())) == "programplan.pdf | silkeborg.akademi");
}

TEST_CASE("the Danish programme plan names the academy, every track and the week of every session", "[cli][pdf]")
{
    const PdfTools tools = PdfTools::find();
    const Binary app;
    TempFolder folder;
    const QString project = app.makeExample(folder, QStringLiteral("silkeborg.akademi"), QStringLiteral("da_DK.UTF-8"));
    // Danish is the default language of the plan, whatever the language of the system.
    const Exported plan = exportPlan(app, tools, project, folder.path(QStringLiteral("programplan.pdf")));
    const Project content = readProject(project);
    const Academy &academy = onlyAcademy(content);
    INFO("pdftotext:\n" << plan.text.toStdString());
    const QString text = flattened(plan.text);

    CHECK(content.tracksOf(academy.id).size() == 4);
    CHECK(sessionDates(content, academy.id).size() > 20);
    checkNamesAcademyTracksAndSessions(text, content, academy, QLocale(QLocale::Danish, QLocale::Denmark),
                                       QStringLiteral("d. MMMM yyyy"), QStringLiteral("uge %1"));
    CHECK(text.contains(QStringLiteral("Side 1 af %1").arg(plan.pages)));
    CHECK(text.contains(QStringLiteral("Side %1 af %1").arg(plan.pages)));
    // No English in a Danish plan, not even in the running header and footer.
    CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("\\bPage \\d+ of \\d+"))));
    CHECK_FALSE(text.contains(QStringLiteral("Calendar")));
}

TEST_CASE("with --lang en the programme plan is in English: pages, weeks and the calendar", "[cli][pdf]")
{
    const PdfTools tools = PdfTools::find();
    const Binary app;
    TempFolder folder;
    const QString project = app.makeExample(folder, QStringLiteral("silkeborg.akademi"), QStringLiteral("C.UTF-8"));
    const Exported plan = exportPlan(app, tools, project, folder.path(QStringLiteral("programme plan.pdf")),
                                     {QStringLiteral("--lang"), QStringLiteral("en")});
    const Project content = readProject(project);
    const Academy &academy = onlyAcademy(content);
    INFO("pdftotext:\n" << plan.text.toStdString());
    const QString text = flattened(plan.text);

    CHECK(academy.name.startsWith(QStringLiteral("Innovation Academy")));
    CHECK(infoField(plan.info, QStringLiteral("Title")) == academy.name);
    checkNamesAcademyTracksAndSessions(text, content, academy, QLocale(QLocale::English, QLocale::UnitedKingdom),
                                       QStringLiteral("d MMMM yyyy"), QStringLiteral("week %1"));
    CHECK(text.contains(QStringLiteral("Page 1 of %1").arg(plan.pages)));
    CHECK(text.contains(QStringLiteral("Calendar")));
    CHECK_FALSE(text.contains(QStringLiteral("Side 1")));
    CHECK_FALSE(text.contains(QStringLiteral(" uge ")));
}

TEST_CASE("participants' names stay out of the programme plan unless --with-participants is given", "[cli][pdf]")
{
    const PdfTools tools = PdfTools::find();
    const Binary app;
    TempFolder folder;
    const QString project = app.makeExample(folder, QStringLiteral("silkeborg.akademi"), QStringLiteral("da_DK.UTF-8"));
    const Project content = readProject(project);
    const Academy &academy = onlyAcademy(content);
    const QStringList names = participantNames(content, academy.id);
    REQUIRE(names.size() > 100);

    const Exported without = exportPlan(app, tools, project, folder.path(QStringLiteral("without.pdf")));
    const QString withoutText = flattened(without.text);
    for (const QString &name : names) {
        INFO("participant " << name.toStdString());
        CHECK_FALSE(withoutText.contains(name));
    }

    const Exported with = exportPlan(app, tools, project, folder.path(QStringLiteral("with.pdf")),
                                     {QStringLiteral("--with-participants")});
    INFO("pdftotext:\n" << with.text.toStdString());
    const QString withText = flattened(with.text);
    QStringList absent;
    for (const QString &name : names)
        if (!withText.contains(name))
            absent.append(name);
    INFO("absent: " << absent.join(QStringLiteral(", ")).toStdString());
    CHECK(absent.isEmpty());
    CHECK(with.pages > without.pages);
}

TEST_CASE("the programme plan lists the partners and what they do only when the academy has some", "[cli][pdf]")
{
    const PdfTools tools = PdfTools::find();
    const Binary app;
    TempFolder folder;
    const QString project = app.makeExample(folder, QStringLiteral("silkeborg.akademi"), QStringLiteral("C.UTF-8"));
    const QStringList english = {QStringLiteral("--lang"), QStringLiteral("en")};

    const Exported with = exportPlan(app, tools, project, folder.path(QStringLiteral("with.pdf")), english);
    INFO("pdftotext:\n" << with.text.toStdString());
    const QString withText = flattened(with.text);
    CHECK(withText.contains(QStringLiteral("The academy works with these partners")));
    // The table's cells wrap, and pdftotext keeps the columns side by side: each phrase is
    // checked where it stays on one line.
    CHECK(withText.contains(QStringLiteral("Lakeland Volunteer Centre")));
    CHECK(withText.contains(QStringLiteral("(volunteer organisation)")));
    CHECK(withText.contains(QStringLiteral("Co-host,")));
    CHECK(withText.contains(QStringLiteral("Innovation day: Co-hosts")));
    CHECK(withText.contains(QStringLiteral("the track Leadership innovators")));
    // Each activity names its partners beside its facilitator and place.
    CHECK(withText.contains(QStringLiteral("Partners Gudenå Welfare Tech ApS")));
    // The contact persons are the register's, not the council's reading.
    CHECK_FALSE(withText.contains(QStringLiteral("Birthe Mortensen")));

    execOnFile(project, QStringLiteral("DELETE FROM partnership"));
    const Exported without = exportPlan(app, tools, project, folder.path(QStringLiteral("without.pdf")), english);
    const QString withoutText = flattened(without.text);
    CHECK_FALSE(withoutText.contains(QStringLiteral("Partners")));
    CHECK_FALSE(withoutText.contains(QStringLiteral("Lakeland Volunteer Centre")));
    CHECK(without.pages < with.pages);
}

TEST_CASE("with --pdfa the programme plan declares PDF/A-1b and still passes qpdf's check", "[cli][pdf]")
{
    const PdfTools tools = PdfTools::find();
    const Binary app;
    TempFolder folder;
    const QString project = app.makeExample(folder, QStringLiteral("silkeborg.akademi"), QStringLiteral("da_DK.UTF-8"));
    const Exported plain = exportPlan(app, tools, project, folder.path(QStringLiteral("plain.pdf")));
    const Exported archive = exportPlan(app, tools, project, folder.path(QStringLiteral("archive.pdf")),
                                        {QStringLiteral("--pdfa")});

    const Run checked = tools.check(archive.pdf);
    INFO("qpdf --check: " << checked.outText().toStdString() << checked.errText().toStdString());
    CHECK(checked.exitCode == 0);
    const QString meta = tools.meta(archive.pdf);
    INFO("pdfinfo -meta:\n" << meta.toStdString());
    // XMP allows the identification as attributes or as elements.
    const QRegularExpression part(QStringLiteral("pdfaid:part(=\"|>)1(\"|<)"));
    const QRegularExpression conformance(QStringLiteral("pdfaid:conformance(=\"|>)B(\"|<)"));
    CHECK(part.match(meta).hasMatch());
    CHECK(conformance.match(meta).hasMatch());
    CHECK(infoField(archive.info, QStringLiteral("Title")) == onlyAcademy(readProject(project)).name);
    CHECK(archive.pages == plain.pages);
    // PDF/A-1 is PDF 1.4: an archive's validator rejects a newer version.
    CHECK(infoField(archive.info, QStringLiteral("PDF version")) == QStringLiteral("1.4"));
    // And only the archive file says it is PDF/A.
    CHECK_FALSE(part.match(tools.meta(plain.pdf)).hasMatch());
}

TEST_CASE("exporting an academy that is not in the project exits 3 and names the academies there are", "[cli][pdf]")
{
    const Binary app;
    TempFolder folder;
    const QString project = app.makeExample(folder, QStringLiteral("silkeborg.akademi"), QStringLiteral("da_DK.UTF-8"));
    const QString academy = onlyAcademy(readProject(project)).name;
    const QString pdf = folder.path(QStringLiteral("plan.pdf"));
    const Run result = app.run({QStringLiteral("--export-pdf"), pdf, project, QStringLiteral("--academy"),
                                QStringLiteral("Innovationsakademi Aarhus 2027")});
    INFO("stderr: " << result.errText().toStdString());
    CHECK(result.exitCode == 3);
    CHECK(result.out.isEmpty());
    CHECK(result.errText().startsWith(QStringLiteral("akademiplan: ")));
    CHECK(result.errText().contains(QStringLiteral("Innovationsakademi Aarhus 2027")));
    CHECK(result.errText().contains(academy));
    CHECK(result.err.count('\n') == 1);
    CHECK(folderListing(folder.path(QString())) == "silkeborg.akademi");

    // The name as the project has it is found.
    const Run named = app.run({QStringLiteral("--export-pdf"), pdf, project, QStringLiteral("--academy"), academy});
    INFO("stderr: " << named.errText().toStdString());
    CHECK(named.exitCode == 0);
    CHECK(QFileInfo(pdf).isFile());
}

TEST_CASE("exporting a project without academies exits 3 and writes no PDF", "[cli][pdf]")
{
    const Binary app;
    TempFolder folder;
    const QString project = folder.path(QStringLiteral("empty.akademi"));
    REQUIRE(app.run({QStringLiteral("--new"), project, QStringLiteral("--municipality"), QStringLiteral("740")})
                .exitCode == 0);
    const Run result = app.run({QStringLiteral("--export-pdf"), folder.path(QStringLiteral("plan.pdf")), project});
    INFO("stderr: " << result.errText().toStdString());
    CHECK(result.exitCode == 3);
    CHECK(result.err.count('\n') == 1);
    CHECK(result.errText().contains(QStringLiteral("academy")));
    CHECK(folderListing(folder.path(QString())) == "empty.akademi");
}

TEST_CASE("wrong usage of the PDF export exits 1 and writes no PDF", "[cli][pdf]")
{
    const Binary app;
    TempFolder folder;
    const QString project = app.makeExample(folder, QStringLiteral("silkeborg.akademi"), QStringLiteral("C.UTF-8"));
    const QByteArray projectBytes = readBytes(project);
    const QString pdf = folder.path(QStringLiteral("plan.pdf"));
    QStringList arguments;
    SECTION("a language other than da or en")
    {
        arguments = {QStringLiteral("--export-pdf"), pdf, project, QStringLiteral("--lang"), QStringLiteral("de")};
    }
    SECTION("an output file not ending in .pdf")
    {
        arguments = {QStringLiteral("--export-pdf"), folder.path(QStringLiteral("plan.docx")), project};
    }
    SECTION("no project file")
    {
        arguments = {QStringLiteral("--export-pdf"), pdf};
    }
    SECTION("two project files")
    {
        arguments = {QStringLiteral("--export-pdf"), pdf, project, project};
    }
    SECTION("--export-pdf together with --info")
    {
        arguments = {QStringLiteral("--export-pdf"), pdf, project, QStringLiteral("--info"), project};
    }
    SECTION("--academy without --export-pdf")
    {
        arguments = {QStringLiteral("--info"), project, QStringLiteral("--academy"), QStringLiteral("X")};
    }
    SECTION("--lang without --export-pdf")
    {
        arguments = {QStringLiteral("--lang"), QStringLiteral("en")};
    }
    SECTION("--with-participants without --export-pdf")
    {
        arguments = {QStringLiteral("--check"), project, QStringLiteral("--with-participants")};
    }
    SECTION("--pdfa without --export-pdf")
    {
        arguments = {QStringLiteral("--pdfa")};
    }
    const Run result = app.run(arguments);
    INFO("akademiplan " << arguments.join(QLatin1Char(' ')).toStdString());
    INFO("stderr: " << result.errText().toStdString());
    CHECK(result.exitCode == 1);
    CHECK(result.out.isEmpty());
    CHECK(result.errText().startsWith(QStringLiteral("akademiplan: ")));
    CHECK(result.err.count('\n') == 1);
    CHECK(holdsBytes(project, projectBytes));
    CHECK(folderListing(folder.path(QString())) == "silkeborg.akademi");
}

TEST_CASE("exporting a project that cannot be read exits 2, names it and creates no PDF", "[cli][pdf]")
{
    const Binary app;
    TempFolder folder;
    const QString pdf = folder.path(QStringLiteral("plan.pdf"));
    const bool missing = GENERATE(true, false);
    const QString project = missing ? folder.path(QStringLiteral("no such plan.akademi"))
                                    : makeBadFile(folder, BadFile::TextFile, QStringLiteral("notes.akademi"));
    const std::string entries = folderListing(folder.path(QString()));
    const Run result = app.run({QStringLiteral("--export-pdf"), pdf, project});
    INFO("stderr: " << result.errText().toStdString());
    CHECK(result.exitCode == 2);
    CHECK(result.err.count('\n') == 1);
    CHECK(result.errText().contains(QFileInfo(project).fileName()));
    CHECK_FALSE(QFileInfo::exists(pdf));
    CHECK(folderListing(folder.path(QString())) == entries);
}

TEST_CASE("exporting into a folder that does not exist or is a file exits 2 with the path", "[cli][pdf]")
{
    const Binary app;
    TempFolder folder;
    const QString project = app.makeExample(folder, QStringLiteral("silkeborg.akademi"), QStringLiteral("C.UTF-8"));
    writeBytes(folder.path(QStringLiteral("notes.txt")), QByteArrayLiteral("not a folder\n"));
    const QString pdf = GENERATE(QStringLiteral("no such folder/plan.pdf"), QStringLiteral("notes.txt/plan.pdf"));
    const std::string entries = folderListing(folder.path(QString()));
    const Run result = app.run({QStringLiteral("--export-pdf"), folder.path(pdf), project});
    INFO("stderr: " << result.errText().toStdString());
    CHECK(result.exitCode == 2);
    CHECK(result.out.isEmpty());
    CHECK(result.err.count('\n') == 1);
    CHECK(result.errText().contains(QStringLiteral("plan.pdf")));
    CHECK(folderListing(folder.path(QString())) == entries);
    CHECK(readBytes(folder.path(QStringLiteral("notes.txt"))) == QByteArrayLiteral("not a folder\n"));
}

TEST_CASE("a PDF export that fails leaves the PDF already there byte-identical", "[cli][pdf]")
{
    const Binary app;
    TempFolder folder;
    const QString project = app.makeExample(folder, QStringLiteral("silkeborg.akademi"), QStringLiteral("C.UTF-8"));
    const QString pdf = folder.path(QStringLiteral("last week's plan.pdf"));
    const QByteArray earlier = QByteArrayLiteral("%PDF-1.4\n% last week's plan, sent to the council\n");
    writeBytes(pdf, earlier);
    QStringList arguments{QStringLiteral("--export-pdf"), pdf, project};
    int exitCode = 0;
    SECTION("an unknown academy")
    {
        arguments << QStringLiteral("--academy") << QStringLiteral("Nowhere");
        exitCode = 3;
    }
    SECTION("a wrong language")
    {
        arguments << QStringLiteral("--lang") << QStringLiteral("sv");
        exitCode = 1;
    }
    SECTION("a project that is not there")
    {
        arguments[2] = folder.path(QStringLiteral("gone.akademi"));
        exitCode = 2;
    }
    const Run result = app.run(arguments);
    INFO("stderr: " << result.errText().toStdString());
    CHECK(result.exitCode == exitCode);
    CHECK(holdsBytes(pdf, earlier));
    CHECK(folderListing(folder.path(QString())) == "last week's plan.pdf | silkeborg.akademi");
}

TEST_CASE("a PDF export the file system refuses exits 2, names the file and leaves the PDF there unchanged",
          "[cli][pdf]")
{
    const Binary app;
    TempFolder folder;
    const QString project = app.makeExample(folder, QStringLiteral("silkeborg.akademi"), QStringLiteral("C.UTF-8"));
    const QString shared = folder.path(QStringLiteral("shared"));
    REQUIRE(QDir().mkpath(shared));
    // A name as long as a file system allows: the earlier plan under it is there, but the complete
    // copy written beside it before it takes its place cannot be named. A read-only folder would
    // refuse the write too, but not to the superuser, as whom CI runs; no rights overcome this.
    const QString name = QStringLiteral("plan.pdf").rightJustified(255, QLatin1Char('_'));
    const QString pdf = shared + QLatin1Char('/') + name;
    const QByteArray earlier = QByteArrayLiteral("%PDF-1.4\n% the plan the council approved\n");
    writeBytes(pdf, earlier);

    const Run result = app.run({QStringLiteral("--export-pdf"), pdf, project});
    INFO("stderr: " << result.errText().toStdString());
    CHECK(result.exitCode == 2);
    CHECK(result.err.count('\n') == 1);
    CHECK(result.errText().contains(name));
    CHECK(holdsBytes(pdf, earlier));
    CHECK(folderListing(shared) == name.toStdString());
}

TEST_CASE("help documents the PDF export and its options", "[cli][pdf]")
{
    const Binary app;
    const Run result = app.run({QStringLiteral("--help")});
    INFO(result.outText().toStdString());
    CHECK(result.exitCode == 0);
    for (const QString &option : {QStringLiteral("--export-pdf"), QStringLiteral("--academy"), QStringLiteral("--lang"),
                                  QStringLiteral("--with-participants"), QStringLiteral("--pdfa")})
        CHECK(result.outText().contains(option));
}

TEST_CASE("the programme plan's text can be searched and copied letter by letter, without ligatures", "[cli][pdf]")
{
    const PdfTools tools = PdfTools::find();
    const Binary app;
    TempFolder folder;
    const QString project = app.makeExample(folder, QStringLiteral("silkeborg.akademi"), QStringLiteral("da_DK.UTF-8"));
    const Exported plan = exportPlan(app, tools, project, folder.path(QStringLiteral("plan.pdf")),
                                     {QStringLiteral("--with-participants")});
    // Typesetting joins "fi", "ff" and "fl" into one glyph; unless the PDF maps it back to its
    // letters, a search for "Sofie" or "effort" in the plan finds nothing, and a copy pastes "ﬁ".
    QStringList words;
    const QRegularExpression ligature(QStringLiteral("\\w*[\\x{FB00}-\\x{FB06}]\\w*"));
    for (auto it = ligature.globalMatch(plan.text); it.hasNext();)
        words.append(it.next().captured());
    words.removeDuplicates();
    INFO("words with ligatures: " << words.join(QStringLiteral(", ")).toStdString());
    CHECK(words.isEmpty());
}

TEST_CASE("the Danish plan names municipalities as they write themselves, partners joined as Danish does", "[cli][pdf]")
{
    const PdfTools tools = PdfTools::find();
    const Binary app;
    TempFolder folder;
    const QString project = folder.path(QStringLiteral("koebenhavn.akademi"));
    Run made = app.run({QStringLiteral("--new"), project, QStringLiteral("--municipality"), QStringLiteral("101"),
                        QStringLiteral("--example")},
                       QStringLiteral("da_DK.UTF-8"));
    REQUIRE(made.exitCode == 0);
    // Frederiksberg and Gentofte as partners, set as a municipality's IT would script it.
    const QString changes = folder.path(QStringLiteral("partners.json"));
    writeBytes(changes, QStringLiteral("{\"format\": \"akademiplan-changes\", \"version\": 1, \"changes\": [{\"change\": "
                                       "\"academy\", \"uuid\": \"%1\", \"fields\": {\"partnerMunicipalities\": [147, 157]}}]}")
                            .arg(onlyAcademy(readProject(project)).uuid.toString(QUuid::WithoutBraces))
                            .toUtf8());
    made = app.run({QStringLiteral("--apply"), changes, project});
    INFO(made.errText().toStdString());
    REQUIRE(made.exitCode == 0);
    const Exported plan = exportPlan(app, tools, project, folder.path(QStringLiteral("plan.pdf")));
    INFO("pdftotext:\n" << plan.text.toStdString());
    const QString text = flattened(plan.text);
    CHECK(text.contains(QStringLiteral("Københavns Kommune i samarbejde med Frederiksberg og Gentofte kommuner")));
    CHECK_FALSE(text.contains(QStringLiteral("København Kommune")));
    // The running header names the owner as the cover does.
    CHECK(text.count(QStringLiteral("Københavns Kommune")) >= plan.pages);
}

TEST_CASE("the calendar keeps each date and week and time on one line and every word in its own column", "[cli][pdf]")
{
    const PdfTools tools = PdfTools::find();
    const Binary app;
    TempFolder folder;
    const bool inDanish = GENERATE(true, false);
    const QString lang = inDanish ? QStringLiteral("da_DK.UTF-8") : QStringLiteral("C.UTF-8");
    // Aarhus, whose example has the long track name "Ledelsesinnovatører" in Danish.
    const QString project = folder.path(QStringLiteral("aarhus.akademi"));
    REQUIRE(app.run({QStringLiteral("--new"), project, QStringLiteral("--municipality"), QStringLiteral("751"),
                     QStringLiteral("--example")},
                    lang)
                .exitCode == 0);
    const QString planLanguage = inDanish ? QStringLiteral("da") : QStringLiteral("en");
    const Exported plan = exportPlan(app, tools, project, folder.path(QStringLiteral("plan.pdf")),
                                     {QStringLiteral("--lang"), planLanguage});
    const Project content = readProject(project);
    INFO("pdftotext:\n" << plan.text.toStdString());

    const QList<QList<Word>> pages = tools.words(plan.pdf);
    REQUIRE(pages.size() == plan.pages);
    const QStringList header = inDanish ? QStringList{QStringLiteral("Dato"), QStringLiteral("Uge"),
                                                      QStringLiteral("Tidspunkt"), QStringLiteral("Aktivitet"),
                                                      QStringLiteral("Spor"), QStringLiteral("Sted")}
                                        : QStringList{QStringLiteral("Date"), QStringLiteral("Week"),
                                                      QStringLiteral("Time"), QStringLiteral("Activity"),
                                                      QStringLiteral("Track"), QStringLiteral("Place")};
    const std::vector<std::pair<int, QRegularExpression>> kept =
        inDanish ? std::vector<std::pair<int, QRegularExpression>>{
                       {0, QRegularExpression(QStringLiteral("^\\S+dag \\d{1,2}\\. \\S+ \\d{4}$"))},
                       {1, QRegularExpression(QStringLiteral("^uge \\d{1,2}$"))},
                       {2, QRegularExpression(QStringLiteral("^\\d{1,2}\\.\\d\\d–\\d{1,2}\\.\\d\\d$"))}}
                 : std::vector<std::pair<int, QRegularExpression>>{
                       {0, QRegularExpression(QStringLiteral("^\\S+day \\d{1,2} \\S+ \\d{4}$"))},
                       {1, QRegularExpression(QStringLiteral("^week \\d{1,2}$"))},
                       {2, QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d–\\d\\d:\\d\\d$"))}};
    CHECK(checkCalendarColumns(pages, header, kept) == sessionCount(content, onlyAcademy(content).id));
    if (inDanish)
        CHECK(flattened(plan.text).contains(QStringLiteral("Ledelsesinnovatører")));
}
