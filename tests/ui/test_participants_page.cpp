// SPDX-License-Identifier: MPL-2.0
// The participants page as the consultant uses it, on a real project file with the example
// academy (161 people in 10 organisations): finding people as one types, filtering by role and
// organisation, adding, editing and deleting people through the editor, and the organisations
// panel. Set AKADEMIPLAN_PARTICIPANTS_PNG to a folder to keep pictures of the page for a look by eye.
#include "catch.h"
#include "editor/projecteditor.h"
#include "enumcombodelegate.h"
#include "i18n/translations.h"
#include "models/participanttablemodel.h"
#include "participantdialog.h"
#include "participantspage.h"
#include "testfiles.h"
#include "windowfixture.h"
#include "workspace.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

struct ExamplePage
{
    TempFolder folder;
    std::unique_ptr<Document> document;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<ParticipantsPage> page;

    explicit ExamplePage(const std::vector<Participant> &extraPeople = {})
    {
        document = openDocument(makeProjectFile(folder, QStringLiteral("people.akademi"), true));
        for (const Participant &person : extraPeople)
            REQUIRE(ProjectEditor(*document).addParticipant(person));
        workspace = std::make_unique<Workspace>(document.get());
        page = std::make_unique<ParticipantsPage>(workspace.get());
        page->resize(1280, 720);
        page->show();
        activate();
    }

    // Shortcuts such as Delete and Ctrl+F only work in the active window; the test platform does
    // not give it back by itself when a dialog closes.
    void activate() const
    {
        page->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(page.get()));
    }

    template <typename T>
    T *child(const char *name) const
    {
        T *widget = page->findChild<T *>(QString::fromLatin1(name));
        REQUIRE(widget);
        return widget;
    }
    QLineEdit *search() const { return child<QLineEdit>("searchField"); }
    QComboBox *roleFilter() const { return child<QComboBox>("roleFilter"); }
    QComboBox *organisationFilter() const { return child<QComboBox>("organisationFilter"); }
    QLabel *count() const { return child<QLabel>("countLabel"); }
    QTableView *table() const { return child<QTableView>("participantTable"); }
    QTableView *organisationTable() const { return child<QTableView>("organisationTable"); }
    QAbstractItemModel *shown() const { return table()->model(); }
    const Project &project() const { return document->project(); }
    QUndoStack *undo() const { return document->undoStack(); }

    QStringList shownColumn(int column) const
    {
        QStringList values;
        for (int row = 0; row < shown()->rowCount(); ++row)
            values.append(shown()->index(row, column).data().toString());
        return values;
    }

    int shownRowOf(const QString &name) const { return int(shownColumn(ParticipantTableModel::Name).indexOf(name)); }

    qint64 organisationNamed(const QString &name) const
    {
        for (const Organisation &organisation : project().organisations)
            if (organisation.name == name)
                return organisation.id;
        FAIL("no organisation of that name");
        return 0;
    }

    void clickRow(int row, Qt::KeyboardModifiers modifiers = {}) const
    {
        const QRect cell = table()->visualRect(shown()->index(row, ParticipantTableModel::Phone));
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, modifiers, cell.center());
    }

    void clickHeader(int column) const
    {
        QHeaderView *header = table()->horizontalHeader();
        const QPoint point(header->sectionViewportPosition(column) + 6, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, point);
    }
};

// Chooses an entry with the arrow keys, as a keyboard user would.
void choose(QComboBox *combo, const QVariant &value)
{
    const int target = combo->findData(value);
    REQUIRE(target >= 0);
    while (combo->currentIndex() != target) {
        const int before = combo->currentIndex();
        QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
        REQUIRE(combo->currentIndex() != before);
    }
}

template <typename T>
T *openWindowOf(QWidget *owner)
{
    // Windows that closed before are deleted later; only the one on screen counts.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    for (T *window : owner->findChildren<T *>()) {
        if (window->isVisible()) {
            window->activateWindow();
            REQUIRE(QTest::qWaitForWindowActive(window));
            return window;
        }
    }
    FAIL("no such window is open");
    return nullptr;
}

// Enter in a cell editor commits a moment later (the view queues it), as in the program.
void finishEdit(QWidget *editor)
{
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
}

