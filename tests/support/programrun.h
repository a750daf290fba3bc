// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace Akademiplan::Test {

// What a program run by a test said and how it ended.
struct ProgramResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

// Runs a program to its end; a crash or a hang fails the test, whatever the input.
ProgramResult runProgram(const QString &program, const QStringList &arguments,
                         const QProcessEnvironment &environment);

// A private data and runtime folder for the programs a test starts, so that neither the
// user's own working copies nor their language can change what the test sees.
class PrivateEnvironment
{
public:
    PrivateEnvironment();

    // The system's environment with the private folders and the given language.
    QProcessEnvironment environment(const QString &lang = QStringLiteral("C.UTF-8")) const;
    QString dataHome() const { return m_dataHome.path(); }

private:
    QTemporaryDir m_dataHome;
    QTemporaryDir m_runtimeDir;
};

} // namespace Akademiplan::Test
