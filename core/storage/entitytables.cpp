// SPDX-License-Identifier: MPL-2.0
#include "entitytables.h"

#include "domain/domainkeys.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Akademiplan {

namespace {

const QString dateFormat = QStringLiteral("yyyy-MM-dd");
const QString timeFormat = QStringLiteral("HH:mm");

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QVariant optionalId(qint64 id)
{
    return id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id);
}

// Reads the columns of one row in order and remembers the first value it could not use.
class RowReader
{
public:
    RowReader(const QSqlQuery &query, EntityType type, QString *problem)
        : m_query(query)
        , m_type(type)
        , m_problem(problem)
    {
    }

    bool ok() const { return m_ok; }

    template <typename T>
    void common(T &entity)
    {
        entity.id = m_query.value(m_column++).toLongLong();
        entity.uuid = QUuid::fromString(text());
        if (entity.uuid.isNull())
            fail("uuid");
        entity.modified = EntityTables::parseTimestamp(text());
        if (!entity.modified.isValid())
            fail("modified");
    }

    QString text() { return m_query.value(m_column++).toString(); }
    qint64 integer() { return m_query.value(m_column++).toLongLong(); }

    QDate date(const char *what)
    {
        const QDate value = QDate::fromString(text(), dateFormat);
        if (!value.isValid())
            fail(what);
        return value;
    }

    QTime time(const char *what)
    {
        const QTime value = QTime::fromString(text(), timeFormat);
        if (!value.isValid())
            fail(what);
        return value;
    }

    template <typename Enum>
    Enum key(const char *what)
    {
        const auto value = DomainKeys::parse<Enum>(text());
        if (!value) {
            fail(what);
            return Enum{};
        }
        return *value;
    }

    QJsonArray array(const char *what)
    {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(text().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isArray()) {
            fail(what);
            return {};
        }
        return document.array();
    }

    void fail(const char *what)
    {
        if (!m_ok)
            return;
        m_ok = false;
        *m_problem = QCoreApplication::translate("Akademiplan::EntityTables",
                                                 "The %1 with row id %2 has an unreadable value in \"%3\".")
                         .arg(EntityTables::table(m_type))
                         .arg(m_query.value(0).toLongLong())
                         .arg(QString::fromLatin1(what));
    }

private:
    const QSqlQuery &m_query;
    EntityType m_type;
    QString *m_problem;
    int m_column = 0;
    bool m_ok = true;
};

template <typename T>
QVariantList commonValues(const T &entity)
{
    return {entity.id, entity.uuid.toString(QUuid::WithoutBraces), EntityTables::timestampText(entity.modified)};
}

} // namespace

QString EntityTables::table(EntityType type)
{
    switch (type) {
    case EntityType::Academy: return QStringLiteral("academy");
    case EntityType::Track: return QStringLiteral("track");
    case EntityType::Activity: return QStringLiteral("activity");
    case EntityType::Session: return QStringLiteral("session");
    case EntityType::Organisation: return QStringLiteral("organisation");
    case EntityType::Participant: return QStringLiteral("participant");
    case EntityType::Enrolment: return QStringLiteral("enrolment");
    case EntityType::Attendance: return QStringLiteral("attendance");
    }
    return {};
}

