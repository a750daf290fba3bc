// SPDX-License-Identifier: MPL-2.0
// The budget's rows in the project file (schema version 8): cost lines, staff rates and funding
// come back exactly as entered, an unknown actual cost stays unknown rather than 0, removing an
// activity or a track takes its cost lines with it (and undo brings them back), and the rules
// refuse a negative rate, a line of an activity outside its track, or a share above 100 %.
#include "catch.h"
#include "editor/projecteditor.h"
#include "testfiles.h"

#include <set>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

struct BudgetFile
{
    TempFolder folder;
    QString path;
    std::unique_ptr<Document> document;
    std::unique_ptr<ProjectEditor> editor;
    qint64 academyId = 0;
    qint64 trackId = 0;
    qint64 otherTrackId = 0;
    qint64 activityId = 0;

    BudgetFile()
        : path(makeProjectFile(folder, QStringLiteral("budget.akademi"), true))
    {
        document = openDocument(path);
        editor = std::make_unique<ProjectEditor>(*document);
        const Project &project = document->project();
        academyId = project.academies.at(0).id;
        const std::vector<const Track *> tracks = project.tracksOf(academyId);
        REQUIRE(tracks.size() >= 2);
        trackId = tracks.front()->id;
        otherTrackId = tracks.back()->id;
        activityId = project.activitiesOf(trackId).front()->id;
    }

    CostLine facilitation() const
    {
        CostLine line;
        line.id = -1;
        line.academyId = academyId;
        line.trackId = trackId;
        line.activityId = activityId;
        line.kind = CostKind::Facilitation;
        line.description = QStringLiteral("Ekstern facilitator, kursusdag");
        line.basis = CostBasis::PerSession;
        line.rateOre = 1'500'000;
        line.quantity = 2;
        line.vat = VatTreatment::ExcludingVat;
        line.priceYear = 2024;
        return line;
    }
};

} // namespace

