-- SPDX-License-Identifier: MPL-2.0
-- Server schema version 3: those who may change a project may take back its revisions, shares
-- and merges.
--
-- A revision or a share is recorded before the file it is for is written: a saved copy, a copy
-- to be shared. When that file cannot be written, the revision (with the merges it took in) or
-- the share is taken back with the rows kept beside it, as a project file does, so that the
-- change log names no copy that was never made. A steering group still deletes nothing, and
-- rows themselves are still deleted by no one but the administrator: a removed row stays as its
-- tombstone.

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['revision', 'share', 'share_base', 'merge_record', 'merge_base'] LOOP
        EXECUTE format('CREATE POLICY removed_by_editors ON %I FOR DELETE USING (akademiplan_may_edit(project_uuid))', t);
        EXECUTE format('GRANT DELETE ON %I TO akademiplan_consultant', t);
    END LOOP;
END
$$;
