// SPDX-License-Identifier: MPL-2.0
#include "badfiles.h"

#include "catch.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtEndian>

#include <sys/stat.h>

namespace Akademiplan::Test {

namespace {

// Several statements on one connection, for pragmas that hold only for the connection that set them.
void execAllOnFile(const QString &path, const QStringList &statements)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            const bool ok = query.exec(sql);
            INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
            REQUIRE(ok);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// What SQLite itself says of a file, asked read-only so that the file stays as it is.
QStringList sqliteAnswer(const QString &path, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    QStringList answer;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        if (query.exec(sql)) {
            while (query.next())
                answer.append(query.value(0).toString());
        } else {
            answer.append(query.lastError().text());
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return answer;
}

quint16 bigEndian16(const QByteArray &bytes, qsizetype offset)
{
    return qFromBigEndian<quint16>(bytes.constData() + offset);
}

quint32 bigEndian32(const QByteArray &bytes, qsizetype offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

// Overwrites the start of a row in the middle of a leaf page of the participant table with 0xFF
// bytes, as a failing disk or a bad copy would: the row's length fields then point far past the
// page (https://www.sqlite.org/fileformat.html#b_tree_pages).
void overwriteRowInDataPage(const QString &path)
{
    const QStringList root = sqliteAnswer(path, QStringLiteral("SELECT rootpage FROM sqlite_schema "
                                                               "WHERE type = 'table' AND name = 'participant'"));
    REQUIRE(root.size() == 1);
    QByteArray bytes = readBytes(path);
    const quint32 rawPageSize = bigEndian16(bytes, 16);
    const qsizetype pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    qsizetype pageStart = (root.constFirst().toLongLong() - 1) * pageSize;
    REQUIRE(pageStart > 0);
    REQUIRE(pageStart + pageSize <= bytes.size());
    // Down the right-most children of interior pages to a leaf page.
    constexpr char interiorTablePage = 0x05;
    constexpr char leafTablePage = 0x0D;
    for (int depth = 0; bytes.at(pageStart) == interiorTablePage; ++depth) {
        REQUIRE(depth < 10);
        pageStart = (qsizetype(bigEndian32(bytes, pageStart + 8)) - 1) * pageSize;
        REQUIRE(pageStart > 0);
        REQUIRE(pageStart + pageSize <= bytes.size());
    }
    REQUIRE(bytes.at(pageStart) == leafTablePage);
    const quint16 cells = bigEndian16(bytes, pageStart + 3);
    REQUIRE(cells >= 2);
    const quint16 cellOffset = bigEndian16(bytes, pageStart + 8 + 2 * (cells / 2));
    REQUIRE(cellOffset + 16 <= pageSize);
    bytes.replace(pageStart + cellOffset, 16, QByteArray(16, '\xff'));
    writeBytes(path, bytes);
    // The corpus must hold a file that SQLite itself finds damaged, or the test proves nothing.
    REQUIRE(sqliteAnswer(path, QStringLiteral("PRAGMA quick_check")) != QStringList{QStringLiteral("ok")});
}

QString makeProject(const TempFolder &folder, const QString &name)
{
    return makeProjectFile(folder, name, true);
}

// One value of the first row of a table replaced by `sqlValue`, past the schema's CHECKs, as a
// careless tool would write it.
void breakValue(const QString &path, const QString &table, const QString &column, const QString &sqlValue)
{
    execAllOnFile(path, {QStringLiteral("PRAGMA ignore_check_constraints = ON"),
                         QStringLiteral("UPDATE %1 SET %2 = %3 WHERE id = (SELECT min(id) FROM %1)")
                             .arg(table, column, sqlValue)});
}

// A ZIP archive holding one empty file, plan.akademi: what a mail program or a user makes of a
// project sent packed (https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT, 4.3).
QByteArray zipWithEmptyFile()
{
    const QByteArray name = QByteArrayLiteral("plan.akademi");
    auto le16 = [](quint16 value) { return QByteArray(reinterpret_cast<const char *>(&value), 2); };
    auto le32 = [](quint32 value) { return QByteArray(reinterpret_cast<const char *>(&value), 4); };
    static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "the ZIP fields are written as little-endian");
    // An empty file has CRC-32 0 and sizes 0, so no checksum needs computing.
    const QByteArray local = QByteArrayLiteral("PK\x03\x04") + le16(10) + le16(0) + le16(0) + le16(0) + le16(0)
                             + le32(0) + le32(0) + le32(0) + le16(quint16(name.size())) + le16(0) + name;
    const QByteArray central = QByteArrayLiteral("PK\x01\x02") + le16(20) + le16(10) + le16(0) + le16(0) + le16(0)
                               + le16(0) + le32(0) + le32(0) + le32(0) + le16(quint16(name.size())) + le16(0)
                               + le16(0) + le16(0) + le16(0) + le32(0) + le32(0) + name;
    const QByteArray end = QByteArrayLiteral("PK\x05\x06") + le16(0) + le16(0) + le16(1) + le16(1)
                           + le32(quint32(central.size())) + le32(quint32(local.size())) + le16(0);
    return local + central + end;
}

} // namespace

const QList<BadFileCase> &badFileCases()
{
    using Kind = FileProblem::Kind;
    static const QList<BadFileCase> cases = {
        {BadFile::Empty, "an empty file", Kind::NotSqlite},
        {BadFile::RandomBytes, "4 KiB of random bytes", Kind::NotSqlite},
        {BadFile::TextFile, "a text file", Kind::NotSqlite},
        {BadFile::ForeignSqlite, "another program's SQLite database", Kind::NotAkademiplan},
        {BadFile::OtherApplicationId, "an SQLite database with another application_id", Kind::NotAkademiplan},
        {BadFile::AddedTrigger, "a project with an added trigger", Kind::ForeignObjects},
        {BadFile::AddedView, "a project with an added view", Kind::ForeignObjects},
        {BadFile::AddedTable, "a project with an added table", Kind::ForeignSchema},
        {BadFile::AddedIndex, "a project with an added index", Kind::ForeignSchema},
        {BadFile::NewerVersion, "a project of file format version 99", Kind::NewerVersion},
        {BadFile::TruncatedHalf, "a project cut to half its size", Kind::Truncated},
        {BadFile::GarbageInDataPage, "a project with garbage in a data page", Kind::Damaged},
        {BadFile::UserVersionZero, "a project with user_version 0", Kind::Incomplete},
        {BadFile::WriteAheadLog, "a project in WAL journal mode", Kind::WriteAheadLog},
        {BadFile::UnknownEnumValue, "a project with an unknown track kind", Kind::Damaged},
        {BadFile::Folder, "a folder", Kind::NotAFile},
        {BadFile::Missing, "a missing path", Kind::Missing},
        {BadFile::ZipArchive, "a ZIP archive renamed to .akademi", Kind::NotSqlite},
        {BadFile::PdfDocument, "a PDF document renamed to .akademi", Kind::NotSqlite},
        {BadFile::TruncatedAtHeader, "a project cut inside its header", Kind::Truncated},
        {BadFile::TruncatedByOneByte, "a project one byte short", Kind::Truncated},
        {BadFile::FlippedHeaderBytes, "a project with a damaged header", Kind::Damaged},
        {BadFile::AlteredTable, "a project with a column added to a table", Kind::ForeignSchema},
        {BadFile::ForeignKeyViolation, "a project with an enrolment of nobody", Kind::Damaged},
        {BadFile::MissingProjectRow, "a project without its project row", Kind::Damaged},
        {BadFile::DoubledProjectRow, "a project with two project rows", Kind::Damaged},
        {BadFile::UnreadableDate, "a project with an unreadable date", Kind::Damaged},
        {BadFile::UnreadableTimestamp, "a project with an unreadable modification time", Kind::Damaged},
        {BadFile::UnreadableUuid, "a project with an unreadable UUID", Kind::Damaged},
        {BadFile::UnreadableJson, "a project with unreadable JSON", Kind::Damaged},
        {BadFile::UnreadableColour, "a project with an unreadable colour", Kind::Damaged},
        {BadFile::DeeplyNestedJson, "a project with JSON nested 100,000 deep", Kind::Damaged},
        {BadFile::AbsurdFieldSize, "a project with a name of 8 MB", Kind::Damaged},
        {BadFile::HugeFile, "4 GiB of zero bytes", Kind::NotSqlite},
        {BadFile::NamedPipe, "a named pipe", Kind::NotAFile},
        {BadFile::LinkToDevice, "a symbolic link to /dev/zero", Kind::NotAFile},
        {BadFile::HotJournal, "a project beside another program's journal", Kind::None},
        {BadFile::StaleWriteAheadLog, "a project beside another program's write-ahead log", Kind::None},
    };
    return cases;
}

const BadFileCase &badFileCase(BadFile file)
{
    for (const BadFileCase &badCase : badFileCases())
        if (badCase.file == file)
            return badCase;
    FAIL("no such bad file");
    return badFileCases().constFirst();
}

QString makeBadFile(const TempFolder &folder, BadFile file, const QString &name)
{
    const QString path = folder.path(name);
    REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
    REQUIRE_FALSE(QFileInfo::exists(path));
    const QString parent = QFileInfo(path).absolutePath();
    QStringList expected = folderEntries(parent);
    switch (file) {
    case BadFile::Empty:
        writeBytes(path, {});
        break;
    case BadFile::RandomBytes: {
        QByteArray bytes(4096, Qt::Uninitialized);
        QRandomGenerator random(20270201);
        for (char &byte : bytes)
            byte = char(random.bounded(256));
        writeBytes(path, bytes);
        break;
    }
    case BadFile::TextFile:
        writeBytes(path, QStringLiteral("Innovationsakademi Silkeborg\n\nSpor 1: Innovationsnetværk\nSpor 2: Ledere "
                                        "som innovatører\nSpor 3: Politikere som innovatører\nSpor 4: "
                                        "Organisatorisk innovation\n")
                             .toUtf8());
        break;
    case BadFile::ForeignSqlite:
        execAllOnFile(path, {QStringLiteral("CREATE TABLE recipe (id INTEGER PRIMARY KEY, title TEXT NOT NULL)"),
                             QStringLiteral("INSERT INTO recipe (title) VALUES ('Æblekage')")});
        break;
    case BadFile::OtherApplicationId:
        // 0x47504B47, "GPKG": a GeoPackage, as a GIS program would write it.
        execAllOnFile(path, {QStringLiteral("PRAGMA application_id = 1196444487"),
                             QStringLiteral("CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY)")});
        break;
    case BadFile::AddedTrigger:
        makeProject(folder, name);
        execOnFile(path, QStringLiteral("CREATE TRIGGER participant_added AFTER INSERT ON participant "
                                        "BEGIN UPDATE project SET revision = revision + 1; END"));
        break;
    case BadFile::AddedView:
        makeProject(folder, name);
        execOnFile(path, QStringLiteral("CREATE VIEW politician AS SELECT * FROM participant "
                                        "WHERE role = 'politician'"));
        break;
    case BadFile::AddedTable:
        makeProject(folder, name);
        execOnFile(path, QStringLiteral("CREATE TABLE budget (id INTEGER PRIMARY KEY, amount INTEGER)"));
        break;
    case BadFile::AddedIndex:
        makeProject(folder, name);
        execOnFile(path, QStringLiteral("CREATE INDEX participant_name ON participant (name)"));
        break;
    case BadFile::NewerVersion:
        makeProject(folder, name);
        execOnFile(path, QStringLiteral("PRAGMA user_version = 99"));
        break;
    case BadFile::TruncatedHalf: {
        makeProject(folder, name);
        const QByteArray bytes = readBytes(path);
        writeBytes(path, bytes.left(bytes.size() / 2));
        break;
    }
    case BadFile::GarbageInDataPage:
        makeProject(folder, name);
        overwriteRowInDataPage(path);
        break;
    case BadFile::UserVersionZero:
        makeProject(folder, name);
        execOnFile(path, QStringLiteral("PRAGMA user_version = 0"));
        break;
    case BadFile::WriteAheadLog:
        makeProject(folder, name);
        execOnFile(path, QStringLiteral("PRAGMA journal_mode = WAL"));
        break;
    case BadFile::UnknownEnumValue:
        makeProject(folder, name);
        execAllOnFile(path, {QStringLiteral("PRAGMA ignore_check_constraints = ON"),
                             QStringLiteral("UPDATE track SET kind = 'space_programme' "
                                            "WHERE id = (SELECT min(id) FROM track)")});
        REQUIRE(sqliteAnswer(path, QStringLiteral("SELECT count(*) FROM track WHERE kind = 'space_programme'")) ==
                QStringList{QStringLiteral("1")});
        break;
    case BadFile::Folder:
        REQUIRE(QDir().mkpath(path));
        break;
    case BadFile::Missing:
        break;
    case BadFile::ZipArchive:
        writeBytes(path, zipWithEmptyFile());
        break;
    case BadFile::PdfDocument:
        writeBytes(path, QByteArrayLiteral("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                                           "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n"
                                           "%%EOF\n"));
        break;
    case BadFile::TruncatedAtHeader: {
        makeProject(folder, name);
        writeBytes(path, readBytes(path).left(60));
        break;
    }
    case BadFile::TruncatedByOneByte: {
        makeProject(folder, name);
        const QByteArray bytes = readBytes(path);
        writeBytes(path, bytes.left(bytes.size() - 1));
        break;
    }
    case BadFile::FlippedHeaderBytes: {
        makeProject(folder, name);
        QByteArray bytes = readBytes(path);
        bytes[16] = char(0x03); // a page size of 768 bytes, which no SQLite file has
        bytes[17] = char(0x00);
        writeBytes(path, bytes);
        break;
    }
    case BadFile::AlteredTable:
        makeProject(folder, name);
        execOnFile(path, QStringLiteral("ALTER TABLE participant ADD COLUMN nickname TEXT"));
        break;
    case BadFile::ForeignKeyViolation:
        makeProject(folder, name);
        execAllOnFile(path, {QStringLiteral("PRAGMA foreign_keys = OFF"),
                             QStringLiteral("UPDATE enrolment SET participant_id = 999999 "
                                            "WHERE id = (SELECT min(id) FROM enrolment)")});
        break;
    case BadFile::MissingProjectRow:
        makeProject(folder, name);
        execOnFile(path, QStringLiteral("DELETE FROM project"));
        break;
    case BadFile::DoubledProjectRow:
        makeProject(folder, name);
        execAllOnFile(path, {QStringLiteral("PRAGMA ignore_check_constraints = ON"),
                             QStringLiteral("CREATE TEMP TABLE second AS SELECT * FROM project"),
                             QStringLiteral("UPDATE second SET id = 2, uuid = '%1'")
                                 .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)),
                             QStringLiteral("INSERT INTO project SELECT * FROM second")});
        break;
    case BadFile::UnreadableDate:
        makeProject(folder, name);
        breakValue(path, QStringLiteral("session"), QStringLiteral("date"), QStringLiteral("'next Tuesday'"));
        break;
    case BadFile::UnreadableTimestamp:
        makeProject(folder, name);
        breakValue(path, QStringLiteral("participant"), QStringLiteral("modified"),
                   QStringLiteral("'2{26-12-02T10:00:00.000Z'"));
        break;
    case BadFile::UnreadableUuid:
        makeProject(folder, name);
        breakValue(path, QStringLiteral("participant"), QStringLiteral("uuid"), QStringLiteral("'not-a-uuid'"));
        break;
    case BadFile::UnreadableJson:
        makeProject(folder, name);
        breakValue(path, QStringLiteral("academy"), QStringLiteral("partner_municipalities"), QStringLiteral("'[101, 7'"));
        break;
    case BadFile::UnreadableColour:
        makeProject(folder, name);
        breakValue(path, QStringLiteral("track"), QStringLiteral("colour"), QStringLiteral("'plaid'"));
        break;
    case BadFile::DeeplyNestedJson:
        makeProject(folder, name);
        breakValue(path, QStringLiteral("academy"), QStringLiteral("partner_municipalities"),
                   QStringLiteral("'%1%2'").arg(QString(100000, QLatin1Char('[')), QString(100000, QLatin1Char(']'))));
        break;
    case BadFile::AbsurdFieldSize:
        makeProject(folder, name);
        breakValue(path, QStringLiteral("participant"), QStringLiteral("name"),
                   QStringLiteral("printf('%.*c', 8388608, 'x')"));
        break;
    case BadFile::HugeFile: {
        QFile huge(path);
        REQUIRE(huge.open(QIODevice::WriteOnly));
        REQUIRE(huge.resize(qint64(4) * 1024 * 1024 * 1024)); // sparse: no disk space is used
        break;
    }
    case BadFile::NamedPipe:
        REQUIRE(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
        break;
    case BadFile::LinkToDevice:
        REQUIRE(QFile::link(QStringLiteral("/dev/zero"), path));
        break;
    case BadFile::HotJournal:
    case BadFile::StaleWriteAheadLog:
        break; // made below, with the file beside it
    }
    if (file == BadFile::HotJournal) {
        makeProjectWithUnfinishedChange(folder, name);
        expected.append(QFileInfo(path).fileName() + QStringLiteral("-journal"));
    }
    if (file == BadFile::StaleWriteAheadLog) {
        makeProject(folder, name);
        const QString log = path + QStringLiteral("-wal");
        writeBytes(log, QByteArray(4096, '\x37'));
        expected.append(QFileInfo(log).fileName());
    }
    // Only the bad file itself: no journal, WAL, lock or working file of the making is left.
    if (file != BadFile::Missing)
        expected.append(QFileInfo(path).fileName());
    expected.sort();
    REQUIRE(folderEntries(parent) == expected);
    return path;
}

QString makeProjectWithUnfinishedChange(const TempFolder &folder, const QString &name)
{
    const QString path = folder.path(name);
    const QString journalSuffix = QStringLiteral("-journal");
    const QString writer = makeProjectFile(folder, name + QStringLiteral(".writer.akademi"), true);
    const QByteArray before = readBytes(writer);
    const QString connection = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(writer);
        REQUIRE(db.open());
        QSqlQuery query(db);
        // A tiny cache makes SQLite write changed pages into the file before the commit, as it
        // does for any change larger than its cache.
        REQUIRE(query.exec(QStringLiteral("PRAGMA cache_size = 1")));
        REQUIRE(db.transaction());
        REQUIRE(query.exec(QStringLiteral("UPDATE participant SET name = 'Changed ' || name, "
                                          "email = 'changed.' || email, phone = phone || ' (changed)'")));
        REQUIRE(query.exec(QStringLiteral("UPDATE activity SET description = description || ' (changed)'")));
        // What a crash at this moment leaves on the disk: the file and its journal.
        const QByteArray changed = readBytes(writer);
        const QByteArray journal = readBytes(writer + journalSuffix);
        REQUIRE_FALSE(journal.isEmpty());
        const bool fileChanged = changed != before;
        REQUIRE(fileChanged);
        writeBytes(path, changed);
        writeBytes(path + journalSuffix, journal);
        query.finish();
        REQUIRE(db.rollback());
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    REQUIRE(QFile::remove(writer));
    REQUIRE_FALSE(QFileInfo::exists(writer + journalSuffix));
    return path;
}

QByteArray fileState(const QString &path)
{
    constexpr qint64 largestHeld = 64 * 1024 * 1024;
    constexpr qint64 edge = 1024 * 1024;
    const QFileInfo info(path);
    if (info.size() <= largestHeld)
        return readBytes(path);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray state = QByteArray::number(info.size()) + ' '
                       + QByteArray::number(info.lastModified().toMSecsSinceEpoch()) + ' ' + file.read(edge);
    REQUIRE(file.seek(info.size() - edge));
    return state + file.read(edge);
}

bool holdsBytes(const QString &path, const QByteArray &bytes)
{
    return readBytes(path) == bytes;
}

QStringList folderEntries(const QString &folderPath)
{
    QStringList entries =
        QDir(folderPath).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::NoSort);
    entries.sort();
    return entries;
}

std::string folderListing(const QString &folderPath)
{
    return folderEntries(folderPath).join(QStringLiteral(" | ")).toStdString();
}

std::vector<BadFileCase> refusedCases()
{
    std::vector<BadFileCase> cases;
    for (const BadFileCase &badCase : badFileCases())
        if (badCase.kind != FileProblem::Kind::NewerVersion && badCase.kind != FileProblem::Kind::None)
            cases.push_back(badCase);
    return cases;
}

} // namespace Akademiplan::Test
