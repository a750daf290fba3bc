// SPDX-License-Identifier: MPL-2.0
#include "filefingerprint.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace Akademiplan {

namespace {
const QString blake2bPrefix = QStringLiteral("blake2b-256:");
}

FileFingerprint FileFingerprint::of(const QString &path)
{
    return of(path, FileFingerprint());
}

FileFingerprint::Stamp FileFingerprint::Stamp::of(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    return {info.size(), info.lastModified().toMSecsSinceEpoch()};
}

FileFingerprint FileFingerprint::of(const QString &path, const FileFingerprint &like)
{
    // Taken before reading: a write while the file is read then shows as a newer time next time.
    const Stamp stamp = Stamp::of(path);
    if (like.isValid() && like.m_stamp.size >= 0 && like.m_stamp == stamp)
        return like;
    FileFingerprint fingerprint;
    fingerprint.m_algorithm = like.m_algorithm;
    fingerprint.m_stamp = stamp;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fingerprint;
    QCryptographicHash hash(fingerprint.m_algorithm);
    if (hash.addData(&file))
        fingerprint.m_hash = hash.result();
    return fingerprint;
}

FileFingerprint FileFingerprint::copy(const QString &source, const QString &target, QString *error)
{
    FileFingerprint fingerprint;
    fingerprint.m_stamp = Stamp::of(source);
    QFile in(source);
    QFile out(target);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = in.errorString();
        return fingerprint;
    }
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *error = out.errorString();
        return fingerprint;
    }
    QCryptographicHash hash(fingerprint.m_algorithm);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    while (true) {
        const qint64 read = in.read(buffer.data(), buffer.size());
        if (read < 0) {
            *error = in.errorString();
            return fingerprint;
        }
        if (read == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), read));
        if (out.write(buffer.constData(), read) != read) {
            *error = out.errorString();
            return fingerprint;
        }
    }
    if (!out.flush()) {
        *error = out.errorString();
        return fingerprint;
    }
    fingerprint.m_hash = hash.result();
    return fingerprint;
}

QString FileFingerprint::toString() const
{
    const QString hex = QString::fromLatin1(m_hash.toHex());
    return m_algorithm == QCryptographicHash::Sha256 ? hex : blake2bPrefix + hex;
}

FileFingerprint FileFingerprint::fromString(const QString &text)
{
    FileFingerprint fingerprint;
    if (text.startsWith(blake2bPrefix)) {
        fingerprint.m_hash = QByteArray::fromHex(text.mid(blake2bPrefix.size()).toLatin1());
    } else {
        fingerprint.m_algorithm = QCryptographicHash::Sha256;
        fingerprint.m_hash = QByteArray::fromHex(text.toLatin1());
    }
    return fingerprint;
}

} // namespace Akademiplan
