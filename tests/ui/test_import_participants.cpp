// SPDX-License-Identifier: MPL-2.0
// The import preview in the window: the file as read, every row with its problems before anything
// changes, the user's corrections (a column, a role word, leaving out rows), one undo step; and a
// list written for Excel from the File menu.
#include "document/document.h"
#include "exchange/csvreader.h"
#include "importparticipantsdialog.h"
#include "participantlistactions.h"
#include "participantspage.h"
#include "windowfixture.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

QByteArray dataBytes(const char *name)
{
    return readBytes(QStringLiteral(AKADEMIPLAN_TEST_DATA "/csv/") + QLatin1String(name));
}

QPushButton *importButton(ImportParticipantsDialog &dialog)
{
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    REQUIRE(button);
    return button;
}

QString cell(QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

} // namespace

TEST_CASE("The preview shows every row with its problems and imports nothing until they are dealt with", "[import-ui]")
{
    OpenWindow open;
    Workspace *workspace = open.window.workspace();
    const qsizetype people = workspace->document()->project().participants.size();
    ImportParticipantsDialog dialog(workspace, QStringLiteral("problems.csv"), dataBytes("problems.csv"), &open.window);
    dialog.show();

    CHECK(dialog.findChild<QLabel *>(QStringLiteral("detectedFormat"))->text().contains(QStringLiteral("Windows-1252")));
    auto *preview = dialog.findChild<QTableView *>(QStringLiteral("importPreview"));
    REQUIRE(preview->model()->rowCount() == 5);
    CHECK(cell(preview, 0, 2) == QStringLiteral("Søren Åberg"));
    CHECK(cell(preview, 1, 1) == QStringLiteral("Problem"));
    CHECK(cell(preview, 1, 7) == QStringLiteral("Navn: There is no name."));
    CHECK(cell(preview, 3, 7).contains(QStringLiteral("“Sagsbehandler” is not a role")));
    CHECK_FALSE(importButton(dialog)->isEnabled());

    // "Sagsbehandler" is an employee, the user says: that row is fine now.
    auto *roleChoice = dialog.findChild<QComboBox *>(QStringLiteral("roleChoice0"));
    REQUIRE(roleChoice);
    roleChoice->setCurrentIndex(roleChoice->findText(QStringLiteral("Employee")));
    QTRY_COMPARE(cell(preview, 3, 1), QStringLiteral("New"));
    CHECK_FALSE(importButton(dialog)->isEnabled());

    // The rest are left out.
    dialog.findChild<QCheckBox *>(QStringLiteral("skipProblems"))->setChecked(true);
    CHECK(importButton(dialog)->isEnabled());
    const QString summary = dialog.findChild<QLabel *>(QStringLiteral("importSummary"))->text();
    INFO(summary.toStdString());
    CHECK(summary.startsWith(QStringLiteral("2 new participant")));
    CHECK(summary.contains(QStringLiteral("3 left out for their problems")));
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    const Project &project = workspace->document()->project();
    CHECK(project.participants.size() == people + 2);

    // One undo step takes both people and their new organisations away again.
    workspace->document()->undoStack()->undo();
    CHECK(project.participants.size() == people);
}

TEST_CASE("Choosing another separator and column reads the file again", "[import-ui]")
{
    OpenWindow open;
    Workspace *workspace = open.window.workspace();
    ImportParticipantsDialog dialog(workspace, QStringLiteral("comma-utf8.csv"), dataBytes("comma-utf8.csv"),
                                    &open.window);
    dialog.show();
    auto *preview = dialog.findChild<QTableView *>(QStringLiteral("importPreview"));
    REQUIRE(preview->model()->rowCount() == 3);
    CHECK(cell(preview, 0, 2) == QStringLiteral("Hansen, Peter"));

    // Read with semicolons, the file is one column: no names can be found.
    auto *separator = dialog.findChild<QComboBox *>(QStringLiteral("separatorChoice"));
    separator->setCurrentIndex(separator->findData(QVariant(QLatin1Char(';'))));
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("importSummary"))->text().startsWith(QStringLiteral("No column holds the names")));
    CHECK_FALSE(importButton(dialog)->isEnabled());
    separator->setCurrentIndex(separator->findData(QVariant(QLatin1Char(','))));
    REQUIRE(preview->model()->rowCount() == 3);

    // The "Department" column is not imported when the user says so.
    auto *department = dialog.findChild<QComboBox *>(QStringLiteral("columnChoice4"));
    REQUIRE(department);
    CHECK(department->currentText() == QStringLiteral("Organisation"));
    department->setCurrentIndex(0);
    CHECK(cell(preview, 0, 6).isEmpty());
    // Giving the name to the e-mail column takes it from the name column.
    auto *email = dialog.findChild<QComboBox *>(QStringLiteral("columnChoice1"));
    email->setCurrentIndex(email->findText(QStringLiteral("Name")));
    CHECK(dialog.findChild<QComboBox *>(QStringLiteral("columnChoice0"))->currentIndex() == 0);
    CHECK(cell(preview, 0, 2) == QStringLiteral("peter.hansen@example.dk"));
}

TEST_CASE("Import and export are in the File menu and on the participants page", "[import-ui]")
{
    OpenWindow open;
    ParticipantListActions *actions = open.window.participantsPage()->listActions();
    bool importInMenu = false;
    bool exportInMenu = false;
    for (QMenu *menu : open.window.menuBar()->findChildren<QMenu *>()) {
        importInMenu = importInMenu || menu->actions().contains(actions->importAction());
        exportInMenu = exportInMenu || menu->actions().contains(actions->exportAction());
    }
    CHECK(importInMenu);
    CHECK(exportInMenu);
    CHECK(open.window.participantsPage()->findChild<QPushButton *>(QStringLiteral("importParticipantsActionButton")));

    // Everyone's list, as Excel opens it.
    const QString path = open.folder.path(QStringLiteral("alle.csv"));
    REQUIRE(actions->exportFile(ExportScope(), path));
    const CsvTable table = CsvReader::read(readBytes(path));
    CHECK(table.rows.size() == open.window.workspace()->document()->project().participants.size() + 1);
    CHECK(readBytes(path).startsWith("\xEF\xBB\xBF"));

    // A file that is not there is said once, and nothing opens.
    whenOpen([](QWidget *window) {
        auto *box = qobject_cast<QMessageBox *>(window);
        if (!box)
            return false;
        CHECK(box->text().contains(QStringLiteral("there is no such file")));
        box->accept();
        return true;
    });
    CHECK_FALSE(actions->importFile(open.folder.path(QStringLiteral("nowhere.csv"))));
}
