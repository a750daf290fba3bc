// SPDX-License-Identifier: MPL-2.0
#include "sqliteheader.h"

#include <QFile>
#include <QtEndian>

namespace Akademiplan {

namespace {

constexpr int headerSize = 100;

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

} // namespace

SqliteHeader SqliteHeader::read(const QString &path)
{
    SqliteHeader header;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return header;
    header.m_fileSize = file.size();
    const QByteArray bytes = file.read(headerSize);
    const QByteArrayView magic("SQLite format 3\0", 16);
    if (bytes.size() < headerSize) {
        // The start of an SQLite file, cut off: a copy that stopped, not a file of another kind.
        const bool cutSqlite = bytes.size() >= 16 && bytes.startsWith(magic);
        header.m_status = cutSqlite ? Status::Truncated : Status::TooShort;
        return header;
    }
    if (!bytes.startsWith(magic)) {
        header.m_status = Status::NotSqlite;
        return header;
    }
    const quint16 rawPageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
    header.m_pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const bool powerOfTwo = header.m_pageSize >= 512 && (header.m_pageSize & (header.m_pageSize - 1)) == 0;
    if (!powerOfTwo) {
        header.m_status = Status::BadHeader;
        return header;
    }
    const auto writeVersion = quint8(bytes.at(18));
    const auto readVersion = quint8(bytes.at(19));
    if (writeVersion == 2 || readVersion == 2) {
        header.m_status = Status::WriteAheadLog;
        return header;
    }
    const quint32 changeCounter = bigEndian32(bytes, 24);
    header.m_pageCount = bigEndian32(bytes, 28);
    header.m_userVersion = qint32(bigEndian32(bytes, 60));
    header.m_applicationId = bigEndian32(bytes, 68);
    const quint32 versionValidFor = bigEndian32(bytes, 92);

    // The page count in the header is only trusted when the last writer kept it current.
    const bool pageCountValid = header.m_pageCount > 0 && versionValidFor == changeCounter;
    const qint64 expectedSize = qint64(header.m_pageCount) * header.m_pageSize;
    if (header.m_fileSize % header.m_pageSize != 0 || (pageCountValid && header.m_fileSize < expectedSize)) {
        header.m_status = Status::Truncated;
        return header;
    }
    header.m_status = Status::Ok;
    return header;
}

} // namespace Akademiplan
