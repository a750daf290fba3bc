// SPDX-License-Identifier: MPL-2.0
#include "participantspage.h"

#include "document/document.h"
#include "editor/projecteditor.h"
#include "domain/domainlabels.h"
#include "domain/removalplanner.h"
#include "deleteconfirmation.h"
#include "enrolinmenu.h"
#include "enumcombodelegate.h"
#include "models/organisationtablemodel.h"
#include "models/participanttablemodel.h"
#include "participantdialog.h"
#include "participantfilterbar.h"
#include "participantfilterproxy.h"
#include "participantlistactions.h"
#include "tablestyle.h"
#include "workspace.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Akademiplan {

namespace {

// A push button that is a face of an action: same text, same enabled state, triggers it.
QPushButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    auto follow = [button, action] {
        button->setText(action->text());
        button->setToolTip(action->toolTip());
        button->setEnabled(action->isEnabled());
    };
    follow();
    QObject::connect(action, &QAction::changed, button, follow); // also a new language
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    return button;
}

QAction *makeAction(const QString &name, QObject *parent)
{
    auto *action = new QAction(parent);
    action->setObjectName(name);
    return action;
}

EnumComboDelegate::Choices kindChoices()
{
    EnumComboDelegate::Choices choices;
    for (OrganisationKind kind : {OrganisationKind::MunicipalDepartment, OrganisationKind::VolunteerOrganisation,
                                  OrganisationKind::LocalBusiness, OrganisationKind::EducationInstitution,
                                  OrganisationKind::Other})
        choices.append({DomainLabels::label(kind), int(kind)});
    return choices;
}

} // namespace

