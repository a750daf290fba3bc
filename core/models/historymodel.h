// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/projectinfo.h"

#include <QAbstractTableModel>

namespace Akademiplan {

// The file's change log, newest save first: when, by whom, and what changed, with the copies
// shared from a revision and the returned copies a save took in.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RevisionColumn, SavedColumn, AuthorColumn, ChangesColumn, ColumnCount };

    explicit HistoryModel(const ProjectInfo &info, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What a save did, in words: its changes, then what it took in and what was shared from it.
    static QString describe(const ProjectInfo &info, const RevisionRecord &revision);

private:
    ProjectInfo m_info;
};

} // namespace Akademiplan
