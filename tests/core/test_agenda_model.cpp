// SPDX-License-Identifier: MPL-2.0
// The agenda table of one session: its items in time order with when each runs, typing in a cell
// as one undo step, a new time moving the item to its place, adding and deleting as undo steps,
// and what cannot be taken said and left as it was.
#include "catch.h"
#include "editor/projecteditor.h"
#include "i18n/scopedlanguage.h"
#include "models/agendatablemodel.h"
#include "testfiles.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QUndoStack>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

// The example open for editing, with the table showing its longest agenda (the kick-off workshop).
struct AgendaFile
{
    TempFolder folder;
    QString path;
    std::unique_ptr<Document> document;
    std::unique_ptr<ProjectEditor> editor;
    std::unique_ptr<AgendaTableModel> model;
    qint64 sessionId = 0;

    explicit AgendaFile(bool readOnly = false)
        : path(makeProjectFile(folder, QStringLiteral("agenda.akademi"), true))
    {
        document = openDocument(path, readOnly);
        editor = std::make_unique<ProjectEditor>(*document);
        model = std::make_unique<AgendaTableModel>(document.get(), editor.get());
        QHash<qint64, int> items;
        for (const AgendaItem &item : project().agendaItems)
            if (++items[item.sessionId] > items.value(sessionId))
                sessionId = item.sessionId;
        REQUIRE(sessionId != 0);
        model->setSession(sessionId);
    }

    const Project &project() const { return document->project(); }
    const Session &session() const { return *project().sessions.find(sessionId); }
    QString text(int row, int column) const { return model->index(row, column).data().toString(); }
    int steps() const { return document->undoStack()->count(); }
    // The items of the session as the project holds them now, by their start.
    std::vector<const AgendaItem *> items() const
    {
        std::vector<const AgendaItem *> found;
        for (const AgendaItem &item : project().agendaItems)
            if (item.sessionId == sessionId)
                found.push_back(&item);
        std::stable_sort(found.begin(), found.end(),
                         [](const AgendaItem *a, const AgendaItem *b) { return a->startTime < b->startTime; });
        return found;
    }
};

} // namespace

