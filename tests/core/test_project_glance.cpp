// SPDX-License-Identifier: MPL-2.0
// What the start screen reads of a recent project without opening it: its municipality, its
// academies and its last save, from a file of every format, which it leaves as it was.
#include "catch.h"
#include "storage/projectinspector.h"
#include "testfiles.h"

#include <QDir>
#include <QFileInfo>

using namespace Akademiplan;
using namespace Akademiplan::Test;

TEST_CASE("a glance at a project file of every format gives its municipality and academy and when it was saved",
          "[inspector]")
{
    const QDir data(QStringLiteral(AKADEMIPLAN_TEST_DATA));
    const QStringList fixtures = data.entryList({QStringLiteral("format-v*.akademi")}, QDir::Files, QDir::Name);
    REQUIRE(fixtures.size() >= 3);
    for (const QString &fixture : fixtures) {
        DYNAMIC_SECTION(fixture.toStdString())
        {
            TempFolder folder;
            const QString path = folder.path(fixture);
            REQUIRE(QFile::copy(data.filePath(fixture), path));
            const QByteArray original = readBytes(path);

            const ProjectInspector::Glance glance = ProjectInspector::glance(path);
            CHECK(glance.state == ProjectInspector::Glance::State::Readable);
            CHECK(glance.municipalityName == QStringLiteral("Silkeborg"));
            CHECK(glance.academies == QStringList{QStringLiteral("Innovation Academy Silkeborg 2027")});
            // The last save in the change log; a file from before the log has only its own time.
            const ProjectInfo info = readProject(path).info;
            QDateTime saved = QFileInfo(path).lastModified();
            for (const RevisionRecord &revision : info.history)
                if (revision.uuid == info.revisionUuid)
                    saved = revision.saved;
            CHECK(glance.lastSaved == saved);
            CHECK(readBytes(path) == original);
            CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
        }
    }
}

TEST_CASE("a glance at a file that has gone or is no project says so", "[inspector]")
{
    TempFolder folder;
    const ProjectInspector::Glance missing = ProjectInspector::glance(folder.path(QStringLiteral("gone.akademi")));
    CHECK(missing.state == ProjectInspector::Glance::State::Missing);
    CHECK(missing.municipalityName.isEmpty());

    const QString plan = folder.path(QStringLiteral("plan.akademi"));
    writeBytes(plan, QByteArrayLiteral("%PDF-1.7\n"));
    const ProjectInspector::Glance pdf = ProjectInspector::glance(plan);
    CHECK(pdf.state == ProjectInspector::Glance::State::Unreadable);
    CHECK(pdf.problem.contains(QStringLiteral("PDF")));
}
