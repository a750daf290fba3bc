// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QString>

namespace Akademiplan {

// The first 100 bytes of an SQLite file, read as plain bytes so that a file is judged before
// any SQL touches it (https://www.sqlite.org/fileformat.html#the_database_header).
class SqliteHeader
{
public:
    enum class Status { Ok, Unreadable, TooShort, NotSqlite, BadHeader, Truncated, WriteAheadLog };

    static SqliteHeader read(const QString &path);

    Status status() const { return m_status; }
    quint32 pageSize() const { return m_pageSize; }
    quint32 pageCount() const { return m_pageCount; }
    quint32 applicationId() const { return m_applicationId; }
    qint32 userVersion() const { return m_userVersion; }
    qint64 fileSize() const { return m_fileSize; }

private:
    Status m_status = Status::Unreadable;
    quint32 m_pageSize = 0;
    quint32 m_pageCount = 0;
    quint32 m_applicationId = 0;
    qint32 m_userVersion = 0;
    qint64 m_fileSize = 0;
};

} // namespace Akademiplan
