// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace Akademiplan {

// What a file held when it was read or written, to tell whether someone else has saved it since.
// A hash of the content rather than the modification time, which cloud folders rewrite freely.
class FileFingerprint
{
public:
    FileFingerprint() = default;
    static FileFingerprint of(const QString &path);
    // Copies source to target (which must not exist) and fingerprints the bytes it copied.
    static FileFingerprint copy(const QString &source, const QString &target, QString *error);

    bool isValid() const { return !m_hash.isEmpty(); }
    QString toString() const { return QString::fromLatin1(m_hash.toHex()); }
    static FileFingerprint fromString(const QString &text);

    bool operator==(const FileFingerprint &) const = default;

private:
    QByteArray m_hash;
};

} // namespace Akademiplan
