// SPDX-License-Identifier: MPL-2.0
// A project file someone sends is the program's widest door for untrusted bytes. This target hands
// each input to the same steps `--check` and `--info` take: judge the file, read it if it may be
// read, then check the rows against the rules.
#include "fuzzsupport.h"

#include "domain/validator.h"
#include "storage/projectinspector.h"
#include "storage/projectreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdint>
#include <cstring>

using namespace Akademiplan;

extern "C" int LLVMFuzzerInitialize(int * /*argc*/, char ***argv)
{
    // Made before Qt starts, so that every path Qt and SQLite settle on points into the folder.
    Fuzz::ScratchFolder::instance();
    // Qt's SQL drivers are plugins, which are only found through an application object. It gets a
    // command line of its own: Qt may take options out of the one it is given, and that one is
    // libFuzzer's.
    static int applicationArgc = 1;
    static char *applicationArgv[] = {(*argv)[0], nullptr};
    static QCoreApplication application(applicationArgc, applicationArgv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Fuzz::ScratchFolder &folder = Fuzz::ScratchFolder::instance();
    const QString path = folder.write(QStringLiteral("received.akademi"), data, size);

    const ProjectInspector::Result inspection = ProjectInspector::inspect(path);
    if (inspection.canRead()) {
        Project project;
        const ProjectInspector::Result reading = ProjectReader::read(path, project);
        // Only a file that was read whole has rows for the rules; the program stops at the
        // message otherwise, and so does this target.
        if (reading.schemaVersion != 0)
            Validator::checkProject(project);
    }

    // Judging and reading never write to the file they judge, and leave nothing beside it (no
    // journal, no temporary copy that was not taken back).
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        Fuzz::fail("the received file is gone after judging it");
    const QByteArray after = file.readAll();
    if (size_t(after.size()) != size || (size > 0 && std::memcmp(after.constData(), data, size) != 0))
        Fuzz::fail("judging or reading changed the received file");
    const QStringList left = QDir(folder.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
    if (left != QStringList{QStringLiteral("received.akademi")})
        Fuzz::fail(qPrintable(QStringLiteral("files left beside the received file: ") + left.join(u' ')));
    const QDir temporary(folder.filePath(QStringLiteral("tmp")));
    if (!temporary.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        Fuzz::fail("a temporary file of judging or reading was left behind");
    return 0;
}
