// SPDX-License-Identifier: MPL-2.0
#include "planindex.h"

#include "domain/municipalityregistry.h"
#include "i18n/displaytext.h"

#include <QCoreApplication>

namespace Akademiplan {

namespace {

qint64 minutesOf(const QDate &date, const QTime &time)
{
    return date.toJulianDay() * 24 * 60 + time.msecsSinceStartOfDay() / 60000;
}

} // namespace

PlanIndex::PlanIndex(const Project &project, const Session *replacement)
    : m_project(project)
{
    if (const auto municipality = MunicipalityRegistry::byCode(project.info.municipalityCode))
        m_region = municipality->region;

    m_sessions.reserve(std::size_t(project.sessions.size()));
    for (const Session &row : project.sessions) {
        const Session &session = replacement && replacement->id == row.id ? *replacement : row;
        SessionFacts facts;
        facts.session = &session;
        facts.activity = project.activities.find(session.activityId);
        facts.track = facts.activity ? project.tracks.find(facts.activity->trackId) : nullptr;
        facts.academy = facts.track ? project.academies.find(facts.track->academyId) : nullptr;
        if (session.date.isValid() && session.startTime.isValid() && session.endTime.isValid()) {
            facts.start = minutesOf(session.date, session.startTime);
            facts.end = minutesOf(session.date, session.endTime);
        }
        facts.location = facts.activity ? sessionPlace(session, *facts.activity) : session.location.trimmed();
        m_sessionsOfActivity[session.activityId].push_back(qsizetype(m_sessions.size()));
        m_sessions.push_back(std::move(facts));
    }
}

const PlanIndex::SessionFacts *PlanIndex::factsOf(qint64 sessionId) const
{
    const qsizetype position = m_project.sessions.positionOf(sessionId);
    if (position >= qsizetype(m_sessions.size()) || m_sessions[std::size_t(position)].session->id != sessionId)
        return nullptr;
    return &m_sessions[std::size_t(position)];
}

const std::vector<qsizetype> &PlanIndex::sessionsOfActivity(qint64 activityId) const
{
    static const std::vector<qsizetype> none;
    const auto it = m_sessionsOfActivity.constFind(activityId);
    return it == m_sessionsOfActivity.constEnd() ? none : *it;
}

bool PlanIndex::isForPoliticians(const Track &track)
{
    return track.kind == TrackKind::PoliticalInnovators || track.targetRoles.contains(ParticipantRole::Politician);
}

QString PlanIndex::describe(const SessionFacts &facts)
{
    const QString title = facts.activity ? facts.activity->title : QString();
    if (!facts.session->date.isValid())
        return QCoreApplication::translate("Akademiplan::PlanCheck", "“%1”, without a date").arg(title);
    return QCoreApplication::translate("Akademiplan::PlanCheck", "“%1” on %2")
        .arg(title, DisplayText::date(facts.session->date));
}

} // namespace Akademiplan
