-- SPDX-License-Identifier: MPL-2.0
-- Server schema version 2: a project's rows and history, as its file holds them, and the
-- consultants assigned to a municipality as a whole.
--
-- Rows are addressed by UUID: the row ids of a file never reach the server. A row's fields are a
-- JSON object of column and value, as a file keeps the rows of a shared revision, with references
-- as the UUIDs of the rows they point to; the program reads and writes them through the same
-- entity descriptions as the file's tables, so a new field needs no server migration.

-- A municipality's consultants see and may publish every project of that municipality; its
-- steering group sees them. Assigning one project (project_member) still works beside it.
CREATE TABLE municipality_member (
    municipality_code integer NOT NULL CHECK (municipality_code BETWEEN 100 AND 999),
    member name NOT NULL,
    may_edit boolean NOT NULL DEFAULT false,
    PRIMARY KEY (municipality_code, member)
);
ALTER TABLE municipality_member ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_memberships ON municipality_member FOR SELECT
    USING (member IN (SELECT r.rolname FROM pg_roles r WHERE pg_has_role(current_user, r.oid, 'MEMBER')));

-- Whether the current user is assigned to a project, to see it or to change it. The membership
-- tables' own policies show each user only their own rows, so this asks about no one else.
CREATE FUNCTION akademiplan_assigned(project uuid, municipality integer, editing boolean)
    RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM project_member m WHERE m.project_uuid = project AND (m.may_edit OR NOT editing))
        OR EXISTS (SELECT 1 FROM municipality_member m
                   WHERE m.municipality_code = municipality AND (m.may_edit OR NOT editing))
$$;

DROP POLICY assigned_projects ON project;
DROP POLICY edited_projects ON project;
CREATE POLICY assigned_projects ON project FOR SELECT
    USING (akademiplan_assigned(uuid, municipality_code, false));
CREATE POLICY edited_projects ON project FOR UPDATE
    USING (akademiplan_assigned(uuid, municipality_code, true));
CREATE POLICY published_projects ON project FOR INSERT
    WITH CHECK (EXISTS (SELECT 1 FROM municipality_member m
                        WHERE m.municipality_code = project.municipality_code AND m.may_edit));

-- What the file's own project row says of itself: its creation and the revision it holds.
ALTER TABLE project ADD COLUMN created timestamptz;
ALTER TABLE project ADD COLUMN revision bigint NOT NULL DEFAULT 0 CHECK (revision >= 0);
ALTER TABLE project ADD COLUMN based_on_revision bigint NOT NULL DEFAULT 0 CHECK (based_on_revision >= 0);
ALTER TABLE project ADD COLUMN revision_uuid uuid;
ALTER TABLE project ADD COLUMN based_on_revision_uuid uuid;
ALTER TABLE project ADD COLUMN published_by name NOT NULL DEFAULT current_user;

-- Every row of every project, and every removed row as its tombstone: a removed row stays, with
-- the fields that name no one (NULL when it keeps none), so that its change counter goes on from
-- where it was and a returned copy that still holds it is known to hold a removed row.
-- project_change is the project's change counter of the transaction that last wrote the row:
-- what a window that has seen the project up to a number asks for. row_number keeps the order
-- rows were added in, which a file keeps in its row ids.
CREATE TABLE entity_row (
    project_uuid uuid NOT NULL REFERENCES project (uuid) ON DELETE CASCADE,
    uuid uuid NOT NULL,
    row_number bigint GENERATED ALWAYS AS IDENTITY,
    entity_type text NOT NULL CHECK (entity_type ~ '^[a-z_]+$'),
    change_counter bigint NOT NULL CHECK (change_counter >= 1),
    modified timestamptz NOT NULL,
    modified_by name NOT NULL DEFAULT current_user,
    project_change bigint NOT NULL DEFAULT 0,
    removed boolean NOT NULL DEFAULT false,
    fields jsonb CHECK (removed OR jsonb_typeof(fields) = 'object'),
    PRIMARY KEY (project_uuid, uuid)
);
CREATE INDEX entity_row_change ON entity_row (project_uuid, project_change);

-- The file's change log: one revision per save.
CREATE TABLE revision (
    project_uuid uuid NOT NULL REFERENCES project (uuid) ON DELETE CASCADE,
    uuid uuid NOT NULL,
    parent_uuid uuid,
    number bigint NOT NULL CHECK (number >= 1),
    saved timestamptz NOT NULL,
    author text NOT NULL DEFAULT '',
    summary jsonb NOT NULL DEFAULT '{}',
    PRIMARY KEY (project_uuid, uuid)
);

