// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QLocale>

namespace Akademiplan {

// Speaks another language for a while, e.g. to write a plan in English from a Danish window,
// and goes back to the language before when it ends.
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QLocale &locale);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;

private:
    QLocale m_previous;
    bool m_switched;
};

} // namespace Akademiplan
