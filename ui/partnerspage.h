// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace Akademiplan {

class PartnerForm;
class Workspace;

// The partner register: the external organisations the academy works with, what each
// contributes and where the agreement stands, beside a form for the selected partner with the
// tracks and activities it takes part in.
class PartnersPage : public QWidget
{
    Q_OBJECT

public:
    explicit PartnersPage(Workspace *workspace, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    PartnerForm *form() const { return m_form; }
    QPushButton *addButton() const { return m_add; }
    QSplitter *splitter() const { return m_splitter; }

    void addPartner();
    void deleteCurrentPartner();

private:
    qint64 currentPartnerId() const;
    void showCurrent();

    Workspace *m_workspace;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_delete;
    QLabel *m_empty;
    PartnerForm *m_form;
    QSplitter *m_splitter;
};

} // namespace Akademiplan
