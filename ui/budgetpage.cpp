// SPDX-License-Identifier: MPL-2.0
#include "budgetpage.h"

#include "academychoice.h"
#include "budget/moneyformat.h"
#include "budget/participanttime.h"
#include "budgetchart.h"
#include "document/document.h"
#include "domain/domainlabels.h"
#include "editor/projecteditor.h"
#include "enumcombodelegate.h"
#include "exchange/budgetexport.h"
#include "filedialog.h"
#include "models/budgetwatcher.h"
#include "models/costlinetablemodel.h"
#include "models/fundingtablemodel.h"
#include "models/staffratetablemodel.h"
#include "participantdialog.h"
#include "statusmessage.h"
#include "tablestyle.h"
#include "workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
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

QString amountRow(const QString &what, Money amount, bool strong = false)
{
    const QString text = MoneyFormat::text(amount);
    return QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
        .arg(what.toHtmlEscaped(), strong ? QStringLiteral("<b>%1</b>").arg(text) : text);
}

QString hoursText(qint64 minutes)
{
    return MoneyFormat::number(Money::fromOre(ParticipantTime::hundredthsOfHours(minutes)));
}

} // namespace

BudgetPage::BudgetPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_budgets(new BudgetWatcher(workspace->document(), this))
    , m_costLineModel(new CostLineTableModel(workspace->document(), workspace->editor(), m_budgets, this))
    , m_staffRateModel(new StaffRateTableModel(workspace->document(), workspace->editor(), m_budgets, this))
    , m_fundingModel(new FundingTableModel(workspace->document(), workspace->editor(), m_budgets, this))
    , m_costLineProxy(new QSortFilterProxyModel(this))
    , m_staffRateProxy(new QSortFilterProxyModel(this))
    , m_fundingProxy(new QSortFilterProxyModel(this))
    , m_academy(new AcademyChoice(workspace->document(), this))
    , m_tables(new QTabWidget(this))
    , m_add(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_export(new QPushButton(tr("&Export Budget…"), this))
    , m_exportAction(new QAction(tr("&Budget…"), this))
    , m_totals(new QLabel(this))
    , m_trackChart(new BudgetChart(this))
    , m_kindChart(new BudgetChart(this))
{
    m_costLineProxy->setSourceModel(m_costLineModel);
    m_costLineProxy->setFilterRole(CostLineTableModel::AcademyIdRole);
    m_staffRateProxy->setSourceModel(m_staffRateModel);
    m_staffRateProxy->setFilterRole(StaffRateTableModel::AcademyIdRole);
    m_fundingProxy->setSourceModel(m_fundingModel);
    m_fundingProxy->setFilterRole(FundingTableModel::AcademyIdRole);

    m_costLines = makeTable(m_costLineProxy, QStringLiteral("costLineTable"), CostLineTableModel::Description);
    m_costLines->setAccessibleName(tr("Cost lines"));
    m_costLines->setItemDelegateForColumn(CostLineTableModel::Scope, new EnumComboDelegate([this] {
        EnumComboDelegate::Choices choices{{tr("Whole academy"), CostLineTableModel::scopeKey(0, 0)}};
        const Project &project = m_workspace->document()->project();
        for (const Track *track : project.tracksOf(academyId())) {
            choices.append({track->name, CostLineTableModel::scopeKey(track->id, 0)});
            for (const Activity *activity : project.activitiesOf(track->id))
                choices.append({QStringLiteral("    ") + activity->title, CostLineTableModel::scopeKey(track->id, activity->id)});
        }
        return choices;
    }, m_costLines));
    m_costLines->setItemDelegateForColumn(CostLineTableModel::Kind, new EnumComboDelegate([] {
        return choicesOf({CostKind::Facilitation, CostKind::CourseFee, CostKind::VenueCatering, CostKind::Materials,
                          CostKind::Travel, CostKind::Other});
    }, m_costLines));
    m_costLines->setItemDelegateForColumn(CostLineTableModel::Basis, new EnumComboDelegate([] {
        return choicesOf({CostBasis::Fixed, CostBasis::Entered, CostBasis::PerSession, CostBasis::PerSessionHour,
                          CostBasis::PerParticipant, CostBasis::PerParticipantDay, CostBasis::PerParticipantNight});
    }, m_costLines));
    m_costLines->setItemDelegateForColumn(CostLineTableModel::Vat, new EnumComboDelegate([] {
        return choicesOf({VatTreatment::ExcludingVat, VatTreatment::IncludingVat, VatTreatment::NoVat});
    }, m_costLines));

    m_staffRates = makeTable(m_staffRateProxy, QStringLiteral("staffRateTable"), StaffRateTableModel::Organisation);
    m_staffRates->setAccessibleName(tr("Staff rates"));
    m_staffRates->setItemDelegateForColumn(StaffRateTableModel::Role,
                                           new EnumComboDelegate(&ParticipantDialog::roleChoices, m_staffRates));
    m_staffRates->setItemDelegateForColumn(StaffRateTableModel::Organisation, new EnumComboDelegate([this] {
        EnumComboDelegate::Choices choices = ParticipantDialog::organisationChoices(m_workspace->document()->project());
        // The first choice, no organisation, means the rate holds for everyone of the role.
        if (!choices.isEmpty())
            choices.first().label = tr("Everyone");
        return choices;
    }, m_staffRates));

    m_fundings = makeTable(m_fundingProxy, QStringLiteral("fundingTable"), FundingTableModel::Name);
    m_fundings->setAccessibleName(tr("Funding"));
    m_fundings->setItemDelegateForColumn(FundingTableModel::Kind, new EnumComboDelegate([] {
        return choicesOf({FundingKind::CompetenceFund, FundingKind::Municipality, FundingKind::Partner,
                          FundingKind::Foundation, FundingKind::Other});
    }, m_fundings));

    m_tables->setObjectName(QStringLiteral("budgetTables"));
    m_tables->addTab(m_costLines, tr("Cost Lines"));
    m_tables->addTab(m_staffRates, tr("Working Time"));
    m_tables->addTab(m_fundings, tr("Funding"));

    m_academy->setObjectName(QStringLiteral("budgetAcademy"));
    auto *academyLabel = new QLabel(tr("Acade&my:"), this);
    academyLabel->setBuddy(m_academy);
    m_add->setObjectName(QStringLiteral("addBudgetRow"));
    m_delete->setObjectName(QStringLiteral("deleteBudgetRow"));
    m_export->setObjectName(QStringLiteral("exportBudget"));
    m_export->setToolTip(tr("Write the academy's budget as a CSV file that Excel opens"));
    auto *top = new QHBoxLayout;
    top->addWidget(academyLabel);
    top->addWidget(m_academy, 1);
    top->addSpacing(12);
    top->addWidget(m_add);
    top->addWidget(m_delete);
    top->addStretch();
    top->addWidget(m_export);

    m_totals->setObjectName(QStringLiteral("budgetTotals"));
    m_trackChart->setObjectName(QStringLiteral("budgetByTrack"));
    m_trackChart->setAccessibleName(tr("Cost by track"));
    m_kindChart->setObjectName(QStringLiteral("budgetByKind"));
    m_kindChart->setAccessibleName(tr("Cost by kind"));
    m_totals->setTextFormat(Qt::RichText);
    m_totals->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The table takes the whole width, since a cost line has many columns to read and edit; the
    // totals and the chart sit side by side below it, where they stay in view while typing.
    auto *summary = new QWidget(this);
    auto *summaryLayout = new QHBoxLayout(summary);
    summaryLayout->addWidget(m_totals);
    summaryLayout->addSpacing(24);
    summaryLayout->addWidget(m_trackChart, 1);
    summaryLayout->addSpacing(24);
    summaryLayout->addWidget(m_kindChart, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(summary);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("budgetSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tables);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({520, 220});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_add, &QPushButton::clicked, this, &BudgetPage::addRow);
    connect(m_delete, &QPushButton::clicked, this, &BudgetPage::deleteCurrentRow);
    connect(m_export, &QPushButton::clicked, this, &BudgetPage::exportBudget);
    m_exportAction->setObjectName(QStringLiteral("exportBudgetAction"));
    m_exportAction->setStatusTip(m_export->toolTip());
    connect(m_exportAction, &QAction::triggered, this, &BudgetPage::exportBudget);
    connect(m_academy, &AcademyChoice::academyChanged, this, &BudgetPage::showAcademy);
    connect(m_tables, &QTabWidget::currentChanged, this, &BudgetPage::updateButtons);
    for (QTableView *table : {m_costLines, m_staffRates, m_fundings})
        connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BudgetPage::updateButtons);
    connect(m_budgets, &BudgetWatcher::changed, this, &BudgetPage::updateTotals);
    auto tell = [this](const QString &why) { showRefusal(this, why); };
    connect(m_costLineModel, &CostLineTableModel::refused, this, tell);
    connect(m_staffRateModel, &StaffRateTableModel::refused, this, tell);
    connect(m_fundingModel, &FundingTableModel::refused, this, tell);
    showAcademy();
}

QTableView *BudgetPage::makeTable(QSortFilterProxyModel *proxy, const QString &name, int stretchColumn)
{
    proxy->setSortLocaleAware(true);
    auto *table = new QTableView(this);
    table->setObjectName(name);
    table->setModel(proxy);
    // In the order the lines were entered, the order a budget is built up in; a header sorts.
    applyTableStyle(table, -1, stretchColumn);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                           | QAbstractItemView::AnyKeyPressed);
    return table;
}

qint64 BudgetPage::academyId() const
{
    return m_academy->academyId();
}

void BudgetPage::showAcademy()
{
    const QString id = QString::number(academyId());
    for (QSortFilterProxyModel *proxy : {m_costLineProxy, m_staffRateProxy, m_fundingProxy})
        proxy->setFilterRegularExpression(QRegularExpression(QStringLiteral("^%1$").arg(id)));
    updateTotals();
    updateButtons();
}

QTableView *BudgetPage::currentTable() const
{
    return static_cast<QTableView *>(m_tables->currentWidget());
}

void BudgetPage::updateButtons()
{
    const bool editable = !m_workspace->document()->isReadOnly() && academyId() != 0;
    const QTableView *table = currentTable();
    m_add->setText(table == m_costLines   ? tr("&Add Cost Line")
                   : table == m_staffRates ? tr("&Add Staff Rate")
                                           : tr("&Add Funding Source"));
    m_delete->setText(table == m_costLines   ? tr("&Delete Cost Line")
                      : table == m_staffRates ? tr("&Delete Staff Rate")
                                              : tr("&Delete Funding Source"));
    m_add->setEnabled(editable);
    m_delete->setEnabled(editable && table->selectionModel()->currentIndex().isValid());
    m_export->setEnabled(academyId() != 0);
    m_exportAction->setEnabled(academyId() != 0);
}

void BudgetPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_totalsStale)
        updateTotals();
}

