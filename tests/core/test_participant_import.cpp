// SPDX-License-Identifier: MPL-2.0
// Importing a municipality's participant list: every field of every person as the file has it,
// Danish letters included, whatever the encoding, separator and headers; each row's problems
// named before anything changes; people already there skipped or updated; one undo step.
#include "catch.h"
#include "document/document.h"
#include "editor/projecteditor.h"
#include "exchange/csvreader.h"
#include "exchange/participantimport.h"
#include "exchange/rolewords.h"
#include "testfiles.h"

#include <QUndoStack>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

CsvTable dataTable(const char *name)
{
    return CsvReader::read(readBytes(QStringLiteral(AKADEMIPLAN_TEST_DATA "/csv/") + QLatin1String(name)));
}

struct Person
{
    QString name;
    QString email;
    QString phone;
    ParticipantRole role;
    QString organisation;
};

const Participant *byEmail(const Project &project, const QString &email)
{
    for (const Participant &participant : project.participants)
        if (participant.email == email)
            return &participant;
    return nullptr;
}

void checkPeople(const Project &project, const std::vector<Person> &people)
{
    for (const Person &expected : people) {
        INFO(expected.email.toStdString());
        const Participant *person = byEmail(project, expected.email);
        REQUIRE(person);
        CHECK(person->name == expected.name);
        CHECK(person->phone == expected.phone);
        CHECK(person->role == expected.role);
        const Organisation *organisation = project.organisations.find(person->organisationId);
        CHECK((organisation ? organisation->name : QString()) == expected.organisation);
    }
}

EditResult importFile(Document &document, const char *name, ImportOptions options = {})
{
    const ParticipantImport import = ParticipantImport::prepare(document.project(), dataTable(name), options);
    return ProjectEditor(document).importParticipants(import);
}

} // namespace

TEST_CASE("Danish Excel's Windows-1252 list imports every field", "[import]")
{
    TempFolder folder;
    auto document = openDocument(makeProjectFile(folder, QStringLiteral("import.akademi"), false));
    const EditResult result = importFile(*document, "excel-semicolon-windows1252.csv");
    INFO(result.error.toStdString());
    REQUIRE(result.ok);
    const Project &project = document->project();
    CHECK(project.participants.size() == 6);
    checkPeople(project,
                {{QStringLiteral("Søren Ærø Åberg"), QStringLiteral("soren.aberg@silkeborg.dk"),
                  QStringLiteral("20 30 40 50"), ParticipantRole::Manager, QStringLiteral("Børn og Unge")},
                 {QStringLiteral("Anne \"Søs\" Østergaard"), QStringLiteral("anne.ostergaard@silkeborg.dk"),
                  QStringLiteral("+45 86 82 00 00"), ParticipantRole::Employee, QStringLiteral("Teknik; Miljø")},
                 {QStringLiteral("Bjørn \"Bønne\" Krøyer"), QStringLiteral("bjorn.kroyer@silkeborg.dk"), QString(),
                  ParticipantRole::Manager, QStringLiteral("Sundhed – Omsorg")},
                 {QStringLiteral("Émilie Lindqvist"), QStringLiteral("emilie.lindqvist@silkeborg.dk"),
                  QStringLiteral("51 52 53 54"), ParticipantRole::Politician, QStringLiteral("Byrådet")},
                 {QStringLiteral("Jens Jørgensen"), QStringLiteral("jens.jorgensen@silkeborg.dk"), QString(),
                  ParticipantRole::KeyPerson, QStringLiteral("Kultur, Fritid og Borgerservice")},
                 {QStringLiteral("Kirsten Holm"), QStringLiteral("kirsten.holm@frivilligcenter.dk"), QString(),
                  ParticipantRole::ExternalPartner, QStringLiteral("Frivilligcenter ‘Søen’ – €-fonden")}});
    // An organisation of external partners only is not a municipal department.
    for (const Organisation &organisation : project.organisations)
        CHECK(organisation.kind
              == (organisation.name.startsWith(QLatin1String("Frivilligcenter")) ? OrganisationKind::Other
                                                                                 : OrganisationKind::MunicipalDepartment));
}

