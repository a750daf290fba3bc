// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTime>

namespace Akademiplan {

class Document;
class ProjectEditor;
struct AgendaItem;
struct EditResult;

// The timed agenda of one session, one item a row in time order, editable in place in the columns
// Danish process designers use: time, what, why, how, who and plan B. The time shows when an item
// runs (until the next one starts, the last until the session ends) and is edited as its start,
// typed as a Dane types it ("9.30"). Every edit goes through the editor: typing in a cell is one
// undo step, and an item moves to its place when its time changes. Follows the document's row
// signals, so undo, another view or a removed session show at once.
class AgendaTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, What, Why, How, Who, PlanB, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1 };

    AgendaTableModel(Document *document, ProjectEditor *editor, QObject *parent = nullptr);

    // Shows the agenda of this session (0: none).
    void setSession(qint64 sessionId);
    qint64 sessionId() const { return m_sessionId; }
    qint64 idAt(int row) const { return m_ids.value(row); }
    // The row of an item, or -1.
    int rowOf(qint64 id) const { return int(m_ids.indexOf(id)); }

    // Adds an item where the next one most likely goes (see SessionAgenda::nextItem), as one undo
    // step; its row, or -1 when the edit was refused.
    int addItem();
    // Removes the items, as one undo step; false when the edit was refused.
    bool removeItems(const QList<qint64> &ids);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // An edit was not made: a time that cannot be read, or one the rules refuse; why, in the UI
    // language.
    void refused(const QString &why);
    // An edit was made, with what the rules warn about (an item outside its session).
    void warned(const QString &warning);

private:
    const AgendaItem *itemAt(int row) const;
    // The session's items in time order now, with their ends noted.
    QList<qint64> currentItems();
    // Brings the rows in line with the session's agenda as it is now: removed rows out, moved rows
    // to their place, new rows in, and every time shown anew (an item's end is the next one's start).
    void sync();
    // Tells what the editor refused or warned about; whether the edit was made.
    bool report(const EditResult &result);

    Document *m_document;
    ProjectEditor *m_editor;
    qint64 m_sessionId = 0;
    QList<qint64> m_ids; // in time order
    // When each item ends, as the agenda is after the change being shown: a view asking while
    // rows go in or out sees its neighbours' times as they will be.
    QHash<qint64, QTime> m_ends;
};

} // namespace Akademiplan
