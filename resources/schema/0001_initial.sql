-- SPDX-License-Identifier: MPL-2.0
-- Schema version 1: the first Akademiplan project file.
-- Foreign keys are deferred so that one edit may insert or remove related rows in any order;
-- they are checked when the edit's transaction commits.

CREATE TABLE project (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    uuid TEXT NOT NULL,
    municipality_code INTEGER NOT NULL,
    municipality_name TEXT NOT NULL,
    created TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
    based_on_revision INTEGER NOT NULL DEFAULT 0 CHECK (based_on_revision >= 0)
);

CREATE TABLE academy (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    modified TEXT NOT NULL,
    name TEXT NOT NULL,
    partner_municipalities TEXT NOT NULL DEFAULT '[]',
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'agreed', 'running', 'completed')),
    purpose TEXT NOT NULL DEFAULT '',
    focus_areas TEXT NOT NULL DEFAULT '[]',
    consultant TEXT NOT NULL DEFAULT ''
);

CREATE TABLE track (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    modified TEXT NOT NULL,
    academy_id INTEGER NOT NULL REFERENCES academy (id) DEFERRABLE INITIALLY DEFERRED,
    kind TEXT NOT NULL CHECK (kind IN ('innovation_network', 'leadership_innovators', 'political_innovators',
                                       'organisational_innovation', 'custom')),
    name TEXT NOT NULL,
    target_group TEXT NOT NULL DEFAULT '',
    target_roles TEXT NOT NULL DEFAULT '[]',
    goal TEXT NOT NULL DEFAULT '',
    colour TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX track_academy ON track (academy_id);

CREATE TABLE activity (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    modified TEXT NOT NULL,
    track_id INTEGER NOT NULL REFERENCES track (id) DEFERRABLE INITIALLY DEFERRED,
    kind TEXT NOT NULL CHECK (kind IN ('workshop', 'seminar', 'course', 'masterclass', 'brown_bag_meeting',
                                       'network_meeting', 'other')),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    facilitator TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    capacity INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0),
    cost_ore INTEGER NOT NULL DEFAULT 0 CHECK (cost_ore >= 0)
);
CREATE INDEX activity_track ON activity (track_id);

CREATE TABLE session (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    modified TEXT NOT NULL,
    activity_id INTEGER NOT NULL REFERENCES activity (id) DEFERRABLE INITIALLY DEFERRED,
    date TEXT NOT NULL,
    start_time TEXT NOT NULL,
    end_time TEXT NOT NULL,
    location TEXT NOT NULL DEFAULT ''
);
CREATE INDEX session_activity ON session (activity_id);

CREATE TABLE organisation (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    modified TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('municipal_department', 'volunteer_organisation', 'local_business',
                                       'education_institution', 'other'))
);

CREATE TABLE participant (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    modified TEXT NOT NULL,
    name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN ('employee', 'manager', 'politician', 'key_person', 'external_partner')),
    organisation_id INTEGER REFERENCES organisation (id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX participant_organisation ON participant (organisation_id);

CREATE TABLE enrolment (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    modified TEXT NOT NULL,
    participant_id INTEGER NOT NULL REFERENCES participant (id) DEFERRABLE INITIALLY DEFERRED,
    track_id INTEGER REFERENCES track (id) DEFERRABLE INITIALLY DEFERRED,
    activity_id INTEGER REFERENCES activity (id) DEFERRABLE INITIALLY DEFERRED,
    status TEXT NOT NULL CHECK (status IN ('invited', 'enrolled', 'waitlisted', 'cancelled')),
    CHECK ((track_id IS NULL) <> (activity_id IS NULL))
);
CREATE INDEX enrolment_participant ON enrolment (participant_id);
-- A person is enrolled at most once in the same track or activity.
CREATE UNIQUE INDEX enrolment_track ON enrolment (track_id, participant_id) WHERE track_id IS NOT NULL;
CREATE UNIQUE INDEX enrolment_activity ON enrolment (activity_id, participant_id) WHERE activity_id IS NOT NULL;

CREATE TABLE attendance (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    modified TEXT NOT NULL,
    session_id INTEGER NOT NULL REFERENCES session (id) DEFERRABLE INITIALLY DEFERRED,
    participant_id INTEGER NOT NULL REFERENCES participant (id) DEFERRABLE INITIALLY DEFERRED,
    status TEXT NOT NULL CHECK (status IN ('present', 'absent', 'excused')),
    UNIQUE (session_id, participant_id)
);
CREATE INDEX attendance_participant ON attendance (participant_id);
