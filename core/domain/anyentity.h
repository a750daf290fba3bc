// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "academy.h"
#include "agendaitem.h"
#include "activity.h"
#include "attendance.h"
#include "costline.h"
#include "dismissal.h"
#include "enrolment.h"
#include "funding.h"
#include "indicator.h"
#include "learninggoal.h"
#include "measurement.h"
#include "organisation.h"
#include "participant.h"
#include "partnership.h"
#include "programmetheory.h"
#include "session.h"
#include "staffrate.h"
#include "track.h"

#include <type_traits>
#include <utility>
#include <variant>

namespace Akademiplan {

enum class EntityType {
    Academy,
    Track,
    Activity,
    Session,
    Organisation,
    Participant,
    Enrolment,
    Attendance,
    Partnership,
    Dismissal,
    CostLine,
    StaffRate,
    Funding,
    ProgrammeTheory,
    LearningGoal,
    Indicator,
    Measurement,
    AgendaItem
};

// Any one row of the project, so that a change set can carry edits of several entity types.
// The order of the alternatives follows EntityType.
using AnyEntity =
    std::variant<Academy, Track, Activity, Session, Organisation, Participant, Enrolment, Attendance, Partnership,
                 Dismissal, CostLine, StaffRate, Funding, ProgrammeTheory, LearningGoal, Indicator, Measurement,
                 AgendaItem>;

namespace Detail {
template <typename T, typename Variant>
struct VariantIndex;
template <typename T, typename... Alternatives>
struct VariantIndex<T, std::variant<Alternatives...>>
{
    static constexpr std::size_t value = [] {
        std::size_t index = 0;
        bool found = false;
        ((found = found || std::is_same_v<T, Alternatives>, index += found ? 0 : 1), ...);
        return index;
    }();
};
} // namespace Detail

template <typename T>
constexpr EntityType entityTypeOf()
{
    return EntityType(Detail::VariantIndex<T, AnyEntity>::value);
}

inline EntityType entityType(const AnyEntity &entity)
{
    return EntityType(entity.index());
}

// Calls `function` with a default-constructed value of each entity type, parents before the rows
// that refer to them (the order of EntityType), so that generic code can walk every type.
template <typename Function>
void forEachEntityType(Function &&function)
{
    [&]<std::size_t... Index>(std::index_sequence<Index...>) {
        (function(std::variant_alternative_t<Index, AnyEntity>{}), ...);
    }(std::make_index_sequence<std::variant_size_v<AnyEntity>>{});
}

inline qint64 entityId(const AnyEntity &entity)
{
    return std::visit([](const auto &e) { return e.id; }, entity);
}

} // namespace Akademiplan
