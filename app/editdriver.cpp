// SPDX-License-Identifier: MPL-2.0
#include "editdriver.h"

#include "document/document.h"
#include "editor/projecteditor.h"
#include "exitcode.h"
#include "storage/workingcopy.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>

#include <cstdio>
#include <memory>

namespace Akademiplan {

namespace {

void say(const char *what, qint64 number)
{
    std::printf("%s %lld\n", what, static_cast<long long>(number));
    std::fflush(stdout);
}

// The number of a participant the driver added ("Fault 17", "Fault 17 v3"), or 0.
qint64 faultNumber(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^Fault (\\d+)"));
    const QRegularExpressionMatch match = pattern.match(name);
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

qint64 highestNumber(const Project &project)
{
    qint64 highest = 0;
    for (const Participant &participant : project.participants)
        highest = std::max(highest, faultNumber(participant.name));
    return highest;
}

bool save(Document &document, qint64 highest)
{
    say("saving", highest);
    FileProblem problem;
    if (!document.save(&problem)) {
        std::fprintf(stderr, "%s\n", qPrintable(problem.message));
        return false;
    }
    say("saved", highest);
    return true;
}

} // namespace

int EditDriver::run(const QString &path, quint32 seed)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    std::unique_ptr<Document> document;
    FileProblem problem;
    for (const WorkingCopy::Recoverable &work : WorkingCopy::findRecoverable()) {
        if (work.documentPath != absolute)
            continue;
        document = Document::recover(work, &problem);
        if (!document) {
            std::fprintf(stderr, "cannot recover: %s\n", qPrintable(problem.message));
            return ExitFileUnusable;
        }
        if (document->isReadOnly()) {
            // Shown, but not to be edited: as a user would, it waits. Its work stays in the working
            // copy for the next start, which the test checks as after any other kill.
            std::fprintf(stderr, "recovered read-only: %s\n", qPrintable(document->readOnlyReason()));
            say("recovered-read-only", highestNumber(document->project()));
            for (;;)
                QThread::sleep(1);
        }
        say("recovered", highestNumber(document->project()));
        if (!save(*document, highestNumber(document->project())))
            return ExitFileUnusable;
        break;
    }
    if (!document) {
        document = Document::open(absolute, {}, &problem);
        if (!document) {
            std::fprintf(stderr, "%s\n", qPrintable(problem.message));
            return ExitFileUnusable;
        }
        say("opened", highestNumber(document->project()));
    }

    ProjectEditor editor(*document);
    QRandomGenerator random(seed);
    qint64 highest = highestNumber(document->project());
    for (int version = 1;; ++version) {
        const quint32 step = random.bounded(10);
        if (step < 6 || document->project().participants.isEmpty()) {
            Participant person;
            person.name = QStringLiteral("Fault %1").arg(highest + 1);
            person.email = QStringLiteral("fault%1@example.invalid").arg(highest + 1);
            person.role = ParticipantRole(random.bounded(5));
            say("editing", highest + 1);
            if (!editor.addParticipant(person) || !document->finishWriting().isEmpty())
                return ExitInputRejected;
            say("committed", ++highest);
        } else if (step < 9) {
            const auto &people = document->project().participants.items();
            Participant person = people.at(random.bounded(qsizetype(people.size())));
            const qint64 number = faultNumber(person.name);
            if (number == 0)
                continue;
            person.name = QStringLiteral("Fault %1 v%2").arg(number).arg(version);
            say("renaming", number);
            if (!editor.update(person, QStringLiteral("name")) || !document->finishWriting().isEmpty())
                return ExitInputRejected;
            say("renamed", number);
        } else if (!save(*document, highest)) {
            return ExitFileUnusable;
        }
    }
}

} // namespace Akademiplan
