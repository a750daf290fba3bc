// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace Akademiplan {

// What the program says about itself, in one place for `akademiplan --version`, the About dialog
// and the text a consultant pastes into a support e-mail: its version, licence and homepage, and
// the Qt and SQLite it really runs with. A support person needs the versions in use, not the ones
// it was built against: Qt may have been updated since, and Qt's SQLite driver may carry its own
// SQLite rather than the system's.
class ProgramInfo
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::ProgramInfo)

public:
    // The facts of this run. Asks Qt's SQLite driver on an in-memory database, which costs a
    // millisecond; never fails: without the driver, the SQLite text says why.
    static ProgramInfo current();

    static QString version();
    static QString licenceName();
    static QString licenceId();
    static QUrl licenceUrl();
    static QUrl homepage();

    // "6.4.2", or "6.5.0 (built with 6.4.2)" when the Qt in use is not the one built against.
    QString qtVersionText() const;
    // "3.40.1", or why SQLite cannot be used.
    QString sqliteVersionText() const;
    bool hasSqlite() const { return !m_sqliteVersion.isEmpty(); }

    // "Licence: Mozilla Public License 2.0 (MPL-2.0)"
    QString licenceLine() const;
    // "Qt 6.4.2, SQLite 3.40.1"
    QString runtimeLine() const;
    // What `akademiplan --version` prints: "akademiplan 0.1.0" first, for scripts, then the
    // licence and the versions in use; each line ends with a newline.
    QString versionText() const;
    // The version text and the operating system, for a support e-mail.
    QString supportText() const;

private:
    QString m_qtVersion;
    QString m_sqliteVersion;
    QString m_sqliteProblem;
};

} // namespace Akademiplan
