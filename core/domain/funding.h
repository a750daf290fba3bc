// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "entityheader.h"

#include <QString>

#include <optional>

namespace Akademiplan {

enum class FundingKind { CompetenceFund, Municipality, Partner, Foundation, Other };

// Who pays part of an academy: the municipal competence fund by its rule (a share of each
// person's costs up to a cap per person), or a partner, a foundation or the municipality with an
// amount pledged; with what was actually received once the academy runs. Whatever the sources
// leave is the municipality's own share.
struct Funding : EntityHeader
{
    qint64 academyId = 0;
    FundingKind kind = FundingKind::Municipality;
    QString name; // e.g. the foundation's
    qint64 amountOre = 0; // pledged; not used by the competence fund, which pays by its rule
    int shareHundredthsOfPercent = 80'00; // the competence fund's share
    qint64 capPerPersonOre = 2'500'000;   // the competence fund's cap per person (25,000 kr.)
    std::optional<qint64> actualOre;
    bool operator==(const Funding &) const = default;
};

} // namespace Akademiplan
