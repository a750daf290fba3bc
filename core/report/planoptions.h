// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QDate>
#include <QLocale>

#include <functional>

namespace Akademiplan {

// What the consultant chooses for a programme plan.
struct PlanOptions
{
    qint64 academyId = 0;                                          // 0: the first academy
    QLocale locale = QLocale(QLocale::Danish, QLocale::Denmark);   // the plan's language
    bool withParticipants = false; // an appendix of names per activity (personal data: off)
    bool pdfA = false;             // PDF/A-1b, for the municipality's archive
    // The budget section with the participants' working time as well as the cash; a council may
    // be shown the cash alone.
    bool budgetWithStaffTime = true;
    QDate planDate = QDate::currentDate();
    // Called after each page is drawn (pages done, pages in all), so that a window can show how
    // far a long plan has come and keep painting; the plan is drawn in the caller's thread,
    // since it speaks its own language for a while.
    std::function<void(int, int)> progress;
};

} // namespace Akademiplan
