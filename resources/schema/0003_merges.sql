-- SPDX-License-Identifier: MPL-2.0
-- Schema version 3: the file's change log, the returned copies it has taken in, and bases that
-- refer to rows by UUID, so that a copy that comes back can be merged more than once.

-- Who saved each revision and what it changed: a JSON object of counts per kind of change and
-- entity type, put into words when shown.
ALTER TABLE revision ADD COLUMN author TEXT NOT NULL DEFAULT '';
ALTER TABLE revision ADD COLUMN summary TEXT NOT NULL DEFAULT '{}';

-- Whether a share also left out the free text that may name people: a merge must then not take
-- the emptied fields for the recipient's edits.
ALTER TABLE share ADD COLUMN without_free_text INTEGER NOT NULL DEFAULT 0 CHECK (without_free_text IN (0, 1));

-- Each returned copy taken in by a merge, recorded by the save that holds the merge, with the
-- recipient's revision it took in and what their copy left out.
CREATE TABLE merge_record (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    revision_uuid TEXT NOT NULL REFERENCES revision (uuid) DEFERRABLE INITIALLY DEFERRED,
    their_revision_uuid TEXT NOT NULL,
    their_file TEXT NOT NULL DEFAULT '',
    merged TEXT NOT NULL,
    without_personal_data INTEGER NOT NULL CHECK (without_personal_data IN (0, 1)),
    without_free_text INTEGER NOT NULL CHECK (without_free_text IN (0, 1))
);

-- The rows of the copy a merge took in, as the common base of the next merge with a later
-- version of that copy: what was rejected then is not offered again. Shaped as share_base.
CREATE TABLE merge_base (
    merge_id INTEGER NOT NULL REFERENCES merge_record (id) DEFERRABLE INITIALLY DEFERRED,
    entity_type TEXT NOT NULL,
    uuid TEXT NOT NULL,
    change_counter INTEGER NOT NULL CHECK (change_counter >= 1),
    fields TEXT NOT NULL,
    PRIMARY KEY (merge_id, uuid)
);

-- Row ids are local to one file, so a base refers to other rows by their UUID. A version-2 base
-- held row ids; they become the UUIDs of the rows that have those ids now (a row deleted since
-- leaves its reference empty).
UPDATE share_base SET fields = json_set(fields, '$.academy_id',
    (SELECT uuid FROM academy WHERE id = json_extract(share_base.fields, '$.academy_id')))
    WHERE entity_type = 'track';
UPDATE share_base SET fields = json_set(fields, '$.track_id',
    (SELECT uuid FROM track WHERE id = json_extract(share_base.fields, '$.track_id')))
    WHERE entity_type = 'activity';
UPDATE share_base SET fields = json_set(fields, '$.activity_id',
    (SELECT uuid FROM activity WHERE id = json_extract(share_base.fields, '$.activity_id')))
    WHERE entity_type = 'session';
UPDATE share_base SET fields = json_set(fields, '$.organisation_id',
    (SELECT uuid FROM organisation WHERE id = json_extract(share_base.fields, '$.organisation_id')))
    WHERE entity_type = 'participant';
UPDATE share_base SET fields = json_set(fields, '$.participant_id',
    (SELECT uuid FROM participant WHERE id = json_extract(share_base.fields, '$.participant_id')),
    '$.track_id', (SELECT uuid FROM track WHERE id = json_extract(share_base.fields, '$.track_id')),
    '$.activity_id', (SELECT uuid FROM activity WHERE id = json_extract(share_base.fields, '$.activity_id')))
    WHERE entity_type = 'enrolment';
UPDATE share_base SET fields = json_set(fields, '$.session_id',
    (SELECT uuid FROM session WHERE id = json_extract(share_base.fields, '$.session_id')),
    '$.participant_id', (SELECT uuid FROM participant WHERE id = json_extract(share_base.fields, '$.participant_id')))
    WHERE entity_type = 'attendance';
