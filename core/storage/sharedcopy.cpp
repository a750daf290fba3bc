// SPDX-License-Identifier: MPL-2.0
#include "sharedcopy.h"

#include "databaseconnection.h"
#include "domain/domainkeys.h"
#include "domain/domainlabels.h"
#include "domain/entitydescription.h"
#include "transactionguard.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Akademiplan {

namespace {

bool run(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = DatabaseConnection::describe(query.lastError());
    return false;
}

// Empties the fields of every type that hold this kind of data: every personal field (a
// participant's e-mail, a partner's contact person), or every free text.
bool emptyFields(DatabaseConnection &connection, PersonalData kind, QString *error)
{
    bool ok = true;
    forEachEntityType([&](auto entity) {
        using T = decltype(entity);
        QStringList assignments;
        for (const FieldDescription<T> &field : descriptionOf<T>().fields)
            if (field.personalData == kind)
                assignments.append(QStringLiteral("%1 = ''").arg(QString(field.column)));
        if (!ok || assignments.isEmpty())
            return;
        QSqlQuery empty(connection.database());
        empty.prepare(QStringLiteral("UPDATE %1 SET %2").arg(QString(descriptionOf<T>().table),
                                                             assignments.join(QLatin1String(", "))));
        ok = run(empty, error);
    });
    return ok;
}

// A participant's name, which the plan shows, becomes a neutral label rather than nothing.
bool labelPeople(DatabaseConnection &connection, QString *error)
{
    QSqlQuery people(connection.database());
    people.setForwardOnly(true);
    if (!people.exec(QStringLiteral("SELECT id, role FROM participant ORDER BY id"))) {
        *error = DatabaseConnection::describe(people.lastError());
        return false;
    }
    QSqlQuery replace(connection.database());
    replace.prepare(QStringLiteral("UPDATE participant SET name = ? WHERE id = ?"));
    QHash<QString, int> numbers;
    while (people.next()) {
        const QString roleKey = people.value(1).toString();
        const auto role = DomainKeys::parse<ParticipantRole>(roleKey);
        const QString roleLabel = role ? DomainLabels::label(*role) : roleKey;
        replace.addBindValue(SharedCopy::neutralLabel(roleLabel, ++numbers[roleKey]));
        replace.addBindValue(people.value(0));
        if (!run(replace, error))
            return false;
    }
    return true;
}

// The change log travels with the copy, without who saved each revision or the names of the files
// merged in, which may name people too.
bool forgetAuthors(DatabaseConnection &connection, QString *error)
{
    return connection.exec(QStringLiteral("UPDATE revision SET author = ''"), error)
           && connection.exec(QStringLiteral("UPDATE merge_record SET their_file = ''"), error);
}

} // namespace

QString SharedCopy::neutralLabel(const QString &roleLabel, int number)
{
    return tr("%1 %2", "a person's neutral label in a copy without personal data: role and number")
        .arg(roleLabel)
        .arg(number);
}

bool SharedCopy::write(const QString &scratch, const ShareRecord &share, const ShareOptions &options,
                       const QString &out, QString *error)
{
    DatabaseConnection connection;
    if (!connection.open(scratch, DatabaseConnection::Mode::ReadWrite, error))
        return false;
    {
        TransactionGuard transaction(connection);
        // The rows kept for the sharer's merges hold everyone's names as they were shared or taken
        // in before; they are the sharer's alone.
        QSqlQuery otherShares(connection.database());
        otherShares.prepare(QStringLiteral("DELETE FROM share WHERE uuid <> ?"));
        otherShares.addBindValue(share.uuid.toString(QUuid::WithoutBraces));
        QString ignored;
        const bool ok = transaction.isActive() && connection.exec(QStringLiteral("DELETE FROM share_base"), error)
                        && connection.exec(QStringLiteral("DELETE FROM merge_base"), error)
                        && run(otherShares, error)
                        && connection.exec(QStringLiteral("UPDATE project SET based_on_revision = revision, "
                                                          "based_on_revision_uuid = revision_uuid"),
                                           error)
                        && (!options.withoutPersonalData || emptyFields(connection, PersonalData::Personal, error))
                        && (!options.withoutPersonalData || labelPeople(connection, error))
                        && (!options.withoutPersonalData || forgetAuthors(connection, error))
                        && (!options.withoutFreeText || emptyFields(connection, PersonalData::FreeText, error));
        if (!ok)
            return false;
        if (!transaction.commit()) {
            *error = DatabaseConnection::describe(connection.database().lastError());
            return false;
        }
    }
    QSqlQuery vacuum(connection.database());
    vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(out);
    return connection.exec(QStringLiteral("PRAGMA synchronous = OFF"), error) && run(vacuum, error);
}

} // namespace Akademiplan
