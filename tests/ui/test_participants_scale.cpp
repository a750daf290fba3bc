// SPDX-License-Identifier: MPL-2.0
// A large municipality's people: 10,000 participants in 25 organisations. The page must give the
// right rows and counts at that size for searching, filtering by role and organisation and
// sorting (how fast is not asserted here: a slow machine must not fail the suite).
#include "catch.h"
#include "editor/projecteditor.h"
#include "models/participanttablemodel.h"
#include "participantspage.h"
#include "testfiles.h"
#include "workspace.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

constexpr int people = 10000;
constexpr int organisationCount = 25;

const QStringList firstNames = {QStringLiteral("Anne"), QStringLiteral("Søren"), QStringLiteral("Mette"),
                                QStringLiteral("Lars"), QStringLiteral("Åse"),   QStringLiteral("Jens"),
                                QStringLiteral("Ærtebjerg"), QStringLiteral("Ida")};
const QStringList lastNames = {QStringLiteral("Jensen"), QStringLiteral("Nielsen"), QStringLiteral("Hansen"),
                               QStringLiteral("Møller"), QStringLiteral("Kjær"),    QStringLiteral("Holm"),
                               QStringLiteral("Østergaard")};

std::vector<AnyEntity> largeMunicipality()
{
    std::vector<AnyEntity> rows;
    for (int i = 0; i < organisationCount; ++i) {
        Organisation organisation;
        organisation.id = -(i + 1);
        organisation.name = QStringLiteral("Afdeling %1").arg(i + 1);
        rows.emplace_back(organisation);
    }
    for (int i = 0; i < people; ++i) {
        Participant participant;
        participant.id = -(i + 1);
        participant.name = QStringLiteral("%1 %2 %3")
                               .arg(firstNames.at(i % firstNames.size()), lastNames.at(i % lastNames.size()))
                               .arg(i + 1);
        participant.email = QStringLiteral("person%1@kommune.example").arg(i + 1);
        participant.phone = QStringLiteral("+45 %1").arg(20000000 + i);
        participant.role = ParticipantRole(i % 5);
        // Every 40th person belongs to no organisation.
        participant.organisationId = i % 40 == 0 ? 0 : -(i % organisationCount + 1);
        rows.emplace_back(participant);
    }
    return rows;
}

int matching(const Project &project, const std::function<bool(const Participant &)> &accept)
{
    return int(std::count_if(project.participants.begin(), project.participants.end(), accept));
}

void choose(QComboBox *combo, const QVariant &value)
{
    const int target = combo->findData(value);
    REQUIRE(target >= 0);
    while (combo->currentIndex() != target)
        QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
}

} // namespace

TEST_CASE("participants page at 10,000 people: search, filters, counts and sorting stay right", "[participants]")
{
    TempFolder folder;
    std::unique_ptr<Document> document = openDocument(makeProjectFile(folder, QStringLiteral("large.akademi"), false));
    ProjectEditor editor(*document);
    REQUIRE(editor.insertAll(QStringLiteral("import"), largeMunicipality()));
    const Project &project = document->project();
    REQUIRE(project.participants.size() == people);

    Workspace workspace(document.get());
    ParticipantsPage page(&workspace);
    page.resize(1280, 720);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("searchField"));
    auto *roles = page.findChild<QComboBox *>(QStringLiteral("roleFilter"));
    auto *organisations = page.findChild<QComboBox *>(QStringLiteral("organisationFilter"));
    auto *count = page.findChild<QLabel *>(QStringLiteral("countLabel"));
    auto *table = page.findChild<QTableView *>(QStringLiteral("participantTable"));
    const QAbstractItemModel *shown = table->model();
    CHECK(shown->rowCount() == people);
    CHECK(count->text() == QStringLiteral("Showing 10,000 of 10,000 people"));

    QTest::keyClicks(search, QStringLiteral("søren jensen"));
    const int sorenJensen = matching(project, [](const Participant &p) {
        return p.name.contains(QStringLiteral("Søren")) && p.name.contains(QStringLiteral("Jensen"));
    });
    REQUIRE(sorenJensen > 0);
    CHECK(shown->rowCount() == sorenJensen);
    CHECK(count->text() == QStringLiteral("Showing %1 of 10,000 people").arg(QLocale().toString(sorenJensen)));

    choose(roles, int(ParticipantRole::Politician));
    CHECK(shown->rowCount() == matching(project, [](const Participant &p) {
              return p.name.contains(QStringLiteral("Søren")) && p.name.contains(QStringLiteral("Jensen"))
                     && p.role == ParticipantRole::Politician;
          }));

    search->clear();
    CHECK(shown->rowCount() == people / 5);
    const qint64 seventh = project.organisations.items().at(6).id;
    choose(organisations, seventh);
    CHECK(shown->rowCount() == matching(project, [seventh](const Participant &p) {
              return p.organisationId == seventh && p.role == ParticipantRole::Politician;
          }));
    choose(roles, -1);
    const int inSeventh = matching(project, [seventh](const Participant &p) { return p.organisationId == seventh; });
    CHECK(shown->rowCount() == inSeventh);
    CHECK(count->text() == QStringLiteral("Showing %1 of 10,000 people").arg(inSeventh));
    choose(organisations, qint64(0));
    CHECK(shown->rowCount() == people / 40);

    // A number finds the one person whose e-mail has it, among thousands of phone numbers.
    choose(organisations, qint64(-1));
    QTest::keyClicks(search, QStringLiteral("person9999@"));
    REQUIRE(shown->rowCount() == 1);
    CHECK(shown->index(0, ParticipantTableModel::Email).data().toString()
          == QStringLiteral("person9999@kommune.example"));
    search->clear();

    // Sorting all of them by e-mail, then adding one more, keeps every row and the count right.
    table->sortByColumn(ParticipantTableModel::Email, Qt::AscendingOrder);
    CHECK(shown->index(0, ParticipantTableModel::Email).data().toString() == QStringLiteral("person1@kommune.example"));
    CHECK(shown->index(1, ParticipantTableModel::Email).data().toString() == QStringLiteral("person2@kommune.example"));
    Participant extra;
    extra.name = QStringLiteral("Zacharias Østergaard");
    REQUIRE(workspace.editor()->addParticipant(extra));
    CHECK(shown->rowCount() == people + 1);
    CHECK(count->text() == QStringLiteral("Showing 10,001 of 10,001 people"));
}
