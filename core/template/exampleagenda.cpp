// SPDX-License-Identifier: MPL-2.0
#include "exampleagenda.h"

namespace Akademiplan {

namespace {

struct Point
{
    QTime start;
    QString what, why, how, who, planB;
};

void add(std::vector<AnyEntity> &rows, qint64 sessionId, const QList<Point> &points)
{
    for (const Point &point : points) {
        AgendaItem item;
        // Placeholder ids of their own, apart from those of the other example rows.
        item.id = -80001 - qint64(rows.size());
        item.sessionId = sessionId;
        item.startTime = point.start;
        item.what = point.what;
        item.why = point.why;
        item.how = point.how;
        item.who = point.who;
        item.planB = point.planB;
        rows.emplace_back(item);
    }
}

} // namespace

std::vector<AnyEntity> ExampleAgenda::build(const ExamplePlanIds &plan, const QString &consultant)
{
    std::vector<AnyEntity> rows;
    add(rows, plan.kickOffSession,
        {{QTime(9, 0), tr("Welcome and check-in"), tr("Everyone arrives and knows what the day is for"),
          tr("A round in plenary: name, workplace and one hope for the year"), consultant,
          tr("If people are late: check in two by two and a short round after the break")},
         {QTime(9, 30), tr("The academy and the network's part in it"),
          tr("A shared picture of the four tracks and what the key persons carry between them"),
          tr("A short talk with questions, the year wheel on the wall"), tr("The municipal director and %1").arg(consultant),
          tr("If the director cannot come: a recorded greeting, and the consultant presents")},
         {QTime(10, 15), tr("Break"), QString(), QString(), QString(), QString()},
         {QTime(10, 30), tr("Choosing cases within the focus areas"),
          tr("Each key person works on a real task from their own workplace"),
          tr("A case market: a poster per case, dot voting, groups of four around the chosen cases"), consultant,
          tr("Fewer than three cases in a focus area: join it to the nearest one")},
         {QTime(12, 0), tr("Lunch"), QString(), QString(), QString(), QString()},
         {QTime(12, 45), tr("Method: from problem to prototype"),
          tr("A common way of working that the network meetings build on"),
          tr("An exercise in the case groups: define the problem, ideas, a first prototype on paper"), consultant,
          tr("If the room is too small: a walk-and-talk outside for the idea phase")},
         {QTime(14, 30), tr("Planning the year"), tr("Dates and promises before everyone goes home"),
          tr("Each group marks its milestones on the year wheel"), consultant,
          tr("The year plan is sent by e-mail the day after")},
         {QTime(15, 15), tr("Evaluation and check-out"), tr("What to change before the first network meeting"),
          tr("One word each, and a short questionnaire on paper"), consultant,
          tr("The questionnaire by e-mail if time runs out")}});
    add(rows, plan.startUpFriday,
        {{QTime(15, 0), tr("Arrival and coffee"), tr("A calm start after a working day"), tr("Coffee in the lobby"),
          tr("The conference centre"), QString()},
         {QTime(15, 30), tr("Welcome by the mayor"), tr("The council owns the programme"),
          tr("A short speech on why the municipality innovates"), tr("The mayor"),
          tr("The deputy mayor welcomes instead")},
         {QTime(16, 0), tr("What is public innovation?"), tr("A common language for the council and the administration"),
          tr("A talk with cases from other municipalities, questions at the tables"), consultant, QString()},
         {QTime(17, 30), tr("The council's role in innovation"),
          tr("Members say where the council sets the direction and where it gives room"),
          tr("Workshop in four groups across parties, each with a dilemma card"), consultant,
          tr("With fewer than 20 members: two groups")},
         {QTime(19, 0), tr("Dinner"), QString(), QString(), QString(), QString()},
         {QTime(20, 30), tr("Reflections and tomorrow's plan"), tr("End the day with what was learnt"),
          tr("A round at the tables, the Saturday programme on screen"), consultant, QString()}});
    return rows;
}

} // namespace Akademiplan
