// QuizSession: one attempt from start to result, with a fake clock — layout from the seed, answers
// graded and committed, time per question, the deadline and its automatic hand-in, resume after a
// closed window, and the review queue for what went wrong.
#include "scoring/quizsession.h"
#include "storage/database.h"
#include "storage/quizattemptstore.h"
#include "storage/reviewstore.h"
#include "../storage/storetestsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dojo;

namespace {

Question choice(const QString &id, QuestionType type, QList<bool> correct)
{
    Question q;
    q.id = id;
    q.type = type;
    q.prompt = QStringLiteral("Prompt of ") + id;
    for (int i = 0; i < correct.size(); ++i)
        q.options.append(ChoiceOption{QStringLiteral("option %1").arg(i), correct[i], {}, {}});
    q.explanation = QStringLiteral("Because.");
    return q;
}

Quiz sampleQuiz(int timeLimitSeconds = 0, bool shuffle = false)
{
    Quiz quiz;
    quiz.id = QStringLiteral("sample");
    quiz.title = QStringLiteral("Sample");
    quiz.passMark = 80;
    quiz.shuffle = shuffle;
    quiz.timeLimitSeconds = timeLimitSeconds;
    quiz.contentHash = QByteArray("abc123");
    quiz.questions.append(choice(QStringLiteral("q-single"), QuestionType::Single, {false, true, false}));
    quiz.questions.append(choice(QStringLiteral("q-multi"), QuestionType::Multiple, {true, true, false}));
    Question tf;
    tf.id = QStringLiteral("q-tf");
    tf.type = QuestionType::TrueFalse;
    tf.answer = true;
    quiz.questions.append(tf);
    Question fill;
    fill.id = QStringLiteral("q-fill");
    fill.type = QuestionType::Fill;
    fill.answers = {QStringLiteral("快捷短语")};
    quiz.questions.append(fill);
    Question order;
    order.id = QStringLiteral("q-order");
    order.type = QuestionType::Ordering;
    order.items = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
    quiz.questions.append(order);
    Question match;
    match.id = QStringLiteral("q-match");
    match.type = QuestionType::Matching;
    match.pairs = {{QStringLiteral("x"), QStringLiteral("1")}, {QStringLiteral("y"), QStringLiteral("2")}};
    quiz.questions.append(match);
    return quiz;
}

// The shown position of a question by id.
int shownOf(const QuizSession &s, const QString &id)
{
    for (int i = 0; i < s.questionCount(); ++i) {
        if (s.question(i)->id == id)
            return i;
    }
    return -1;
}

struct FakeClock {
    QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    void advanceMs(qint64 ms) { now = now.addMSecs(ms); }
    QuizSession::Clock clock()
    {
        return [this] { return now; };
    }
};

} // namespace