-- Each copy shared with a municipality, and every row as it was then: the common base of a
-- three-way merge when the copy comes back. position keeps the file's order.
CREATE TABLE share (
    project_uuid uuid NOT NULL REFERENCES project (uuid) ON DELETE CASCADE,
    uuid uuid NOT NULL,
    position integer NOT NULL,
    revision_uuid uuid NOT NULL,
    shared timestamptz NOT NULL,
    recipient text NOT NULL DEFAULT '',
    without_personal_data boolean NOT NULL,
    without_free_text boolean NOT NULL,
    PRIMARY KEY (project_uuid, uuid)
);
CREATE TABLE share_base (
    project_uuid uuid NOT NULL,
    share_uuid uuid NOT NULL,
    entity_type text NOT NULL,
    uuid uuid NOT NULL,
    change_counter bigint NOT NULL CHECK (change_counter >= 1),
    fields jsonb NOT NULL,
    PRIMARY KEY (project_uuid, share_uuid, uuid),
    FOREIGN KEY (project_uuid, share_uuid) REFERENCES share (project_uuid, uuid) ON DELETE CASCADE
);

-- Each returned copy taken in, and its rows as they came: the base of the next merge with it.
CREATE TABLE merge_record (
    project_uuid uuid NOT NULL REFERENCES project (uuid) ON DELETE CASCADE,
    uuid uuid NOT NULL,
    position integer NOT NULL,
    revision_uuid uuid NOT NULL,
    their_revision_uuid uuid NOT NULL,
    their_file text NOT NULL DEFAULT '',
    merged timestamptz NOT NULL,
    without_personal_data boolean NOT NULL,
    without_free_text boolean NOT NULL,
    PRIMARY KEY (project_uuid, uuid)
);
CREATE TABLE merge_base (
    project_uuid uuid NOT NULL,
    merge_uuid uuid NOT NULL,
    entity_type text NOT NULL,
    uuid uuid NOT NULL,
    change_counter bigint NOT NULL CHECK (change_counter >= 1),
    fields jsonb NOT NULL,
    PRIMARY KEY (project_uuid, merge_uuid, uuid),
    FOREIGN KEY (project_uuid, merge_uuid) REFERENCES merge_record (project_uuid, uuid) ON DELETE CASCADE
);

-- A project's rows are seen by whoever sees the project (the project's own policy decides), and
-- changed by whoever may change it. Nothing is deleted but by the administrator: a removed row
-- is marked removed.
CREATE FUNCTION akademiplan_may_edit(project uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM project p
                   WHERE p.uuid = project AND akademiplan_assigned(p.uuid, p.municipality_code, true))
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['entity_row', 'revision', 'share', 'share_base', 'merge_record', 'merge_base'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY seen_with_project ON %I FOR SELECT '
                       'USING (EXISTS (SELECT 1 FROM project p WHERE p.uuid = project_uuid))', t);
        EXECUTE format('CREATE POLICY added_by_editors ON %I FOR INSERT WITH CHECK (akademiplan_may_edit(project_uuid))', t);
        EXECUTE format('CREATE POLICY changed_by_editors ON %I FOR UPDATE USING (akademiplan_may_edit(project_uuid)) '
                       'WITH CHECK (akademiplan_may_edit(project_uuid))', t);
        EXECUTE format('GRANT SELECT ON %I TO akademiplan_consultant, akademiplan_steering', t);
        EXECUTE format('GRANT INSERT, UPDATE ON %I TO akademiplan_consultant', t);
    END LOOP;
END
$$;

-- A row's writer and the transaction's place in the project's changes are the server's to say.
REVOKE UPDATE ON entity_row FROM akademiplan_consultant;
GRANT UPDATE (change_counter, modified, project_change, removed, fields) ON entity_row TO akademiplan_consultant;
CREATE FUNCTION akademiplan_row_writer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.modified_by := current_user;
    RETURN NEW;
END
$$;
CREATE TRIGGER row_writer BEFORE INSERT OR UPDATE ON entity_row
    FOR EACH ROW EXECUTE FUNCTION akademiplan_row_writer();

GRANT SELECT ON municipality_member TO akademiplan_consultant, akademiplan_steering;
GRANT INSERT (uuid, municipality_code, municipality_name, name, created, revision, based_on_revision, revision_uuid,
              based_on_revision_uuid) ON project TO akademiplan_consultant;
GRANT UPDATE (revision, based_on_revision, revision_uuid, based_on_revision_uuid) ON project TO akademiplan_consultant;
