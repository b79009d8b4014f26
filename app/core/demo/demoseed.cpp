#include "demo/demoseed.h"

#include "review/reviewrecorder.h"
#include "scoring/quizgrading.h"
#include "scoring/scenariorun.h"
#include "storage/database.h"
#include "storage/lessonprogressstore.h"
#include "storage/quizattemptstore.h"
#include "storage/scenariorunstore.h"

#include <QCoreApplication>
#include <QUuid>

namespace dojo {

namespace {

struct DemoText {
    Q_DECLARE_TR_FUNCTIONS(dojo::Demo)
};

// The wrong options (a single question: the first of them).
QuizAnswer wrongChoice(const Question &q)
{
    QList<int> picked;
    for (int i = 0; i < q.options.size(); ++i) {
        if (!q.options[i].correct)
            picked.append(i);
    }
    if (q.type == QuestionType::Single && picked.size() > 1)
        picked = picked.mid(0, 1);
    if (picked.isEmpty())
        picked = {0};
    return QuizAnswer::choice(q.type, picked);
}

} // namespace

QuizAnswer wrongAnswer(const Question &q)
{
    switch (q.type) {
    case QuestionType::Single:
    case QuestionType::Multiple:
        return wrongChoice(q);
    case QuestionType::TrueFalse:
        return QuizAnswer::trueFalse(!q.answer);
    case QuestionType::Fill:
        return QuizAnswer::fill(QStringLiteral("?"));
    case QuestionType::Ordering: {
        QList<int> order;
        for (int i = q.items.size() - 1; i >= 0; --i)
            order.append(i);
        return QuizAnswer::ordering(order);
    }
    case QuestionType::Matching: {
        QMap<int, int> pairs;
        const int n = q.pairs.size();
        for (int i = 0; i < n; ++i)
            pairs.insert(i, (i + 1) % qMax(1, n));
        return QuizAnswer::matching(pairs);
    }
    }
    return {};
}

namespace {

// One finished attempt: question i is answered right unless wrongEvery divides (i + offset).
StoreStatus takeQuiz(Database &db, const User &who, const Quiz &quiz, QuizMode mode, int wrongEvery,
                     QDateTime at)
{
    QuizAttemptStore store(db);
    ReviewRecorder recorder(db);
    auto attempt = store.startAttempt(who.actor(), who.id, quiz.id, quiz.contentHash, mode, 7, at);
    if (!attempt.ok())
        return attempt.error();
    QHash<QString, GradeResult> results;
    int i = 0;
    for (const Question &q : quiz.questions) {
        const bool wrong = wrongEvery > 0 && (i++ % wrongEvery) == 1;
        const QuizAnswer answer = wrong ? wrongAnswer(q) : QuizGrader::rightAnswer(q);
        const GradeResult grade = QuizGrader::grade(q, answer);
        results.insert(q.id, grade);
        at = at.addSecs(25);
        QuizAnswerRecord record;
        record.questionId = q.id;
        record.answerJson = QString::fromUtf8(answer.toJson());
        record.pointsAwarded = grade.points;
        record.pointsPossible = grade.maxPoints;
        record.correct = grade.correct;
        record.durationMs = 25000;
        record.answeredAt = at;
        if (auto stored = store.recordAnswer(who.actor(), attempt->id, record); !stored.ok())
            return stored.error();
        if (auto queued = recorder.recordQuestion(who.actor(), who.id, q.id, q.type, grade, 25000, at); !queued.ok())
            return queued.error();
    }
    const QuizTotals totals = QuizGrader::total(quiz, results);
    return store.finishAttempt(who.actor(), attempt->id, totals.points, totals.maxPoints, totals.passed, at);
}

// One finished run: the best path, except that at step `slipAt` the first option that is not the best
// choice is taken (a mistake to learn from). slipAt < 0: no slip.
StoreStatus playScenario(Database &db, const Course &course, const User &who, const Scenario &scenario,
                         int slipAt, QDateTime at)
{
    ScenarioRunStore store(db);
    ReviewRecorder recorder(db);
    auto run = store.startRun(who.actor(), who.id, scenario.id, scenario.contentHash, at);
    if (!run.ok())
        return run.error();
    ScenarioRun play(course, scenario);
    int step = 0;
    while (!play.isFinished() && step < 40) {
        const ScenarioNode *node = play.currentNode();
        if (!node)
            break;
        const ScenarioPath best = ScenarioRun::findBestPath(scenario, node->id, play.mood());
        const PathStep bestStep = best.steps.value(0);
        TurnResult turn;
        const qint64 replyMs = 9000 + 1500 * step;
        if (node->freeReply && (node->options.isEmpty() || bestStep.optionIndex < 0)) {
            QStringList parts;
            for (const ReplyElement &e : node->freeReply->required)
                parts.append(e.phrases.value(0));
            turn = play.freeReply(parts.join(QStringLiteral("，")), replyMs);
        } else {
            int option = qMax(0, bestStep.optionIndex);
            if (step == slipAt) {
                for (int i = 0; i < node->options.size(); ++i) {
                    if (i != option) {
                        option = i;
                        break;
                    }
                }
            }
            turn = play.choose(option, replyMs);
        }
        if (!turn.accepted)
            break;
        at = at.addMSecs(replyMs + 4000);
        ScenarioTurn record;
        record.turnIndex = step;
        record.nodeId = turn.nodeId;
        if (turn.optionIndex >= 0)
            record.optionIndex = turn.optionIndex;
        record.replyText = turn.replyText;
        record.replyMs = turn.replyMs;
        record.moodAfter = turn.moodAfter;
        record.scoreChanges = turn.scores;
        for (const LandmineHit &hit : turn.landmines)
            record.landmineIds.append(hit.id);
        record.recordedAt = at;
        if (auto stored = store.recordTurn(who.actor(), run->id, record); !stored.ok())
            return stored.error();
        if (auto queued = recorder.recordDecision(who.actor(), who.id, scenario.id, turn, at); !queued.ok())
            return queued.error();
        ++step;
    }
    if (!play.isFinished())
        return {}; // left unfinished, as a trainee who closed the window would
    const RubricScore score = play.score();
    QMap<QString, double> totals;
    for (const DimensionScore &d : score.dimensions) {
        if (d.assessed)
            totals.insert(d.id, d.score);
    }
    return store.finishRun(who.actor(), run->id, play.outcome().value_or(Outcome::Lost), play.ending()->id, totals,
                           score.overall, at);
}

} // namespace

StoreResult<DemoAccounts> seedDemo(Database &db, const Course &course, const QDateTime &now,
                                   const LessonVersionOf &versionOf)
{
    AccountService accounts(db);
    const QString secret = QStringLiteral("demo-password");
    DemoAccounts out;
    out.secret = secret;
    NewUser boss{QStringLiteral("wangfang"), DemoText::tr("Wang Fang"), Roles(Role::Trainer), {}};
    auto manager = accounts.createFirstManager(boss, secret);
    if (!manager.ok())
        return manager.error();
    out.manager = manager.value();
    auto team = accounts.addTeam(out.manager.actor(), DemoText::tr("Front desk team A"));
    if (!team.ok())
        return team.error();
    const QStringList logins = {QStringLiteral("xiaoqing"), QStringLiteral("haoran"), QStringLiteral("meiling")};
    const QStringList names = {DemoText::tr("Lin Xiaoqing"), DemoText::tr("Zhou Haoran"), DemoText::tr("Chen Meiling")};
    QList<User> trainees;
    for (int i = 0; i < logins.size(); ++i) {
        auto added = accounts.addUser(out.manager.actor(), {logins[i], names[i], Roles(Role::Trainee), team->id},
                                      secret);
        if (!added.ok())
            return added.error();
        trainees.append(added.value());
    }
    out.trainee = trainees.first();

    // Lessons in learning-path order (module by module), then any lesson no module lists.
    QList<const Lesson *> pathLessons;
    for (const Module &module : course.modules) {
        for (const ModuleItem &item : module.items) {
            const Lesson *lesson = item.kind == ItemKind::Lesson ? course.lesson(item.id) : nullptr;
            if (lesson && !pathLessons.contains(lesson))
                pathLessons.append(lesson);
        }
    }
    for (const Lesson &lesson : course.lessons) {
        if (!pathLessons.contains(&lesson))
            pathLessons.append(&lesson);
    }

    LessonProgressStore progress(db);
    const QDateTime start = now.addDays(-12);
    for (int t = 0; t < trainees.size(); ++t) {
        const User &who = trainees[t];
        // Lessons: the first ones on the path completed (more for the others), the next one opened.
        const int completed = qMin(int(pathLessons.size()), 4 + 3 * t);
        for (int i = 0; i <= completed && i < pathLessons.size(); ++i) {
            const Lesson &lesson = *pathLessons[i];
            const QDateTime opened = start.addSecs(3600 * (6 * i + t));
            // The second lesson was completed in an earlier version: it changed since ("outdated").
            const QByteArray version = (t == 0 && i == 1) ? QByteArray("0000demo-earlier-version")
                                                          : versionOf(lesson);
            if (auto s = progress.recordOpened(who.actor(), who.id, lesson.id, version, opened); !s.ok())
                return s.error();
            if (auto s = progress.addTimeSpent(who.actor(), who.id, lesson.id, 60000LL * qMax(3, lesson.minutes));
                !s.ok())
                return s.error();
            if (i < completed) {
                if (auto s = progress.recordCompleted(who.actor(), who.id, lesson.id, version,
                                                      opened.addSecs(60 * qMax(3, lesson.minutes)));
                    !s.ok())
                    return s.error();
            }
        }
        // Quizzes: the first passed; the second failed once for the main trainee (its mistakes are due
        // for review today).
        if (!course.quizzes.isEmpty()) {
            if (auto s = takeQuiz(db, who, course.quizzes[0], QuizMode::Test, t == 0 ? 6 : 0, start.addDays(2 + t));
                !s.ok())
                return s.error();
        }
        if (course.quizzes.size() > 1) {
            if (auto s = takeQuiz(db, who, course.quizzes[1], QuizMode::Practice, 2, start.addDays(8)); !s.ok())
                return s.error();
        }
        // Role-plays: one resolved along the best path, one with a slip at the second decision.
        if (!course.scenarios.isEmpty()) {
            if (auto s = playScenario(db, course, who, course.scenarios[0], -1, start.addDays(5)); !s.ok())
                return s.error();
        }
        if (course.scenarios.size() > 1) {
            if (auto s = playScenario(db, course, who, course.scenarios[1], 1, start.addDays(9)); !s.ok())
                return s.error();
        }
    }
    return out;
}

} // namespace dojo
