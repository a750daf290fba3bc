// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/sharerecord.h"

#include <QCoreApplication>
#include <QString>

namespace Akademiplan {

// What a copy made for someone else leaves out.
struct ShareOptions
{
    QString recipient;
    // Names, e-mails and phones become neutral labels ("Manager 12"); roles, organisations,
    // enrolments and attendance stay, so that the plan still shows coverage and numbers.
    bool withoutPersonalData = true;
    // The free-text fields that may name someone (consultant, facilitator, descriptions) are
    // emptied as well.
    bool withoutFreeText = false;
};

// Turns a complete copy of the sharer's file into the copy that is shared: it keeps the record of
// its own share and nothing of the sharer's other shares or their rows, says which revision it
// was made from, leaves out what the options say, and is written compactly to a new file, so that
// no free page or journal can hold what was left out.
class SharedCopy
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::SharedCopy)

public:
    // `scratch` is changed and may be removed afterwards; `out` must not exist yet and is not
    // synced to the disk: the caller syncs it.
    static bool write(const QString &scratch, const ShareRecord &share, const ShareOptions &options,
                      const QString &out, QString *error);
    // The neutral label of the n-th person of a role (counted from 1 in the order they were
    // added), in the UI language: "Manager 12".
    static QString neutralLabel(const QString &roleLabel, int number);
};

} // namespace Akademiplan
