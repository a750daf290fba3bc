// SPDX-License-Identifier: MPL-2.0
// The domain's rules turn mistakes away with a message a consultant understands, and a
// rejected edit changes nothing: not the project, not the file, not the undo history.
#include "catch.h"
#include "editor/projecteditor.h"
#include "domain/validator.h"
#include "testfiles.h"

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

struct Rejection
{
    const char *what;
    std::function<AnyEntity(const Project &)> make;
    const char *messagePart;
};

} // namespace

TEST_CASE("invalid edits are rejected with a clear message and change nothing", "[rules]")
{
    const std::vector<Rejection> rejections = {
        {"academy that ends before it starts",
         [](const Project &p) {
             Academy a = p.academies.items().front();
             a.endDate = a.startDate.addDays(-1);
             return AnyEntity(a);
         },
         "ends before it starts"},
        {"academy without a name",
         [](const Project &p) {
             Academy a = p.academies.items().front();
             a.name = QStringLiteral("   ");
             return AnyEntity(a);
         },
         "needs a name"},
        {"academy with an unknown partner municipality",
         [](const Project &p) {
             Academy a = p.academies.items().front();
             a.partnerMunicipalities = {999};
             return AnyEntity(a);
         },
         "999"},
        {"track without a name",
         [](const Project &p) {
             Track t = p.tracks.items().front();
             t.name.clear();
             return AnyEntity(t);
         },
         "needs a name"},
        {"activity with a negative capacity",
         [](const Project &p) {
             Activity a = p.activities.items().front();
             a.capacity = -5;
             return AnyEntity(a);
         },
         "capacity cannot be negative"},
        {"activity without a title",
         [](const Project &p) {
             Activity a = p.activities.items().front();
             a.title.clear();
             return AnyEntity(a);
         },
         "needs a title"},
        {"session that ends before it starts",
         [](const Project &p) {
             Session s = p.sessions.items().front();
             s.endTime = s.startTime.addSecs(-3600);
             return AnyEntity(s);
         },
         "ends before it starts"},
        {"participant without a name",
         [](const Project &p) {
             Participant x = p.participants.items().front();
             x.name.clear();
             return AnyEntity(x);
         },
         "needs a name"},
        {"participant with an invalid e-mail address",
         [](const Project &p) {
             Participant x = p.participants.items().front();
             x.email = QStringLiteral("anne.jensen@silkeborg");
             return AnyEntity(x);
         },
         "not a valid e-mail address"},
        {"participant in an organisation that does not exist",
         [](const Project &p) {
             Participant x = p.participants.items().front();
             x.organisationId = 987654;
             return AnyEntity(x);
         },
         "organisation that does not exist"},
    };

    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("rules.akademi"), true);
    auto document = openDocument(path);
    ProjectEditor editor(*document);
    FileProblem problem;
    REQUIRE(document->save(&problem));
    const Project before = document->project();
    const QByteArray fileBefore = readBytes(path);

    for (const Rejection &rejection : rejections) {
        DYNAMIC_SECTION(rejection.what)
        {
            const EditResult result = editor.update(rejection.make(document->project()));
            CHECK_FALSE(result.ok);
            CHECK(result.error.contains(QString::fromUtf8(rejection.messagePart)));
            CHECK(document->project() == before);
            CHECK(document->undoStack()->count() == 0);
            CHECK_FALSE(document->isModified());
            REQUIRE(document->save(&problem));
            CHECK(contentOf(readProject(path)) == contentOf(before));
        }
    }
    CHECK(fileBefore.size() > 0);
}

TEST_CASE("a session outside the academy's period is allowed but flagged", "[rules]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("period.akademi"), true);
    auto document = openDocument(path);
    Session session = document->project().sessions.items().front();
    session.date = QDate(2028, 3, 1);
    const EditResult result = ProjectEditor(*document).update(session);
    REQUIRE(result.ok);
    REQUIRE(result.warnings.size() == 1);
    CHECK(result.warnings.front().contains(QStringLiteral("outside the academy's period")));
    CHECK(document->project().sessions.find(session.id)->date == QDate(2028, 3, 1));
}

TEST_CASE("an edit the file refuses is taken back, the user is told, and the file is as before", "[rules]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("orphans.akademi"), true);
    auto document = openDocument(path);
    ProjectEditor editor(*document);
    REQUIRE_FALSE(document->project().tracks.isEmpty());
    Track track = document->project().tracks.items().front();
    track.name = QStringLiteral("Netværket");
    REQUIRE(editor.update(track).ok);
    REQUIRE(document->undoStack()->canUndo());
    const Project before = document->project();
    QStringList told;
    QObject::connect(document.get(), &Document::errorOccurred, [&told](const QString &message) { told << message; });

    // Removing an academy alone, without its tracks: the editor never does this, and the file's
    // foreign keys refuse it when it is written, behind the window.
    ChangeSet orphaning;
    orphaning.remove(before.academies.items().front());
    REQUIRE(document->apply(orphaning).isEmpty());
    CHECK(document->project().academies.isEmpty());
    const QString failure = document->finishWriting();
    CHECK(failure.contains(QStringLiteral("could not be written")));
    // Nothing more is accepted until the project is read back from the working copy.
    track.name = QStringLiteral("Netværk for nøglepersoner");
    CHECK(editor.update(track).error.toStdString() == failure.toStdString());

    QCoreApplication::processEvents();
    CHECK(document->project() == before);
    REQUIRE(told.size() == 1);
    CHECK(told.front().contains(QStringLiteral("taken back")));
    // The steps before it were built on rows the file no longer matches: they are gone.
    CHECK_FALSE(document->undoStack()->canUndo());
    CHECK(document->isModified());

    Academy renamed = before.academies.items().front();
    renamed.name = QStringLiteral("Renamed");
    REQUIRE(editor.update(renamed).ok);
    FileProblem problem;
    REQUIRE(document->save(&problem));
    const Project saved = readProject(path);
    CHECK(saved.academies.items().front().name == QStringLiteral("Renamed"));
    CHECK(saved.tracks.size() == before.tracks.size());
}

TEST_CASE("e-mail addresses are checked for the mistakes people make", "[rules]")
{
    CHECK(Validator::isValidEmail(QStringLiteral("anne@silkeborg.dk")));
    CHECK(Validator::isValidEmail(QStringLiteral("anne.marie+akademi@sub.kommune.dk")));
    CHECK(Validator::isValidEmail(QStringLiteral("søren@æblehaven.dk")));
    CHECK_FALSE(Validator::isValidEmail(QStringLiteral("anne silkeborg.dk")));
    CHECK_FALSE(Validator::isValidEmail(QStringLiteral("anne@silkeborg")));
    CHECK_FALSE(Validator::isValidEmail(QStringLiteral("anne @silkeborg.dk")));
    CHECK_FALSE(Validator::isValidEmail(QStringLiteral("@silkeborg.dk")));
    CHECK_FALSE(Validator::isValidEmail(QStringLiteral("anne@@silkeborg.dk")));
}
