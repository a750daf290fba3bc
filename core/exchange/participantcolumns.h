// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Akademiplan {

// What a column of a participant list holds.
enum class ParticipantField { Ignore, Name, FirstName, LastName, Email, Phone, Role, Organisation };

// Recognises the headers municipalities' spreadsheets use, in Danish and English ("Navn",
// "Fornavn" and "Efternavn", "E-mail", "Tlf.", "Stilling", "Forvaltning" …).
class ParticipantColumns
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::ParticipantColumns)

public:
    static ParticipantField recognise(const QString &header);
    // Lower case without the punctuation and spaces headers differ by: "E-mail:" and "email" are
    // one header.
    static QString normalised(const QString &header);
    // One field per header; a field is given to the first column that has it only.
    static QList<ParticipantField> recognise(const QStringList &headers);
    static QString label(ParticipantField field);
    static QList<ParticipantField> allFields();
    // The headers of the program's own export, in the UI language, in the order of the export's
    // columns.
    static QStringList exportHeaders();
};

} // namespace Akademiplan
