// SPDX-License-Identifier: MPL-2.0
#include "differencetext.h"

#include "budget/moneyformat.h"
#include "domain/domainkeys.h"
#include "domain/domainlabels.h"
#include "domain/municipalityregistry.h"
#include "i18n/displaytext.h"
#include "planning/plancheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace Akademiplan {

namespace {

template <typename Enum>
QString enumText(const QVariant &stored)
{
    const auto value = DomainKeys::parse<Enum>(stored.toString());
    return value ? DomainLabels::label(*value) : stored.toString();
}

QStringList listItems(const QVariant &stored)
{
    QStringList items;
    for (const QJsonValue &item : QJsonDocument::fromJson(stored.toString().toUtf8()).array())
        items.append(item.isDouble() ? QString::number(item.toInteger()) : item.toString());
    return items;
}

} // namespace

DifferenceText::DifferenceText(const ProjectVersions &mine, const ProjectVersions &theirs)
    : m_mine(mine)
    , m_theirs(theirs)
{
}

template <typename T>
const RowVersion<T> *DifferenceText::find(const QUuid &uuid) const
{
    for (const ProjectVersions *versions : {&m_mine, &m_theirs}) {
        const auto found = versions->rows<T>().constFind(uuid);
        if (found != versions->rows<T>().cend())
            return &*found;
    }
    return nullptr;
}

QString DifferenceText::labelOf(EntityType type, const QUuid &uuid) const
{
    QString text;
    forEachEntityType([&](auto entity) {
        using T = decltype(entity);
        if (entityTypeOf<T>() != type)
            return;
        const RowVersion<T> *version = find<T>(uuid);
        if (!version) {
            text = tr("a removed %1").arg(DomainLabels::label(type));
            return;
        }
        const T &row = version->row;
        if constexpr (std::is_same_v<T, Academy> || std::is_same_v<T, Track> || std::is_same_v<T, Organisation>
                      || std::is_same_v<T, Participant>) {
            text = row.name;
        } else if constexpr (std::is_same_v<T, Activity>) {
            text = row.title;
        } else if constexpr (std::is_same_v<T, Session>) {
            // Numbered as the plan numbers them: by date within their activity.
            const QUuid activity = version->references.value(0);
            int number = 1;
            for (const RowVersion<Session> &other : m_mine.rows<Session>())
                if (other.references.value(0) == activity && other.row.uuid != uuid
                    && std::tie(other.row.date, other.row.startTime) < std::tie(row.date, row.startTime))
                    ++number;
            text = tr("Session %1 of %2").arg(number).arg(labelOf(EntityType::Activity, activity));
        } else if constexpr (std::is_same_v<T, Enrolment> || std::is_same_v<T, Partnership>) {
            // A person's enrolment or a partner's part: who (the first reference) in a track or an
            // activity (the second or third).
            const QUuid target = version->references.value(2).isNull() ? version->references.value(1)
                                                                       : version->references.value(2);
            const EntityType who = std::is_same_v<T, Enrolment> ? EntityType::Participant : EntityType::Organisation;
            text = tr("%1 in %2")
                       .arg(labelOf(who, version->references.value(0)),
                            labelOf(version->references.value(2).isNull() ? EntityType::Track : EntityType::Activity,
                                    target));
        } else if constexpr (std::is_same_v<T, Dismissal>) {
            text = tr("Dismissed warning: %1").arg(PlanCheck::kindLabel(row.kind));
        } else if constexpr (std::is_same_v<T, CostLine>) {
            text = row.description.isEmpty() ? DomainLabels::label(row.kind) : row.description;
        } else if constexpr (std::is_same_v<T, StaffRate>) {
            text = tr("Hourly cost of %1").arg(DomainLabels::plural(row.role));
        } else if constexpr (std::is_same_v<T, Funding>) {
            text = row.name.isEmpty() ? DomainLabels::label(row.kind) : row.name;
        } else if constexpr (std::is_same_v<T, ProgrammeTheory>) {
            text = tr("Programme theory");
        } else if constexpr (std::is_same_v<T, LearningGoal>) {
            text = tr("Learning goal: %1").arg(row.text);
        } else if constexpr (std::is_same_v<T, Indicator>) {
            text = row.name;
        } else if constexpr (std::is_same_v<T, Measurement>) {
            text = tr("Measurement %1").arg(DomainLabels::timing(row.timing, row.monthsAfter).toLower());
        } else if constexpr (std::is_same_v<T, AgendaItem>) {
            text = tr("Agenda at %1: %2").arg(DisplayText::time(row.startTime), row.what);
        } else {
            text = tr("%1 at %2")
                       .arg(labelOf(EntityType::Participant, version->references.value(1)),
                            labelOf(EntityType::Session, version->references.value(0)));
        }
    });
    return text;
}

