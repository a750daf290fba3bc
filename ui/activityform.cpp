// SPDX-License-Identifier: MPL-2.0
#include "activityform.h"

#include "agendadialog.h"
#include "attendancedialog.h"
#include "document/document.h"
#include "editor/projecteditor.h"
#include "domain/domainlabels.h"
#include "enrolmentpanel.h"
#include "partnerline.h"
#include "models/sessiontablemodel.h"
#include "sessiondelegate.h"
#include "tablestyle.h"
#include "workspace.h"

#include <QComboBox>
#include <QToolButton>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Akademiplan {

namespace {

const QString sectionsKey = QStringLiteral("window/activitySections");

QWidget *besideEachOther(const QList<QWidget *> &widgets)
{
    auto *row = new QWidget;
    row->setFocusProxy(widgets.front()); // where the row's label takes the cursor
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : widgets) {
        // Text fields and notes take the width there is; the rest keep to their size.
        const auto *note = qobject_cast<QLabel *>(widget);
        const bool text = qobject_cast<QLineEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget);
        layout->addWidget(widget, text || (note && note->wordWrap()) ? 1 : 0);
    }
    layout->addStretch(); // what is left where nothing stretches, e.g. while a note is hidden
    return row;
}

QLabel *labelFor(const QString &text, QWidget *field)
{
    auto *label = new QLabel(text);
    label->setBuddy(field);
    return label;
}

} // namespace