QString ParticipantsPage::uniqueOrganisationName(const Project &project, const QString &base)
{
    QSet<QString> taken;
    for (const Organisation &organisation : project.organisations)
        taken.insert(organisation.name);
    QString name = base;
    for (int n = 2; taken.contains(name); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

ParticipantsPage::ParticipantsPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_proxy(new ParticipantFilterProxy(this))
    , m_organisationProxy(new QSortFilterProxyModel(this))
    , m_filters(new ParticipantFilterBar(workspace, m_proxy, this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_organisationTable(new QTableView(this))
    , m_listActions(new ParticipantListActions(workspace, this))
{
    m_proxy->setSourceModel(workspace->participants());
    m_organisationProxy->setSourceModel(workspace->organisations());

    buildActions();
    buildParticipantsTable();
    buildOrganisationsTable();

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("participantsSplitter"));
    splitter->addWidget(buildParticipantsPanel());
    splitter->addWidget(buildOrganisationsPanel());
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    // Two thirds for the people; the proportions count, not the numbers.
    splitter->setSizes({2 * 10000, 1 * 10000});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    setUpTabOrder();
    retranslate();
    updateActions();
}

ParticipantsPage::~ParticipantsPage() = default;

void ParticipantsPage::buildActions()
{
    m_addAction = makeAction(QStringLiteral("addParticipant"), this);
    connect(m_addAction, &QAction::triggered, this, &ParticipantsPage::addParticipant);

    m_editAction = makeAction(QStringLiteral("editParticipant"), this);
    m_editAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_editAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_editAction, &QAction::triggered, this, &ParticipantsPage::editCurrentParticipant);

    m_deleteAction = makeAction(QStringLiteral("deleteParticipants"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // Only in the table: Delete in the search field must delete a letter, not people.
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &ParticipantsPage::deleteSelectedParticipants);

    m_addOrganisationAction = makeAction(QStringLiteral("addOrganisation"), this);
    connect(m_addOrganisationAction, &QAction::triggered, this, &ParticipantsPage::addOrganisation);

    m_deleteOrganisationAction = makeAction(QStringLiteral("deleteOrganisation"), this);
    m_deleteOrganisationAction->setShortcut(QKeySequence::Delete);
    m_deleteOrganisationAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deleteOrganisationAction, &QAction::triggered, this, &ParticipantsPage::deleteCurrentOrganisation);

    m_renameOrganisationAction = makeAction(QStringLiteral("renameOrganisation"), this);
    m_renameOrganisationAction->setShortcut(Qt::Key_F2);
    m_renameOrganisationAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_renameOrganisationAction, &QAction::triggered, this, &ParticipantsPage::renameCurrentOrganisation);

    m_showMembersAction = makeAction(QStringLiteral("showMembers"), this);
    connect(m_showMembersAction, &QAction::triggered, this, [this] {
        QComboBox *organisations = m_filters->organisationFilter();
        const int entry = organisations->findData(currentOrganisationId());
        if (entry >= 0)
            organisations->setCurrentIndex(entry);
    });

    auto *find = makeAction(QStringLiteral("findParticipant"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_filters->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_filters->searchField()->selectAll();
    });
    addAction(find);
}

void ParticipantsPage::buildParticipantsTable()
{
    m_table->setObjectName(QStringLiteral("participantTable"));
    m_proxy->followNameOrder(m_workspace);
    m_table->setModel(m_proxy);
    // The name takes what room is left: with a few people it shows whole, and e-mail addresses,
    // phone numbers and roles are only as wide as they are.
    TableStyle *style = applyTableStyle(m_table, ParticipantTableModel::Name, ParticipantTableModel::Name);
    style->addHeaderActions(ParticipantTableModel::Name, m_workspace->nameOrderActions());
    style->setRowMenu([this](QMenu *menu) {
        menu->addAction(m_addAction);
        menu->addAction(m_editAction);
        auto *enrol = new EnrolInMenu(m_workspace, this, [this] { return selectedParticipantIds(); }, menu);
        enrol->setEnabled(isEditable() && m_table->selectionModel()->hasSelection());
        menu->addMenu(enrol);
        menu->addSeparator();
        menu->addAction(m_deleteAction);
    });
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Double-click and Enter open the dialog; F2 or a click on a selected cell edits in place.
    m_table->setEditTriggers(isEditable() ? QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked
                                          : QAbstractItemView::NoEditTriggers);

    m_table->setItemDelegateForColumn(ParticipantTableModel::Role,
                                      new EnumComboDelegate(&ParticipantDialog::roleChoices, m_table));
    auto organisations = [this] { return ParticipantDialog::organisationChoices(m_workspace->document()->project()); };
    m_table->setItemDelegateForColumn(ParticipantTableModel::Organisation,
                                      new EnumComboDelegate(organisations, m_table));

    m_table->addAction(m_editAction);
    m_table->addAction(m_deleteAction);

    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            editCurrentParticipant();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        emit selectionChanged();
    });
    // A large batch (an import, undoing one) resets the model, which clears the selection silently.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateActions();
        emit selectionChanged();
    });

    // The total changes also when a person who is filtered out comes or goes.
    const ParticipantTableModel *source = m_workspace->participants();
    for (const QAbstractItemModel *model : {static_cast<const QAbstractItemModel *>(source),
                                            static_cast<const QAbstractItemModel *>(m_proxy)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &ParticipantsPage::updateCount);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ParticipantsPage::updateCount);
        connect(model, &QAbstractItemModel::modelReset, this, &ParticipantsPage::updateCount);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ParticipantsPage::updateCount);
    }
}

void ParticipantsPage::buildOrganisationsTable()
{
    m_organisationTable->setObjectName(QStringLiteral("organisationTable"));
    // Sorting by the edit role puts the member counts in numeric order; names compare as text.
    m_organisationProxy->setSortRole(Qt::EditRole);
    m_organisationProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_organisationProxy->setSortLocaleAware(true);
    m_organisationTable->setModel(m_organisationProxy);
    applyTableStyle(m_organisationTable, OrganisationTableModel::Name, OrganisationTableModel::Name)
        ->setRowMenu([this](QMenu *menu) {
            menu->addAction(m_addOrganisationAction);
            menu->addAction(m_renameOrganisationAction);
            menu->addAction(m_showMembersAction);
            menu->addSeparator();
            menu->addAction(m_deleteOrganisationAction);
        });
    m_organisationTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_organisationTable->setEditTriggers(isEditable() ? QAbstractItemView::DoubleClicked
                                                            | QAbstractItemView::EditKeyPressed
                                                            | QAbstractItemView::SelectedClicked
                                                      : QAbstractItemView::NoEditTriggers);

    m_organisationTable->setItemDelegateForColumn(OrganisationTableModel::Kind,
                                                  new EnumComboDelegate(&kindChoices, m_organisationTable));

    m_organisationTable->addAction(m_renameOrganisationAction);
    m_organisationTable->addAction(m_deleteOrganisationAction);

    connect(m_organisationTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ParticipantsPage::updateActions);

    const OrganisationTableModel *organisations = m_workspace->organisations();
    connect(organisations, &QAbstractItemModel::rowsInserted, m_filters, &ParticipantFilterBar::refresh);
    connect(organisations, &QAbstractItemModel::rowsRemoved, m_filters, &ParticipantFilterBar::refresh);
    connect(organisations, &QAbstractItemModel::modelReset, m_filters, &ParticipantFilterBar::refresh);
    connect(organisations, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        // Member counts change with every person edited; only a renamed organisation matters here.
        if (topLeft.column() == OrganisationTableModel::Name)
            m_filters->refresh();
    });
}

