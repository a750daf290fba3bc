// SPDX-License-Identifier: MPL-2.0
#include "agendadialog.h"

#include "document/document.h"
#include "i18n/displaytext.h"
#include "models/agendatablemodel.h"
#include "screenfit.h"
#include "workspace.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Akademiplan {

AgendaDialog::AgendaDialog(Workspace *workspace, qint64 sessionId, QWidget *parent)
    : QDialog(parent)
    , m_model(new AgendaTableModel(workspace->document(), workspace->editor(), this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("&Add Item"), this))
    , m_delete(new QPushButton(tr("&Delete Item"), this))
    , m_message(new QLabel(this))
{
    Document *document = workspace->document();
    const Project &project = document->project();
    const Session *session = project.sessions.find(sessionId);
    const Activity *activity = session ? project.activities.find(session->activityId) : nullptr;
    if (session)
        setWindowTitle(tr("Agenda: %1, %2 %3", "activity, date, time")
                           .arg(activity ? activity->title : QString(), DisplayText::date(session->date),
                                DisplayText::timeRange(session->startTime, session->endTime)));
    m_model->setSession(sessionId);

    auto *intro = new QLabel(tr("The run sheet of the session: each item runs until the next one starts, the last "
                                "until the session ends. Type a time as 9.30; the items keep to the order of "
                                "their times."),
                             this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("agendaTable"));
    m_table->setAccessibleName(tr("Agenda"));
    m_table->setModel(m_model);
    // The program's table look (whole rows, alternating colours, headers on the left), but an
    // agenda's cells are sentences: they wrap, the rows grow to hold them, and the five text
    // columns share the width rather than each take its longest sentence.
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setSectionResizeMode(QHeaderView::Stretch);
    columns->setSectionResizeMode(AgendaTableModel::Time, QHeaderView::ResizeToContents);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);

    const bool editable = !document->isReadOnly();
    m_add->setObjectName(QStringLiteral("addAgendaItem"));
    m_add->setAutoDefault(false);
    m_add->setEnabled(editable && session);
    m_delete->setObjectName(QStringLiteral("deleteAgendaItem"));
    m_delete->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, &AgendaDialog::addItem);
    connect(m_delete, &QPushButton::clicked, this, &AgendaDialog::deleteItems);
    // A right click offers what the buttons do.
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        QMenu menu;
        menu.addAction(m_add->text(), this, &AgendaDialog::addItem)->setEnabled(m_add->isEnabled());
        menu.addAction(m_delete->text(), this, &AgendaDialog::deleteItems)->setEnabled(m_delete->isEnabled());
        menu.exec(m_table->viewport()->mapToGlobal(position));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AgendaDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AgendaDialog::updateButtons);
    connect(m_model, &AgendaTableModel::refused, this, &AgendaDialog::tell);
    connect(m_model, &AgendaTableModel::warned, this, &AgendaDialog::tell);
    // What was said is about the last edit only.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { m_message->clear(); });

    m_message->setObjectName(QStringLiteral("agendaMessage"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));

    // The window's Undo and Redo are out of reach while the dialog is open.
    QUndoStack *stack = document->undoStack();
    QAction *undo = stack->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = stack->createRedoAction(this);
    redo->setShortcut(QKeySequence::Redo);
    addActions({undo, redo});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addWidget(m_delete);
    actions->addStretch();
    actions->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(actions);
    setTabOrder(m_table, m_add);
    setTabOrder(m_add, m_delete);

    updateButtons();
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, AgendaTableModel::What));
    m_table->setFocus();
    // Wide enough for six columns of short sentences, tall enough for a day's agenda.
    resize(fittedToScreen(this, QSize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 36)));
}

QList<qint64> AgendaDialog::selectedItems() const
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        ids.append(m_model->idAt(row.row()));
    return ids;
}

void AgendaDialog::updateButtons()
{
    m_delete->setEnabled(m_add->isEnabled() && !selectedItems().isEmpty());
}

void AgendaDialog::addItem()
{
    const int row = m_model->addItem();
    if (row < 0)
        return;
    const QModelIndex what = m_model->index(row, AgendaTableModel::What);
    m_table->setCurrentIndex(what);
    m_table->scrollTo(what);
    m_table->setFocus();
    m_table->edit(what);
}

void AgendaDialog::deleteItems()
{
    const QList<qint64> ids = selectedItems();
    if (m_model->removeItems(ids))
        m_table->setFocus();
    updateButtons();
}

void AgendaDialog::tell(const QString &message)
{
    m_message->setText(message);
}

} // namespace Akademiplan
