// SPDX-License-Identifier: MPL-2.0
#include "programinfo.h"

#include "storage/databaseconnection.h"

#include <QSysInfo>
#include <QVariant>

namespace Akademiplan {

ProgramInfo ProgramInfo::current()
{
    ProgramInfo info;
    info.m_qtVersion = QString::fromLatin1(qVersion());
    // Through the same driver and connection settings as a project file, so that the answer is
    // the SQLite that reads and writes the consultant's files.
    DatabaseConnection connection;
    QString problem;
    if (connection.open(QString(), DatabaseConnection::Mode::Memory, &problem)) {
        const QVariant version = connection.scalar(QStringLiteral("select sqlite_version()"), &problem);
        info.m_sqliteVersion = version.toString();
    }
    if (info.m_sqliteVersion.isEmpty())
        info.m_sqliteProblem = problem.isEmpty() ? tr("SQLite did not say its version.") : problem;
    return info;
}

QString ProgramInfo::version()
{
    return QStringLiteral(AKADEMIPLAN_VERSION);
}

QString ProgramInfo::licenceName()
{
    return QStringLiteral("Mozilla Public License 2.0");
}

QString ProgramInfo::licenceId()
{
    return QStringLiteral("MPL-2.0");
}

QUrl ProgramInfo::licenceUrl()
{
    return QUrl(QStringLiteral("https://mozilla.org/MPL/2.0/"));
}

QUrl ProgramInfo::homepage()
{
    return QUrl(QStringLiteral(AKADEMIPLAN_HOMEPAGE));
}

QString ProgramInfo::qtVersionText() const
{
    const QString built = QStringLiteral(QT_VERSION_STR);
    return m_qtVersion == built ? m_qtVersion : tr("%1 (built with %2)").arg(m_qtVersion, built);
}

QString ProgramInfo::sqliteVersionText() const
{
    return hasSqlite() ? m_sqliteVersion : m_sqliteProblem;
}

QString ProgramInfo::licenceLine() const
{
    return tr("Licence: %1 (%2)").arg(licenceName(), licenceId());
}

QString ProgramInfo::runtimeLine() const
{
    const QString qt = QStringLiteral("Qt ") + qtVersionText();
    return hasSqlite() ? QStringLiteral("%1, SQLite %2").arg(qt, m_sqliteVersion)
                       : QStringLiteral("%1; SQLite: %2").arg(qt, m_sqliteProblem);
}

QString ProgramInfo::versionText() const
{
    // The first line is never translated: scripts read the version from it.
    return QStringLiteral("akademiplan %1\n%2\n%3\n").arg(version(), licenceLine(), runtimeLine());
}

QString ProgramInfo::supportText() const
{
    return versionText() +
           tr("System: %1 (%2)").arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture()) +
           QLatin1Char('\n');
}

} // namespace Akademiplan
