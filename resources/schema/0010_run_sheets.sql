-- SPDX-License-Identifier: MPL-2.0
-- Schema version 10: what the outputs for each audience need beyond the plan. A session's timed
-- agenda for the facilitator's run sheet, what an activity needs at hand, and an activity's own
-- invitation letter.

-- One point of a session's agenda ("drejebog"): when it starts (HH:MM; it runs until the next
-- point, the last until the session ends), what, why, how, who, and plan B.
CREATE TABLE agenda_item (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    modified TEXT NOT NULL,
    session_id INTEGER NOT NULL REFERENCES session (id) DEFERRABLE INITIALLY DEFERRED,
    start_time TEXT NOT NULL,
    what TEXT NOT NULL DEFAULT '',
    why TEXT NOT NULL DEFAULT '',
    how TEXT NOT NULL DEFAULT '',
    who TEXT NOT NULL DEFAULT '',
    plan_b TEXT NOT NULL DEFAULT '',
    change_counter INTEGER NOT NULL DEFAULT 1 CHECK (change_counter >= 1)
);
CREATE INDEX agenda_item_session ON agenda_item (session_id);

-- The materials the facilitator brings or has ready, printed on every run sheet of the activity;
-- and the invitation letter as the consultant edited it (empty: the standard letter).
ALTER TABLE activity ADD COLUMN materials TEXT NOT NULL DEFAULT '';
ALTER TABLE activity ADD COLUMN invitation TEXT NOT NULL DEFAULT '';

-- Removed agenda items leave tombstones like any row.
CREATE TABLE tombstone_new (
    uuid TEXT PRIMARY KEY NOT NULL,
    entity_type TEXT NOT NULL CHECK (entity_type IN ('academy', 'track', 'activity', 'session', 'organisation',
                                                     'participant', 'enrolment', 'attendance', 'partnership',
                                                     'dismissal', 'cost_line', 'staff_rate', 'funding',
                                                     'programme_theory', 'learning_goal', 'indicator',
                                                     'measurement', 'agenda_item')),
    deleted TEXT NOT NULL,
    change_counter INTEGER NOT NULL CHECK (change_counter >= 1),
    fields TEXT
) WITHOUT ROWID;
INSERT INTO tombstone_new (uuid, entity_type, deleted, change_counter, fields)
    SELECT uuid, entity_type, deleted, change_counter, fields FROM tombstone;
DROP TABLE tombstone;
ALTER TABLE tombstone_new RENAME TO tombstone;
