// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/session.h"

namespace Akademiplan {

// How a session moves when the consultant moves it on the timeline: by whole days, keeping its
// times, or by a span of time snapped to quarter hours, keeping its length and its day whole (a
// session never runs past midnight). Views ask here rather than each deciding for themselves.
class SessionMove
{
public:
    static constexpr int snapMinutes = 15;

    static Session byDays(const Session &session, int days);
    // A session without a time moves by the nearest whole number of days.
    static Session byMinutes(const Session &session, qint64 minutes);
};

} // namespace Akademiplan
