// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "entityheader.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace Akademiplan {

enum class ParticipantRole { Employee, Manager, Politician, KeyPerson, ExternalPartner };

// A person who may take part in an academy. Personal data: see the GDPR notes in docs/.
struct Participant : EntityHeader
{
    QString name;
    QString email;
    QString phone;
    ParticipantRole role = ParticipantRole::Employee;
    qint64 organisationId = 0; // 0 when the person belongs to no registered organisation

    bool operator==(const Participant &) const = default;
};

} // namespace Akademiplan
