// SPDX-License-Identifier: MPL-2.0
#pragma once

// What the round-trip tests share: the consultant's file and the copies of it in one temporary
// folder, the real program run on them, and the look-ups that say what a user would see of the
// result.
#include "catch.h"
#include "domain/entitydescription.h"
#include "domain/project.h"
#include "programrun.h"
#include "testfiles.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace Akademiplan::Test {

// One folder with the files of a round trip, and the program as a user runs it on them.
class RoundTrip
{
public:
    QString path(const QString &name) const { return m_folder.path(name); }
    ProgramResult run(const QStringList &arguments) const;

    // A project with the example academy, made with --new as a user makes one.
    QString newProject(const QString &name, const QString &municipality = QStringLiteral("607")) const;
    // --share-copy COPY PROJECT with the options given; the copy must be made.
    QString share(const QString &project, const QString &copyName, const QStringList &options = {}) const;
    // --apply of a batch whose "changes" list is `changes` (JSON); the batch must be applied.
    void apply(const QString &file, const QString &changes) const;
    // --compare THEIRS MINE, which must print a comparison.
    QJsonObject compare(const QString &theirs, const QString &mine) const;
    // --merge THEIRS MINE, with --prefer when `prefer` is given.
    ProgramResult merge(const QString &theirs, const QString &mine, const QString &prefer = QString()) const;
    // --info FILE, whole.
    QJsonObject info(const QString &file) const;

private:
    TempFolder m_folder;
    PrivateEnvironment m_environment;
    mutable int m_batches = 0;
};

// A file's bytes, in short: what "left exactly as it was" is checked by.
QByteArray hashOf(const QString &path);

QString uuidText(const EntityHeader &row);
QString uuidText(const QUuid &uuid);
QStringList errorLines(const ProgramResult &result);

// The row with this UUID; fails the test when there is none.
template <typename T>
T rowWithUuid(const Project &project, const QUuid &uuid)
{
    for (const T &row : project.list<T>())
        if (row.uuid == uuid)
            return row;
    FAIL("no " << tableName(entityTypeOf<T>()).toStdString() << " " << uuid.toString().toStdString());
    return T();
}

template <typename T>
bool hasRow(const Project &project, const QUuid &uuid)
{
    return std::any_of(project.list<T>().begin(), project.list<T>().end(),
                       [&](const T &row) { return row.uuid == uuid; });
}

const Participant &participantNamed(const Project &project, const QString &name);
// The session of an activity on a date.
const Session &sessionOn(const Project &project, const Activity &activity, const QDate &date);
std::vector<Session> sessionsOf(const Project &project, const QUuid &activity);
std::vector<Enrolment> enrolmentsIn(const Project &project, const QUuid &activity);

// The one difference a comparison lists for a row; fails the test when there is none.
QJsonObject differenceFor(const QJsonObject &comparison, const QUuid &uuid);
bool listsDifference(const QJsonObject &comparison, const QUuid &uuid);
// One field of a difference; fails the test when the difference does not name it.
QJsonObject fieldOf(const QJsonObject &difference, const QString &field);
QStringList fieldNames(const QJsonObject &difference);
int count(const QJsonObject &comparison, const QString &what);

// Fails the test for any row of `before` that is not in `after` with the same fields, and any
// row of `after` not in `before`, except the rows of `touched`: what the user did not change
// stays exactly as it was.
void checkUnchangedBut(const Project &before, const Project &after, const QSet<QUuid> &touched);

} // namespace Akademiplan::Test