void BudgetPage::updateTotals()
{
    m_totalsStale = !isVisible();
    if (m_totalsStale)
        return;
    const qint64 id = academyId();
    if (id == 0) {
        m_totals->setText(tr("The project has no academy yet."));
        m_trackChart->setGroups({});
        m_kindChart->setGroups({});
        return;
    }
    const Project &project = m_workspace->document()->project();
    const AcademyBudget &budget = m_budgets->budgetOf(id);

    Money fund;
    for (const FundingTotal &total : budget.funding)
        if (const Funding *row = project.fundings.find(total.fundingId); row && row->kind == FundingKind::CompetenceFund)
            fund += total.planned;
    qint64 plannedMinutes = 0;
    for (const StaffTimeTotal &time : budget.staffTime)
        plannedMinutes += time.minutes.plannedMinutes;

    // Two columns, what it costs and who pays, so that the totals stay in view below the tables.
    const QString table = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    auto section = [](const QString &title, bool first = false) {
        return QStringLiteral("<tr><td colspan=\"2\">%1<b>%2</b></td></tr>")
            .arg(first ? QString() : QStringLiteral("<br>"), title.toHtmlEscaped());
    };
    QString cost = table + section(tr("Cash"), true);
    cost += amountRow(tr("Without VAT"), budget.cash.withoutVat);
    cost += amountRow(tr("VAT"), budget.cash.vat);
    cost += amountRow(tr("With VAT"), budget.cash.withVat(), true);
    // An academy over more than one year is budgeted per year: each year's cash without VAT.
    if (budget.cashByYear.size() > 1)
        for (const auto &[year, cash] : budget.cashByYear)
            cost += amountRow(year ? tr("Without VAT in %1").arg(year) : tr("Without VAT, not dated yet"),
                              cash.withoutVat);
    cost += section(tr("The participants' working time"));
    cost += amountRow(tr("%1 hours, with cover").arg(hoursText(plannedMinutes)), budget.staffCost);
    if (budget.minutesWithoutRate > 0)
        cost += QStringLiteral("<tr><td colspan=\"2\"><i>%1</i></td></tr>")
                    .arg(tr("%1 of the hours are of people whose role has no staff rate and are not priced.")
                             .arg(hoursText(budget.minutesWithoutRate))
                             .toHtmlEscaped());
    cost += amountRow(tr("Cash without VAT and working time"), budget.totalWithStaff(), true);
    cost += QStringLiteral("</table>");

    QString paid = table + section(tr("Funding"), true);
    paid += amountRow(tr("The competence fund"), fund);
    paid += amountRow(tr("Partners, foundations and others"), budget.externalFunding - fund);
    paid += amountRow(tr("The municipality's own share"), budget.municipalityShare, true);
    const int linesWithActual = int(budget.lines.size()) - budget.linesWithoutActual;
    if (linesWithActual > 0 || !budget.attendedStaffCost.isZero() || !budget.fundingReceived.isZero()) {
        paid += section(tr("Actual so far"));
        paid += amountRow(tr("Spent on %n line(s), without VAT", nullptr, linesWithActual), budget.actualCash.withoutVat);
        paid += amountRow(tr("Budgeted for the same lines"), budget.plannedCashOfLinesWithActual.withoutVat);
        paid += amountRow(tr("Working time of the people present"), budget.attendedStaffCost);
        paid += amountRow(tr("Funding received"), budget.fundingReceived);
    }
    paid += QStringLiteral("</table>");
    const QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\"><tr><td valign=\"top\">%1</td>"
                                        "<td width=\"24\"></td><td valign=\"top\">%2</td></tr></table>")
                             .arg(cost, paid);
    m_totals->setText(html);

    BudgetChart::Group byTrack{tr("Cost by track, without VAT"), {}};
    for (const Track *track : project.tracksOf(id))
        byTrack.bars.append({track->name, budget.cashByTrack.value(track->id).withoutVat, track->colour});
    if (!budget.cashOfAcademy.isZero())
        byTrack.bars.append({tr("Whole academy"), budget.cashOfAcademy.withoutVat, QColor()});
    BudgetChart::Group byKind{tr("Cost by kind, without VAT"), {}};
    for (const auto &[kind, amount] : budget.cashByKind)
        byKind.bars.append({DomainLabels::label(kind), amount.withoutVat, QColor()});
    m_trackChart->setGroups({byTrack});
    m_kindChart->setGroups({byKind});
}

