// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "storage/projectarchive.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

class QSqlDatabase;

namespace Akademiplan {

// A project as the server lists it to someone assigned to it.
struct ServerProjectEntry
{
    QUuid uuid;
    int municipalityCode = 0;
    QString municipalityName;
    QString name;
    QDateTime published;
    QString publishedBy;
    bool mayEdit = false;
};

// The projects on a team server: putting a project file's whole content there and taking it
// back as a file. Every statement runs as the connection's own user, so the server's row-level
// security decides what is seen and what may be written (resources/schema/server).
class ServerProjects
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::ServerProjects)

public:
    enum class Outcome {
        Done,
        Refused, // the server said no to this project: already there, not allowed to see or publish it
        Failed   // the server cannot be used: another schema version, or the connection or a statement failed
    };

    // Whether the server has this program's schema; the reason when not.
    static bool checkSchema(QSqlDatabase &database, QString *error);
    // The projects the user is assigned to, by municipality and name.
    static bool list(QSqlDatabase &database, QList<ServerProjectEntry> &projects, QString *error);
    // Puts a project on the server in one transaction: its rows, tombstones and history. A project
    // already there is refused; the server keeps its own and the copy a window has open.
    static Outcome publish(QSqlDatabase &database, const ProjectArchive &archive, QString *error);
    // A project as the server holds it, read in one snapshot; `changeCounter` gets the project's
    // change counter in that snapshot: the changes after it are the ones the reader has not seen.
    // The rows kept as merge bases, as many again as the project's rows for each share, are left
    // out for a reader that asks for them one by one when it merges (an open window).
    enum class Bases { Read, LeftOut };
    static Outcome fetch(QSqlDatabase &database, const QUuid &project, ProjectArchive &archive, QString *error,
                         qint64 *changeCounter = nullptr, Bases bases = Bases::Read);
};

} // namespace Akademiplan
