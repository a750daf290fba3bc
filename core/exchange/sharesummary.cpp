// SPDX-License-Identifier: MPL-2.0
#include "sharesummary.h"

#include "domain/domainlabels.h"
#include "domain/entitydescription.h"

#include <QLocale>

namespace Akademiplan {

namespace {

QString fieldLabel(EntityType type, const QString &column, const QString &name)
{
    if (column == QLatin1String("purpose"))
        return ShareSummary::tr("purpose");
    if (column == QLatin1String("consultant"))
        return ShareSummary::tr("consultant");
    if (column == QLatin1String("description"))
        return ShareSummary::tr("description");
    if (column == QLatin1String("facilitator"))
        return ShareSummary::tr("facilitator");
    return DomainLabels::fieldLabel(type, name);
}

} // namespace

QList<ShareSummary::FreeTextInUse> ShareSummary::freeTextInUse(const Project &project)
{
    QList<FreeTextInUse> inUse;
    forEachEntityType([&](auto entity) {
        using T = decltype(entity);
        for (const FieldDescription<T> &field : descriptionOf<T>().fields) {
            if (field.personalData != PersonalData::FreeText)
                continue;
            int filled = 0;
            for (const T &row : project.list<T>())
                filled += field.store(row).toString().trimmed().isEmpty() ? 0 : 1;
            if (filled > 0)
                inUse.append({entityTypeOf<T>(),
                              fieldLabel(entityTypeOf<T>(), QString(field.column), QString(field.name)), filled});
        }
    });
    return inUse;
}

QStringList ShareSummary::describe(const Project &project, const QString &fileName, const ShareOptions &options)
{
    const QLocale locale;
    QStringList lines;
    lines.append(tr("Made from revision %1 of %2.").arg(project.info.revision).arg(fileName));
    if (!options.recipient.trimmed().isEmpty())
        lines.append(tr("For: %1").arg(options.recipient.trimmed()));
    lines.append(tr("Academies: %1, tracks: %2, activities: %3, sessions: %4, organisations: %5.")
                     .arg(locale.toString(project.academies.size()), locale.toString(project.tracks.size()),
                          locale.toString(project.activities.size()), locale.toString(project.sessions.size()),
                          locale.toString(project.organisations.size())));
    lines.append(tr("Participants: %1, enrolments: %2, attendance records: %3.")
                     .arg(locale.toString(project.participants.size()), locale.toString(project.enrolments.size()),
                          locale.toString(project.attendances.size())));
    if (options.withoutPersonalData)
        lines.append(tr("Without personal data: names, e-mail addresses and phone numbers are left out, and each "
                        "person is shown by a neutral label such as “%1”. Roles, organisations, enrolments and "
                        "attendance stay, so the plan still shows coverage and numbers.")
                         .arg(SharedCopy::neutralLabel(DomainLabels::label(ParticipantRole::Manager), 12)));
    else
        lines.append(tr("With personal data: the names, e-mail addresses and phone numbers of %1 participants.")
                         .arg(locale.toString(project.participants.size())));
    const QList<FreeTextInUse> freeText = freeTextInUse(project);
    if (!freeText.isEmpty()) {
        QStringList fields;
        for (const FreeTextInUse &use : freeText)
            fields.append(tr("%1 of %2 (%3)", "field of entity type (rows with text)")
                              .arg(use.field, DomainLabels::label(use.type), locale.toString(use.filled)));
        lines.append(options.withoutFreeText
                         ? tr("Free text that may name people is left out: %1.").arg(fields.join(QLatin1String(", ")))
                         : tr("Free text that may name people is included; read it before you share: %1.")
                               .arg(fields.join(QLatin1String(", "))));
    }
    lines.append(tr("The sharing is recorded in %1, with the content as it is now, so that the copy can be "
                    "compared with it when it comes back.")
                     .arg(fileName));
    return lines;
}

} // namespace Akademiplan
