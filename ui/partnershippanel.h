// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Akademiplan {

class Workspace;

// The partners of one track or one activity, with adding and removing one; or, in the partner
// register, the tracks and activities one partner takes part in. A double click on a row shows
// the activity or track in the programme.
class PartnershipPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PartnershipPanel(Workspace *workspace, QWidget *parent = nullptr);

    void showTrack(qint64 trackId);
    void showActivity(qint64 activityId);
    void showPartner(qint64 organisationId);
    QTableView *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

private:
    void show(int filterRole, qint64 id);
    void offerPartners();
    void removeSelection();
    void showInProgramme(const QModelIndex &index);

    Workspace *m_workspace;
    qint64 m_trackId = 0;
    qint64 m_activityId = 0;
    QLabel *m_heading;
    QPushButton *m_add;
    QPushButton *m_remove;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
};

} // namespace Akademiplan
