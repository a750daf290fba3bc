// SPDX-License-Identifier: MPL-2.0
#include "libreoffice.h"

#include "catch.h"
#include "programrun.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace Akademiplan::Test {

LibreOffice::LibreOffice(const TempFolder &folder)
    : m_profile(QUrl::fromLocalFile(folder.path(QStringLiteral("libreoffice-profile"))).toString())
{
    m_program = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (m_program.isEmpty())
        FAIL("the CSV cannot be checked in a spreadsheet without LibreOffice (apt-get install "
             "libreoffice-calc-nogui)");
}

QString LibreOffice::convert(const QString &input, const QString &inFilter, const QString &outFormat,
                             const QString &outDir)
{
    QDir().mkpath(outDir);
    QStringList arguments{QStringLiteral("-env:UserInstallation=") + m_profile, QStringLiteral("--headless"),
                          QStringLiteral("--norestore")};
    if (!inFilter.isEmpty())
        arguments << QStringLiteral("--infilter=") + inFilter;
    arguments << QStringLiteral("--convert-to") << outFormat << QStringLiteral("--outdir") << outDir << input;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    const ProgramResult result = runProgram(m_program, arguments, environment);
    const QString extension = outFormat.section(QLatin1Char(':'), 0, 0);
    const QString output = QDir(outDir).filePath(QFileInfo(input).completeBaseName() + QLatin1Char('.') + extension);
    INFO("soffice: " << result.outText().toStdString() << result.errText().toStdString());
    REQUIRE(result.exitCode == 0);
    REQUIRE(QFileInfo::exists(output));
    return output;
}

} // namespace Akademiplan::Test
