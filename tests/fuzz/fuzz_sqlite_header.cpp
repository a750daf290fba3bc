// SPDX-License-Identifier: MPL-2.0
// The raw header is the first thing read from any file the program is given, before SQLite sees
// a byte of it, so it must hold for any bytes at all; and what it lets through decides whether
// SQLite is ever asked to open the file.
#include "fuzzsupport.h"

#include "storage/sqliteheader.h"

#include <cstdint>

using namespace Akademiplan;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = Fuzz::ScratchFolder::instance().write(QStringLiteral("header.akademi"), data, size);
    const SqliteHeader header = SqliteHeader::read(path);

    if (header.status() == SqliteHeader::Status::Unreadable)
        Fuzz::fail("a file that was just written cannot be read");
    if (header.fileSize() != qint64(size))
        Fuzz::fail("the header reports another size than the file has");
    if (header.status() != SqliteHeader::Status::Ok)
        return 0;
    // What the inspector and the page arithmetic after it rely on for a file the header let through.
    if (size < 100)
        Fuzz::fail("a file shorter than the SQLite header passed");
    const quint32 pageSize = header.pageSize();
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        Fuzz::fail("a page size SQLite does not allow passed");
    if (header.fileSize() % pageSize != 0)
        Fuzz::fail("a file that is not a whole number of pages passed");
    if (data[18] == 2 || data[19] == 2)
        Fuzz::fail("a file in write-ahead-log mode passed");
    return 0;
}
