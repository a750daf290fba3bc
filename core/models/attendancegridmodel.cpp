// SPDX-License-Identifier: MPL-2.0
#include "attendancegridmodel.h"

#include "document/document.h"
#include "domain/domainlabels.h"
#include "editor/projecteditor.h"
#include "i18n/displaytext.h"

#include <QBrush>
#include <QCollator>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace Akademiplan {

namespace {

constexpr std::array<AttendanceStatus, 3> statuses = {AttendanceStatus::Present, AttendanceStatus::Absent,
                                                      AttendanceStatus::Excused};

// Light enough to read the letter on, apart enough to see a column's absences at a glance.
QColor colourOf(AttendanceStatus status, bool withoutPlace)
{
    if (withoutPlace)
        return QColor(0xff, 0xc8, 0x8a);
    switch (status) {
    case AttendanceStatus::Present: return QColor(0xd4, 0xee, 0xd4);
    case AttendanceStatus::Absent: return QColor(0xf6, 0xcf, 0xcf);
    case AttendanceStatus::Excused: return QColor(0xfa, 0xea, 0xc0);
    }
    return {};
}

QString rateText(const AttendanceTally &tally)
{
    const std::optional<double> rate = tally.rate();
    return rate ? DisplayText::percent(*rate) : QStringLiteral("–");
}

} // namespace

