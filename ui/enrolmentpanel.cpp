// SPDX-License-Identifier: MPL-2.0
#include "enrolmentpanel.h"

#include "document/document.h"
#include "editor/projecteditor.h"
#include "domain/domainlabels.h"
#include "models/enrolmenttablemodel.h"
#include "participantfilterproxy.h"
#include "participantpickerdialog.h"
#include "planning/coverage.h"
#include "planning/enrolmentplanner.h"
#include "tablestyle.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Akademiplan {

namespace {

QRegularExpression exactly(qint64 id)
{
    return QRegularExpression(QStringLiteral("^%1$").arg(id));
}

} // namespace

EnrolmentPanel::EnrolmentPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_proxy(new ParticipantFilterProxy(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    // Nothing until a track or activity is shown: sorting all 100,000 enrolments of a large
    // municipality to show none of them would slow every start.
    m_proxy->setFilterRole(EnrolmentTableModel::TrackIdRole);
    m_proxy->setFilterRegularExpression(QRegularExpression(QStringLiteral("^$")));
    m_proxy->setSourceModel(workspace->enrolments());
    m_proxy->setNameColumn(EnrolmentTableModel::Name);
    m_proxy->followNameOrder(workspace);
    m_table->setObjectName(QStringLiteral("enrolmentTable"));
    m_table->setModel(m_proxy);
    TableStyle *style = applyTableStyle(m_table, EnrolmentTableModel::Name, EnrolmentTableModel::Name);
    style->addHeaderActions(EnrolmentTableModel::Name, workspace->nameOrderActions());
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Enrolled participants"));
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Places and coverage"));

    auto *pick = new QPushButton(tr("E&nrol People…"), this);
    connect(pick, &QPushButton::clicked, this, &EnrolmentPanel::pickPeople);

    auto *everyone = new QToolButton(this);
    everyone->setObjectName(QStringLiteral("enrolAllButton"));
    everyone->setText(tr("Enrol &All"));
    everyone->setPopupMode(QToolButton::InstantPopup);
    auto *roleMenu = new QMenu(everyone);
    for (ParticipantRole role : {ParticipantRole::Manager, ParticipantRole::Politician, ParticipantRole::KeyPerson,
                                 ParticipantRole::Employee, ParticipantRole::ExternalPartner}) {
        // One whole phrase per group, so that each language can word it as it must.
        QString text;
        switch (role) {
        case ParticipantRole::Manager: text = tr("All Managers"); break;
        case ParticipantRole::Politician: text = tr("All Politicians"); break;
        case ParticipantRole::KeyPerson: text = tr("All Key Persons"); break;
        case ParticipantRole::Employee: text = tr("All Employees"); break;
        case ParticipantRole::ExternalPartner: text = tr("All External Partners"); break;
        }
        roleMenu->addAction(text, this, [this, role] { enrolRole(int(role)); });
    }
    roleMenu->addSeparator();
    roleMenu->addAction(tr("The Selection in Participants"), this, [this] {
        if (m_selectionProvider)
            enrol(m_selectionProvider());
    });
    everyone->setMenu(roleMenu);
    everyone->setAccessibleName(tr("Enrol a whole group"));

    auto *status = new QToolButton(this);
    status->setText(tr("Set &Status"));
    status->setPopupMode(QToolButton::InstantPopup);
    auto *statusMenu = new QMenu(tr("Set &Status"), status);
    for (EnrolmentStatus value : {EnrolmentStatus::Invited, EnrolmentStatus::Enrolled, EnrolmentStatus::Waitlisted,
                                  EnrolmentStatus::Cancelled})
        statusMenu->addAction(DomainLabels::label(value), this, [this, value] { setStatusOfSelection(int(value)); });
    status->setMenu(statusMenu);

    auto *remove = new QPushButton(tr("&Remove"), this);
    connect(remove, &QPushButton::clicked, this, &EnrolmentPanel::removeSelection);

    // A right click offers what the buttons above the table do, for the rows under the pointer.
    style->setRowMenu([this, pick, remove, statusMenu](QMenu *menu) {
        const bool selected = m_table->selectionModel()->hasSelection();
        menu->addAction(pick->text(), this, &EnrolmentPanel::pickPeople);
        menu->addSeparator();
        menu->addMenu(statusMenu)->setEnabled(selected);
        menu->addAction(remove->text(), this, &EnrolmentPanel::removeSelection)->setEnabled(selected);
    });

    // The heading and the buttons share a row: the height is the table's.
    auto *heading = new QLabel(tr("Participants"), this);
    heading->setStyleSheet(QStringLiteral("font-weight: 600;"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(heading);
    buttons->addSpacing(heading->fontMetrics().height());
    buttons->addWidget(pick);
    buttons->addWidget(everyone);
    buttons->addWidget(status);
    buttons->addWidget(remove);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(workspace->document(), &Document::changesApplied, this, &EnrolmentPanel::updateSummary);
    connect(workspace->document(), &Document::rowsReset, this, &EnrolmentPanel::updateSummary);
}

void EnrolmentPanel::setSelectionProvider(std::function<QList<qint64>()> provider)
{
    m_selectionProvider = std::move(provider);
}

void EnrolmentPanel::showTrack(qint64 trackId)
{
    m_trackId = trackId;
    m_activityId = 0;
    m_proxy->setFilterRole(EnrolmentTableModel::TrackIdRole);
    m_proxy->setFilterRegularExpression(exactly(trackId));
    updateSummary();
}

void EnrolmentPanel::showActivity(qint64 activityId)
{
    m_trackId = 0;
    m_activityId = activityId;
    m_proxy->setFilterRole(EnrolmentTableModel::ActivityIdRole);
    m_proxy->setFilterRegularExpression(exactly(activityId));
    updateSummary();
}

void EnrolmentPanel::updateSummary()
{
    const Project &project = m_workspace->document()->project();
    QStringList lines;
    if (m_activityId != 0)
        lines.append(Coverage::describe(Coverage::placesOf(project, m_activityId)));
    else if (m_trackId != 0)
        lines.append(tr("Enrolling in the track enrols in each of its activities too; removing someone from the "
                        "track removes them from its activities."));
    // The counts share a line, the places first, so that the table keeps the height on a laptop.
    QStringList counts;
    if (m_activityId != 0)
        counts.append(lines.takeFirst());
    const QList<Coverage::Line> coverage =
        m_activityId != 0 ? Coverage::ofActivity(project, m_activityId) : Coverage::ofTrack(project, m_trackId);
    for (const Coverage::Line &line : coverage)
        counts.append(Coverage::describe(line));
    if (!counts.isEmpty())
        lines.append(counts.join(QStringLiteral(" · ")));
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

void EnrolmentPanel::enrol(const QList<qint64> &participantIds)
{
    enrol(m_workspace, this, m_trackId, m_activityId, participantIds);
}

void EnrolmentPanel::enrol(Workspace *workspace, QWidget *owner, qint64 trackId, qint64 activityId,
                           const QList<qint64> &participantIds)
{
    if (participantIds.isEmpty())
        return;
    const std::optional<GroupSpread> spread =
        chooseSpread(workspace->document()->project(), owner, trackId, activityId, int(participantIds.size()));
    if (!spread)
        return;
    const Project &project = workspace->document()->project();
    const EnrolmentPlanner planner(project);
    const EnrolmentPlan plan = activityId != 0 ? planner.intoActivity(activityId, participantIds, *spread)
                                               : planner.intoTrack(trackId, participantIds, *spread);
    // Said before the edit, while the plan's rows are still the project's.
    const QString summary = EnrolmentPlanner::describe(plan, project);
    const EditResult result = workspace->editor()->enrol(plan);
    if (!result.ok)
        return;
    const bool noteworthy = plan.waitlisted > 0 || plan.alreadyEnrolled > 0 || plan.inOtherGroup > 0
                            || plan.perActivity.size() > 1;
    if (noteworthy)
        QMessageBox::information(owner, tr("Enrolled"), summary);
}

std::optional<GroupSpread> EnrolmentPanel::chooseSpread(const Project &project, QWidget *owner, qint64 trackId,
                                                        qint64 activityId, int people)
{
    QStringList courses;
    if (activityId != 0) {
        if (project.parallelGroupsOf(activityId).size() > 1)
            courses.append(project.activities.find(activityId)->parallelGroup);
    } else {
        for (const Activity *activity : project.activitiesOf(trackId))
            if (!activity->parallelGroup.isEmpty() && !courses.contains(activity->parallelGroup)
                && project.parallelGroupsOf(activity->id).size() > 1)
                courses.append(activity->parallelGroup);
    }
    if (courses.isEmpty() || people < 2)
        return activityId != 0 ? GroupSpread::OnlyThisGroup : GroupSpread::Evenly;

    QMessageBox question(QMessageBox::Question, tr("Parallel Groups"), QString(), QMessageBox::Cancel, owner);
    QStringList quoted;
    for (const QString &course : courses)
        quoted.append(tr("»%1«").arg(course));
    if (activityId != 0) {
        const Activity *activity = project.activities.find(activityId);
        question.setText(tr("%1 is one of %n parallel groups of %2. How should the people be enrolled?", nullptr,
                            int(project.parallelGroupsOf(activityId).size()))
                             .arg(activity->title, quoted.constFirst()));
    } else {
        question.setText(tr("Enrolling in the track also enrols in each of its activities, and in one group of %1. "
                            "How should the people be shared out over the groups?")
                             .arg(QLocale().createSeparatedList(quoted)));
    }
    question.setInformativeText(tr("Nobody is put in two groups of the same course: people already in a group "
                                   "stay there."));
    QPushButton *evenly = question.addButton(tr("Share Out &Evenly"), QMessageBox::AcceptRole);
    QPushButton *together = question.addButton(tr("Keep &Colleagues Together"), QMessageBox::AcceptRole);
    QPushButton *onlyHere =
        activityId != 0 ? question.addButton(tr("&Only This Group"), QMessageBox::AcceptRole) : nullptr;
    evenly->setObjectName(QStringLiteral("spreadEvenly"));
    together->setObjectName(QStringLiteral("spreadByOrganisation"));
    if (onlyHere)
        onlyHere->setObjectName(QStringLiteral("spreadOnlyHere"));
    question.setDefaultButton(evenly);
    question.exec();
    if (question.clickedButton() == evenly)
        return GroupSpread::Evenly;
    if (question.clickedButton() == together)
        return GroupSpread::ByOrganisation;
    if (onlyHere && question.clickedButton() == onlyHere)
        return GroupSpread::OnlyThisGroup;
    return std::nullopt;
}

void EnrolmentPanel::enrolRole(int role)
{
    QList<qint64> ids;
    for (const Participant &participant : m_workspace->document()->project().participants)
        if (int(participant.role) == role)
            ids.append(participant.id);
    enrol(ids);
}

void EnrolmentPanel::pickPeople()
{
    ParticipantPickerDialog dialog(m_workspace, tr("Enrol People"), m_trackId, m_activityId, this);
    if (dialog.exec() == QDialog::Accepted)
        enrol(dialog.selectedIds());
}

QList<qint64> EnrolmentPanel::selectedEnrolments() const
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        ids.append(row.data(EnrolmentTableModel::IdRole).toLongLong());
    return ids;
}

void EnrolmentPanel::setStatusOfSelection(int status)
{
    const QList<qint64> ids = selectedEnrolments();
    if (ids.isEmpty())
        return;
    ProjectEditor *editor = m_workspace->editor();
    editor->beginGroup(tr("Change enrolments"));
    for (qint64 id : ids)
        if (!editor->setEnrolmentStatus(id, EnrolmentStatus(status)).ok)
            break;
    editor->endGroup();
}

void EnrolmentPanel::removeSelection()
{
    const QList<qint64> ids = selectedEnrolments();
    if (ids.isEmpty())
        return;
    // Leaving a track is leaving its activities, as enrolling in it was joining them.
    const QList<qint64> withActivities =
        EnrolmentPlanner(m_workspace->document()->project()).withActivityEnrolments(ids);
    m_workspace->editor()->remove(EntityType::Enrolment, withActivities);
}

} // namespace Akademiplan