QWidget *ParticipantsPage::buildParticipantsPanel()
{
    auto *panel = new QWidget(this);

    QLineEdit *search = m_filters->searchField();
    connect(search, &QLineEdit::returnPressed, this, [this] {
        m_table->setFocus(Qt::OtherFocusReason);
        if (!m_table->selectionModel()->hasSelection() && m_proxy->rowCount() > 0)
            m_table->selectRow(0);
    });

    m_count->setObjectName(QStringLiteral("countLabel"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filters, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(buttonFor(m_listActions->importAction(), panel));
    buttons->addWidget(buttonFor(m_listActions->exportAction(), panel));
    buttons->addSpacing(12);
    buttons->addWidget(buttonFor(m_addAction, panel));
    buttons->addWidget(buttonFor(m_editAction, panel));
    buttons->addWidget(buttonFor(m_deleteAction, panel));

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    return panel;
}

QWidget *ParticipantsPage::buildOrganisationsPanel()
{
    auto *panel = new QWidget(this);
    m_organisationsHeading = new QLabel(panel);
    QFont bold = m_organisationsHeading->font();
    bold.setBold(true);
    m_organisationsHeading->setFont(bold);
    // As tall as the filter row beside it, so that both tables start at the same height.
    m_organisationsHeading->setMinimumHeight(m_filters->searchField()->sizeHint().height());
    m_organisationsHeading->setBuddy(m_organisationTable);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(buttonFor(m_addOrganisationAction, panel));
    buttons->addWidget(buttonFor(m_deleteOrganisationAction, panel));

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_organisationsHeading);
    layout->addWidget(m_organisationTable, 1);
    layout->addLayout(buttons);
    return panel;
}

void ParticipantsPage::setUpTabOrder()
{
    QList<QWidget *> chain = {m_filters->searchField(), m_filters->roleFilter(), m_filters->organisationFilter(), m_table};
    for (QAction *action : {m_addAction, m_editAction, m_deleteAction})
        chain.append(findChild<QPushButton *>(action->objectName() + QStringLiteral("Button")));
    chain.append(m_organisationTable);
    for (QAction *action : {m_addOrganisationAction, m_deleteOrganisationAction})
        chain.append(findChild<QPushButton *>(action->objectName() + QStringLiteral("Button")));
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void ParticipantsPage::retranslate()
{
    m_addAction->setText(tr("&Add…"));
    m_addAction->setToolTip(tr("Add a person to the project"));
    m_editAction->setText(tr("Ed&it…"));
    m_editAction->setToolTip(tr("Edit the selected person (Enter)"));
    m_deleteAction->setText(tr("&Delete"));
    m_deleteAction->setToolTip(tr("Delete the selected people with their enrolments and attendance (Delete)"));
    m_addOrganisationAction->setText(tr("Add &Organisation"));
    m_addOrganisationAction->setToolTip(tr("Add an organisation and type its name"));
    m_deleteOrganisationAction->setText(tr("Delete O&rganisation"));
    m_deleteOrganisationAction->setToolTip(tr("Delete the selected organisation; its people stay (Delete)"));
    m_renameOrganisationAction->setText(tr("Re&name"));
    m_showMembersAction->setText(tr("Show Its &People"));
    m_showMembersAction->setToolTip(tr("Show only the people of this organisation in the list"));
    if (QAction *find = findChild<QAction *>(QStringLiteral("findParticipant")))
        find->setText(tr("Find Participant"));

    m_filters->retranslate();
    m_filters->searchField()->setToolTip(tr("Every word must match. Ctrl+F comes here; Enter goes on to the list."));
    m_count->setAccessibleName(tr("Number of people shown"));
    m_table->setAccessibleName(tr("Participants"));
    m_organisationTable->setAccessibleName(tr("Organisations"));
    m_organisationsHeading->setText(tr("Organisations"));

    updateCount();
}

void ParticipantsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        retranslate();
        // Another language sorts names differently (æ, ø and å come after z only in Danish).
        m_proxy->localeChanged();
    }
    QWidget::changeEvent(event);
}

