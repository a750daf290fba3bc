// SPDX-License-Identifier: MPL-2.0
#include "participantimport.h"

#include "csvreader.h"
#include "csvwriter.h"
#include "domain/domainlabels.h"
#include "domain/project.h"
#include "rolewords.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <limits>

namespace Akademiplan {

namespace {

QString key(const QString &text)
{
    return text.simplified().toCaseFolded();
}

bool isEmailAddress(const QString &text)
{
    static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return address.match(text).hasMatch();
}

// Who a row is, to find the same person twice: the e-mail address, else name and organisation.
QString identity(const QString &email, const QString &name, const QString &organisation)
{
    return email.isEmpty() ? QLatin1String("name:") + key(name) + QLatin1Char('\n') + key(organisation)
                           : QLatin1String("email:") + key(email);
}

} // namespace

ParticipantImport ParticipantImport::prepare(const Project &project, const CsvTable &table,
                                             const ImportOptions &options)
{
    ParticipantImport import;
    import.m_table = table;
    import.m_skipRowsWithProblems = options.skipRowsWithProblems;
    import.m_columns = options.columns.isEmpty() ? ParticipantColumns::recognise(table.header()) : options.columns;
    while (import.m_columns.size() < table.header().size())
        import.m_columns.append(ParticipantField::Ignore);
    import.judge(project, options);
    return import;
}

void ParticipantImport::judge(const Project &project, const ImportOptions &options)
{
    auto columnOf = [this](ParticipantField field) { return int(m_columns.indexOf(field)); };
    const int nameColumn = columnOf(ParticipantField::Name);
    const int firstNameColumn = columnOf(ParticipantField::FirstName);
    const int lastNameColumn = columnOf(ParticipantField::LastName);
    const int emailColumn = columnOf(ParticipantField::Email);
    const int phoneColumn = columnOf(ParticipantField::Phone);
    const int roleColumn = columnOf(ParticipantField::Role);
    const int organisationColumn = columnOf(ParticipantField::Organisation);

    if (m_table.rows.isEmpty()) {
        m_fileProblem = tr("The file holds no rows.");
        return;
    }
    if (const QString problem = CsvReader::structureProblem(m_table); !problem.isEmpty()) {
        m_fileProblem = problem;
        return;
    }
    if (nameColumn < 0 && firstNameColumn < 0 && lastNameColumn < 0) {
        m_fileProblem = tr("No column holds the names: choose which column is the name (or the first and "
                           "last name).");
        return;
    }

    QHash<QString, qint64> organisationIds;
    for (const Organisation &organisation : project.organisations)
        organisationIds.insert(key(organisation.name), organisation.id);
    QHash<QString, const Participant *> existing;
    existing.reserve(project.participants.size());
    for (const Participant &participant : project.participants) {
        const Organisation *organisation = project.organisations.find(participant.organisationId);
        const QString organisationName = organisation ? organisation->name : QString();
        existing.insert(identity(QString(), participant.name, organisationName), &participant);
        if (!participant.email.isEmpty())
            existing.insert(identity(participant.email, QString(), QString()), &participant);
    }
    QHash<QString, int> seen; // identity → index in m_rows
    QHash<qint64, bool> newOrganisationAllExternal;

    const qsizetype records = m_table.rows.size();
    m_rows.reserve(std::size_t(records > 0 ? records - 1 : 0));
    for (qsizetype r = 1; r < records; ++r) {
        const QStringList &cells = m_table.rows.at(r);
        auto cell = [&cells](int column) {
            return column >= 0 && column < cells.size() ? CsvWriter::plainValue(cells.at(column)).simplified()
                                                         : QString();
        };
        ImportRow row;
        row.rowNumber = m_table.rowNumbers.value(r, int(r) + 1);
        QString name = cell(nameColumn);
        if (name.isEmpty())
            name = QStringList{cell(firstNameColumn), cell(lastNameColumn)}.join(QLatin1Char(' ')).simplified();
        row.person.name = name;
        row.person.email = cell(emailColumn);
        row.person.phone = cell(phoneColumn);
        row.roleText = cell(roleColumn);
        row.organisationName = cell(organisationColumn);

        if (name.isEmpty())
            row.problems.append({nameColumn >= 0 ? nameColumn : firstNameColumn, tr("There is no name.")});
        if (!row.person.email.isEmpty() && !isEmailAddress(row.person.email))
            row.problems.append({emailColumn, tr("“%1” is not an e-mail address.").arg(row.person.email)});
        std::optional<ParticipantRole> role = RoleWords::roleOf(row.roleText);
        if (!role) {
            const auto chosen = options.roleWords.constFind(key(row.roleText));
            if (chosen != options.roleWords.constEnd()) {
                role = *chosen;
            } else {
                if (!m_unknownRoleWords.contains(row.roleText, Qt::CaseInsensitive))
                    m_unknownRoleWords.append(row.roleText);
                row.problems.append({roleColumn, tr("“%1” is not a role the program knows: choose the role it "
                                                    "means, or write employee, manager, politician, key person or "
                                                    "external partner.")
                                                     .arg(row.roleText)});
            }
        }
        row.person.role = role.value_or(ParticipantRole::Employee);

        // An organisation the project does not have yet is only created for a row that is added or
        // updated; until then its placeholder is kept back.
        const QString organisationKey = key(row.organisationName);
        const qint64 knownOrganisation = organisationIds.value(organisationKey, 0);
        const bool newOrganisation = !row.organisationName.isEmpty() && knownOrganisation == 0;
        row.person.organisationId = newOrganisation ? std::numeric_limits<qint64>::min() : knownOrganisation;

        const QString who = identity(row.person.email, row.person.name, row.organisationName);
        if (row.problems.isEmpty()) {
            if (const auto earlier = seen.constFind(who); earlier != seen.constEnd()) {
                const ImportRow &first = m_rows[std::size_t(*earlier)];
                const bool same = first.person.name == row.person.name && first.person.email == row.person.email
                                  && first.person.phone == row.person.phone && first.person.role == row.person.role
                                  && key(first.organisationName) == organisationKey;
                if (same) {
                    row.action = ImportRow::Action::Skip;
                    row.note = tr("The same as row %1.").arg(first.rowNumber);
                } else if (!row.person.email.isEmpty()) {
                    row.problems.append(
                        {emailColumn, tr("The same e-mail address as row %1, with other details.").arg(first.rowNumber)});
                } else {
                    row.problems.append({-1, tr("The same name and organisation as row %1, with other details; give "
                                                "one of them an e-mail address, or remove one.")
                                                 .arg(first.rowNumber)});
                }
            } else {
                seen.insert(who, int(m_rows.size()));
            }
        }

        if (row.problems.isEmpty() && row.action == ImportRow::Action::Add) {
            const Participant *person = existing.value(who, nullptr);
            // Someone with the same name in the same place but without an e-mail address is the
            // same person, who now gets one; with another address, it is someone else.
            if (!person && !row.person.email.isEmpty()) {
                person = existing.value(identity(QString(), row.person.name, row.organisationName), nullptr);
                if (person && !person->email.isEmpty())
                    person = nullptr;
            }
            if (person) {
                row.existingId = person->id;
                Participant updated = *person;
                // Only what the file says is taken over: an empty cell keeps what the project knows.
                if (!row.person.name.isEmpty())
                    updated.name = row.person.name;
                if (!row.person.email.isEmpty())
                    updated.email = row.person.email;
                if (!row.person.phone.isEmpty())
                    updated.phone = row.person.phone;
                if (!row.roleText.isEmpty())
                    updated.role = row.person.role;
                if (!row.organisationName.isEmpty())
                    updated.organisationId = row.person.organisationId;
                row.person = updated;
                if (updated == *person) {
                    row.action = ImportRow::Action::Unchanged;
                    row.note = tr("Already in the project, with the same details.");
                } else if (options.updateExisting) {
                    row.action = ImportRow::Action::Update;
                    row.note = tr("Already in the project as %1: the file's details replace theirs.").arg(person->name);
                } else {
                    row.action = ImportRow::Action::Skip;
                    row.note = tr("Already in the project as %1, with other details: skipped unless existing people "
                                  "are to be updated.")
                                   .arg(person->name);
                }
            }
        }
        if (!row.problems.isEmpty())
            row.action = ImportRow::Action::Reject;
        if (newOrganisation) {
            if (row.action == ImportRow::Action::Add || row.action == ImportRow::Action::Update) {
                qint64 id = organisationIds.value(organisationKey, 0);
                if (id == 0) {
                    m_newOrganisationNames.append(row.organisationName);
                    id = -qint64(m_newOrganisationNames.size());
                    organisationIds.insert(organisationKey, id);
                }
                row.person.organisationId = id;
                const bool external = row.person.role == ParticipantRole::ExternalPartner;
                newOrganisationAllExternal[id] = newOrganisationAllExternal.value(id, true) && external;
            } else {
                row.person.organisationId = 0;
            }
        }
        switch (row.action) {
        case ImportRow::Action::Add: ++m_counts.added; break;
        case ImportRow::Action::Update: ++m_counts.updated; break;
        case ImportRow::Action::Unchanged: ++m_counts.unchanged; break;
        case ImportRow::Action::Skip: ++m_counts.skipped; break;
        case ImportRow::Action::Reject: ++m_counts.rejected; break;
        }
        m_rows.push_back(std::move(row));
    }
    // A new organisation of external partners only is not a municipal department.
    for (qsizetype i = 0; i < m_newOrganisationNames.size(); ++i)
        m_newOrganisationKinds.append(newOrganisationAllExternal.value(-(i + 1), false) ? OrganisationKind::Other
                                                                                      : OrganisationKind::MunicipalDepartment);
    m_counts.newOrganisations = int(m_newOrganisationNames.size());
}

bool ParticipantImport::canImport() const
{
    return m_fileProblem.isEmpty() && (m_counts.rejected == 0 || m_skipRowsWithProblems)
           && m_counts.added + m_counts.updated > 0;
}

std::vector<AnyEntity> ParticipantImport::additions() const
{
    std::vector<AnyEntity> rows;
    rows.reserve(std::size_t(m_newOrganisationNames.size() + m_counts.added));
    for (qsizetype i = 0; i < m_newOrganisationNames.size(); ++i) {
        Organisation organisation;
        organisation.id = -(i + 1);
        organisation.name = m_newOrganisationNames.at(i);
        organisation.kind = m_newOrganisationKinds.value(i);
        rows.emplace_back(organisation);
    }
    qint64 placeholder = -qint64(m_newOrganisationNames.size());
    for (const ImportRow &row : m_rows) {
        if (row.action != ImportRow::Action::Add)
            continue;
        Participant person = row.person;
        person.id = --placeholder;
        rows.emplace_back(person);
    }
    return rows;
}

std::vector<AnyEntity> ParticipantImport::updates() const
{
    std::vector<AnyEntity> rows;
    for (const ImportRow &row : m_rows)
        if (row.action == ImportRow::Action::Update)
            rows.emplace_back(row.person);
    return rows;
}

QStringList ParticipantImport::problemLines() const
{
    QStringList lines;
    if (!m_fileProblem.isEmpty())
        return {m_fileProblem};
    const QStringList header = m_table.header();
    for (const ImportRow &row : m_rows) {
        for (const ImportProblem &problem : row.problems) {
            lines.append(problem.column >= 0
                             ? tr("row %1, column “%2”: %3").arg(row.rowNumber).arg(header.value(problem.column), problem.message)
                             : tr("row %1: %2").arg(row.rowNumber).arg(problem.message));
        }
    }
    return lines;
}

QString ParticipantImport::summary() const
{
    QStringList parts;
    parts.append(tr("%n new participant(s)", nullptr, m_counts.added));
    if (m_counts.updated > 0)
        parts.append(tr("%n updated", nullptr, m_counts.updated));
    if (m_counts.unchanged + m_counts.skipped > 0)
        parts.append(tr("%n skipped (already there or repeated)", nullptr, m_counts.unchanged + m_counts.skipped));
    if (m_counts.rejected > 0)
        parts.append(m_skipRowsWithProblems ? tr("%n left out for their problems", nullptr, m_counts.rejected)
                                            : tr("%n with problems", nullptr, m_counts.rejected));
    if (m_counts.newOrganisations > 0)
        parts.append(tr("%n new organisation(s)", nullptr, m_counts.newOrganisations));
    return parts.join(QLatin1String(", "));
}

} // namespace Akademiplan
