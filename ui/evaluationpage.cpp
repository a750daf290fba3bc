// SPDX-License-Identifier: MPL-2.0
#include "evaluationpage.h"


#include "academychoice.h"
#include "datecelldelegate.h"
#include "document/document.h"
#include "domain/domainlabels.h"
#include "editor/projecteditor.h"
#include "enumcombodelegate.h"
#include "evaluation/evaluationdrafts.h"
#include "models/indicatortablemodel.h"
#include "models/learninggoaltablemodel.h"
#include "models/measurementtablemodel.h"
#include "programmetheoryform.h"
#include "statusmessage.h"
#include "tablestyle.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Akademiplan {

namespace {

template <typename Enum>
EnumComboDelegate::Choices choicesOf(std::initializer_list<Enum> values)
{
    EnumComboDelegate::Choices choices;
    for (Enum value : values)
        choices.append({DomainLabels::label(value), int(value)});
    return choices;
}

QHBoxLayout *buttonRow(std::initializer_list<QPushButton *> buttons)
{
    auto *row = new QHBoxLayout;
    for (QPushButton *button : buttons)
        row->addWidget(button);
    row->addStretch();
    return row;
}

QRegularExpression exactly(qint64 id)
{
    return QRegularExpression(QStringLiteral("^%1$").arg(id));
}

} // namespace

EvaluationPage::EvaluationPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_goalModel(new LearningGoalTableModel(workspace->document(), workspace->editor(), this))
    , m_indicatorModel(new IndicatorTableModel(workspace->document(), workspace->editor(), this))
    , m_measurementModel(new MeasurementTableModel(workspace->document(), workspace->editor(), this))
    , m_goalProxy(new QSortFilterProxyModel(this))
    , m_indicatorProxy(new QSortFilterProxyModel(this))
    , m_measurementProxy(new QSortFilterProxyModel(this))
    , m_academy(new AcademyChoice(workspace->document(), this))
    , m_sections(new QTabWidget(this))
    , m_theory(new ProgrammeTheoryForm(workspace, this))
{
    m_goalProxy->setSourceModel(m_goalModel);
    m_goalProxy->setFilterRole(LearningGoalTableModel::AcademyIdRole);
    m_goalProxy->setSortRole(LearningGoalTableModel::SortRole);
    m_indicatorProxy->setSourceModel(m_indicatorModel);
    m_indicatorProxy->setFilterRole(IndicatorTableModel::AcademyIdRole);
    m_measurementProxy->setSourceModel(m_measurementModel);
    m_measurementProxy->setFilterRole(MeasurementTableModel::IndicatorIdRole);
    m_measurementProxy->setSortRole(MeasurementTableModel::SortRole);

    m_academy->setObjectName(QStringLiteral("evaluationAcademy"));
    auto *academyLabel = new QLabel(tr("Acade&my:"), this);
    academyLabel->setBuddy(m_academy);
    auto *top = new QHBoxLayout;
    top->addWidget(academyLabel);
    top->addWidget(m_academy, 1);
    top->addStretch(2);

    // Not in a scroll area: its text fields scroll themselves, and they fit a small laptop's screen.
    m_sections->setObjectName(QStringLiteral("evaluationSections"));
    m_sections->addTab(m_theory, tr("Programme Theory"));
    m_sections->addTab(learningGoalSection(), tr("Learning Goals"));
    m_sections->addTab(indicatorSection(), tr("Indicators"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_sections, 1);

    connect(m_academy, &AcademyChoice::academyChanged, this, &EvaluationPage::showAcademy);
    connect(m_indicatorModel, &IndicatorTableModel::refused, this, &EvaluationPage::tell);
    connect(m_measurementModel, &MeasurementTableModel::refused, this, &EvaluationPage::tell);
    // A track added or removed decides whether a learning goal can be added.
    connect(workspace->document(), &Document::rowsInserted, this, &EvaluationPage::updateButtons);
    connect(workspace->document(), &Document::rowsRemoved, this, &EvaluationPage::updateButtons);
    showAcademy();
}

QTableView *EvaluationPage::makeTable(QSortFilterProxyModel *proxy, const QString &name, int sortColumn,
                                      int stretchColumn)
{
    proxy->setSortLocaleAware(true);
    auto *table = new QTableView(this);
    table->setObjectName(name);
    table->setModel(proxy);
    applyTableStyle(table, sortColumn, stretchColumn);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                           | QAbstractItemView::AnyKeyPressed);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EvaluationPage::updateButtons);
    return table;
}

