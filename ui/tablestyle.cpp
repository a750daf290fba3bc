// SPDX-License-Identifier: MPL-2.0
#include "tablestyle.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>

#include <algorithm>
#include <limits>
#include <numeric>
#include <utility>

namespace Akademiplan {

namespace {

// Enough rows to find a column's typical widest entry; more would cost time at every keystroke in
// a search field for little gain. The column that takes the free width shows longer entries anyway.
constexpr int sampledRows = 200;
// In a window too narrow for all the content, a column keeps at least this many average characters
// of it (the column that takes the free width, usually the name, more) before the table scrolls.
constexpr int narrowestColumn = 12;
constexpr int narrowestStretch = 24;
// A drag of a column's edge is saved once it has come to rest, not at every step.
constexpr int saveDelayMs = 500;

} // namespace

TableStyle *applyTableStyle(QTableView *table, int sortColumn, int stretchColumn)
{
    return new TableStyle(table, sortColumn, stretchColumn);
}

TableStyle::TableStyle(QTableView *table, int sortColumn, int stretchColumn)
    : QObject(table)
    , m_table(table)
    , m_name(table->objectName())
    , m_stretchColumn(stretchColumn)
    , m_resetAction(new QAction(tr("Reset Column Widths"), this))
{
    setObjectName(QStringLiteral("tableStyle"));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->verticalHeader()->hide();
    // Rows as tall as the text needs, not the default's generous padding: more rows per screen.
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);

    QHeaderView *header = table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // The widths are set here; Qt's stretching of the last column would undo them.
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setResizeContentsPrecision(sampledRows);
    if (m_stretchColumn < 0)
        m_stretchColumn = header->count() - 1;

    m_resetAction->setObjectName(QStringLiteral("resetColumnWidths"));
    connect(m_resetAction, &QAction::triggered, this, &TableStyle::resetColumnWidths);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &TableStyle::showHeaderMenu);

    if (sortColumn >= 0) {
        const QSettings settings;
        const int column = settings.value(settingsKey(QStringLiteral("sortColumn")), sortColumn).toInt();
        const bool known = column >= 0 && column < header->count();
        const bool descending =
            known && settings.value(settingsKey(QStringLiteral("sortOrder"))).toString() == QLatin1String("descending");
        table->setSortingEnabled(true);
        table->sortByColumn(known ? column : sortColumn, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        connect(header, &QHeaderView::sortIndicatorChanged, this, &TableStyle::saveSortOrder);
    }

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(saveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &TableStyle::saveWidths);
    // A user's drag keeps that width. The column with the free width makes up for it only when it
    // lies to the right, where that moves nothing under the pointer; else the columns stay as they
    // are until the window or the content changes.
    connect(header, &QHeaderView::sectionResized, this, [this, header](int column, int, int width) {
        if (m_fitting)
            return;
        m_userWidths.insert(column, width);
        m_saveTimer.start();
        if (header->visualIndex(m_stretchColumn) > header->visualIndex(column))
            fit();
    });

    m_measureTimer.setSingleShot(true);
    m_measureTimer.setInterval(0);
    connect(&m_measureTimer, &QTimer::timeout, this, [this] {
        const bool mayShrink = std::exchange(m_shrinkOnMeasure, false);
        measure(mayShrink);
    });
    followModel();
    table->installEventFilter(this);
    m_viewport = table->viewport();
    m_viewport->installEventFilter(this);
    restoreWidths();
    measure(true);
}

TableStyle::~TableStyle()
{
    saveDraggedWidths();
}

TableStyle *TableStyle::of(const QTableView *table)
{
    return table ? table->findChild<TableStyle *>(QStringLiteral("tableStyle"), Qt::FindDirectChildrenOnly) : nullptr;
}

