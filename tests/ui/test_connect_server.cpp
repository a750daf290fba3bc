// SPDX-License-Identifier: MPL-2.0
// File › Connect to Server… as a consultant uses it, against a real team server: the dialog
// builds the address, lists the projects the user may see, and opens one in the window like a
// file; what a colleague then changes shows in the window's navigator within a second.
#include "catch.h"
#include "connectserverdialog.h"
#include "document/document.h"
#include "editor/projecteditor.h"
#include "programmepage.h"
#include "teamserver.h"
#include "widgetfinders.h"
#include "windowfixture.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QStatusBar>
#include <QDeadlineTimer>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTreeView>
#include <QTreeWidget>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

bool modelHolds(const QAbstractItemModel *model, const QString &text, const QModelIndex &parent = QModelIndex())
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString() == text || modelHolds(model, text, index))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("Connect to Server lists the user's projects and opens one that follows a colleague's edits",
          "[ui][server]")
{
    const TeamServer team;
    const ServerAddress lene = team.address(QStringLiteral("lene"));
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    QStringList seen;
    whenOpen([&](QWidget *open) {
        auto *dialog = qobject_cast<ConnectServerDialog *>(open);
        if (!dialog)
            return false;
        dialog->findChild<QLineEdit *>(QStringLiteral("serverHost"))->setText(lene.host);
        dialog->findChild<QSpinBox *>(QStringLiteral("serverPort"))->setValue(lene.port);
        dialog->findChild<QLineEdit *>(QStringLiteral("serverDatabase"))->setText(lene.database);
        dialog->findChild<QLineEdit *>(QStringLiteral("serverUser"))->setText(lene.user);
        seen.append(dialog->findChild<QLabel *>(QStringLiteral("serverUri"))->text());
        dialog->findChild<QPushButton *>(QStringLiteral("connectButton"))->click();
        auto *projects = dialog->findChild<QTreeWidget *>(QStringLiteral("serverProjects"));
        seen.append(dialog->findChild<QLabel *>(QStringLiteral("serverStatus"))->text());
        for (int i = 0; i < projects->topLevelItemCount(); ++i)
            seen.append(projects->topLevelItem(i)->text(0) + QLatin1Char('|') + projects->topLevelItem(i)->text(1)
                        + QLatin1Char('|') + projects->topLevelItem(i)->text(3));
        buttonCalled(dialog, QStringLiteral("Open"))->click();
        return true;
    });
    window.findChild<QAction *>(QStringLiteral("connectServerAction"))->trigger();

    REQUIRE(seen.size() == 3);
    INFO(seen.join(QLatin1Char('\n')).toStdString());
    CHECK(seen.at(0) == lene.shown());
    // Without the English plural forms the tests run with, Qt writes "project(s)".
    CHECK(seen.at(1).startsWith(QStringLiteral("1 project")));
    CHECK(seen.at(1).endsWith(QStringLiteral(" that you may see.")));
    CHECK(seen.at(2) == QStringLiteral("Silkeborg|Innovation Academy Silkeborg 2027|change it"));
    Document *document = window.document();
    REQUIRE(document);
    CHECK(document->keepsEveryChange());
    CHECK(window.windowTitle().contains(QStringLiteral("Innovation Academy Silkeborg 2027 (team server)")));
    // The same file menu as a file's: Save records a revision in the change log, Save As writes a
    // file, and sharing, comparing and the change log work on the server's history.
    for (const char *name : {"saveAction", "saveAsAction", "shareCopyAction", "compareAction", "historyAction"}) {
        INFO(name);
        CHECK(window.findChild<QAction *>(QLatin1String(name))->isEnabled());
    }
    CHECK(window.statusBar()->findChild<QLabel *>(QStringLiteral("fileState"))->text()
          == QStringLiteral("Every change is stored on the team server as you make it"));
    int revisionsShown = -1;
    whenOpen([&](QWidget *open) {
        if (open->objectName() != QLatin1String("historyDialog"))
            return false;
        revisionsShown = open->findChild<QTableView *>(QStringLiteral("history"))->model()->rowCount();
        qobject_cast<QDialog *>(open)->reject();
        return true;
    });
    window.findChild<QAction *>(QStringLiteral("historyAction"))->trigger();
    CHECK(revisionsShown == int(document->project().info.history.size()));
    CHECK(revisionsShown > 0);

    // Anna renames an activity in her own window; Lene's navigator shows it within a second.
    FileProblem problem;
    std::unique_ptr<Document> anna = Document::openOnServer(team.address(QStringLiteral("anna")), team.project, &problem);
    REQUIRE(anna);
    Activity renamed = anna->project().activities.at(1);
    renamed.title = QStringLiteral("Idéværksted i Medborgerhuset");
    REQUIRE(ProjectEditor(*anna).update(renamed, QStringLiteral("title")).ok);
    REQUIRE(anna->finishWriting().isEmpty());
    const QAbstractItemModel *navigator = window.programmePage()->navigator()->model();
    const QDeadlineTimer deadline(5000);
    while (!modelHolds(navigator, renamed.title) && !deadline.hasExpired())
        QTest::qWait(20);
    CHECK(modelHolds(navigator, renamed.title));
}
