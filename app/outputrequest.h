// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QString>

namespace Akademiplan {

// An export as the command line asks for it, before the names in it are looked up. A name that
// was not given is a null string.
struct OutputRequest
{
    QString outPath;
    QString projectPath;
    QString academy;
    QString track;
    QString activity;
    QString participant; // an e-mail address
    QString date;        // one session's date, YYYY-MM-DD
    QString language;    // da or en; null means da
    bool withParticipants = false;
    bool pdfA = false;
    bool budgetWithStaffTime = true;
};

} // namespace Akademiplan
