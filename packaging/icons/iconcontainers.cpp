// SPDX-License-Identifier: MPL-2.0
#include "iconcontainers.h"

#include <QtEndian>

#include <array>

namespace Akademiplan::Icons {

namespace {

void appendLittle16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void appendLittle32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void appendBig32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

struct IcnsType
{
    const char *code;
    int size;
};

// Apple's PNG entry types, ordered as iconutil writes them: small to large, each density together.
constexpr std::array<IcnsType, 11> icnsTypes{{
    {"icp4", 16},
    {"ic11", 32},
    {"icp5", 32},
    {"ic12", 64},
    {"icp6", 64},
    {"ic07", 128},
    {"ic13", 256},
    {"ic08", 256},
    {"ic14", 512},
    {"ic09", 512},
    {"ic10", 1024},
}};

} // namespace

QByteArray icoFile(const QList<IconPicture> &pictures)
{
    constexpr int headerSize = 6;
    constexpr int entrySize = 16;
    QByteArray out;
    appendLittle16(out, 0); // reserved
    appendLittle16(out, 1); // an icon, not a cursor
    appendLittle16(out, quint16(pictures.size()));
    quint32 offset = headerSize + entrySize * quint32(pictures.size());
    for (const IconPicture &picture : pictures) {
        // One byte per side: 0 stands for 256.
        const char side = char(picture.size >= 256 ? 0 : picture.size);
        out.append(side);
        out.append(side);
        out.append(char(0)); // no palette
        out.append(char(0)); // reserved
        appendLittle16(out, 1);  // colour planes
        appendLittle16(out, 32); // bits per pixel
        appendLittle32(out, quint32(picture.png.size()));
        appendLittle32(out, offset);
        offset += quint32(picture.png.size());
    }
    for (const IconPicture &picture : pictures)
        out.append(picture.png);
    return out;
}

QByteArray icnsFile(const QList<IconPicture> &pictures)
{
    QByteArray entries;
    for (const IcnsType &type : icnsTypes) {
        for (const IconPicture &picture : pictures) {
            if (picture.size != type.size)
                continue;
            entries.append(type.code, 4);
            appendBig32(entries, quint32(8 + picture.png.size()));
            entries.append(picture.png);
            break;
        }
    }
    QByteArray out("icns");
    appendBig32(out, quint32(8 + entries.size()));
    out.append(entries);
    return out;
}

} // namespace Akademiplan::Icons
