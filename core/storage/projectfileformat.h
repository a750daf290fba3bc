// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QString>

namespace Akademiplan::ProjectFileFormat {

// "AKAD" in the SQLite header's application_id field: marks a file as an Akademiplan project.
inline constexpr quint32 applicationId = 0x414B4144;

inline QString suffix()
{
    return QStringLiteral("akademi");
}

inline QString mimeType()
{
    return QStringLiteral("application/x-akademiplan");
}

} // namespace Akademiplan::ProjectFileFormat