void TableStyle::followModel()
{
    const QAbstractItemModel *model = m_table->model();
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, [this] { measureLater(true); });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] { measureLater(false); });
    connect(model, &QAbstractItemModel::layoutChanged, this, [this] { measureLater(false); });
    connect(model, &QAbstractItemModel::dataChanged, this, [this] { measureLater(false); });
}

QString TableStyle::settingsKey(const QString &name) const
{
    return QStringLiteral("tables/%1/%2").arg(m_name, name);
}

void TableStyle::restoreWidths()
{
    m_userWidths.clear();
    if (m_name.isEmpty())
        return;
    // One number per column, 0 for a column that follows its content.
    const QStringList widths = QSettings().value(settingsKey(QStringLiteral("columnWidths"))).toStringList();
    for (qsizetype column = 0; column < widths.size() && column < m_table->horizontalHeader()->count(); ++column)
        if (const int width = widths.at(column).toInt(); width > 0)
            m_userWidths.insert(int(column), width);
}

void TableStyle::saveWidths() const
{
    // Also called as the table is destroyed, when only what is kept here can be asked.
    if (m_name.isEmpty())
        return;
    QSettings settings;
    if (m_userWidths.isEmpty()) {
        settings.remove(settingsKey(QStringLiteral("columnWidths")));
        return;
    }
    QStringList widths;
    for (int column = 0; column < m_contentWidths.size(); ++column)
        widths.append(QString::number(m_userWidths.value(column)));
    settings.setValue(settingsKey(QStringLiteral("columnWidths")), widths);
}

void TableStyle::saveDraggedWidths()
{
    if (m_saveTimer.isActive()) {
        m_saveTimer.stop();
        saveWidths();
    }
}

void TableStyle::saveSortOrder() const
{
    if (m_name.isEmpty())
        return;
    const QHeaderView *header = m_table->horizontalHeader();
    QSettings settings;
    settings.setValue(settingsKey(QStringLiteral("sortColumn")), header->sortIndicatorSection());
    settings.setValue(settingsKey(QStringLiteral("sortOrder")),
                      header->sortIndicatorOrder() == Qt::DescendingOrder ? QStringLiteral("descending")
                                                                          : QStringLiteral("ascending"));
}

void TableStyle::measureLater(bool mayShrink)
{
    m_shrinkOnMeasure = m_shrinkOnMeasure || mayShrink;
    m_measureTimer.start();
}

void TableStyle::measure(bool mayShrink)
{
    const QHeaderView *header = m_table->horizontalHeader();
    // QTableView's own measure, which samples rows, is public only as the item view's.
    const QAbstractItemView *view = m_table;
    QList<int> widths(header->count(), 0);
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        // The header's own width includes room for the sort arrow.
        const int content = std::max(header->sectionSizeHint(column), view->sizeHintForColumn(column));
        widths[column] = mayShrink || column >= m_contentWidths.size() ? content
                                                                        : std::max(content, m_contentWidths.at(column));
    }
    if (widths == m_contentWidths)
        return;
    m_contentWidths = widths;
    fit();
}

int TableStyle::contentWidth() const
{
    int width = 0;
    for (int column = 0; column < m_contentWidths.size(); ++column)
        width += m_userWidths.value(column, m_contentWidths.at(column));
    return width;
}

void TableStyle::fitToContents()
{
    measure(true);
    fit();
}

