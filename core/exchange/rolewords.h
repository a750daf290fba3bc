// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/participant.h"

#include <QString>

#include <optional>

namespace Akademiplan {

// The role a spreadsheet's role or job title means: "Leder", "Skoleleder", "Centerchef" and
// "Manager" are managers, "Byrådsmedlem", "Kommunalbestyrelsesmedlem" and "Borgmester"
// politicians, "Nøgleperson" a key person, "Ekstern" and "Partner" external partners,
// "Medarbejder" an employee; the role names in either language, as the export writes them, too.
class RoleWords
{
public:
    // Nothing for a word that says no known role ("Sagsbehandler"); an empty text is an employee,
    // the role most people in a municipality have.
    static std::optional<ParticipantRole> roleOf(const QString &text);
};

} // namespace Akademiplan
