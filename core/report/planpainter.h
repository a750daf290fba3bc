// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <functional>

#include "planlayout.h"

#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace Akademiplan {

class Project;

// Draws laid-out plan pages on a paged device (a PDF writer or a printer), with the running
// header (the academy) and footer (the plan's date and "Page X of Y") on every page.
class PlanPainter
{
public:
    struct Running
    {
        QString header;      // left: the academy's name
        QString headerRight; // right: the municipality
        QString footer;      // left: the plan's date
        QString pageText;    // "Page %1 of %2" in the plan's language; empty for no page numbers
    };

    PlanPainter(const Project &project, qint64 academyId, const PlanLayout &layout, Running running);

    // Paints all pages; the device must be set to A4 portrait with no margins. A page laid out on
    // its side gets a page on its side, or with `turnSideways` is turned a quarter onto an upright
    // page, its top to the left edge.
    bool paint(QPagedPaintDevice *device, const std::vector<PlanPage> &pages,
               const std::function<void(int, int)> &progress = {}, bool turnSideways = false) const;

    // The header and footer of page `number` of `count`, as items painted like the page's own.
    static std::vector<PlanItem> runningItems(const PlanLayout &layout, const Running &running,
                                              const PlanPage &page, int number, int count);
    // The colour a text item is painted in.
    static QColor colourOf(const PlanItem &item);

private:
    void paintPage(QPainter *painter, const PlanPage &page, int number, int count) const;
    void paintItem(QPainter *painter, const PlanItem &item) const;

    const Project &m_project;
    qint64 m_academyId;
    const PlanLayout &m_layout;
    Running m_running;
};

} // namespace Akademiplan
