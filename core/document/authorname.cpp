// SPDX-License-Identifier: MPL-2.0
#include "authorname.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace Akademiplan {

QString AuthorName::fromSystem()
{
#ifdef Q_OS_UNIX
    // Qt has no call for the user's full name; the password database's comment field holds it,
    // followed by office and phone after commas.
    if (const passwd *entry = getpwuid(getuid())) {
        const QString fullName = QString::fromLocal8Bit(entry->pw_gecos).section(QLatin1Char(','), 0, 0).trimmed();
        if (!fullName.isEmpty())
            return fullName;
        const QString login = QString::fromLocal8Bit(entry->pw_name);
        if (!login.isEmpty())
            return login;
    }
#endif
    const QString login = qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER"));
    return login;
}

} // namespace Akademiplan
