-- Schema version 3: every landmine a scenario turn hit. A free reply can break several forbidden rules,
-- so the single landmine_id of versions 1–2 becomes landmine_ids, a JSON array of landmine ids in the
-- order they were hit ('[]' when none was hit).

ALTER TABLE scenario_turns ADD COLUMN landmine_ids TEXT NOT NULL DEFAULT '[]';

-- The old single id becomes a one-element array. Content ids are [a-z0-9-]; a backslash or a quote is
-- escaped anyway so that whatever an older version stored is valid JSON.
UPDATE scenario_turns
SET landmine_ids = '["' || REPLACE(REPLACE(landmine_id, '\', '\\'), '"', '\"') || '"]'
WHERE landmine_id IS NOT NULL AND landmine_id <> '';

-- One place for the hits: the old column goes (SQLite 3.35+, PostgreSQL).
ALTER TABLE scenario_turns DROP COLUMN landmine_id;
