// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/project.h"
#include "storage/sharedcopy.h"

#include <QCoreApplication>
#include <QStringList>

namespace Akademiplan {

// What a copy made for someone else will hold, in words the consultant reads before it is written
// (the share dialog) and after (the command line): its content, what happens to personal data,
// and the free-text fields that may name people, so that the consultant decides about those.
class ShareSummary
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::ShareSummary)

public:
    struct FreeTextInUse
    {
        EntityType type;
        QString field; // its name in the UI language
        int filled = 0; // rows in which it is not empty
    };

    // The free-text fields (PersonalData::FreeText) with text in them, type by type.
    static QList<FreeTextInUse> freeTextInUse(const Project &project);
    static QStringList describe(const Project &project, const QString &fileName, const ShareOptions &options);
};

} // namespace Akademiplan
