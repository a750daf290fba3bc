// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

namespace Akademiplan {

// One piece of the programme plan's content, before it is laid out on pages.
struct PlanBlock
{
    enum class Kind {
        Cover,      // lines: the title first, then the facts under it
        Heading,    // a section that starts on a new page, with an optional colour bar
        Subheading, // kept together with what follows
        Paragraph,
        Bullets,    // lines, one bullet each
        Facts,      // pairs of label and value
        Table,      // header and rows, repeated header across pages, rows never split
        Timeline    // the programme at a glance, on a landscape page of its own
    };

    PlanBlock() = default;
    explicit PlanBlock(Kind kind)
        : kind(kind)
    {
    }

    Kind kind = Kind::Paragraph;
    QString text;
    QColor colour;
    QStringList lines;
    QList<std::pair<QString, QString>> facts;
    QStringList header;
    QList<QStringList> rows;
    QList<qreal> columnWeights; // relative column widths
    bool compact = false;       // a table in the small font, for wide tables such as the calendar
};

} // namespace Akademiplan
