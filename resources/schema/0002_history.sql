-- SPDX-License-Identifier: MPL-2.0
-- Schema version 2: the file knows its history, so that a copy that comes back from a
-- municipality can be compared and merged with the consultant's file entity by entity.
-- Migrations run with foreign keys off and are checked with foreign_key_check before commit.

-- A change counter per row that only goes up (an iCalendar SEQUENCE, and a merge's evidence of
-- which side changed a row). Rows of a version-1 file have been written once.
ALTER TABLE academy ADD COLUMN change_counter INTEGER NOT NULL DEFAULT 1 CHECK (change_counter >= 1);
ALTER TABLE track ADD COLUMN change_counter INTEGER NOT NULL DEFAULT 1 CHECK (change_counter >= 1);
ALTER TABLE activity ADD COLUMN change_counter INTEGER NOT NULL DEFAULT 1 CHECK (change_counter >= 1);
ALTER TABLE session ADD COLUMN change_counter INTEGER NOT NULL DEFAULT 1 CHECK (change_counter >= 1);
ALTER TABLE organisation ADD COLUMN change_counter INTEGER NOT NULL DEFAULT 1 CHECK (change_counter >= 1);
ALTER TABLE participant ADD COLUMN change_counter INTEGER NOT NULL DEFAULT 1 CHECK (change_counter >= 1);
ALTER TABLE enrolment ADD COLUMN change_counter INTEGER NOT NULL DEFAULT 1 CHECK (change_counter >= 1);
ALTER TABLE attendance ADD COLUMN change_counter INTEGER NOT NULL DEFAULT 1 CHECK (change_counter >= 1);

-- Every save is a revision with its own UUID and its parent's: two copies that both reach their
-- fifth save are still told apart.
CREATE TABLE revision (
    uuid TEXT PRIMARY KEY NOT NULL,
    parent_uuid TEXT,
    number INTEGER NOT NULL CHECK (number >= 1),
    saved TEXT NOT NULL
);

-- The revision this file holds (NULL until first saved), and in a copy shared with someone the
-- sharer's revision it was made from.
ALTER TABLE project ADD COLUMN revision_uuid TEXT;
ALTER TABLE project ADD COLUMN based_on_revision_uuid TEXT;

-- A deleted row leaves its type, UUID, time and last change counter, so that "deleted" can be
-- told from "never had". Nothing else of it stays: no name or e-mail outlives a deletion.
-- Keyed by the UUID alone, so a deletion writes one b-tree per row, not two.
CREATE TABLE tombstone (
    uuid TEXT PRIMARY KEY NOT NULL,
    entity_type TEXT NOT NULL CHECK (entity_type IN ('academy', 'track', 'activity', 'session', 'organisation',
                                                     'participant', 'enrolment', 'attendance')),
    deleted TEXT NOT NULL,
    change_counter INTEGER NOT NULL CHECK (change_counter >= 1)
) WITHOUT ROWID;

-- Each time the file is shared: when, with whom, whether personal data was left out, and the
-- revision the copy was made from.
CREATE TABLE share (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    revision_uuid TEXT NOT NULL REFERENCES revision (uuid) DEFERRABLE INITIALLY DEFERRED,
    shared TEXT NOT NULL,
    recipient TEXT NOT NULL DEFAULT '',
    without_personal_data INTEGER NOT NULL CHECK (without_personal_data IN (0, 1))
);

-- The rows as they were at a shared revision, in the sharer's file: the common base of a
-- three-way merge when the copy comes back, so that the consultant keeps no extra file. The
-- fields are a JSON object of column and stored value.
CREATE TABLE share_base (
    share_id INTEGER NOT NULL REFERENCES share (id) DEFERRABLE INITIALLY DEFERRED,
    entity_type TEXT NOT NULL,
    uuid TEXT NOT NULL,
    change_counter INTEGER NOT NULL CHECK (change_counter >= 1),
    fields TEXT NOT NULL,
    PRIMARY KEY (share_id, uuid)
);
