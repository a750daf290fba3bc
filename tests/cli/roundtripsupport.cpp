// SPDX-License-Identifier: MPL-2.0
#include "roundtripsupport.h"

#include "catch.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <algorithm>

namespace Akademiplan::Test {

ProgramResult RoundTrip::run(const QStringList &arguments) const
{
    return runProgram(QStringLiteral(AKADEMIPLAN_BINARY), arguments, m_environment.environment());
}

QString RoundTrip::newProject(const QString &name, const QString &municipality) const
{
    const QString file = path(name);
    const ProgramResult created = run({QStringLiteral("--new"), file, QStringLiteral("--municipality"), municipality,
                                       QStringLiteral("--example")});
    INFO(created.errText().toStdString());
    REQUIRE(created.exitCode == 0);
    return file;
}

QString RoundTrip::share(const QString &project, const QString &copyName, const QStringList &options) const
{
    const QString copy = path(copyName);
    const ProgramResult shared = run(QStringList{QStringLiteral("--share-copy"), copy, project} + options);
    INFO(shared.errText().toStdString());
    REQUIRE(shared.exitCode == 0);
    return copy;
}

void RoundTrip::apply(const QString &file, const QString &changes) const
{
    const QString batch = path(QStringLiteral("changes-%1.json").arg(++m_batches));
    writeBytes(batch, QStringLiteral(R"({"format": "akademiplan-changes", "version": 1, "changes": %1})")
                          .arg(changes)
                          .toUtf8());
    const ProgramResult applied = run({QStringLiteral("--apply"), batch, file});
    INFO(changes.toStdString());
    INFO(applied.errText().toStdString());
    REQUIRE(applied.exitCode == 0);
}

QJsonObject RoundTrip::compare(const QString &theirs, const QString &mine) const
{
    const ProgramResult compared = run({QStringLiteral("--compare"), theirs, mine});
    INFO(compared.errText().toStdString());
    REQUIRE(compared.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(compared.out, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(json.isObject());
    const QJsonObject comparison = json.object();
    REQUIRE(comparison.value(QStringLiteral("format")).toString() == QStringLiteral("akademiplan-comparison"));
    return comparison;
}

ProgramResult RoundTrip::merge(const QString &theirs, const QString &mine, const QString &prefer) const
{
    QStringList arguments{QStringLiteral("--merge"), theirs, mine};
    if (!prefer.isNull())
        arguments << QStringLiteral("--prefer") << prefer;
    return run(arguments);
}

QJsonObject RoundTrip::info(const QString &file) const
{
    const ProgramResult info = run({QStringLiteral("--info"), file});
    INFO(info.errText().toStdString());
    REQUIRE(info.exitCode == 0);
    return QJsonDocument::fromJson(info.out).object();
}

QByteArray hashOf(const QString &path)
{
    return QCryptographicHash::hash(readBytes(path), QCryptographicHash::Sha256);
}

QString uuidText(const EntityHeader &row)
{
    return uuidText(row.uuid);
}

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

QStringList errorLines(const ProgramResult &result)
{
    return result.errText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

const Participant &participantNamed(const Project &project, const QString &name)
{
    const auto found = std::find_if(project.participants.begin(), project.participants.end(),
                                    [&](const Participant &person) { return person.name == name; });
    INFO(name.toStdString());
    REQUIRE(found != project.participants.end());
    return *found;
}

const Session &sessionOn(const Project &project, const Activity &activity, const QDate &date)
{
    const auto found = std::find_if(project.sessions.begin(), project.sessions.end(), [&](const Session &session) {
        return session.activityId == activity.id && session.date == date;
    });
    INFO(activity.title.toStdString() << " on " << date.toString(Qt::ISODate).toStdString());
    REQUIRE(found != project.sessions.end());
    return *found;
}

std::vector<Session> sessionsOf(const Project &project, const QUuid &activity)
{
    std::vector<Session> sessions;
    for (const Activity &row : project.activities)
        if (row.uuid == activity)
            for (const Session &session : project.sessions)
                if (session.activityId == row.id)
                    sessions.push_back(session);
    return sessions;
}

std::vector<Enrolment> enrolmentsIn(const Project &project, const QUuid &activity)
{
    std::vector<Enrolment> enrolments;
    for (const Activity &row : project.activities)
        if (row.uuid == activity)
            for (const Enrolment &enrolment : project.enrolments)
                if (enrolment.activityId == row.id)
                    enrolments.push_back(enrolment);
    return enrolments;
}

QJsonObject differenceFor(const QJsonObject &comparison, const QUuid &uuid)
{
    QJsonObject found;
    int matches = 0;
    for (const QJsonValue &difference : comparison.value(QStringLiteral("differences")).toArray())
        if (difference.toObject().value(QStringLiteral("uuid")).toString() == uuidText(uuid)) {
            found = difference.toObject();
            ++matches;
        }
    INFO("the differences listed for " << uuidText(uuid).toStdString());
    REQUIRE(matches == 1);
    return found;
}

bool listsDifference(const QJsonObject &comparison, const QUuid &uuid)
{
    const QJsonArray differences = comparison.value(QStringLiteral("differences")).toArray();
    return std::any_of(differences.begin(), differences.end(), [&](const QJsonValue &difference) {
        return difference.toObject().value(QStringLiteral("uuid")).toString() == uuidText(uuid);
    });
}

QJsonObject fieldOf(const QJsonObject &difference, const QString &field)
{
    for (const QJsonValue &value : difference.value(QStringLiteral("fields")).toArray())
        if (value.toObject().value(QStringLiteral("field")).toString() == field)
            return value.toObject();
    INFO(QJsonDocument(difference).toJson().toStdString());
    FAIL("the difference names no field " << field.toStdString());
    return {};
}

QStringList fieldNames(const QJsonObject &difference)
{
    QStringList names;
    for (const QJsonValue &value : difference.value(QStringLiteral("fields")).toArray())
        names.append(value.toObject().value(QStringLiteral("field")).toString());
    return names;
}

int count(const QJsonObject &comparison, const QString &what)
{
    const QJsonValue value = comparison.value(QStringLiteral("counts")).toObject().value(what);
    REQUIRE(value.isDouble());
    return value.toInt();
}

void checkUnchangedBut(const Project &before, const Project &after, const QSet<QUuid> &touched)
{
    forEachEntityType([&](auto entity) {
        using T = decltype(entity);
        QHash<QUuid, const T *> afterRows;
        for (const T &row : after.list<T>())
            afterRows.insert(row.uuid, &row);
        for (const T &row : before.list<T>()) {
            if (touched.contains(row.uuid))
                continue;
            INFO(tableName(entityTypeOf<T>()).toStdString() << " " << uuidText(row).toStdString());
            const T *kept = afterRows.value(row.uuid);
            CHECK(kept != nullptr);
            if (kept)
                CHECK(changedFields(row, *kept) == QStringList());
        }
        QSet<QUuid> beforeRows;
        for (const T &row : before.list<T>())
            beforeRows.insert(row.uuid);
        for (const T &row : after.list<T>()) {
            INFO("new " << tableName(entityTypeOf<T>()).toStdString() << " " << uuidText(row).toStdString());
            CHECK((touched.contains(row.uuid) || beforeRows.contains(row.uuid)));
        }
    });
}

} // namespace Akademiplan::Test