TEST_CASE("the agenda table shows a session's items in time order each running until the next starts", "[agenda]")
{
    AgendaFile f;
    QAbstractItemModelTester tester(f.model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const std::vector<const AgendaItem *> items = f.items();
    REQUIRE(items.size() > 5);
    REQUIRE(f.model->rowCount() == int(items.size()));
    CHECK(f.model->columnCount() == 6);
    CHECK(f.model->headerData(AgendaTableModel::PlanB, Qt::Horizontal).toString() == QStringLiteral("Plan B"));
    const ScopedLanguage language(QLocale(QLocale::Danish, QLocale::Denmark));
    for (std::size_t i = 0; i < items.size(); ++i) {
        const int row = int(i);
        const QTime end = i + 1 < items.size() ? items[i + 1]->startTime : f.session().endTime;
        INFO(items[i]->what.toStdString());
        CHECK(f.model->idAt(row) == items[i]->id);
        CHECK(f.text(row, AgendaTableModel::Time)
              == QStringLiteral("%1–%2").arg(items[i]->startTime.toString(QStringLiteral("H.mm")),
                                             end.toString(QStringLiteral("H.mm"))));
        // The start alone is what is edited, as a Dane types it.
        CHECK(f.model->index(row, AgendaTableModel::Time).data(Qt::EditRole).toString()
              == items[i]->startTime.toString(QStringLiteral("H.mm")));
        CHECK(f.text(row, AgendaTableModel::What) == items[i]->what);
        CHECK(f.text(row, AgendaTableModel::PlanB) == items[i]->planB);
    }
    // Another session's agenda is another table.
    f.model->setSession(0);
    CHECK(f.model->rowCount() == 0);
}

TEST_CASE("typing in an agenda cell is one undo step and a new time moves the item to its place", "[agenda]")
{
    AgendaFile f;
    QAbstractItemModelTester tester(f.model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int start = f.steps();
    const int last = f.model->rowCount() - 1;
    const qint64 lastId = f.model->idAt(last);
    const QString before = f.text(last, AgendaTableModel::What);

    // Typing a word letter by letter, as the cell's editor hands it on, merges into one step.
    for (const QString &typed : {QStringLiteral("E"), QStringLiteral("Ev"), QStringLiteral("Evaluation")})
        REQUIRE(f.model->setData(f.model->index(last, AgendaTableModel::What), typed));
    CHECK(f.text(last, AgendaTableModel::What) == QStringLiteral("Evaluation"));
    CHECK(f.steps() == start + 1);

    // The last item moved to 8.30 goes first, and a view's place for it follows.
    const QPersistentModelIndex cell = f.model->index(last, AgendaTableModel::What);
    REQUIRE(f.model->setData(f.model->index(last, AgendaTableModel::Time), QStringLiteral("8.30")));
    CHECK(f.model->idAt(0) == lastId);
    CHECK(cell.row() == 0);
    CHECK(f.project().agendaItems.find(lastId)->startTime == QTime(8, 30));
    CHECK(f.steps() == start + 2);
    // It runs until the item that was first; the item now last runs until the session ends.
    CHECK(f.text(0, AgendaTableModel::Time).endsWith(f.text(1, AgendaTableModel::Time).section(QChar(0x2013), 0, 0)));

    f.document->undoStack()->undo();
    CHECK(f.model->idAt(last) == lastId);
    f.document->undoStack()->undo();
    CHECK(f.text(last, AgendaTableModel::What) == before);
    CHECK(f.steps() == start + 2); // undone, not gone: redo brings them back
    f.document->undoStack()->redo();
    CHECK(f.text(last, AgendaTableModel::What) == QStringLiteral("Evaluation"));
}

TEST_CASE("adding and deleting agenda items are undo steps and a new item goes after the last", "[agenda]")
{
    AgendaFile f;
    QAbstractItemModelTester tester(f.model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int rows = f.model->rowCount();
    const QTime lastStart = f.items().back()->startTime;
    const int start = f.steps();

    const int added = f.model->addItem();
    REQUIRE(added == rows);
    CHECK(f.model->rowCount() == rows + 1);
    const AgendaItem *item = f.project().agendaItems.find(f.model->idAt(added));
    REQUIRE(item);
    CHECK(item->sessionId == f.sessionId);
    CHECK(item->startTime > lastStart);
    CHECK(item->startTime < f.session().endTime);
    CHECK(f.steps() == start + 1);

    REQUIRE(f.model->removeItems({f.model->idAt(0), f.model->idAt(1)}));
    CHECK(f.model->rowCount() == rows - 1);
    CHECK(f.steps() == start + 2);
    f.document->undoStack()->undo();
    CHECK(f.model->rowCount() == rows + 1);
    f.document->undoStack()->undo();
    CHECK(f.model->rowCount() == rows);

    // Removing the session takes its agenda along, and the table empties.
    REQUIRE(f.editor->remove(EntityType::Session, f.sessionId).ok);
    CHECK(f.model->rowCount() == 0);
    CHECK(f.model->addItem() == -1);
    f.document->undoStack()->undo();
    CHECK(f.model->rowCount() == rows);
}

TEST_CASE("an agenda edit that cannot be taken says why and changes nothing", "[agenda]")
{
    SECTION("a time that cannot be read or is not there")
    {
        AgendaFile f;
        QSignalSpy refused(f.model.get(), &AgendaTableModel::refused);
        const int start = f.steps();
        const QString time = f.text(0, AgendaTableModel::Time);
        CHECK_FALSE(f.model->setData(f.model->index(0, AgendaTableModel::Time), QStringLiteral("25.00")));
        REQUIRE(refused.size() == 1);
        CHECK(refused.at(0).at(0).toString().contains(QStringLiteral("25.00")));
        // The rules refuse an item without a time, and the table says their reason.
        CHECK_FALSE(f.model->setData(f.model->index(0, AgendaTableModel::Time), QTime()));
        REQUIRE(refused.size() == 2);
        CHECK(refused.at(1).at(0).toString() == QStringLiteral("The agenda item needs the time it starts."));
        CHECK(f.text(0, AgendaTableModel::Time) == time);
        CHECK(f.steps() == start);
    }
    SECTION("a time outside the session is taken with a warning")
    {
        AgendaFile f;
        QSignalSpy warned(f.model.get(), &AgendaTableModel::warned);
        REQUIRE(f.model->setData(f.model->index(0, AgendaTableModel::Time), QStringLiteral("7")));
        REQUIRE(warned.size() == 1);
        CHECK(warned.at(0).at(0).toString().contains(QStringLiteral("outside its session")));
    }
    SECTION("a file open read-only")
    {
        AgendaFile f(true);
        QSignalSpy refused(f.model.get(), &AgendaTableModel::refused);
        const QString what = f.text(0, AgendaTableModel::What);
        CHECK_FALSE(f.model->setData(f.model->index(0, AgendaTableModel::What), QStringLiteral("Changed")));
        CHECK(f.model->addItem() == -1);
        CHECK(refused.size() == 2);
        CHECK_FALSE(refused.at(0).at(0).toString().isEmpty());
        CHECK(f.text(0, AgendaTableModel::What) == what);
    }
}
