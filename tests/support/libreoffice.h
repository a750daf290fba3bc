// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "testfiles.h"

#include <QString>

namespace Akademiplan::Test {

// LibreOffice, headless, with a profile of its own so that tests may run side by side: the
// independent spreadsheet that reads what the program writes for Excel.
class LibreOffice
{
public:
    // Fails the test, naming the package to install, when LibreOffice is missing.
    explicit LibreOffice(const TempFolder &folder);

    // Converts `input` with the filter options given, into `outDir`; the new file's path.
    QString convert(const QString &input, const QString &inFilter, const QString &outFormat, const QString &outDir);

private:
    QString m_program;
    QString m_profile;
};

} // namespace Akademiplan::Test