QWidget *EvaluationPage::learningGoalSection()
{
    auto *section = new QWidget(this);
    // In the plan's order: the tracks as the academy has them, each track's goals as written.
    m_goals = makeTable(m_goalProxy, QStringLiteral("learningGoalTable"), LearningGoalTableModel::Track,
                        LearningGoalTableModel::Text);
    m_goals->setAccessibleName(tr("Learning goals"));
    auto trackChoices = [this] {
        EnumComboDelegate::Choices choices;
        for (const Track *track : m_workspace->document()->project().tracksOf(academyId()))
            choices.append({track->name, track->id});
        return choices;
    };
    m_goals->setItemDelegateForColumn(LearningGoalTableModel::Track, new EnumComboDelegate(trackChoices, m_goals));
    m_goals->setItemDelegateForColumn(LearningGoalTableModel::Kind, new EnumComboDelegate([] {
        return choicesOf({LearningGoalKind::Knowledge, LearningGoalKind::Skills, LearningGoalKind::Competences});
    }, m_goals));

    m_addGoal = new QPushButton(tr("&Add Learning Goal"), section);
    m_addGoal->setObjectName(QStringLiteral("addLearningGoal"));
    m_addGoal->setToolTip(tr("A goal of the selected goal's track, or of the academy's first track"));
    m_deleteGoal = new QPushButton(tr("&Delete Learning Goal"), section);
    m_deleteGoal->setObjectName(QStringLiteral("deleteLearningGoal"));
    connect(m_addGoal, &QPushButton::clicked, this, &EvaluationPage::addLearningGoal);
    connect(m_deleteGoal, &QPushButton::clicked, this, &EvaluationPage::deleteLearningGoal);

    auto *layout = new QVBoxLayout(section);
    layout->addLayout(buttonRow({m_addGoal, m_deleteGoal}));
    layout->addWidget(m_goals, 1);
    return section;
}

