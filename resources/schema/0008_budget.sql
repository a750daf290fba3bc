-- SPDX-License-Identifier: MPL-2.0
-- Schema version 8: an academy's budget. Amounts are whole øre (1 kr. = 100 øre) in INTEGER
-- columns, never floating point, so that totals add up exactly; percentages are hundredths of a
-- per cent (8000 is 80 %). Enumerations are stable English keys, as in the other tables.

-- A cost of one activity, or shared by a track or the whole academy: a rate times what `basis`
-- counts in the plan (sessions, their hours, enrolled people, their days or nights), or a fixed
-- amount, times `quantity`; whether the rate includes VAT; the price year of the quote; and, once
-- the bill has come, what it actually cost (NULL until then).
CREATE TABLE cost_line (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    modified TEXT NOT NULL,
    academy_id INTEGER NOT NULL REFERENCES academy (id) DEFERRABLE INITIALLY DEFERRED,
    track_id INTEGER REFERENCES track (id) DEFERRABLE INITIALLY DEFERRED,
    activity_id INTEGER REFERENCES activity (id) DEFERRABLE INITIALLY DEFERRED,
    kind TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    basis TEXT NOT NULL,
    rate_ore INTEGER NOT NULL DEFAULT 0 CHECK (rate_ore >= 0),
    quantity INTEGER NOT NULL DEFAULT 1 CHECK (quantity >= 0),
    vat TEXT NOT NULL,
    price_year INTEGER NOT NULL DEFAULT 0,
    actual_ore INTEGER CHECK (actual_ore IS NULL OR actual_ore >= 0),
    change_counter INTEGER NOT NULL DEFAULT 1 CHECK (change_counter >= 1),
    CHECK (activity_id IS NULL OR track_id IS NOT NULL)
);
CREATE INDEX cost_line_academy ON cost_line (academy_id);
CREATE INDEX cost_line_track ON cost_line (track_id);
CREATE INDEX cost_line_activity ON cost_line (activity_id);

-- What an hour of the participants' working time costs, per role (and organisation, NULL for
-- everyone of the role): the annual salary with pension, the hours basis, overheads, and what
-- cover for absent staff costs an hour (0 when no one covers).
CREATE TABLE staff_rate (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    modified TEXT NOT NULL,
    academy_id INTEGER NOT NULL REFERENCES academy (id) DEFERRABLE INITIALLY DEFERRED,
    role TEXT NOT NULL,
    organisation_id INTEGER REFERENCES organisation (id) DEFERRABLE INITIALLY DEFERRED,
    annual_salary_ore INTEGER NOT NULL DEFAULT 0 CHECK (annual_salary_ore >= 0),
    annual_hours INTEGER NOT NULL DEFAULT 1924 CHECK (annual_hours > 0 AND annual_hours <= 8784),
    overhead INTEGER NOT NULL DEFAULT 0 CHECK (overhead >= 0),
    cover_hourly_ore INTEGER NOT NULL DEFAULT 0 CHECK (cover_hourly_ore >= 0),
    price_year INTEGER NOT NULL DEFAULT 0,
    change_counter INTEGER NOT NULL DEFAULT 1 CHECK (change_counter >= 1)
);
CREATE INDEX staff_rate_academy ON staff_rate (academy_id);
CREATE INDEX staff_rate_organisation ON staff_rate (organisation_id);

-- Who pays part of the academy: the competence fund by its share and cap per person, or another
-- source by the amount pledged; and what was received (NULL until known).
CREATE TABLE funding (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    modified TEXT NOT NULL,
    academy_id INTEGER NOT NULL REFERENCES academy (id) DEFERRABLE INITIALLY DEFERRED,
    kind TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    amount_ore INTEGER NOT NULL DEFAULT 0 CHECK (amount_ore >= 0),
    share INTEGER NOT NULL DEFAULT 8000 CHECK (share >= 0 AND share <= 10000),
    cap_per_person_ore INTEGER NOT NULL DEFAULT 2500000 CHECK (cap_per_person_ore >= 0),
    actual_ore INTEGER CHECK (actual_ore IS NULL OR actual_ore >= 0),
    change_counter INTEGER NOT NULL DEFAULT 1 CHECK (change_counter >= 1)
);
CREATE INDEX funding_academy ON funding (academy_id);

-- Removed budget rows leave tombstones like any row; the type list of the tombstones is a CHECK
-- constraint, which SQLite changes only by building the table anew.
CREATE TABLE tombstone_new (
    uuid TEXT PRIMARY KEY NOT NULL,
    entity_type TEXT NOT NULL CHECK (entity_type IN ('academy', 'track', 'activity', 'session', 'organisation',
                                                     'participant', 'enrolment', 'attendance', 'partnership',
                                                     'dismissal', 'cost_line', 'staff_rate', 'funding')),
    deleted TEXT NOT NULL,
    change_counter INTEGER NOT NULL CHECK (change_counter >= 1),
    fields TEXT
) WITHOUT ROWID;
INSERT INTO tombstone_new (uuid, entity_type, deleted, change_counter, fields)
    SELECT uuid, entity_type, deleted, change_counter, fields FROM tombstone;
DROP TABLE tombstone;
ALTER TABLE tombstone_new RENAME TO tombstone;
