-- SPDX-License-Identifier: MPL-2.0
-- Schema version 6: dismissed planning warnings. The consultant may dismiss a planning warning
-- for one item with a reason ("the council chose this date"); the dismissal names the warning by
-- its kind, the UUID of the row it is about and what tells two warnings of one kind on that row
-- apart, so it still holds after the file has travelled to a municipality and back.

CREATE TABLE dismissal (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    modified TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind <> ''),
    subject_uuid TEXT NOT NULL CHECK (subject_uuid <> ''),
    detail TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    dismissed_by TEXT NOT NULL DEFAULT '',
    change_counter INTEGER NOT NULL DEFAULT 1 CHECK (change_counter >= 1)
);
CREATE INDEX dismissal_subject ON dismissal (subject_uuid);

-- A withdrawn dismissal leaves a tombstone like any row; the type list of the tombstones is a
-- CHECK constraint, which SQLite changes only by building the table anew.
CREATE TABLE tombstone_new (
    uuid TEXT PRIMARY KEY NOT NULL,
    entity_type TEXT NOT NULL CHECK (entity_type IN ('academy', 'track', 'activity', 'session', 'organisation',
                                                     'participant', 'enrolment', 'attendance', 'partnership',
                                                     'dismissal')),
    deleted TEXT NOT NULL,
    change_counter INTEGER NOT NULL CHECK (change_counter >= 1)
) WITHOUT ROWID;
INSERT INTO tombstone_new (uuid, entity_type, deleted, change_counter)
    SELECT uuid, entity_type, deleted, change_counter FROM tombstone;
DROP TABLE tombstone;
ALTER TABLE tombstone_new RENAME TO tombstone;
