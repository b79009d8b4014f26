// The large benchmark history: trainees in teams with years of quiz answers, scenario turns, lesson
// progress and review cards, written into a real ServiceDojo database (the schema comes from
// Database::open, i.e. the shipped migrations). Rows are bulk-inserted in one transaction with
// prepared statements through SQLite's C API; every account shares one precomputed password hash.
// Rows are written round by round across all trainees, so one trainee's records are scattered through
// the tables as they are in a database filled over time.
#pragma once

#include "coursegen.h"

#include <QDateTime>
#include <QString>

namespace dojo::bench {

struct HistorySize {
    int trainees = 5000;
    int teams = 100;
    int attemptsPerTrainee = 20; // answers = trainees × attempts × questions per quiz (2,000,000)
    int runsPerTrainee = 8;      // turns = trainees × runs × 5 (200,000)
    int lessonsOpened = 120;     // average per trainee
    int reviewCards = 100;       // per trainee

    static HistorySize large() { return {}; }
    static HistorySize tiny() { return {20, 2, 2, 2, 3, 5}; }
};

// The fixed "today" of the generated history (records lie before it, review cards fall due around it).
QDateTime historyNow();
// Logins: trainee-00001 …; "bench-writer" is a trainee with no records, for write benchmarks.
QString traineeLogin(int index);
QString benchWriterLogin();
// The password of every generated account.
QString benchPassword();

struct HistoryCounts {
    qint64 users = 0, attempts = 0, answers = 0, runs = 0, turns = 0, progress = 0, completions = 0, cards = 0,
           reviewLog = 0;
};

// Creates (or replaces) the database file at path. Returns false with *error on failure.
bool generateHistory(const QString &path, std::uint64_t seed, const CourseGenerator &course, HistorySize size,
                     HistoryCounts *counts, QString *error);

} // namespace dojo::bench
