// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QCollator>
#include <QStringView>

namespace Akademiplan {

// Which part of a person's name a list of people is sorted by.
enum class NameOrder { FirstName, LastName };

// A person's name as Danes write it, one field with the last name last: "Anne Marie Jensen" is
// sorted under Jensen by last name. Names are stored as typed, so the parts are found when sorting.
class PersonName
{
public:
    // The last word of the name ("Jensen"); the whole name when it is one word.
    static QStringView lastName(QStringView name);
    // Below zero when `a` comes before `b` in `order`, as the collator orders text. People of the
    // same last name come in the order of their first names.
    static int compare(const QCollator &collator, QStringView a, QStringView b, NameOrder order);
};

} // namespace Akademiplan
