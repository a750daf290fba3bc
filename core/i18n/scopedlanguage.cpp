// SPDX-License-Identifier: MPL-2.0
#include "scopedlanguage.h"

#include "translations.h"

namespace Akademiplan {

ScopedLanguage::ScopedLanguage(const QLocale &locale)
    : m_previous(Translations::current())
    , m_switched(locale.language() != m_previous.language())
{
    if (m_switched)
        Translations::install(locale);
    else
        QLocale::setDefault(locale);
}

ScopedLanguage::~ScopedLanguage()
{
    Translations::install(m_previous);
}

} // namespace Akademiplan
