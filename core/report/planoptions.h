// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QDate>
#include <QLocale>

namespace Akademiplan {

// What the consultant chooses for a programme plan.
struct PlanOptions
{
    qint64 academyId = 0;                                          // 0: the first academy
    QLocale locale = QLocale(QLocale::Danish, QLocale::Denmark);   // the plan's language
    bool withParticipants = false; // an appendix of names per activity (personal data: off)
    bool pdfA = false;             // PDF/A-1b, for the municipality's archive
    QDate planDate = QDate::currentDate();
};

} // namespace Akademiplan