// Enter in a dialog "presses" its default button, which takes a moment to show the press.
bool closesAfterEnter(QDialog *dialog)
{
    const QPointer<QDialog> guard(dialog);
    QTest::keyClick(dialog, Qt::Key_Return);
    return QTest::qWaitFor([&guard] { return !guard || !guard->isVisible(); });
}

QPushButton *buttonWithText(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *button : box->buttons())
        if (button->text() == text)
            return qobject_cast<QPushButton *>(button);
    FAIL("no such button");
    return nullptr;
}

QString countText(int shown, int total)
{
    return QStringLiteral("Showing %1 of %2 people").arg(QLocale().toString(shown), QLocale().toString(total));
}

Participant person(const QString &name, ParticipantRole role = ParticipantRole::Employee, qint64 organisationId = 0)
{
    Participant participant;
    participant.name = name;
    participant.role = role;
    participant.organisationId = organisationId;
    return participant;
}

int enrolmentsOf(const Project &project, const QList<qint64> &ids)
{
    int count = 0;
    for (const Enrolment &enrolment : project.enrolments)
        count += ids.contains(enrolment.participantId) ? 1 : 0;
    return count;
}

void keepPicture(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("AKADEMIPLAN_PARTICIPANTS_PNG");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    REQUIRE(widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

// Danish for one test, English (locale and messages) again afterwards whatever happens.
struct DanishLocale
{
    DanishLocale() { QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark)); }
    ~DanishLocale() { Translations::install(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
};

} // namespace

TEST_CASE("participants page: the table lists everyone and says how many", "[participants]")
{
    ExamplePage page;
    CHECK(page.shown()->rowCount() == 161);
    CHECK(page.count()->text() == countText(161, 161));
    CHECK(page.search()->placeholderText() == QStringLiteral("Search name, e-mail, phone…"));
    CHECK(page.search()->isClearButtonEnabled());
    keepPicture(page.page.get(), QStringLiteral("participants-page"));
    page.page->resize(980, 620); // the main window's first size
    keepPicture(page.page.get(), QStringLiteral("participants-page-narrow"));
}

TEST_CASE("participants page: typing in the search field narrows the table at every keystroke", "[participants]")
{
    ExamplePage page({person(QStringLiteral("Anne Marie Jensen"))});
    const int total = 162;

    QTest::keyClicks(page.search(), QStringLiteral("j"));
    const int afterOneLetter = page.shown()->rowCount();
    CHECK(afterOneLetter < total);
    QTest::keyClicks(page.search(), QStringLiteral("ENSEN"));
    int expected = 0;
    for (const Participant &participant : page.project().participants)
        expected += (participant.name + participant.email).contains(QStringLiteral("jensen"), Qt::CaseInsensitive);
    REQUIRE(expected > 0);
    CHECK(page.shown()->rowCount() == expected);
    CHECK(page.shown()->rowCount() < afterOneLetter);
    for (int row = 0; row < page.shown()->rowCount(); ++row) {
        const QString text = page.shown()->index(row, ParticipantTableModel::Name).data().toString()
                             + page.shown()->index(row, ParticipantTableModel::Email).data().toString();
        CHECK(text.contains(QStringLiteral("jensen"), Qt::CaseInsensitive));
    }
    CHECK(page.count()->text() == countText(expected, total));
    keepPicture(page.page.get(), QStringLiteral("participants-search"));

    // Every word must match, wherever it is: a middle name does not stand in the way.
    page.search()->clear();
    QTest::keyClicks(page.search(), QStringLiteral("anne jensen"));
    const QStringList names = page.shownColumn(ParticipantTableModel::Name);
    CHECK(names.contains(QStringLiteral("Anne Marie Jensen")));
    for (const QString &name : names)
        CHECK((name.contains(QStringLiteral("Anne")) && name.contains(QStringLiteral("Jensen"))));

    page.search()->clear();
    CHECK(page.shown()->rowCount() == total);
    CHECK(page.count()->text() == countText(total, total));
}

TEST_CASE("participants page: the role filter shows exactly the 31 politicians of the example", "[participants]")
{
    ExamplePage page;
    choose(page.roleFilter(), int(ParticipantRole::Politician));
    CHECK(page.roleFilter()->currentText() == QStringLiteral("Politicians"));
    CHECK(page.shown()->rowCount() == 31);
    for (const QString &role : page.shownColumn(ParticipantTableModel::Role))
        CHECK(role == QStringLiteral("Politician"));
    CHECK(page.count()->text() == countText(31, 161));

    // Filters combine with the search.
    QTest::keyClicks(page.search(), QStringLiteral("jensen"));
    for (const QString &role : page.shownColumn(ParticipantTableModel::Role))
        CHECK(role == QStringLiteral("Politician"));
    choose(page.roleFilter(), -1);
    page.search()->clear();
    CHECK(page.shown()->rowCount() == 161);
}

TEST_CASE("participants page: the organisation filter shows its members and follows the organisations",
          "[participants]")
{
    ExamplePage page;
    QComboBox *filter = page.organisationFilter();
    // "All organisations", "No organisation", a separator and the ten organisations.
    CHECK(filter->count() == 13);
    CHECK(filter->itemText(0) == QStringLiteral("All organisations"));
    CHECK(filter->itemText(1) == QStringLiteral("No organisation"));

    const qint64 council = page.organisationNamed(QStringLiteral("The city council"));
    choose(filter, council);
    CHECK(page.shown()->rowCount() == 31);
    for (const QString &organisation : page.shownColumn(ParticipantTableModel::Organisation))
        CHECK(organisation == QStringLiteral("The city council"));

    const qint64 health = page.organisationNamed(QStringLiteral("Health and Care"));
    choose(filter, health);
    int members = 0, managers = 0;
    for (const Participant &participant : page.project().participants) {
        members += participant.organisationId == health;
        managers += participant.organisationId == health && participant.role == ParticipantRole::Manager;
    }
    CHECK(page.shown()->rowCount() == members);
    choose(page.roleFilter(), int(ParticipantRole::Manager));
    CHECK(page.shown()->rowCount() == managers);
    choose(page.roleFilter(), -1);

    choose(filter, qint64(0));
    CHECK(page.shown()->rowCount() == 0);
    REQUIRE(page.workspace->editor()->addParticipant(person(QStringLiteral("Uden Organisation"))));
    CHECK(page.shown()->rowCount() == 1);
    CHECK(page.count()->text() == countText(1, 162));

    // A new or renamed organisation appears in the filter at once.
    Organisation added;
    added.name = QStringLiteral("Aarhus Business College");
    const EditResult result = page.workspace->editor()->addOrganisation(added);
    REQUIRE(result);
    CHECK(filter->findData(result.id) >= 0);
    CHECK(filter->currentData().toLongLong() == 0); // the choice stays
    Organisation renamed = *page.project().organisations.find(health);
    renamed.name = QStringLiteral("Health, Care and Prevention");
    REQUIRE(page.workspace->editor()->update(renamed));
    CHECK(filter->findText(QStringLiteral("Health, Care and Prevention")) >= 0);

    // When the organisation one filters by is deleted, everyone shows again.
    choose(filter, health);
    REQUIRE(page.workspace->editor()->remove(EntityType::Organisation, health));
    CHECK(filter->currentIndex() == 0);
    CHECK(page.shown()->rowCount() == 162);
}

TEST_CASE("participants page: adding a person through the dialog adds a row as one undo step", "[participants]")
{
    ExamplePage page;
    const int steps = page.undo()->count();
    QTest::mouseClick(page.child<QPushButton>("addParticipantButton"), Qt::LeftButton);
    auto *dialog = openWindowOf<ParticipantDialog>(page.page.get());
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled()); // no name yet
    keepPicture(dialog, QStringLiteral("participant-dialog-empty"));

    CHECK(mnemonicsWithoutField(dialog).isEmpty());

    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameField"));
    QTest::keyClicks(name, QStringLiteral("Søren Kierkegaard"));
    CHECK(ok->isEnabled());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("emailField")),
                     QStringLiteral("soren.kierkegaard@silkeborg.dk"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("phoneField")), QStringLiteral("+45 86 82 00 00"));
    choose(dialog->findChild<QComboBox *>(QStringLiteral("roleField")), int(ParticipantRole::KeyPerson));
    const qint64 culture = page.organisationNamed(QStringLiteral("Culture, Sport and Leisure"));
    choose(dialog->findChild<QComboBox *>(QStringLiteral("organisationField")), culture);
    QTest::mouseClick(ok, Qt::LeftButton);

    CHECK_FALSE(dialog->isVisible());
    REQUIRE(page.project().participants.size() == 162);
    const Participant &added = page.project().participants.items().back();
    CHECK(added.name == QStringLiteral("Søren Kierkegaard"));
    CHECK(added.email == QStringLiteral("soren.kierkegaard@silkeborg.dk"));
    CHECK(added.phone == QStringLiteral("+45 86 82 00 00"));
    CHECK(added.role == ParticipantRole::KeyPerson);
    CHECK(added.organisationId == culture);
    CHECK(page.shown()->rowCount() == 162);
    CHECK(page.count()->text() == countText(162, 162));
    CHECK(page.page->selectedParticipantIds() == QList<qint64>{added.id}); // the new person is selected
    CHECK(page.undo()->count() == steps + 1);

    page.undo()->undo();
    CHECK(page.project().participants.size() == 161);
    CHECK(page.shown()->rowCount() == 161);
}

