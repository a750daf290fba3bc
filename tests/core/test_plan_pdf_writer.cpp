// SPDX-License-Identifier: MPL-2.0
// The PDF writer of the outputs that have no timeline (PlanPdfWriter) against QPdfWriter, which
// painted them before and still paints the programme plan: a reader must not be able to tell
// them apart. Every word stands where QPdfWriter draws it, the fonts are embedded subsets, and
// the text copies out as it was written.
#include "catch.h"
#include "i18n/scopedlanguage.h"
#include "pdftools.h"
#include "report/onepager.h"
#include "report/pdfdocument.h"
#include "report/planlayout.h"
#include "report/planpdfwriter.h"
#include "report/runsheet.h"
#include "testfiles.h"

#include <QBuffer>
#include <QPdfWriter>

#include <functional>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

const QLocale danish(QLocale::Danish, QLocale::Denmark);

// The same document painted through QPdfWriter, as PdfDocument did before it had a writer of
// its own.
void paintWithQt(const Project &project, const PdfDocument &document, const QString &path)
{
    QPdfWriter writer(path);
    writer.setResolution(PdfDocument::resolution);
    QString error;
    INFO(error.toStdString());
    REQUIRE(document.paint(project, &writer, &error));
}

void checkPagesLaidOutForTheWriter(const PdfDocument &document)
{
    QBuffer unused;
    QPdfWriter measure(&unused);
    measure.setResolution(PdfDocument::resolution);
    for (const PlanPage &page : document.layout(&measure))
        REQUIRE(PlanPdfWriter::canWrite(page));
}

// Every page has the same words in the same order, each within a quarter of a point of where
// QPdfWriter puts it (poppler measures both the same way), and the pages are the same size.
// Each page's width and height in points, as pdfinfo gives them ("Page    3 size:  595.28 x
// 841.89 pts (A4)"). QPdfWriter rounds them to whole points.
QList<QSizeF> pageSizes(const PdfTools &tools, const QString &pdf, int pages)
{
    static const QRegularExpression sizeLine(QStringLiteral("^Page +\\d+ size: +([0-9.]+) x ([0-9.]+) pts"),
                                             QRegularExpression::MultilineOption);
    QList<QSizeF> sizes;
    for (auto it = sizeLine.globalMatch(tools.pageSizes(pdf, pages)); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        sizes.append(QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble()));
    }
    REQUIRE(sizes.size() == pages);
    return sizes;
}

void checkSameWordsInTheSamePlaces(const PdfTools &tools, const QString &ours, const QString &qts)
{
    const QList<QList<Word>> oursPages = tools.words(ours);
    const QList<QList<Word>> qtsPages = tools.words(qts);
    REQUIRE(oursPages.size() == qtsPages.size());
    const int pages = int(oursPages.size());
    const QList<QSizeF> ourSizes = pageSizes(tools, ours, pages);
    const QList<QSizeF> qtSizes = pageSizes(tools, qts, pages);
    for (int page = 0; page < pages; ++page) {
        INFO("page " << page + 1);
        CHECK(std::abs(ourSizes.at(page).width() - qtSizes.at(page).width()) < 0.5);
        CHECK(std::abs(ourSizes.at(page).height() - qtSizes.at(page).height()) < 0.5);
    }
    int compared = 0;
    for (int page = 0; page < pages; ++page) {
        INFO("page " << page + 1);
        REQUIRE(oursPages.at(page).size() == qtsPages.at(page).size());
        for (qsizetype i = 0; i < oursPages.at(page).size(); ++i) {
            const Word &mine = oursPages.at(page).at(i);
            const Word &theirs = qtsPages.at(page).at(i);
            INFO("word " << i << ": " << mine.text.toStdString() << " against " << theirs.text.toStdString());
            REQUIRE(mine.text == theirs.text);
            CHECK(std::abs(mine.box.left() - theirs.box.left()) < 0.25);
            CHECK(std::abs(mine.box.right() - theirs.box.right()) < 0.25);
            CHECK(std::abs(mine.box.top() - theirs.box.top()) < 0.25);
            CHECK(std::abs(mine.box.bottom() - theirs.box.bottom()) < 0.25);
            ++compared;
        }
    }
    CHECK(compared > 100);
}

// The example's output that `make` makes, written by PdfDocument and painted through QPdfWriter
// into `folder`; returns the path of the first.
using MakeDocument = std::function<PdfDocument(const Project &, const OutputOptions &)>;
QString writtenBothWays(const TempFolder &folder, const MakeDocument &make)
{
    const PdfTools tools = PdfTools::find();
    const Project project = readProject(makeProjectFile(folder, QStringLiteral("plan.akademi"), true));
    const ScopedLanguage language(danish);
    OutputOptions options;
    options.locale = danish;
    const PdfDocument document = make(project, options);
    checkPagesLaidOutForTheWriter(document);
    const QString ours = folder.path(QStringLiteral("ours.pdf"));
    const QString qts = folder.path(QStringLiteral("qt.pdf"));
    QString error;
    REQUIRE(document.write(project, ours, &error));
    paintWithQt(project, document, qts);
    checkSameWordsInTheSamePlaces(tools, ours, qts);
    return ours;
}

} // namespace

