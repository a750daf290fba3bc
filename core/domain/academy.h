// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "entityheader.h"
#include "municipality.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace Akademiplan {

enum class AcademyStatus { Draft, Agreed, Running, Completed };

// An innovation academy: the programme one consultant designs with one or more municipalities.
struct Academy : EntityHeader
{
    QString name;
    QList<int> partnerMunicipalities; // kommunekoder besides the project's own municipality
    QDate startDate;
    QDate endDate;
    AcademyStatus status = AcademyStatus::Draft;
    QString purpose;
    QStringList focusAreas;
    QString consultant;
    CouncilName council = CouncilName::CityCouncil; // the municipality's, for the politicians' track
    // When the council usually meets, e.g. "last-tue" (see CouncilMeetings); empty when not known.
    QString councilMeetings;

    bool operator==(const Academy &) const = default;
};

} // namespace Akademiplan