QString DifferenceText::label(const Difference &difference) const
{
    if (difference.type == EntityType::Partnership) {
        // Said from the partner's side: "Frivilligcenter: added", grouped under the partner.
        if (const RowVersion<Partnership> *version = find<Partnership>(difference.uuid))
            return labelOf(EntityType::Organisation, version->references.value(0));
        return labelOf(difference.type, difference.uuid);
    }
    if (difference.type == EntityType::Enrolment || difference.type == EntityType::Attendance) {
        // Said from the person's side: "Anne Jensen: enrolled in Network meetings".
        QString person;
        forEachEntityType([&](auto entity) {
            using T = decltype(entity);
            if constexpr (std::is_same_v<T, Enrolment> || std::is_same_v<T, Attendance>)
                if (entityTypeOf<T>() == difference.type)
                    if (const RowVersion<T> *version = find<T>(difference.uuid))
                        person = labelOf(EntityType::Participant,
                                         version->references.value(std::is_same_v<T, Enrolment> ? 0 : 1));
        });
        return person;
    }
    return labelOf(difference.type, difference.uuid);
}

QString DifferenceText::rowLabel(const Difference &difference) const
{
    QString text;
    auto target = [this](const auto *version) {
        const bool inActivity = !version->references.value(2).isNull();
        return labelOf(inActivity ? EntityType::Activity : EntityType::Track,
                       version->references.value(inActivity ? 2 : 1));
    };
    if (difference.type == EntityType::Enrolment) {
        if (const RowVersion<Enrolment> *version = find<Enrolment>(difference.uuid))
            text = target(version);
    } else if (difference.type == EntityType::Partnership) {
        if (const RowVersion<Partnership> *version = find<Partnership>(difference.uuid))
            text = target(version);
    } else if (difference.type == EntityType::Attendance) {
        if (const RowVersion<Attendance> *version = find<Attendance>(difference.uuid))
            text = labelOf(EntityType::Session, version->references.value(0));
    }
    return text.isEmpty() ? label(difference) : text;
}

QList<DifferenceText::GroupLevel> DifferenceText::group(const Difference &difference) const
{
    const GroupLevel people{QUuid(), tr("People and organisations")};
    // Walks up the first reference of each row: session, activity, track, academy.
    auto parentOf = [this](EntityType type, const QUuid &uuid) {
        QUuid parent;
        forEachEntityType([&](auto entity) {
            using T = decltype(entity);
            if (entityTypeOf<T>() == type)
                if (const RowVersion<T> *version = find<T>(uuid))
                    parent = version->references.value(0);
        });
        return parent;
    };
    switch (difference.type) {
    case EntityType::Academy: return {{difference.uuid, labelOf(EntityType::Academy, difference.uuid)}};
    case EntityType::Track:
    case EntityType::Activity:
    case EntityType::Session: {
        QList<GroupLevel> path;
        EntityType type = difference.type;
        QUuid uuid = difference.uuid;
        while (type != EntityType::Academy) {
            uuid = parentOf(type, uuid);
            type = EntityType(int(type) - 1);
            path.prepend({uuid, labelOf(type, uuid)});
        }
        return path;
    }
    case EntityType::Organisation: return {people};
    case EntityType::Participant: return {people};
    case EntityType::Enrolment:
    case EntityType::Attendance: {
        QUuid person;
        forEachEntityType([&](auto entity) {
            using T = decltype(entity);
            if constexpr (std::is_same_v<T, Enrolment> || std::is_same_v<T, Attendance>)
                if (entityTypeOf<T>() == difference.type)
                    if (const RowVersion<T> *version = find<T>(difference.uuid))
                        person = version->references.value(std::is_same_v<T, Enrolment> ? 0 : 1);
        });
        return {people, {person, label(difference)}};
    }
    case EntityType::Partnership: {
        const RowVersion<Partnership> *version = find<Partnership>(difference.uuid);
        return {people, {version ? version->references.value(0) : QUuid(), label(difference)}};
    }
    case EntityType::Dismissal: return {{QUuid(), tr("Planning warnings")}};
    case EntityType::CostLine:
    case EntityType::StaffRate:
    case EntityType::Funding: {
        // Under its academy (a budget row's first reference), in the budget.
        const QUuid academy = parentOf(difference.type, difference.uuid);
        return {{academy, labelOf(EntityType::Academy, academy)}, {QUuid(), tr("Budget")}};
    }
    case EntityType::ProgrammeTheory:
    case EntityType::Indicator: {
        const QUuid academy = parentOf(difference.type, difference.uuid);
        return {{academy, labelOf(EntityType::Academy, academy)}, {QUuid(), tr("Evaluation")}};
    }
    case EntityType::Measurement: {
        // Under its indicator, in the academy's evaluation.
        const QUuid indicator = parentOf(difference.type, difference.uuid);
        const QUuid academy = parentOf(EntityType::Indicator, indicator);
        return {{academy, labelOf(EntityType::Academy, academy)},
                {QUuid(), tr("Evaluation")},
                {indicator, labelOf(EntityType::Indicator, indicator)}};
    }
    case EntityType::AgendaItem: {
        // Under its session, which is under its activity, track and academy.
        const QUuid session = parentOf(difference.type, difference.uuid);
        QList<GroupLevel> path{{session, labelOf(EntityType::Session, session)}};
        QUuid uuid = session;
        for (EntityType type = EntityType::Session; type != EntityType::Academy;) {
            uuid = parentOf(type, uuid);
            type = EntityType(int(type) - 1);
            path.prepend({uuid, labelOf(type, uuid)});
        }
        return path;
    }
    case EntityType::LearningGoal: {
        // Under its track, where the goals are set.
        const QUuid track = parentOf(difference.type, difference.uuid);
        const QUuid academy = parentOf(EntityType::Track, track);
        return {{academy, labelOf(EntityType::Academy, academy)}, {track, labelOf(EntityType::Track, track)}};
    }
    }
    return {};
}

