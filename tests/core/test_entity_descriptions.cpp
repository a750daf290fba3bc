// SPDX-License-Identifier: MPL-2.0
// Each entity type is described once; everything that walks its fields follows that description.
// If the description and the file's tables drift apart, a column is lost without a word.
#include "catch.h"
#include "domain/domainlabels.h"
#include "domain/entitydescription.h"
#include "domain/removalplanner.h"
#include "storage/databaseconnection.h"
#include "testfiles.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>

using namespace Akademiplan;
using namespace Akademiplan::Test;

TEST_CASE("every entity description names exactly the columns of its table in a new file", "[descriptions]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("columns.akademi"), false);
    forEachEntityType([&](auto entity) {
        using T = decltype(entity);
        const QString table = descriptionOf<T>().table;
        INFO(table.toStdString());
        QSet<QString> inFile;
        for (const QVariant &column : queryFile(path, QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)))
            inFile.insert(column.toString());
        const QStringList described = columnsOf<T>();
        CHECK(inFile == QSet<QString>(described.begin(), described.end()));
        CHECK(tableName(entityTypeOf<T>()) == table);
    });
}

TEST_CASE("a reference always points to a type described before it, so one pass finds every cascade",
          "[descriptions]")
{
    int references = 0;
    forEachEntityType([&](auto entity) {
        using T = decltype(entity);
        for (const FieldDescription<T> &field : descriptionOf<T>().fields) {
            if (!field.isReference())
                continue;
            ++references;
            INFO(descriptionOf<T>().table.data() << "." << field.column.data());
            CHECK(int(field.reference.parent) < int(entityTypeOf<T>()));
            CHECK(field.reference.missingParent != nullptr);
        }
    });
    // 12 in the plan and its people, 6 in the budget (a cost line's academy, track and activity, a
    // staff rate's academy and organisation, a funding's academy), 5 in the evaluation (a programme
    // theory's academy, a learning goal's track, an indicator's academy and track, a measurement's
    // indicator), and an agenda item's session.
    CHECK(references == 24);
}

TEST_CASE("a participant's name, e-mail and phone and a partner's contact person are personal data", "[descriptions]")
{
    QStringList personal;
    QStringList freeText;
    forEachEntityType([&](auto entity) {
        using T = decltype(entity);
        for (const FieldDescription<T> &field : descriptionOf<T>().fields) {
            const QString name = QString(descriptionOf<T>().table) + QLatin1Char('.') + QString(field.name);
            if (field.personalData == PersonalData::Personal)
                personal.append(name);
            else if (field.personalData == PersonalData::FreeText)
                freeText.append(name);
        }
    });
    CHECK(personal
          == QStringList{QStringLiteral("organisation.contactName"), QStringLiteral("organisation.contactEmail"),
                         QStringLiteral("organisation.contactPhone"), QStringLiteral("participant.name"),
                         QStringLiteral("participant.email"), QStringLiteral("participant.phone")});
    CHECK(freeText.contains(QStringLiteral("organisation.notes")));
    CHECK(freeText.contains(QStringLiteral("partnership.note")));
    CHECK(freeText.contains(QStringLiteral("academy.consultant")));
    CHECK(freeText.contains(QStringLiteral("activity.facilitator")));
    // A cost line's description may name the facilitator it pays.
    CHECK(freeText.contains(QStringLiteral("cost_line.description")));
    // The programme theory is written with the municipality about its people: "Mette's team".
    CHECK(freeText.contains(QStringLiteral("programme_theory.managersBefore")));
    CHECK(freeText.contains(QStringLiteral("programme_theory.forWhom")));
    CHECK(freeText.contains(QStringLiteral("measurement.note")));
    // Who leads a point of the agenda, and the letter signed by its sender.
    CHECK(freeText.contains(QStringLiteral("agenda_item.who")));
    CHECK(freeText.contains(QStringLiteral("activity.invitation")));
}

TEST_CASE("two versions of a row differ in the fields the user changed, lists of roles in any order",
          "[descriptions]")
{
    Track before;
    before.name = QStringLiteral("Ledere som innovatører");
    before.targetRoles = {ParticipantRole::Manager, ParticipantRole::KeyPerson};
    before.colour = QColor(QStringLiteral("#2a7ab0"));
    Track after = before;
    after.targetRoles = {ParticipantRole::KeyPerson, ParticipantRole::Manager};
    after.modified = QDateTime::currentDateTimeUtc();
    after.changeCounter = 7;
    CHECK(changedFields(before, after).isEmpty());
    CHECK(sameFields(before, after));

    after.name = QStringLiteral("Ledere som innovatorer");
    after.goal = QStringLiteral("Nye ideer");
    CHECK(changedFields(before, after) == QStringList{QStringLiteral("name"), QStringLiteral("goal")});
}

TEST_CASE("a value written by the description reads back the same, and a foreign value is refused",
          "[descriptions]")
{
    const EntityDescription<Academy> &academies = descriptionOf<Academy>();
    Academy academy;
    academy.partnerMunicipalities = {740, 751};
    academy.startDate = QDate(2027, 2, 1);
    academy.endDate = QDate(2027, 12, 17);
    academy.status = AcademyStatus::Running;
    Academy read;
    for (const FieldDescription<Academy> &field : academies.fields)
        REQUIRE(field.load(read, field.store(academy)));
    CHECK(sameFields(read, academy));

    const FieldDescription<Academy> *status = academies.field(QLatin1String("status"));
    REQUIRE(status);
    CHECK_FALSE(status->load(read, QStringLiteral("kørende")));
    const FieldDescription<Academy> *partners = academies.field(QLatin1String("partnerMunicipalities"));
    CHECK_FALSE(partners->load(read, QStringLiteral("[\"Aarhus\"]")));
    const FieldDescription<Activity> *capacity = descriptionOf<Activity>().field(QLatin1String("capacity"));
    Activity activity;
    CHECK_FALSE(capacity->load(activity, QStringLiteral("tyve")));
    const FieldDescription<Participant> *organisation =
        descriptionOf<Participant>().field(QLatin1String("organisationId"));
    Participant participant;
    CHECK(organisation->load(participant, QVariant(QMetaType(QMetaType::LongLong))));
    CHECK(participant.organisationId == 0);
    CHECK(organisation->store(participant).isNull());
}

