// SPDX-License-Identifier: MPL-2.0
#include "rolewords.h"

#include "domain/domainlabels.h"

#include <QHash>
#include <QStringList>

namespace Akademiplan {

namespace {

struct RoleStems
{
    ParticipantRole role;
    QStringList stems; // parts of a Danish compound or an English phrase
};

// Checked in this order: "ledende byrådsmedlem" is a politician, "nøgleperson og leder" a key
// person, before the broad manager and employee words get a say.
const QList<RoleStems> &roleStems()
{
    static const QList<RoleStems> stems = {
        {ParticipantRole::Politician,
         {QStringLiteral("politiker"), QStringLiteral("byråd"), QStringLiteral("kommunalbestyrelse"),
          QStringLiteral("borgerrepræsentation"), QStringLiteral("borgmester"), QStringLiteral("rådmand"),
          QStringLiteral("udvalgsformand"), QStringLiteral("politician"), QStringLiteral("council"),
          QStringLiteral("mayor")}},
        {ParticipantRole::KeyPerson,
         {QStringLiteral("nøgleperson"), QStringLiteral("innovationsagent"), QStringLiteral("ildsjæl"),
          QStringLiteral("key person"), QStringLiteral("keyperson"), QStringLiteral("champion")}},
        {ParticipantRole::ExternalPartner,
         {QStringLiteral("ekstern"), QStringLiteral("partner"), QStringLiteral("frivillig"),
          QStringLiteral("external"), QStringLiteral("volunteer")}},
        // A "chefkonsulent" or "specialkonsulent" is a senior employee, not a manager.
        {ParticipantRole::Employee, {QStringLiteral("konsulent"), QStringLiteral("consultant")}},
        {ParticipantRole::Manager,
         {QStringLiteral("leder"), QStringLiteral("ledende"), QStringLiteral("chef"), QStringLiteral("direktør"),
          QStringLiteral("manager"), QStringLiteral("director"), QStringLiteral("head of")}},
        {ParticipantRole::Employee,
         {QStringLiteral("medarbejder"), QStringLiteral("ansat"), QStringLiteral("employee"),
          QStringLiteral("staff")}},
    };
    return stems;
}

} // namespace

std::optional<ParticipantRole> RoleWords::roleOf(const QString &text)
{
    const QString word = text.simplified().toLower();
    if (word.isEmpty())
        return ParticipantRole::Employee;
    // The role names in the language the program speaks now (what its export wrote).
    for (const ParticipantRole role : {ParticipantRole::Employee, ParticipantRole::Manager,
                                       ParticipantRole::Politician, ParticipantRole::KeyPerson,
                                       ParticipantRole::ExternalPartner})
        if (word == DomainLabels::label(role).toLower() || word == DomainLabels::plural(role).toLower())
            return role;
    for (const RoleStems &entry : roleStems())
        for (const QString &stem : entry.stems)
            if (word.contains(stem))
                return entry.role;
    return std::nullopt;
}

} // namespace Akademiplan