void BudgetPage::addRow()
{
    const qint64 academy = academyId();
    if (academy == 0)
        return;
    QTableView *table = currentTable();
    const QModelIndex current = table->selectionModel()->currentIndex();
    const Project &project = m_workspace->document()->project();
    const Academy *row = project.academies.find(academy);
    AnyEntity draft;
    if (table == m_costLines) {
        CostLine line;
        line.id = -1;
        line.academyId = academy;
        // A new line goes where the selected one is, since lines are mostly added activity by activity.
        if (const CostLine *selected = project.costLines.find(current.data(CostLineTableModel::IdRole).toLongLong())) {
            line.trackId = selected->trackId;
            line.activityId = selected->activityId;
        }
        line.priceYear = row && row->startDate.isValid() ? row->startDate.year() : QDate::currentDate().year();
        draft = line;
    } else if (table == m_staffRates) {
        StaffRate rate;
        rate.id = -1;
        rate.academyId = academy;
        rate.priceYear = row && row->startDate.isValid() ? row->startDate.year() : QDate::currentDate().year();
        draft = rate;
    } else {
        Funding funding;
        funding.id = -1;
        funding.academyId = academy;
        bool hasFund = false;
        for (const Funding &source : project.fundings)
            hasFund = hasFund || (source.academyId == academy && source.kind == FundingKind::CompetenceFund);
        funding.kind = hasFund ? FundingKind::Partner : FundingKind::CompetenceFund;
        draft = funding;
    }
    const EditResult added = m_workspace->editor()->insertAll(m_add->text().remove(QLatin1Char('&')), {draft});
    if (!added)
        return;
    auto *proxy = static_cast<QSortFilterProxyModel *>(table->model());
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const QModelIndex index = proxy->index(r, 0);
        if (index.data(CostLineTableModel::IdRole).toLongLong() != added.id)
            continue;
        table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        table->scrollTo(index);
        break;
    }
    updateButtons();
}