void TableStyle::fit()
{
    QHeaderView *header = m_table->horizontalHeader();
    const int columns = header->count();
    if (m_contentWidths.size() != columns)
        return; // measured first, once the model is there
    const int average = m_table->fontMetrics().averageCharWidth();
    const int available = m_table->viewport()->width();
    // What each column needs (its content, or the width the user gave it) and the least a column
    // that follows its content may be cut to.
    QList<int> widths(columns, 0);
    QList<int> least(columns, 0);
    QList<int> following;
    int given = 0;
    for (int column = 0; column < columns; ++column) {
        if (header->isSectionHidden(column))
            continue;
        if (m_userWidths.contains(column)) {
            widths[column] = m_userWidths.value(column);
            given += widths.at(column);
            continue;
        }
        widths[column] = m_contentWidths.at(column);
        const int characters = column == m_stretchColumn ? narrowestStretch : narrowestColumn;
        least[column] = std::min(widths.at(column), std::max(header->sectionSizeHint(column), characters * average));
        following.append(column);
    }
    // The sum of the widths when no column is wider than `level` (nor narrower than its least).
    const auto total = [&](int level) {
        int sum = given;
        for (int column : std::as_const(following))
            sum += std::min(widths.at(column), std::max(least.at(column), level));
        return sum;
    };
    if (total(std::numeric_limits<int>::max()) > available) {
        // Too little room for all of it: the widest columns are cut to one width, so that the short
        // ones (a phone number, a role) stay whole; only what even then does not fit scrolls.
        int low = 0;
        int high = *std::max_element(m_contentWidths.cbegin(), m_contentWidths.cend());
        while (low < high) {
            const int level = (low + high + 1) / 2;
            if (total(level) <= available)
                low = level;
            else
                high = level - 1;
        }
        for (int column : std::as_const(following))
            widths[column] = std::min(widths.at(column), std::max(least.at(column), low));
    }
    if (following.contains(m_stretchColumn))
        widths[m_stretchColumn] += std::max(0, available - std::accumulate(widths.cbegin(), widths.cend(), 0));
    m_fitting = true;
    for (int column = 0; column < columns; ++column)
        if (!header->isSectionHidden(column) && header->sectionSize(column) != widths.at(column))
            header->resizeSection(column, widths.at(column));
    m_fitting = false;
}

void TableStyle::resetColumnWidths()
{
    m_saveTimer.stop();
    m_userWidths.clear();
    saveWidths();
    measure(true);
    fit();
}

void TableStyle::addHeaderActions(int column, const QList<QAction *> &actions)
{
    m_headerActions[column].append(actions);
}

void TableStyle::showHeaderMenu(const QPoint &position)
{
    QHeaderView *header = m_table->horizontalHeader();
    QMenu menu(header);
    menu.setObjectName(m_table->objectName() + QStringLiteral("HeaderMenu"));
    const QList<QAction *> actions = m_headerActions.value(header->logicalIndexAt(position));
    if (!actions.isEmpty()) {
        menu.addActions(actions);
        menu.addSeparator();
    }
    m_resetAction->setEnabled(!m_userWidths.isEmpty());
    menu.addAction(m_resetAction);
    menu.exec(header->viewport()->mapToGlobal(position));
}

void TableStyle::setRowMenu(std::function<void(QMenu *)> fill)
{
    m_fillRowMenu = std::move(fill);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &TableStyle::showRowMenu, Qt::UniqueConnection);
}

void TableStyle::showRowMenu(const QPoint &position)
{
    // What the pointer is on is what the menu acts on, as in a file manager; a row of a multiple
    // selection keeps the selection, so that the menu acts on all of them.
    QItemSelectionModel *selection = m_table->selectionModel();
    if (const QModelIndex index = m_table->indexAt(position); !index.isValid())
        selection->clearSelection();
    else if (!selection->isRowSelected(index.row(), index.parent()))
        selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QMenu menu(m_table);
    menu.setObjectName(m_table->objectName() + QStringLiteral("Menu"));
    m_fillRowMenu(&menu);
    if (!menu.isEmpty())
        menu.exec(m_table->viewport()->mapToGlobal(position));
}

bool TableStyle::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::Hide) {
        saveDraggedWidths(); // for a table of the same name about to be shown
    } else if (watched == m_table && event->type() == QEvent::Show) {
        // Another table of the same name (the enrolments of a track and of an activity) may have
        // been given other widths meanwhile.
        saveDraggedWidths();
        restoreWidths();
        fitToContents();
    } else if (watched == m_viewport && event->type() == QEvent::Resize) {
        fit();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Akademiplan