TEST_CASE("Each encoding and separator variant imports its people", "[import]")
{
    TempFolder folder;
    auto document = openDocument(makeProjectFile(folder, QStringLiteral("variants.akademi"), false));
    REQUIRE(importFile(*document, "excel-utf8-bom.csv").ok);
    REQUIRE(importFile(*document, "comma-utf8.csv").ok);
    REQUIRE(importFile(*document, "tab-utf8-cr.csv").ok);
    const Project &project = document->project();
    checkPeople(project,
                {{QStringLiteral("Søren Ærø Åberg"), QStringLiteral("soren.aberg@silkeborg.dk"),
                  QStringLiteral("20 30 40 50"), ParticipantRole::Manager, QStringLiteral("Børn og Unge")},
                 {QStringLiteral("Ida Ærenlund"), QStringLiteral("ida.aerenlund@silkeborg.dk"), QString(),
                  ParticipantRole::Politician, QStringLiteral("Byrådet")},
                 {QStringLiteral("Ω Ølstrup Ægidius"), QStringLiteral("omega@silkeborg.dk"), QString(),
                  ParticipantRole::Employee, QStringLiteral("Børn og Unge")},
                 {QStringLiteral("Hansen, Peter"), QStringLiteral("peter.hansen@example.dk"),
                  QStringLiteral("+45 12 34 56 78"), ParticipantRole::Manager, QStringLiteral("Jobcenter, Vest")},
                 {QStringLiteral("Lærke Bæk"), QStringLiteral("laerke.baek@example.dk"), QString(),
                  ParticipantRole::Employee, QStringLiteral("Jobcenter Vest")},
                 {QStringLiteral("Mads Ørsted"), QStringLiteral("mads.orsted@example.dk"), QString(),
                  ParticipantRole::Politician, QStringLiteral("City Council")},
                 {QStringLiteral("Åse Ødegård"), QStringLiteral("ase@odder.dk"), QString(), ParticipantRole::KeyPerson,
                  QString()},
                 {QStringLiteral("Bo Bøgh"), QStringLiteral("bo@odder.dk"), QString(), ParticipantRole::Manager,
                  QString()}});
    CHECK(project.participants.size() == 8);

    // Excel's Unicode text holds the same two people as the tab file: already there, nothing to do.
    const ParticipantImport again =
        ParticipantImport::prepare(project, dataTable("excel-unicode-text.txt"), ImportOptions());
    CHECK(again.fileProblem().isEmpty());
    CHECK(again.counts().unchanged == 2);
    CHECK_FALSE(again.canImport());
}

TEST_CASE("Every problem row is named with its column and nothing changes", "[import]")
{
    TempFolder folder;
    auto document = openDocument(makeProjectFile(folder, QStringLiteral("problems.akademi"), true));
    const Project before = contentOf(document->project());
    const ParticipantImport import =
        ParticipantImport::prepare(document->project(), dataTable("problems.csv"), ImportOptions());
    CHECK(import.problemLines()
          == QStringList{
              QStringLiteral("row 3, column “Navn”: There is no name."),
              QStringLiteral("row 4, column “E-mail”: “anne.ostergaard(at)silkeborg.dk” is not an e-mail address."),
              QStringLiteral("row 5, column “Rolle”: “Sagsbehandler” is not a role the program knows: choose the role "
                             "it means, or write employee, manager, politician, key person or external partner."),
              QStringLiteral("row 6, column “E-mail”: The same e-mail address as row 2, with other details.")});
    CHECK(import.unknownRoleWords() == QStringList{QStringLiteral("Sagsbehandler")});
    CHECK_FALSE(import.canImport());
    CHECK_FALSE(ProjectEditor(*document).importParticipants(import).ok);
    CHECK(contentOf(document->project()) == before);
    CHECK(document->undoStack()->count() == 0);
}

TEST_CASE("Rows with problems can be left out and an unknown role word given a role", "[import]")
{
    TempFolder folder;
    auto document = openDocument(makeProjectFile(folder, QStringLiteral("skip.akademi"), false));
    ImportOptions options;
    options.skipRowsWithProblems = true;
    options.roleWords.insert(QStringLiteral("sagsbehandler"), ParticipantRole::Employee);
    const ParticipantImport import =
        ParticipantImport::prepare(document->project(), dataTable("problems.csv"), options);
    CHECK(import.counts().added == 2);
    CHECK(import.counts().rejected == 3);
    REQUIRE(ProjectEditor(*document).importParticipants(import).ok);
    const Project &project = document->project();
    CHECK(project.participants.size() == 2);
    REQUIRE(byEmail(project, QStringLiteral("bo.bogh@silkeborg.dk")));
    CHECK(byEmail(project, QStringLiteral("bo.bogh@silkeborg.dk"))->role == ParticipantRole::Employee);
}