bool ParticipantsPage::isEditable() const
{
    return !m_workspace->document()->isReadOnly();
}

QList<qint64> ParticipantsPage::selectedParticipantIds() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const QModelIndex &row : std::as_const(rows))
        ids.append(row.data(ParticipantTableModel::IdRole).toLongLong());
    return ids;
}

void ParticipantsPage::updateCount()
{
    const int total = m_workspace->participants()->rowCount();
    m_count->setText(tr("Showing %L1 of %Ln people", nullptr, total).arg(m_proxy->rowCount()));
}

void ParticipantsPage::updateActions()
{
    const bool editable = isEditable();
    const bool selected = m_table->selectionModel()->hasSelection();
    m_addAction->setEnabled(editable);
    m_editAction->setEnabled(editable && selected);
    m_deleteAction->setEnabled(editable && selected);
    m_addOrganisationAction->setEnabled(editable);
    m_deleteOrganisationAction->setEnabled(editable && currentOrganisationId() != 0);
    m_renameOrganisationAction->setEnabled(editable && currentOrganisationId() != 0);
    m_showMembersAction->setEnabled(currentOrganisationId() != 0);
}

void ParticipantsPage::clearFilters()
{
    m_filters->clear();
}

void ParticipantsPage::showParticipant(qint64 id)
{
    const ParticipantTableModel *source = m_workspace->participants();
    const int sourceRow = source->rowOf(id);
    if (sourceRow < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(source->index(sourceRow, ParticipantTableModel::Name));
    if (!index.isValid()) {
        // Someone just added or edited and then hidden by the filter would look like a lost edit.
        clearFilters();
        index = m_proxy->mapFromSource(source->index(sourceRow, ParticipantTableModel::Name));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                          | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void ParticipantsPage::addParticipant()
{
    if (!isEditable())
        return;
    Participant draft;
    // A consultant who is looking at the council's politicians is most likely adding one.
    if (const std::optional<ParticipantRole> role = m_proxy->roleFilter())
        draft.role = *role;
    if (m_proxy->organisationFilter() > 0)
        draft.organisationId = m_proxy->organisationFilter();
    openDialog(draft);
}

void ParticipantsPage::editCurrentParticipant()
{
    if (!isEditable())
        return;
    QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row())) {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        current = rows.first();
    }
    const qint64 id = current.data(ParticipantTableModel::IdRole).toLongLong();
    if (const Participant *participant = m_workspace->document()->project().participants.find(id))
        openDialog(*participant);
}

void ParticipantsPage::openDialog(const Participant &participant)
{
    if (m_dialog && m_dialog->isVisible()) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    auto *dialog = new ParticipantDialog(m_workspace->document()->project(), participant, this);
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, participant] {
        const Participant result = dialog->participant();
        if (result.id == 0) {
            if (const EditResult added = m_workspace->editor()->addParticipant(result))
                showParticipant(added.id);
        } else if (result != participant && m_workspace->editor()->update(result)) {
            showParticipant(result.id);
        }
    });
    dialog->open();
}