AttendanceGridModel::AttendanceGridModel(Document *document, ProjectEditor *editor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_editor(editor)
{
    connect(document, &Document::changesApplied, this, &AttendanceGridModel::followChanges);
    // A project read anew (after a failed write) comes as a reset of every type.
    connect(document, &Document::rowsReset, this, [this](EntityType type) {
        if (type == EntityType::Attendance)
            rebuild();
    });
}

void AttendanceGridModel::setActivity(qint64 activityId)
{
    m_activityId = activityId;
    rebuild();
}

void AttendanceGridModel::setNameOrder(NameOrder order)
{
    if (order == m_nameOrder)
        return;
    m_nameOrder = order;
    rebuild();
}

void AttendanceGridModel::rebuild()
{
    beginResetModel();
    m_people.clear();
    m_sessions.clear();
    m_rowOf.clear();
    m_columnOf.clear();
    m_status.clear();
    m_placeHolders = 0;
    m_recordedColumns = 0;
    const Project &project = m_document->project();
    if (project.activities.contains(m_activityId)) {
        for (const Session *session : project.sessionsOf(m_activityId)) {
            m_columnOf.insert(session->id, int(m_sessions.size()));
            m_sessions.push_back(session->id);
        }
        QSet<qint64> withPlace;
        for (const Enrolment &enrolment : project.enrolments)
            if (enrolment.activityId == m_activityId && enrolment.expectsAttendance())
                withPlace.insert(enrolment.participantId);
        std::vector<const Attendance *> records;
        QSet<qint64> others;
        for (const Attendance &attendance : project.attendances) {
            if (!m_columnOf.contains(attendance.sessionId))
                continue;
            records.push_back(&attendance);
            if (!withPlace.contains(attendance.participantId))
                others.insert(attendance.participantId);
        }
        QCollator collator{QLocale()};
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        const auto byName = [&](const QSet<qint64> &ids) {
            std::vector<std::pair<QString, qint64>> people;
            for (qint64 id : ids) {
                const Participant *participant = project.participants.find(id);
                people.emplace_back(participant ? participant->name : QString(), id);
            }
            std::sort(people.begin(), people.end(), [&](const auto &a, const auto &b) {
                const int order = PersonName::compare(collator, a.first, b.first, m_nameOrder);
                return order != 0 ? order < 0 : a.second < b.second;
            });
            for (const auto &[name, id] : people) {
                m_rowOf.insert(id, int(m_people.size()));
                m_people.push_back(id);
            }
        };
        byName(withPlace);
        m_placeHolders = int(m_people.size());
        byName(others);
        m_byColumn.assign(m_sessions.size(), Counts{});
        m_recordsInColumn.assign(m_sessions.size(), 0);
        m_byRow.assign(m_people.size(), Counts{});
        for (const Attendance *attendance : records)
            record(m_rowOf.value(attendance->participantId), m_columnOf.value(attendance->sessionId),
                   attendance->status);
    }
    endResetModel();
    emit totalsChanged();
}

void AttendanceGridModel::record(int row, int column, std::optional<AttendanceStatus> status)
{
    const std::pair<int, int> cell{row, column};
    const bool withPlace = row < m_placeHolders;
    const auto count = [&](AttendanceStatus which, int step) {
        m_byRow[std::size_t(row)][std::size_t(which)] += step;
        if (withPlace)
            m_byColumn[std::size_t(column)][std::size_t(which)] += step;
        int &records = m_recordsInColumn[std::size_t(column)];
        if (step > 0 && records++ == 0)
            ++m_recordedColumns;
        else if (step < 0 && --records == 0)
            --m_recordedColumns;
    };
    if (const auto it = m_status.constFind(cell); it != m_status.constEnd()) {
        count(*it, -1);
        m_status.erase(it);
    }
    if (status) {
        m_status.insert(cell, *status);
        count(*status, +1);
    }
}

void AttendanceGridModel::followChanges(const ChangeSet &changes)
{
    if (m_activityId == 0)
        return;
    QList<std::pair<int, int>> cells;
    for (const Change &change : changes.changes()) {
        if (needsRebuild(change, cells)) {
            rebuild();
            return;
        }
    }
    if (cells.isEmpty())
        return;
    const int recordedBefore = m_recordedColumns;
    int top = rateRow(), bottom = 0, left = rateColumn(), right = 0;
    for (const auto &[row, column] : std::as_const(cells)) {
        top = std::min(top, row);
        bottom = std::max(bottom, row);
        left = std::min(left, column);
        right = std::max(right, column);
    }
    // One signal for the cells, one for the rates beside them and one for those below them.
    emit dataChanged(index(top, left), index(bottom, right));
    if (recordedBefore != m_recordedColumns)
        emit dataChanged(index(0, rateColumn()), index(rateRow(), rateColumn()));
    else
        emit dataChanged(index(top, rateColumn()), index(bottom, rateColumn()));
    emit dataChanged(index(rateRow(), left), index(rateRow(), rateColumn()));
    emit totalsChanged();
}

bool AttendanceGridModel::needsRebuild(const Change &change, QList<std::pair<int, int>> &cells)
{
    const AnyEntity &row = change.after ? *change.after : *change.before;
    switch (entityType(row)) {
    case EntityType::Attendance: {
        const auto &attendance = std::get<Attendance>(row);
        const int column = m_columnOf.value(attendance.sessionId, -1);
        if (column < 0)
            return false;
        const int person = m_rowOf.value(attendance.participantId, -1);
        // Someone without a place comes into the grid with a first record and leaves it with the last.
        if (person < 0 || person >= m_placeHolders)
            return true;
        // The record as the change leaves it; a later change of the same cell in the set wins.
        record(person, column, change.after ? std::optional(std::get<Attendance>(*change.after).status) : std::nullopt);
        cells.append({person, column});
        return false;
    }
    case EntityType::Enrolment: {
        const auto activityOf = [](const AnyEntity &entity) { return std::get<Enrolment>(entity).activityId; };
        return (change.before && activityOf(*change.before) == m_activityId)
               || (change.after && activityOf(*change.after) == m_activityId);
    }
    case EntityType::Session: {
        const auto activityOf = [](const AnyEntity &entity) { return std::get<Session>(entity).activityId; };
        return (change.before && activityOf(*change.before) == m_activityId)
               || (change.after && activityOf(*change.after) == m_activityId);
    }
    case EntityType::Participant:
        // A new name may move the person in the grid.
        return m_rowOf.contains(entityId(row));
    case EntityType::Activity:
        return entityId(row) == m_activityId && !change.after;
    default:
        return false;
    }
}

int AttendanceGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_activityId == 0 ? 0 : int(m_people.size()) + 1;
}

int AttendanceGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_activityId == 0 ? 0 : int(m_sessions.size()) + 1;
}

