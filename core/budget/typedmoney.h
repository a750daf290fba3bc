// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "money.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace Akademiplan {

// Reads an amount as a user types it into a field. In Danish a point groups thousands and a comma
// comes before the øre: "12.500,00", "12500", "12 500", "12.500", "12500,5", "kr. 12.500",
// "12.500 kr.", "-250" and "250,-" (whole kroner); in English the other way round: "12,500.00".
// "12.500" in Danish is twelve thousand five hundred kroner, never 12,50 kr.: a point followed by
// anything but groups of three digits is refused with the reason, since reading "12.50" either way
// would be a guess that can be off by a factor of a hundred.
class TypedMoney
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::TypedMoney)

public:
    struct Result
    {
        Money amount;
        QString error; // in the UI language; empty when the text was read
        bool isValid() const { return error.isEmpty(); }
    };

    // The separators are MoneyFormat's for the locale, by default the UI's.
    static Result parse(const QString &text, const QLocale &locale = QLocale());
};

} // namespace Akademiplan