QString DifferenceText::valueText(EntityType type, const QString &field, const QVariant &stored) const
{
    if (stored.isNull())
        return tr("(none)");
    QString text;
    forEachEntityType([&](auto entity) {
        using T = decltype(entity);
        if (entityTypeOf<T>() != type)
            return;
        const FieldDescription<T> *description = descriptionOf<T>().field(QLatin1String(field.toLatin1()));
        if (description && description->isReference())
            text = labelOf(description->reference.parent, QUuid::fromString(stored.toString()));
    });
    if (!text.isEmpty())
        return text;
    const QLocale locale;
    const bool optionalDate = field == QLatin1String("agreementDate") || field == QLatin1String("plannedDate")
                              || field == QLatin1String("measuredDate");
    if (optionalDate && stored.toString().isEmpty())
        return tr("(none)");
    if (field == QLatin1String("date") || field == QLatin1String("startDate") || field == QLatin1String("endDate")
        || optionalDate)
        return DisplayText::dayMonthYear(QDate::fromString(stored.toString(), Qt::ISODate));
    if (field.endsWith(QLatin1String("Ore")))
        return MoneyFormat::text(Money::fromOre(stored.toLongLong()));
    if (field == QLatin1String("overhead") || field == QLatin1String("share"))
        return tr("%1 %").arg(locale.toString(stored.toLongLong() / 100.0, 'f', stored.toLongLong() % 100 ? 2 : 0));
    if (field == QLatin1String("baseline") || field == QLatin1String("target") || field == QLatin1String("value"))
        return locale.toString(stored.toLongLong() / 100.0, 'f', stored.toLongLong() % 100 ? 2 : 0);
    if (field == QLatin1String("higherIsBetter"))
        return stored.toLongLong() ? tr("higher is better") : tr("lower is better");
    if (field == QLatin1String("level"))
        return enumText<KirkpatrickLevel>(stored);
    if (field == QLatin1String("valueKind"))
        return enumText<PublicValue>(stored);
    if (field == QLatin1String("method"))
        return enumText<MeasurementMethod>(stored);
    if (field == QLatin1String("timing"))
        return enumText<MeasurementTiming>(stored);
    if (field == QLatin1String("basis"))
        return enumText<CostBasis>(stored);
    if (field == QLatin1String("vat"))
        return enumText<VatTreatment>(stored);
    if (field == QLatin1String("capacity") && stored.toLongLong() == 0)
        return tr("no limit");
    if (field == QLatin1String("role"))
        return enumText<ParticipantRole>(stored);
    if (field == QLatin1String("council"))
        return enumText<CouncilName>(stored);
    if (field == QLatin1String("agreement"))
        return enumText<AgreementStatus>(stored);
    if (field == QLatin1String("status"))
        return type == EntityType::Academy      ? enumText<AcademyStatus>(stored)
               : type == EntityType::Enrolment ? enumText<EnrolmentStatus>(stored)
                                                : enumText<AttendanceStatus>(stored);
    if (field == QLatin1String("kind"))
        return type == EntityType::Track      ? enumText<TrackKind>(stored)
               : type == EntityType::Activity ? enumText<ActivityKind>(stored)
               : type == EntityType::CostLine ? enumText<CostKind>(stored)
               : type == EntityType::Funding  ? enumText<FundingKind>(stored)
               : type == EntityType::LearningGoal ? enumText<LearningGoalKind>(stored)
                                              : enumText<OrganisationKind>(stored);
    if (field == QLatin1String("targetRoles") || field == QLatin1String("focusAreas")
        || field == QLatin1String("partnerMunicipalities") || field == QLatin1String("contributions")) {
        QStringList items = listItems(stored);
        for (QString &item : items) {
            if (field == QLatin1String("targetRoles"))
                item = enumText<ParticipantRole>(item);
            else if (field == QLatin1String("contributions"))
                item = enumText<PartnerContribution>(item);
            else if (field == QLatin1String("partnerMunicipalities"))
                if (const auto municipality = MunicipalityRegistry::byCode(item.toInt()))
                    item = municipality->name;
        }
        return items.isEmpty() ? tr("(none)") : locale.createSeparatedList(items);
    }
    const QString plain = stored.toString();
    return plain.isEmpty() ? tr("(empty)") : plain;
}