TEST_CASE("participants page: the dialog refuses an invalid e-mail address and says so under the field",
          "[participants]")
{
    ExamplePage page;
    QTest::mouseClick(page.child<QPushButton>("addParticipantButton"), Qt::LeftButton);
    auto *dialog = openWindowOf<ParticipantDialog>(page.page.get());
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *email = dialog->findChild<QLineEdit *>(QStringLiteral("emailField"));
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("emailError"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameField")), QStringLiteral("Mette Frederiksen"));
    QTest::keyClicks(email, QStringLiteral("mette@"));
    CHECK_FALSE(message->isVisible()); // no scolding while typing

    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK(dialog->isVisible());
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("not an e-mail address")));
    CHECK(page.project().participants.size() == 161);
    keepPicture(dialog, QStringLiteral("participant-dialog-invalid-email"));

    QTest::keyClicks(email, QStringLiteral("stm.dk"));
    CHECK_FALSE(message->isVisible()); // gone as soon as it is right
    REQUIRE(closesAfterEnter(dialog));
    CHECK(page.project().participants.items().back().email == QStringLiteral("mette@stm.dk"));
}

TEST_CASE("participants page: deleting two selected people removes them and their enrolments in one undo step",
          "[participants]")
{
    ExamplePage page;
    QSignalSpy selection(page.page.get(), &ParticipantsPage::selectionChanged);
    page.clickRow(3);
    page.clickRow(7, Qt::ControlModifier);
    CHECK(selection.count() >= 2);
    const QList<qint64> ids = page.page->selectedParticipantIds();
    REQUIRE(ids.size() == 2);
    const Project before = page.project();
    const int enrolments = enrolmentsOf(before, ids);
    REQUIRE(enrolments > 0);
    const int steps = page.undo()->count();

    page.table()->setFocus();
    QTest::keyClick(page.table(), Qt::Key_Delete);
    auto *box = openWindowOf<QMessageBox>(page.page.get());
    CHECK(box->text() == QStringLiteral("Delete 2 people?"));
    // The example has no attendance yet, so only the enrolments are mentioned.
    CHECK(box->informativeText()
          == QStringLiteral("Their %1 enrolments go too. You can undo this.").arg(enrolments));
    keepPicture(box, QStringLiteral("participants-delete-question"));
    QTest::mouseClick(buttonWithText(box, QStringLiteral("Delete")), Qt::LeftButton);

    CHECK(page.project().participants.size() == 159);
    for (qint64 id : ids)
        CHECK_FALSE(page.project().participants.contains(id));
    CHECK(enrolmentsOf(page.project(), ids) == 0);
    CHECK(page.shown()->rowCount() == 159);
    CHECK(page.count()->text() == countText(159, 159));
    CHECK(page.undo()->count() == steps + 1);

    page.undo()->undo();
    CHECK(contentOf(page.project()).participants.items() == contentOf(before).participants.items());
    CHECK(contentOf(page.project()).enrolments.items() == contentOf(before).enrolments.items());
    CHECK(page.shown()->rowCount() == 161);
}

