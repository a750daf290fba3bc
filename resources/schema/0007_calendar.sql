-- SPDX-License-Identifier: MPL-2.0
-- Schema version 7: an academy may say when its council usually meets, and a tombstone keeps the
-- removed row's fields that name no one, so that what was removed can still be told to others: a
-- calendar that imported a deleted session is asked to cancel it on its date. A JSON object of column and stored value, like share_base.fields, with
-- references as the UUIDs of the rows they pointed to; only fields that hold neither personal data
-- nor free text, and none for a row about a person (a participant, an organisation with its
-- contact, an enrolment, an attendance), so that nothing of a person outlives a deletion. NULL
-- for those and for a tombstone written before.
ALTER TABLE tombstone ADD COLUMN fields TEXT;

-- When the council usually meets, for the planning checks: a week of the month and a weekday such
-- as 'last-tue' or '2-wed', '' when not known.
ALTER TABLE academy ADD COLUMN council_meetings TEXT NOT NULL DEFAULT '';