ActivityForm::ActivityForm(Workspace *workspace, QWidget *parent)
    : EntityForm(workspace, EntityType::Activity, parent)
    , m_kind(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_materials(new QPlainTextEdit(this))
    , m_facilitator(new QLineEdit(this))
    , m_location(new QLineEdit(this))
    , m_capacity(new QSpinBox(this))
    , m_parallelGroup(new QComboBox(this))
    , m_groupNote(new QLabel(this))
    , m_sessionProxy(new QSortFilterProxyModel(this))
    , m_sessions(new QTableView(this))
    , m_agenda(new QPushButton(tr("A&genda…"), this))
    , m_enrolments(new EnrolmentPanel(workspace, this))
    , m_partners(new PartnerLine(workspace, this))
    , m_sections(new QSplitter(Qt::Vertical, this))
    , m_sessionsSection(new QWidget(this))
{
    for (ActivityKind kind : {ActivityKind::Workshop, ActivityKind::Seminar, ActivityKind::Course,
                              ActivityKind::Masterclass, ActivityKind::BrownBagMeeting, ActivityKind::NetworkMeeting,
                              ActivityKind::FollowUpMeeting, ActivityKind::Other})
        m_kind->addItem(DomainLabels::label(kind), int(kind));
    m_description->setTabChangesFocus(true);
    setLines(m_description, 3);
    m_materials->setTabChangesFocus(true);
    m_materials->setPlaceholderText(tr("What to bring or have ready, e.g. name tags, flip-overs, the reading"));
    setLines(m_materials, 3);
    // Side by side the two wrap at a narrower width, where Qt would offer to scroll sideways.
    for (QPlainTextEdit *text : {m_description, m_materials})
        text->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_capacity->setRange(0, 100000);
    m_capacity->setSpecialValueText(tr("No limit"));
    m_parallelGroup->setEditable(true);
    m_parallelGroup->setInsertPolicy(QComboBox::NoInsert);
    m_parallelGroup->lineEdit()->setPlaceholderText(tr("Not one of several groups"));
    m_parallelGroup->setToolTip(tr("When a course runs as several groups (hold) with the same content, give each "
                                   "group the course's name here: a person then takes part in one of them, and "
                                   "enrolling many can share them out over the groups."));
    m_groupNote->setObjectName(QStringLiteral("parallelGroupNote"));
    m_groupNote->setWordWrap(true);
    m_parallelGroup->setMinimumContentsLength(20);

    m_sessionProxy->setFilterRole(SessionTableModel::ActivityIdRole);
    m_sessionProxy->setFilterRegularExpression(QRegularExpression(QStringLiteral("^$"))); // none until shown
    m_sessionProxy->setSourceModel(workspace->sessions());
    m_sessionProxy->setSortRole(SessionTableModel::SortRole);
    m_sessions->setObjectName(QStringLiteral("sessionTable"));
    m_sessions->setModel(m_sessionProxy);
    // Dates, weekdays and times are as wide as they are; the place takes the rest.
    TableStyle *sessionStyle = applyTableStyle(m_sessions, SessionTableModel::Date, SessionTableModel::Location);
    auto *sessionDelegate = new SessionDelegate(
        [workspace](const QModelIndex &index) -> std::pair<QDate, QDate> {
            const Document *document = workspace->document();
            const Academy *academy =
                document ? document->project().academyOfActivity(
                               index.data(SessionTableModel::ActivityIdRole).toLongLong())
                         : nullptr;
            return academy ? std::pair(academy->startDate, academy->endDate) : std::pair(QDate(), QDate());
        },
        m_sessions);
    m_sessions->setItemDelegate(sessionDelegate);
    m_sessions->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_sessions->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                | QAbstractItemView::AnyKeyPressed);
    m_sessions->setAccessibleName(tr("Sessions"));

    auto *add = new QPushButton(tr("&Add Session"), this);
    auto *duplicate = new QPushButton(tr("D&uplicate"), this);
    auto *remove = new QPushButton(tr("De&lete Session"), this);
    auto *attendance = new QPushButton(tr("Record Attendance…"), this);
    attendance->setObjectName(QStringLiteral("recordAttendance"));
    attendance->setToolTip(tr("Record who came to each session, and see the attendance rates"));
    connect(add, &QPushButton::clicked, this, &ActivityForm::addSession);
    connect(duplicate, &QPushButton::clicked, this, &ActivityForm::duplicateSession);
    connect(remove, &QPushButton::clicked, this, &ActivityForm::deleteSessions);
    connect(attendance, &QPushButton::clicked, this, &ActivityForm::recordAttendance);
    m_agenda->setObjectName(QStringLiteral("editAgenda"));
    m_agenda->setToolTip(tr("Write the selected session's timed agenda for its run sheet: time, what, why, how, who "
                            "and plan B"));
    connect(m_agenda, &QPushButton::clicked, this, &ActivityForm::editAgenda);
    connect(m_sessions->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_agenda->setEnabled(agendaSession() != 0); });
    // A right click offers what the buttons above the table do, for the rows under the pointer.
    sessionStyle->setRowMenu([this, add, duplicate, remove](QMenu *menu) {
        const qsizetype selected = selectedSessions().size();
        menu->addAction(add->text(), this, &ActivityForm::addSession);
        menu->addAction(duplicate->text(), this, &ActivityForm::duplicateSession)->setEnabled(selected == 1);
        menu->addSeparator();
        menu->addAction(remove->text(), this, &ActivityForm::deleteSessions)->setEnabled(selected > 0);
    });
    auto *heading = new QLabel(tr("Activity"), this);
    heading->setStyleSheet(QStringLiteral("font-size: 15pt; font-weight: 600;"));
    form()->addRow(withWarnings(heading));
    form()->addRow(tr("&Title:"), m_title);
    // Short fields share a row, so that the details take little of a laptop screen's height.
    form()->addRow(tr("&Kind:"), besideEachOther({m_kind, labelFor(tr("&Capacity:"), m_capacity), m_capacity}));
    form()->addRow(tr("&Facilitator:"),
                   besideEachOther({m_facilitator, labelFor(tr("L&ocation:"), m_location), m_location}));
    form()->addRow(tr("&Parallel groups of:"), besideEachOther({m_parallelGroup, m_groupNote}));
    // Side by side, so that the materials take none of the height the sessions and people need.
    QLabel *materialsLabel = labelFor(tr("&Materials:"), m_materials);
    materialsLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop); // level with the first line, as the form's labels
    form()->addRow(tr("&Description:"), besideEachOther({m_description, materialsLabel, m_materials}));
    form()->addRow(tr("Partners:"), m_partners);

    auto *sessionsHeading = new QLabel(tr("Sessions"), this);
    sessionsHeading->setStyleSheet(QStringLiteral("font-weight: 600;"));
    auto *sessionButtons = new QHBoxLayout;
    sessionButtons->addWidget(sessionsHeading);
    sessionButtons->addSpacing(sessionsHeading->fontMetrics().height());
    sessionButtons->addWidget(add);
    sessionButtons->addWidget(duplicate);
    sessionButtons->addWidget(remove);
    sessionButtons->addStretch();
    sessionButtons->addWidget(m_agenda);
    sessionButtons->addWidget(attendance);
    auto *sessionsLayout = new QVBoxLayout(m_sessionsSection);
    sessionsLayout->setContentsMargins(0, 0, 0, 0);
    sessionsLayout->addLayout(sessionButtons);
    sessionsLayout->addWidget(m_sessions, 1);

    // The three sections share the height, as the consultant drags it or else by their content.
    m_sections->setObjectName(QStringLiteral("activitySections"));
    m_sections->setChildrenCollapsible(false);
    m_sections->addWidget(details());
    m_sections->addWidget(m_sessionsSection);
    m_sections->addWidget(m_enrolments);
    m_sections->setStretchFactor(0, 0);
    m_sections->setStretchFactor(1, 1);
    m_sections->setStretchFactor(2, 2);
    setSections(m_sections);
    m_dividedByHand = m_sections->restoreState(QSettings().value(sectionsKey).toByteArray());
    connect(m_sections, &QSplitter::splitterMoved, this, [this] {
        m_dividedByHand = true;
        QSettings().setValue(sectionsKey, m_sections->saveState());
    });
    connect(m_sessionProxy, &QAbstractItemModel::rowsInserted, this, &ActivityForm::fitSections);
    connect(m_sessionProxy, &QAbstractItemModel::rowsRemoved, this, &ActivityForm::fitSections);
    // An activity with one session has its agenda without a selection.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_sessionProxy, signal, this, [this] { m_agenda->setEnabled(agendaSession() != 0); });
    // In reading order, across the shared rows.
    const QList<QWidget *> order = {m_title,       m_kind,       m_capacity,
                                    m_facilitator, m_location,
                                    m_parallelGroup, m_description, m_materials, m_partners->button(), add,
                                    duplicate,     remove,       m_agenda,   attendance, m_sessions};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    m_title->setAccessibleName(tr("Activity title"));
    m_kind->setAccessibleName(tr("Activity kind"));
    m_description->setAccessibleName(tr("Description"));
    m_materials->setAccessibleName(tr("Materials"));
    m_facilitator->setAccessibleName(tr("Facilitator"));
    m_location->setAccessibleName(tr("Location"));
    m_capacity->setAccessibleName(tr("Capacity"));
    m_parallelGroup->setAccessibleName(tr("Course this activity is a parallel group of"));
    m_groupNote->setAccessibleName(tr("Parallel groups"));

    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) {
        commit<Activity>(QStringLiteral("title"), [&](Activity &a) { a.title = text; });
    });
    connect(m_facilitator, &QLineEdit::textEdited, this, [this](const QString &text) {
        commit<Activity>(QStringLiteral("facilitator"), [&](Activity &a) { a.facilitator = text; });
    });
    connect(m_location, &QLineEdit::textEdited, this, [this](const QString &text) {
        commit<Activity>(QStringLiteral("location"), [&](Activity &a) { a.location = text; });
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        commit<Activity>(QStringLiteral("description"), [&](Activity &a) { a.description = m_description->toPlainText(); });
    });
    connect(m_materials, &QPlainTextEdit::textChanged, this, [this] {
        commit<Activity>(QStringLiteral("materials"), [&](Activity &a) { a.materials = m_materials->toPlainText(); });
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        commit<Activity>(QString(), [&](Activity &a) { a.kind = ActivityKind(m_kind->currentData().toInt()); });
    });
    connect(m_capacity, &QSpinBox::valueChanged, this, [this](int value) {
        commit<Activity>(QStringLiteral("capacity"), [&](Activity &a) { a.capacity = value; });
    });
    // Written when the name is chosen or typed and confirmed, so that typing a course's name does
    // not make a group of every prefix.
    const auto joinCourse = [this] {
        const QString course = m_parallelGroup->currentText().simplified();
        commit<Activity>(QString(), [&](Activity &a) { a.parallelGroup = course; });
    };
    connect(m_parallelGroup, &QComboBox::activated, this, joinCourse);
    // Another activity joining or leaving the course changes what this form says of its groups.
    connect(workspace->document(), &Document::changesApplied, this, [this] {
        const Activity *activity = project().activities.find(entityId());
        if (activity && !m_parallelGroup->hasFocus())
            fillParallelGroups(*activity);
    });
    connect(m_parallelGroup->lineEdit(), &QLineEdit::editingFinished, this, joinCourse);
}

