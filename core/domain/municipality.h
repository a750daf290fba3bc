// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QString>

namespace Akademiplan {

// One of Denmark's 98 municipalities, identified by its kommunekode.
struct Municipality
{
    int code = 0;
    QString name;
    QString region;
    QString officialName; // as the municipality itself writes it: "Københavns Kommune", "Bornholms Regionskommune"
};

} // namespace Akademiplan
