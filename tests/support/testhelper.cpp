// SPDX-License-Identifier: MPL-2.0
// Started by the tests and killed by them at an unknown moment:
//   edit FILE COUNT   opens FILE, makes COUNT edits (0: without end), reports each, then waits
//   save-loop FILE    adds a participant and saves, again and again, reporting each save
#include "document/document.h"
#include "editor/projecteditor.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace Akademiplan;

namespace {

void report(const char *what, qsizetype count)
{
    std::printf("%s %lld\n", what, static_cast<long long>(count));
    std::fflush(stdout);
}

Participant participant(qsizetype number)
{
    Participant p;
    p.name = QStringLiteral("Person %1").arg(number);
    p.role = ParticipantRole::Employee;
    return p;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The same names as the test programs, so both use the same working-copy folder.
    QCoreApplication::setOrganizationName(QStringLiteral("Akademiplan"));
    QCoreApplication::setApplicationName(QStringLiteral("akademiplan-tests"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3)
        return 1;
    FileProblem problem;
    auto document = Document::open(args.at(2), {}, &problem);
    if (!document) {
        std::fprintf(stderr, "%s\n", qPrintable(problem.message));
        return 2;
    }
    ProjectEditor editor(*document);
    if (args.at(1) == QLatin1String("edit")) {
        const int count = args.value(3).toInt();
        for (int i = 1; count == 0 || i <= count; ++i) {
            // An edit is committed once the working copy holds it, which happens behind the editor.
            if (!editor.addParticipant(participant(i)) || !document->finishWriting().isEmpty())
                return 3;
            report("committed", document->project().participants.size());
        }
        report("ready", document->project().participants.size());
        for (;;)
            QThread::sleep(1);
    }
    if (args.at(1) == QLatin1String("save-loop")) {
        for (int i = 1;; ++i) {
            if (!editor.addParticipant(participant(i)) || !document->save(&problem))
                return 3;
            report("saved", document->project().participants.size());
        }
    }
    return 1;
}
