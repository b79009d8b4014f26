// The trainee's learning path: every item of every module (lesson, quiz, scenario) with its state for
// one user, overall progress, the item to continue with, the reviews due and the assignments.
//
// Two steps, so that the rules are tested without a database:
//   loadLearnerRecords()  a handful of indexed queries for ONE user (no scan of other people's rows):
//                         lesson_progress / lesson_completions by primary key, quiz_attempts and
//                         scenario_runs grouped per item on their (user_id, item) index, a COUNT on
//                         review_cards (user_id, due), assignments by user and by team;
//   buildLearningPath()   pure: course + records -> states.
//
// States (PathItemState):
//   lesson    new (never opened) · in progress (opened, not completed) · done (this version completed)
//             · outdated (an earlier version completed; the lesson changed since)
//   quiz      done (some finished attempt passed) · in progress (an unfinished attempt, none passed)
//             · failed (finished attempts, none passed) · new
//   scenario  done (a finished run that was not lost AND scored overall >= 60) · in progress (only an
//             unfinished run) · failed (finished runs, every one lost or below 60) · new
// Progress: done items / all items of the path, in percent (rounded down; 100 only when all are done).
// An outdated lesson is not done until it is read again.
// Continue: the most recently touched item that is in progress; when none, the first item of the
// path (in module order) that is not done; none when everything is done.
// Assignments: each with the state of its item; overdue when the due day has passed and it is not done.
#pragma once

#include <functional>

#include "content/model.h"
#include "storage/assignmentstore.h"
#include "storage/storeerror.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace dojo {

class Database;
struct Actor;

enum class PathItemState { New, InProgress, Done, Outdated, Failed };
// "new", "in-progress", "done", "outdated", "failed" (what QML sees).
QString pathItemStateCode(PathItemState state);
QString itemKindCode(ItemKind kind); // "lesson", "quiz", "scenario"

// Minimum scores for a scenario run to count as done (the rule above).
inline constexpr double kScenarioPassOverall = 60.0;

// What one user did, per item, as read from the database.
struct LessonRecord {
    QDateTime lastOpenedAt;
    qint64 timeSpentMs = 0;
    QSet<QByteArray> completedHashes;
    bool opened = false;
};
struct QuizRecord {
    bool passed = false;       // a finished attempt passed
    int finishedAttempts = 0;
    bool unfinished = false;   // an unfinished attempt exists
    std::optional<double> bestPercent;
    QDateTime lastActivity;    // latest start or finish
};
struct ScenarioRecord {
    bool passed = false;       // a finished run met the rule
    int finishedRuns = 0;
    bool unfinished = false;
    std::optional<double> bestOverall;
    QDateTime lastActivity;
};
struct LearnerRecords {
    QHash<QString, LessonRecord> lessons;
    QHash<QString, QuizRecord> quizzes;
    QHash<QString, ScenarioRecord> scenarios;
    int dueReviews = 0;
    QList<Assignment> assignments;
};

// Reads the records of `userId` (the user themselves or a manager). `now` bounds the due reviews.
StoreResult<LearnerRecords> loadLearnerRecords(Database &db, const Actor &actor, qint64 userId, const QDateTime &now);

struct PathItem {
    ItemKind kind = ItemKind::Lesson;
    QString id;
    QString moduleId;
    PathItemState state = PathItemState::New;
    QDateTime lastActivity;            // null when never touched
    std::optional<double> bestPercent; // quiz best score % / scenario best overall
    int attempts = 0;                  // finished quiz attempts / scenario runs
    std::optional<QDate> dueOn;        // the earliest assignment of this item, if assigned
    bool overdue = false;
};

struct PathModule {
    QString moduleId;
    QList<PathItem> items;
    int doneCount = 0;
};

struct PathAssignment {
    Assignment assignment;
    PathItemState state = PathItemState::New;
    bool inCourse = false; // the item exists in the course as loaded now
    bool overdue = false;
};

struct LearningPath {
    QList<PathModule> modules;
    int doneCount = 0;
    int totalCount = 0;
    int progressPercent = 0;
    std::optional<PathItem> continueItem;
    bool continueIsResume = false; // true: an item in progress; false: the next item to start
    int dueReviews = 0;
    QList<PathAssignment> assignments; // soonest due first; done ones last
};

// Items that the course lists but that did not load (a broken file) are left out of the path.
// `versionOf` gives the version a lesson completion must match to count as done (the app passes the
// hash over every language of the lesson, CourseCatalog::lessonVersion); empty: Lesson::contentHash.
using LessonVersionFn = std::function<QByteArray(const Lesson &)>;
LearningPath buildLearningPath(const Course &course, const LearnerRecords &records, const QDate &today,
                               const LessonVersionFn &versionOf = {});

} // namespace dojo
