// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "comparison.h"

#include <QCoreApplication>
#include <QStringList>

namespace Akademiplan {

// A difference in plain words a consultant understands: "Session 3 of Leadership innovation,
// group A: moved from 14 March to 21 March", "Anne Jensen: enrolled in Network meetings". Names
// come from the consultant's own file first, so that a neutral label of a copy without personal
// data never stands for a real person.
class DifferenceText
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::DifferenceText)

public:
    DifferenceText(const ProjectVersions &mine, const ProjectVersions &theirs);

    // What the row is: "Session 3 of Leadership innovation, group A", "Anne Jensen".
    QString label(const Difference &difference) const;
    // The row's name under its group, where the group already names the person: an enrolment
    // is shown by what it is for ("Network meetings"), an attendance by its session.
    QString rowLabel(const Difference &difference) const;
    // One level of where a row belongs: an academy, track, activity or person, or the people.
    struct GroupLevel
    {
        QUuid uuid; // null for the people as a whole
        QString label;
    };
    // Where it belongs, outermost first: academy, track, activity; or the people and the person.
    QList<GroupLevel> group(const Difference &difference) const;
    // What one side did to it: "moved from 14 March to 21 March", "enrolled in Network meetings",
    // "added", "removed"; empty when that side did nothing.
    QString change(const Difference &difference, bool theirs) const;
    // The sentence for a list of changes: the label, then what each side did.
    QString sentence(const Difference &difference) const;

    // A stored value as it reads: a date as "14 March 2027", a reference as what it points to.
    QString valueText(EntityType type, const QString &field, const QVariant &stored) const;

private:
    template <typename T>
    const RowVersion<T> *find(const QUuid &uuid) const;
    QString labelOf(EntityType type, const QUuid &uuid) const;
    QString fieldChange(EntityType type, const FieldDifference &field, bool theirs) const;
    QString enrolmentChange(const Difference &difference, bool theirs) const;

    const ProjectVersions &m_mine;
    const ProjectVersions &m_theirs;
};

} // namespace Akademiplan