TEST_CASE("People already there are skipped or updated and the import is one undo step", "[import]")
{
    TempFolder folder;
    auto document = openDocument(makeProjectFile(folder, QStringLiteral("update.akademi"), false));
    REQUIRE(importFile(*document, "excel-utf8-bom.csv").ok);
    const Project afterFirst = contentOf(document->project());
    const int steps = document->undoStack()->count();

    // The Windows-1252 list knows Søren too, with a longer name's worth of details.
    const ParticipantImport skipping =
        ParticipantImport::prepare(document->project(), dataTable("excel-semicolon-windows1252.csv"), ImportOptions());
    CHECK(skipping.counts().added == 5);
    CHECK(skipping.counts().unchanged == 1); // same name, e-mail, phone, role and organisation
    REQUIRE(ProjectEditor(*document).importParticipants(skipping).ok);
    CHECK(document->undoStack()->count() == steps + 1);
    CHECK(document->project().participants.size() == 8);

    // A changed phone number in the file: skipped unless existing people are to be updated.
    const CsvTable changed = CsvReader::parse(
        QStringLiteral("Navn;E-mail;Telefon\nSøren Ærø Åberg;SOREN.ABERG@silkeborg.dk;99 99 99 99\n"), QLatin1Char(';'));
    const ParticipantImport keep = ParticipantImport::prepare(document->project(), changed, ImportOptions());
    CHECK(keep.counts().skipped == 1);
    CHECK_FALSE(keep.canImport());
    ImportOptions update;
    update.updateExisting = true;
    const ParticipantImport replace = ParticipantImport::prepare(document->project(), changed, update);
    CHECK(replace.counts().updated == 1);
    REQUIRE(ProjectEditor(*document).importParticipants(replace).ok);
    const Participant *soren = byEmail(document->project(), QStringLiteral("SOREN.ABERG@silkeborg.dk"));
    REQUIRE(soren);
    CHECK(soren->phone == QStringLiteral("99 99 99 99"));
    CHECK(soren->role == ParticipantRole::Manager); // no role column: the role stays

    document->undoStack()->undo();
    document->undoStack()->undo();
    CHECK(contentOf(document->project()) == afterFirst);
}

TEST_CASE("Headers in Danish and English are recognised", "[import]")
{
    using F = ParticipantField;
    const QList<std::pair<const char *, F>> headers = {
        {"Navn", F::Name},           {"Name", F::Name},          {"Fornavn", F::FirstName},
        {"First name", F::FirstName}, {"Efternavn", F::LastName}, {"E-mail", F::Email},
        {"Email", F::Email},         {"Mail", F::Email},         {"e-mail:", F::Email},
        {"Telefon", F::Phone},       {"Tlf.", F::Phone},         {"Mobil", F::Phone},
        {"Phone", F::Phone},         {"Rolle", F::Role},         {"Stilling", F::Role},
        {"Role", F::Role},           {"Afdeling", F::Organisation}, {"Forvaltning", F::Organisation},
        {"Organisation", F::Organisation}, {"Department", F::Organisation}, {"CPR", F::Ignore},
    };
    for (const auto &[header, field] : headers) {
        INFO(header);
        CHECK(ParticipantColumns::recognise(QString::fromUtf8(header)) == field);
    }
    // A second column of the same kind is not imported over the first.
    CHECK(ParticipantColumns::recognise(QStringList{QStringLiteral("Mobil"), QStringLiteral("Telefon")})
          == QList<F>{F::Phone, F::Ignore});
}

TEST_CASE("Role words in Danish and English", "[import]")
{
    using R = ParticipantRole;
    const QList<std::pair<const char *, R>> words = {
        {"medarbejder", R::Employee},   {"Leder", R::Manager},          {"Skoleleder", R::Manager},
        {"chef", R::Manager},           {"Centerchef", R::Manager},     {"Kommunaldirektør", R::Manager},
        {"politiker", R::Politician},   {"Byrådsmedlem", R::Politician}, {"kommunalbestyrelsesmedlem", R::Politician},
        {"Borgmester", R::Politician},  {"nøgleperson", R::KeyPerson},  {"ekstern", R::ExternalPartner},
        {"partner", R::ExternalPartner}, {"Ekstern partner", R::ExternalPartner}, {"Manager", R::Manager},
        {"employee", R::Employee},      {"Key person", R::KeyPerson},  {"Chefkonsulent", R::Employee},
        {"", R::Employee},
    };
    for (const auto &[word, role] : words) {
        INFO(word);
        const auto found = RoleWords::roleOf(QString::fromUtf8(word));
        REQUIRE(found);
        CHECK(*found == role);
    }
    CHECK_FALSE(RoleWords::roleOf(QStringLiteral("Sagsbehandler")));
}
