// SPDX-License-Identifier: MPL-2.0
// The invitation letter of an activity, written by the real binary as text for an e-mail and as
// PDF (read back with pdftotext, pdfinfo, pdffonts and qpdf): the standard letter in Danish and
// English with the activity's sessions and places filled in, the consultant's own letter with
// its placeholders in either language, and wrong usage that writes nothing.
#include "cliprogram.h"
#include "domain/project.h"
#include "pdftools.h"
#include "storage/projectreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

const QString kickOff = QStringLiteral("Opstartsworkshop for netværket");

struct DanishExample
{
    const Binary app;
    TempFolder folder;
    const QString project = app.makeExample(folder, QStringLiteral("silkeborg.akademi"), QStringLiteral("da_DK.UTF-8"));

    Run invitation(const QString &out, const QStringList &options) const
    {
        return app.run(QStringList{QStringLiteral("--export-invitation"), out, project} + options);
    }

    QString text(const QString &name, const QStringList &options) const
    {
        const QString out = folder.path(name);
        const Run result = invitation(out, options);
        INFO(result.errText().toStdString());
        REQUIRE(result.exitCode == 0);
        QFile file(out);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return QString::fromUtf8(file.readAll());
    }
};

} // namespace

TEST_CASE("the standard invitation as text names the activity its academy and every session with day time and place",
          "[cli][invitation]")
{
    const DanishExample example;
    const QString letter = example.text(QStringLiteral("invitation.txt"), {QStringLiteral("--activity"), kickOff});
    INFO(letter.toStdString());
    CHECK(letter.startsWith(QStringLiteral("Kære deltager,")));
    CHECK(letter.contains(QStringLiteral("Du inviteres til Opstartsworkshop for netværket, som er en del af "
                                         "Innovationsakademi Silkeborg 2027.")));
    CHECK(letter.contains(QStringLiteral("- Tirsdag 2. marts 2027, 9.00–15.30, Silkeborg Rådhus\n")));
    CHECK(letter.contains(QStringLiteral("Venlig hilsen\nKaren Holm Sørensen\nSilkeborg Kommune")));
    // No placeholder is left, and no line stands empty where a value was.
    CHECK_FALSE(letter.contains(QLatin1Char('{')));
    CHECK_FALSE(letter.contains(QStringLiteral("\n\n\n")));

    // Network meetings have four sessions: each on a line of its own, in date order.
    const QString meetings =
        example.text(QStringLiteral("meetings.txt"), {QStringLiteral("--activity"), QStringLiteral("Netværksmøder")});
    const QStringList sessionLines = meetings.split(QLatin1Char('\n')).filter(QRegularExpression(QStringLiteral("^- ")));
    CHECK(sessionLines
          == QStringList{QStringLiteral("- Tirsdag 13. april 2027, 9.00–12.30, Silkeborg Rådhus"),
                         QStringLiteral("- Tirsdag 8. juni 2027, 9.00–12.30, Silkeborg Rådhus"),
                         QStringLiteral("- Tirsdag 31. august 2027, 9.00–12.30, Silkeborg Rådhus"),
                         QStringLiteral("- Tirsdag 9. november 2027, 9.00–12.30, Silkeborg Rådhus")});

    const QString english = example.text(QStringLiteral("english.txt"),
                                         {QStringLiteral("--activity"), kickOff, QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(english.startsWith(QStringLiteral("Dear participant,")));
    CHECK(english.contains(QStringLiteral("- Tuesday 2 March 2027, 09:00–15:30, Silkeborg Rådhus\n")));
    CHECK(english.contains(QStringLiteral("Kind regards\nKaren Holm Sørensen\nSilkeborg Municipality")));
}

TEST_CASE("the invitation as PDF is one A4 page with the sessions as a table and its fonts embedded",
          "[cli][invitation][pdf]")
{
    const PdfTools tools = PdfTools::find();
    const DanishExample example;
    const QString pdf = example.folder.path(QStringLiteral("invitation.pdf"));
    const Run result = example.invitation(pdf, {QStringLiteral("--activity"), QStringLiteral("Netværksmøder")});
    INFO(result.errText().toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.outText().contains(QStringLiteral("invitation.pdf")));
    const QString info = tools.info(pdf);
    CHECK(pageCount(info) == 1);
    CHECK(infoField(info, QStringLiteral("Page size")).contains(QStringLiteral("A4")));
    CHECK(infoField(info, QStringLiteral("Title")) == QStringLiteral("Invitation: Netværksmøder"));
    CHECK(tools.check(pdf).exitCode == 0);
    tools.checkFontsEmbedded(pdf);
    const QString text = flattened(tools.text(pdf));
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Kære deltager,")));
    CHECK(text.contains(QStringLiteral("Dag Tid Sted")));
    CHECK(text.contains(QStringLiteral("Tirsdag 13. april 2027 9.00–12.30 Silkeborg Rådhus")));
    CHECK(text.contains(QStringLiteral("Tirsdag 9. november 2027 9.00–12.30 Silkeborg Rådhus")));
    CHECK(text.contains(QStringLiteral("Venlig hilsen Karen Holm Sørensen Silkeborg Kommune")));
    CHECK_FALSE(text.contains(QLatin1Char('{')));
}

TEST_CASE("the consultant's own letter is filled in with Danish or English placeholders and a typo is left to see",
          "[cli][invitation]")
{
    const DanishExample example;
    const Project project = [&] {
        Project read;
        REQUIRE(ProjectReader::read(example.project, read).schemaVersion > 0);
        return read;
    }();
    const Activity *activity = nullptr;
    for (const Activity &candidate : project.activities)
        if (candidate.title == kickOff)
            activity = &candidate;
    REQUIRE(activity != nullptr);
    const QJsonObject batch{
        {QStringLiteral("format"), QStringLiteral("akademiplan-changes")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("changes"),
         QJsonArray{QJsonObject{
             {QStringLiteral("change"), QStringLiteral("activity")},
             {QStringLiteral("uuid"), activity->uuid.toString(QUuid::WithoutBraces)},
             {QStringLiteral("fields"),
              QJsonObject{{QStringLiteral("invitation"),
                           QStringLiteral("Hej netværk!\n\n{aktivitet} holdes på {place} ({spor}).\n\n"
                                          "{sessioner}\n\nHusk {madpakke}.\n\n{beskrivelse}")}}}}}}};
    const QString changes = example.folder.path(QStringLiteral("changes.json"));
    writeBytes(changes, QJsonDocument(batch).toJson());
    const Run applied = example.app.run({QStringLiteral("--apply"), changes, example.project});
    INFO(applied.errText().toStdString());
    REQUIRE(applied.exitCode == 0);

    const QString letter = example.text(QStringLiteral("own.txt"), {QStringLiteral("--activity"), kickOff});
    INFO(letter.toStdString());
    CHECK(letter.startsWith(QStringLiteral("Hej netværk!\n\nOpstartsworkshop for netværket holdes på Silkeborg Rådhus "
                                           "(Innovationsnetværk).")));
    CHECK(letter.contains(QStringLiteral("\n- Tirsdag 2. marts 2027, 9.00–15.30, Silkeborg Rådhus\n")));
    CHECK(letter.contains(QStringLiteral("Husk {madpakke}.")));
    CHECK(letter.contains(activity->description));
    // The consultant's letter is theirs in every language: --lang changes the dates, not the words.
    const QString english = example.text(QStringLiteral("own-en.txt"),
                                         {QStringLiteral("--activity"), kickOff, QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(english.startsWith(QStringLiteral("Hej netværk!")));
    CHECK(english.contains(QStringLiteral("- Tuesday 2 March 2027, 09:00–15:30")));
}

TEST_CASE("an invitation without an activity to a file of another kind or to an unknown activity writes nothing",
          "[cli][invitation]")
{
    const DanishExample example;
    struct Case
    {
        QString out;
        QStringList options;
        int exitCode;
        QString message;
    };
    const QList<Case> cases = {
        {QStringLiteral("a.pdf"), {}, 1, QStringLiteral("--export-invitation needs --activity NAME")},
        {QStringLiteral("a.docx"), {QStringLiteral("--activity"), kickOff}, 1, QStringLiteral("must end in .pdf or .txt")},
        {QStringLiteral("a.txt"), {QStringLiteral("--activity"), QStringLiteral("Ingen")}, 3,
         QStringLiteral("No activity is called \"Ingen\"")},
        {QStringLiteral("a.txt"), {QStringLiteral("--activity"), kickOff, QStringLiteral("--participant"),
                                   QStringLiteral("a@x.dk")},
         1, QStringLiteral("--export-invitation takes only")},
        {QStringLiteral("missing/a.txt"), {QStringLiteral("--activity"), kickOff}, 2, QStringLiteral("does not exist")},
    };
    for (const Case &c : cases) {
        const QString out = example.folder.path(c.out);
        const Run result = example.invitation(out, c.options);
        INFO(c.out.toStdString() << " " << c.options.join(QLatin1Char(' ')).toStdString() << "\n"
                                 << result.errText().toStdString());
        CHECK(result.exitCode == c.exitCode);
        CHECK(result.errText().contains(c.message));
        CHECK_FALSE(QFileInfo::exists(out));
    }
}
