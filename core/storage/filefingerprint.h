// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

namespace Akademiplan {

// What a file held when it was read or written, to tell whether someone else has saved it since.
// A hash of the content rather than the modification time, which cloud folders rewrite freely.
// BLAKE2b-256: as secure as SHA-256 and four times faster in Qt's own code, which matters for a
// 200 MB project hashed on every open and save. A fingerprint written by an earlier version (a
// bare SHA-256 in a working copy's note) is still understood.
class FileFingerprint
{
public:
    FileFingerprint() = default;
    static FileFingerprint of(const QString &path);
    // By the algorithm of `like`, a fingerprint recorded earlier, so that the two compare. When
    // the file still has the size and modification time it had when `like` was taken, it has
    // not been written since, and `like` itself is returned without reading it: a large file is
    // not hashed again before every save. A file written since is hashed, so that a folder that
    // only touched its time is not taken for a change.
    static FileFingerprint of(const QString &path, const FileFingerprint &like);
    // Copies source to target (which must not exist) and fingerprints the bytes it copied.
    static FileFingerprint copy(const QString &source, const QString &target, QString *error);

    bool isValid() const { return !m_hash.isEmpty(); }
    QString toString() const;
    static FileFingerprint fromString(const QString &text);

    // The content alone: where and when it was taken does not matter.
    bool operator==(const FileFingerprint &other) const
    {
        return m_algorithm == other.m_algorithm && m_hash == other.m_hash;
    }

private:
    // The file's size and modification time (milliseconds since the epoch) when it was read,
    // or -1 when not known (a fingerprint read back from text).
    struct Stamp
    {
        qint64 size = -1;
        qint64 modified = -1;
        bool operator==(const Stamp &) const = default;
        static Stamp of(const QString &path);
    };

    static constexpr QCryptographicHash::Algorithm current = QCryptographicHash::Blake2b_256;

    QCryptographicHash::Algorithm m_algorithm = current;
    QByteArray m_hash;
    Stamp m_stamp;
};

} // namespace Akademiplan
