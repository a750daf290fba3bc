// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QtGlobal>

namespace Akademiplan {

// The example's rows its budget, evaluation plan and agendas refer to, by their placeholder ids.
struct ExamplePlanIds
{
    qint64 academy = 0;
    qint64 network = 0, leadership = 0, political = 0, organisational = 0; // tracks
    qint64 kickOff = 0, networkMeetings = 0;
    qint64 leadingInnovationGroups[3] = {};
    qint64 leadershipSeminar = 0;
    qint64 startUpSeminar = 0, masterclass = 0, themeDay = 0;
    qint64 brownBagMeetings = 0, innovationDay = 0;
    qint64 childrenAndYoungPeople = 0, healthAndCare = 0; // departments whose staff need cover
    qint64 kickOffSession = 0, startUpFriday = 0; // sessions with a timed agenda
};

} // namespace Akademiplan