QStringList EntityTables::columns(EntityType type)
{
    QStringList columns{QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("modified")};
    switch (type) {
    case EntityType::Academy:
        return columns + QStringList{QStringLiteral("name"),       QStringLiteral("partner_municipalities"),
                                     QStringLiteral("start_date"), QStringLiteral("end_date"),
                                     QStringLiteral("status"),     QStringLiteral("purpose"),
                                     QStringLiteral("focus_areas"), QStringLiteral("consultant")};
    case EntityType::Track:
        return columns + QStringList{QStringLiteral("academy_id"),   QStringLiteral("kind"),
                                     QStringLiteral("name"),         QStringLiteral("target_group"),
                                     QStringLiteral("target_roles"), QStringLiteral("goal"),
                                     QStringLiteral("colour"),       QStringLiteral("position")};
    case EntityType::Activity:
        return columns + QStringList{QStringLiteral("track_id"),    QStringLiteral("kind"),
                                     QStringLiteral("title"),       QStringLiteral("description"),
                                     QStringLiteral("facilitator"), QStringLiteral("location"),
                                     QStringLiteral("capacity"),    QStringLiteral("cost_ore")};
    case EntityType::Session:
        return columns + QStringList{QStringLiteral("activity_id"), QStringLiteral("date"), QStringLiteral("start_time"),
                                     QStringLiteral("end_time"), QStringLiteral("location")};
    case EntityType::Organisation:
        return columns + QStringList{QStringLiteral("name"), QStringLiteral("kind")};
    case EntityType::Participant:
        return columns + QStringList{QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone"),
                                     QStringLiteral("role"), QStringLiteral("organisation_id")};
    case EntityType::Enrolment:
        return columns + QStringList{QStringLiteral("participant_id"), QStringLiteral("track_id"),
                                     QStringLiteral("activity_id"), QStringLiteral("status")};
    case EntityType::Attendance:
        return columns + QStringList{QStringLiteral("session_id"), QStringLiteral("participant_id"),
                                     QStringLiteral("status")};
    }
    return columns;
}

QVariantList EntityTables::values(const AnyEntity &entity)
{
    struct Visitor
    {
        QVariantList operator()(const Academy &e) const
        {
            QJsonArray partners;
            for (int code : e.partnerMunicipalities)
                partners.append(code);
            return commonValues(e) + QVariantList{e.name,
                                                  jsonText(partners),
                                                  e.startDate.toString(dateFormat),
                                                  e.endDate.toString(dateFormat),
                                                  DomainKeys::key(e.status),
                                                  e.purpose,
                                                  jsonText(QJsonArray::fromStringList(e.focusAreas)),
                                                  e.consultant};
        }
        QVariantList operator()(const Track &e) const
        {
            QJsonArray roles;
            for (ParticipantRole role : e.targetRoles)
                roles.append(DomainKeys::key(role));
            return commonValues(e) + QVariantList{e.academyId, DomainKeys::key(e.kind),
                                                  e.name,      e.targetGroup,
                                                  jsonText(roles), e.goal,
                                                  e.colour.isValid() ? e.colour.name() : QString(), e.position};
        }
        QVariantList operator()(const Activity &e) const
        {
            return commonValues(e) + QVariantList{e.trackId,     DomainKeys::key(e.kind), e.title,    e.description,
                                                  e.facilitator, e.location,              e.capacity, e.costOre};
        }
        QVariantList operator()(const Session &e) const
        {
            return commonValues(e) + QVariantList{e.activityId, e.date.toString(dateFormat),
                                                  e.startTime.toString(timeFormat), e.endTime.toString(timeFormat),
                                                  e.location};
        }
        QVariantList operator()(const Organisation &e) const
        {
            return commonValues(e) + QVariantList{e.name, DomainKeys::key(e.kind)};
        }
        QVariantList operator()(const Participant &e) const
        {
            return commonValues(e) + QVariantList{e.name, e.email, e.phone, DomainKeys::key(e.role),
                                                  optionalId(e.organisationId)};
        }
        QVariantList operator()(const Enrolment &e) const
        {
            return commonValues(e) + QVariantList{e.participantId, optionalId(e.trackId), optionalId(e.activityId),
                                                  DomainKeys::key(e.status)};
        }
        QVariantList operator()(const Attendance &e) const
        {
            return commonValues(e) + QVariantList{e.sessionId, e.participantId, DomainKeys::key(e.status)};
        }
    };
    QVariantList values = std::visit(Visitor{}, entity);
    // A null QString would be written as SQL NULL; the schema keeps text columns NOT NULL.
    for (QVariant &value : values)
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            value = QString(QLatin1String(""));
    return values;
}

