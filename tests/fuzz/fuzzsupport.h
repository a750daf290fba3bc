// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace Akademiplan::Fuzz {

// The one folder a fuzz target writes to, made once per process: making a folder for every input
// would cost more than most inputs take to judge.
class ScratchFolder
{
public:
    static ScratchFolder &instance()
    {
        static ScratchFolder folder;
        return folder;
    }

    QString filePath(const QString &name) const { return m_folder.filePath(name); }
    QString path() const { return m_folder.path(); }

    // The whole input as one file, replacing the one before, as if someone had sent it.
    QString write(const QString &name, const uint8_t *data, size_t size) const
    {
        const QString path = filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size)) {
            // Without the file the input is not tested at all; going on would count it as passed.
            std::fprintf(stderr, "fuzz: cannot write %s\n", qPrintable(path));
            std::abort();
        }
        return path;
    }

private:
    ScratchFolder()
    {
        if (!m_folder.isValid()) {
            std::fprintf(stderr, "fuzz: cannot make a temporary folder\n");
            std::abort();
        }
        // Whatever the code under test or SQLite makes for itself (a temporary copy to roll a journal
        // back, a sort spilled to disk, data or settings folders) lands inside this folder too.
        const QString inner = m_folder.filePath(QStringLiteral("tmp"));
        QDir().mkpath(inner);
        qputenv("TMPDIR", QFile::encodeName(inner));
        qputenv("SQLITE_TMPDIR", QFile::encodeName(inner));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_folder.filePath(QStringLiteral("data"))));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_folder.filePath(QStringLiteral("config"))));
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_folder.filePath(QStringLiteral("cache"))));
    }

    QTemporaryDir m_folder{QDir::tempPath() + QStringLiteral("/akademiplan-fuzz-XXXXXX")};
};

// A broken promise of the code under test: stop, so that libFuzzer keeps the input as a crash.
[[noreturn]] inline void fail(const char *what)
{
    std::fprintf(stderr, "fuzz: %s\n", what);
    std::abort();
}

} // namespace Akademiplan::Fuzz
