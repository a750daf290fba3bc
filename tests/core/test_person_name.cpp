// SPDX-License-Identifier: MPL-2.0
// Lists of people sort by first or by last name as the consultant chooses; a Danish name has its
// last name last, however many first and middle names come before it.
#include "catch.h"
#include "domain/personname.h"

#include <QLocale>

#include <algorithm>

using namespace Akademiplan;

TEST_CASE("the last name is the last word of a name", "[names]")
{
    CHECK(PersonName::lastName(u"Anne Marie Jensen") == u"Jensen");
    CHECK(PersonName::lastName(u"Søren Kierkegaard") == u"Kierkegaard");
    CHECK(PersonName::lastName(u"  Ida Holm  ") == u"Holm");
    CHECK(PersonName::lastName(u"Madonna") == u"Madonna");
    CHECK(PersonName::lastName(u"").isEmpty());
}

TEST_CASE("people sort by last name and then by first name or by the whole name", "[names]")
{
    QCollator danish(QLocale(QLocale::Danish, QLocale::Denmark));
    danish.setCaseSensitivity(Qt::CaseInsensitive);
    QStringList names = {QStringLiteral("Anne Marie Jensen"), QStringLiteral("Bo Østergaard"),
                         QStringLiteral("Carl Andersen"), QStringLiteral("Anders Jensen"),
                         QStringLiteral("Åse Zacho")};
    const auto sorted = [&](NameOrder order) {
        QStringList result = names;
        std::stable_sort(result.begin(), result.end(), [&](const QString &a, const QString &b) {
            return PersonName::compare(danish, a, b, order) < 0;
        });
        return result;
    };
    CHECK(sorted(NameOrder::LastName)
          == QStringList{QStringLiteral("Carl Andersen"), QStringLiteral("Anders Jensen"),
                         QStringLiteral("Anne Marie Jensen"), QStringLiteral("Åse Zacho"),
                         QStringLiteral("Bo Østergaard")});
    // By first name the whole name counts, and Danish puts Å last.
    CHECK(sorted(NameOrder::FirstName)
          == QStringList{QStringLiteral("Anders Jensen"), QStringLiteral("Anne Marie Jensen"),
                         QStringLiteral("Bo Østergaard"), QStringLiteral("Carl Andersen"),
                         QStringLiteral("Åse Zacho")});
}
