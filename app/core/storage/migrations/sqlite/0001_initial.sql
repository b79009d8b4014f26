-- Schema version 1: accounts, settings, progress records and the review queue.
-- Conventions (docs/storage.md): times are ISO-8601 UTC text with milliseconds ("…T08:15:02.123Z");
-- enums are fixed text codes (or the small integer codes named in a CHECK); booleans are 0/1.
-- One statement per ";" at the end of a line: the migrator runs them one by one.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE teams (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);

-- roles is a bit set with fixed bits: 1 trainee, 2 trainer, 4 manager.
CREATE TABLE users (
    id           INTEGER PRIMARY KEY,
    login        TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    roles        INTEGER NOT NULL CHECK (roles BETWEEN 1 AND 7),
    team_id      INTEGER REFERENCES teams (id) ON DELETE SET NULL,
    secret_kind  TEXT NOT NULL CHECK (secret_kind IN ('password', 'pin')),
    secret_hash  TEXT NOT NULL,
    disabled     INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at   TEXT NOT NULL
);

-- Failed sign-ins per login as typed (also for logins that do not exist, so the delay does not tell
-- which logins are real).
CREATE TABLE sign_in_failures (
    login          TEXT PRIMARY KEY,
    failures       INTEGER NOT NULL,
    last_failed_at TEXT NOT NULL,
    locked_until   TEXT
);

CREATE TABLE lesson_progress (
    user_id         INTEGER NOT NULL REFERENCES users (id),
    lesson_id       TEXT NOT NULL,
    first_opened_at TEXT NOT NULL,
    last_opened_at  TEXT NOT NULL,
    opened_hash     TEXT NOT NULL,
    time_spent_ms   INTEGER NOT NULL DEFAULT 0 CHECK (time_spent_ms >= 0),
    PRIMARY KEY (user_id, lesson_id)
);

-- One row per lesson version completed: the content hash tells whether the completion is outdated.
CREATE TABLE lesson_completions (
    user_id      INTEGER NOT NULL REFERENCES users (id),
    lesson_id    TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    completed_at TEXT NOT NULL,
    PRIMARY KEY (user_id, lesson_id, content_hash)
);

CREATE TABLE quiz_attempts (
    id           INTEGER PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id),
    quiz_id      TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    mode         TEXT NOT NULL CHECK (mode IN ('practice', 'test')),
    shuffle_seed INTEGER NOT NULL,
    registration TEXT NOT NULL UNIQUE,
    started_at   TEXT NOT NULL,
    finished_at  TEXT,
    score        REAL,
    max_score    REAL,
    passed       INTEGER CHECK (passed IN (0, 1))
);

CREATE INDEX quiz_attempts_by_user ON quiz_attempts (user_id, quiz_id);

-- answer_json is the grading engine's opaque record of what was answered.
CREATE TABLE quiz_answers (
    id              INTEGER PRIMARY KEY,
    attempt_id      INTEGER NOT NULL REFERENCES quiz_attempts (id) ON DELETE CASCADE,
    question_id     TEXT NOT NULL,
    answer_json     TEXT NOT NULL,
    points_awarded  REAL NOT NULL,
    points_possible REAL NOT NULL,
    correct         INTEGER NOT NULL CHECK (correct IN (0, 1)),
    duration_ms     INTEGER,
    answered_at     TEXT NOT NULL,
    UNIQUE (attempt_id, question_id)
);

CREATE TABLE scenario_runs (
    id           INTEGER PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id),
    scenario_id  TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    registration TEXT NOT NULL UNIQUE,
    started_at   TEXT NOT NULL,
    finished_at  TEXT,
    outcome      TEXT CHECK (outcome IN ('resolved', 'escalated', 'lost')),
    ending_id    TEXT,
    overall      REAL
);

CREATE INDEX scenario_runs_by_user ON scenario_runs (user_id, scenario_id);

-- A turn is either a chosen option (option_index) or a typed reply (reply_text).
CREATE TABLE scenario_turns (
    id                 INTEGER PRIMARY KEY,
    run_id             INTEGER NOT NULL REFERENCES scenario_runs (id) ON DELETE CASCADE,
    turn_index         INTEGER NOT NULL,
    node_id            TEXT NOT NULL,
    option_index       INTEGER,
    reply_text         TEXT,
    reply_ms           INTEGER NOT NULL,
    mood_after         INTEGER NOT NULL,
    score_changes_json TEXT NOT NULL,
    landmine_id        TEXT,
    recorded_at        TEXT NOT NULL,
    UNIQUE (run_id, turn_index),
    CHECK ((option_index IS NULL) <> (reply_text IS NULL))
);

CREATE TABLE scenario_totals (
    run_id    INTEGER NOT NULL REFERENCES scenario_runs (id) ON DELETE CASCADE,
    dimension TEXT NOT NULL,
    score     REAL NOT NULL,
    PRIMARY KEY (run_id, dimension)
);

-- FSRS state of one reviewable item for one trainee; state: 0 new, 1 learning, 2 review, 3 relearning.
CREATE TABLE review_cards (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users (id),
    item_kind   TEXT NOT NULL CHECK (item_kind IN ('question', 'scenario-decision')),
    item_id     TEXT NOT NULL,
    stability   REAL NOT NULL,
    difficulty  REAL NOT NULL,
    due         TEXT NOT NULL,
    last_review TEXT,
    reps        INTEGER NOT NULL,
    lapses      INTEGER NOT NULL,
    state       INTEGER NOT NULL CHECK (state BETWEEN 0 AND 3),
    step        INTEGER NOT NULL,
    UNIQUE (user_id, item_kind, item_id)
);

CREATE INDEX review_cards_due ON review_cards (user_id, due);

-- rating: 1 again, 2 hard, 3 good, 4 easy.
CREATE TABLE review_log (
    id          INTEGER PRIMARY KEY,
    card_id     INTEGER NOT NULL REFERENCES review_cards (id) ON DELETE CASCADE,
    rating      INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    reviewed_at TEXT NOT NULL,
    duration_ms INTEGER,
    state_after INTEGER NOT NULL CHECK (state_after BETWEEN 0 AND 3),
    due_after   TEXT NOT NULL
);
