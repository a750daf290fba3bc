// SPDX-License-Identifier: MPL-2.0
#pragma once

// The real binary and the PDF tools an archivist or a print shop would use (qpdf, poppler's
// pdfinfo, pdffonts and pdftotext), for the tests of what the program writes as PDF. A missing
// tool fails the test with the Debian package that provides it.

#include "catch.h"
#include "programrun.h"
#include "testfiles.h"

#include <QFileInfo>
#include <QProcess>
#include <QRectF>
#include <QRegularExpression>
#include <QStandardPaths>

#include <tuple>

namespace Akademiplan::Test {

using Run = ProgramResult;

// The binary with a private data and runtime folder, in a chosen language of the system.
class Binary
{
public:
    Run run(const QStringList &arguments, const QString &lang = QStringLiteral("C.UTF-8")) const
    {
        return runProgram(QStringLiteral(AKADEMIPLAN_BINARY), arguments, m_private.environment(lang));
    }

    // The example project for Silkeborg, its content in the language of `lang`.
    QString makeExample(const TempFolder &folder, const QString &name, const QString &lang) const
    {
        const QString path = folder.path(name);
        const Run made = run({QStringLiteral("--new"), path, QStringLiteral("--municipality"), QStringLiteral("740"),
                              QStringLiteral("--example")},
                             lang);
        INFO(made.errText().toStdString());
        REQUIRE(made.exitCode == 0);
        return path;
    }

private:
    PrivateEnvironment m_private;
};

// A word of a PDF page and where it is, in points from the page's top left corner.
struct Word
{
    QString text;
    QRectF box;
};

// The PDF tools of poppler-utils and qpdf, found on PATH.
class PdfTools
{
public:
    // Fails the test, naming the package to install, when a tool is missing.
    static PdfTools find()
    {
        PdfTools tools;
        QStringList missing;
        const std::tuple<const char *, const char *, QString *> wanted[] = {
            {"qpdf", "qpdf", &tools.m_qpdf},
            {"pdfinfo", "poppler-utils", &tools.m_pdfinfo},
            {"pdffonts", "poppler-utils", &tools.m_pdffonts},
            {"pdftotext", "poppler-utils", &tools.m_pdftotext}};
        for (const auto &[name, package, path] : wanted) {
            *path = QStandardPaths::findExecutable(QString::fromLatin1(name));
            if (path->isEmpty())
                missing.append(QStringLiteral("%1 (apt-get install %2)")
                                   .arg(QString::fromLatin1(name), QString::fromLatin1(package)));
        }
        if (!missing.isEmpty())
            FAIL("the PDF cannot be checked without " << missing.join(QStringLiteral(", ")).toStdString());
        return tools;
    }

    Run tool(const QString &program, const QStringList &arguments) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        environment.remove(QStringLiteral("LC_ALL"));
        const Run result = runProgram(program, arguments, environment);
        INFO(QFileInfo(program).fileName().toStdString() << ": " << result.errText().toStdString());
        REQUIRE(result.exitCode == 0);
        return result;
    }

