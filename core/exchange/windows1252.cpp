// SPDX-License-Identifier: MPL-2.0
#include "windows1252.h"

#include <QStringDecoder>

#include <array>

namespace Akademiplan {

namespace {

// Bytes 0x80 to 0x9F; the five the code page leaves undefined keep their Latin-1 (C1 control)
// value, as ICU decodes them.
constexpr std::array<char16_t, 32> upperControls = {
    u'\u20AC', u'\u0081', u'\u201A', u'\u0192', u'\u201E', u'\u2026', u'\u2020', u'\u2021',
    u'\u02C6', u'\u2030', u'\u0160', u'\u2039', u'\u0152', u'\u008D', u'\u017D', u'\u008F',
    u'\u0090', u'\u2018', u'\u2019', u'\u201C', u'\u201D', u'\u2022', u'\u2013', u'\u2014',
    u'\u02DC', u'\u2122', u'\u0161', u'\u203A', u'\u0153', u'\u009D', u'\u017E', u'\u0178',
};

const char *const codecName = "windows-1252";

} // namespace

bool Windows1252::qtHasDecoder()
{
    return QStringDecoder(codecName).isValid();
}

QString Windows1252::decode(const QByteArray &bytes)
{
    QStringDecoder decoder(codecName);
    if (decoder.isValid())
        return decoder.decode(bytes);
    return decodeByTable(bytes);
}

QString Windows1252::decodeByTable(const QByteArray &bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes) {
        const auto value = static_cast<unsigned char>(byte);
        *out++ = (value >= 0x80 && value < 0xA0) ? QChar(upperControls[value - 0x80]) : QChar(char16_t(value));
    }
    return text;
}

} // namespace Akademiplan
