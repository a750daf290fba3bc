// SPDX-License-Identifier: MPL-2.0
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace Akademiplan {

namespace {

std::unique_ptr<QTranslator> &ownTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

} // namespace

namespace {

QLocale &installedLocale()
{
    static QLocale locale = QLocale(); // the default until a language is installed
    return locale;
}

} // namespace

QLocale Translations::current()
{
    return installedLocale();
}

bool Translations::install(const QLocale &locale)
{
    installedLocale() = locale;
    for (auto *slot : {&ownTranslator(), &qtTranslator()}) {
        if (*slot) {
            QCoreApplication::removeTranslator(slot->get());
            slot->reset();
        }
    }
    QLocale::setDefault(locale);
    // English is the source language; its catalogue holds only the plural forms of counted texts.
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    auto own = std::make_unique<QTranslator>();
    if (!own->load(english ? QLocale(QLocale::English, QLocale::UnitedKingdom) : locale, QStringLiteral("akademiplan"),
                   QStringLiteral("_"), QStringLiteral(":/i18n")))
        return english;
    QCoreApplication::installTranslator(own.get());
    ownTranslator() = std::move(own);
    if (english)
        return true;

    // Qt's own strings (standard buttons, dialogs) where the system has them installed.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qtTranslator() = std::move(qt);
    }
    return true;
}

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("da")};
}

} // namespace Akademiplan
