// SPDX-License-Identifier: MPL-2.0
#include "participantexport.h"

#include "csvwriter.h"
#include "domain/domainlabels.h"
#include "domain/project.h"
#include "exportfile.h"
#include "participantcolumns.h"

#include <QCollator>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace Akademiplan {

QList<QStringList> ParticipantExport::rows(const Project &project, const ExportScope &scope)
{
    const bool withStatus = scope.trackId != 0 || scope.activityId != 0;
    // Who is in the scope, with their enrolment's status where there is one.
    QHash<qint64, EnrolmentStatus> statusOf;
    QSet<qint64> academyTracks;
    QSet<qint64> academyActivities;
    if (scope.academyId != 0 && !withStatus) {
        for (const Track *track : project.tracksOf(scope.academyId)) {
            academyTracks.insert(track->id);
            for (const Activity *activity : project.activitiesOf(track->id))
                academyActivities.insert(activity->id);
        }
    }
    if (scope.academyId != 0 || withStatus) {
        for (const Enrolment &enrolment : project.enrolments) {
            const bool inScope = withStatus ? (scope.trackId != 0 ? enrolment.trackId == scope.trackId
                                                                  : enrolment.activityId == scope.activityId)
                                            : academyTracks.contains(enrolment.trackId)
                                                  || academyActivities.contains(enrolment.activityId);
            if (inScope)
                statusOf.insert(enrolment.participantId, enrolment.status);
        }
    }
    std::vector<const Participant *> people;
    for (const Participant &participant : project.participants)
        if ((scope.academyId == 0 && !withStatus) || statusOf.contains(participant.id))
            people.push_back(&participant);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(people.begin(), people.end(), [&collator](const Participant *a, const Participant *b) {
        return collator.compare(a->name, b->name) < 0;
    });

    QList<QStringList> rows;
    rows.reserve(qsizetype(people.size()) + 1);
    QStringList header = ParticipantColumns::exportHeaders();
    if (withStatus)
        header.append(tr("Status"));
    rows.append(header);
    for (const Participant *person : people) {
        const Organisation *organisation = project.organisations.find(person->organisationId);
        QStringList row{person->name, person->email, person->phone, DomainLabels::label(person->role),
                        organisation ? organisation->name : QString()};
        if (withStatus)
            row.append(DomainLabels::label(statusOf.value(person->id)));
        rows.append(row);
    }
    return rows;
}

bool ParticipantExport::write(const Project &project, const ExportScope &scope, const QString &path, QString *error,
                              int *people)
{
    const QList<QStringList> list = rows(project, scope);
    if (!ExportFile::write(path, CsvWriter::write(list), error))
        return false;
    if (people)
        *people = int(list.size()) - 1;
    return true;
}

} // namespace Akademiplan