void BudgetPage::deleteCurrentRow()
{
    QTableView *table = currentTable();
    const qint64 id = table->selectionModel()->currentIndex().data(CostLineTableModel::IdRole).toLongLong();
    if (id == 0)
        return;
    const EntityType type = table == m_costLines     ? EntityType::CostLine
                            : table == m_staffRates ? EntityType::StaffRate
                                                    : EntityType::Funding;
    // One row of figures, undone with Ctrl+Z: no confirmation in the way.
    m_workspace->editor()->remove(type, id);
    updateButtons();
}

bool BudgetPage::exportBudget()
{
    m_workspace->flushPendingEdits();
    const Academy *academy = m_workspace->document()->project().academies.find(academyId());
    if (!academy)
        return false;
    const QString folder = QFileInfo(m_workspace->document()->filePath()).absolutePath();
    const QString path = FileDialog::saveFile(this, tr("Export Budget"),
                                              QDir(folder).filePath(tr("Budget %1").arg(academy->name) + QStringLiteral(".csv")),
                                              tr("CSV for Excel (*.csv)"));
    return !path.isEmpty() && exportBudgetTo(path);
}

bool BudgetPage::exportBudgetTo(const QString &path)
{
    QString error;
    if (!BudgetExport::write(m_workspace->document()->project(), academyId(), path, &error)) {
        QMessageBox::warning(this, tr("Export Budget"), error);
        return false;
    }
    return true;
}

} // namespace Akademiplan
