// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QDialog>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Akademiplan {

class Workspace;

// Picks any number of people from the project, with instant search, to enrol them.
class ParticipantPickerDialog : public QDialog
{
    Q_OBJECT

public:
    ParticipantPickerDialog(Workspace *workspace, const QString &title, QWidget *parent = nullptr);

    QList<qint64> selectedIds() const;

private:
    QLineEdit *m_search;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
};

} // namespace Akademiplan
