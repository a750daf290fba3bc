// SPDX-License-Identifier: MPL-2.0
#include "participantpickerdialog.h"

#include "document/document.h"
#include "domain/domainlabels.h"
#include "models/participanttablemodel.h"
#include "participantfilterbar.h"
#include "participantfilterproxy.h"
#include "planning/coverage.h"
#include "tablestyle.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QScreen>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Akademiplan {

ParticipantPickerDialog::ParticipantPickerDialog(Workspace *workspace, const QString &title, qint64 trackId,
                                                 qint64 activityId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_trackId(trackId)
    , m_activityId(activityId)
    , m_proxy(new ParticipantFilterProxy(this))
    , m_filters(nullptr)
    , m_showEnrolled(new QCheckBox(tr("&Show those already enrolled"), this))
    , m_table(new QTableView(this))
    , m_places(new QLabel(this))
{
    setWindowTitle(title);
    m_proxy->setSourceModel(workspace->participants());
    m_proxy->followNameOrder(workspace);
    m_proxy->setUnavailable(alreadyEnrolled(), false);
    m_filters = new ParticipantFilterBar(workspace, m_proxy, this);

    m_showEnrolled->setObjectName(QStringLiteral("showEnrolled"));
    connect(m_showEnrolled, &QCheckBox::toggled, this,
            [this](bool show) { m_proxy->setUnavailable(alreadyEnrolled(), show); });

    m_table->setObjectName(QStringLiteral("pickerTable"));
    m_table->setModel(m_proxy);
    TableStyle *style = applyTableStyle(m_table, ParticipantTableModel::Name, ParticipantTableModel::Name);
    style->addHeaderActions(ParticipantTableModel::Name, workspace->nameOrderActions());
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Participants to choose from"));

    m_places->setObjectName(QStringLiteral("placesLabel"));
    m_places->setWordWrap(true);
    m_places->setAccessibleName(tr("Places left"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_enrol = buttons->button(QDialogButtonBox::Ok);
    m_enrol->setText(tr("&Enrol"));
    m_enrol->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ParticipantPickerDialog::updatePlaces);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.flags() & Qt::ItemIsSelectable)
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_showEnrolled);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_places);
    layout->addWidget(buttons);
    setTabOrder(m_filters->organisationFilter(), m_showEnrolled);
    setTabOrder(m_showEnrolled, m_table);
    updatePlaces();

    // Wide enough for every column whole, as far as the screen allows.
    const QMargins margins = layout->contentsMargins();
    const int whole = style->contentWidth() + 2 * m_table->frameWidth()
                      + m_table->verticalScrollBar()->sizeHint().width() + margins.left() + margins.right();
    const QRect screen = (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    resize(std::clamp(whole, 820, std::max(820, screen.width() * 9 / 10)), std::max(560, fontMetrics().height() * 30));
}

QHash<qint64, QString> ParticipantPickerDialog::alreadyEnrolled() const
{
    const Project &project = m_workspace->document()->project();
    QHash<qint64, QString> reasons;
    QSet<qint64> otherGroups;
    for (const Activity *group : project.parallelGroupsOf(m_activityId))
        if (group->id != m_activityId)
            otherGroups.insert(group->id);
    for (const Enrolment &enrolment : project.enrolments) {
        if (m_trackId != 0 && enrolment.trackId == m_trackId) {
            reasons.insert(enrolment.participantId, tr("Already in the track (%1)").arg(DomainLabels::label(enrolment.status)));
        } else if (m_activityId != 0 && enrolment.activityId == m_activityId) {
            reasons.insert(enrolment.participantId, tr("Already here (%1)").arg(DomainLabels::label(enrolment.status)));
        } else if (otherGroups.contains(enrolment.activityId) && enrolment.status != EnrolmentStatus::Cancelled) {
            reasons.insert(enrolment.participantId,
                           tr("In another group: %1").arg(project.activities.find(enrolment.activityId)->title));
        }
    }
    return reasons;
}

void ParticipantPickerDialog::updatePlaces()
{
    const Project &project = m_workspace->document()->project();
    const int chosen = int(m_table->selectionModel()->selectedRows().size());
    m_enrol->setEnabled(chosen > 0);
    QStringList lines;
    lines.append(tr("%n person(s) chosen.", nullptr, chosen));
    if (m_activityId != 0) {
        std::vector<const Activity *> groups = project.parallelGroupsOf(m_activityId);
        const Coverage::Places places = Coverage::placesOf(project, m_activityId);
        lines.append(Coverage::describe(places));
        if (places.capacity > 0) {
            const int left = std::max(0, places.capacity - places.enrolled);
            if (chosen > left)
                lines.append(tr("%n will go on the waiting list, unless they are shared out over the parallel groups.",
                                nullptr, chosen - left));
        }
        if (groups.size() > 1)
            lines.append(tr("This is one of %n parallel groups: you can share the people out over them when you enrol.",
                            nullptr, int(groups.size())));
    } else if (m_trackId != 0) {
        lines.append(tr("Enrolling in the track also enrols in each of its %n activities (one group of each course "
                        "that runs in parallel groups).",
                        nullptr, int(project.activitiesOf(m_trackId).size())));
    }
    m_places->setText(lines.join(QLatin1Char('\n')));
}

QList<qint64> ParticipantPickerDialog::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        ids.append(row.data(ParticipantTableModel::IdRole).toLongLong());
    return ids;
}

} // namespace Akademiplan
