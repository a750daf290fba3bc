// SPDX-License-Identifier: MPL-2.0
#include "serversteps.h"

#include "benchserverproject.h"

#include "benchrunner.h"
#include "document/document.h"
#include "editor/projecteditor.h"
#include "largeproject.h"
#include "server/serveraddress.h"
#include "server/serverprojects.h"
#include "storage/projectreader.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <functional>

namespace Akademiplan::Bench {

namespace {

qint64 rowCount(const Project &project)
{
    qint64 rows = 0;
    forEachEntityType([&](auto entity) { rows += project.list<decltype(entity)>().size(); });
    return rows;
}

// One bare UPDATE of `rows` of the project's rows, found by their keys, in a transaction that is
// taken back: what writing that many rows costs this user at the least.
double rawMilliseconds(QSqlDatabase &database, const QUuid &project, qint64 rows, QString *error)
{
    const QString uuid = project.toString(QUuid::WithoutBraces);
    QSqlQuery pick(database);
    pick.prepare(QStringLiteral("SELECT uuid FROM entity_row WHERE project_uuid = ? AND NOT removed LIMIT ?"));
    pick.addBindValue(uuid);
    pick.addBindValue(rows);
    QStringList picked;
    if (pick.exec())
        while (pick.next())
            picked.append(pick.value(0).toString());
    QElapsedTimer clock;
    clock.start();
    database.transaction();
    QSqlQuery update(database);
    update.prepare(QStringLiteral("UPDATE entity_row SET change_counter = change_counter + 1 WHERE project_uuid = ? "
                                  "AND uuid = ANY (?::uuid[])"));
    update.addBindValue(uuid);
    update.addBindValue(QStringLiteral("{%1}").arg(picked.join(QLatin1Char(','))));
    const bool done = update.exec();
    const double elapsed = double(clock.nsecsElapsed()) / 1e6;
    database.rollback();
    if (!done)
        *error = update.lastError().text();
    return done ? elapsed : -1;
}

} // namespace

bool ServerSteps::run(const Options &options, QJsonObject *report, QString *error)
{
    const std::optional<ServerAddress> address = ServerAddress::parse(options.uri, error);
    if (!address)
        return false;
    QTemporaryDir folder;
    QString path = options.file;
    if (path.isEmpty()) {
        const std::optional<Test::LargeProjectSize> size = Test::LargeProjectSize::named(options.size);
        if (!size) {
            *error = QStringLiteral("unknown size %1; use S, L or XL").arg(options.size);
            return false;
        }
        path = folder.filePath(QStringLiteral("steps.akademi"));
        if (!BenchRunner::generate(*size, path, error))
            return false;
    }
    BenchServerProject project(QStringLiteral("akademiplan-bench-steps"));
    if (!project.prepare(*address, path, error))
        return false;
    QSqlDatabase &database = project.database();
    const QUuid uuid = project.uuid();

    QJsonArray steps;
    QElapsedTimer clock;
    const auto step = [&](const QString &name, qint64 rows, const std::function<bool()> &work) {
        clock.start();
        if (!work())
            return false;
        const double elapsed = double(clock.nsecsElapsed()) / 1e6;
        QJsonObject row{{QStringLiteral("step"), name}, {QStringLiteral("ms"), elapsed},
                        {QStringLiteral("rows"), rows}};
        if (rows > 0) {
            const double raw = rawMilliseconds(database, uuid, rows, error);
            if (raw < 0)
                return false;
            row.insert(QStringLiteral("rawMs"), raw);
            row.insert(QStringLiteral("ratioToRaw"), raw / elapsed);
        }
        steps.append(row);
        return true;
    };
    if (!step(QStringLiteral("publish"), qint64(project.archive().rows.size()), [&] { return project.publish(error); }))
        return false;

    std::unique_ptr<Document> document;
    FileProblem problem;
    const auto failed = [&](const QString &message) {
        *error = message;
        return false;
    };
    const auto written = [&] {
        const QString failure = document->finishWriting();
        return failure.isEmpty() || failed(failure);
    };
    if (!step(QStringLiteral("open"), 0, [&] {
            document = Document::openOnServer(*address, uuid, &problem);
            return document || failed(problem.message);
        }))
        return false;
    const qint64 before = rowCount(document->project());
    const qint64 track = Test::largestTrack(document->project()).id;
    // The rows it takes, counted from a copy first: the step itself is timed alone.
    qint64 removedRows = 0;
    {
        const EditResult checked = ProjectEditor(*document).remove(EntityType::Track, track);
        if (!checked)
            return failed(checked.error);
        removedRows = before - rowCount(document->project());
        document->undoStack()->undo();
        if (!written())
            return false;
    }
    if (!step(QStringLiteral("delete-track"), removedRows, [&] {
            const EditResult removed = ProjectEditor(*document).remove(EntityType::Track, track);
            return (removed || failed(removed.error)) && written();
        })
        || !step(QStringLiteral("undo-delete-track"), removedRows, [&] {
               document->undoStack()->undo();
               return written();
           }))
        return false;
    // What the server holds after the removal and its undo is the project as it was, as another
    // window opening it now reads it.
    if (const std::unique_ptr<Document> other = Document::openOnServer(*address, uuid, &problem);
        !other || rowCount(other->project()) != before)
        return failed(other ? QStringLiteral("the server holds %1 rows after the undo, not %2")
                                  .arg(rowCount(other->project()))
                                  .arg(before)
                            : problem.message);
    // One row's edit has its raw limit in the load test (--server-load), which makes thousands.
    if (!step(QStringLiteral("edit"), 0, [&] {
               Activity renamed = document->project().activities.at(0);
               renamed.title += QStringLiteral(" (renamed)");
               const EditResult result = ProjectEditor(*document).update(renamed, QStringLiteral("title"));
               return (result || failed(result.error)) && written();
           })
        || !step(QStringLiteral("save"), 0, [&] { return document->save(&problem) || failed(problem.message); }))
        return false;
    document.reset();

    *report = QJsonObject{{QStringLiteral("project"), QFileInfo(path).fileName()},
                          {QStringLiteral("rows"), before},
                          {QStringLiteral("steps"), steps}};
    return true;
}

QString ServerSteps::table(const QJsonObject &report)
{
    QString text = QStringLiteral("Team server steps on %1 (%2 rows)\n")
                       .arg(report.value(QStringLiteral("project")).toString())
                       .arg(report.value(QStringLiteral("rows")).toInteger());
    text += QStringLiteral("  %1 %2 %3 %4 %5\n")
                .arg(QStringLiteral("step"), -20)
                .arg(QStringLiteral("ms"), 10)
                .arg(QStringLiteral("rows"), 8)
                .arg(QStringLiteral("raw ms"), 10)
                .arg(QStringLiteral("ratio"), 6);
    for (const QJsonValue &value : report.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject step = value.toObject();
        const bool raw = step.contains(QStringLiteral("rawMs"));
        text += QStringLiteral("  %1 %2 %3 %4 %5\n")
                    .arg(step.value(QStringLiteral("step")).toString(), -20)
                    .arg(step.value(QStringLiteral("ms")).toDouble(), 10, 'f', 1)
                    .arg(step.value(QStringLiteral("rows")).toInteger(), 8)
                    .arg(raw ? QString::number(step.value(QStringLiteral("rawMs")).toDouble(), 'f', 1) : QStringLiteral("-"), 10)
                    .arg(raw ? QString::number(step.value(QStringLiteral("ratioToRaw")).toDouble(), 'f', 2) : QStringLiteral("-"), 6);
    }
    return text;
}

} // namespace Akademiplan::Bench
