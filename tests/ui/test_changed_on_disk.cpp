// SPDX-License-Identifier: MPL-2.0
// A colleague saves the project on the shared drive, or a sync service replaces it, while the
// consultant has it open: the window notices, offers to reload, and never overwrites it silently.
#include "catch.h"
#include "document/document.h"
#include "editor/projecteditor.h"
#include "fileactions.h"
#include "mainwindow.h"
#include "testfiles.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

// Answers the question about a changed file with the button whose text starts with `choice`,
// and keeps what it asked.
class ChangedOnDiskAnswer
{
public:
    explicit ChangedOnDiskAnswer(const QString &choice)
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this, choice] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QLatin1String("changedOnDisk"))
                return;
            questions.append(box->text() + QLatin1Char(' ') + box->informativeText());
            for (QAbstractButton *button : box->buttons())
                if (button->text().remove(QLatin1Char('&')).startsWith(choice))
                    button->click();
        });
        m_timer.start(50);
    }

    QStringList questions;

private:
    QTimer m_timer;
};

// The document replaced as a sync service does it: a new file renamed over the old one.
void replaceOnDisk(const TempFolder &folder, const QString &path)
{
    const QString theirs = makeProjectFile(folder, QStringLiteral("theirs.akademi"), false);
    REQUIRE(QFile::remove(path));
    REQUIRE(QFile::rename(theirs, path));
}

} // namespace

TEST_CASE("a project replaced on disk while open is offered for reloading, and reloading shows the new version",
          "[ui][file]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("delt.akademi"), true);
    MainWindow window;
    window.show();
    REQUIRE(window.fileActions()->openFile(path));
    REQUIRE_FALSE(window.document()->project().participants.isEmpty());
    Participant person;
    person.name = QStringLiteral("Ulagret Ændring");
    REQUIRE(ProjectEditor(*window.document()).addParticipant(person).ok);

    ChangedOnDiskAnswer answer(QStringLiteral("Reload"));
    replaceOnDisk(folder, path);
    REQUIRE(QTest::qWaitFor([&] { return window.document() && window.document()->project().participants.isEmpty(); },
                            10000));
    REQUIRE(answer.questions.size() == 1);
    CHECK(answer.questions.front().contains(QStringLiteral("delt.akademi was changed on disk")));
    CHECK(answer.questions.front().contains(QStringLiteral("unsaved changes are then lost")));
    CHECK(window.document()->filePath() == QFileInfo(path).absoluteFilePath());
    CHECK_FALSE(window.document()->isModified());
}

TEST_CASE("keeping on working after a change on disk asks once, and saving then never overwrites it", "[ui][file]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("delt.akademi"), true);
    MainWindow window;
    window.show();
    REQUIRE(window.fileActions()->openFile(path));
    const qsizetype mine = window.document()->project().participants.size();

    ChangedOnDiskAnswer answer(QStringLiteral("Keep Working"));
    replaceOnDisk(folder, path);
    const QByteArray theirs = readBytes(path);
    REQUIRE(QTest::qWaitFor([&] { return answer.questions.size() == 1; }, 10000));
    // Asked once, not at every look.
    QTest::qWait(3500);
    CHECK(answer.questions.size() == 1);
    CHECK(window.document()->project().participants.size() == mine);

    FileProblem problem;
    CHECK_FALSE(window.document()->save(&problem));
    CHECK(problem.kind == FileProblem::Kind::ChangedOnDisk);
    CHECK(readBytes(path) == theirs);
}

TEST_CASE("the program's own saves are no change on disk", "[ui][file]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("mit.akademi"), true);
    MainWindow window;
    window.show();
    REQUIRE(window.fileActions()->openFile(path));
    ChangedOnDiskAnswer answer(QStringLiteral("Keep Working"));
    for (int i = 0; i < 3; ++i) {
        Participant person;
        person.name = QStringLiteral("Person %1").arg(i);
        REQUIRE(ProjectEditor(*window.document()).addParticipant(person).ok);
        REQUIRE(window.fileActions()->save());
        QTest::qWait(400);
    }
    QTest::qWait(3200);
    CHECK(answer.questions.isEmpty());
}
