-- Schema version 2: the Markdown of every lesson version seen, so that a trainee whose completion is
-- outdated can be shown what changed, paragraph by paragraph.

CREATE TABLE lesson_versions (
    lesson_id     TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    markdown      TEXT NOT NULL,
    first_seen_at TEXT NOT NULL,
    PRIMARY KEY (lesson_id, content_hash)
);

CREATE INDEX lesson_completions_by_lesson ON lesson_completions (lesson_id, content_hash);
