// SPDX-License-Identifier: MPL-2.0
#include "filefingerprint.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

namespace Akademiplan {

FileFingerprint FileFingerprint::of(const QString &path)
{
    FileFingerprint fingerprint;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fingerprint;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (hash.addData(&file))
        fingerprint.m_hash = hash.result();
    return fingerprint;
}

FileFingerprint FileFingerprint::copy(const QString &source, const QString &target, QString *error)
{
    FileFingerprint fingerprint;
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
    QCryptographicHash hash(QCryptographicHash::Sha256);
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

FileFingerprint FileFingerprint::fromString(const QString &text)
{
    FileFingerprint fingerprint;
    fingerprint.m_hash = QByteArray::fromHex(text.toLatin1());
    return fingerprint;
}

} // namespace Akademiplan
