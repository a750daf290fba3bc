// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/changeset.h"
#include "domain/personname.h"
#include "editor/editresult.h"
#include "planning/attendancerates.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <array>
#include <optional>
#include <vector>

namespace Akademiplan {

class Document;
class ProjectEditor;

// The attendance of one activity as a grid: a row per person with a place in it (then anyone
// else recorded at its sessions, flagged), a column per session in date order, and as the last
// row and column the rates per session and per person (AttendanceTally's definitions).
//
// Built once when the activity is chosen, with one pass over the enrolments and the attendance;
// afterwards an edit of a few cells updates those cells and the rates from the document's change
// set, so that a grid of 300 people and 20 sessions follows typing without any scan.
class AttendanceGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles {
        StatusRole = Qt::UserRole + 1, // the AttendanceStatus as an int, or nothing when not recorded
        WithoutPlaceRole,              // the person is recorded here without a place in the activity
    };

    AttendanceGridModel(Document *document, ProjectEditor *editor, QObject *parent = nullptr);

    void setActivity(qint64 activityId);
    qint64 activityId() const { return m_activityId; }
    void setNameOrder(NameOrder order);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The row of the rates per session and the column of the rates per person.
    int rateRow() const { return int(m_people.size()); }
    int rateColumn() const { return int(m_sessions.size()); }
    bool isCell(const QModelIndex &index) const;
    qint64 sessionAt(int column) const;
    qint64 participantAt(int row) const;
    std::optional<AttendanceStatus> statusAt(const QModelIndex &index) const;
    AttendanceTally sessionTally(int column) const;
    AttendanceTally personTally(int row) const;
    AttendanceTally activityTally() const;

    // Each edit is one undo step, however many cells. `cells` that are not attendance cells
    // are left out.
    EditResult setStatus(const QModelIndexList &cells, std::optional<AttendanceStatus> status);
    // The status after `current` in the order Space goes round: not recorded, present, absent,
    // excused, and not recorded again.
    static std::optional<AttendanceStatus> nextStatus(std::optional<AttendanceStatus> current);
    // Everyone with a place who is not yet recorded at the session is recorded as present; what
    // was recorded (an absence notified beforehand) stays.
    EditResult everyonePresent(int column);

    // The letter a cell shows and the key that records the status, in the UI's language
    // (P, A, E in English).
    static QString letter(AttendanceStatus status);
    static std::optional<AttendanceStatus> statusOfLetter(const QString &text);

signals:
    // The rates changed: the activity's, a session's or a person's.
    void totalsChanged();

private:
    using Counts = std::array<int, 3>; // per AttendanceStatus

    void rebuild();
    void followChanges(const ChangeSet &changes);
    // Whether the change needs the grid built anew (people or sessions come or go), else the
    // cells it touched, as (row, column), are added to `cells`.
    bool needsRebuild(const Change &change, QList<std::pair<int, int>> &cells);
    void record(int row, int column, std::optional<AttendanceStatus> status);

    Document *m_document;
    ProjectEditor *m_editor;
    qint64 m_activityId = 0;
    NameOrder m_nameOrder = NameOrder::FirstName;

    std::vector<qint64> m_people;   // those with a place first, by name
    std::vector<qint64> m_sessions; // by date and time
    QHash<qint64, int> m_rowOf;
    QHash<qint64, int> m_columnOf;
    int m_placeHolders = 0; // the first rows
    QHash<std::pair<int, int>, AttendanceStatus> m_status; // (row, column)
    std::vector<Counts> m_byColumn;   // records of place-holders
    std::vector<int> m_recordsInColumn; // of anyone: a session counts once it has one
    std::vector<Counts> m_byRow;
    int m_recordedColumns = 0;
};

} // namespace Akademiplan
