// The record stores: lesson progress and versions, quiz attempts, scenario runs, the review queue, and
// every refusal of another person's records.
#include "storage/database.h"
#include "storage/lessonprogressstore.h"
#include "storage/lessonversionstore.h"
#include "storage/quizattemptstore.h"
#include "storage/reviewstore.h"
#include "storage/scenariorunstore.h"
#include "storetestsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dojo;

namespace {
const QByteArray kHashV1("1111aaaa");
const QByteArray kHashV2("2222bbbb");

QDateTime at(int minute) { return QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC).addSecs(minute * 60); }

QuizAnswerRecord answer(const QString &questionId, double points, bool correct, const QString &json = QStringLiteral("{}"))
{
    QuizAnswerRecord a;
    a.questionId = questionId;
    a.answerJson = json;
    a.pointsAwarded = points;
    a.pointsPossible = 1;
    a.correct = correct;
    a.durationMs = 4200;
    a.answeredAt = at(1);
    return a;
}

ScenarioTurn optionTurn(int index, const QString &node, int option)
{
    ScenarioTurn t;
    t.turnIndex = index;
    t.nodeId = node;
    t.optionIndex = option;
    t.replyMs = 3000;
    t.moodAfter = 55;
    t.scoreChanges = {{QStringLiteral("attitude"), 2}, {QStringLiteral("compliance"), -1}};
    t.recordedAt = at(index);
    return t;
}

void expectDenied(const StoreError &error)
{
    QCOMPARE(error.code, StoreError::Code::PermissionDenied);
    QVERIFY(error.message.contains(QStringLiteral("not allowed")));
}
} // namespace

