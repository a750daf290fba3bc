// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/anyentity.h"

#include <QCoreApplication>

#include <vector>

namespace Akademiplan {

// The four recommended tracks of an innovation academy, with their target groups, goals and
// typical activities, as a consultant starts from them before adapting them to a municipality.
// Texts are in the UI language at the moment of creation; after that they are the consultant's.
class AcademyTemplate
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::AcademyTemplate)

public:
    // Tracks (ids -1, -2, ...) for the academy with the given (placeholder) id, followed by
    // their activities (ids -101, -102, ...), ready for ProjectEditor::insertAll.
    static std::vector<AnyEntity> recommended(qint64 academyId, CouncilName council = CouncilName::CityCouncil);

    static QColor colour(TrackKind kind);
};

} // namespace Akademiplan
