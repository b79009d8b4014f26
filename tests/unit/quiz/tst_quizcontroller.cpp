// QuizController with the bundled course and a signed-in trainee: practice and test runs answered
// through the presenter's QML shapes, the timer's hand-in (fake clock), resume, results rows, the
// records it leaves in the database, and QuestionPresenter's round trips over every bundled question.
#include "backendfixture.h"
#include "questionpresenter.h"
#include "quizcontroller.h"
#include "storage/quizattemptstore.h"
#include "storage/reviewstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace dojo;

namespace {

// A wrong answer in QML form for the current question: picks what the right answer does not.
QVariant wrongAnswer(const QVariantMap &question, const QVariant &right)
{
    const QString type = question.value(QStringLiteral("type")).toString();
    const QVariantMap r = right.toMap();
    if (type == QLatin1String("single") || type == QLatin1String("multiple")) {
        const QVariantList rightSel = r.value(QStringLiteral("selected")).toList();
        const int n = int(question.value(QStringLiteral("options")).toList().size());
        for (int i = 0; i < n; ++i) {
            if (!rightSel.contains(i))
                return QVariantMap{{QStringLiteral("selected"), QVariantList{i}}};
        }
    }
    if (type == QLatin1String("truefalse"))
        return QVariantMap{{QStringLiteral("value"), !r.value(QStringLiteral("value")).toBool()}};
    if (type == QLatin1String("fill"))
        return QVariantMap{{QStringLiteral("text"), QStringLiteral("完全不对的答案 zzz")}};
    if (type == QLatin1String("ordering")) {
        QVariantList order = r.value(QStringLiteral("order")).toList();
        std::reverse(order.begin(), order.end());
        return QVariantMap{{QStringLiteral("order"), order}};
    }
    if (type == QLatin1String("matching")) {
        // Everyone shifted by one: no pair right.
        QVariantList m = r.value(QStringLiteral("matches")).toList();
        std::rotate(m.begin(), m.begin() + 1, m.end());
        return QVariantMap{{QStringLiteral("matches"), m}};
    }
    return {};
}

struct FakeClock {
    QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
};

} // namespace

class TestQuizController : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<BackendFixture> m_world;

    QList<QuizAttempt> attempts(const QString &quizId)
    {
        QuizAttemptStore store(m_world->db());
        auto all = store.attempts(m_world->trainee.actor(), m_world->trainee.id, quizId);
        if (!all.ok())
            qFatal("%s", qPrintable(all.error().message));
        return all.value();
    }

