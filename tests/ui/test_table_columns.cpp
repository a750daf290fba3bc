// SPDX-License-Identifier: MPL-2.0
// Tables fit their columns to the content and the window: with a few people the names show whole,
// nothing scrolls sideways when everything fits, and the widths and the sort order the consultant
// chose come back at the next start, until Reset Column Widths gives the fitted widths back.
#include "catch.h"
#include "document/document.h"
#include "editor/projecteditor.h"
#include "fileactions.h"
#include "mainwindow.h"
#include "models/organisationtablemodel.h"
#include "models/participanttablemodel.h"
#include "participantpickerdialog.h"
#include "participantspage.h"
#include "testfiles.h"
#include "windowfixture.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

QTableView *participantsShown(MainWindow &window)
{
    window.tabs()->setCurrentWidget(window.participantsPage());
    QCoreApplication::processEvents();
    return visibleNamed<QTableView>(window.participantsPage(), QStringLiteral("participantTable"));
}

// Drags the right edge of a column's header sideways with the mouse, as a user widens a column.
void dragColumnEdge(QTableView *table, int column, int distance)
{
    QHeaderView *header = table->horizontalHeader();
    QWidget *viewport = header->viewport();
    const QPoint start(header->sectionViewportPosition(column) + header->sectionSize(column) - 1, header->height() / 2);
    QTest::mousePress(viewport, Qt::LeftButton, {}, start);
    // Moves with the button held, in a few steps as a hand makes them.
    for (int step = 1; step <= 4; ++step) {
        const QPoint at = start + QPoint(distance * step / 4, 0);
        QMouseEvent move(QEvent::MouseMove, at, viewport->mapToGlobal(at), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
    }
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, start + QPoint(distance, 0));
}

void clickHeader(QTableView *table, int column)
{
    QHeaderView *header = table->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(column) + 8, header->height() / 2));
}

// Chooses an entry of the header's right-click menu on `column` with the keyboard.
void chooseInHeaderMenu(QTableView *table, int column, const QString &text)
{
    QHeaderView *header = table->horizontalHeader();
    bool chosen = false;
    whenOpen([&](QWidget *open) {
        auto *menu = qobject_cast<QMenu *>(open);
        if (!menu)
            return false;
        for (QAction *action : menu->actions()) {
            if (action->text() == text && action->isEnabled()) {
                menu->setActiveAction(action);
                QTest::keyClick(menu, Qt::Key_Return);
                chosen = true;
                return true;
            }
        }
        menu->close();
        return true;
    });
    emit header->customContextMenuRequested(
        QPoint(header->sectionViewportPosition(column) + 8, header->height() / 2));
    REQUIRE(chosen);
}

int widthOfAllColumns(const QTableView *table)
{
    return table->horizontalHeader()->length();
}

Participant person(const QString &name, const QString &email, qint64 organisationId)
{
    Participant participant;
    participant.name = name;
    participant.email = email;
    participant.phone = QStringLiteral("+45 86 12 34 56");
    participant.role = ParticipantRole::Manager;
    participant.organisationId = organisationId;
    return participant;
}

} // namespace

TEST_CASE("with few people the names and organisations show whole and nothing scrolls sideways", "[ui][tables]")
{
    TempFolder folder;
    std::unique_ptr<Document> document = openDocument(makeProjectFile(folder, QStringLiteral("few.akademi"), false));
    ProjectEditor editor(*document);
    Organisation volunteers;
    volunteers.name = QStringLiteral("Ældresagen Silkeborg");
    volunteers.kind = OrganisationKind::VolunteerOrganisation;
    const EditResult organisation = editor.addOrganisation(volunteers);
    REQUIRE(organisation);
    REQUIRE(editor.addParticipant(
        person(QStringLiteral("Anne Jensen"), QStringLiteral("anne.jensen@silkeborg.dk"), organisation.id)));
    REQUIRE(editor.addParticipant(person(QStringLiteral("Bo Holm"), QStringLiteral("bho@silkeborg.dk"), 0)));

    Workspace workspace(document.get());
    ParticipantsPage page(&workspace);
    page.resize(1280, 720);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    QCoreApplication::processEvents();

    QTableView *people = visibleNamed<QTableView>(&page, QStringLiteral("participantTable"));
    const QFontMetrics metrics = people->fontMetrics();
    CHECK(people->columnWidth(ParticipantTableModel::Name) > metrics.horizontalAdvance(QStringLiteral("Anne Jensen")));
    CHECK(people->columnWidth(ParticipantTableModel::Email)
          > metrics.horizontalAdvance(QStringLiteral("anne.jensen@silkeborg.dk")));
    CHECK(people->columnWidth(ParticipantTableModel::Organisation)
          > metrics.horizontalAdvance(QStringLiteral("Ældresagen Silkeborg")));
    // The name takes the room that is left, not the e-mail address.
    CHECK(people->columnWidth(ParticipantTableModel::Name) > people->columnWidth(ParticipantTableModel::Email));
    CHECK(people->horizontalScrollBar()->maximum() == 0);
    CHECK(widthOfAllColumns(people) == people->viewport()->width());

    QTableView *organisations = visibleNamed<QTableView>(&page, QStringLiteral("organisationTable"));
    CHECK(organisations->columnWidth(OrganisationTableModel::Name)
          > metrics.horizontalAdvance(QStringLiteral("Ældresagen Silkeborg")));
    const QString kind = organisations->model()->index(0, OrganisationTableModel::Kind).data().toString();
    CHECK(organisations->columnWidth(OrganisationTableModel::Kind) > metrics.horizontalAdvance(kind));
    CHECK(organisations->horizontalScrollBar()->maximum() == 0);

    // A wider window gives the extra room to the names; the other columns keep their widths.
    const int email = people->columnWidth(ParticipantTableModel::Email);
    const int name = people->columnWidth(ParticipantTableModel::Name);
    page.resize(1500, 720);
    REQUIRE(QTest::qWaitFor([&] { return people->columnWidth(ParticipantTableModel::Name) > name; }));
    CHECK(people->columnWidth(ParticipantTableModel::Email) == email);
    CHECK(widthOfAllColumns(people) == people->viewport()->width());
}

