// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QByteArray>

namespace Akademiplan::Bench {

// A municipality's staff list as Danish Excel saves it ("CSV (semikolonsepareret)": Windows-1252,
// semicolons, CRLF): `rows` people, none of them in a generated project, with Danish names, job
// titles as role words, and 20 departments the project does not have yet.
QByteArray participantList(int rows);

} // namespace Akademiplan::Bench
