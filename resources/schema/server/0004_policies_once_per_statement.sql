-- SPDX-License-Identifier: MPL-2.0
-- Server schema version 4: the policies of the project's rows and history ask once per statement
-- which projects the user may see or change, instead of once per row.
--
-- The policies of version 2 called a function for every row a statement touched. Removing a
-- track of a large project writes some 60,000 rows in one statement, and each row's check cost
-- two lookups through the projects' own policies: updating 100,000 enrolments took 52 s for a
-- consultant against 1 s for the administrator. The set of projects a user may see or change is
-- the same for every row of a statement; written as an uncorrelated subquery, PostgreSQL works
-- it out once (a hashed subplan) and looks each row up in it. Who may see and change what is
-- unchanged: the functions read the projects through the project table's own policies.

CREATE FUNCTION akademiplan_visible_projects() RETURNS SETOF uuid LANGUAGE sql STABLE AS $$
    SELECT p.uuid FROM project p
$$;

CREATE FUNCTION akademiplan_editable_projects() RETURNS SETOF uuid LANGUAGE sql STABLE AS $$
    SELECT p.uuid FROM project p WHERE akademiplan_assigned(p.uuid, p.municipality_code, true)
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['entity_row', 'revision', 'share', 'share_base', 'merge_record', 'merge_base'] LOOP
        EXECUTE format('DROP POLICY seen_with_project ON %I', t);
        EXECUTE format('DROP POLICY added_by_editors ON %I', t);
        EXECUTE format('DROP POLICY changed_by_editors ON %I', t);
        EXECUTE format('CREATE POLICY seen_with_project ON %I FOR SELECT '
                       'USING (project_uuid IN (SELECT akademiplan_visible_projects()))', t);
        EXECUTE format('CREATE POLICY added_by_editors ON %I FOR INSERT '
                       'WITH CHECK (project_uuid IN (SELECT akademiplan_editable_projects()))', t);
        EXECUTE format('CREATE POLICY changed_by_editors ON %I FOR UPDATE '
                       'USING (project_uuid IN (SELECT akademiplan_editable_projects())) '
                       'WITH CHECK (project_uuid IN (SELECT akademiplan_editable_projects()))', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['revision', 'share', 'share_base', 'merge_record', 'merge_base'] LOOP
        EXECUTE format('DROP POLICY removed_by_editors ON %I', t);
        EXECUTE format('CREATE POLICY removed_by_editors ON %I FOR DELETE '
                       'USING (project_uuid IN (SELECT akademiplan_editable_projects()))', t);
    END LOOP;
END
$$;