class TestStores : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Actor m_li;       // trainee
    Actor m_zhao;     // another trainee
    Actor m_trainer;  // trainer only
    Actor m_manager;  // manager
    Actor m_lead;     // trainer + manager

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = test::openDatabase(m_dir->filePath(QStringLiteral("stores.sqlite")));
        m_li = test::addUserRow(*m_db, QStringLiteral("li"), Role::Trainee);
        m_zhao = test::addUserRow(*m_db, QStringLiteral("zhao"), Role::Trainee);
        m_trainer = test::addUserRow(*m_db, QStringLiteral("tina"), Role::Trainer);
        m_manager = test::addUserRow(*m_db, QStringLiteral("wang"), Role::Manager);
        m_lead = test::addUserRow(*m_db, QStringLiteral("lead"), Roles(Role::Trainer) | Role::Manager);
    }

    void cleanup() { m_db.reset(); }

    void lessonProgressAccumulatesAndGoesOutdated()
    {
        LessonProgressStore store(*m_db);
        QCOMPARE(store.progress(m_li, m_li.userId, QStringLiteral("greeting"), kHashV1)->status, LessonStatus::NotStarted);
        const StoreStatus early = store.addTimeSpent(m_li, m_li.userId, QStringLiteral("greeting"), 1000);
        QCOMPARE(early.error().code, StoreError::Code::NotFound);

        QVERIFY(store.recordOpened(m_li, m_li.userId, QStringLiteral("greeting"), kHashV1, at(0)).ok());
        QVERIFY(store.addTimeSpent(m_li, m_li.userId, QStringLiteral("greeting"), 60000).ok());
        QVERIFY(store.recordOpened(m_li, m_li.userId, QStringLiteral("greeting"), kHashV1, at(30)).ok());
        QVERIFY(store.addTimeSpent(m_li, m_li.userId, QStringLiteral("greeting"), 30500).ok());
        QCOMPARE(store.addTimeSpent(m_li, m_li.userId, QStringLiteral("greeting"), -1).error().code,
                 StoreError::Code::InvalidInput);

        StoreResult<LessonProgress> p = store.progress(m_li, m_li.userId, QStringLiteral("greeting"), kHashV1);
        QVERIFY(p.ok());
        QCOMPARE(p->status, LessonStatus::Opened);
        QCOMPARE(p->timeSpentMs, 90500);
        QCOMPARE(p->firstOpenedAt, at(0));
        QCOMPARE(p->lastOpenedAt, at(30));

        QVERIFY(store.recordCompleted(m_li, m_li.userId, QStringLiteral("greeting"), kHashV1, at(31)).ok());
        QVERIFY(store.recordCompleted(m_li, m_li.userId, QStringLiteral("greeting"), kHashV1, at(40)).ok()); // kept once
        p = store.progress(m_li, m_li.userId, QStringLiteral("greeting"), kHashV1);
        QCOMPARE(p->status, LessonStatus::Completed);
        QCOMPARE(p->completedAt, at(31));
        QCOMPARE(p->completedHash, kHashV1);

        // The lesson changed: the completion is of an old version.
        p = store.progress(m_li, m_li.userId, QStringLiteral("greeting"), kHashV2);
        QCOMPARE(p->status, LessonStatus::Outdated);
        QVERIFY(store.recordCompleted(m_li, m_li.userId, QStringLiteral("greeting"), kHashV2, at(90)).ok());
        QCOMPARE(store.progress(m_li, m_li.userId, QStringLiteral("greeting"), kHashV2)->status, LessonStatus::Completed);

        QVERIFY(store.recordOpened(m_li, m_li.userId, QStringLiteral("empathy"), kHashV1, at(100)).ok());
        const StoreResult<QList<LessonProgress>> all = store.allProgress(
            m_li, m_li.userId, {{QStringLiteral("greeting"), kHashV2}, {QStringLiteral("empathy"), kHashV1}});
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).lessonId, QStringLiteral("empathy"));
        QCOMPARE(all->at(0).status, LessonStatus::Opened);
        QCOMPARE(all->at(1).status, LessonStatus::Completed);
        QCOMPARE(store.recordCompleted(m_li, m_li.userId, QStringLiteral("x"), QByteArray(), at(1)).error().code,
                 StoreError::Code::InvalidInput);
    }

    void lessonVersionsGiveTheChangesSinceCompletion()
    {
        LessonVersionStore versions(*m_db);
        LessonProgressStore progress(*m_db);
        const QString v1 = QStringLiteral("# 问候\n\n先问好。\n\n再自我介绍。\n");
        const QString v2 = QStringLiteral("# 问候\n\n先微笑着问好。\n\n再自我介绍。\n\n最后确认需求。\n");
        QVERIFY(versions.remember(m_li, QStringLiteral("greeting"), kHashV1, v1, at(0)).ok());
        QVERIFY(versions.remember(m_li, QStringLiteral("greeting"), kHashV1, QStringLiteral("ignored"), at(5)).ok());
        QCOMPARE(versions.version(m_li, QStringLiteral("greeting"), kHashV1).value()->markdown, v1);
        QVERIFY(progress.recordCompleted(m_li, m_li.userId, QStringLiteral("greeting"), kHashV1, at(1)).ok());

        // Same version: nothing to show.
        QVERIFY(!versions.changesSinceCompletion(m_li, m_li.userId, QStringLiteral("greeting"), kHashV1, v1).value());

        QVERIFY(versions.remember(m_manager, QStringLiteral("greeting"), kHashV2, v2, at(60)).ok());
        QCOMPARE(versions.versions(m_li, QStringLiteral("greeting"))->size(), 2);
        const StoreResult<std::optional<ParagraphDiff>> diff =
            versions.changesSinceCompletion(m_li, m_li.userId, QStringLiteral("greeting"), kHashV2, v2);
        QVERIFY(diff.ok());
        QVERIFY(diff->has_value());
        QCOMPARE((*diff)->changedCount(), 1);
        QCOMPARE((*diff)->addedCount(), 1);
        QCOMPARE((*diff)->removedCount(), 0);

        // A manager may look at it for the trainee; another trainee may not.
        QVERIFY(versions.changesSinceCompletion(m_manager, m_li.userId, QStringLiteral("greeting"), kHashV2, v2).ok());
        expectDenied(versions.changesSinceCompletion(m_zhao, m_li.userId, QStringLiteral("greeting"), kHashV2, v2).error());
        expectDenied(versions.remember(Actor{}, QStringLiteral("greeting"), kHashV2, v2, at(1)).error());
    }

    void quizAttemptRecordsEachAnswerOnceAndResumes()
    {
        QuizAttemptStore store(*m_db);
        StoreResult<QuizAttempt> started =
            store.startAttempt(m_li, m_li.userId, QStringLiteral("greeting-quiz"), kHashV1, QuizMode::Test, 9876, at(0));
        QVERIFY(started.ok());
        QVERIFY(!started->registration.isNull());
        QVERIFY(!started->finished());

        QCOMPARE(store.recordAnswer(m_li, started->id, answer(QStringLiteral("q1"), 1, true, QStringLiteral("{\"choice\":[2]}"))).value(),
                 RecordWrite::Recorded);
        QCOMPARE(store.recordAnswer(m_li, started->id, answer(QStringLiteral("q2"), 0.5, false)).value(), RecordWrite::Recorded);
        // Answering q1 again keeps the first answer.
        QCOMPARE(store.recordAnswer(m_li, started->id, answer(QStringLiteral("q1"), 0, false)).value(),
                 RecordWrite::AlreadyRecorded);
        QCOMPARE(store.recordAnswer(m_li, started->id, answer(QString(), 0, false)).error().code,
                 StoreError::Code::InvalidInput);

        // "After a crash": a fresh store finds the attempt and its answers.
        QuizAttemptStore afterCrash(*m_db);
        const StoreResult<std::optional<QuizAttempt>> resumed =
            afterCrash.unfinishedAttempt(m_li, m_li.userId, QStringLiteral("greeting-quiz"));
        QVERIFY(resumed.ok() && resumed->has_value());
        const QuizAttempt &attempt = **resumed;
        QCOMPARE(attempt.id, started->id);
        QCOMPARE(attempt.shuffleSeed, 9876);
        QCOMPARE(attempt.mode, QuizMode::Test);
        QCOMPARE(attempt.contentHash, kHashV1);
        QCOMPARE(attempt.registration, started->registration);
        const StoreResult<QList<QuizAnswerRecord>> answers = afterCrash.answers(m_li, attempt.id);
        QCOMPARE(answers->size(), 2);
        QCOMPARE(answers->at(0).questionId, QStringLiteral("q1"));
        QCOMPARE(answers->at(0).answerJson, QStringLiteral("{\"choice\":[2]}"));
        QCOMPARE(answers->at(0).pointsAwarded, 1.0);
        QVERIFY(answers->at(0).correct);
        QCOMPARE(answers->at(0).durationMs, std::optional<qint64>(4200));
        QCOMPARE(answers->at(1).pointsAwarded, 0.5);

        QCOMPARE(store.finishAttempt(m_li, attempt.id, 3, 2, true, at(5)).error().code, StoreError::Code::InvalidInput);
        QVERIFY(store.finishAttempt(m_li, attempt.id, 1.5, 2, false, at(5)).ok());
        const StoreResult<QuizAttempt> finished = store.attempt(m_li, attempt.id);
        QVERIFY(finished->finished());
        QCOMPARE(finished->score, std::optional<double>(1.5));
        QCOMPARE(finished->maxScore, std::optional<double>(2));
        QCOMPARE(finished->passed, std::optional<bool>(false));
        QCOMPARE(store.finishAttempt(m_li, attempt.id, 2, 2, true, at(6)).error().code, StoreError::Code::Conflict);
        const StoreResult<RecordWrite> late = store.recordAnswer(m_li, attempt.id, answer(QStringLiteral("q3"), 1, true));
        QCOMPARE(late.error().code, StoreError::Code::Conflict);
        QVERIFY(!store.unfinishedAttempt(m_li, m_li.userId, QStringLiteral("greeting-quiz"))->has_value());

        QVERIFY(store.startAttempt(m_li, m_li.userId, QStringLiteral("other-quiz"), kHashV1, QuizMode::Practice, 1, at(10)).ok());
        QCOMPARE(store.attempts(m_li, m_li.userId)->size(), 2);
        QCOMPARE(store.attempts(m_li, m_li.userId)->first().quizId, QStringLiteral("other-quiz")); // newest first
        QCOMPARE(store.attempts(m_li, m_li.userId, QStringLiteral("greeting-quiz"))->size(), 1);
        QCOMPARE(store.attempt(m_li, 9999).error().code, StoreError::Code::NotFound);
    }

    void scenarioRunRecordsTurnsAndTotals()
    {
        ScenarioRunStore store(*m_db);
        const StoreResult<ScenarioRunRecord> started =
            store.startRun(m_li, m_li.userId, QStringLiteral("late-parcel"), kHashV1, at(0));
        QVERIFY(started.ok());
        QCOMPARE(store.recordTurn(m_li, started->id, optionTurn(0, QStringLiteral("start"), 1)).value(), RecordWrite::Recorded);
        ScenarioTurn typed;
        typed.turnIndex = 1;
        typed.nodeId = QStringLiteral("ask-order");
        typed.replyText = QStringLiteral("亲，请提供订单号，我马上查。");
        typed.replyMs = 41000;
        typed.moodAfter = 62;
        typed.scoreChanges = {{QStringLiteral("speed"), -1}};
        typed.landmineIds = {QStringLiteral("argue"), QStringLiteral("cold-tone")}; // two forbidden rules matched
        ScenarioTurn emptyLandmine = typed;
        emptyLandmine.landmineIds = {QStringLiteral("argue"), QString()};
        QCOMPARE(store.recordTurn(m_li, started->id, emptyLandmine).error().code, StoreError::Code::InvalidInput);
        QCOMPARE(store.recordTurn(m_li, started->id, typed).value(), RecordWrite::Recorded);
        ScenarioTurn retyped = typed;
        retyped.landmineIds = {QStringLiteral("other")};
        QCOMPARE(store.recordTurn(m_li, started->id, retyped).value(), RecordWrite::AlreadyRecorded);
        QCOMPARE(store.recordTurn(m_li, started->id, optionTurn(1, QStringLiteral("other"), 0)).value(),
                 RecordWrite::AlreadyRecorded);
        ScenarioTurn neither = optionTurn(2, QStringLiteral("x"), 0);
        neither.optionIndex.reset();
        QCOMPARE(store.recordTurn(m_li, started->id, neither).error().code, StoreError::Code::InvalidInput);

        QVERIFY(store.unfinishedRun(m_li, m_li.userId, QStringLiteral("late-parcel"))->has_value());
        const QMap<QString, double> totals{{QStringLiteral("attitude"), 90}, {QStringLiteral("compliance"), 60}};
        QVERIFY(store.finishRun(m_li, started->id, Outcome::Escalated, QStringLiteral("handover"), totals, 74.5, at(6)).ok());
        QCOMPARE(store.finishRun(m_li, started->id, Outcome::Resolved, QStringLiteral("x"), {}, 0, at(7)).error().code,
                 StoreError::Code::Conflict);
        QCOMPARE(store.recordTurn(m_li, started->id, optionTurn(2, QStringLiteral("late"), 0)).error().code,
                 StoreError::Code::Conflict);

        const StoreResult<ScenarioRunRecord> run = store.run(m_li, started->id);
        QVERIFY(run->finished());
        QCOMPARE(run->outcome, std::optional<Outcome>(Outcome::Escalated));
        QCOMPARE(run->endingId, QStringLiteral("handover"));
        QCOMPARE(run->overall, std::optional<double>(74.5));
        QCOMPARE(run->totals, totals);
        QVERIFY(!store.unfinishedRun(m_li, m_li.userId, QStringLiteral("late-parcel"))->has_value());

        const StoreResult<QList<ScenarioTurn>> turns = store.turns(m_li, started->id);
        QCOMPARE(turns->size(), 2);
        QCOMPARE(turns->at(0).optionIndex, std::optional<int>(1));
        QCOMPARE(turns->at(0).scoreChanges.value(QStringLiteral("compliance")), -1);
        QVERIFY(turns->at(0).landmineIds.isEmpty());
        QVERIFY(!turns->at(1).optionIndex);
        QCOMPARE(turns->at(1).replyText, typed.replyText);
        QCOMPARE(turns->at(1).replyMs, 41000);
        QCOMPARE(turns->at(1).moodAfter, 62);
        QCOMPARE(turns->at(1).landmineIds, QStringList({QStringLiteral("argue"), QStringLiteral("cold-tone")}));
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT landmine_ids FROM scenario_turns WHERE turn_index = 1")).toString(),
                 QStringLiteral("[\"argue\",\"cold-tone\"]"));
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT landmine_ids FROM scenario_turns WHERE turn_index = 0")).toString(),
                 QStringLiteral("[]"));
        QCOMPARE(store.runs(m_li, m_li.userId)->size(), 1);
    }

    void reviewCardsComeDueAndLogReviews()
    {
        ReviewStore store(*m_db);
        ReviewCardRecord card;
        card.userId = m_li.userId;
        card.itemKind = ReviewItemKind::Question;
        card.itemId = QStringLiteral("greeting-quiz/q2");
        card.due = at(10);
        StoreResult<ReviewCardRecord> stored = store.upsertCard(m_li, card);
        QVERIFY(stored.ok());
        QVERIFY(stored->id > 0);

        ReviewCardRecord decision = card;
        decision.itemKind = ReviewItemKind::ScenarioDecision;
        decision.itemId = QStringLiteral("late-parcel/offer");
        decision.due = at(100);
        QVERIFY(store.upsertCard(m_li, decision).ok());

        QCOMPARE(store.dueCards(m_li, m_li.userId, at(9))->size(), 0);
        StoreResult<QList<ReviewCardRecord>> due = store.dueCards(m_li, m_li.userId, at(10));
        QCOMPARE(due->size(), 1);
        QCOMPARE(due->first().itemId, QStringLiteral("greeting-quiz/q2"));
        QCOMPARE(due->first().state, ReviewCardState::New);
        QCOMPARE(store.dueCards(m_li, m_li.userId, at(200))->size(), 2);
        QCOMPARE(store.dueCards(m_li, m_li.userId, at(200), 1)->size(), 1);
        QCOMPARE(store.dueCards(m_zhao, m_zhao.userId, at(200))->size(), 0);

        // A review: new state and its log line together.
        ReviewCardRecord after = *stored;
        after.stability = 2.3065;
        after.difficulty = 6.4133;
        after.lastReview = at(11);
        after.due = at(11 + 24 * 60);
        after.reps = 1;
        after.state = ReviewCardState::Learning;
        after.step = 1;
        ReviewLogEntry entry;
        entry.rating = 1;
        entry.reviewedAt = at(11);
        entry.durationMs = 5000;
        entry.stateAfter = ReviewCardState::Learning;
        entry.dueAfter = after.due;
        const StoreResult<ReviewCardRecord> reviewed = store.recordReview(m_li, after, entry);
        QVERIFY(reviewed.ok());
        QCOMPARE(reviewed->id, stored->id); // replaced, not duplicated
        const std::optional<ReviewCardRecord> reloaded =
            store.card(m_li, m_li.userId, ReviewItemKind::Question, QStringLiteral("greeting-quiz/q2")).value();
        QVERIFY(reloaded);
        QCOMPARE(reloaded->stability, 2.3065);
        QCOMPARE(reloaded->difficulty, 6.4133);
        QCOMPARE(reloaded->lastReview, at(11));
        QCOMPARE(reloaded->due, at(11 + 24 * 60));
        QCOMPARE(reloaded->reps, 1);
        QCOMPARE(reloaded->state, ReviewCardState::Learning);
        QCOMPARE(reloaded->step, 1);
        const StoreResult<QList<ReviewLogEntry>> log = store.reviewLog(m_li, stored->id);
        QCOMPARE(log->size(), 1);
        QCOMPARE(log->first().rating, 1);
        QCOMPARE(log->first().durationMs, std::optional<qint64>(5000));

        ReviewLogEntry bad = entry;
        bad.rating = 5;
        QCOMPARE(store.logReview(m_li, stored->id, bad).error().code, StoreError::Code::InvalidInput);
        QCOMPARE(store.logReview(m_li, 9999, entry).error().code, StoreError::Code::NotFound);
        QCOMPARE(reviewCardStateCode(ReviewCardState::Relearning), 3);
        QCOMPARE(reviewCardStateFromCode(2), std::optional<ReviewCardState>(ReviewCardState::Review));
        QVERIFY(!reviewCardStateFromCode(4));
    }

    // Another trainee, a trainer who is not a manager, and a manager writing someone else's records.
    void refusals()
    {
        LessonProgressStore lessons(*m_db);
        QuizAttemptStore quizzes(*m_db);
        ScenarioRunStore scenarios(*m_db);
        ReviewStore reviews(*m_db);
        const qint64 li = m_li.userId;
        const qint64 attemptId =
            quizzes.startAttempt(m_li, li, QStringLiteral("quiz"), kHashV1, QuizMode::Test, 1, at(0))->id;
        QVERIFY(quizzes.recordAnswer(m_li, attemptId, answer(QStringLiteral("q1"), 1, true)).ok());
        const qint64 runId = scenarios.startRun(m_li, li, QStringLiteral("scenario"), kHashV1, at(0))->id;
        ReviewCardRecord card;
        card.userId = li;
        card.itemId = QStringLiteral("quiz/q1");
        card.due = at(0);
        const qint64 cardId = reviews.upsertCard(m_li, card)->id;
        ReviewLogEntry entry;
        entry.reviewedAt = at(1);
        entry.dueAfter = at(2);

        for (const Actor &other : {m_zhao, m_trainer}) {
            // Reading li's records.
            expectDenied(lessons.progress(other, li, QStringLiteral("l"), kHashV1).error());
            expectDenied(lessons.allProgress(other, li, {}).error());
            expectDenied(quizzes.attempt(other, attemptId).error());
            expectDenied(quizzes.attempts(other, li).error());
            expectDenied(quizzes.answers(other, attemptId).error());
            expectDenied(quizzes.unfinishedAttempt(other, li, QStringLiteral("quiz")).error());
            expectDenied(scenarios.run(other, runId).error());
            expectDenied(scenarios.runs(other, li).error());
            expectDenied(scenarios.turns(other, runId).error());
            expectDenied(scenarios.unfinishedRun(other, li, QStringLiteral("scenario")).error());
            expectDenied(reviews.dueCards(other, li, at(10)).error());
            expectDenied(reviews.card(other, li, ReviewItemKind::Question, QStringLiteral("quiz/q1")).error());
            expectDenied(reviews.reviewLog(other, cardId).error());
        }
        for (const Actor &other : {m_zhao, m_trainer, m_manager, m_lead}) {
            // Writing li's records: only li does.
            expectDenied(lessons.recordOpened(other, li, QStringLiteral("l"), kHashV1, at(1)).error());
            expectDenied(lessons.addTimeSpent(other, li, QStringLiteral("l"), 10).error());
            expectDenied(lessons.recordCompleted(other, li, QStringLiteral("l"), kHashV1, at(1)).error());
            expectDenied(quizzes.startAttempt(other, li, QStringLiteral("quiz"), kHashV1, QuizMode::Test, 1, at(1)).error());
            expectDenied(quizzes.recordAnswer(other, attemptId, answer(QStringLiteral("q2"), 1, true)).error());
            expectDenied(quizzes.finishAttempt(other, attemptId, 1, 1, true, at(2)).error());
            expectDenied(scenarios.startRun(other, li, QStringLiteral("scenario"), kHashV1, at(1)).error());
            expectDenied(scenarios.recordTurn(other, runId, optionTurn(0, QStringLiteral("n"), 0)).error());
            expectDenied(scenarios.finishRun(other, runId, Outcome::Lost, QStringLiteral("e"), {}, 0, at(2)).error());
            expectDenied(reviews.upsertCard(other, card).error());
            expectDenied(reviews.logReview(other, cardId, entry).error());
            expectDenied(reviews.recordReview(other, card, entry).error());
        }
        // Nothing of the refused writes landed.
        QCOMPARE(quizzes.answers(m_li, attemptId)->size(), 1);
        QVERIFY(!quizzes.attempt(m_li, attemptId)->finished());
        QCOMPARE(scenarios.turns(m_li, runId)->size(), 0);
        QCOMPARE(reviews.reviewLog(m_li, cardId)->size(), 0);
        QCOMPARE(lessons.allProgress(m_li, li, {})->size(), 0);

        // Managers (also a trainer who is a manager) read everything.
        for (const Actor &reader : {m_manager, m_lead}) {
            QVERIFY(quizzes.answers(reader, attemptId).ok());
            QVERIFY(scenarios.turns(reader, runId).ok());
            QVERIFY(reviews.dueCards(reader, li, at(10)).ok());
            QVERIFY(lessons.allProgress(reader, li, {}).ok());
        }
    }
};

QTEST_GUILESS_MAIN(TestStores)
#include "tst_stores.moc"
