// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "entitytablemodel.h"

namespace Akademiplan {

class ProjectEditor;

// The measurements of the project's indicators, one row each, editable in place: when each is
// made (before, during, at the end or some months after the programme), its planned and measured
// days, its value and a note; and what the value says against its indicator's target, in words
// and colour. A view shows one indicator's measurements through a filter proxy on IndicatorIdRole,
// in the plan's order by sorting on SortRole.
class MeasurementTableModel : public EntityTableModel<Measurement>
{
    Q_OBJECT

public:
    enum Column { When, Planned, Measured, Value, AgainstTarget, Note, ColumnCount };
    enum Roles { IndicatorIdRole = FirstCustomRole, SortRole };

    MeasurementTableModel(Document *document, ProjectEditor *editor, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // When a measurement is made, as the When column edits it: "before", "during" or "after:3".
    static QString timingKey(MeasurementTiming timing, int monthsAfter);
    // The times an evaluation usually measures at, in the plan's order, for a choice of When.
    static QList<std::pair<MeasurementTiming, int>> usualTimings();

signals:
    // A value typed into a cell could not be read; why, in the UI language.
    void refused(const QString &why);

protected:
    void relatedChanged(EntityType type, const QList<qint64> &ids) override;

private:
    ProjectEditor *m_editor;
};

} // namespace Akademiplan
