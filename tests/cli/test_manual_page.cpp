// SPDX-License-Identifier: MPL-2.0
// The manual page (packaging/linux/akademiplan.1) against the program's own --help: every option
// the program offers is described there under OPTIONS, and man formats the page without a
// warning. Rendered by man-db, as `man akademiplan` shows it to the user.
#include "catch.h"
#include "programrun.h"

#include <QRegularExpression>
#include <QSet>

using namespace Akademiplan::Test;

namespace {

// The options --help lists, long and short, in the order it lists them.
QStringList optionsInHelp(const QString &help)
{
    QStringList options;
    const QString list = help.section(QStringLiteral("Options:"), 1).section(QStringLiteral("Arguments:"), 0, 0);
    static const QRegularExpression entry(QStringLiteral("^  (?:(-[a-z]), )?(--[a-z][a-z-]*)"),
                                          QRegularExpression::MultilineOption);
    for (auto match = entry.globalMatch(list); match.hasNext();) {
        const auto found = match.next();
        if (!found.captured(1).isEmpty())
            options.append(found.captured(1));
        options.append(found.captured(2));
    }
    return options;
}

// The options the rendered page describes: the tags of the entries in its OPTIONS section.
QSet<QString> optionsDescribedIn(const QString &page)
{
    QSet<QString> options;
    const QString section = page.section(QStringLiteral("\nOPTIONS\n"), 1).section(QStringLiteral("\nEXIT STATUS\n"), 0, 0);
    static const QRegularExpression tag(QStringLiteral("^ {7}(-[a-z]|--[a-z][a-z-]*)(?:, (--[a-z][a-z-]*))?\\b"),
                                        QRegularExpression::MultilineOption);
    for (auto match = tag.globalMatch(section); match.hasNext();) {
        const auto found = match.next();
        options.insert(found.captured(1));
        if (!found.captured(2).isEmpty())
            options.insert(found.captured(2));
    }
    return options;
}

} // namespace

TEST_CASE("the manual page describes every option that help lists and man formats it without warnings", "[cli][docs]")
{
    const PrivateEnvironment privateFolders;
    const ProgramResult help = runProgram(QStringLiteral(AKADEMIPLAN_BINARY), {QStringLiteral("--help")},
                                          privateFolders.environment());
    REQUIRE(help.exitCode == 0);
    const QStringList offered = optionsInHelp(help.outText());
    // The command line has grown past twenty options; a parse that finds few has gone wrong.
    REQUIRE(offered.size() > 20);
    CHECK(offered.contains(QStringLiteral("--export-ics")));

    QProcessEnvironment environment = privateFolders.environment();
    environment.insert(QStringLiteral("MANWIDTH"), QStringLiteral("100"));
    environment.remove(QStringLiteral("MANPAGER"));
    environment.remove(QStringLiteral("PAGER"));
    INFO("man is part of man-db: apt-get install man-db");
    const ProgramResult man = runProgram(QStringLiteral("man"),
                                         {QStringLiteral("--warnings"), QStringLiteral("-l"),
                                          QStringLiteral(AKADEMIPLAN_MANUAL_PAGE)},
                                         environment);
    REQUIRE(man.exitCode == 0);
    INFO(man.errText().toStdString());
    CHECK(man.err.isEmpty());

    const QSet<QString> described = optionsDescribedIn(man.outText());
    for (const QString &option : offered) {
        INFO("--help lists " << option.toStdString() << " but the manual page's OPTIONS do not describe it");
        CHECK(described.contains(option));
    }
    // And the page describes nothing the program does not offer.
    for (const QString &option : described) {
        INFO("the manual page describes " << option.toStdString() << " which --help does not list");
        CHECK(offered.contains(option));
    }
}
