// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace Akademiplan {

// Windows-1252, the code page of Danish Excel's "CSV (semikolonsepareret)". Qt decodes it only
// when it is built with ICU (Debian's is); Qt built without ICU has no decoder for it, so a
// table of the 32 bytes where it differs from Latin-1 stands in. Both give the same text for
// every byte, which a test holds them to.
class Windows1252
{
public:
    static QString decode(const QByteArray &bytes);
    // The table alone, whatever Qt offers.
    static QString decodeByTable(const QByteArray &bytes);
    static bool qtHasDecoder();
};

} // namespace Akademiplan
