-- SPDX-License-Identifier: MPL-2.0
-- Schema version 9: an academy's evaluation plan (its programme theory and anchoring plan, the
-- tracks' learning goals, the indicators and their measurements), follow-up meetings as a kind of
-- activity, and an activity's old single cost moved into the budget as a cost line. Numbers that
-- may have decimals are hundredths in INTEGER columns (4250 is 42.5), so that a value compares
-- with its target exactly; NULL is a number not set, which is not the same as 0.

-- The programme theory ("forandringsteori") of an academy, as texts: for whom, the activities,
-- what participants learn, what they do differently, the short-term results colleagues and
-- citizens notice, the long-term effects, the assumptions and what counts as success; and the
-- anchoring plan ("forankring"): the managers' role before, during and after. One per academy.
CREATE TABLE programme_theory (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    modified TEXT NOT NULL,
    academy_id INTEGER NOT NULL UNIQUE REFERENCES academy (id) DEFERRABLE INITIALLY DEFERRED,
    for_whom TEXT NOT NULL DEFAULT '',
    activities TEXT NOT NULL DEFAULT '',
    learning TEXT NOT NULL DEFAULT '',
    behaviour TEXT NOT NULL DEFAULT '',
    results TEXT NOT NULL DEFAULT '',
    effects TEXT NOT NULL DEFAULT '',
    assumptions TEXT NOT NULL DEFAULT '',
    success TEXT NOT NULL DEFAULT '',
    managers_before TEXT NOT NULL DEFAULT '',
    managers_during TEXT NOT NULL DEFAULT '',
    managers_after TEXT NOT NULL DEFAULT '',
    change_counter INTEGER NOT NULL DEFAULT 1 CHECK (change_counter >= 1)
);

-- A track's learning goals as knowledge, skills and competences, in the consultant's order.
CREATE TABLE learning_goal (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    modified TEXT NOT NULL,
    track_id INTEGER NOT NULL REFERENCES track (id) DEFERRABLE INITIALLY DEFERRED,
    kind TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    change_counter INTEGER NOT NULL DEFAULT 1 CHECK (change_counter >= 1)
);
CREATE INDEX learning_goal_track ON learning_goal (track_id);

-- What the evaluation measures, for the whole academy (track_id NULL) or one track: its
-- Kirkpatrick level, the kind of public value it shows, the method, the unit, where it starts and
-- where it should end, and which way is better.
CREATE TABLE indicator (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    modified TEXT NOT NULL,
    academy_id INTEGER NOT NULL REFERENCES academy (id) DEFERRABLE INITIALLY DEFERRED,
    track_id INTEGER REFERENCES track (id) DEFERRABLE INITIALLY DEFERRED,
    name TEXT NOT NULL DEFAULT '',
    level TEXT NOT NULL,
    value_kind TEXT NOT NULL,
    method TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    baseline INTEGER,
    target INTEGER,
    higher_is_better INTEGER NOT NULL DEFAULT 1 CHECK (higher_is_better IN (0, 1)),
    note TEXT NOT NULL DEFAULT '',
    change_counter INTEGER NOT NULL DEFAULT 1 CHECK (change_counter >= 1)
);
CREATE INDEX indicator_academy ON indicator (academy_id);
CREATE INDEX indicator_track ON indicator (track_id);

-- One time an indicator is measured: before, during, or some months after the programme (0 at
-- its end), planned for a day and, once done, with the day and the value. Without a value it is a
-- planned measurement: that is how an indicator says when it is measured.
CREATE TABLE measurement (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    modified TEXT NOT NULL,
    indicator_id INTEGER NOT NULL REFERENCES indicator (id) DEFERRABLE INITIALLY DEFERRED,
    timing TEXT NOT NULL,
    months_after INTEGER NOT NULL DEFAULT 0 CHECK (months_after >= 0),
    planned_date TEXT NOT NULL DEFAULT '',
    measured_date TEXT NOT NULL DEFAULT '',
    value INTEGER,
    note TEXT NOT NULL DEFAULT '',
    change_counter INTEGER NOT NULL DEFAULT 1 CHECK (change_counter >= 1)
);
CREATE INDEX measurement_indicator ON measurement (indicator_id);

-- An activity's cost from version 1 becomes a cost line of the activity, and the column goes, so
-- that the budget does not count it twice. The line is a fixed amount including VAT, so that the
-- budget's total is what the user typed. Its UUID is made from the activity's (the first eight
-- hex digits replaced by c0571e00), not drawn at random: the consultant's file and a
-- municipality's returned copy are each brought up to date on their own, and must then hold the
-- same line, which a merge sees as one row both have rather than two additions.
INSERT INTO cost_line (uuid, modified, academy_id, track_id, activity_id, kind, description, basis, rate_ore,
                       quantity, vat, price_year, actual_ore, change_counter)
    SELECT 'c0571e00' || substr(activity.uuid, 9), activity.modified, track.academy_id, activity.track_id,
           activity.id, 'other', '', 'fixed', activity.cost_ore, 1, 'including_vat', 0, NULL, 1
    FROM activity JOIN track ON track.id = activity.track_id
    WHERE activity.cost_ore > 0
    ORDER BY activity.id;

-- The list of activity kinds is a CHECK constraint, which SQLite changes only by building the
-- table anew; the new table has no cost column.
CREATE TABLE activity_new (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    modified TEXT NOT NULL,
    track_id INTEGER NOT NULL REFERENCES track (id) DEFERRABLE INITIALLY DEFERRED,
    kind TEXT NOT NULL CHECK (kind IN ('workshop', 'seminar', 'course', 'masterclass', 'brown_bag_meeting',
                                       'network_meeting', 'other', 'follow_up_meeting')),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    facilitator TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    capacity INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0),
    change_counter INTEGER NOT NULL DEFAULT 1 CHECK (change_counter >= 1),
    parallel_group TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
INSERT INTO activity_new (id, uuid, modified, track_id, kind, title, description, facilitator, location, capacity,
                          change_counter, parallel_group, position)
    SELECT id, uuid, modified, track_id, kind, title, description, facilitator, location, capacity, change_counter,
           parallel_group, position FROM activity;
DROP TABLE activity;
ALTER TABLE activity_new RENAME TO activity;
CREATE INDEX activity_track ON activity (track_id);

-- Removed evaluation rows leave tombstones like any row.
CREATE TABLE tombstone_new (
    uuid TEXT PRIMARY KEY NOT NULL,
    entity_type TEXT NOT NULL CHECK (entity_type IN ('academy', 'track', 'activity', 'session', 'organisation',
                                                     'participant', 'enrolment', 'attendance', 'partnership',
                                                     'dismissal', 'cost_line', 'staff_rate', 'funding',
                                                     'programme_theory', 'learning_goal', 'indicator',
                                                     'measurement')),
    deleted TEXT NOT NULL,
    change_counter INTEGER NOT NULL CHECK (change_counter >= 1),
    fields TEXT
) WITHOUT ROWID;
INSERT INTO tombstone_new (uuid, entity_type, deleted, change_counter, fields)
    SELECT uuid, entity_type, deleted, change_counter, fields FROM tombstone;
DROP TABLE tombstone;
ALTER TABLE tombstone_new RENAME TO tombstone;
