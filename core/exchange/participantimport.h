// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "csvformat.h"
#include "domain/anyentity.h"
#include "participantcolumns.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace Akademiplan {

class Project;

struct ImportOptions
{
    // What each of the file's columns holds; empty: as the headers say (ParticipantColumns).
    QList<ParticipantField> columns;
    // A person already in the project (by e-mail; without one, by name and organisation) gets the
    // file's details; otherwise the row is skipped.
    bool updateExisting = false;
    // Rows with problems are left out instead of stopping the import.
    bool skipRowsWithProblems = false;
    // The roles the user chose for role words the program does not know, by the word in lower case.
    QHash<QString, ParticipantRole> roleWords;
};

struct ImportProblem
{
    int column = -1; // the file's column, or -1 for the row as a whole
    QString message;
};

// One record of the file, as it will be imported.
struct ImportRow
{
    enum class Action { Add, Update, Unchanged, Skip, Reject };

    int rowNumber = 0; // as a spreadsheet shows it, the header being row 1
    Action action = Action::Add;
    // The person as the file describes them. The organisation id is an existing organisation's,
    // a negative placeholder for one the import creates, or 0.
    Participant person;
    QString organisationName;
    QString roleText;
    qint64 existingId = 0;
    QList<ImportProblem> problems; // what stops the row
    QString note;                  // what happens to it, when that is not plain "added"
};

// A participant list read from a CSV file and judged against the project before anything changes:
// each row's problems, who is new, who is already there, which organisations are new. What the
// preview shows is what ProjectEditor::importParticipants() does, all or nothing.
class ParticipantImport
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::ParticipantImport)

public:
    struct Counts
    {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int skipped = 0;
        int rejected = 0;
        int newOrganisations = 0;
    };

    static ParticipantImport prepare(const Project &project, const CsvTable &table, const ImportOptions &options);

    const CsvTable &table() const { return m_table; }
    const QList<ParticipantField> &columns() const { return m_columns; }
    const std::vector<ImportRow> &rows() const { return m_rows; }
    const Counts &counts() const { return m_counts; }
    // What makes the whole file unusable as it is mapped (no name column, an unclosed quote), or empty.
    const QString &fileProblem() const { return m_fileProblem; }
    // Role words no rule and no choice of the user explains, in the order they first appear.
    const QStringList &unknownRoleWords() const { return m_unknownRoleWords; }
    bool canImport() const;

    // The new organisations (negative placeholder ids) and people, for ProjectEditor::insertAll's rules.
    std::vector<AnyEntity> additions() const;
    // The people already in the project with the file's details.
    std::vector<AnyEntity> updates() const;

    // "row 5, column “E-mail”: …", one line per problem, for the command line.
    QStringList problemLines() const;
    // "12 new participants, 3 already in the project (skipped), 2 new organisations."
    QString summary() const;

private:
    void judge(const Project &project, const ImportOptions &options);

    CsvTable m_table;
    QList<ParticipantField> m_columns;
    std::vector<ImportRow> m_rows;
    QStringList m_newOrganisationNames; // placeholder -1 is the first
    QList<OrganisationKind> m_newOrganisationKinds;
    QStringList m_unknownRoleWords;
    Counts m_counts;
    QString m_fileProblem;
    bool m_skipRowsWithProblems = false;
};

} // namespace Akademiplan