TEST_CASE("participants page: deleting one person names them, and cancelling keeps them", "[participants]")
{
    ExamplePage page;
    page.clickRow(0);
    const QString name = page.shown()->index(0, ParticipantTableModel::Name).data().toString();
    QTest::mouseClick(page.child<QPushButton>("deleteParticipantsButton"), Qt::LeftButton);
    auto *box = openWindowOf<QMessageBox>(page.page.get());
    CHECK(box->text() == QStringLiteral("Delete %1?").arg(name));
    QTest::keyClick(box, Qt::Key_Escape);
    CHECK(page.project().participants.size() == 161);
}

TEST_CASE("participants page: a name edited in place goes through the editor and undo restores it",
          "[participants]")
{
    ExamplePage page;
    QTableView *table = page.table();
    const QModelIndex cell = page.shown()->index(0, ParticipantTableModel::Name);
    const QString oldName = cell.data().toString();
    const qint64 id = cell.data(ParticipantTableModel::IdRole).toLongLong();
    const int steps = page.undo()->count();

    table->setFocus();
    table->setCurrentIndex(cell);
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Aage Zahle"));
    finishEdit(editor);

    CHECK(page.project().participants.find(id)->name == QStringLiteral("Aage Zahle"));
    CHECK(page.undo()->count() == steps + 1);
    page.undo()->undo();
    CHECK(page.project().participants.find(id)->name == oldName);

    // A refused edit (no name) leaves the old name in the table and the project.
    QSignalSpy rejected(page.workspace->editor(), &ProjectEditor::editRejected);
    const QModelIndex again = page.shown()->index(page.shownRowOf(oldName), ParticipantTableModel::Name);
    table->setCurrentIndex(again);
    QTest::keyClick(table, Qt::Key_F2);
    editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(editor);
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Delete);
    finishEdit(editor);
    CHECK(rejected.count() == 1);
    CHECK(page.project().participants.find(id)->name == oldName);
    CHECK(page.shownRowOf(oldName) >= 0);
}

