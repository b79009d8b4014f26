-- Schema version 4: assignments (a manager gives a trainee or a whole team a lesson, quiz or scenario
-- to do by a date) and the reading position of each lesson per trainee (the reader opens where they
-- stopped).

CREATE TABLE assignments (
    id          INTEGER PRIMARY KEY,
    item_kind   TEXT NOT NULL CHECK (item_kind IN ('lesson', 'quiz', 'scenario')),
    item_id     TEXT NOT NULL,
    user_id     INTEGER REFERENCES users (id) ON DELETE CASCADE,
    team_id     INTEGER REFERENCES teams (id) ON DELETE CASCADE,
    due_on      TEXT NOT NULL,
    assigned_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL,
    CHECK ((user_id IS NULL) <> (team_id IS NULL))
);

CREATE INDEX assignments_by_user ON assignments (user_id, due_on);

CREATE INDEX assignments_by_team ON assignments (team_id, due_on);

CREATE TABLE lesson_positions (
    user_id         INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    lesson_id       TEXT NOT NULL,
    anchor          TEXT NOT NULL DEFAULT '',
    scroll_fraction REAL NOT NULL DEFAULT 0 CHECK (scroll_fraction BETWEEN 0 AND 1),
    updated_at      TEXT NOT NULL,
    PRIMARY KEY (user_id, lesson_id)
);