bool EntityTables::read(const QSqlQuery &query, Academy &e, QString *problem)
{
    RowReader row(query, EntityType::Academy, problem);
    row.common(e);
    e.name = row.text();
    e.partnerMunicipalities.clear();
    for (const QJsonValue &code : row.array("partner_municipalities")) {
        if (!code.isDouble())
            row.fail("partner_municipalities");
        e.partnerMunicipalities.append(code.toInt());
    }
    e.startDate = row.date("start_date");
    e.endDate = row.date("end_date");
    e.status = row.key<AcademyStatus>("status");
    e.purpose = row.text();
    e.focusAreas.clear();
    for (const QJsonValue &area : row.array("focus_areas")) {
        if (!area.isString())
            row.fail("focus_areas");
        e.focusAreas.append(area.toString());
    }
    e.consultant = row.text();
    return row.ok();
}

bool EntityTables::read(const QSqlQuery &query, Track &e, QString *problem)
{
    RowReader row(query, EntityType::Track, problem);
    row.common(e);
    e.academyId = row.integer();
    e.kind = row.key<TrackKind>("kind");
    e.name = row.text();
    e.targetGroup = row.text();
    e.targetRoles.clear();
    for (const QJsonValue &role : row.array("target_roles")) {
        const auto value = DomainKeys::parse<ParticipantRole>(role.toString());
        if (!value)
            row.fail("target_roles");
        else
            e.targetRoles.append(*value);
    }
    e.goal = row.text();
    const QString colour = row.text();
    e.colour = colour.isEmpty() ? QColor() : QColor(colour);
    if (!colour.isEmpty() && !e.colour.isValid())
        row.fail("colour");
    e.position = int(row.integer());
    return row.ok();
}

bool EntityTables::read(const QSqlQuery &query, Activity &e, QString *problem)
{
    RowReader row(query, EntityType::Activity, problem);
    row.common(e);
    e.trackId = row.integer();
    e.kind = row.key<ActivityKind>("kind");
    e.title = row.text();
    e.description = row.text();
    e.facilitator = row.text();
    e.location = row.text();
    e.capacity = int(row.integer());
    e.costOre = row.integer();
    return row.ok();
}

bool EntityTables::read(const QSqlQuery &query, Session &e, QString *problem)
{
    RowReader row(query, EntityType::Session, problem);
    row.common(e);
    e.activityId = row.integer();
    e.date = row.date("date");
    e.startTime = row.time("start_time");
    e.endTime = row.time("end_time");
    e.location = row.text();
    return row.ok();
}

bool EntityTables::read(const QSqlQuery &query, Organisation &e, QString *problem)
{
    RowReader row(query, EntityType::Organisation, problem);
    row.common(e);
    e.name = row.text();
    e.kind = row.key<OrganisationKind>("kind");
    return row.ok();
}

bool EntityTables::read(const QSqlQuery &query, Participant &e, QString *problem)
{
    RowReader row(query, EntityType::Participant, problem);
    row.common(e);
    e.name = row.text();
    e.email = row.text();
    e.phone = row.text();
    e.role = row.key<ParticipantRole>("role");
    e.organisationId = row.integer();
    return row.ok();
}

bool EntityTables::read(const QSqlQuery &query, Enrolment &e, QString *problem)
{
    RowReader row(query, EntityType::Enrolment, problem);
    row.common(e);
    e.participantId = row.integer();
    e.trackId = row.integer();
    e.activityId = row.integer();
    e.status = row.key<EnrolmentStatus>("status");
    return row.ok();
}

bool EntityTables::read(const QSqlQuery &query, Attendance &e, QString *problem)
{
    RowReader row(query, EntityType::Attendance, problem);
    row.common(e);
    e.sessionId = row.integer();
    e.participantId = row.integer();
    e.status = row.key<AttendanceStatus>("status");
    return row.ok();
}

QString EntityTables::timestampText(const QDateTime &timestamp)
{
    return timestamp.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime EntityTables::parseTimestamp(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

} // namespace Akademiplan