void ActivityForm::load()
{
    const Activity *activity = project().activities.find(entityId());
    if (!activity)
        return;
    if (m_title->text() != activity->title)
        m_title->setText(activity->title);
    m_kind->setCurrentIndex(m_kind->findData(int(activity->kind)));
    if (m_description->toPlainText() != activity->description)
        m_description->setPlainText(activity->description);
    if (m_materials->toPlainText() != activity->materials)
        m_materials->setPlainText(activity->materials);
    if (m_facilitator->text() != activity->facilitator)
        m_facilitator->setText(activity->facilitator);
    if (m_location->text() != activity->location)
        m_location->setText(activity->location);
    m_capacity->setValue(activity->capacity);
    fillParallelGroups(*activity);
    m_sessionProxy->setFilterRegularExpression(QRegularExpression(QStringLiteral("^%1$").arg(activity->id)));
    m_enrolments->showActivity(activity->id);
    m_partners->showActivity(activity->id);
    m_agenda->setEnabled(agendaSession() != 0);
    fitSections();
}

void ActivityForm::resizeEvent(QResizeEvent *event)
{
    EntityForm::resizeEvent(event);
    fitSections();
}

void ActivityForm::fitSections()
{
    if (m_dividedByHand || m_sections->height() <= 0)
        return;
    const int row = m_sessions->verticalHeader()->defaultSectionSize();
    const int chrome = m_sessions->horizontalHeader()->sizeHint().height() + 2 * m_sessions->frameWidth();
    const auto sessionsFor = [&](int rows) {
        return m_sessionsSection->sizeHint().height() - m_sessions->sizeHint().height() + chrome + rows * row;
    };
    const int fields = details()->sizeHint().height();
    const int room = m_sections->height() - fields - 2 * m_sections->handleWidth();
    // The participants keep five rows where the screen allows; the sessions get as many rows as
    // they have, at least three, at most eight.
    const int participants = m_enrolments->sizeHint().height() - m_enrolments->table()->sizeHint().height() + chrome
                             + 5 * row;
    int rows = std::clamp(int(m_sessionProxy->rowCount()), 3, 8);
    while (rows > 3 && sessionsFor(rows) + participants > room)
        --rows;
    const int sessions = sessionsFor(rows);
    m_sections->setSizes({fields, sessions, std::max(room - sessions, m_enrolments->minimumSizeHint().height())});
}

