// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Akademiplan {

class Workspace;

// In the partner register: the tracks and activities one partner takes part in, with what it
// does there (editable), taking it off selected places, and a double click on a row to show the
// activity or track in the programme.
class PartnershipPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PartnershipPanel(Workspace *workspace, QWidget *parent = nullptr);

    void showPartner(qint64 organisationId);
    QTableView *table() const { return m_table; }
    QPushButton *removeButton() const { return m_remove; }

private:
    void removeSelection();
    void showInProgramme(const QModelIndex &index);

    Workspace *m_workspace;
    QLabel *m_heading;
    QPushButton *m_remove;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
};

} // namespace Akademiplan
