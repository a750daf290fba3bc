// SPDX-License-Identifier: MPL-2.0
#include "participantcolumns.h"

#include <QHash>

namespace Akademiplan {

namespace {

const QHash<QString, ParticipantField> &knownHeaders()
{
    static const QHash<QString, ParticipantField> headers = [] {
        QHash<QString, ParticipantField> known;
        auto add = [&known](ParticipantField field, std::initializer_list<const char *> words) {
            for (const char *word : words)
                known.insert(ParticipantColumns::normalised(QString::fromUtf8(word)), field);
        };
        add(ParticipantField::Name, {"Navn", "Fulde navn", "Fuldt navn", "Deltager", "Deltagernavn", "Name",
                                     "Full name", "Participant"});
        add(ParticipantField::FirstName, {"Fornavn", "Fornavne", "First name", "Given name", "Firstname"});
        add(ParticipantField::LastName, {"Efternavn", "Last name", "Surname", "Family name", "Lastname"});
        add(ParticipantField::Email, {"E-mail", "Email", "Mail", "E-mailadresse", "Mailadresse", "E-post",
                                      "Email address", "E-mail address"});
        add(ParticipantField::Phone, {"Telefon", "Tlf.", "Tlf", "Telefonnummer", "Tlf.nr.", "Mobil",
                                      "Mobilnummer", "Mobiltelefon", "Phone", "Phone number", "Mobile",
                                      "Telephone"});
        add(ParticipantField::Role, {"Rolle", "Stilling", "Titel", "Funktion", "Role", "Job title", "Title",
                                     "Position"});
        add(ParticipantField::Organisation, {"Afdeling", "Forvaltning", "Organisation", "Enhed", "Arbejdssted",
                                             "Institution", "Virksomhed", "Organization", "Department", "Unit",
                                             "Workplace", "Company"});
        return known;
    }();
    return headers;
}

} // namespace

QString ParticipantColumns::normalised(const QString &header)
{
    // "E-mail:", "e mail" and "Email" are one header, as are "Tlf." and "tlf".
    QString key;
    for (const QChar c : header.toLower())
        if (c.isLetterOrNumber())
            key.append(c);
    return key;
}

ParticipantField ParticipantColumns::recognise(const QString &header)
{
    return knownHeaders().value(normalised(header), ParticipantField::Ignore);
}

QList<ParticipantField> ParticipantColumns::recognise(const QStringList &headers)
{
    QList<ParticipantField> fields;
    for (const QString &header : headers) {
        ParticipantField field = recognise(header);
        if (fields.contains(field))
            field = ParticipantField::Ignore;
        fields.append(field);
    }
    return fields;
}

QList<ParticipantField> ParticipantColumns::allFields()
{
    return {ParticipantField::Ignore, ParticipantField::Name,  ParticipantField::FirstName,
            ParticipantField::LastName, ParticipantField::Email, ParticipantField::Phone,
            ParticipantField::Role,   ParticipantField::Organisation};
}

QString ParticipantColumns::label(ParticipantField field)
{
    switch (field) {
    case ParticipantField::Ignore: return tr("(not imported)");
    case ParticipantField::Name: return tr("Name");
    case ParticipantField::FirstName: return tr("First name");
    case ParticipantField::LastName: return tr("Last name");
    case ParticipantField::Email: return tr("E-mail");
    case ParticipantField::Phone: return tr("Phone");
    case ParticipantField::Role: return tr("Role");
    case ParticipantField::Organisation: return tr("Organisation");
    }
    return {};
}

QStringList ParticipantColumns::exportHeaders()
{
    return {label(ParticipantField::Name), label(ParticipantField::Email), label(ParticipantField::Phone),
            label(ParticipantField::Role), label(ParticipantField::Organisation)};
}

} // namespace Akademiplan
