// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "difference.h"
#include "projectversions.h"

#include <QSet>

#include <optional>
#include <vector>

namespace Akademiplan {

// Compares the consultant's version of a project with a returned copy, entity by entity and field
// by field: three-way against the version both started from when there is one, so that a change
// made on one side only is just a change and a conflict is only where both sides changed the same
// thing; two-way without one, where every difference is a choice.
class ProjectComparison
{
public:
    struct Options
    {
        // The copy was shared without personal data: the neutral labels and emptied contact
        // details of the people it had are not the recipient's edits. People they added are.
        bool theirsWithoutPersonalData = false;
        // The people the copy had when it was shared, by UUID, when that is known: only theirs
        // are neutral labels. People the recipient added later keep their names and contact
        // details, also when a later version of the copy corrects them.
        std::optional<QSet<QUuid>> labelledPeople;
        // The copy was shared without free text: a free-text field they left empty is not an edit.
        bool theirsWithoutFreeText = false;
    };

    // `base` is null for a two-way comparison. The differences come in the order of the entity
    // types (the programme first, then the people).
    static std::vector<Difference> compare(const ProjectVersions &mine, const ProjectVersions &theirs,
                                           const ProjectVersions *base, const Options &options);

    // The rows a row cannot be without, as `versions` holds them: its activity, that one's track
    // and academy (the references whose removal takes the row with it).
    static QSet<QUuid> cascadeAncestors(const ProjectVersions &versions, EntityType type, const QUuid &uuid);

    // Theirs as the comparison reads it: a field it leaves out of the comparison (a neutral
    // label, an emptied free text) holds the value of `reference` (the base, or mine without one).
    template <typename T>
    static RowVersion<T> effectiveTheirs(const RowVersion<T> &theirs, const RowVersion<T> *reference,
                                         const Options &options);
};

template <typename T>
RowVersion<T> ProjectComparison::effectiveTheirs(const RowVersion<T> &theirs, const RowVersion<T> *reference,
                                                 const Options &options)
{
    RowVersion<T> effective = theirs;
    if (!reference)
        return effective;
    for (const FieldDescription<T> &field : descriptionOf<T>().fields) {
        const bool neutralLabel = options.theirsWithoutPersonalData && field.personalData == PersonalData::Personal
                                  && (!options.labelledPeople || options.labelledPeople->contains(theirs.row.uuid));
        const bool emptied = options.theirsWithoutFreeText && field.personalData == PersonalData::FreeText
                             && field.store(theirs.row).toString().isEmpty();
        if (neutralLabel || emptied)
            field.load(effective.row, field.store(reference->row));
    }
    return effective;
}

} // namespace Akademiplan
