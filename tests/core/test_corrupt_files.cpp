// SPDX-License-Identifier: MPL-2.0
// Whatever bytes a file holds, judging and reading it ends with a clear answer, never a crash:
// the example project is damaged in many places, byte by byte, and each copy is read.
#include "catch.h"
#include "storage/projectreader.h"
#include "testfiles.h"

#include <QRandomGenerator>

using namespace Akademiplan;
using namespace Akademiplan::Test;

TEST_CASE("a project file damaged anywhere is read without a crash and never accepted with broken rows", "[file][bad]")
{
    TempFolder folder;
    const QString original = makeProjectFile(folder, QStringLiteral("original.akademi"), true);
    const QByteArray bytes = readBytes(original);
    const QString damagedPath = folder.path(QStringLiteral("damaged.akademi"));
    // A fixed seed, so that a failure can be repeated.
    QRandomGenerator random(20261129);
    int refused = 0;
    int accepted = 0;
    for (int round = 0; round < 300; ++round) {
        QByteArray damaged = bytes;
        const int changes = 1 + int(random.bounded(16));
        for (int i = 0; i < changes; ++i) {
            // Header and first pages (schema) half of the time, anywhere else otherwise.
            const qsizetype limit = round % 2 == 0 ? std::min<qsizetype>(damaged.size(), 8192) : damaged.size();
            damaged[qsizetype(random.bounded(int(limit)))] = char(random.bounded(256));
        }
        writeBytes(damagedPath, damaged);
        Project project;
        const ProjectInspector::Result result = ProjectReader::read(damagedPath, project);
        INFO("round " << round << ": " << result.problem.message.toStdString());
        if (result.canEdit()) {
            ++accepted;
            // What is accepted must hold together: every reference points at a row.
            for (const Track &track : project.tracks)
                CHECK(project.academies.contains(track.academyId));
            for (const Session &session : project.sessions)
                CHECK(project.activities.contains(session.activityId));
            for (const Enrolment &enrolment : project.enrolments)
                CHECK(project.participants.contains(enrolment.participantId));
        } else {
            ++refused;
            CHECK_FALSE(result.problem.message.isEmpty());
        }
        // The damaged file itself was only read.
        CHECK(readBytes(damagedPath) == damaged);
    }
    // Most damage must be noticed (changes inside text values can be harmless and pass).
    CHECK(refused > 100);
    CHECK(accepted + refused == 300);
}
