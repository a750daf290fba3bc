// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "exchange/participantimport.h"

#include <QAbstractTableModel>

namespace Akademiplan {

// Every row of a participant list as the import will treat it: what happens to it (added,
// updated, skipped, refused), the person as read, and the row's problems or note. Rows with
// problems say so in a colour and a tooltip; the data is the ParticipantImport's, shown as is.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Row, Action, Name, Email, Phone, Role, Organisation, Note, ColumnCount };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setImport(const ParticipantImport *import);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString actionText(ImportRow::Action action);

private:
    QString noteText(const ImportRow &row) const;

    const ParticipantImport *m_import = nullptr;
};

} // namespace Akademiplan
