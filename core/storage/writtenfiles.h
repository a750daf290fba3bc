// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "filefingerprint.h"

namespace Akademiplan {

// The fingerprints of the last project files this program saved, in the user's local
// application data folder. A file whose bytes are exactly what a save here wrote and checked
// needs no second integrity check when it is opened again: at the stress size that check alone
// takes one and a half seconds. A file from anyone else, or changed by a single byte since, has
// another fingerprint and is checked in full.
class WrittenFiles
{
public:
    static void record(const FileFingerprint &fingerprint);
    static bool contains(const FileFingerprint &fingerprint);

    // How many saves are remembered: enough for every project a consultant has open in a week.
    static constexpr int remembered = 64;

private:
    static QString listPath();
};

} // namespace Akademiplan
