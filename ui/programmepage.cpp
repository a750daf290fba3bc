// SPDX-License-Identifier: MPL-2.0
#include "programmepage.h"

#include "academyform.h"
#include "document/document.h"
#include "activityform.h"
#include "enrolmentpanel.h"
#include "models/academytreemodel.h"
#include "trackform.h"
#include "workspace.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace Akademiplan {

ProgrammePage::ProgrammePage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_splitter(new QSplitter(this))
    , m_navigator(new QTreeView(m_splitter))
    , m_editors(new QStackedWidget(m_splitter))
    , m_placeholder(new QLabel(tr("Choose an academy, a track or an activity on the left, or add one from the "
                                  "Programme menu."),
                               m_editors))
    , m_academyForm(new AcademyForm(workspace))
    , m_trackForm(new TrackForm(workspace))
    , m_activityForm(new ActivityForm(workspace))
{
    static_cast<QLabel *>(m_placeholder)->setAlignment(Qt::AlignCenter);
    static_cast<QLabel *>(m_placeholder)->setWordWrap(true);
    m_editors->addWidget(m_placeholder);
    // No scroll area around the forms: their tables scroll themselves, and a table that scrolls
    // inside a form that scrolls is hard to use. The forms fit a 1024×640 screen instead.
    m_editors->addWidget(m_academyForm);
    m_editors->addWidget(m_trackForm);
    m_editors->addWidget(m_activityForm);

    m_navigator->setModel(workspace->academyTree());
    m_navigator->header()->hide();
    m_navigator->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_navigator->setAccessibleName(tr("Programme navigator"));
    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigator->expandAll();
    m_navigator->setMinimumWidth(220);
    // Drag a track or an activity to move it: to another track, or up and down among its siblings.
    m_navigator->setDragEnabled(true);
    m_navigator->setAcceptDrops(true);
    m_navigator->setDropIndicatorShown(true);
    m_navigator->setDragDropMode(QAbstractItemView::InternalMove);
    m_navigator->setDefaultDropAction(Qt::MoveAction);
    connect(workspace->academyTree(), &AcademyTreeModel::rowMoved, this, &ProgrammePage::showEntity);
    connect(workspace->academyTree(), &QAbstractItemModel::rowsInserted, m_navigator,
            [this](const QModelIndex &parent) { m_navigator->expand(parent); });
    connect(m_navigator->selectionModel(), &QItemSelectionModel::currentChanged, this, &ProgrammePage::openCurrent);

    m_splitter->setObjectName(QStringLiteral("programmeSplitter"));
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(m_editors);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({280, 900});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    // The editor must not keep showing a row that was deleted (or undone away).
    connect(workspace->academyTree(), &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_navigator->currentIndex().isValid())
            openCurrent();
    });
    connect(workspace->academyTree(), &QAbstractItemModel::modelReset, this, [this] {
        m_navigator->expandAll();
        openCurrent();
    });
}

void ProgrammePage::setSelectionProvider(const std::function<QList<qint64>()> &provider)
{
    m_trackForm->enrolments()->setSelectionProvider(provider);
    m_activityForm->enrolments()->setSelectionProvider(provider);
}

std::pair<int, qint64> ProgrammePage::current() const
{
    const QModelIndex index = m_navigator->currentIndex();
    if (!index.isValid())
        return {-1, 0};
    return {int(AcademyTreeModel::typeOf(index)), AcademyTreeModel::idOf(index)};
}

qint64 ProgrammePage::currentAcademyId() const
{
    const Project &project = m_workspace->document()->project();
    const auto [type, id] = current();
    switch (type) {
    case int(EntityType::Academy): return id;
    case int(EntityType::Track): return project.tracks.contains(id) ? project.tracks.find(id)->academyId : 0;
    case int(EntityType::Activity): {
        const Academy *academy = project.academyOfActivity(id);
        return academy ? academy->id : 0;
    }
    default: return project.academies.isEmpty() ? 0 : project.academies.items().front().id;
    }
}

qint64 ProgrammePage::currentTrackId() const
{
    const Project &project = m_workspace->document()->project();
    const auto [type, id] = current();
    if (type == int(EntityType::Track))
        return id;
    if (type == int(EntityType::Activity))
        return project.activities.contains(id) ? project.activities.find(id)->trackId : 0;
    return 0;
}

void ProgrammePage::showEntity(int type, qint64 id)
{
    const QModelIndex index = m_workspace->academyTree()->indexOf(EntityType(type), id);
    if (!index.isValid())
        return;
    m_navigator->expand(index.parent());
    m_navigator->setCurrentIndex(index);
    m_navigator->scrollTo(index);
}

void ProgrammePage::focusEditor()
{
    // The forms make their name or title field first.
    if (auto *field = m_editors->currentWidget()->findChild<QLineEdit *>()) {
        field->setFocus(Qt::OtherFocusReason);
        field->selectAll();
    }
}

void ProgrammePage::openCurrent()
{
    const auto [type, id] = current();
    switch (type) {
    case int(EntityType::Academy):
        m_academyForm->showEntity(id);
        m_editors->setCurrentIndex(1);
        break;
    case int(EntityType::Track):
        m_trackForm->showEntity(id);
        m_editors->setCurrentIndex(2);
        break;
    case int(EntityType::Activity):
        m_activityForm->showEntity(id);
        m_editors->setCurrentIndex(3);
        break;
    default: m_editors->setCurrentIndex(0); break;
    }
    emit currentChanged();
}

} // namespace Akademiplan