void ActivityForm::fillParallelGroups(const Activity &activity)
{
    const Project &project = this->project();
    QStringList courses;
    for (const Activity *other : project.activitiesOf(activity.trackId))
        if (!other->parallelGroup.isEmpty() && !courses.contains(other->parallelGroup))
            courses.append(other->parallelGroup);
    {
        const QSignalBlocker blocker(m_parallelGroup);
        m_parallelGroup->clear();
        m_parallelGroup->addItem(QString());
        m_parallelGroup->addItems(courses);
        m_parallelGroup->setCurrentIndex(std::max(0, m_parallelGroup->findText(activity.parallelGroup)));
        m_parallelGroup->setEditText(activity.parallelGroup);
    }
    const std::vector<const Activity *> groups = project.parallelGroupsOf(activity.id);
    QStringList others;
    int number = 0;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        if (groups[i]->id == activity.id)
            number = int(i) + 1;
        else
            others.append(groups[i]->title);
    }
    if (groups.size() > 1)
        m_groupNote->setText(tr("Group %1 of %2; the other groups: %3. A person takes part in one group.")
                                 .arg(number)
                                 .arg(groups.size())
                                 .arg(QLocale().createSeparatedList(others)));
    else if (!activity.parallelGroup.isEmpty())
        m_groupNote->setText(tr("The only group so far: give other activities of the track the same course name to "
                                "make them its parallel groups."));
    else
        m_groupNote->clear();
    m_groupNote->setVisible(!m_groupNote->text().isEmpty());
}

QList<qint64> ActivityForm::selectedSessions() const
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_sessions->selectionModel()->selectedRows())
        ids.append(row.data(SessionTableModel::IdRole).toLongLong());
    return ids;
}

void ActivityForm::addSession()
{
    const EditResult result = workspace()->editor()->addNextSession(entityId());
    if (!result.ok)
        return;
    const QModelIndexList rows =
        m_sessionProxy->match(m_sessionProxy->index(0, 0), SessionTableModel::IdRole, result.id, 1, Qt::MatchExactly);
    if (!rows.isEmpty()) {
        m_sessions->setCurrentIndex(rows.front());
        m_sessions->scrollTo(rows.front());
    }
}

void ActivityForm::duplicateSession()
{
    const QList<qint64> ids = selectedSessions();
    if (ids.size() == 1)
        workspace()->editor()->duplicateSession(ids.front());
}

void ActivityForm::recordAttendance()
{
    AttendanceDialog dialog(workspace(), entityId(), this);
    dialog.exec();
}

qint64 ActivityForm::agendaSession() const
{
    const QList<qint64> selected = selectedSessions();
    if (selected.size() == 1)
        return selected.front();
    if (selected.isEmpty() && m_sessionProxy->rowCount() == 1)
        return m_sessionProxy->index(0, 0).data(SessionTableModel::IdRole).toLongLong();
    return 0;
}

void ActivityForm::editAgenda()
{
    if (const qint64 session = agendaSession()) {
        AgendaDialog dialog(workspace(), session, this);
        dialog.exec();
    }
}

void ActivityForm::deleteSessions()
{
    const QList<qint64> ids = selectedSessions();
    if (!ids.isEmpty())
        workspace()->editor()->remove(EntityType::Session, ids);
}

} // namespace Akademiplan