QString DifferenceText::fieldChange(EntityType type, const FieldDifference &field, bool theirs) const
{
    const QVariant &from = field.base;
    const QVariant &to = theirs ? field.theirs : field.mine;
    if (field.field == QLatin1String("date"))
        return tr("moved from %1 to %2").arg(valueText(type, field.field, from), valueText(type, field.field, to));
    if (field.field == QLatin1String("activityId") || field.field == QLatin1String("trackId"))
        return tr("moved from %1 to %2").arg(valueText(type, field.field, from), valueText(type, field.field, to));
    return tr("%1 from %2 to %3")
        .arg(DomainLabels::fieldLabel(type, field.field), valueText(type, field.field, from),
             valueText(type, field.field, to));
}

QString DifferenceText::enrolmentChange(const Difference &difference, bool theirs) const
{
    const RowChange change = theirs ? difference.theirs : difference.mine;
    // The side's own version says what it enrolled the person as; a removal has only the other's.
    const auto &side = theirs ? m_theirs : m_mine;
    const auto found = side.rows<Enrolment>().constFind(difference.uuid);
    const RowVersion<Enrolment> *version =
        found != side.rows<Enrolment>().cend() ? &*found : find<Enrolment>(difference.uuid);
    if (!version)
        return {};
    const bool inActivity = !version->references.value(2).isNull();
    const QString target = labelOf(inActivity ? EntityType::Activity : EntityType::Track,
                                   version->references.value(inActivity ? 2 : 1));
    if (change == RowChange::Removed)
        return tr("no longer signed up for %1").arg(target);
    switch (version->row.status) {
    case EnrolmentStatus::Enrolled: return tr("enrolled in %1").arg(target);
    case EnrolmentStatus::Waitlisted: return tr("on the waiting list for %1").arg(target);
    case EnrolmentStatus::Invited: return tr("invited to %1").arg(target);
    case EnrolmentStatus::Cancelled: return tr("cancelled for %1").arg(target);
    }
    return {};
}

QString DifferenceText::change(const Difference &difference, bool theirs) const
{
    const RowChange change = theirs ? difference.theirs : difference.mine;
    if (difference.type == EntityType::Enrolment && change != RowChange::None)
        return enrolmentChange(difference, theirs);
    switch (change) {
    case RowChange::None: return {};
    case RowChange::Added:
        if (difference.hasBase)
            return tr("added");
        return theirs ? tr("only in their copy") : tr("only in your file");
    case RowChange::Removed: return tr("removed");
    case RowChange::Changed: break;
    }
    QStringList parts;
    for (const FieldDifference &field : difference.fields) {
        if (!(theirs ? field.theirsChanged : field.mineChanged))
            continue;
        if (!difference.hasBase) {
            // Nothing to say it changed from: each side's value.
            parts.append(tr("%1 %2").arg(DomainLabels::fieldLabel(difference.type, field.field),
                                         valueText(difference.type, field.field, theirs ? field.theirs : field.mine)));
            continue;
        }
        parts.append(fieldChange(difference.type, field, theirs));
    }
    return parts.join(QLatin1String("; "));
}

QString DifferenceText::sentence(const Difference &difference) const
{
    const QString mine = change(difference, false);
    const QString theirs = change(difference, true);
    QString what;
    if (!difference.conflict || mine.isEmpty())
        what = theirs.isEmpty() ? mine : theirs;
    else if (theirs.isEmpty())
        what = mine;
    else
        what = tr("you: %1; they: %2").arg(mine, theirs);
    return tr("%1: %2").arg(label(difference), what);
}

} // namespace Akademiplan