TEST_CASE("participants page: role and organisation are chosen in place from a list", "[participants]")
{
    ExamplePage page;
    QTableView *table = page.table();
    const QModelIndex role = page.shown()->index(0, ParticipantTableModel::Role);
    const qint64 id = role.data(ParticipantTableModel::IdRole).toLongLong();
    const ParticipantRole oldRole = page.project().participants.find(id)->role;
    const int steps = page.undo()->count();

    table->setFocus();
    table->setCurrentIndex(role);
    QTest::keyClick(table, Qt::Key_F2);
    auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
    REQUIRE(combo);
    CHECK(combo->count() == 5);
    const ParticipantRole newRole =
        oldRole == ParticipantRole::ExternalPartner ? ParticipantRole::Employee : ParticipantRole::ExternalPartner;
    // Stepping through the list with the arrows is one edit, made by Enter.
    choose(combo, int(newRole));
    CHECK(page.project().participants.find(id)->role == oldRole);
    finishEdit(combo);
    CHECK(page.project().participants.find(id)->role == newRole);
    CHECK(page.undo()->count() == steps + 1);

    // Picking from the open list is the whole edit.
    const int row = page.shownRowOf(page.project().participants.find(id)->name);
    const QModelIndex organisation = page.shown()->index(row, ParticipantTableModel::Organisation);
    table->setCurrentIndex(organisation);
    QTest::keyClick(table, Qt::Key_F2);
    combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
    REQUIRE(combo);
    CHECK(combo->count() == 11); // "No organisation" and the ten organisations
    CHECK(combo->itemText(0) == QStringLiteral("No organisation"));
    combo->showPopup();
    QAbstractItemView *list = combo->view();
    list->setCurrentIndex(list->model()->index(0, 0));
    QTest::keyClick(list, Qt::Key_Return);
    QCoreApplication::processEvents();
    CHECK(page.project().participants.find(id)->organisationId == 0);
    CHECK(page.undo()->count() == steps + 2);
}

