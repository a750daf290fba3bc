// SPDX-License-Identifier: MPL-2.0
#include "namedrows.h"

#include "domain/project.h"

#include <QStringList>

#include <vector>

namespace Akademiplan {

namespace {

struct Candidate
{
    qint64 id;
    QString name;
};

// 0 when nothing or more than one row answers to the name; `ambiguous` tells the two apart.
qint64 match(const std::vector<Candidate> &candidates, const QString &name, bool *ambiguous)
{
    *ambiguous = false;
    for (Qt::CaseSensitivity sensitivity : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        qint64 found = 0;
        int matches = 0;
        for (const Candidate &candidate : candidates) {
            if (candidate.name.compare(name, sensitivity) == 0) {
                found = candidate.id;
                ++matches;
            }
        }
        if (matches == 1)
            return found;
        if (matches > 1) {
            *ambiguous = true;
            return 0;
        }
    }
    return 0;
}

QString names(const std::vector<Candidate> &candidates)
{
    QStringList list;
    for (const Candidate &candidate : candidates)
        if (!list.contains(candidate.name))
            list.append(candidate.name);
    return list.join(QStringLiteral(", "));
}

} // namespace

qint64 NamedRows::academy(const Project &project, const QString &name, QString *error)
{
    if (name.isNull())
        return 0;
    std::vector<Candidate> candidates;
    for (const Academy &academy : project.academies)
        candidates.push_back({academy.id, academy.name});
    bool ambiguous = false;
    const qint64 id = match(candidates, name, &ambiguous);
    if (id == 0)
        *error = ambiguous ? tr("Several academies are called \"%1\".").arg(name)
                           : tr("No academy is called \"%1\"; the project has: %2").arg(name, names(candidates));
    return id;
}

qint64 NamedRows::track(const Project &project, const QString &name, qint64 academyId, QString *error)
{
    if (name.isNull())
        return 0;
    std::vector<Candidate> candidates;
    for (const Track &track : project.tracks)
        if (academyId == 0 || track.academyId == academyId)
            candidates.push_back({track.id, track.name});
    bool ambiguous = false;
    const qint64 id = match(candidates, name, &ambiguous);
    if (id == 0)
        *error = ambiguous ? tr("Several tracks are called \"%1\"; say which academy with --academy.").arg(name)
                           : tr("No track is called \"%1\"; there are: %2").arg(name, names(candidates));
    return id;
}

qint64 NamedRows::activity(const Project &project, const QString &name, qint64 academyId, qint64 trackId,
                           QString *error)
{
    if (name.isNull())
        return 0;
    std::vector<Candidate> candidates;
    for (const Activity &activity : project.activities) {
        const Track *track = project.tracks.find(activity.trackId);
        if ((trackId == 0 || activity.trackId == trackId)
            && (academyId == 0 || (track && track->academyId == academyId)))
            candidates.push_back({activity.id, activity.title});
    }
    bool ambiguous = false;
    const qint64 id = match(candidates, name, &ambiguous);
    if (id == 0)
        *error = ambiguous
                     ? tr("Several activities are called \"%1\"; say which track with --track.").arg(name)
                     : tr("No activity is called \"%1\"; there are: %2").arg(name, names(candidates));
    return id;
}

qint64 NamedRows::participant(const Project &project, const QString &email, QString *error)
{
    if (email.isNull())
        return 0;
    std::vector<Candidate> candidates;
    for (const Participant &participant : project.participants)
        if (!participant.email.isEmpty())
            candidates.push_back({participant.id, participant.email});
    bool ambiguous = false;
    const qint64 id = match(candidates, email.trimmed(), &ambiguous);
    // The addresses are not listed: they are personal data, and there may be thousands.
    if (id == 0)
        *error = ambiguous ? tr("Several participants have the e-mail address %1.").arg(email)
                           : tr("No participant has the e-mail address %1.").arg(email);
    return id;
}

} // namespace Akademiplan