bool AttendanceGridModel::isCell(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.row() < rateRow() && index.column() < rateColumn();
}

qint64 AttendanceGridModel::sessionAt(int column) const
{
    return column >= 0 && column < rateColumn() ? m_sessions[std::size_t(column)] : 0;
}

qint64 AttendanceGridModel::participantAt(int row) const
{
    return row >= 0 && row < rateRow() ? m_people[std::size_t(row)] : 0;
}

std::optional<AttendanceStatus> AttendanceGridModel::statusAt(const QModelIndex &index) const
{
    const auto it = m_status.constFind({index.row(), index.column()});
    return isCell(index) && it != m_status.constEnd() ? std::optional(*it) : std::nullopt;
}

AttendanceTally AttendanceGridModel::sessionTally(int column) const
{
    AttendanceTally tally;
    if (column < 0 || column >= rateColumn() || m_recordsInColumn[std::size_t(column)] == 0)
        return tally;
    for (AttendanceStatus status : statuses)
        tally.count(status, true, m_byColumn[std::size_t(column)][std::size_t(status)]);
    // The column's records of people without a place are the rest of its present records.
    int presentWithoutPlace = 0;
    for (int row = m_placeHolders; row < rateRow(); ++row)
        if (m_status.value({row, column}, AttendanceStatus::Absent) == AttendanceStatus::Present)
            ++presentWithoutPlace;
    tally.count(AttendanceStatus::Present, false, presentWithoutPlace);
    tally.addSession(m_placeHolders);
    return tally;
}

AttendanceTally AttendanceGridModel::personTally(int row) const
{
    AttendanceTally tally;
    if (row < 0 || row >= rateRow())
        return tally;
    const bool withPlace = row < m_placeHolders;
    for (AttendanceStatus status : statuses)
        tally.count(status, withPlace, m_byRow[std::size_t(row)][std::size_t(status)]);
    tally.recordedSessions = m_recordedColumns;
    tally.expected = withPlace ? m_recordedColumns : 0;
    return tally;
}

AttendanceTally AttendanceGridModel::activityTally() const
{
    AttendanceTally tally;
    for (int column = 0; column < rateColumn(); ++column)
        tally.add(sessionTally(column));
    return tally;
}

QVariant AttendanceGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Project &project = m_document->project();
    const int row = index.row();
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(column < rateColumn() ? Qt::AlignCenter
                                                                       : Qt::AlignRight | Qt::AlignVCenter));
    if (row == rateRow() || column == rateColumn()) {
        const AttendanceTally tally = row == rateRow() && column == rateColumn() ? activityTally()
                                      : row == rateRow()                        ? sessionTally(column)
                                                                                : personTally(row);
        switch (role) {
        case Qt::DisplayRole:
            if (row < m_placeHolders || row == rateRow())
                return tally.isRecorded() ? rateText(tally) : QString();
            return tally.presentWithoutPlace > 0 ? tr("not enrolled") : QString();
        case Qt::ToolTipRole:
            if (!tally.isRecorded())
                return tr("No attendance recorded yet.");
            if (row < rateRow() && row >= m_placeHolders)
                return tr("Not enrolled in the activity; recorded as present at %n session(s).", nullptr,
                          tally.presentWithoutPlace);
            if (row < rateRow())
                return tr("Present at %1 of %n recorded session(s).", nullptr, tally.expected).arg(tally.present);
            return tr("Of %1 enrolled: %2 present, %3 absent, %4 excused, %5 not recorded.")
                       .arg(tally.expected)
                       .arg(tally.present)
                       .arg(tally.absent)
                       .arg(tally.excused)
                       .arg(tally.expected - tally.present - tally.absent - tally.excused);
        case Qt::FontRole:
            if (row == rateRow()) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        }
        return {};
    }
    const std::optional<AttendanceStatus> status = statusAt(index);
    const bool withoutPlace = row >= m_placeHolders;
    switch (role) {
    case Qt::DisplayRole: return status ? letter(*status) : QString();
    case StatusRole: return status ? QVariant(int(*status)) : QVariant();
    case WithoutPlaceRole: return withoutPlace;
    case Qt::BackgroundRole:
        if (status)
            return QBrush(colourOf(*status, withoutPlace && status == AttendanceStatus::Present));
        return {};
    case Qt::ToolTipRole: {
        const Participant *participant = project.participants.find(participantAt(row));
        const Session *session = project.sessions.find(sessionAt(column));
        if (!participant || !session)
            return {};
        QString text = tr("%1, %2: %3")
                           .arg(participant->name, DisplayText::dayMonth(session->date),
                                status ? DomainLabels::label(*status) : tr("not recorded"));
        if (withoutPlace)
            text += QLatin1Char('\n') + tr("Not enrolled in the activity.");
        return text;
    }
    }
    return {};
}

