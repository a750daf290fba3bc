-- SPDX-License-Identifier: MPL-2.0
-- Schema version 5: the partner register. An organisation that is not a municipal department is
-- a partner, with a contact person, what it contributes and where the agreement stands; a
-- partnership says which track or activity a partner takes part in.

ALTER TABLE organisation ADD COLUMN contact_name TEXT NOT NULL DEFAULT '';
ALTER TABLE organisation ADD COLUMN contact_email TEXT NOT NULL DEFAULT '';
ALTER TABLE organisation ADD COLUMN contact_phone TEXT NOT NULL DEFAULT '';
-- A JSON array of keys, like track.target_roles.
ALTER TABLE organisation ADD COLUMN contributions TEXT NOT NULL DEFAULT '[]';
ALTER TABLE organisation ADD COLUMN agreement TEXT NOT NULL DEFAULT 'not_contacted'
    CHECK (agreement IN ('not_contacted', 'in_dialogue', 'agreed', 'declined'));
-- '' when no date is known.
ALTER TABLE organisation ADD COLUMN agreement_date TEXT NOT NULL DEFAULT '';
ALTER TABLE organisation ADD COLUMN notes TEXT NOT NULL DEFAULT '';

CREATE TABLE partnership (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    modified TEXT NOT NULL,
    organisation_id INTEGER NOT NULL REFERENCES organisation (id) DEFERRABLE INITIALLY DEFERRED,
    track_id INTEGER REFERENCES track (id) DEFERRABLE INITIALLY DEFERRED,
    activity_id INTEGER REFERENCES activity (id) DEFERRABLE INITIALLY DEFERRED,
    note TEXT NOT NULL DEFAULT '',
    change_counter INTEGER NOT NULL DEFAULT 1 CHECK (change_counter >= 1),
    CHECK ((track_id IS NULL) <> (activity_id IS NULL))
);
CREATE INDEX partnership_organisation ON partnership (organisation_id);
CREATE INDEX partnership_activity ON partnership (activity_id);
CREATE INDEX partnership_track ON partnership (track_id);

-- A removed partnership leaves a tombstone like any row; the type list of the tombstones is a
-- CHECK constraint, which SQLite changes only by building the table anew.
CREATE TABLE tombstone_new (
    uuid TEXT PRIMARY KEY NOT NULL,
    entity_type TEXT NOT NULL CHECK (entity_type IN ('academy', 'track', 'activity', 'session', 'organisation',
                                                     'participant', 'enrolment', 'attendance', 'partnership')),
    deleted TEXT NOT NULL,
    change_counter INTEGER NOT NULL CHECK (change_counter >= 1)
) WITHOUT ROWID;
INSERT INTO tombstone_new (uuid, entity_type, deleted, change_counter)
    SELECT uuid, entity_type, deleted, change_counter FROM tombstone;
DROP TABLE tombstone;
ALTER TABLE tombstone_new RENAME TO tombstone;
