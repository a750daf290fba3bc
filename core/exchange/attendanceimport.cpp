// SPDX-License-Identifier: MPL-2.0
#include "attendanceimport.h"

#include "csvreader.h"

#include "domain/domainlabels.h"
#include "domain/project.h"
#include "i18n/typeddate.h"
#include "participantcolumns.h"

#include <QHash>
#include <QLocale>
#include <QSet>

namespace Akademiplan {

namespace {

enum Column { DateColumn, ActivityColumn, EmailColumn, NameColumn, StatusColumn, ColumnCount };

// The column of each field, or -1: the attendance headers here, the person's as a participant
// list has them.
std::array<int, ColumnCount> recognise(const QStringList &header)
{
    static const QHash<QString, Column> known = [] {
        QHash<QString, Column> words;
        auto add = [&words](Column column, std::initializer_list<const char *> list) {
            for (const char *word : list)
                words.insert(ParticipantColumns::normalised(QString::fromUtf8(word)), column);
        };
        add(DateColumn, {"Dato", "Mødedato", "Sessionsdato", "Dag", "Date", "Session date", "Day"});
        add(ActivityColumn, {"Aktivitet", "Aktivitetens titel", "Forløb", "Activity", "Activity title"});
        add(StatusColumn, {"Status", "Fremmøde", "Mødt", "Deltagelse", "Attendance", "Attended"});
        return words;
    }();
    std::array<int, ColumnCount> columns;
    columns.fill(-1);
    for (int i = 0; i < header.size(); ++i) {
        int found = -1;
        if (const auto it = known.constFind(ParticipantColumns::normalised(header.at(i))); it != known.constEnd())
            found = *it;
        else if (const ParticipantField field = ParticipantColumns::recognise(header.at(i));
                 field == ParticipantField::Email)
            found = EmailColumn;
        else if (field == ParticipantField::Name)
            found = NameColumn;
        if (found >= 0 && columns[std::size_t(found)] < 0)
            columns[std::size_t(found)] = i;
    }
    return columns;
}

QString key(const QString &text)
{
    return text.simplified().toLower();
}

} // namespace

std::optional<AttendanceStatus> AttendanceImport::statusOfWord(const QString &word)
{
    static const QHash<QString, AttendanceStatus> words = [] {
        QHash<QString, AttendanceStatus> known;
        for (const char *w : {"mødt", "til stede", "tilstede", "fremmødt", "deltog", "present", "attended", "x"})
            known.insert(QString::fromUtf8(w), AttendanceStatus::Present);
        for (const char *w : {"fraværende", "fravær", "ikke mødt", "udeblevet", "absent"})
            known.insert(QString::fromUtf8(w), AttendanceStatus::Absent);
        for (const char *w : {"afbud", "meldt afbud", "excused"})
            known.insert(QString::fromUtf8(w), AttendanceStatus::Excused);
        return known;
    }();
    const auto it = words.constFind(key(word));
    return it != words.constEnd() ? std::optional(*it) : std::nullopt;
}

AttendanceImport AttendanceImport::prepare(const Project &project, const CsvTable &table, qint64 academyId,
                                           qint64 trackId)
{
    AttendanceImport import;
    if (table.rows.size() < 2) {
        import.m_problems.append(tr("The file holds no rows."));
        return import;
    }
    if (const QString problem = CsvReader::structureProblem(table); !problem.isEmpty()) {
        import.m_problems.append(problem);
        return import;
    }
    const QStringList header = table.header();
    const std::array<int, ColumnCount> columns = recognise(header);
    QStringList missing;
    if (columns[DateColumn] < 0)
        missing.append(tr("the date (Dato, Date)"));
    if (columns[ActivityColumn] < 0)
        missing.append(tr("the activity (Aktivitet, Activity)"));
    if (columns[EmailColumn] < 0 && columns[NameColumn] < 0)
        missing.append(tr("the person (E-mail or Navn, Name)"));
    if (columns[StatusColumn] < 0)
        missing.append(tr("the status (Status, Fremmøde, Attendance)"));
    if (!missing.isEmpty()) {
        import.m_problems.append(tr("The header has no column for %1.").arg(QLocale().createSeparatedList(missing)));
        return import;
    }

    // Everything a row is looked up in, each table passed once.
    QHash<QString, QList<const Activity *>> activitiesByTitle;
    for (const Activity &activity : project.activities) {
        const Track *track = project.tracks.find(activity.trackId);
        if ((trackId == 0 || activity.trackId == trackId)
            && (academyId == 0 || (track && track->academyId == academyId)))
            activitiesByTitle[key(activity.title)].append(&activity);
    }
    QHash<std::pair<qint64, QDate>, QList<qint64>> sessionsOn;
    for (const Session &session : project.sessions)
        sessionsOn[{session.activityId, session.date}].append(session.id);
    QHash<QString, QList<qint64>> byEmail;
    QHash<QString, QList<qint64>> byName;
    for (const Participant &participant : project.participants) {
        if (!participant.email.isEmpty())
            byEmail[key(participant.email)].append(participant.id);
        byName[key(participant.name)].append(participant.id);
    }
    QHash<std::pair<qint64, qint64>, AttendanceStatus> recorded;
    for (const Attendance &attendance : project.attendances)
        recorded.insert({attendance.sessionId, attendance.participantId}, attendance.status);

    QHash<std::pair<qint64, qint64>, std::pair<int, AttendanceStatus>> seen; // the first row of each cell
    for (qsizetype r = 1; r < table.rows.size(); ++r) {
        const QStringList &row = table.rows.at(r);
        const int rowNumber = table.rowNumbers.value(r, int(r) + 1);
        const auto cell = [&](Column column) { return row.value(columns[column]).trimmed(); };
        const auto problem = [&](Column column, const QString &message) {
            import.m_problems.append(
                tr("row %1, column “%2”: %3").arg(rowNumber).arg(header.value(columns[column]), message));
        };

        const Activity *activity = nullptr;
        const QString title = cell(ActivityColumn);
        const QList<const Activity *> candidates = activitiesByTitle.value(key(title));
        QList<const Activity *> exact;
        for (const Activity *candidate : candidates)
            if (candidate->title.trimmed() == title)
                exact.append(candidate);
        if (title.isEmpty())
            problem(ActivityColumn, tr("There is no activity."));
        else if (candidates.isEmpty())
            problem(ActivityColumn, tr("No activity is called “%1”.").arg(title));
        else if (candidates.size() == 1 || exact.size() == 1)
            activity = candidates.size() == 1 ? candidates.front() : exact.front();
        else
            problem(ActivityColumn, tr("Several activities are called “%1”; say which academy or track.").arg(title));

        qint64 sessionId = 0;
        const QString dateText = cell(DateColumn);
        if (dateText.isEmpty()) {
            problem(DateColumn, tr("There is no date."));
        } else {
            const Academy *academy = activity ? project.academyOfActivity(activity->id) : nullptr;
            const TypedDate::Result date = academy ? TypedDate::parseDate(dateText, academy->startDate, academy->endDate)
                                                   : TypedDate::parseDate(dateText);
            if (!date.isValid()) {
                problem(DateColumn, date.error);
            } else if (activity) {
                const QList<qint64> sessions = sessionsOn.value({activity->id, date.date});
                const QString day = QLocale().toString(date.date, QLocale::ShortFormat);
                if (sessions.isEmpty())
                    problem(DateColumn, tr("“%1” has no session on %2.").arg(activity->title, day));
                else if (sessions.size() > 1)
                    problem(DateColumn, tr("“%1” has %2 sessions on %3; record that day in the window.")
                                            .arg(activity->title)
                                            .arg(sessions.size())
                                            .arg(day));
                else
                    sessionId = sessions.front();
            }
        }

        qint64 participantId = 0;
        const QString email = columns[EmailColumn] >= 0 ? cell(EmailColumn) : QString();
        const QString name = columns[NameColumn] >= 0 ? cell(NameColumn) : QString();
        if (!email.isEmpty()) {
            const QList<qint64> people = byEmail.value(key(email));
            if (people.size() == 1)
                participantId = people.front();
            else
                problem(EmailColumn, people.isEmpty()
                                         ? tr("No participant has the e-mail address “%1”.").arg(email)
                                         : tr("Several participants have the e-mail address “%1”.").arg(email));
        } else if (!name.isEmpty()) {
            const QList<qint64> people = byName.value(key(name));
            if (people.size() == 1)
                participantId = people.front();
            else
                problem(NameColumn, people.isEmpty()
                                        ? tr("No participant is called “%1”.").arg(name)
                                        : tr("Several participants are called “%1”; give the e-mail address.").arg(name));
        } else {
            problem(columns[EmailColumn] >= 0 ? EmailColumn : NameColumn, tr("There is no e-mail address or name."));
        }

        const QString word = cell(StatusColumn);
        const std::optional<AttendanceStatus> status = statusOfWord(word);
        if (word.isEmpty())
            problem(StatusColumn, tr("There is no status."));
        else if (!status)
            problem(StatusColumn, tr("“%1” is not a status the program knows: write mødt, fraværende or afbud "
                                     "(present, absent, excused).")
                                      .arg(word));

        if (sessionId == 0 || participantId == 0 || !status)
            continue;
        const std::pair<qint64, qint64> cellKey{sessionId, participantId};
        if (const auto first = seen.constFind(cellKey); first != seen.constEnd()) {
            if (first->second != *status)
                problem(StatusColumn, tr("Row %1 records the same person at the same session as %2.")
                                          .arg(first->first)
                                          .arg(DomainLabels::label(first->second).toLower()));
            continue;
        }
        seen.insert(cellKey, {rowNumber, *status});
        if (const auto before = recorded.constFind(cellKey); before != recorded.constEnd() && *before == *status)
            ++import.m_unchanged;
        import.m_marks.append({sessionId, participantId, *status});
    }
    if (!import.m_problems.isEmpty())
        import.m_marks.clear();
    return import;
}

QString AttendanceImport::summary() const
{
    int counts[3] = {0, 0, 0};
    for (const AttendanceMark &mark : m_marks)
        ++counts[int(*mark.status)];
    QString text = tr("%n mark(s) (%1 present, %2 absent, %3 excused)", nullptr, int(m_marks.size()))
                       .arg(counts[int(AttendanceStatus::Present)])
                       .arg(counts[int(AttendanceStatus::Absent)])
                       .arg(counts[int(AttendanceStatus::Excused)]);
    if (m_unchanged > 0)
        text += tr(", %n of them as already recorded", nullptr, m_unchanged);
    return text;
}

} // namespace Akademiplan