TEST_CASE("cost lines staff rates and funding come back from the file exactly as entered", "[budget][file]")
{
    BudgetFile file;
    CostLine line = file.facilitation();
    CostLine shared;
    shared.id = -2;
    shared.academyId = file.academyId;
    shared.kind = CostKind::Materials;
    shared.basis = CostBasis::Fixed;
    shared.rateOre = 425'050;
    shared.vat = VatTreatment::IncludingVat;
    shared.actualOre = 398'775;
    StaffRate managers;
    managers.id = -3;
    managers.academyId = file.academyId;
    managers.role = ParticipantRole::Manager;
    managers.annualSalaryOre = 72'000'000;
    managers.annualHours = 1924;
    managers.overheadHundredthsOfPercent = 47'00;
    managers.priceYear = 2021;
    StaffRate pedagogues;
    pedagogues.id = -4;
    pedagogues.academyId = file.academyId;
    pedagogues.role = ParticipantRole::Employee;
    pedagogues.organisationId = file.document->project().organisations.at(0).id;
    pedagogues.annualSalaryOre = 46'440'000;
    pedagogues.annualHours = 1635;
    pedagogues.coverHourlyOre = 28'500;
    Funding fund;
    fund.id = -5;
    fund.academyId = file.academyId;
    fund.kind = FundingKind::CompetenceFund;
    fund.name = QStringLiteral("Den Kommunale Kompetencefond");
    Funding foundation;
    foundation.id = -6;
    foundation.academyId = file.academyId;
    foundation.kind = FundingKind::Foundation;
    foundation.name = QStringLiteral("Innovationsfonden for velfærd");
    foundation.amountOre = 10'000'000;
    foundation.actualOre = 0;
    // The example has a budget of its own; these rows come on top of it.
    const Project example = file.document->project();
    const EditResult added = file.editor->insertAll(QStringLiteral("Budget"),
                                                    {line, shared, managers, pedagogues, fund, foundation});
    INFO(added.error.toStdString());
    REQUIRE(added.ok);
    FileProblem problem;
    REQUIRE(file.document->save(&problem));
    const Project saved = file.document->project();

    const Project reopened = readProject(file.path);
    CHECK(reopened.costLines.size() == example.costLines.size() + 2);
    CHECK(reopened.staffRates.size() == example.staffRates.size() + 2);
    CHECK(reopened.fundings.size() == example.fundings.size() + 2);
    CHECK(reopened.costLines.items() == saved.costLines.items());
    CHECK(reopened.staffRates.items() == saved.staffRates.items());
    CHECK(reopened.fundings.items() == saved.fundings.items());
    // Not known yet is not the same as nothing: the facilitation's bill has not come, the
    // foundation has paid nothing so far.
    for (const CostLine &row : reopened.costLines)
        if (!example.costLines.contains(row.id))
            CHECK(row.actualOre == (row.kind == CostKind::Materials ? std::optional<qint64>(398'775) : std::nullopt));
    for (const Funding &row : reopened.fundings)
        if (!example.fundings.contains(row.id))
            CHECK(row.actualOre == (row.kind == FundingKind::Foundation ? std::optional<qint64>(0) : std::nullopt));
    // The competence fund keeps today's rule unless told otherwise: 80 % up to 25,000 kr.
    for (const Funding &row : reopened.fundings)
        if (row.kind == FundingKind::CompetenceFund)
            CHECK((row.shareHundredthsOfPercent == 80'00 && row.capPerPersonOre == 2'500'000));
    // Amounts are whole øre in INTEGER columns, enumerations their stable keys.
    CHECK(queryFile(file.path, QStringLiteral("SELECT typeof(rate_ore) || ' ' || rate_ore || ' ' || basis || ' ' || vat "
                                              "FROM cost_line WHERE rate_ore = 1500000 AND quantity = 2"))
          == QVariantList{QStringLiteral("integer 1500000 per_session excluding_vat")});
}

TEST_CASE("removing an activity takes its cost lines along and undo brings them back", "[budget][file]")
{
    BudgetFile file;
    // The lines by their identity and amount, in a fixed order.
    auto linesOfActivity = [&] {
        std::set<std::pair<QString, qint64>> lines;
        for (const CostLine &line : file.document->project().costLines)
            if (line.activityId == file.activityId)
                lines.emplace(line.uuid.toString(), line.rateOre);
        return lines;
    };
    REQUIRE(file.editor->insertAll(QStringLiteral("Budget"), {file.facilitation()}).ok);
    const auto before = linesOfActivity();
    REQUIRE_FALSE(before.empty());
    REQUIRE(file.editor->remove(EntityType::Activity, file.activityId).ok);
    CHECK(linesOfActivity().empty());
    file.document->undoStack()->undo();
    CHECK(linesOfActivity() == before);
}

TEST_CASE("the rules refuse a negative rate a line outside its track and a share above all", "[budget]")
{
    BudgetFile file;
    const Project example = file.document->project();
    CostLine negative = file.facilitation();
    negative.rateOre = -100;
    const EditResult refusedRate = file.editor->insertAll(QStringLiteral("Budget"), {negative});
    CHECK_FALSE(refusedRate.ok);
    CHECK(refusedRate.error.contains(QStringLiteral("rate")));

    CostLine elsewhere = file.facilitation();
    elsewhere.trackId = file.otherTrackId; // the activity is in the first track
    CHECK_FALSE(file.editor->insertAll(QStringLiteral("Budget"), {elsewhere}).ok);

    Funding greedy;
    greedy.id = -1;
    greedy.academyId = file.academyId;
    greedy.kind = FundingKind::CompetenceFund;
    greedy.shareHundredthsOfPercent = 120'00;
    CHECK_FALSE(file.editor->insertAll(QStringLiteral("Budget"), {greedy}).ok);

    StaffRate noHours;
    noHours.id = -1;
    noHours.academyId = file.academyId;
    noHours.annualHours = 0;
    CHECK_FALSE(file.editor->insertAll(QStringLiteral("Budget"), {noHours}).ok);
    CHECK(file.document->project().costLines.items() == example.costLines.items());
    CHECK(file.document->project().fundings.items() == example.fundings.items());
    CHECK(file.document->project().staffRates.items() == example.staffRates.items());
}
