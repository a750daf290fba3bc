// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "budget/money.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>

namespace Akademiplan {

// Cost as horizontal bars, a group per question a council asks (what does each track cost, what
// is the money spent on), each bar labelled with its amount, the groups of one chart on one scale. Drawn by hand: two groups of a few bars need no chart library.
class BudgetChart : public QWidget
{
    Q_OBJECT

public:
    struct Bar
    {
        QString label;
        Money amount;
        QColor colour;
    };
    struct Group
    {
        QString title;
        QList<Bar> bars;
    };

    explicit BudgetChart(QWidget *parent = nullptr);

    void setGroups(const QList<Group> &groups);
    const QList<Group> &groups() const { return m_groups; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int rowHeight() const;
    QList<Group> m_groups;
};

} // namespace Akademiplan
