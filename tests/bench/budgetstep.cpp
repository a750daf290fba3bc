// SPDX-License-Identifier: MPL-2.0
#include "budgetstep.h"

#include "budget/budgetcalculator.h"
#include "document/document.h"
#include "domain/project.h"
#include "rawlimits.h"

#include <QElapsedTimer>
#include <QLocale>

namespace Akademiplan::Bench {

namespace {

// The project with a budget on every activity and track, with ids after the file's own.
Project withBudget(const Project &project, qint64 academyId)
{
    Project priced = project;
    qint64 id = 1'000'000'000;
    auto line = [&](qint64 trackId, qint64 activityId, CostBasis basis, qint64 rateOre) {
        CostLine row;
        row.id = ++id;
        row.academyId = academyId;
        row.trackId = trackId;
        row.activityId = activityId;
        row.kind = CostKind::Facilitation;
        row.basis = basis;
        row.rateOre = rateOre;
        priced.costLines.insert(row);
    };
    for (const Track *track : project.tracksOf(academyId)) {
        line(track->id, 0, CostBasis::PerParticipant, 35'000);
        for (const Activity *activity : project.activitiesOf(track->id)) {
            line(track->id, activity->id, CostBasis::PerSession, 1'500'000);
            line(track->id, activity->id, CostBasis::PerParticipantDay, 67'500);
        }
    }
    line(0, 0, CostBasis::Fixed, 2'500'000);
    for (ParticipantRole role : {ParticipantRole::Employee, ParticipantRole::Manager, ParticipantRole::KeyPerson}) {
        StaffRate rate;
        rate.id = ++id;
        rate.academyId = academyId;
        rate.role = role;
        rate.annualSalaryOre = 56'000'000;
        rate.coverHourlyOre = role == ParticipantRole::Employee ? 26'500 : 0;
        priced.staffRates.insert(rate);
    }
    Funding fund;
    fund.id = ++id;
    fund.academyId = academyId;
    fund.kind = FundingKind::CompetenceFund;
    priced.fundings.insert(fund);
    return priced;
}

} // namespace

bool BudgetStep::run(const QString &path, int repeat, BenchReport &report, QString *error)
{
    FileProblem problem;
    const auto document = Document::open(path, {true}, &problem);
    if (!document) {
        *error = problem.message;
        return false;
    }
    if (document->project().academies.isEmpty()) {
        *error = QStringLiteral("the project has no academy to work out a budget for");
        return false;
    }
    const qint64 academyId = document->project().academies.at(0).id;
    const Project priced = withBudget(document->project(), academyId);
    StepResult step{QStringLiteral("budget"), {}, {}, {}};
    Money total;
    qint64 rows = 0;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        const AcademyBudget budget = BudgetCalculator::of(priced, academyId);
        step.samples.push_back(millisecondsSince(timer));
        total = budget.cash.withoutVat + budget.staffCost;
        const double raw = RawLimits::readTables(
            path,
            {QStringLiteral("track"), QStringLiteral("activity"), QStringLiteral("session"),
             QStringLiteral("participant"), QStringLiteral("enrolment"), QStringLiteral("attendance")},
            &rows, error);
        if (raw < 0)
            return false;
        step.limitSamples.push_back(raw);
    }
    const QLocale english(QLocale::English);
    step.detail = QStringLiteral("%1 cost lines, %2 kr. with working time; limit: %3 rows read")
                      .arg(english.toString(priced.costLines.size()), english.toString(total.ore() / 100),
                           english.toString(rows));
    report.steps.push_back(step);
    return true;
}

} // namespace Akademiplan::Bench
