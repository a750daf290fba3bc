// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "municipality.h"

#include <QList>

#include <optional>

namespace Akademiplan {

// The 98 Danish municipalities, read once from the list embedded in the program.
class MunicipalityRegistry
{
public:
    static const QList<Municipality> &all();
    static std::optional<Municipality> byCode(int code);
};

} // namespace Akademiplan