QVariant AttendanceGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const Project &project = m_document->project();
    if (orientation == Qt::Horizontal) {
        if (section == rateColumn())
            return role == Qt::DisplayRole ? QVariant(tr("Rate")) : QVariant();
        const Session *session = project.sessions.find(sessionAt(section));
        if (!session)
            return {};
        if (role == Qt::DisplayRole)
            return DisplayText::dayMonth(session->date);
        if (role == Qt::ToolTipRole)
            return tr("%1, %2").arg(DisplayText::date(session->date),
                                    DisplayText::timeRange(session->startTime, session->endTime));
        return {};
    }
    if (section == rateRow())
        return role == Qt::DisplayRole ? QVariant(tr("Rate")) : QVariant();
    const Participant *participant = project.participants.find(participantAt(section));
    const bool withoutPlace = section >= m_placeHolders;
    switch (role) {
    case Qt::DisplayRole:
        if (!participant)
            return {};
        return withoutPlace ? tr("%1 (not enrolled)").arg(participant->name) : participant->name;
    case Qt::ToolTipRole:
        if (withoutPlace)
            return tr("Recorded at a session of this activity without being enrolled in it.");
        return participant ? DomainLabels::label(participant->role) : QVariant();
    case Qt::ForegroundRole:
        return withoutPlace ? QVariant(QBrush(QColor(0xa0, 0x4a, 0x00))) : QVariant();
    }
    return {};
}

Qt::ItemFlags AttendanceGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // The rates are shown, not chosen: a selection holds attendance cells only.
    return isCell(index) ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::ItemIsEnabled;
}

EditResult AttendanceGridModel::setStatus(const QModelIndexList &cells, std::optional<AttendanceStatus> status)
{
    QList<AttendanceMark> marks;
    for (const QModelIndex &cell : cells)
        if (isCell(cell))
            marks.append({sessionAt(cell.column()), participantAt(cell.row()), status});
    return m_editor->recordAttendance(marks);
}

std::optional<AttendanceStatus> AttendanceGridModel::nextStatus(std::optional<AttendanceStatus> current)
{
    if (!current)
        return AttendanceStatus::Present;
    switch (*current) {
    case AttendanceStatus::Present: return AttendanceStatus::Absent;
    case AttendanceStatus::Absent: return AttendanceStatus::Excused;
    case AttendanceStatus::Excused: return std::nullopt;
    }
    return std::nullopt;
}

EditResult AttendanceGridModel::everyonePresent(int column)
{
    QModelIndexList cells;
    for (int row = 0; row < m_placeHolders; ++row)
        if (!m_status.contains({row, column}))
            cells.append(index(row, column));
    return setStatus(cells, AttendanceStatus::Present);
}

QString AttendanceGridModel::letter(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Present: return tr("P", "the key and the mark for present");
    case AttendanceStatus::Absent: return tr("A", "the key and the mark for absent");
    case AttendanceStatus::Excused: return tr("E", "the key and the mark for excused");
    }
    return {};
}

std::optional<AttendanceStatus> AttendanceGridModel::statusOfLetter(const QString &text)
{
    for (AttendanceStatus status : statuses)
        if (text.compare(letter(status), Qt::CaseInsensitive) == 0)
            return status;
    return std::nullopt;
}

} // namespace Akademiplan
