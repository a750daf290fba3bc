// SPDX-License-Identifier: MPL-2.0
#include "attendancedialog.h"

#include "attendancegrid.h"
#include "document/document.h"
#include "i18n/displaytext.h"
#include "models/attendancegridmodel.h"
#include "screenfit.h"
#include "workspace.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Akademiplan {

AttendanceDialog::AttendanceDialog(Workspace *workspace, qint64 activityId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_model(new AttendanceGridModel(workspace->document(), workspace->editor(), this))
    , m_grid(new AttendanceGrid(this))
    , m_everyonePresent(new QPushButton(tr("Everyone &Present"), this))
    , m_totals(new QLabel(this))
{
    Document *document = workspace->document();
    const Activity *activity = document->project().activities.find(activityId);
    setWindowTitle(tr("Attendance: %1").arg(activity ? activity->title : QString()));
    m_model->setNameOrder(workspace->nameOrder());
    connect(workspace, &Workspace::nameOrderChanged, m_model, &AttendanceGridModel::setNameOrder);
    m_model->setActivity(activityId);

    auto *keys = new QLabel(tr("Arrow keys move; Space changes the mark; %1 present, %2 absent, %3 excused; Delete "
                               "clears. Select several cells to mark them all at once.")
                                .arg(AttendanceGridModel::letter(AttendanceStatus::Present),
                                     AttendanceGridModel::letter(AttendanceStatus::Absent),
                                     AttendanceGridModel::letter(AttendanceStatus::Excused)),
                            this);
    keys->setWordWrap(true);

    m_grid->setObjectName(QStringLiteral("attendanceGrid"));
    m_grid->setAccessibleName(tr("Attendance"));
    m_grid->setGridModel(m_model);

    m_everyonePresent->setObjectName(QStringLiteral("everyonePresent"));
    m_everyonePresent->setToolTip(
        tr("Record everyone enrolled who is not yet recorded at the selected session as present"));
    m_everyonePresent->setAutoDefault(false);
    m_everyonePresent->setEnabled(!document->isReadOnly());
    connect(m_everyonePresent, &QPushButton::clicked, this, &AttendanceDialog::everyonePresent);
    m_totals->setObjectName(QStringLiteral("attendanceTotals"));
    m_totals->setAccessibleName(tr("Attendance rate"));
    connect(m_model, &AttendanceGridModel::totalsChanged, this, &AttendanceDialog::updateTotals);

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
    actions->addWidget(m_everyonePresent);
    actions->addSpacing(fontMetrics().height());
    actions->addWidget(m_totals, 1);
    actions->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(keys);
    auto *grid = new QVBoxLayout;
    grid->setSpacing(0);
    grid->addWidget(m_grid, 1);
    grid->addWidget(m_grid->footer());
    layout->addLayout(grid, 1);
    layout->addLayout(actions);

    // The cursor starts at the first session not yet recorded: the one most likely to be recorded now.
    int column = 0;
    while (column < m_model->rateColumn() - 1 && m_model->sessionTally(column).isRecorded())
        ++column;
    if (m_model->rateRow() > 0 && m_model->rateColumn() > 0)
        m_grid->setCurrentIndex(m_model->index(0, column));
    m_grid->setFocus();
    updateTotals();
    // As wide as the grid with every session, within reason; the height for a few dozen people.
    const QMargins margins = layout->contentsMargins();
    resize(fittedToScreen(this, QSize(std::clamp(m_grid->contentWidth() + margins.left() + margins.right(), 720, 1400),
                                      fontMetrics().height() * 40)));
}

void AttendanceDialog::everyonePresent()
{
    const QModelIndex current = m_grid->currentIndex();
    if (m_model->isCell(current))
        m_model->everyonePresent(current.column());
    m_grid->setFocus();
}

void AttendanceDialog::updateTotals()
{
    const AttendanceTally tally = m_model->activityTally();
    if (m_model->rateRow() == 0) {
        m_totals->setText(tr("No one is enrolled in the activity yet."));
    } else if (!tally.isRecorded()) {
        m_totals->setText(tr("No attendance recorded yet."));
    } else {
        QString text = tr("Attendance at the activity: %1 of those enrolled, over %2 of %n session(s).", nullptr,
                          m_model->rateColumn())
                           .arg(tally.rate() ? DisplayText::percent(*tally.rate()) : QStringLiteral("–"))
                           .arg(tally.recordedSessions);
        if (tally.presentWithoutPlace > 0)
            text += QLatin1Char(' ')
                    + tr("Present without being enrolled: %n time(s).", nullptr, tally.presentWithoutPlace);
        m_totals->setText(text);
    }
}

} // namespace Akademiplan