TEST_CASE("participants page: double-click opens the person in the dialog and saves the change", "[participants]")
{
    ExamplePage page;
    const QModelIndex cell = page.shown()->index(2, ParticipantTableModel::Email);
    const qint64 id = cell.data(ParticipantTableModel::IdRole).toLongLong();
    const QPoint centre = page.table()->visualRect(cell).center();
    QTest::mouseClick(page.table()->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(page.table()->viewport(), Qt::LeftButton, {}, centre);
    auto *dialog = openWindowOf<ParticipantDialog>(page.page.get());
    CHECK(dialog->participant().id == id);
    auto *phone = dialog->findChild<QLineEdit *>(QStringLiteral("phoneField"));
    phone->selectAll();
    QTest::keyClicks(phone, QStringLiteral("+45 11 22 33 44"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    CHECK_FALSE(dialog->isVisible());
    CHECK(page.project().participants.find(id)->phone == QStringLiteral("+45 11 22 33 44"));

    // Enter on the table opens the dialog too; Cancel changes nothing.
    const int steps = page.undo()->count();
    page.activate();
    page.table()->setFocus();
    QTest::keyClick(page.table(), Qt::Key_Return);
    dialog = openWindowOf<ParticipantDialog>(page.page.get());
    QTest::keyClick(dialog, Qt::Key_Escape);
    CHECK(page.undo()->count() == steps);
}

TEST_CASE("participants page: sorting by name follows the language, with Ærø after Zahle in Danish",
          "[participants]")
{
    DanishLocale danish;
    ExamplePage page({person(QStringLiteral("Zahle")), person(QStringLiteral("Ærø")), person(QStringLiteral("Åge"))});
    const auto names = [&page] { return page.shownColumn(ParticipantTableModel::Name); };
    CHECK(names().indexOf(QStringLiteral("Ærø")) > names().indexOf(QStringLiteral("Zahle")));
    CHECK(names().indexOf(QStringLiteral("Åge")) > names().indexOf(QStringLiteral("Ærø")));
    CHECK(names().last() == QStringLiteral("Åge"));
    CHECK(page.count()->text() == QStringLiteral("Showing 164 of 164 people"));

    // By clicking the headers: another column, then the name again (ascending, as before).
    page.clickHeader(ParticipantTableModel::Email);
    CHECK(page.table()->horizontalHeader()->sortIndicatorSection() == ParticipantTableModel::Email);
    page.clickHeader(ParticipantTableModel::Name);
    CHECK(page.table()->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder);
    CHECK(names().indexOf(QStringLiteral("Ærø")) > names().indexOf(QStringLiteral("Zahle")));
    page.clickHeader(ParticipantTableModel::Name);
    CHECK(names().first() == QStringLiteral("Åge"));

    // English sorts Æ with the A's.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    page.clickHeader(ParticipantTableModel::Name);
    CHECK(names().indexOf(QStringLiteral("Ærø")) < names().indexOf(QStringLiteral("Zahle")));

    // Choosing Danish in the preferences re-sorts at once, with no click.
    REQUIRE(Translations::install(QLocale(QLocale::Danish, QLocale::Denmark)));
    QCoreApplication::processEvents();
    CHECK(names().indexOf(QStringLiteral("Ærø")) > names().indexOf(QStringLiteral("Zahle")));
    Translations::install(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCoreApplication::processEvents();
    CHECK(names().indexOf(QStringLiteral("Ærø")) < names().indexOf(QStringLiteral("Zahle")));
}

TEST_CASE("participants page: keyboard users reach everything, and Ctrl+F finds", "[participants]")
{
    ExamplePage page;
    page.table()->setFocus();
    QTest::keyClick(page.table(), Qt::Key_F, Qt::ControlModifier);
    CHECK(QApplication::focusWidget() == page.search());

    // Enter in the search field goes on to the first person found.
    QTest::keyClicks(page.search(), QStringLiteral("jensen"));
    QTest::keyClick(page.search(), Qt::Key_Return);
    CHECK(QApplication::focusWidget() == page.table());
    REQUIRE(page.page->selectedParticipantIds().size() == 1);
    CHECK(page.shown()->index(0, ParticipantTableModel::Name).data().toString().contains(QStringLiteral("Jensen")));
    page.search()->clear();

    // Delete in the search field deletes a letter, not people.
    QTest::keyClicks(page.search(), QStringLiteral("anne"));
    page.table()->selectRow(0);
    page.search()->setFocus();
    page.search()->setCursorPosition(0);
    QTest::keyClick(page.search(), Qt::Key_Delete);
    CHECK(page.search()->text() == QStringLiteral("nne"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(page.page->findChildren<QMessageBox *>().isEmpty());

    // Tab visits every control once, each with a name a screen reader can say.
    const QList<QWidget *> controls = {page.search(),
                                       page.roleFilter(),
                                       page.organisationFilter(),
                                       page.table(),
                                       page.child<QPushButton>("addParticipantButton"),
                                       page.child<QPushButton>("editParticipantButton"),
                                       page.child<QPushButton>("deleteParticipantsButton"),
                                       page.organisationTable(),
                                       page.child<QPushButton>("addOrganisationButton"),
                                       page.child<QPushButton>("deleteOrganisationButton")};
    QWidget *widget = page.search();
    for (qsizetype i = 1; i < controls.size(); ++i) {
        widget = widget->nextInFocusChain();
        while (!(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy())
            widget = widget->nextInFocusChain();
        CHECK(widget == controls.at(i));
    }
    for (QWidget *control : controls) {
        const auto *button = qobject_cast<QPushButton *>(control);
        CHECK_FALSE((button ? button->text() : control->accessibleName()).isEmpty());
    }
}

TEST_CASE("participants page: organisations are added, renamed in place and deleted without losing people",
          "[participants]")
{
    ExamplePage page;
    QTableView *organisations = page.organisationTable();
    CHECK(organisations->model()->rowCount() == 10);

    QTest::mouseClick(page.child<QPushButton>("addOrganisationButton"), Qt::LeftButton);
    CHECK(page.project().organisations.size() == 11);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(editor); // the name is ready to be typed over
    CHECK(editor->text() == QStringLiteral("New organisation"));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Silkeborg Rowing Club"));
    finishEdit(editor);
    const qint64 club = page.organisationNamed(QStringLiteral("Silkeborg Rowing Club"));
    CHECK(page.organisationFilter()->findData(club) >= 0);

    const qint64 health = page.organisationNamed(QStringLiteral("Health and Care"));
    QList<qint64> members;
    for (const Participant &participant : page.project().participants)
        if (participant.organisationId == health)
            members.append(participant.id);
    REQUIRE_FALSE(members.isEmpty());
    for (int row = 0; row < organisations->model()->rowCount(); ++row) {
        const QModelIndex index = organisations->model()->index(row, 0);
        if (index.data().toString() == QStringLiteral("Health and Care"))
            organisations->selectRow(row);
    }
    QTest::mouseClick(page.child<QPushButton>("deleteOrganisationButton"), Qt::LeftButton);
    auto *box = openWindowOf<QMessageBox>(page.page.get());
    CHECK(box->informativeText().contains(QStringLiteral("%1 people stay").arg(members.size())));
    keepPicture(box, QStringLiteral("organisation-delete-question"));
    QTest::mouseClick(buttonWithText(box, QStringLiteral("Delete")), Qt::LeftButton);

    CHECK_FALSE(page.project().organisations.contains(health));
    for (qint64 id : members)
        CHECK(page.project().participants.find(id)->organisationId == 0);
    choose(page.organisationFilter(), qint64(0));
    CHECK(page.shown()->rowCount() == members.size());
    page.undo()->undo();
    CHECK(page.project().organisations.contains(health));
    CHECK(page.project().participants.find(members.first())->organisationId == health);
}

TEST_CASE("participants page: a read-only project can be searched but not changed", "[participants]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("readonly.akademi"), true);
    std::unique_ptr<Document> document = openDocument(path, true);
    REQUIRE(document->isReadOnly());
    Workspace workspace(document.get());
    ParticipantsPage page(&workspace);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto *table = page.findChild<QTableView *>(QStringLiteral("participantTable"));
    table->selectRow(0);
    CHECK(table->editTriggers() == QAbstractItemView::NoEditTriggers);
    CHECK_FALSE(page.addParticipantAction()->isEnabled());
    CHECK_FALSE(page.editParticipantAction()->isEnabled());
    CHECK_FALSE(page.deleteParticipantsAction()->isEnabled());
    CHECK(page.selectedParticipantIds().size() == 1); // the selection still serves e.g. a list to copy

    QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("searchField")), QStringLiteral("jensen"));
    CHECK(table->model()->rowCount() < 161);
}
