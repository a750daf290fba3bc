// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/anyentity.h"

#include <QCoreApplication>

#include <vector>

namespace Akademiplan {

// The bundled example: an academy for a real municipality built from the four-track template,
// with dated sessions over a year that respect the Danish planning calendar, invented people of
// every role and their enrolments. Deterministic, so that it serves tests and screenshots.
class ExampleProject
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::ExampleProject)

public:
    // The municipality the example is made for (Silkeborg).
    static constexpr int municipalityCode = 740;

    // Rows with placeholder ids, ready for ProjectEditor::insertAll.
    static std::vector<AnyEntity> build(const QString &municipalityName,
                                        CouncilName councilName = CouncilName::CityCouncil);
};

} // namespace Akademiplan