TEST_CASE("a field is written by hand as text, a whole number, a list, a date or a time, as its value is stored",
          "[descriptions]")
{
    forEachEntityType([&](auto entity) {
        using T = decltype(entity);
        for (const FieldDescription<T> &field : descriptionOf<T>().fields) {
            INFO(QString(descriptionOf<T>().table).toStdString() << "." << QString(field.name).toStdString());
            if (field.isReference()) {
                CHECK(field.shape == ValueShape::Number);
                continue;
            }
            const QVariant stored = field.store(T());
            switch (field.shape) {
            case ValueShape::Number: {
                // A number, or NULL for one that may be unknown (an actual cost), which reads back.
                T row;
                CHECK((stored.typeId() == QMetaType::LongLong || (stored.isNull() && field.load(row, stored))));
                break;
            }
            case ValueShape::List: CHECK(stored.toString() == QStringLiteral("[]")); break;
            case ValueShape::Text:
                CHECK(stored.typeId() == QMetaType::QString);
                CHECK(stored.toString() != QStringLiteral("[]"));
                break;
            case ValueShape::Date:
            case ValueShape::Time: {
                // Stored as ISO text, which is one of the forms a person may type.
                T row;
                const QString typed = field.shape == ValueShape::Date ? QStringLiteral("2027-03-04")
                                                                      : QStringLiteral("09:30");
                REQUIRE(field.load(row, typed));
                CHECK(field.store(row).toString() == typed);
                break;
            }
            }
        }
    });
}

TEST_CASE("every field a batch of changes can name is documented with its type, and no other", "[descriptions]")
{
    QFile file(QStringLiteral(AKADEMIPLAN_TEST_DATA "/../../docs/change-batch.md"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    // The rows of the table of fields: "| `type` | `field`, `field` | ...", a type's further rows "| | ...".
    QHash<QString, QSet<QString>> documented;
    QString type;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const QStringList cells = line.split(QLatin1Char('|'));
        if (cells.size() < 5 || !line.startsWith(QLatin1Char('|')))
            continue;
        const QString first = cells.at(1).trimmed();
        if (first.startsWith(QLatin1Char('`')))
            type = first.mid(1, first.size() - 2);
        else if (!first.isEmpty())
            continue;
        static const QRegularExpression name(QStringLiteral("`([A-Za-z]+)`"));
        for (const QRegularExpressionMatch &match : name.globalMatch(cells.at(2)))
            documented[type].insert(match.captured(1));
    }
    forEachEntityType([&](auto entity) {
        using T = decltype(entity);
        const QString table = descriptionOf<T>().table;
        INFO(table.toStdString());
        QSet<QString> described;
        for (const FieldDescription<T> &field : descriptionOf<T>().fields)
            described.insert(field.name);
        CHECK(documented.value(table) == described);
    });
}

TEST_CASE("SQLite's own error text never reaches the user untranslated", "[descriptions]")
{
    CHECK(DatabaseConnection::describe(QSqlError(QStringLiteral("disk I/O"), QStringLiteral("database or disk is full"),
                                                 QSqlError::StatementError, QStringLiteral("13")))
          == QStringLiteral("The disk is full."));
    const QString unknown = DatabaseConnection::describe(
        QSqlError(QStringLiteral("x"), QStringLiteral("weird internal thing"), QSqlError::UnknownError, QStringLiteral("99")));
    CHECK_FALSE(unknown.contains(QStringLiteral("weird internal thing")));
    CHECK(unknown.contains(QStringLiteral("99")));
}

TEST_CASE("modification times read back to the millisecond, in the program's form and in other ISO forms",
          "[descriptions]")
{
    const QDateTime moment(QDate(2026, 11, 29), QTime(14, 47, 40, 674), Qt::UTC);
    CHECK(timestampText(moment) == QStringLiteral("2026-11-29T14:47:40.674Z"));
    CHECK(parseTimestamp(timestampText(moment)) == moment);
    CHECK(parseTimestamp(QStringLiteral("2026-11-29T14:47:40Z")) == moment.addMSecs(-674));
    CHECK(parseTimestamp(QStringLiteral("2026-11-29T15:47:40.674+01:00")) == moment);
    CHECK_FALSE(parseTimestamp(QStringLiteral("2026-13-29T14:47:40.674Z")).isValid());
    CHECK_FALSE(parseTimestamp(QStringLiteral("yesterday")).isValid());
}

TEST_CASE("every field has a label in words, as the share dialog and the comparison name it", "[descriptions]")
{
    forEachEntityType([&](auto entity) {
        using T = decltype(entity);
        for (const FieldDescription<T> &field : descriptionOf<T>().fields) {
            const QString name = field.name;
            INFO(descriptionOf<T>().table.data() << "." << name.toStdString());
            CHECK(DomainLabels::hasFieldLabel(name));
        }
    });
}
