// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "money.h"

#include <QChar>
#include <QLocale>
#include <QString>

namespace Akademiplan {

// Writes an amount as a Dane reads it, "12.500,00 kr.", or as an English reader does,
// "DKK 12,500.00": the same digits in both. The language is the locale's, by default the UI's
// (Translations::install sets it); every language but Danish gets the English form.
//
// The separators are fixed per language rather than taken from QLocale: an English locale of
// Denmark groups with a point, and some locales group with a non-breaking space, yet a budget
// must read the same on every machine and in the PDF it sends to a council. "kr." and "DKK" are
// notation, like the separators, and so decided here with them rather than by a translation: a
// missing translation must not turn a Danish amount into "DKK 12.500,00".
class MoneyFormat
{
public:
    enum class Ore
    {
        Always,       // "12.500,00 kr.": the budget's lines and totals
        OmitWhenZero, // "12.500 kr.", but "12.500,50 kr.": a compact table or a chart label
    };

    // "12.500,00 kr.", "-1.250,50 kr." / "DKK 12,500.00", "-DKK 1,250.50". The English sign leads
    // the whole amount, as British text writes "-£1,250.50" and as the Danish form leads with it.
    // Not the accountants' brackets of Qt's English currency format, "(DKK1,250.50)": a council
    // member reading a budget knows a minus, in either language, and may not know the brackets.
    static QString text(Money amount, Ore ore = Ore::Always, const QLocale &locale = QLocale());
    // The number without the currency, "12.500,00" / "12,500.00": for a field the user edits
    // (TypedMoney reads it back) or a column whose header names the currency.
    static QString number(Money amount, Ore ore = Ore::Always, const QLocale &locale = QLocale());
    // "12500.00", "-1250.50": a point and no grouping, for files that programs read, in any language.
    static QString plain(Money amount);
    // "12500,00" / "12500.00": the number a spreadsheet of the language reads as a number. Danish
    // Excel takes a decimal comma and would read "12500.00" as a date or text; a group separator
    // is left out, since a spreadsheet groups by its own setting.
    static QString spreadsheet(Money amount, const QLocale &locale = QLocale());

    static QChar decimalPoint(const QLocale &locale = QLocale());   // ',' in Danish, else '.'
    static QChar groupSeparator(const QLocale &locale = QLocale()); // '.' in Danish, else ','
};

} // namespace Akademiplan
