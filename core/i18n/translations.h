// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QLocale>
#include <QStringList>

namespace Akademiplan {

// Loads the program's own translation and Qt's translation of its standard dialogs for a
// locale, replacing any loaded before, so the language can change while the program runs.
class Translations
{
public:
    // Returns true when a translation for the locale's language was found (English needs none).
    static bool install(const QLocale &locale);
    // The languages the program speaks, as locale names ("en", "da").
    static QStringList available();
    // The locale last installed.
    static QLocale current();
};

} // namespace Akademiplan