void ParticipantsPage::deleteSelectedParticipants()
{
    const QList<qint64> ids = selectedParticipantIds();
    if (ids.isEmpty() || !isEditable())
        return;
    const Project &project = m_workspace->document()->project();
    const RemovalPlanner planner(project);
    const int enrolments = planner.countOf(EntityType::Enrolment, EntityType::Participant, ids);
    const int attendance = planner.countOf(EntityType::Attendance, EntityType::Participant, ids);

    const Participant *first = project.participants.find(ids.first());
    const QString question = ids.size() == 1 && first ? tr("Delete %1?").arg(first->name)
                                                      : tr("Delete %Ln people?", nullptr, int(ids.size()));
    QString consequence;
    if (enrolments > 0 && attendance > 0)
        consequence = tr("Their %1 and %2 go too.")
                          .arg(tr("%Ln enrolments", nullptr, enrolments),
                               tr("%Ln attendance records", nullptr, attendance));
    else if (enrolments > 0)
        consequence = tr("Their %Ln enrolments go too.", nullptr, enrolments);
    else if (attendance > 0)
        consequence = tr("Their %Ln attendance records go too.", nullptr, attendance);
    else
        consequence = ids.size() == 1 ? tr("They are not enrolled in anything.")
                                      : tr("None of them is enrolled in anything.");

    DeleteConfirmation::ask(this, tr("Delete Participants"), question,
                            consequence + QLatin1Char(' ') + tr("You can undo this."),
                            [this, ids] { removeParticipants(ids); });
}

void ParticipantsPage::removeParticipants(const QList<qint64> &ids)
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    int firstRow = m_proxy->rowCount();
    for (const QModelIndex &index : selected)
        firstRow = std::min(firstRow, index.row());

    // One change set: the people, their enrolments and attendance go as one undo step.
    m_workspace->editor()->remove(EntityType::Participant, ids);

    // The next person moves into the deleted one's place, so Delete can be pressed again.
    if (m_proxy->rowCount() > 0) {
        const QModelIndex next = m_proxy->index(std::min(firstRow, m_proxy->rowCount() - 1), 0);
        m_table->selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect
                                                             | QItemSelectionModel::Rows);
    }
}

qint64 ParticipantsPage::currentOrganisationId() const
{
    const QModelIndexList rows = m_organisationTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(OrganisationTableModel::IdRole).toLongLong();
}

void ParticipantsPage::addOrganisation()
{
    if (!isEditable())
        return;
    Organisation draft;
    draft.name = uniqueOrganisationName(m_workspace->document()->project(), tr("New organisation"));
    const EditResult added = m_workspace->editor()->addOrganisation(draft);
    if (!added)
        return;
    const OrganisationTableModel *source = m_workspace->organisations();
    const QModelIndex index =
        m_organisationProxy->mapFromSource(source->index(source->rowOf(added.id), OrganisationTableModel::Name));
    m_organisationTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                                       | QItemSelectionModel::Rows);
    m_organisationTable->scrollTo(index);
    // The placeholder name is there to be typed over at once.
    m_organisationTable->setFocus(Qt::OtherFocusReason);
    m_organisationTable->edit(index);
}

void ParticipantsPage::renameCurrentOrganisation()
{
    const QModelIndexList rows = m_organisationTable->selectionModel()->selectedRows(OrganisationTableModel::Name);
    if (rows.isEmpty() || !isEditable())
        return;
    m_organisationTable->setCurrentIndex(rows.first());
    m_organisationTable->edit(rows.first());
}

void ParticipantsPage::deleteCurrentOrganisation()
{
    const qint64 id = currentOrganisationId();
    const Organisation *organisation = m_workspace->document()->project().organisations.find(id);
    if (!organisation || !isEditable())
        return;
    int members = 0;
    for (const Participant &participant : m_workspace->document()->project().participants)
        members += participant.organisationId == id ? 1 : 0;

    DeleteConfirmation::ask(this, tr("Delete Organisation"), tr("Delete the organisation “%1”?").arg(organisation->name),
                            members == 0 ? tr("Nobody belongs to it. You can undo this.")
                                         : tr("Its %Ln people stay in the project but no longer belong to an "
                                              "organisation. You can undo this.",
                                              nullptr, members),
                            [this, id] { m_workspace->editor()->remove(EntityType::Organisation, id); });
}

} // namespace Akademiplan