private slots:
    void init()
    {
        m_world = std::make_unique<BackendFixture>();
        QVERIFY2(m_world->ok(), qPrintable(m_world->error));
    }
    void cleanup() { m_world.reset(); }

    void introDescribesTheQuiz()
    {
        QuizController c;
        QCOMPARE(c.state(), QStringLiteral("unavailable"));
        c.setQuizId(QStringLiteral("quiz-chat"));
        QCOMPARE(c.state(), QStringLiteral("intro"));
        QVERIFY(c.available());
        QVERIFY(!c.title().isEmpty());
        const Quiz *quiz = m_world->course().quiz(QStringLiteral("quiz-chat"));
        QCOMPARE(c.questionCount(), int(quiz->questions.size()));
        QCOMPARE(c.timeLimitSeconds(), 900);
        QVERIFY(c.timed());
        QCOMPARE(c.passMark(), quiz->passMark);
        QVERIFY(c.recording());
        QVERIFY(!c.canResume());
        QCOMPARE(c.bestPercent(), -1);
        QCOMPARE(c.remainingSeconds(), -1);
    }

    void unknownQuizIsUnavailable()
    {
        QuizController c;
        c.setQuizId(QStringLiteral("no-such-quiz"));
        QCOMPARE(c.state(), QStringLiteral("unavailable"));
        QVERIFY(!c.start(QStringLiteral("practice")));
        QVERIFY(!c.errorMessage().isEmpty());
        QVERIFY(!c.submit(QVariantMap{}));
    }

    void badModeIsRefused()
    {
        QuizController c;
        c.setQuizId(QStringLiteral("quiz-mindset"));
        QVERIFY(!c.start(QStringLiteral("exam")));
        QVERIFY(c.errorMessage().contains(QStringLiteral("exam")));
        QCOMPARE(c.state(), QStringLiteral("intro"));
    }

    void practiceAllRightPasses()
    {
        QuizController c;
        c.setQuizId(QStringLiteral("quiz-mindset"));
        QSignalSpy records(AppSession::instance(), &AppSession::recordsChanged);
        QVERIFY(c.start(QStringLiteral("practice")));
        QCOMPARE(c.state(), QStringLiteral("question"));
        QCOMPARE(c.mode(), QStringLiteral("practice"));
        QVERIFY(!c.timed());
        const int n = c.questionCount();
        for (int i = 0; i < n; ++i) {
            QCOMPARE(c.currentIndex(), i);
            QVERIFY(c.feedback().isEmpty());
            QVERIFY(!c.currentAnswered());
            QVERIFY(c.submit(c.rightAnswer(c.currentIndex())));
            QCOMPARE(c.state(), QStringLiteral("feedback"));
            QCOMPARE(c.feedback().value(QStringLiteral("verdict")).toString(), QStringLiteral("correct"));
            QVERIFY(c.currentAnswered());
            QVERIFY(c.givenAnswer().isValid());
            // A second submit of the same question is refused.
            QVERIFY(!c.submit(c.rightAnswer(c.currentIndex())));
            c.next();
        }
        QCOMPARE(c.state(), QStringLiteral("results"));
        QCOMPARE(c.totals().value(QStringLiteral("percent")).toInt(), 100);
        QVERIFY(c.totals().value(QStringLiteral("passed")).toBool());
        QCOMPARE(c.results().size(), n);
        for (const QVariant &row : c.results()) {
            const QVariantMap r = row.toMap();
            QCOMPARE(r.value(QStringLiteral("verdict")).toString(), QStringLiteral("correct"));
            QVERIFY(!r.value(QStringLiteral("questionId")).toString().isEmpty());
            QVERIFY(!r.value(QStringLiteral("given")).toString().isEmpty());
            QVERIFY(!r.value(QStringLiteral("rightAnswer")).toString().isEmpty());
            QVERIFY(!r.value(QStringLiteral("seeLesson")).toString().isEmpty());
        }
        QVERIFY(records.count() >= n);

        const auto done = attempts(QStringLiteral("quiz-mindset"));
        QCOMPARE(done.size(), 1);
        QVERIFY(done.first().finished());
        QCOMPARE(done.first().passed.value_or(false), true);
        QCOMPARE(done.first().mode, QuizMode::Practice);

        c.retry();
        QCOMPARE(c.state(), QStringLiteral("intro"));
        QCOMPARE(c.bestPercent(), 100);
        QCOMPARE(c.finishedAttempts(), 1);
        QVERIFY(c.results().isEmpty());
    }

    void testModeHidesFeedbackAndQueuesMistakes()
    {
        QuizController c;
        c.setQuizId(QStringLiteral("quiz-mindset"));
        QVERIFY(c.start(QStringLiteral("test")));
        QCOMPARE(c.mode(), QStringLiteral("test"));
        const QString firstId = c.question().value(QStringLiteral("id")).toString();
        QVERIFY(c.submit(wrongAnswer(c.question(), c.rightAnswer(0))));
        // Saved, no feedback, on to the next question.
        QCOMPARE(c.state(), QStringLiteral("question"));
        QCOMPARE(c.currentIndex(), 1);
        QCOMPARE(c.answeredCount(), 1);
        QCOMPARE(c.questionStates().value(0).toString(), QStringLiteral("answered"));
        c.previous();
        QCOMPARE(c.currentIndex(), 0);
        QVERIFY(c.currentAnswered());
        QVERIFY(c.feedback().isEmpty());
        QVERIFY(!c.submit(c.rightAnswer(0))); // final
        c.goTo(2);
        QVERIFY(c.submit(c.rightAnswer(2)));
        c.finish();
        QCOMPARE(c.state(), QStringLiteral("results"));
        const QVariantList rows = c.results();
        QCOMPARE(rows.size(), c.questionCount());
        QCOMPARE(rows[0].toMap().value(QStringLiteral("questionId")).toString(), firstId);
        QCOMPARE(rows[0].toMap().value(QStringLiteral("verdict")).toString(), QStringLiteral("wrong"));
        QCOMPARE(rows[1].toMap().value(QStringLiteral("verdict")).toString(), QStringLiteral("unanswered"));
        QCOMPARE(rows[2].toMap().value(QStringLiteral("verdict")).toString(), QStringLiteral("correct"));
        QCOMPARE(c.totals().value(QStringLiteral("correct")).toInt(), 1);
        QCOMPARE(c.totals().value(QStringLiteral("unanswered")).toInt(), c.questionCount() - 2);
        QVERIFY(!c.totals().value(QStringLiteral("passed")).toBool());

        ReviewStore reviews(m_world->db());
        auto wrongCard = reviews.card(m_world->trainee.actor(), m_world->trainee.id, ReviewItemKind::Question, firstId);
        QVERIFY(wrongCard.ok());
        QVERIFY(wrongCard->has_value());
        const QString rightId = rows[2].toMap().value(QStringLiteral("questionId")).toString();
        auto rightCard = reviews.card(m_world->trainee.actor(), m_world->trainee.id, ReviewItemKind::Question, rightId);
        QVERIFY(rightCard.ok());
        QVERIFY(!rightCard->has_value());
    }

    void timerHandsInAtZero()
    {
        FakeClock clock;
        QuizController c;
        c.setClock([&clock] { return clock.now; });
        c.setQuizId(QStringLiteral("quiz-chat"));
        QSignalSpy remaining(&c, &QuizController::remainingChanged);
        QVERIFY(c.start(QStringLiteral("test")));
        QCOMPARE(c.remainingSeconds(), 900);
        QVERIFY(c.submit(c.rightAnswer(0)));
        clock.now = clock.now.addSecs(840);
        c.tick();
        QCOMPARE(c.remainingSeconds(), 60);
        QCOMPARE(c.state(), QStringLiteral("question"));
        QVERIFY(remaining.count() >= 2);
        clock.now = clock.now.addSecs(60);
        // An answer given at zero is not taken; the attempt is handed in instead.
        QVERIFY(!c.submit(c.rightAnswer(c.currentIndex())));
        QCOMPARE(c.state(), QStringLiteral("results"));
        QVERIFY(c.timeExpired());
        QCOMPARE(c.remainingSeconds(), 0);
        QCOMPARE(c.totals().value(QStringLiteral("correct")).toInt(), 1);
        const auto done = attempts(QStringLiteral("quiz-chat"));
        QCOMPARE(done.size(), 1);
        QVERIFY(done.first().finished());
    }

    void timerTickAloneHandsIn()
    {
        FakeClock clock;
        QuizController c;
        c.setClock([&clock] { return clock.now; });
        c.setQuizId(QStringLiteral("quiz-chat"));
        QVERIFY(c.start(QStringLiteral("practice")));
        clock.now = clock.now.addSecs(901);
        c.tick();
        QCOMPARE(c.state(), QStringLiteral("results"));
        QVERIFY(c.timeExpired());
        QCOMPARE(c.totals().value(QStringLiteral("unanswered")).toInt(), c.questionCount());
    }

    void resumeContinuesTheAttempt()
    {
        QString secondId;
        {
            QuizController first;
            first.setQuizId(QStringLiteral("quiz-product"));
            QVERIFY(first.start(QStringLiteral("practice")));
            QVERIFY(first.submit(first.rightAnswer(0)));
            first.next();
            secondId = first.question().value(QStringLiteral("id")).toString();
        } // the page closes mid-quiz

        QuizController again;
        again.setQuizId(QStringLiteral("quiz-product"));
        QVERIFY(again.canResume());
        QVERIFY(again.resumeSummary().contains(QStringLiteral("1")));
        QVERIFY(again.resume());
        QCOMPARE(again.state(), QStringLiteral("question"));
        QCOMPARE(again.answeredCount(), 1);
        QCOMPARE(again.currentIndex(), 1);
        QCOMPARE(again.question().value(QStringLiteral("id")).toString(), secondId);
        QVERIFY(!again.canResume());
        // The first question shows its feedback when visited again.
        again.goTo(0);
        QCOMPARE(again.state(), QStringLiteral("feedback"));
        QCOMPARE(again.feedback().value(QStringLiteral("verdict")).toString(), QStringLiteral("correct"));
        again.finish();
        QCOMPARE(attempts(QStringLiteral("quiz-product")).size(), 1);

        QuizController third;
        third.setQuizId(QStringLiteral("quiz-product"));
        QVERIFY(!third.canResume());
        QVERIFY(!third.resume());
    }

    void signedOutRunsWithoutSaving()
    {
        m_world->session->signOut();
        QuizController c;
        c.setQuizId(QStringLiteral("quiz-mindset"));
        QVERIFY(!c.recording());
        QVERIFY(c.start(QStringLiteral("practice")));
        QVERIFY(c.submit(c.rightAnswer(0)));
        c.finish();
        QCOMPARE(c.state(), QStringLiteral("results"));
        QuizAttemptStore store(m_world->db());
        auto all = store.attempts(m_world->manager.actor(), m_world->trainee.id);
        QVERIFY(all.ok());
        QVERIFY(all->isEmpty());
    }

    void presenterRoundTripsEveryBundledQuestion()
    {
        for (const Quiz &quiz : m_world->course().quizzes) {
            const QuizLayout layout = QuizLayout::build(quiz, 77);
            for (const QuestionLayout &ql : layout.questions) {
                const Question &q = quiz.questions[ql.question];
                const QVariantMap shown = QuestionPresenter::questionMap(q, ql);
                QCOMPARE(shown.value(QStringLiteral("id")).toString(), q.id);
                QCOMPARE(shown.value(QStringLiteral("type")).toString(), questionTypeName(q.type));
                QVERIFY(!shown.value(QStringLiteral("typeLabel")).toString().isEmpty());

                // The right answer, in original indices, survives the trip to QML and back.
                QuizAnswer right;
                switch (q.type) {
                case QuestionType::Single:
                case QuestionType::Multiple: {
                    QList<int> sel;
                    for (int i = 0; i < q.options.size(); ++i)
                        if (q.options[i].correct)
                            sel.append(i);
                    right = QuizAnswer::choice(q.type, sel);
                    QCOMPARE(shown.value(QStringLiteral("options")).toList().size(), q.options.size());
                    break;
                }
                case QuestionType::TrueFalse:
                    right = QuizAnswer::trueFalse(q.answer);
                    QCOMPARE(shown.value(QStringLiteral("options")).toList().size(), 2);
                    break;
                case QuestionType::Fill:
                    right = QuizAnswer::fill(q.answers.value(0));
                    break;
                case QuestionType::Ordering: {
                    QList<int> order;
                    for (int i = 0; i < q.items.size(); ++i)
                        order.append(i);
                    right = QuizAnswer::ordering(order);
                    QCOMPARE(shown.value(QStringLiteral("items")).toList().size(), q.items.size());
                    break;
                }
                case QuestionType::Matching: {
                    QMap<int, int> m;
                    for (int i = 0; i < q.pairs.size(); ++i)
                        m.insert(i, i);
                    right = QuizAnswer::matching(m);
                    QCOMPARE(shown.value(QStringLiteral("lefts")).toList().size(), q.pairs.size());
                    QCOMPARE(shown.value(QStringLiteral("rights")).toList().size(), q.pairs.size());
                    break;
                }
                }
                const QVariant qml = QuestionPresenter::answerToQml(q, ql, right);
                const QuizAnswer back = QuestionPresenter::answerFromQml(q, ql, qml);
                QVERIFY2(back == right, qPrintable(q.id + QStringLiteral(": ") + QString::fromUtf8(back.toJson())));
                const GradeResult graded = QuizGrader::grade(q, back);
                QVERIFY2(graded.correct, qPrintable(q.id));
                const QVariantMap fb = QuestionPresenter::feedbackMap(q, ql, back, graded);
                QCOMPARE(fb.value(QStringLiteral("verdict")).toString(), QStringLiteral("correct"));
                QVERIFY(!fb.value(QStringLiteral("rightAnswer")).toString().isEmpty());
            }
        }
    }

    void presenterMapsShownPositions()
    {
        Question q;
        q.id = QStringLiteral("q");
        q.type = QuestionType::Multiple;
        q.options = {{QStringLiteral("A"), true, {}, {}}, {QStringLiteral("B"), false, QStringLiteral("B is off"), {}},
                     {QStringLiteral("C"), true, {}, {}}};
        QuestionLayout l;
        l.options = {2, 0, 1}; // shown C, A, B
        const QVariantMap m = QuestionPresenter::questionMap(q, l);
        const QVariantList options = m.value(QStringLiteral("options")).toList();
        QCOMPARE(options[0].toMap().value(QStringLiteral("text")).toString(), QStringLiteral("C"));
        QCOMPARE(options[2].toMap().value(QStringLiteral("text")).toString(), QStringLiteral("B"));
        // Shown 0 (C) and 2 (B) -> original 1 and 2, sorted.
        const QuizAnswer a = QuestionPresenter::answerFromQml(
            q, l, QVariantMap{{QStringLiteral("selected"), QVariantList{0, 2, 7, 0}}});
        QCOMPARE(a.selected, (QList<int>{1, 2}));
        const QVariantMap fb = QuestionPresenter::feedbackMap(q, l, a, QuizGrader::grade(q, a));
        QCOMPARE(fb.value(QStringLiteral("verdict")).toString(), QStringLiteral("wrong"));
        QCOMPARE(fb.value(QStringLiteral("optionStates")).toList(),
                 (QVariantList{QStringLiteral("right"), QStringLiteral("missed"), QStringLiteral("wrong")}));
        QVERIFY(fb.value(QStringLiteral("details")).toStringList().contains(QStringLiteral("B is off")));
        // Wrong shapes are unanswered, never a crash.
        QVERIFY(QuestionPresenter::answerFromQml(q, l, QVariant()).isEmpty());
        QVERIFY(QuestionPresenter::answerFromQml(q, l, QStringLiteral("nonsense")).isEmpty());

        Question m2;
        m2.id = QStringLiteral("m");
        m2.type = QuestionType::Matching;
        m2.pairs = {{QStringLiteral("x"), QStringLiteral("1")}, {QStringLiteral("y"), QStringLiteral("2")}};
        QuestionLayout ml;
        ml.rights = {1, 0}; // shown "2", "1"
        const QuizAnswer pairs = QuestionPresenter::answerFromQml(
            m2, ml, QVariantMap{{QStringLiteral("matches"), QVariantList{1, -1}}});
        QCOMPARE(pairs.matches, (QMap<int, int>{{0, 0}}));
        const QVariantMap pfb = QuestionPresenter::feedbackMap(m2, ml, pairs, QuizGrader::grade(m2, pairs));
        QCOMPARE(pfb.value(QStringLiteral("verdict")).toString(), QStringLiteral("partial"));
        QCOMPARE(pfb.value(QStringLiteral("pairStates")).toList()[0].toMap().value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(pfb.value(QStringLiteral("pairStates")).toList()[1].toMap().value(QStringLiteral("ok")).toBool(), false);
    }
};

QTEST_MAIN(TestQuizController)
#include "tst_quizcontroller.moc"
