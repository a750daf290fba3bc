// SPDX-License-Identifier: MPL-2.0
// The programme plan's budget and evaluation sections, written by the real binary and read back
// with pdftotext: the example's hand-worked totals (tests/core/test_example_budget.cpp) in Danish
// notation, the participants' working time unless --without-staff-time, the programme theory and
// the indicators with where they stand, and no section for an academy without either.
#include "pdftools.h"

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

// The example made in Danish by the binary, and its programme plan as pdftotext reads it.
struct DanishExample
{
    const PdfTools tools = PdfTools::find();
    const Binary app;
    TempFolder folder;
    const QString project = app.makeExample(folder, QStringLiteral("silkeborg.akademi"), QStringLiteral("da_DK.UTF-8"));

    Exported plan(const QString &name, const QStringList &options = {}) const
    {
        return exportPlan(app, tools, project, folder.path(name), options);
    }
};

} // namespace

TEST_CASE("the Danish programme plan has a budget section with the example's totals", "[cli][pdf][budget]")
{
    const DanishExample example;
    const Exported with = example.plan(QStringLiteral("with.pdf"));
    INFO("pdftotext:\n" << with.text.toStdString());
    const QString text = flattened(with.text);
    CHECK(text.contains(QStringLiteral("Udgifter uden moms 659.260,00 kr.")));
    CHECK(text.contains(QStringLiteral("Udgifter med moms 822.180,00 kr.")));
    CHECK(text.contains(QStringLiteral("Deltagernes arbejdstid 899.199,94 kr.")));
    CHECK(text.contains(QStringLiteral("I alt 659.260,00 162.920,00 822.180,00")));
    CHECK(text.contains(QStringLiteral("4 sessioner ×")));
    CHECK(text.contains(QStringLiteral("Ledere 1.566,00 353,64 553.800,24")));
    CHECK(text.contains(QStringLiteral("Kommunens egen andel af udgifterne uden moms 162.344,68")));

    // Shown to a council as the cash alone: no working time, a plan no longer.
    const Exported cash = example.plan(QStringLiteral("cash.pdf"), {QStringLiteral("--without-staff-time")});
    const QString cashText = flattened(cash.text);
    CHECK(cashText.contains(QStringLiteral("Udgifter uden moms 659.260,00 kr.")));
    CHECK_FALSE(cashText.contains(QStringLiteral("Deltagernes arbejdstid")));
    CHECK_FALSE(cashText.contains(QStringLiteral("553.800,24")));
    CHECK(cash.pages <= with.pages);

    // An academy without a budget has no budget section.
    execOnFile(example.project, QStringList{QStringLiteral("DELETE FROM cost_line"), QStringLiteral("DELETE FROM funding")});
    const Exported none = example.plan(QStringLiteral("none.pdf"));
    CHECK_FALSE(flattened(none.text).contains(QStringLiteral("Udgifter pr. spor")));
    CHECK(none.pages < with.pages);
}

TEST_CASE("the Danish programme plan has an evaluation section with the programme theory and the indicators",
          "[cli][pdf][evaluation]")
{
    const DanishExample example;
    const Exported with = example.plan(QStringLiteral("with.pdf"));
    INFO("pdftotext:\n" << with.text.toStdString());
    const QString text = flattened(with.text);
    CHECK(text.contains(QStringLiteral("Evaluering")));
    CHECK(text.contains(QStringLiteral("Forandringsteori")));
    CHECK(text.contains(QStringLiteral("5. Langsigtede effekter")));
    CHECK(text.contains(QStringLiteral("Forankring: ledernes rolle")));
    CHECK(text.contains(QStringLiteral("Læringsmål")));
    CHECK(text.contains(QStringLiteral("Kompetencer")));
    // The indicators with their baseline, target and where they stand: the baseline of the managers'
    // experiments was measured in the autumn, 12 % against a target of 50 %.
    CHECK(text.contains(QStringLiteral("12 % 50 %")));
    CHECK(text.contains(QStringLiteral("Under målet")));
    CHECK(text.contains(QStringLiteral("Ikke målt endnu")));

    execOnFile(example.project,
               QStringList{QStringLiteral("DELETE FROM measurement"), QStringLiteral("DELETE FROM indicator"),
                           QStringLiteral("DELETE FROM learning_goal"), QStringLiteral("DELETE FROM programme_theory")});
    const Exported none = example.plan(QStringLiteral("none.pdf"));
    CHECK_FALSE(flattened(none.text).contains(QStringLiteral("Forandringsteori")));
    CHECK(none.pages < with.pages);
}
