// SPDX-License-Identifier: MPL-2.0
#include "participantpickerdialog.h"

#include "models/participanttablemodel.h"
#include "tablestyle.h"
#include "workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Akademiplan {

ParticipantPickerDialog::ParticipantPickerDialog(Workspace *workspace, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
{
    setWindowTitle(title);
    m_proxy->setSourceModel(workspace->participants());
    m_proxy->setFilterRole(ParticipantTableModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_search->setPlaceholderText(tr("Search name, e-mail, phone…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search participants"));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table->setModel(m_proxy);
    applyTableStyle(m_table, ParticipantTableModel::Name);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setColumnWidth(ParticipantTableModel::Name, 200);
    m_table->setColumnWidth(ParticipantTableModel::Email, 240);
    m_table->setAccessibleName(tr("Participants to choose from"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Enrol"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(m_table->selectionModel()->hasSelection());
    });
    connect(m_table, &QTableView::doubleClicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(760, 520);
}

QList<qint64> ParticipantPickerDialog::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        ids.append(row.data(ParticipantTableModel::IdRole).toLongLong());
    return ids;
}

} // namespace Akademiplan
