// SPDX-License-Identifier: MPL-2.0
#include "budgetchart.h"

#include "budget/moneyformat.h"

#include <QPainter>

#include <algorithm>

namespace Akademiplan {

BudgetChart::BudgetChart(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
}

void BudgetChart::setGroups(const QList<Group> &groups)
{
    m_groups = groups;
    QStringList description;
    for (const Group &group : groups) {
        QStringList bars;
        for (const Bar &bar : group.bars)
            bars.append(tr("%1: %2").arg(bar.label, MoneyFormat::text(bar.amount, MoneyFormat::Ore::OmitWhenZero)));
        description.append(group.title + QStringLiteral(": ") + bars.join(QStringLiteral("; ")));
    }
    // A screen reader reads the figures the bars show.
    setAccessibleDescription(description.join(QStringLiteral(". ")));
    updateGeometry();
    update();
}

int BudgetChart::rowHeight() const
{
    return fontMetrics().height() + 8;
}

QSize BudgetChart::sizeHint() const
{
    int rows = 0;
    for (const Group &group : m_groups)
        rows += 1 + int(group.bars.size());
    return {360, rows * rowHeight() + int(m_groups.size()) * 8};
}

QSize BudgetChart::minimumSizeHint() const
{
    return {240, sizeHint().height()};
}

void BudgetChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    Money largest;
    int labelWidth = 0;
    for (const Group &group : m_groups)
        for (const Bar &bar : group.bars) {
            largest = std::max(largest, bar.amount);
            labelWidth = std::max(labelWidth, fontMetrics().horizontalAdvance(bar.label));
        }
    // Room for the labels first, up to nearly half the width: a bar shortened is still read right.
    labelWidth = std::min(labelWidth + 8, width() * 9 / 20);
    const int amountWidth = fontMetrics().horizontalAdvance(MoneyFormat::text(largest, MoneyFormat::Ore::OmitWhenZero)) + 8;
    const int barSpace = std::max(10, width() - labelWidth - amountWidth - 4);
    const int row = rowHeight();

    int y = 0;
    QFont bold = font();
    bold.setBold(true);
    for (const Group &group : m_groups) {
        painter.setFont(bold);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(0, y, width(), row), Qt::AlignLeft | Qt::AlignVCenter, group.title);
        painter.setFont(font());
        y += row;
        for (const Bar &bar : group.bars) {
            const QRect labelRect(0, y, labelWidth - 8, row);
            painter.setPen(palette().color(QPalette::WindowText));
            painter.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
                             fontMetrics().elidedText(bar.label, Qt::ElideRight, labelRect.width()));
            // The bar's length in whole pixels of the largest amount; øre are far below a pixel.
            const double share = largest.isZero() || bar.amount.isNegative()
                                     ? 0.0
                                     : double(bar.amount.ore()) / double(largest.ore());
            const int length = std::max(bar.amount.isZero() ? 0 : 2, int(share * barSpace));
            const QRect barRect(labelWidth, y + 4, length, row - 8);
            painter.fillRect(barRect, bar.colour.isValid() ? bar.colour : palette().color(QPalette::Highlight));
            painter.drawText(QRect(labelWidth + length + 4, y, amountWidth, row), Qt::AlignLeft | Qt::AlignVCenter,
                             MoneyFormat::text(bar.amount, MoneyFormat::Ore::OmitWhenZero));
            y += row;
        }
        y += 8;
    }
}

} // namespace Akademiplan
