// SPDX-License-Identifier: MPL-2.0
#include "benchserverproject.h"

#include "server/serveraddress.h"
#include "server/serverprojects.h"
#include "storage/projectreader.h"

#include <QSqlQuery>

namespace Akademiplan::Bench {

BenchServerProject::BenchServerProject(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

BenchServerProject::~BenchServerProject()
{
    if (m_published) {
        QSqlQuery remove(m_database);
        remove.prepare(QStringLiteral("DELETE FROM project WHERE uuid = ?"));
        remove.addBindValue(uuid().toString(QUuid::WithoutBraces));
        remove.exec(); // a consultant's project stays on the server
    }
    if (m_database.isValid()) {
        m_database.close();
        m_database = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool BenchServerProject::prepare(const ServerAddress &address, const QString &path, QString *error)
{
    if (const ProjectInspector::Result read = ProjectReader::readArchive(path, m_archive); !read.canEdit()) {
        *error = read.problem.message;
        return false;
    }
    m_archive.info.uuid = QUuid::createUuid();
    m_database = address.open(m_connectionName, error);
    if (!m_database.isOpen())
        return false;
    QSqlQuery assign(m_database);
    assign.prepare(QStringLiteral("INSERT INTO municipality_member (municipality_code, member, may_edit) "
                                  "VALUES (?, current_user, true) ON CONFLICT DO NOTHING"));
    assign.addBindValue(m_archive.info.municipalityCode);
    assign.exec();
    return true;
}

bool BenchServerProject::publish(QString *error)
{
    m_published = ServerProjects::publish(m_database, m_archive, error) == ServerProjects::Outcome::Done;
    return m_published;
}

} // namespace Akademiplan::Bench
