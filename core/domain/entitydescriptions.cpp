// SPDX-License-Identifier: MPL-2.0
// The one description of each entity type. Adding a type means its value struct, its entry here,
// its migration and its own rules in the Validator; the store, cascades, reference checks and
// comparisons follow from this file.
#include "entitydescription.h"

#include <QCoreApplication>

namespace Akademiplan {

namespace {

template <auto Member>
struct MemberOf;
template <typename Class, typename Value, Value Class::*Member>
struct MemberOf<Member>
{
    using Owner = Class;
    using Type = Value;
};

template <auto Member>
using OwnerOf = typename MemberOf<Member>::Owner;
template <auto Member>
using TypeOf = typename MemberOf<Member>::Type;

template <typename Value>
constexpr bool isList = false;
template <typename Item>
constexpr bool isList<QList<Item>> = true;

template <typename Value>
constexpr ValueShape shapeOf()
{
    if constexpr (std::is_integral_v<Value> || std::is_same_v<Value, std::optional<qint64>>)
        return ValueShape::Number;
    else if constexpr (isList<Value>)
        return ValueShape::List;
    else if constexpr (std::is_same_v<Value, QDate> || std::is_same_v<Value, std::optional<QDate>>)
        return ValueShape::Date;
    else if constexpr (std::is_same_v<Value, QTime>)
        return ValueShape::Time;
    else
        return ValueShape::Text;
}

template <auto Member>
bool sameUnordered(const OwnerOf<Member> &a, const OwnerOf<Member> &b)
{
    auto left = a.*Member;
    auto right = b.*Member;
    std::sort(left.begin(), left.end());
    std::sort(right.begin(), right.end());
    return left == right;
}

template <auto Member>
FieldDescription<OwnerOf<Member>> field(const char *column, const char *name,
                                        PersonalData personalData = PersonalData::None,
                                        Comparison comparison = Comparison::Exact)
{
    using Owner = OwnerOf<Member>;
    using Codec = FieldCodec<TypeOf<Member>>;
    FieldDescription<Owner> description;
    description.column = QLatin1String(column);
    description.name = QLatin1String(name);
    description.personalData = personalData;
    description.shape = shapeOf<TypeOf<Member>>();
    description.store = [](const Owner &entity) { return Codec::store(entity.*Member); };
    description.load = [](Owner &entity, const QVariant &stored) { return Codec::load(stored, entity.*Member); };
    if constexpr (requires(TypeOf<Member> list) { std::sort(list.begin(), list.end()); }) {
        if (comparison == Comparison::Unordered) {
            description.same = &sameUnordered<Member>;
            return description;
        }
    }
    description.same = [](const Owner &a, const Owner &b) { return a.*Member == b.*Member; };
    return description;
}

template <auto Member>
FieldDescription<OwnerOf<Member>> reference(const char *column, const char *name, ReferenceDescription reference)
{
    using Owner = OwnerOf<Member>;
    static_assert(std::is_same_v<TypeOf<Member>, qint64>, "a reference is a row id");
    FieldDescription<Owner> description;
    description.column = QLatin1String(column);
    description.name = QLatin1String(name);
    description.shape = ValueShape::Number;
    description.referenceMember = Member;
    description.reference = reference;
    description.same = [](const Owner &a, const Owner &b) { return a.*Member == b.*Member; };
    if (reference.required) {
        description.store = [](const Owner &entity) { return QVariant(qlonglong(entity.*Member)); };
        description.load = [](Owner &entity, const QVariant &stored) {
            return FieldCodec<qint64>::load(stored, entity.*Member) && entity.*Member > 0;
        };
    } else {
        description.store = [](const Owner &entity) {
            return entity.*Member == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(qlonglong(entity.*Member));
        };
        description.load = [](Owner &entity, const QVariant &stored) {
            entity.*Member = 0;
            return stored.isNull() || (FieldCodec<qint64>::load(stored, entity.*Member) && entity.*Member > 0);
        };
    }
    return description;
}

} // namespace

template <>
const EntityDescription<Academy> &descriptionOf<Academy>()
{
    static const EntityDescription<Academy> description{
        EntityType::Academy,
        QLatin1String("academy"),
        {
            field<&Academy::name>("name", "name"),
            field<&Academy::partnerMunicipalities>("partner_municipalities", "partnerMunicipalities",
                                                   PersonalData::None, Comparison::Unordered),
            field<&Academy::startDate>("start_date", "startDate"),
            field<&Academy::endDate>("end_date", "endDate"),
            field<&Academy::status>("status", "status"),
            field<&Academy::purpose>("purpose", "purpose", PersonalData::FreeText),
            field<&Academy::focusAreas>("focus_areas", "focusAreas"),
            field<&Academy::consultant>("consultant", "consultant", PersonalData::FreeText),
            field<&Academy::council>("council", "council"),
            field<&Academy::councilMeetings>("council_meetings", "councilMeetings"),
        }};
    return description;
}

template <>
const EntityDescription<Track> &descriptionOf<Track>()
{
    static const EntityDescription<Track> description{
        EntityType::Track,
        QLatin1String("track"),
        {
            reference<&Track::academyId>(
                "academy_id", "academyId",
                {EntityType::Academy, ParentRemoval::Cascade, true,
                 QT_TRANSLATE_NOOP("Akademiplan::Validator", "The track belongs to an academy that does not exist.")}),
            field<&Track::kind>("kind", "kind"),
            field<&Track::name>("name", "name"),
            field<&Track::targetGroup>("target_group", "targetGroup"),
            field<&Track::targetRoles>("target_roles", "targetRoles", PersonalData::None, Comparison::Unordered),
            field<&Track::goal>("goal", "goal"),
            field<&Track::colour>("colour", "colour"),
            field<&Track::position>("position", "position"),
        }};
    return description;
}

template <>
const EntityDescription<Activity> &descriptionOf<Activity>()
{
    static const EntityDescription<Activity> description{
        EntityType::Activity,
        QLatin1String("activity"),
        {
            reference<&Activity::trackId>(
                "track_id", "trackId",
                {EntityType::Track, ParentRemoval::Cascade, true,
                 QT_TRANSLATE_NOOP("Akademiplan::Validator", "The activity belongs to a track that does not exist.")}),
            field<&Activity::kind>("kind", "kind"),
            field<&Activity::title>("title", "title"),
            field<&Activity::description>("description", "description", PersonalData::FreeText),
            field<&Activity::facilitator>("facilitator", "facilitator", PersonalData::FreeText),
            field<&Activity::location>("location", "location"),
            field<&Activity::capacity>("capacity", "capacity"),
            field<&Activity::parallelGroup>("parallel_group", "parallelGroup"),
            field<&Activity::position>("position", "position"),
            field<&Activity::materials>("materials", "materials"),
            // A signed letter names its sender.
            field<&Activity::invitation>("invitation", "invitation", PersonalData::FreeText),
        }};
    return description;
}

template <>
const EntityDescription<Session> &descriptionOf<Session>()
{
    static const EntityDescription<Session> description{
        EntityType::Session,
        QLatin1String("session"),
        {
            reference<&Session::activityId>(
                "activity_id", "activityId",
                {EntityType::Activity, ParentRemoval::Cascade, true,
                 QT_TRANSLATE_NOOP("Akademiplan::Validator",
                                   "The session belongs to an activity that does not exist.")}),
            field<&Session::date>("date", "date"),
            field<&Session::startTime>("start_time", "startTime"),
            field<&Session::endTime>("end_time", "endTime"),
            field<&Session::location>("location", "location"),
        }};
    return description;
}

template <>
const EntityDescription<Organisation> &descriptionOf<Organisation>()
{
    static const EntityDescription<Organisation> description{
        EntityType::Organisation,
        QLatin1String("organisation"),
        {
            field<&Organisation::name>("name", "name"),
            field<&Organisation::kind>("kind", "kind"),
            field<&Organisation::contactName>("contact_name", "contactName", PersonalData::Personal),
            field<&Organisation::contactEmail>("contact_email", "contactEmail", PersonalData::Personal),
            field<&Organisation::contactPhone>("contact_phone", "contactPhone", PersonalData::Personal),
            field<&Organisation::contributions>("contributions", "contributions", PersonalData::None,
                                                Comparison::Unordered),
            field<&Organisation::agreement>("agreement", "agreement"),
            field<&Organisation::agreementDate>("agreement_date", "agreementDate"),
            field<&Organisation::notes>("notes", "notes", PersonalData::FreeText),
        }};
    return description;
}

template <>
const EntityDescription<Participant> &descriptionOf<Participant>()
{
    static const EntityDescription<Participant> description{
        EntityType::Participant,
        QLatin1String("participant"),
        {
            field<&Participant::name>("name", "name", PersonalData::Personal),
            field<&Participant::email>("email", "email", PersonalData::Personal),
            field<&Participant::phone>("phone", "phone", PersonalData::Personal),
            field<&Participant::role>("role", "role"),
            reference<&Participant::organisationId>(
                "organisation_id", "organisationId",
                {EntityType::Organisation, ParentRemoval::Clear, false,
                 QT_TRANSLATE_NOOP("Akademiplan::Validator",
                                   "The participant belongs to an organisation that does not exist.")}),
        }};
    return description;
}

template <>
const EntityDescription<Enrolment> &descriptionOf<Enrolment>()
{
    static const EntityDescription<Enrolment> description{
        EntityType::Enrolment,
        QLatin1String("enrolment"),
        {
            reference<&Enrolment::participantId>(
                "participant_id", "participantId",
                {EntityType::Participant, ParentRemoval::Cascade, true,
                 QT_TRANSLATE_NOOP("Akademiplan::Validator",
                                   "The enrolment is for a participant who does not exist.")}),
            reference<&Enrolment::trackId>(
                "track_id", "trackId",
                {EntityType::Track, ParentRemoval::Cascade, false,
                 QT_TRANSLATE_NOOP("Akademiplan::Validator", "The enrolment is in a track that does not exist.")}),
            reference<&Enrolment::activityId>(
                "activity_id", "activityId",
                {EntityType::Activity, ParentRemoval::Cascade, false,
                 QT_TRANSLATE_NOOP("Akademiplan::Validator",
                                   "The enrolment is in an activity that does not exist.")}),
            field<&Enrolment::status>("status", "status"),
        }};
    return description;
}

template <>
const EntityDescription<Attendance> &descriptionOf<Attendance>()
{
    static const EntityDescription<Attendance> description{
        EntityType::Attendance,
        QLatin1String("attendance"),
        {
            reference<&Attendance::sessionId>(
                "session_id", "sessionId",
                {EntityType::Session, ParentRemoval::Cascade, true,
                 QT_TRANSLATE_NOOP("Akademiplan::Validator",
                                   "The attendance is for a session that does not exist.")}),
            reference<&Attendance::participantId>(
                "participant_id", "participantId",
                {EntityType::Participant, ParentRemoval::Cascade, true,
                 QT_TRANSLATE_NOOP("Akademiplan::Validator",
                                   "The attendance is for a participant who does not exist.")}),
            field<&Attendance::status>("status", "status"),
        }};
    return description;
}

template <>
const EntityDescription<Partnership> &descriptionOf<Partnership>()
{
    static const EntityDescription<Partnership> description{
        EntityType::Partnership,
        QLatin1String("partnership"),
        {
            reference<&Partnership::organisationId>(
                "organisation_id", "organisationId",
                {EntityType::Organisation, ParentRemoval::Cascade, true,
                 QT_TRANSLATE_NOOP("Akademiplan::Validator",
                                   "The partnership is with an organisation that does not exist.")}),
            reference<&Partnership::trackId>(
                "track_id", "trackId",
                {EntityType::Track, ParentRemoval::Cascade, false,
                 QT_TRANSLATE_NOOP("Akademiplan::Validator", "The partnership is in a track that does not exist.")}),
            reference<&Partnership::activityId>(
                "activity_id", "activityId",
                {EntityType::Activity, ParentRemoval::Cascade, false,
                 QT_TRANSLATE_NOOP("Akademiplan::Validator",
                                   "The partnership is in an activity that does not exist.")}),
            field<&Partnership::note>("note", "note", PersonalData::FreeText),
        }};
    return description;
}

template <>
const EntityDescription<Dismissal> &descriptionOf<Dismissal>()
{
    static const EntityDescription<Dismissal> description{
        EntityType::Dismissal,
        QLatin1String("dismissal"),
        {
            field<&Dismissal::kind>("kind", "kind"),
            field<&Dismissal::subjectUuid>("subject_uuid", "subjectUuid"),
            field<&Dismissal::detail>("detail", "detail"),
            field<&Dismissal::reason>("reason", "reason", PersonalData::FreeText),
            field<&Dismissal::dismissedBy>("dismissed_by", "dismissedBy", PersonalData::FreeText),
        }};
    return description;
}

QStringList headerColumns()
{
    return {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("modified"), QStringLiteral("change_counter")};
}

QString tableName(EntityType type)
{
    QString name;
    forEachEntityType([&](auto entity) {
        using T = decltype(entity);
        if (entityTypeOf<T>() == type)
            name = descriptionOf<T>().table;
    });
    return name;
}

std::optional<EntityType> entityTypeOfTable(QStringView table)
{
    std::optional<EntityType> found;
    forEachEntityType([&](auto entity) {
        using T = decltype(entity);
        if (descriptionOf<T>().table == table)
            found = entityTypeOf<T>();
    });
    return found;
}

bool holdsPersonalData(EntityType type)
{
    bool holds = false;
    forEachEntityType([&](auto entity) {
        using T = decltype(entity);
        if (entityTypeOf<T>() == type)
            holds = holdsPersonalData<T>();
    });
    return holds;
}

QVariant storedValue(const QJsonValue &json)
{
    if (json.isDouble()) {
        const double number = json.toDouble();
        const qint64 integer = json.toInteger();
        return double(integer) == number ? QVariant(qlonglong(integer)) : QVariant(number);
    }
    return json.toVariant();
}

QString timestampText(const QDateTime &timestamp)
{
    // The rows of one change set share their stamp; formatting a QDateTime is slow enough to show
    // in a bulk edit of 25,000 rows, so the last one is remembered.
    thread_local QDateTime lastTime;
    thread_local QString lastText;
    if (timestamp != lastTime || lastText.isEmpty()) {
        lastTime = timestamp;
        lastText = timestamp.toUTC().toString(Qt::ISODateWithMs);
    }
    return lastText;
}

QDateTime parseTimestamp(const QString &text)
{
    // The form this program writes, "2026-11-29T14:47:40.674Z", read directly: QDateTime's
    // general ISO parser is a tenth of the time it takes to open a file of a million rows.
    // Every other form goes to Qt.
    auto digits = [&text](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    if (text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' && text.at(13) == u':'
        && text.at(16) == u':' && text.at(19) == u'.' && text.at(23) == u'Z') {
        // A character that is not a digit gives -1, which QDate takes for the year 1 BC.
        const int year = digits(0, 4);
        const QDate date(year, digits(5, 2), digits(8, 2));
        const QTime time(digits(11, 2), digits(14, 2), digits(17, 2), digits(20, 3));
        if (year > 0 && date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}


template <>
const EntityDescription<CostLine> &descriptionOf<CostLine>()
{
    static const EntityDescription<CostLine> description{
        EntityType::CostLine,
        QLatin1String("cost_line"),
        {
            reference<&CostLine::academyId>(
                "academy_id", "academyId",
                {EntityType::Academy, ParentRemoval::Cascade, true,
                 QT_TRANSLATE_NOOP("Akademiplan::Validator", "The cost line is in an academy that does not exist.")}),
            reference<&CostLine::trackId>(
                "track_id", "trackId",
                {EntityType::Track, ParentRemoval::Cascade, false,
                 QT_TRANSLATE_NOOP("Akademiplan::Validator", "The cost line is in a track that does not exist.")}),
            reference<&CostLine::activityId>(
                "activity_id", "activityId",
                {EntityType::Activity, ParentRemoval::Cascade, false,
                 QT_TRANSLATE_NOOP("Akademiplan::Validator",
                                   "The cost line is in an activity that does not exist.")}),
            field<&CostLine::kind>("kind", "kind"),
            field<&CostLine::description>("description", "description", PersonalData::FreeText),
            field<&CostLine::basis>("basis", "basis"),
            field<&CostLine::rateOre>("rate_ore", "rateOre"),
            field<&CostLine::quantity>("quantity", "quantity"),
            field<&CostLine::vat>("vat", "vat"),
            field<&CostLine::priceYear>("price_year", "priceYear"),
            field<&CostLine::actualOre>("actual_ore", "actualOre"),
        }};
    return description;
}

template <>
const EntityDescription<StaffRate> &descriptionOf<StaffRate>()
{
    static const EntityDescription<StaffRate> description{
        EntityType::StaffRate,
        QLatin1String("staff_rate"),
        {
            reference<&StaffRate::academyId>(
                "academy_id", "academyId",
                {EntityType::Academy, ParentRemoval::Cascade, true,
                 QT_TRANSLATE_NOOP("Akademiplan::Validator", "The staff rate is in an academy that does not exist.")}),
            field<&StaffRate::role>("role", "role"),
            reference<&StaffRate::organisationId>(
                "organisation_id", "organisationId",
                {EntityType::Organisation, ParentRemoval::Cascade, false,
                 QT_TRANSLATE_NOOP("Akademiplan::Validator",
                                   "The staff rate is for an organisation that does not exist.")}),
            field<&StaffRate::annualSalaryOre>("annual_salary_ore", "annualSalaryOre"),
            field<&StaffRate::annualHours>("annual_hours", "annualHours"),
            field<&StaffRate::overheadHundredthsOfPercent>("overhead", "overhead"),
            field<&StaffRate::coverHourlyOre>("cover_hourly_ore", "coverHourlyOre"),
            field<&StaffRate::priceYear>("price_year", "priceYear"),
        }};
    return description;
}

template <>
const EntityDescription<Funding> &descriptionOf<Funding>()
{
    static const EntityDescription<Funding> description{
        EntityType::Funding,
        QLatin1String("funding"),
        {
            reference<&Funding::academyId>(
                "academy_id", "academyId",
                {EntityType::Academy, ParentRemoval::Cascade, true,
                 QT_TRANSLATE_NOOP("Akademiplan::Validator", "The funding is for an academy that does not exist.")}),
            field<&Funding::kind>("kind", "kind"),
            field<&Funding::name>("name", "name"),
            field<&Funding::amountOre>("amount_ore", "amountOre"),
            field<&Funding::shareHundredthsOfPercent>("share", "share"),
            field<&Funding::capPerPersonOre>("cap_per_person_ore", "capPerPersonOre"),
            field<&Funding::actualOre>("actual_ore", "actualOre"),
        }};
    return description;
}

template <>
const EntityDescription<ProgrammeTheory> &descriptionOf<ProgrammeTheory>()
{
    // The texts are written with the municipality and may name the people they are about.
    static const EntityDescription<ProgrammeTheory> description{
        EntityType::ProgrammeTheory,
        QLatin1String("programme_theory"),
        {
            reference<&ProgrammeTheory::academyId>(
                "academy_id", "academyId",
                {EntityType::Academy, ParentRemoval::Cascade, true,
                 QT_TRANSLATE_NOOP("Akademiplan::Validator",
                                   "The programme theory is of an academy that does not exist.")}),
            field<&ProgrammeTheory::forWhom>("for_whom", "forWhom", PersonalData::FreeText),
            field<&ProgrammeTheory::activities>("activities", "activities", PersonalData::FreeText),
            field<&ProgrammeTheory::learning>("learning", "learning", PersonalData::FreeText),
            field<&ProgrammeTheory::behaviour>("behaviour", "behaviour", PersonalData::FreeText),
            field<&ProgrammeTheory::results>("results", "results", PersonalData::FreeText),
            field<&ProgrammeTheory::effects>("effects", "effects", PersonalData::FreeText),
            field<&ProgrammeTheory::assumptions>("assumptions", "assumptions", PersonalData::FreeText),
            field<&ProgrammeTheory::success>("success", "success", PersonalData::FreeText),
            field<&ProgrammeTheory::managersBefore>("managers_before", "managersBefore", PersonalData::FreeText),
            field<&ProgrammeTheory::managersDuring>("managers_during", "managersDuring", PersonalData::FreeText),
            field<&ProgrammeTheory::managersAfter>("managers_after", "managersAfter", PersonalData::FreeText),
        }};
    return description;
}

template <>
const EntityDescription<LearningGoal> &descriptionOf<LearningGoal>()
{
    static const EntityDescription<LearningGoal> description{
        EntityType::LearningGoal,
        QLatin1String("learning_goal"),
        {
            reference<&LearningGoal::trackId>(
                "track_id", "trackId",
                {EntityType::Track, ParentRemoval::Cascade, true,
                 QT_TRANSLATE_NOOP("Akademiplan::Validator", "The learning goal is of a track that does not exist.")}),
            field<&LearningGoal::kind>("kind", "kind"),
            field<&LearningGoal::text>("text", "text"),
            field<&LearningGoal::position>("position", "position"),
        }};
    return description;
}

template <>
const EntityDescription<Indicator> &descriptionOf<Indicator>()
{
    static const EntityDescription<Indicator> description{
        EntityType::Indicator,
        QLatin1String("indicator"),
        {
            reference<&Indicator::academyId>(
                "academy_id", "academyId",
                {EntityType::Academy, ParentRemoval::Cascade, true,
                 QT_TRANSLATE_NOOP("Akademiplan::Validator", "The indicator is of an academy that does not exist.")}),
            reference<&Indicator::trackId>(
                "track_id", "trackId",
                {EntityType::Track, ParentRemoval::Cascade, false,
                 QT_TRANSLATE_NOOP("Akademiplan::Validator", "The indicator is of a track that does not exist.")}),
            field<&Indicator::name>("name", "name"),
            field<&Indicator::level>("level", "level"),
            field<&Indicator::valueKind>("value_kind", "valueKind"),
            field<&Indicator::method>("method", "method"),
            field<&Indicator::unit>("unit", "unit"),
            field<&Indicator::baseline>("baseline", "baseline"),
            field<&Indicator::target>("target", "target"),
            field<&Indicator::higherIsBetter>("higher_is_better", "higherIsBetter"),
            field<&Indicator::note>("note", "note", PersonalData::FreeText),
        }};
    return description;
}

template <>
const EntityDescription<Measurement> &descriptionOf<Measurement>()
{
    static const EntityDescription<Measurement> description{
        EntityType::Measurement,
        QLatin1String("measurement"),
        {
            reference<&Measurement::indicatorId>(
                "indicator_id", "indicatorId",
                {EntityType::Indicator, ParentRemoval::Cascade, true,
                 QT_TRANSLATE_NOOP("Akademiplan::Validator",
                                   "The measurement is of an indicator that does not exist.")}),
            field<&Measurement::timing>("timing", "timing"),
            field<&Measurement::monthsAfter>("months_after", "monthsAfter"),
            field<&Measurement::plannedDate>("planned_date", "plannedDate"),
            field<&Measurement::measuredDate>("measured_date", "measuredDate"),
            field<&Measurement::value>("value", "value"),
            field<&Measurement::note>("note", "note", PersonalData::FreeText),
        }};
    return description;
}

template <>
const EntityDescription<AgendaItem> &descriptionOf<AgendaItem>()
{
    static const EntityDescription<AgendaItem> description{
        EntityType::AgendaItem,
        QLatin1String("agenda_item"),
        {
            reference<&AgendaItem::sessionId>(
                "session_id", "sessionId",
                {EntityType::Session, ParentRemoval::Cascade, true,
                 QT_TRANSLATE_NOOP("Akademiplan::Validator",
                                   "The agenda item belongs to a session that does not exist.")}),
            field<&AgendaItem::startTime>("start_time", "startTime"),
            field<&AgendaItem::what>("what", "what"),
            field<&AgendaItem::why>("why", "why"),
            field<&AgendaItem::how>("how", "how"),
            // Who leads each point: the facilitators' and speakers' names.
            field<&AgendaItem::who>("who", "who", PersonalData::FreeText),
            field<&AgendaItem::planB>("plan_b", "planB"),
        }};
    return description;
}

} // namespace Akademiplan
