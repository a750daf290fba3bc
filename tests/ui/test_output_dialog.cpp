// SPDX-License-Identifier: MPL-2.0
// File › Export's outputs for each audience in the window: each starts from what the consultant
// has selected in the programme, says what it will write, and saves it where they choose.
#include "catch.h"
#include "mainwindow.h"
#include "outputdialog.h"
#include "programmepage.h"
#include "testfiles.h"
#include "widgetfinders.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

struct OpenExample
{
    TempFolder folder;
    MainWindow window;

    OpenExample()
    {
        window.show();
        window.openFile(makeProjectFile(folder, QStringLiteral("eksempel.akademi"), true));
        REQUIRE(window.document());
    }

    // Opens the output's dialog, lets `inside` look at it, then saves to `path` if it is given.
    void run(const QString &action, const std::function<void(OutputDialog *)> &inside, const QString &path)
    {
        bool done = false;
        QTimer::singleShot(0, [&] {
            auto *dialog = qobject_cast<OutputDialog *>(QApplication::activeModalWidget());
            REQUIRE(dialog);
            inside(dialog);
            done = true;
            if (path.isEmpty()) {
                dialog->reject();
                return;
            }
            QTimer::singleShot(0, [&] {
                answerWithPath(qobject_cast<QFileDialog *>(QApplication::activeModalWidget()), path);
            });
            // Saving is what the dialog does when Enter is pressed.
            for (QPushButton *button : dialog->findChildren<QPushButton *>())
                if (button->isDefault()) {
                    button->click();
                    break;
                }
        });
        window.findChild<QAction *>(action)->trigger();
        REQUIRE(done);
    }
};

} // namespace

TEST_CASE("the council's one page is saved from the window as one PDF", "[ui][onepager]")
{
    OpenExample open;
    const QString pdf = open.folder.path(QStringLiteral("byrådet.pdf"));
    const qint64 academyId = open.window.document()->project().academies.at(0).id;
    open.run(QStringLiteral("exportOnePagerAction"), [&](OutputDialog *dialog) {
        CHECK(dialog->windowTitle() == QStringLiteral("One Page for the Council"));
        // Nothing is selected in the programme: the first academy, the only one.
        CHECK(dialog->options().academyId == academyId);
        CHECK(dialog->findChild<QComboBox *>()->count() == 1);
    }, pdf);
    const QByteArray bytes = readBytes(pdf);
    CHECK(bytes.startsWith("%PDF-"));
    // One page: the page tree counts one.
    CHECK(bytes.contains("/Count 1"));
}

TEST_CASE("run sheets start from the selected activity and one session can be chosen", "[ui][runsheets]")
{
    OpenExample open;
    const Project &project = open.window.document()->project();
    const Activity &meetings = activityTitled(project, QStringLiteral("Network meetings"));
    open.window.findChild<ProgrammePage *>()->showEntity(int(EntityType::Activity), meetings.id);
    const QString pdf = open.folder.path(QStringLiteral("drejebog.pdf"));
    open.run(QStringLiteral("exportRunSheetsAction"), [&](OutputDialog *dialog) {
        CHECK(dialog->options().activityId == meetings.id);
        const auto *summary = dialog->findChild<QLabel *>(QStringLiteral("outputSummary"));
        CHECK(summary->text() == QStringLiteral("Run sheets to write: 4, each session on pages of its own"));
        auto *session = dialog->findChild<QComboBox *>(QStringLiteral("sessionChoice"));
        REQUIRE(session);
        REQUIRE(session->count() == 5); // all sessions, then each of the four
        session->setCurrentIndex(2);
        CHECK(dialog->options().sessionId != 0);
        CHECK(summary->text() == QStringLiteral("Run sheets to write: 1, each session on pages of its own"));
    }, pdf);
    CHECK(readBytes(pdf).startsWith("%PDF-"));
}

TEST_CASE("run sheets list people in the order of names the window shows", "[ui][runsheets]")
{
    OpenExample open;
    QAction *byLastName = nullptr;
    for (QAction *action : open.window.findChildren<QAction *>())
        if (action->text().remove(QLatin1Char('&')) == QStringLiteral("Sort Names by Last Name"))
            byLastName = action;
    REQUIRE(byLastName);
    byLastName->trigger();
    open.run(QStringLiteral("exportRunSheetsAction"),
             [&](OutputDialog *dialog) { CHECK(dialog->options().nameOrder == NameOrder::LastName); }, {});
}

TEST_CASE("one participant's schedule or everyone's is written into a folder with the list", "[ui][schedules]")
{
    OpenExample open;
    const Project &project = open.window.document()->project();
    const Activity &meetings = activityTitled(project, QStringLiteral("Network meetings"));
    open.window.findChild<ProgrammePage *>()->showEntity(int(EntityType::Activity), meetings.id);
    const QString folder = open.folder.path(QStringLiteral("skemaer"));
    QDir().mkpath(folder);
    bool done = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<OutputDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        const auto *summary = dialog->findChild<QLabel *>(QStringLiteral("outputSummary"));
        // The key persons of the network meetings: twenty.
        CHECK(summary->text() == QStringLiteral("Schedules to write: 20 (a PDF and a calendar file each)"));
        QRadioButton *one = nullptr;
        for (QRadioButton *choice : dialog->findChildren<QRadioButton *>())
            if (choice->text().remove(QLatin1Char('&')) == QStringLiteral("One participant:"))
                one = choice;
        REQUIRE(one);
        one->setChecked(true);
        CHECK(summary->text() == QStringLiteral("Type the participant's name or e-mail address."));
        CHECK_FALSE(buttonCalled(dialog, QStringLiteral("Save to Folder…"))->isEnabled());
        one->setChecked(false);
        dialog->findChildren<QRadioButton *>().front()->setChecked(true);
        QTimer::singleShot(0, [&] {
            auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            REQUIRE(files);
            files->setDirectory(folder);
            files->selectFile(folder);
            static_cast<QDialog *>(files)->accept();
        });
        buttonCalled(dialog, QStringLiteral("Save to Folder…"))->click();
        done = true;
    });
    open.window.findChild<QAction *>(QStringLiteral("exportSchedulesAction"))->trigger();
    REQUIRE(done);
    CHECK(QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files).size() == 20);
    CHECK(QDir(folder).entryList({QStringLiteral("*.ics")}, QDir::Files).size() == 20);
}
