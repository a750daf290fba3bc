// SPDX-License-Identifier: MPL-2.0
// The partner register in the window, as a consultant uses it: add a partner in the Partners
// tab with its contact and what it contributes, attach it to an activity from the activity's
// form, see the activity in the partner's list, go there with a double click, and undo.
#include "activityform.h"
#include "partnerform.h"
#include "partnerline.h"
#include "partnershippanel.h"
#include "partnerspage.h"
#include "programmepage.h"
#include "windowfixture.h"
#include "models/partnertablemodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

void typeInto(QLineEdit *field, const QString &text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Tab);
}

QStringList columnTexts(QTableView *table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        texts.append(table->model()->index(row, column).data().toString());
    return texts;
}

} // namespace

TEST_CASE("a partner added in the register with contact and contributions is attached to an activity and undone",
          "[ui][partners]")
{
    OpenWindow open;
    MainWindow &window = open.window;
    const Project &project = window.document()->project();
    PartnersPage *page = window.partnersPage();
    REQUIRE(page != nullptr);
    window.tabs()->setCurrentWidget(page);

    // The register lists the example's three partners and none of its departments.
    QTableView *partners = page->table();
    CHECK(partners->model()->rowCount() == 3);
    CHECK_FALSE(columnTexts(partners, PartnerTableModel::Name).contains(QStringLiteral("Health and Care")));

    QTest::mouseClick(page->addButton(), Qt::LeftButton);
    REQUIRE(partners->model()->rowCount() == 4);
    PartnerForm *form = page->form();
    REQUIRE(form->isVisible());
    typeInto(byAccessibleName<QLineEdit>(form, QStringLiteral("Partner name")), QStringLiteral("Silkeborg Bibliotekerne"));
    typeInto(byAccessibleName<QLineEdit>(form, QStringLiteral("Contact person")), QStringLiteral("Rikke Dahl"));
    typeInto(byAccessibleName<QLineEdit>(form, QStringLiteral("Contact person's e-mail")),
             QStringLiteral("rd@bibliotek.example"));
    for (QCheckBox *box : form->findChildren<QCheckBox *>())
        if (box->text() == QStringLiteral("Venue") || box->text() == QStringLiteral("Speaker"))
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(4, box->height() / 2));
    auto *agreement = byAccessibleName<QComboBox>(form, QStringLiteral("Agreement"));
    agreement->setCurrentIndex(agreement->findText(QStringLiteral("In dialogue")));

    const Organisation *library = nullptr;
    for (const Organisation &organisation : project.organisations)
        if (organisation.name == QStringLiteral("Silkeborg Bibliotekerne"))
            library = &organisation;
    REQUIRE(library != nullptr);
    const qint64 libraryId = library->id;
    CHECK(library->contactName == QStringLiteral("Rikke Dahl"));
    CHECK(library->contactEmail == QStringLiteral("rd@bibliotek.example"));
    CHECK(library->contributions.size() == 2);
    CHECK(library->contributions.contains(PartnerContribution::Venue));
    CHECK(library->agreement == AgreementStatus::InDialogue);
    // The list says so too.
    const int row = int(columnTexts(partners, PartnerTableModel::Name).indexOf(QStringLiteral("Silkeborg Bibliotekerne")));
    REQUIRE(row >= 0);
    CHECK(partners->model()->index(row, PartnerTableModel::Contact).data().toString() == QStringLiteral("Rikke Dahl"));
    CHECK(partners->model()->index(row, PartnerTableModel::Agreement).data().toString() == QStringLiteral("In dialogue"));

    // In the activity's form: Add Partner offers the register's partners.
    qint64 brownBag = 0;
    for (const Activity &activity : project.activities)
        if (activity.title == QStringLiteral("Brown-bag meetings"))
            brownBag = activity.id;
    REQUIRE(brownBag != 0);
    window.programmePage()->showEntity(int(EntityType::Activity), brownBag);
    window.tabs()->setCurrentWidget(window.programmePage());
    PartnerLine *line = window.programmePage()->activityForm()->partners();
    REQUIRE(line->isVisible());
    CHECK(line->names()->text() == QStringLiteral("No partners"));
    QStringList offered;
    whenOpen([&](QWidget *popup) {
        auto *menu = qobject_cast<QMenu *>(popup);
        if (!menu)
            return false;
        for (QAction *action : menu->actions()) {
            offered.append(action->text());
            if (action->text() == QStringLiteral("Silkeborg Bibliotekerne")) {
                menu->close();
                action->trigger();
            }
        }
        return true;
    });
    QTest::mouseClick(line->button(), Qt::LeftButton);
    CHECK(offered.contains(QStringLiteral("Lakeland Volunteer Centre")));
    CHECK_FALSE(offered.contains(QStringLiteral("Health and Care")));
    CHECK(line->names()->text() == QStringLiteral("Silkeborg Bibliotekerne"));

    // The register shows the activity in the partner's list, and a double click goes there.
    window.programmePage()->showEntity(int(EntityType::Academy), project.academies.items().front().id);
    window.tabs()->setCurrentWidget(page);
    partners->selectRow(row);
    REQUIRE(form->entityId() == libraryId);
    QTableView *places = form->places()->table();
    REQUIRE(places->model()->rowCount() == 1);
    const QModelIndex place = places->model()->index(0, 1);
    CHECK(place.data().toString().startsWith(QStringLiteral("Brown-bag meetings")));
    places->scrollTo(place);
    QTest::mouseClick(places->viewport(), Qt::LeftButton, {}, places->visualRect(place).center());
    QTest::mouseDClick(places->viewport(), Qt::LeftButton, {}, places->visualRect(place).center());
    CHECK(window.tabs()->currentWidget() == window.programmePage());
    CHECK(window.programmePage()->activityForm()->entityId() == brownBag);

    // One undo takes the partner off the activity again, and the lists follow.
    window.document()->undoStack()->undo();
    CHECK(line->names()->text() == QStringLiteral("No partners"));
    CHECK(places->model()->rowCount() == 0);
    CHECK(project.partnershipsOf(libraryId).empty());
}
