// SPDX-License-Identifier: MPL-2.0
// `akademiplan --share-copy`, run as the real binary: the copy, the summary it prints, the record
// in the shared file, and no file touched when the answer is no.
#include "catch.h"
#include "cliprogram.h"
#include "programrun.h"
#include "storage/documentlock.h"
#include "testfiles.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

QJsonObject infoOf(const PrivateEnvironment &environment, const QString &path)
{
    const ProgramResult info = akademiplan(environment, {QStringLiteral("--info"), path});
    REQUIRE(info.exitCode == 0);
    return QJsonDocument::fromJson(info.out).object().value(QStringLiteral("project")).toObject();
}

} // namespace

TEST_CASE("sharing a copy without personal data on the command line prints what it holds and records it",
          "[cli][sharing]")
{
    TempFolder folder;
    PrivateEnvironment environment;
    const QString path = makeProjectFile(folder, QStringLiteral("silkeborg.akademi"), true);
    const QString copy = folder.path(QStringLiteral("copy.akademi"));
    const Project before = readProject(path);

    const ProgramResult result =
        akademiplan(environment, {QStringLiteral("--share-copy"), copy, path, QStringLiteral("--without-personal-data"),
                                  QStringLiteral("--to"), QStringLiteral("Silkeborg Kommune")});
    INFO(result.errText().toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.err.isEmpty());
    const QString summary = result.outText();
    CHECK(summary.contains(QStringLiteral("For: Silkeborg Kommune")));
    CHECK(summary.contains(QStringLiteral("Without personal data")));
    CHECK(summary.contains(QStringLiteral("Participants: %1,").arg(before.participants.size())));
    CHECK(summary.contains(QStringLiteral("Free text that may name people is included")));

    CHECK(akademiplan(environment, {QStringLiteral("--check"), copy}).exitCode == 0);
    const QJsonObject shared = infoOf(environment, copy).value(QStringLiteral("shared_copy")).toObject();
    CHECK(shared.value(QStringLiteral("without_personal_data")).toBool());
    CHECK(shared.value(QStringLiteral("recipient")).toString() == QStringLiteral("Silkeborg Kommune"));
    const QJsonArray shares = infoOf(environment, path).value(QStringLiteral("shares")).toArray();
    REQUIRE(shares.size() == 1);
    CHECK(shares.at(0).toObject().value(QStringLiteral("uuid")) == shared.value(QStringLiteral("uuid")));
    CHECK(infoOf(environment, path).value(QStringLiteral("shared_copy")).isNull());
    for (const Participant &person : before.participants)
        CHECK_FALSE(readBytes(copy).contains(person.name.toUtf8()));
}

TEST_CASE("sharing refuses an existing copy, a locked file and a bad file, and changes nothing", "[cli][sharing]")
{
    TempFolder folder;
    PrivateEnvironment environment;
    const QString path = makeProjectFile(folder, QStringLiteral("silkeborg.akademi"), true);
    const QByteArray original = readBytes(path);
    const QString existing = folder.path(QStringLiteral("existing.akademi"));
    writeBytes(existing, QByteArrayLiteral("someone's file"));

    ProgramResult result = akademiplan(environment, {QStringLiteral("--share-copy"), existing, path});
    CHECK(result.exitCode == 1);
    CHECK(result.errText().contains(QStringLiteral("already exists")));
    CHECK(readBytes(existing) == QByteArrayLiteral("someone's file"));

    result = akademiplan(environment, {QStringLiteral("--share-copy"), folder.path(QStringLiteral("copy.pdf")), path});
    CHECK(result.exitCode == 1);
    result = akademiplan(environment, {QStringLiteral("--without-personal-data"), path});
    CHECK(result.exitCode == 1);

    {
        DocumentLock lock(path);
        REQUIRE(lock.tryLock() == DocumentLock::Result::Acquired);
        result = akademiplan(environment, {QStringLiteral("--share-copy"), folder.path(QStringLiteral("copy.akademi")),
                                           path});
        CHECK(result.exitCode == 2);
        CHECK(result.errText().contains(QStringLiteral("open")));
    }
    CHECK_FALSE(QFileInfo::exists(folder.path(QStringLiteral("copy.akademi"))));

    const QString text = folder.path(QStringLiteral("notes.akademi"));
    writeBytes(text, QByteArrayLiteral("not a project"));
    result = akademiplan(environment, {QStringLiteral("--share-copy"), folder.path(QStringLiteral("copy.akademi")),
                                       text});
    CHECK(result.exitCode == 2);
    CHECK(readBytes(text) == QByteArrayLiteral("not a project"));
    CHECK(readBytes(path) == original);
    CHECK_FALSE(QFileInfo::exists(folder.path(QStringLiteral("copy.akademi"))));
}