    // qpdf's answer on the file's structure: exit code and what it said.
    Run check(const QString &pdf) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        return runProgram(m_qpdf, {QStringLiteral("--check"), pdf}, environment);
    }

    QString info(const QString &pdf) const { return tool(m_pdfinfo, {pdf}).outText(); }
    QString meta(const QString &pdf) const { return tool(m_pdfinfo, {QStringLiteral("-meta"), pdf}).outText(); }
    QString pageSizes(const QString &pdf, int pages) const
    {
        return tool(m_pdfinfo, {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                QString::number(pages), pdf})
            .outText();
    }
    QString fonts(const QString &pdf) const { return tool(m_pdffonts, {pdf}).outText(); }
    // Checks that pdffonts lists fonts and that every one is embedded (its "emb" column, found by
    // the header, as font names and types vary in width).
    void checkFontsEmbedded(const QString &pdf) const
    {
        const QString listed = fonts(pdf);
        INFO("pdffonts:\n" << listed.toStdString());
        const QStringList fontLines = listed.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        CHECK_FALSE(fontLines.isEmpty());
        const qsizetype embColumn = listed.section(QLatin1Char('\n'), 0, 0).indexOf(QStringLiteral("emb"));
        REQUIRE(embColumn > 0);
        for (const QString &line : fontLines) {
            INFO(line.toStdString());
            CHECK(line.mid(embColumn, 3) == QStringLiteral("yes"));
        }
    }
    // Every word of the PDF with its box, page by page, as pdftotext -bbox finds them.
    QList<QList<Word>> words(const QString &pdf) const
    {
        const QString html = tool(m_pdftotext, {QStringLiteral("-bbox"), QStringLiteral("-enc"),
                                                QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
                                 .outText();
        static const QRegularExpression word(QStringLiteral(
            "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>"));
        QList<QList<Word>> pages;
        for (const QString &page : html.split(QStringLiteral("<page ")).mid(1)) {
            QList<Word> words;
            for (auto it = word.globalMatch(page); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                const QPointF topLeft(match.captured(1).toDouble(), match.captured(2).toDouble());
                const QPointF bottomRight(match.captured(3).toDouble(), match.captured(4).toDouble());
                QString text = match.captured(5);
                text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
                words.append({text, QRectF(topLeft, bottomRight)});
            }
            pages.append(words);
        }
        return pages;
    }
    QString text(const QString &pdf) const
    {
        return tool(m_pdftotext, {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                  QStringLiteral("-")})
            .outText();
    }
    // The text of page `page` (from 1) alone.
    QString pageText(const QString &pdf, int page) const
    {
        return tool(m_pdftotext, {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                  QString::number(page), QStringLiteral("-layout"), QStringLiteral("-enc"),
                                  QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
            .outText();
    }

private:
    QString m_qpdf;
    QString m_pdfinfo;
    QString m_pdffonts;
    QString m_pdftotext;
};

// One "Key: value" line of pdfinfo.
inline QString infoField(const QString &info, const QString &key)
{
    const QRegularExpression line(QStringLiteral("^%1:\\s*(.*)$").arg(QRegularExpression::escape(key)),
                                  QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(info);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

inline int pageCount(const QString &info)
{
    bool ok = false;
    const int pages = infoField(info, QStringLiteral("Pages")).toInt(&ok);
    INFO(info.toStdString());
    REQUIRE(ok);
    REQUIRE(pages > 0);
    return pages;
}

// Text as a reader sees it: pdftotext's columns and line breaks become single spaces, and
// typographic ligatures ("ﬁ" in "Soﬁe") the letters they are drawn from.
inline QString flattened(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

// An export on the command line, and the PDF tools' first answers about the file it wrote.
struct Exported
{
    QString pdf;
    QString info;
    QString text; // as pdftotext -layout gives it
    int pages = 0;
    QString out;  // what the program said on stdout
};

// Runs `option` (--export-pdf, --export-onepager, …) of the binary; the export must succeed
// with nothing on stderr.
inline Exported exportPdf(const Binary &app, const PdfTools &tools, const QString &option, const QString &project,
                          const QString &pdf, const QStringList &options = {})
{
    const Run result = app.run(QStringList{option, pdf, project} + options);
    INFO("stderr: " << result.errText().toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.err.isEmpty());
    REQUIRE(QFileInfo(pdf).isFile());
    Exported exported;
    exported.pdf = pdf;
    exported.info = tools.info(pdf);
    exported.pages = pageCount(exported.info);
    exported.text = tools.text(pdf);
    exported.out = result.outText();
    return exported;
}

inline Exported exportPlan(const Binary &app, const PdfTools &tools, const QString &project, const QString &pdf,
                           const QStringList &options = {})
{
    return exportPdf(app, tools, QStringLiteral("--export-pdf"), project, pdf, options);
}

} // namespace Akademiplan::Test
