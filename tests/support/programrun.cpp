// SPDX-License-Identifier: MPL-2.0
#include "programrun.h"

#include "catch.h"

#include <QFile>
#include <QProcess>

namespace Akademiplan::Test {

ProgramResult runProgram(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment)
{
    INFO(program.toStdString() << " " << arguments.join(QLatin1Char(' ')).toStdString());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    REQUIRE(process.waitForStarted(10000));
    const bool finished = process.waitForFinished(120000);
    if (!finished) {
        process.kill();
        process.waitForFinished(10000);
    }
    REQUIRE(finished);
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

PrivateEnvironment::PrivateEnvironment()
{
    REQUIRE(m_dataHome.isValid());
    REQUIRE(m_runtimeDir.isValid());
    REQUIRE(QFile::setPermissions(m_runtimeDir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

QProcessEnvironment PrivateEnvironment::environment(const QString &lang) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dataHome.path());
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtimeDir.path());
    environment.insert(QStringLiteral("LANG"), lang);
    environment.insert(QStringLiteral("LANGUAGE"), QString());
    environment.remove(QStringLiteral("LC_ALL"));
    environment.remove(QStringLiteral("LC_MESSAGES"));
    return environment;
}

} // namespace Akademiplan::Test
