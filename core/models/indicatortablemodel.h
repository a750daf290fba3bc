// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "entitytablemodel.h"
#include "evaluation/indicatorstatus.h"

#include <QColor>

namespace Akademiplan {

class ProjectEditor;

// The indicators of the project, one row each, editable in place; beside what the user enters,
// where each stands (IndicatorStatus): its latest measured value, its status against the target,
// and when it is measured next, flagged when that day has passed. The computed columns follow the
// measurements as they are recorded. A view shows one academy's indicators through a filter proxy
// on AcademyIdRole.
class IndicatorTableModel : public EntityTableModel<Indicator>
{
    Q_OBJECT

public:
    enum Column { Name, Scope, Level, ValueKind, Method, Unit, Baseline, Target, Direction, Latest, Status, Next,
                  ColumnCount };
    enum Roles { AcademyIdRole = FirstCustomRole };

    IndicatorTableModel(Document *document, ProjectEditor *editor, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // "Higher is better" / "Lower is better": the Direction column's words.
    static QString directionText(bool higherIsBetter);
    // The colour a state's words are written in, beside them and never instead: green on target,
    // red short of it, none otherwise.
    static QColor colourOf(IndicatorStatus::State state);

signals:
    // A number typed into a cell could not be read; why, in the UI language.
    void refused(const QString &why);

protected:
    void relatedChanged(EntityType type, const QList<qint64> &ids) override;

private:
    void measurementsChanged();
    // The indicator's measurements, from an index by indicator made once after they change: a
    // view asks every computed cell for several roles as it paints, and a pass over all the
    // project's measurements for each would cost indicators × measurements per paint.
    std::vector<const Measurement *> measurementsOf(qint64 indicatorId) const;

    ProjectEditor *m_editor;
    // Ids rather than rows: the list of measurements may move in memory as it changes.
    mutable QHash<qint64, QList<qint64>> m_measurementIds;
    mutable bool m_measurementIdsStale = true;
};

} // namespace Akademiplan