TEST_CASE("the enrol dialog shows the people of the example without scrolling sideways", "[ui][tables]")
{
    OpenWindow open;
    const qint64 activity = open.window.document()->project().activities.items().front().id;
    ParticipantPickerDialog picker(open.window.workspace(), QStringLiteral("Enrol People"), 0, activity, &open.window);
    picker.show();
    REQUIRE(QTest::qWaitForWindowExposed(&picker));
    QCoreApplication::processEvents();
    QTableView *table = visibleNamed<QTableView>(&picker, QStringLiteral("pickerTable"));
    CHECK(table->horizontalScrollBar()->maximum() == 0);
    // Every name in view shows whole.
    const QFontMetrics metrics = table->fontMetrics();
    for (int row = 0; row < table->model()->rowCount() && table->rowViewportPosition(row) < table->viewport()->height();
         ++row) {
        const QString name = table->model()->index(row, ParticipantTableModel::Name).data().toString();
        CHECK(table->columnWidth(ParticipantTableModel::Name) > metrics.horizontalAdvance(name));
    }
}

TEST_CASE("a column width the user drags and the sort order come back at the next start", "[ui][tables]")
{
    int dragged = 0;
    int fitted = 0;
    {
        OpenWindow open;
        QTableView *table = participantsShown(open.window);
        fitted = table->columnWidth(ParticipantTableModel::Email);
        dragColumnEdge(table, ParticipantTableModel::Email, 90);
        dragged = table->columnWidth(ParticipantTableModel::Email);
        CHECK(dragged > fitted + 60);
        clickHeader(table, ParticipantTableModel::Role);
        CHECK(table->horizontalHeader()->sortIndicatorSection() == ParticipantTableModel::Role);
    } // the window closes, as when the program ends

    {
        OpenWindow again(QStringLiteral("another.akademi"));
        QTableView *table = participantsShown(again.window);
        CHECK(table->columnWidth(ParticipantTableModel::Email) == dragged);
        CHECK(table->horizontalHeader()->sortIndicatorSection() == ParticipantTableModel::Role);
        CHECK(table->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder);
        const QString first = table->model()->index(0, ParticipantTableModel::Role).data().toString();
        const QString last =
            table->model()->index(table->model()->rowCount() - 1, ParticipantTableModel::Role).data().toString();
        CHECK(QString::localeAwareCompare(first, last) < 0);

        // Another project opened in the same window keeps them too.
        REQUIRE(again.window.fileActions()->openFile(
            makeProjectFile(again.folder, QStringLiteral("third.akademi"), true)));
        table = participantsShown(again.window);
        CHECK(table->columnWidth(ParticipantTableModel::Email) == dragged);
        CHECK(table->horizontalHeader()->sortIndicatorSection() == ParticipantTableModel::Role);

        // The header's menu gives the column its fitted width back, also at the start after.
        chooseInHeaderMenu(table, ParticipantTableModel::Email, QStringLiteral("Reset Column Widths"));
        CHECK(table->columnWidth(ParticipantTableModel::Email) == fitted);
    }
    OpenWindow fourth(QStringLiteral("fourth.akademi"));
    CHECK(participantsShown(fourth.window)->columnWidth(ParticipantTableModel::Email) == fitted);
}
