-- SPDX-License-Identifier: MPL-2.0
-- Schema version 4: parallel groups of the same course, the order of activities within a track,
-- and the name the municipality's council goes by.

-- Activities of one track with the same non-empty parallel_group are groups ("hold") of the same
-- course: a person takes part in one of them. The value is the course's name as the consultant
-- typed it, so that it reads the same in a compare view, a change batch and the file itself.
ALTER TABLE activity ADD COLUMN parallel_group TEXT NOT NULL DEFAULT '';

-- The order of the activities within their track, as the consultant arranged them. Earlier
-- versions showed them in the order they were made, which becomes their first order.
ALTER TABLE activity ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
UPDATE activity SET position = (SELECT COUNT(*) FROM activity AS earlier
                                WHERE earlier.track_id = activity.track_id AND earlier.id < activity.id);

-- The Act on Local Government names København's council Borgerrepræsentationen and leaves every
-- other council's name to its own bylaws: most say byråd, some kommunalbestyrelse.
ALTER TABLE academy ADD COLUMN council TEXT NOT NULL DEFAULT 'city_council'
    CHECK (council IN ('city_council', 'municipal_council', 'representatives'));
UPDATE academy SET council = 'representatives' WHERE (SELECT municipality_code FROM project) = 101;