QWidget *EvaluationPage::indicatorSection()
{
    // In the order they were entered, the order an evaluation plan is built up in; a header sorts.
    m_indicators = makeTable(m_indicatorProxy, QStringLiteral("indicatorTable"), -1, IndicatorTableModel::Name);
    m_indicators->setAccessibleName(tr("Indicators"));
    m_indicators->setItemDelegateForColumn(IndicatorTableModel::Scope, new EnumComboDelegate([this] {
        EnumComboDelegate::Choices choices{{tr("Whole academy"), qint64(0)}};
        for (const Track *track : m_workspace->document()->project().tracksOf(academyId()))
            choices.append({track->name, track->id});
        return choices;
    }, m_indicators));
    m_indicators->setItemDelegateForColumn(IndicatorTableModel::Level, new EnumComboDelegate([] {
        return choicesOf({KirkpatrickLevel::Reaction, KirkpatrickLevel::Learning, KirkpatrickLevel::Behaviour,
                          KirkpatrickLevel::Results});
    }, m_indicators));
    m_indicators->setItemDelegateForColumn(IndicatorTableModel::ValueKind, new EnumComboDelegate([] {
        return choicesOf({PublicValue::None, PublicValue::Quality, PublicValue::Efficiency,
                          PublicValue::CitizenInvolvement, PublicValue::EmployeeSatisfaction,
                          PublicValue::PoliticalGoals});
    }, m_indicators));
    m_indicators->setItemDelegateForColumn(IndicatorTableModel::Method, new EnumComboDelegate([] {
        return choicesOf({MeasurementMethod::Survey, MeasurementMethod::Interview, MeasurementMethod::RegisterData,
                          MeasurementMethod::Observation, MeasurementMethod::Other});
    }, m_indicators));
    m_indicators->setItemDelegateForColumn(IndicatorTableModel::Direction, new EnumComboDelegate([] {
        return EnumComboDelegate::Choices{{IndicatorTableModel::directionText(true), true},
                                          {IndicatorTableModel::directionText(false), false}};
    }, m_indicators));

    // The measurements in the plan's order: before, during, at the end, months after.
    m_measurements = makeTable(m_measurementProxy, QStringLiteral("measurementTable"), MeasurementTableModel::When,
                               MeasurementTableModel::Note);
    m_measurements->setAccessibleName(tr("Measurements"));
    m_measurements->setItemDelegateForColumn(MeasurementTableModel::When, new EnumComboDelegate([] {
        EnumComboDelegate::Choices choices;
        for (const auto &[timing, months] : MeasurementTableModel::usualTimings())
            choices.append({DomainLabels::timing(timing, months), MeasurementTableModel::timingKey(timing, months)});
        return choices;
    }, m_measurements));
    auto *dates = new DateCellDelegate(m_measurements);
    m_measurements->setItemDelegateForColumn(MeasurementTableModel::Planned, dates);
    m_measurements->setItemDelegateForColumn(MeasurementTableModel::Measured, dates);

    m_addIndicator = new QPushButton(tr("&Add Indicator"), this);
    m_addIndicator->setObjectName(QStringLiteral("addIndicator"));
    m_deleteIndicator = new QPushButton(tr("&Delete Indicator"), this);
    m_deleteIndicator->setObjectName(QStringLiteral("deleteIndicator"));
    m_deleteIndicator->setToolTip(tr("Deletes the indicator with its measurements"));
    m_addMeasurement = new QPushButton(tr("Add Mea&surement"), this);
    m_addMeasurement->setObjectName(QStringLiteral("addMeasurement"));
    m_addMeasurement->setToolTip(tr("A measurement after the indicator's last one: 3 months after the academy, "
                                    "then 12"));
    m_deleteMeasurement = new QPushButton(tr("De&lete Measurement"), this);
    m_deleteMeasurement->setObjectName(QStringLiteral("deleteMeasurement"));
    connect(m_addIndicator, &QPushButton::clicked, this, &EvaluationPage::addIndicator);
    connect(m_deleteIndicator, &QPushButton::clicked, this, &EvaluationPage::deleteIndicator);
    connect(m_addMeasurement, &QPushButton::clicked, this, &EvaluationPage::addMeasurement);
    connect(m_deleteMeasurement, &QPushButton::clicked, this, &EvaluationPage::deleteMeasurement);

    auto *indicators = new QWidget(this);
    auto *indicatorLayout = new QVBoxLayout(indicators);
    indicatorLayout->setContentsMargins(0, 0, 0, 0);
    indicatorLayout->addLayout(buttonRow({m_addIndicator, m_deleteIndicator}));
    indicatorLayout->addWidget(m_indicators, 1);

    m_measurementHeading = new QLabel(this);
    m_measurementHeading->setObjectName(QStringLiteral("measurementHeading"));
    m_measurementHeading->setStyleSheet(QStringLiteral("font-weight: 600;"));
    auto *measurements = new QWidget(this);
    auto *measurementLayout = new QVBoxLayout(measurements);
    measurementLayout->setContentsMargins(0, 0, 0, 0);
    auto *measurementTop = buttonRow({m_addMeasurement, m_deleteMeasurement});
    measurementTop->insertWidget(0, m_measurementHeading);
    measurementTop->insertSpacing(1, 12);
    measurementLayout->addLayout(measurementTop);
    measurementLayout->addWidget(m_measurements, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("indicatorSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(indicators);
    splitter->addWidget(measurements);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    connect(m_indicators->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EvaluationPage::showIndicator);
    // A renamed indicator is named so in the heading; one deleted takes its measurements along.
    connect(m_indicatorProxy, &QAbstractItemModel::dataChanged, this, &EvaluationPage::showIndicator);
    connect(m_indicatorProxy, &QAbstractItemModel::rowsRemoved, this, &EvaluationPage::showIndicator);
    connect(m_indicatorProxy, &QAbstractItemModel::modelReset, this, &EvaluationPage::showIndicator);

    auto *section = new QWidget(this);
    auto *layout = new QVBoxLayout(section);
    layout->addWidget(splitter);
    return section;
}

qint64 EvaluationPage::academyId() const
{
    return m_academy->academyId();
}

qint64 EvaluationPage::indicatorId() const
{
    return m_indicators->selectionModel()->currentIndex().data(IndicatorTableModel::IdRole).toLongLong();
}

void EvaluationPage::showAcademy()
{
    m_theory->setAcademy(academyId());
    m_goalProxy->setFilterRegularExpression(exactly(academyId()));
    m_indicatorProxy->setFilterRegularExpression(exactly(academyId()));
    showIndicator();
}

void EvaluationPage::showIndicator()
{
    // The measurements of an indicator are always in view: the first one's until another is chosen.
    if (!m_indicators->selectionModel()->currentIndex().isValid() && m_indicatorProxy->rowCount() > 0) {
        const QSignalBlocker blocker(m_indicators->selectionModel());
        m_indicators->selectionModel()->setCurrentIndex(m_indicatorProxy->index(0, 0),
                                                        QItemSelectionModel::ClearAndSelect
                                                            | QItemSelectionModel::Rows);
    }
    const qint64 id = indicatorId();
    m_measurementProxy->setFilterRegularExpression(exactly(id));
    const Indicator *indicator = m_workspace->document()->project().indicators.find(id);
    m_measurementHeading->setText(indicator ? tr("Measurements of “%1”").arg(indicator->name)
                                            : tr("Measurements: select an indicator"));
    updateButtons();
}

void EvaluationPage::updateButtons()
{
    const bool editable = !m_workspace->document()->isReadOnly() && academyId() != 0;
    const bool hasTracks = editable && !m_workspace->document()->project().tracksOf(academyId()).empty();
    m_addGoal->setEnabled(hasTracks);
    m_deleteGoal->setEnabled(editable && m_goals->selectionModel()->currentIndex().isValid());
    m_addIndicator->setEnabled(editable);
    m_deleteIndicator->setEnabled(editable && indicatorId() != 0);
    m_addMeasurement->setEnabled(editable && indicatorId() != 0);
    m_deleteMeasurement->setEnabled(editable && m_measurements->selectionModel()->currentIndex().isValid());
}

void EvaluationPage::selectAndEdit(QTableView *table, qint64 id, int column, bool edit)
{
    const QAbstractItemModel *proxy = table->model();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex index = proxy->index(row, column);
        if (index.data(LearningGoalTableModel::IdRole).toLongLong() != id)
            continue;
        table->selectionModel()->setCurrentIndex(index,
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        table->scrollTo(index);
        if (edit)
            table->edit(index);
        break;
    }
    updateButtons();
}

void EvaluationPage::addLearningGoal()
{
    const Project &project = m_workspace->document()->project();
    qint64 trackId = m_goals->selectionModel()->currentIndex().data(LearningGoalTableModel::TrackIdRole).toLongLong();
    if (trackId == 0) {
        const std::vector<const Track *> tracks = project.tracksOf(academyId());
        if (tracks.empty())
            return;
        trackId = tracks.front()->id;
    }
    const EditResult added = m_workspace->editor()->insertAll(
        tr("Add Learning Goal"), {EvaluationDrafts::learningGoal(project, trackId)});
    if (added)
        selectAndEdit(m_goals, added.id, LearningGoalTableModel::Text);
}

void EvaluationPage::addIndicator()
{
    if (academyId() == 0)
        return;
    const Indicator *selected = m_workspace->document()->project().indicators.find(indicatorId());
    const EditResult added = m_workspace->editor()->insertAll(
        tr("Add Indicator"), {EvaluationDrafts::indicator(academyId(), selected ? selected->trackId : 0)});
    if (added)
        selectAndEdit(m_indicators, added.id, IndicatorTableModel::Name);
}

void EvaluationPage::addMeasurement()
{
    const qint64 indicator = indicatorId();
    if (indicator == 0)
        return;
    const EditResult added = m_workspace->editor()->insertAll(
        tr("Add Measurement"), {EvaluationDrafts::nextMeasurement(m_workspace->document()->project(), indicator)});
    if (added)
        // Planned first and measured later: selected, not opened for typing.
        selectAndEdit(m_measurements, added.id, MeasurementTableModel::When, false);
}

void EvaluationPage::deleteLearningGoal()
{
    if (const qint64 id = m_goals->selectionModel()->currentIndex().data(LearningGoalTableModel::IdRole).toLongLong())
        m_workspace->editor()->remove(EntityType::LearningGoal, id);
    updateButtons();
}

void EvaluationPage::deleteIndicator()
{
    if (const qint64 id = indicatorId())
        m_workspace->editor()->remove(EntityType::Indicator, id);
    showIndicator();
}

void EvaluationPage::deleteMeasurement()
{
    const QModelIndex current = m_measurements->selectionModel()->currentIndex();
    if (const qint64 id = current.data(MeasurementTableModel::IdRole).toLongLong())
        m_workspace->editor()->remove(EntityType::Measurement, id);
    updateButtons();
}

void EvaluationPage::tell(const QString &message)
{
    showRefusal(this, message);
}

} // namespace Akademiplan