class TestQuizSession : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Actor m_li;
    FakeClock m_clock;

    std::optional<ReviewCardRecord> card(const QString &questionId)
    {
        ReviewStore reviews(*m_db);
        auto c = reviews.card(m_li, m_li.userId, ReviewItemKind::Question, questionId);
        if (!c.ok())
            qFatal("review store: %s", qPrintable(c.error().message));
        return c.value();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = test::openDatabase(m_dir->filePath(QStringLiteral("quiz.sqlite")));
        m_li = test::addUserRow(*m_db, QStringLiteral("li"), Role::Trainee);
        m_clock = FakeClock{};
    }
    void cleanup() { m_db.reset(); }

    void layoutComesFromTheSeed()
    {
        const Quiz quiz = sampleQuiz(0, true);
        QuizSession a(quiz, nullptr, {}, 0, m_clock.clock());
        QuizSession b(quiz, nullptr, {}, 0, m_clock.clock());
        QVERIFY(a.start(QuizMode::Practice, 42).ok());
        QVERIFY(b.start(QuizMode::Practice, 42).ok());
        QCOMPARE(a.questionCount(), 6);
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(a.question(i)->id, b.question(i)->id);
            QCOMPARE(a.questionLayout(i)->options, b.questionLayout(i)->options);
            QCOMPARE(a.questionLayout(i)->items, b.questionLayout(i)->items);
        }
        QCOMPARE(a.question(6), nullptr);
        QCOMPARE(a.question(-1), nullptr);
    }

    void practiceAnswerIsGradedStoredAndTimed()
    {
        const Quiz quiz = sampleQuiz();
        QuizSession s(quiz, m_db.get(), m_li, m_li.userId, m_clock.clock());
        QVERIFY(s.recording());
        QVERIFY(s.start(QuizMode::Practice, 7).ok());
        QVERIFY(s.attemptId() > 0);
        QVERIFY(s.feedbackVisible());

        const int single = shownOf(s, QStringLiteral("q-single"));
        const int multi = shownOf(s, QStringLiteral("q-multi"));
        s.setCurrent(single);
        m_clock.advanceMs(7000);
        QVERIFY(s.answer(single, QuizAnswer::choice(QuestionType::Single, {1})).ok());
        QCOMPARE(s.resultAt(single)->verdict, Verdict::Correct);
        QCOMPARE(s.timeSpentMs(single), 7000);

        s.setCurrent(multi);
        m_clock.advanceMs(12000);
        QVERIFY(s.answer(multi, QuizAnswer::choice(QuestionType::Multiple, {0, 2})).ok());
        QCOMPARE(s.resultAt(multi)->verdict, Verdict::Wrong); // 1 right − 1 wrong = 0

        // The first answer stands.
        const StoreStatus again = s.answer(multi, QuizAnswer::choice(QuestionType::Multiple, {0, 1}));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, StoreError::Code::Conflict);
        // An empty answer is not an answer.
        const int tf = shownOf(s, QStringLiteral("q-tf"));
        QCOMPARE(s.answer(tf, QuizAnswer{QuestionType::TrueFalse, {}, {}, {}, {}, {}}).error().code,
                 StoreError::Code::InvalidInput);
        QCOMPARE(s.answer(99, QuizAnswer::trueFalse(true)).error().code, StoreError::Code::InvalidInput);

        QuizAttemptStore store(*m_db);
        auto stored = store.answers(m_li, s.attemptId());
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 2);
        QCOMPARE(stored->at(0).questionId, QStringLiteral("q-single"));
        QCOMPARE(stored->at(0).answerJson, QStringLiteral(R"({"selected":[1],"type":"single"})"));
        QCOMPARE(stored->at(0).correct, true);
        QCOMPARE(stored->at(0).durationMs.value_or(-1), 7000);
        QCOMPARE(stored->at(1).questionId, QStringLiteral("q-multi"));
        QCOMPARE(stored->at(1).pointsAwarded, 0.0);
        QCOMPARE(stored->at(1).durationMs.value_or(-1), 12000);

        // Wrong answers enter the review queue; right ones do not.
        QVERIFY(!card(QStringLiteral("q-single")).has_value());
        QVERIFY(card(QStringLiteral("q-multi")).has_value());
    }

    void timeOnAQuestionAddsUpAcrossVisits()
    {
        const Quiz quiz = sampleQuiz();
        QuizSession s(quiz, nullptr, {}, 0, m_clock.clock());
        QVERIFY(s.start(QuizMode::Test, 1).ok());
        QCOMPARE(s.current(), 0);
        m_clock.advanceMs(5000);
        s.setCurrent(1);
        m_clock.advanceMs(3000);
        s.setCurrent(0);
        m_clock.advanceMs(2000);
        QCOMPARE(s.timeSpentMs(0), 7000);
        QCOMPARE(s.timeSpentMs(1), 3000);
        QVERIFY(s.answer(0, QuizAnswer::choice(QuestionType::Single, {0})).ok());
        m_clock.advanceMs(60000); // time after the answer does not count
        QCOMPARE(s.timeSpentMs(0), 7000);
    }

    void testModeKeepsFeedbackUntilTheEnd()
    {
        const Quiz quiz = sampleQuiz();
        QuizSession s(quiz, m_db.get(), m_li, m_li.userId, m_clock.clock());
        QVERIFY(s.start(QuizMode::Test, 3).ok());
        QVERIFY(!s.feedbackVisible());
        const int fill = shownOf(s, QStringLiteral("q-fill"));
        QVERIFY(s.answer(fill, QuizAnswer::fill(QStringLiteral("快捷 短语。"))).ok());
        QVERIFY(!s.feedbackVisible());
        QCOMPARE(s.nextUnanswered(fill), fill + 1 < s.questionCount() ? fill + 1 : 0);
        QVERIFY(s.finish().ok());
        QVERIFY(s.feedbackVisible());
        QCOMPARE(s.resultAt(fill)->verdict, Verdict::Correct);
    }

    void finishingScoresEverythingAndQueuesTheUnanswered()
    {
        const Quiz quiz = sampleQuiz();
        QuizSession s(quiz, m_db.get(), m_li, m_li.userId, m_clock.clock());
        QVERIFY(s.start(QuizMode::Test, 5).ok());
        QVERIFY(s.answer(shownOf(s, QStringLiteral("q-single")), QuizAnswer::choice(QuestionType::Single, {1})).ok());
        QVERIFY(s.answer(shownOf(s, QStringLiteral("q-tf")), QuizAnswer::trueFalse(true)).ok());
        QVERIFY(s.answer(shownOf(s, QStringLiteral("q-order")), QuizAnswer::ordering({1, 2, 3, 0})).ok()); // 3/4
        QVERIFY(s.finish().ok());
        QVERIFY(s.finished());
        QVERIFY(s.finish().ok()); // again: nothing

        const QuizTotals t = s.totals();
        QCOMPARE(t.maxPoints, 6.0);
        QCOMPARE(t.points, 2.75);
        QCOMPARE(t.correct, 2);
        QCOMPARE(t.partial, 1);
        QCOMPARE(t.unanswered, 3);
        QVERIFY(!t.passed);

        QuizAttemptStore store(*m_db);
        auto attempt = store.attempt(m_li, s.attemptId());
        QVERIFY(attempt.ok());
        QVERIFY(attempt->finished());
        QCOMPARE(attempt->score.value_or(-1), 2.75);
        QCOMPARE(attempt->maxScore.value_or(-1), 6.0);
        QCOMPARE(attempt->passed.value_or(true), false);
        QCOMPARE(attempt->mode, QuizMode::Test);

        QVERIFY(card(QStringLiteral("q-order")).has_value());  // partial
        QVERIFY(card(QStringLiteral("q-fill")).has_value());   // unanswered
        QVERIFY(card(QStringLiteral("q-match")).has_value());  // unanswered
        QVERIFY(!card(QStringLiteral("q-tf")).has_value());    // right

        // Finished: no more answers.
        QCOMPARE(s.answer(shownOf(s, QStringLiteral("q-fill")), QuizAnswer::fill(QStringLiteral("x"))).error().code,
                 StoreError::Code::Conflict);
        auto open = s.unfinishedAttempt();
        QVERIFY(open.ok());
        QVERIFY(!open->has_value());
    }

    void deadlineHandsTheAttemptIn()
    {
        const Quiz quiz = sampleQuiz(60);
        QuizSession s(quiz, m_db.get(), m_li, m_li.userId, m_clock.clock());
        QVERIFY(s.start(QuizMode::Test, 9).ok());
        QCOMPARE(s.deadline(), m_clock.now.addSecs(60));
        QCOMPARE(s.remainingSeconds(), 60);
        m_clock.advanceMs(200);
        QCOMPARE(s.remainingSeconds(), 60); // 59.8 s shows as 60
        m_clock.advanceMs(29800);
        QCOMPARE(s.remainingSeconds(), 30);
        QVERIFY(s.answer(0, QuizAnswer::choice(QuestionType::Single, {1})).ok());
        QVERIFY(!s.finishIfExpired());
        m_clock.advanceMs(30000);
        QCOMPARE(s.remainingSeconds(), 0);
        QVERIFY(s.expired());
        // Too late to answer.
        QCOMPARE(s.answer(1, QuizAnswer::choice(QuestionType::Multiple, {0, 1})).error().code,
                 StoreError::Code::Conflict);
        StoreStatus status;
        QVERIFY(s.finishIfExpired(&status));
        QVERIFY(status.ok());
        QVERIFY(s.finished());
        QVERIFY(!s.finishIfExpired());
        QuizAttemptStore store(*m_db);
        auto attempt = store.attempt(m_li, s.attemptId());
        QVERIFY(attempt->finished());
        QCOMPARE(attempt->finishedAt, m_clock.now);
        QCOMPARE(attempt->score.value_or(-1), 1.0);
    }

    void untimedQuizHasNoDeadline()
    {
        const Quiz quiz = sampleQuiz();
        QuizSession s(quiz, nullptr, {}, 0, m_clock.clock());
        QVERIFY(s.start(QuizMode::Practice, 1).ok());
        QVERIFY(!s.deadline().isValid());
        QCOMPARE(s.remainingSeconds(), -1);
        m_clock.advanceMs(100LL * 3600 * 1000);
        QVERIFY(!s.expired());
        QVERIFY(!s.finishIfExpired());
    }

    void resumeReplaysStoredAnswers()
    {
        const Quiz quiz = sampleQuiz(600, true);
        qint64 attemptId = 0;
        QStringList order;
        {
            QuizSession first(quiz, m_db.get(), m_li, m_li.userId, m_clock.clock());
            QVERIFY(first.start(QuizMode::Practice, 1234).ok());
            attemptId = first.attemptId();
            for (int i = 0; i < first.questionCount(); ++i)
                order.append(first.question(i)->id);
            // Answer the first two shown questions with whatever fits their type.
            for (int i = 0; i < 2; ++i) {
                const Question *q = first.question(i);
                QuizAnswer a;
                switch (q->type) {
                case QuestionType::Single: a = QuizAnswer::choice(q->type, {1}); break;
                case QuestionType::Multiple: a = QuizAnswer::choice(q->type, {0, 1}); break;
                case QuestionType::TrueFalse: a = QuizAnswer::trueFalse(false); break;
                case QuestionType::Fill: a = QuizAnswer::fill(QStringLiteral("快捷短语")); break;
                case QuestionType::Ordering: a = QuizAnswer::ordering({0, 1, 2, 3}); break;
                case QuestionType::Matching: a = QuizAnswer::matching({{0, 1}, {1, 0}}); break;
                }
                if (!first.isAnswered(i))
                    QVERIFY(first.answer(i, a).ok());
            }
            QCOMPARE(first.answeredCount(), 2);
        } // the window closes

        m_clock.advanceMs(120000);
        QuizSession second(quiz, m_db.get(), m_li, m_li.userId, m_clock.clock());
        auto open = second.unfinishedAttempt();
        QVERIFY(open.ok());
        QVERIFY(open->has_value());
        QCOMPARE(open->value().id, attemptId);
        QVERIFY(second.resume(*open.value()).ok());
        QCOMPARE(second.attemptId(), attemptId);
        QCOMPARE(second.mode(), QuizMode::Practice);
        QStringList resumedOrder;
        for (int i = 0; i < second.questionCount(); ++i)
            resumedOrder.append(second.question(i)->id);
        QCOMPARE(resumedOrder, order);
        QCOMPARE(second.answeredCount(), 2);
        QVERIFY(second.isAnswered(0));
        QVERIFY(second.isAnswered(1));
        QCOMPARE(second.current(), 2);
        QVERIFY(second.resultAt(0).has_value());
        // The deadline counts from the original start.
        QCOMPARE(second.remainingSeconds(), 480);
        // A resumed answer is still final.
        QCOMPARE(second.answer(0, QuizAnswer::trueFalse(true)).error().code, StoreError::Code::Conflict);
        QVERIFY(second.finish().ok());
        QuizAttemptStore store(*m_db);
        QVERIFY(store.attempt(m_li, attemptId)->finished());
    }

    void resumeAfterTheDeadlineHandsIn()
    {
        const Quiz quiz = sampleQuiz(60);
        QuizAttempt attempt;
        {
            QuizSession first(quiz, m_db.get(), m_li, m_li.userId, m_clock.clock());
            QVERIFY(first.start(QuizMode::Test, 8).ok());
            QVERIFY(first.answer(0, QuizAnswer::choice(QuestionType::Single, {1})).ok());
            attempt = *first.unfinishedAttempt().value();
        }
        m_clock.advanceMs(3600 * 1000);
        QuizSession second(quiz, m_db.get(), m_li, m_li.userId, m_clock.clock());
        QVERIFY(second.resume(attempt).ok());
        QVERIFY(second.finished());
        QCOMPARE(second.totals().points, 1.0);
        QVERIFY(QuizAttemptStore(*m_db).attempt(m_li, attempt.id)->finished());
        // A finished attempt cannot be resumed.
        QuizSession third(quiz, m_db.get(), m_li, m_li.userId, m_clock.clock());
        auto refused = third.resume(*QuizAttemptStore(*m_db).attempt(m_li, attempt.id));
        QCOMPARE(refused.error().code, StoreError::Code::Conflict);
    }

    void resumeSkipsQuestionsNoLongerInTheQuiz()
    {
        Quiz quiz = sampleQuiz();
        QuizAttempt attempt;
        {
            QuizSession first(quiz, m_db.get(), m_li, m_li.userId, m_clock.clock());
            QVERIFY(first.start(QuizMode::Practice, 2).ok());
            QVERIFY(first.answer(shownOf(first, QStringLiteral("q-single")),
                                 QuizAnswer::choice(QuestionType::Single, {1})).ok());
            QVERIFY(first.answer(shownOf(first, QStringLiteral("q-tf")), QuizAnswer::trueFalse(true)).ok());
            attempt = *first.unfinishedAttempt().value();
        }
        Quiz edited = quiz;
        edited.questions.removeAt(0); // the trainer removed q-single
        QuizSession second(edited, m_db.get(), m_li, m_li.userId, m_clock.clock());
        QVERIFY(second.resume(attempt).ok());
        QCOMPARE(second.answeredCount(), 1);
        QVERIFY(second.isAnswered(shownOf(second, QStringLiteral("q-tf"))));
    }

    void withoutADatabaseNothingIsWritten()
    {
        const Quiz quiz = sampleQuiz();
        QuizSession s(quiz, nullptr, {}, 0, m_clock.clock());
        QVERIFY(!s.recording());
        QVERIFY(s.start(QuizMode::Practice).ok());
        QCOMPARE(s.attemptId(), 0);
        QVERIFY(s.answer(0, QuizAnswer::choice(QuestionType::Single, {1})).ok());
        QVERIFY(s.finish().ok());
        QCOMPARE(s.totals().correct, 1);
        QVERIFY(!s.unfinishedAttempt()->has_value());
        QuizAttemptStore store(*m_db);
        QVERIFY(store.attempts(m_li, m_li.userId)->isEmpty());
    }

    void anotherUsersAttemptIsRefused()
    {
        const Quiz quiz = sampleQuiz();
        const Actor zhao = test::addUserRow(*m_db, QStringLiteral("zhao"), Role::Trainee);
        QuizAttempt attempt;
        {
            QuizSession first(quiz, m_db.get(), m_li, m_li.userId, m_clock.clock());
            QVERIFY(first.start(QuizMode::Practice, 2).ok());
            attempt = *first.unfinishedAttempt().value();
        }
        QuizSession other(quiz, m_db.get(), zhao, zhao.userId, m_clock.clock());
        QVERIFY(!other.unfinishedAttempt()->has_value());
        QVERIFY(!other.resume(attempt).ok());
    }
};

QTEST_GUILESS_MAIN(TestQuizSession)
#include "tst_quizsession.moc"
