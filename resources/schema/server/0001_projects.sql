-- SPDX-License-Identifier: MPL-2.0
-- Server schema version 1: the projects on a team server and who may see and change them.
-- Run by `akademiplan --init-server` as the server's administrator (a role that may create
-- roles and owns the tables). What each consultant sees is decided here, by row-level security,
-- not by the program: a consultant's hand-written SQL sees no more than the window does.

CREATE TABLE akademiplan_schema (
    version integer NOT NULL CHECK (version > 0)
);

-- The group roles a municipality's IT grants to people: consultants may change the projects
-- they are assigned to, a steering group may only read them.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'akademiplan_consultant') THEN
        CREATE ROLE akademiplan_consultant NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'akademiplan_steering') THEN
        CREATE ROLE akademiplan_steering NOLOGIN;
    END IF;
END
$$;

-- One project per municipality's academy plan, addressed by the UUID its file carries: the row
-- ids of a file never reach the server.
CREATE TABLE project (
    uuid uuid PRIMARY KEY,
    municipality_code integer NOT NULL CHECK (municipality_code BETWEEN 100 AND 999),
    municipality_name text NOT NULL,
    name text NOT NULL DEFAULT '',
    published timestamptz NOT NULL DEFAULT now(),
    change_counter bigint NOT NULL DEFAULT 0 CHECK (change_counter >= 0)
);

-- Who may see a project: a consultant's own login role, or a group role such as a steering
-- group's, and whether they may change it.
CREATE TABLE project_member (
    project_uuid uuid NOT NULL REFERENCES project (uuid) ON DELETE CASCADE,
    member name NOT NULL,
    may_edit boolean NOT NULL DEFAULT false,
    PRIMARY KEY (project_uuid, member)
);

ALTER TABLE project ENABLE ROW LEVEL SECURITY;
ALTER TABLE project_member ENABLE ROW LEVEL SECURITY;

-- A membership is seen by the roles it names and by those who belong to them. The role is
-- looked up in pg_roles, so that a membership of a role since dropped hides nothing else.
CREATE POLICY own_memberships ON project_member FOR SELECT
    USING (member IN (SELECT r.rolname FROM pg_roles r WHERE pg_has_role(current_user, r.oid, 'MEMBER')));

CREATE POLICY assigned_projects ON project FOR SELECT
    USING (EXISTS (SELECT 1 FROM project_member m WHERE m.project_uuid = project.uuid));

CREATE POLICY edited_projects ON project FOR UPDATE
    USING (EXISTS (SELECT 1 FROM project_member m WHERE m.project_uuid = project.uuid AND m.may_edit));

GRANT SELECT ON akademiplan_schema, project, project_member TO akademiplan_consultant, akademiplan_steering;
GRANT UPDATE (name, change_counter) ON project TO akademiplan_consultant;