TEST_CASE("run sheets written without a painter show every word where QPdfWriter draws it", "[pdfwriter]")
{
    TempFolder folder;
    // Every session of the example: the agendas on their side, sign-in lists over several pages,
    // wrapped cells, right-aligned page numbers.
    const QString ours = writtenBothWays(folder, &RunSheet::document);
    // An agenda's page on its side, at A4's exact size.
    CHECK(pageSizes(PdfTools::find(), ours, 1).front() == QSizeF(841.89, 595.28));
}

TEST_CASE("the council's one page written without a painter shows every word where QPdfWriter draws it",
          "[pdfwriter]")
{
    TempFolder folder;
    // Figures in large type centred in their tiles, the year at a glance of fills and labels.
    writtenBothWays(folder, &OnePager::document);
}

TEST_CASE("the writer embeds each face once as a subset and the text copies out as written", "[pdfwriter]")
{
    const PdfTools tools = PdfTools::find();
    TempFolder folder;
    const Project project;
    PdfDocument document;
    document.title = QStringLiteral("Æblegrød på Ærø");
    document.author = QStringLiteral("Søren Ørsted");
    document.subject = QStringLiteral("Prøve");
    document.running = {QStringLiteral("Innovationsakademi"), QStringLiteral("Ærø Kommune"),
                        QStringLiteral("6. december 2026"), QStringLiteral("Side %1 af %2")};
    document.continuous = true;
    PlanBlock heading(PlanBlock::Kind::Heading);
    heading.text = QStringLiteral("Velkommen på Ærø");
    PlanBlock paragraph(PlanBlock::Kind::Paragraph);
    // Danish letters in both cases, a dash, quotes, the euro sign, a ligature character of its
    // own, and words long enough to be wrapped over several lines.
    paragraph.text = QStringLiteral("Æbler, østers og ål fra Ærøskøbing – «kvalitet» til 100 € pr. kuvert. Den ﬂotte "
                                    "udsigt over Østersøen.")
                         .repeated(8);
    PlanBlock table(PlanBlock::Kind::Table);
    table.header = {QStringLiteral("Nr."), QStringLiteral("Navn"), QStringLiteral("Organisation")};
    for (int i = 1; i <= 120; ++i)
        table.rows.append({QString::number(i), QStringLiteral("Åse Øster %1").arg(i), QStringLiteral("Byrådet")});
    document.blocks = {heading, paragraph, table};
    const QString path = folder.path(QStringLiteral("prøve.pdf"));
    QString error;
    INFO(error.toStdString());
    REQUIRE(document.write(project, path, &error));

    const Run checked = tools.check(path);
    INFO(checked.outText().toStdString() << checked.errText().toStdString());
    CHECK(checked.exitCode == 0);
    tools.checkFontsEmbedded(path);
    // One regular and one bold face, whatever the sizes they are shown at; each a subset (its
    // name with a six-letter tag) that maps its glyphs back to text.
    const QStringList fonts = tools.fonts(path).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    CHECK(fonts.size() == 2);
    static const QRegularExpression subsetFont(QStringLiteral("^[A-Z]{6}\\+DejaVuSans-\\S+\\s+CID TrueType\\s+Identity-H\\s+yes yes yes"));
    for (const QString &font : fonts) {
        INFO(font.toStdString());
        CHECK(subsetFont.match(font).hasMatch());
    }
    const QString info = tools.info(path);
    CHECK(infoField(info, QStringLiteral("Title")) == document.title);
    CHECK(infoField(info, QStringLiteral("Author")) == document.author);
    CHECK(infoField(info, QStringLiteral("Subject")) == document.subject);
    CHECK(infoField(info, QStringLiteral("Page size")).startsWith(QStringLiteral("595.28 x 841.89")));
    CHECK(tools.meta(path).contains(QStringLiteral("Æblegrød på Ærø")));

    const QString text = tools.text(path);
    CHECK(text.contains(QStringLiteral("Velkommen på Ærø")));
    CHECK(text.contains(QStringLiteral("Ærø Kommune")));
    CHECK(flattened(text).contains(QStringLiteral("Æbler, østers og ål fra Ærøskøbing – «kvalitet» til 100 € pr. kuvert.")));
    CHECK(flattened(text).contains(QStringLiteral("Den flotte udsigt over Østersøen.")));
    for (int i : {1, 60, 120})
        CHECK(text.contains(QStringLiteral("Åse Øster %1 ").arg(i)));
    const int pages = pageCount(info);
    CHECK(pages >= 3);
    CHECK(text.contains(QStringLiteral("Side %1 af %1").arg(pages)));
}
