// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QColor>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Akademiplan {

// One piece of a typeset document's content (PdfDocument), before it is laid out on pages.
struct PlanBlock
{
    enum class Kind {
        Cover,      // lines: the title first, then the facts under it; `rows` hold the colours of its band
        Heading,    // a section that starts on a new page (in a continuous document, below what comes before it),
                    // with an optional colour bar; landscape for a wide one
        Subheading, // kept together with what follows
        Paragraph,
        Bullets,    // lines, one bullet each
        Facts,      // pairs of label and value
        Table,      // header and rows, repeated header across pages, rows never split
        Timeline,   // the programme at a glance, on a landscape page of its own
        Glance,     // the year at a glance in a few lines: months across, a lane per track, a mark per day
        Figures     // key figures side by side: `facts` as tiles across the width, the value large over its label
    };

    // A lane of a Glance: a track's name and colour and the days it meets.
    struct Lane
    {
        QString name;
        QColor colour;
        QList<QDate> days; // in order, each once
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
    // Per column of a table: true where a cell must stay on one line (a date, a week, a time); the
    // other columns wrap between words. The widths are measured from the content.
    QList<bool> keepWhole;
    // Per column of a table: true for amounts, which line up on the right.
    QList<bool> alignRight;
    // Per column of a table: the least width in millimetres, which a column gets even when its
    // cells are empty (the signature column of a sign-in list); 0 means as its content measures.
    QList<qreal> minimumWidthMm;
    // A table's rows are at least this tall in millimetres (room to sign); 0: as their text.
    qreal minimumRowHeightMm = 0;
    // Above a table's header where it is repeated on a following page: what the table is, for a
    // page that is read apart from the first (a sign-in list passed round the room).
    QString continuedCaption;
    bool totalRow = false;  // a table's last row is its total, in bold
    bool compact = false;   // a table in the small font, for wide tables such as the calendar
    bool landscape = false; // a Heading: its section is on landscape pages
    // 0: every text takes the lines it needs. Otherwise each text of the block (a paragraph, a
    // bullet, a fact, a cell, the cover's title and lines) is summarised to at most this many
    // lines: to its first whole sentences that fit, else to its first words and an ellipsis. For
    // a document that must fit its pages, such as the council's one page.
    int maxLines = 0;
    // A Glance: the first day of its first month; `header` names the months from there, one each.
    QDate firstMonth;
    QList<Lane> lanes;
};

} // namespace Akademiplan
