// A demo database: a team, a manager and trainees whose records look like two weeks of real use —
// lessons read and completed, quizzes passed and failed, role-plays resolved and lost, review cards
// due today. `servicedojo --demo` and the screenshot tour (`--screenshots DIR`) run on it, so anyone can
// look at every screen with data in it. Everything is written through the real stores and scored by
// the real engines, so the demo cannot show what the app could not produce.
#pragma once

#include "auth/accountservice.h"
#include "content/model.h"
#include "storage/storeerror.h"

#include <QByteArray>
#include <QDateTime>

#include <functional>

namespace dojo {

class Database;

struct DemoAccounts {
    User manager;
    User trainee;   // the one the demo signs in as
    QString secret; // every demo account's password
};

// The version of a lesson a completion is recorded against (see LessonProgressStore).
using LessonVersionOf = std::function<QByteArray(const Lesson &)>;

// Seeds an empty database (no account yet) with the demo people and records, dated before `now`.
// Refused (Conflict) when the database already has accounts.
StoreResult<DemoAccounts> seedDemo(Database &db, const Course &course, const QDateTime &now,
                                   const LessonVersionOf &versionOf);

// An answer that earns no points (for demo data and tests; the right one is QuizGrader::rightAnswer).
struct QuizAnswer;
QuizAnswer wrongAnswer(const Question &question);

} // namespace dojo
