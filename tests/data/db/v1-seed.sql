-- Data of the frozen schema-1 database (v1.sqlite): one row or more in every table of schema 1.
-- Passwords: wang "wang-password-1", li "li-password-1", zhao "zhao-password-1".
INSERT INTO settings (key, value) VALUES ('auth_mode', 'password');
INSERT INTO teams (id, name, created_at) VALUES (1, '售后一组', '2026-01-05T08:00:00.000Z');
INSERT INTO users (id, login, display_name, roles, team_id, secret_kind, secret_hash, disabled, created_at) VALUES
  (1, 'wang', '王经理', 6, NULL, 'password', '$argon2id$v=19$m=65536,t=2,p=1$5CMjGf81cReoguUT8s7Kqw$uMjsnTSHbY8G2AMWrWCVVhsVAlJZ1fHN3FFckZZXtqQ', 0, '2026-01-05T08:00:00.000Z'),
  (2, 'li', '李小红', 1, 1, 'password', '$argon2id$v=19$m=65536,t=2,p=1$7PcSB1scVDP3Ylyb1Pf9ng$x/eVaHFCRDdBMoFd+wl4Q2G8VyCyYjTRhWJY+IobE/M', 0, '2026-01-05T08:05:00.000Z'),
  (3, 'zhao', '赵强', 1, 1, 'password', '$argon2id$v=19$m=65536,t=2,p=1$bDCvBIk3uICQL/gfOU+tIg$t4cqgIQFb8ulkTecHJoJ7VqTR8nbXipWivYPQx4Sarw', 1, '2026-01-05T08:06:00.000Z');
INSERT INTO sign_in_failures (login, failures, last_failed_at, locked_until) VALUES
  ('zhao', 2, '2026-01-06T09:00:00.000Z', NULL);
INSERT INTO lesson_progress (user_id, lesson_id, first_opened_at, last_opened_at, opened_hash, time_spent_ms) VALUES
  (2, 'greeting-basics', '2026-01-06T09:00:00.000Z', '2026-01-07T10:00:00.000Z', 'aaaa1111', 754000),
  (2, 'empathy', '2026-01-07T10:30:00.000Z', '2026-01-07T10:30:00.000Z', 'bbbb2222', 61000);
INSERT INTO lesson_completions (user_id, lesson_id, content_hash, completed_at) VALUES
  (2, 'greeting-basics', 'aaaa1111', '2026-01-07T10:12:00.000Z');
INSERT INTO quiz_attempts (id, user_id, quiz_id, content_hash, mode, shuffle_seed, registration, started_at, finished_at, score, max_score, passed) VALUES
  (1, 2, 'greeting-quiz', 'cccc3333', 'test', 424242, '2b1e5a8c-3f52-4c7e-9a61-0d2f9e1c4b11', '2026-01-07T11:00:00.000Z', '2026-01-07T11:04:30.000Z', 2.5, 3, 0),
  (2, 2, 'greeting-quiz', 'cccc3333', 'practice', 777, '8d0c6f3e-1a24-4b9f-b5d2-6e7a3c9f0d22', '2026-01-08T09:00:00.000Z', NULL, NULL, NULL, NULL);
INSERT INTO quiz_answers (attempt_id, question_id, answer_json, points_awarded, points_possible, correct, duration_ms, answered_at) VALUES
  (1, 'q1', '{"choice":[1]}', 1, 1, 1, 12000, '2026-01-07T11:01:00.000Z'),
  (1, 'q2', '{"order":[2,0,1]}', 0.5, 1, 0, 30500, '2026-01-07T11:02:30.000Z'),
  (1, 'q3', '{"text":"您好"}', 1, 1, 1, NULL, '2026-01-07T11:04:00.000Z'),
  (2, 'q1', '{"choice":[0]}', 0, 1, 0, 8000, '2026-01-08T09:00:20.000Z');
INSERT INTO scenario_runs (id, user_id, scenario_id, content_hash, registration, started_at, finished_at, outcome, ending_id, overall) VALUES
  (1, 2, 'late-parcel', 'dddd4444', 'f3a9b2c1-7d6e-4f5a-8b3c-2e1d0c9b8a33', '2026-01-08T10:00:00.000Z', '2026-01-08T10:06:00.000Z', 'resolved', 'happy', 82.5);
INSERT INTO scenario_turns (run_id, turn_index, node_id, option_index, reply_text, reply_ms, mood_after, score_changes_json, landmine_id, recorded_at) VALUES
  (1, 0, 'start', 1, NULL, 9000, 55, '{"attitude":2,"empathy":1}', NULL, '2026-01-08T10:01:00.000Z'),
  (1, 1, 'ask-order', NULL, '亲，麻烦提供一下订单号，我马上帮您查。', 41000, 60, '{"speed":-1,"resolution":2}', NULL, '2026-01-08T10:03:00.000Z'),
  (1, 2, 'offer', 0, NULL, 15000, 70, '{"compliance":-3}', 'argue', '2026-01-08T10:05:00.000Z');
INSERT INTO scenario_totals (run_id, dimension, score) VALUES
  (1, 'attitude', 90), (1, 'empathy', 85), (1, 'compliance', 60);
INSERT INTO review_cards (id, user_id, item_kind, item_id, stability, difficulty, due, last_review, reps, lapses, state, step) VALUES
  (1, 2, 'question', 'greeting-quiz/q2', 2.3065, 6.4133, '2026-01-09T11:02:30.000Z', '2026-01-07T11:02:30.000Z', 1, 0, 1, 1),
  (2, 2, 'scenario-decision', 'late-parcel/offer', 0.212, 7.1, '2026-01-08T10:06:00.000Z', NULL, 0, 0, 0, 0);
INSERT INTO review_log (card_id, rating, reviewed_at, duration_ms, state_after, due_after) VALUES
  (1, 1, '2026-01-07T11:02:30.000Z', 5000, 1, '2026-01-09T11:02:30.000Z');
