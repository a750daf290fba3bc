// SPDX-License-Identifier: MPL-2.0
#include "testfiles.h"

#include <algorithm>

#include "catch.h"
#include "editor/projecteditor.h"
#include "domain/municipalityregistry.h"
#include "storage/projectreader.h"
#include "template/exampleproject.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Akademiplan::Test {

TempFolder::TempFolder()
{
    REQUIRE(m_dir.isValid());
}

QString TempFolder::path(const QString &name) const
{
    return m_dir.filePath(name);
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QString makeProjectFile(const TempFolder &folder, const QString &name, bool example)
{
    const QString path = folder.path(name);
    FileProblem problem;
    auto document = Document::create(path, *MunicipalityRegistry::byCode(ExampleProject::municipalityCode), &problem);
    INFO(problem.message.toStdString());
    REQUIRE(document);
    if (example) {
        const EditResult result = ProjectEditor(*document).insertAll(QStringLiteral("example"),
                                                                     ExampleProject::build(QStringLiteral("Silkeborg")));
        INFO(result.error.toStdString());
        REQUIRE(result.ok);
    }
    REQUIRE(document->save(&problem));
    return path;
}

std::unique_ptr<Document> openDocument(const QString &path, bool readOnly)
{
    FileProblem problem;
    auto document = Document::open(path, {readOnly}, &problem);
    INFO(problem.message.toStdString());
    REQUIRE(document);
    return document;
}

const Activity &activityTitled(const Project &project, const QString &title)
{
    const auto found = std::find_if(project.activities.begin(), project.activities.end(),
                                    [&](const Activity &activity) { return activity.title == title; });
    INFO(title.toStdString());
    REQUIRE(found != project.activities.end());
    return *found;
}

Project readProject(const QString &path)
{
    Project project;
    const ProjectInspector::Result result = ProjectReader::read(path, project);
    INFO(result.problem.message.toStdString());
    REQUIRE(result.canEdit());
    return project;
}

void execOnFile(const QString &path, const QString &sql)
{
    execOnFile(path, QStringList{sql});
}

void execOnFile(const QString &path, const QStringList &statements)
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
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QVariantList queryFile(const QString &path, const QString &sql)
{
    QVariantList values;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery query(db);
        const bool ok = query.exec(sql);
        INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
        REQUIRE(ok);
        while (query.next())
            values.append(query.value(0));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}

BrokenRows breakRules(const QString &path)
{
    BrokenRows broken;
    broken.activityId = queryFile(path, QStringLiteral("SELECT min(id) FROM activity")).value(0).toLongLong();
    broken.sessionId = queryFile(path, QStringLiteral("SELECT min(id) FROM session")).value(0).toLongLong();
    execOnFile(path,
               QStringList{QStringLiteral("PRAGMA ignore_check_constraints = ON"),
                           QStringLiteral("UPDATE activity SET capacity = -5 WHERE id = %1").arg(broken.activityId),
                           QStringLiteral("UPDATE session SET start_time = '14:00', end_time = '12:00' WHERE id = %1")
                               .arg(broken.sessionId)});
    return broken;
}

Project contentOf(Project project)
{
    project.info.revision = 0;
    project.info.revisionUuid = QUuid();
    project.info.history.clear();
    project.info.merges.clear();
    forEachEntityType([&project](auto entity) {
        using T = decltype(entity);
        std::vector<T> rows = project.list<T>().items();
        for (T &row : rows) {
            row.modified = QDateTime();
            row.changeCounter = 0;
        }
        project.list<T>().assign(std::move(rows));
    });
    return project;
}

void checkStampsNeverGoBack(const Project &earlier, const Project &later)
{
    forEachEntityType([&](auto entity) {
        using T = decltype(entity);
        for (const T &before : earlier.list<T>()) {
            const T *after = later.list<T>().find(before.id);
            if (!after)
                continue;
            INFO("row " << before.id << " of type " << int(entityTypeOf<T>()));
            CHECK(after->changeCounter >= before.changeCounter);
            CHECK(after->modified >= before.modified);
        }
    });
}

} // namespace Akademiplan::Test
