// SPDX-License-Identifier: MPL-2.0
#include "postgrescluster.h"

#include "catch.h"
#include "programrun.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QUrl>

#include <algorithm>

#include <unistd.h>

namespace Akademiplan::Test {

namespace {

// Debian keeps the server's programs out of PATH, one folder per major version.
QString serverPrograms()
{
    QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : versions) {
        const QString bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(version);
        if (QFile::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

} // namespace

PostgresCluster::PostgresCluster()
    : m_bin(serverPrograms())
{
    if (m_bin.isEmpty())
        FAIL("the team server cannot be tested without PostgreSQL's server (apt-get install postgresql)");
    REQUIRE(m_folder.isValid());
    if (runningAsRoot()) {
        // The server's own user owns the folder; the tests, as root, still reach the socket.
        const ProgramResult chowned = runProgram(QStringLiteral("chown"), {QStringLiteral("postgres:"), m_folder.path()},
                                       QProcessEnvironment::systemEnvironment());
        INFO("chown: " << chowned.errText().toStdString());
        REQUIRE(chowned.exitCode == 0);
    }
    // Only a Unix socket, in the test's folder; its name carries the port, which is chosen among
    // the free ones so that a TCP listener could be switched on without a clash.
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    m_port = probe.serverPort();
    probe.close();
    const QString data = m_folder.filePath(QStringLiteral("data"));
    run(QStringLiteral("initdb"), {QStringLiteral("--pgdata"), data, QStringLiteral("--username"), administrator(),
                                   QStringLiteral("--auth"), QStringLiteral("trust"), QStringLiteral("--encoding"),
                                   QStringLiteral("UTF8"), QStringLiteral("--no-locale"), QStringLiteral("--no-sync")});
    run(QStringLiteral("pg_ctl"),
        {QStringLiteral("--pgdata"), data, QStringLiteral("--log"), m_folder.filePath(QStringLiteral("server.log")),
         QStringLiteral("--wait"), QStringLiteral("--options"),
         QStringLiteral("-k %1 -p %2 -c listen_addresses='' -c fsync=off").arg(m_folder.path()).arg(m_port),
         QStringLiteral("start")});
    run(QStringLiteral("createdb"), {QStringLiteral("--host"), m_folder.path(), QStringLiteral("--port"),
                                     QString::number(m_port), QStringLiteral("--username"), administrator(),
                                     QStringLiteral("akademiplan")});
}

PostgresCluster::~PostgresCluster()
{
    // Immediate: nothing of a test's server needs to survive it.
    const QString pgCtl = m_bin + QStringLiteral("/pg_ctl");
    const QStringList arguments{QStringLiteral("--pgdata"), m_folder.filePath(QStringLiteral("data")),
                                QStringLiteral("--mode"), QStringLiteral("immediate"), QStringLiteral("--wait"),
                                QStringLiteral("stop")};
    if (runningAsRoot())
        runProgram(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                          QStringLiteral("--"), pgCtl} + arguments,
                   QProcessEnvironment::systemEnvironment());
    else
        runProgram(pgCtl, arguments, QProcessEnvironment::systemEnvironment());
}

void PostgresCluster::run(const QString &program, const QStringList &arguments) const
{
    const QString path = m_bin + QLatin1Char('/') + program;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    const ProgramResult result = runningAsRoot()
                           ? runProgram(QStringLiteral("runuser"),
                                        QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                    QStringLiteral("--"), path} + arguments,
                                        environment)
                           : runProgram(path, arguments, environment);
    QFile log(m_folder.filePath(QStringLiteral("server.log")));
    const QByteArray serverLog = log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
    INFO(program.toStdString() << ": " << result.errText().toStdString() << result.outText().toStdString()
                               << "\nserver log:\n" << serverLog.toStdString());
    REQUIRE(result.exitCode == 0);
}

QString PostgresCluster::uri(const QString &user) const
{
    // Put together, not with arg(): the encoded folder holds "%2F".
    return QStringLiteral("postgresql://") + user + QStringLiteral("@/akademiplan?host=")
           + QString::fromUtf8(QUrl::toPercentEncoding(m_folder.path())) + QStringLiteral("&port=")
           + QString::number(m_port);
}

void PostgresCluster::as(const QString &user, const std::function<void(QSqlDatabase &)> &work) const
{
    static QAtomicInteger<int> made = 0;
    const QString name = QStringLiteral("test-server-%1").arg(++made);
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!database.isValid())
            FAIL("the team server cannot be tested without Qt's PostgreSQL driver (apt-get install libqt6sql6-psql)");
        database.setHostName(m_folder.path());
        database.setPort(m_port);
        database.setDatabaseName(QStringLiteral("akademiplan"));
        database.setUserName(user);
        const bool opened = database.open();
        INFO("connecting as " << user.toStdString() << ": " << database.lastError().text().toStdString());
        REQUIRE(opened);
        work(database);
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void PostgresCluster::exec(const QString &sql) const
{
    as(administrator(), [&sql](QSqlDatabase &database) {
        QSqlQuery query(database);
        INFO(sql.toStdString());
        const bool done = query.exec(sql);
        INFO(query.lastError().text().toStdString());
        REQUIRE(done);
    });
}

} // namespace Akademiplan::Test
