// A review session (app/core/review/reviewsession.h) on a small in-memory course and a fake clock:
// only due cards come up, each answer is graded and rated as docs/scoring.md "Review queue" says and
// moves the FSRS schedule, cards whose content vanished are skipped and counted, decisions are judged
// against the best run from their node.
#include "review/reviewrecorder.h"
#include "review/reviewsession.h"

#include "../storage/storetestsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace dojo;

namespace {

ChoiceOption option(const QString &text, bool correct)
{
    ChoiceOption o;
    o.text = text;
    o.correct = correct;
    return o;
}

ScenarioOption reply(const QString &text, const QString &next, int mood, ScoreDeltas scores,
                     const QString &landmine = {})
{
    ScenarioOption o;
    o.text = text;
    o.next = next;
    o.mood = mood;
    o.scores = std::move(scores);
    o.landmine = landmine;
    o.feedback = QStringLiteral("feedback for ") + text;
    return o;
}

// Quiz "basics": a single-choice, a fill-in and an ordering question. Scenario "parcel":
//   greet   0 apologise (+2 attitude, mood +10) → offer     ← the best run's choice
//           1 "check it yourself" (landmine cold, −5 compliance, mood −20) → calm
//           2 "hello" (no points) → offer
//   calm    0 apologise now → offer (only reachable through the landmine)
//   offer   0 resend (+3 resolution) → explain   ← best;   1 refund (+1 resolution) → explain
//   explain free reply: must contain "sorry"; → done
Course makeCourse()
{
    Course c;
    c.id = QStringLiteral("test");
    c.locale = QStringLiteral("en");
    c.landmines = {{QStringLiteral("cold"), QStringLiteral("Cold tone"), {}}};

    Quiz quiz;
    quiz.id = QStringLiteral("basics");
    quiz.title = QStringLiteral("Basics");
    Question single;
    single.id = QStringLiteral("q-single");
    single.type = QuestionType::Single;
    single.prompt = QStringLiteral("Which greeting?");
    single.options = {option(QStringLiteral("Hello, how can I help?"), true), option(QStringLiteral("What?"), false)};
    single.explanation = QStringLiteral("Greet and offer help.");
    Question fill;
    fill.id = QStringLiteral("q-fill");
    fill.type = QuestionType::Fill;
    fill.prompt = QStringLiteral("The feature that inserts saved text is a …");
    fill.answers = {QStringLiteral("quick reply")};
    Question ordering;
    ordering.id = QStringLiteral("q-order");
    ordering.type = QuestionType::Ordering;
    ordering.prompt = QStringLiteral("Order the steps");
    ordering.items = {QStringLiteral("greet"), QStringLiteral("listen"), QStringLiteral("solve"),
                      QStringLiteral("close")};
    quiz.questions = {single, fill, ordering};
    c.quizzes = {quiz};

    Scenario s;
    s.id = QStringLiteral("parcel");
    s.title = QStringLiteral("Late parcel");
    s.persona = {QStringLiteral("Ms Wang"), QStringLiteral("Her parcel is late."), 50};
    s.targetReplySeconds = 40;
    s.start = QStringLiteral("greet");
    ScenarioNode greet;
    greet.id = QStringLiteral("greet");
    greet.customer = QStringLiteral("Where is my parcel?");
    greet.options = {reply(QStringLiteral("apologise"), QStringLiteral("offer"), 10, {{QStringLiteral("attitude"), 2}}),
                     reply(QStringLiteral("check it yourself"), QStringLiteral("calm"), -20,
                           {{QStringLiteral("compliance"), -5}}, QStringLiteral("cold")),
                     reply(QStringLiteral("hello"), QStringLiteral("offer"), 0, {})};
    ScenarioNode calm;
    calm.id = QStringLiteral("calm");
    calm.customer = QStringLiteral("Excuse me?");
    calm.options = {reply(QStringLiteral("apologise now"), QStringLiteral("offer"), 5, {{QStringLiteral("attitude"), 1}})};
    ScenarioNode offer;
    offer.id = QStringLiteral("offer");
    offer.customer = QStringLiteral("So what now?");
    offer.options = {reply(QStringLiteral("resend"), QStringLiteral("explain"), 5, {{QStringLiteral("resolution"), 3}}),
                     reply(QStringLiteral("refund"), QStringLiteral("explain"), 0, {{QStringLiteral("resolution"), 1}})};
    ScenarioNode explain;
    explain.id = QStringLiteral("explain");
    explain.customer = QStringLiteral("Why did this happen?");
    FreeReply fr;
    fr.prompt = QStringLiteral("Explain and apologise");
    ReplyElement sorry;
    sorry.id = QStringLiteral("apology");
    sorry.label = QStringLiteral("apology");
    sorry.phrases = {QStringLiteral("sorry")};
    sorry.scores = {{QStringLiteral("attitude"), 2}};
    fr.required = {sorry};
    fr.next = QStringLiteral("done");
    fr.moodPass = 10;
    fr.moodFail = -10;
    explain.freeReply = fr;
    s.nodes = {greet, calm, offer, explain};
    Ending done;
    done.id = QStringLiteral("done");
    done.outcome = Outcome::Resolved;
    done.title = QStringLiteral("Sorted");
    s.endings = {done};
    c.scenarios = {s};
    return c;
}

} // namespace

class TestReviewSession : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void onlyDueCardsComeUp();
    void emptyQueue();
    void questionRatingsMoveTheSchedule();
    void againComesBackSoonerThanGood();
    void vanishedContentIsSkipped();
    void decisionGrading_data();
    void decisionGrading();
    void freeReplyDecision();
    void referenceMood();
    void answerOnceOnly();
    void leavingEarlyRatesNothingMore();
    void questionLayoutIsShuffledForOrdering();

private:
    ReviewSession makeSession() { return ReviewSession(*m_db, m_course, m_trainee, m_trainee.userId, [this] { return m_now; }); }
    void queue(const ReviewItemKey &key, const QDateTime &at)
    {
        ReviewRecorder recorder(*m_db);
        auto stored = recorder.rate(m_trainee, m_trainee.userId, key, Rating::Again, at);
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));
    }
    int logSize(const ReviewItemKey &key)
    {
        ReviewStore store(*m_db);
        auto card = store.card(m_trainee, m_trainee.userId, reviewItemKind(key), key.itemId());
        if (!card.ok() || !card.value())
            return -1;
        auto log = store.reviewLog(m_trainee, card.value()->id);
        return log.ok() ? int(log.value().size()) : -1;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Course m_course;
    Actor m_trainee;
    QDateTime m_t0 = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    QDateTime m_now;
};

void TestReviewSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = test::openDatabase(m_dir->filePath(QStringLiteral("review.sqlite")));
    m_trainee = test::addUserRow(*m_db, QStringLiteral("lin"), Roles(Role::Trainee));
    m_course = makeCourse();
    m_now = m_t0;
}

void TestReviewSession::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestReviewSession::onlyDueCardsComeUp()
{
    // A wrong answer through the recorder, as the quiz player stores it: due again after 1 minute.
    ReviewRecorder recorder(*m_db);
    GradeResult wrong;
    wrong.verdict = Verdict::Wrong;
    wrong.maxPoints = 1;
    auto stored = recorder.recordQuestion(m_trainee, m_trainee.userId, QStringLiteral("q-single"),
                                          QuestionType::Single, wrong, 4000, m_t0);
    QVERIFY(stored.ok() && stored.value());
    queue(ReviewItemKey::question(QStringLiteral("q-fill")), m_t0.addSecs(3600));

    m_now = m_t0.addSecs(30); // nothing due yet
    ReviewSession early = makeSession();
    QVERIFY(early.load(1).ok());
    QCOMPARE(early.items().size(), 0);
    QVERIFY(early.isFinished());
    QCOMPARE(early.summary().nextDue, m_t0.addSecs(60));

    m_now = m_t0.addSecs(600);
    ReviewSession session = makeSession();
    QVERIFY(session.load(1).ok());
    QCOMPARE(session.items().size(), 1);
    QCOMPARE(session.current()->key.toString(), QStringLiteral("question:q-single"));
    QCOMPARE(session.current()->quizId, QStringLiteral("basics"));
    QCOMPARE(session.current()->question.prompt, QStringLiteral("Which greeting?"));
    QCOMPARE(ReviewSession::dueCount(*m_db, m_course, m_trainee, m_trainee.userId, m_now).value(), 1);

    m_now = m_t0.addSecs(2 * 3600); // both due, most overdue first
    QVERIFY(session.load(1).ok());
    QCOMPARE(session.items().size(), 2);
    QCOMPARE(session.items()[0].key.id, QStringLiteral("q-single"));
    QCOMPARE(session.items()[1].key.id, QStringLiteral("q-fill"));
}

void TestReviewSession::emptyQueue()
{
    ReviewSession session = makeSession();
    QVERIFY(session.load(1).ok());
    QVERIFY(session.isFinished());
    QCOMPARE(session.current(), nullptr);
    const ReviewSummary s = session.summary();
    QCOMPARE(s.reviewed, 0);
    QCOMPARE(s.skipped, 0);
    QVERIFY(!s.nextDue.isValid());
    QVERIFY(!session.answerQuestion(QuizAnswer::choice(QuestionType::Single, {0}), 1000).ok());
    QVERIFY(!session.chooseOption(0, 1000).ok());
}

void TestReviewSession::questionRatingsMoveTheSchedule()
{
    queue(ReviewItemKey::question(QStringLiteral("q-single")), m_t0);
    queue(ReviewItemKey::question(QStringLiteral("q-fill")), m_t0);
    queue(ReviewItemKey::question(QStringLiteral("q-order")), m_t0);
    m_now = m_t0.addSecs(120);
    ReviewSession session = makeSession();
    QVERIFY(session.load(1).ok());
    QCOMPARE(session.items().size(), 3);

    // q-single right within 10 s → Easy.
    auto a = session.answerQuestion(QuizAnswer::choice(QuestionType::Single, {0}), 5000);
    QVERIFY(a.ok());
    QCOMPARE(a->rating, Rating::Easy);
    QVERIFY(a->right());
    QCOMPARE(a->grade->verdict, Verdict::Correct);
    QVERIFY(a->grade->explanations.contains(QStringLiteral("Greet and offer help.")));
    QCOMPARE(session.currentAnswer()->rating, Rating::Easy);
    session.next();

    // q-fill right after a minute (normalised: case, trailing punctuation) → Good.
    a = session.answerQuestion(QuizAnswer::fill(QStringLiteral("Quick Reply.")), 60000);
    QVERIFY(a.ok());
    QCOMPARE(a->rating, Rating::Good);
    session.next();

    // q-order half right → Hard.
    a = session.answerQuestion(QuizAnswer::ordering({1, 0, 3, 2}), 30000);
    QVERIFY(a.ok());
    QCOMPARE(a->grade->verdict, Verdict::Partial);
    QCOMPARE(a->rating, Rating::Hard);
    QVERIFY(!a->right());
    session.next();

    QVERIFY(session.isFinished());
    const ReviewSummary s = session.summary();
    QCOMPARE(s.reviewed, 3);
    QCOMPARE(s.easy, 1);
    QCOMPARE(s.good, 1);
    QCOMPARE(s.hard, 1);
    QCOMPARE(s.again, 0);
    QCOMPARE(s.remaining, 0);
    QVERIFY(s.nextDue > m_now);
    // Each card got its log line: the Again that queued it, then this review.
    QCOMPARE(logSize(ReviewItemKey::question(QStringLiteral("q-single"))), 2);
    QCOMPARE(logSize(ReviewItemKey::question(QStringLiteral("q-order"))), 2);

    // Nothing is due straight after.
    ReviewSession again = makeSession();
    QVERIFY(again.load(1).ok());
    QCOMPARE(again.items().size(), 0);
    QCOMPARE(again.summary().nextDue, s.nextDue);
}

void TestReviewSession::againComesBackSoonerThanGood()
{
    // Two cards with the same history; one answered wrong, one right.
    for (const QString &id : {QStringLiteral("q-single"), QStringLiteral("q-fill")}) {
        queue(ReviewItemKey::question(id), m_t0);
        QVERIFY(ReviewRecorder(*m_db)
                    .rate(m_trainee, m_trainee.userId, ReviewItemKey::question(id), Rating::Good, m_t0.addSecs(120))
                    .ok());
    }
    m_now = m_t0.addDays(1);
    ReviewSession session = makeSession();
    QVERIFY(session.load(1).ok());
    QCOMPARE(session.items().size(), 2);
    QDateTime wrongDue, rightDue;
    while (!session.isFinished()) {
        const ReviewItem *item = session.current();
        StoreResult<ReviewAnswer> a = item->question.type == QuestionType::Single
                                          ? session.answerQuestion(QuizAnswer::choice(QuestionType::Single, {1}), 60000)
                                          : session.answerQuestion(QuizAnswer::fill(QStringLiteral("quick reply")), 60000);
        QVERIFY(a.ok());
        if (item->question.type == QuestionType::Single) {
            QCOMPARE(a->rating, Rating::Again);
            wrongDue = a->cardAfter.due;
        } else {
            QCOMPARE(a->rating, Rating::Good);
            rightDue = a->cardAfter.due;
        }
        session.next();
    }
    QVERIFY(wrongDue.isValid() && rightDue.isValid());
    QVERIFY2(wrongDue < rightDue, qPrintable(wrongDue.toString(Qt::ISODate) + u" vs " + rightDue.toString(Qt::ISODate)));
    QVERIFY(wrongDue <= m_now.addSecs(600)); // the relearning step
    QVERIFY(rightDue >= m_now.addDays(1));
    QCOMPARE(session.summary().nextDue, wrongDue);
    QCOMPARE(session.summary().again, 1);
}

void TestReviewSession::vanishedContentIsSkipped()
{
    queue(ReviewItemKey::question(QStringLiteral("q-single")), m_t0);
    queue(ReviewItemKey::question(QStringLiteral("deleted-question")), m_t0);
    queue(ReviewItemKey::decision(QStringLiteral("parcel"), QStringLiteral("deleted-node")), m_t0);
    queue(ReviewItemKey::decision(QStringLiteral("deleted-scenario"), QStringLiteral("greet")), m_t0);
    queue(ReviewItemKey::decision(QStringLiteral("parcel"), QStringLiteral("done")), m_t0); // an ending now
    queue(ReviewItemKey::decision(QStringLiteral("parcel"), QStringLiteral("greet")), m_t0);
    // A card that is due later and vanished must not be "next due" either.
    queue(ReviewItemKey::question(QStringLiteral("gone-later")), m_t0.addSecs(60));

    m_now = m_t0.addSecs(90);
    ReviewSession session = makeSession();
    QVERIFY(session.load(1).ok());
    QCOMPARE(session.items().size(), 2);
    QCOMPARE(session.skippedCount(), 4);
    QVERIFY(session.skippedKeys().contains(QStringLiteral("question:deleted-question")));
    QVERIFY(session.skippedKeys().contains(QStringLiteral("decision:parcel/deleted-node")));
    QVERIFY(session.skippedKeys().contains(QStringLiteral("decision:deleted-scenario/greet")));
    QCOMPARE(ReviewSession::dueCount(*m_db, m_course, m_trainee, m_trainee.userId, m_now).value(), 2);

    while (!session.isFinished()) {
        const bool question = session.current()->isQuestion();
        QVERIFY(question ? session.answerQuestion(QuizAnswer::choice(QuestionType::Single, {0}), 60000).ok()
                         : session.chooseOption(0, 30000).ok());
        session.next();
    }
    const ReviewSummary s = session.summary();
    QCOMPARE(s.reviewed, 2);
    QCOMPARE(s.skipped, 4);
    // The vanished cards are neither rated nor deleted: they come back if the content does.
    QCOMPARE(logSize(ReviewItemKey::question(QStringLiteral("deleted-question"))), 1);
    // Next due: the earliest of the two reviewed cards (10 minutes on), not the vanished one due sooner.
    QCOMPARE(s.nextDue, m_now.addSecs(600));

    m_course.quizzes[0].questions.append(m_course.quizzes[0].questions[0]);
    m_course.quizzes[0].questions.last().id = QStringLiteral("deleted-question");
    QVERIFY(session.load(1).ok());
    QCOMPARE(session.items().size(), 1);
    QCOMPARE(session.current()->key.id, QStringLiteral("deleted-question"));
}

void TestReviewSession::decisionGrading_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<int>("option");
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<int>("rating");
    QTest::addColumn<bool>("best");
    QTest::addColumn<bool>("wrong");
    QTest::addColumn<int>("bestOption");
    // Target 40 s: the best choice within 20 s is Easy.
    QTest::newRow("best, slow") << "greet" << 0 << qint64(30000) << int(Rating::Good) << true << false << 0;
    QTest::newRow("best, fast") << "greet" << 0 << qint64(20000) << int(Rating::Easy) << true << false << 0;
    QTest::newRow("landmine") << "greet" << 1 << qint64(5000) << int(Rating::Again) << false << true << 0;
    QTest::newRow("neither") << "greet" << 2 << qint64(5000) << int(Rating::Hard) << false << false << 0;
    QTest::newRow("offer, best") << "offer" << 0 << qint64(30000) << int(Rating::Good) << true << false << 0;
    QTest::newRow("offer, weaker") << "offer" << 1 << qint64(30000) << int(Rating::Hard) << false << false << 0;
    QTest::newRow("off the best run") << "calm" << 0 << qint64(30000) << int(Rating::Good) << true << false << 0;
}

void TestReviewSession::decisionGrading()
{
    QFETCH(QString, node);
    QFETCH(int, option);
    QFETCH(qint64, ms);
    QFETCH(int, rating);
    QFETCH(bool, best);
    QFETCH(bool, wrong);
    QFETCH(int, bestOption);
    const ReviewItemKey key = ReviewItemKey::decision(QStringLiteral("parcel"), node);
    queue(key, m_t0);
    m_now = m_t0.addSecs(120);
    ReviewSession session = makeSession();
    QVERIFY(session.load(1).ok());
    QCOMPARE(session.items().size(), 1);
    const ReviewItem *item = session.current();
    QVERIFY(!item->isQuestion());
    QCOMPARE(item->scenario.id, QStringLiteral("parcel"));
    QVERIFY(item->node());
    QCOMPARE(item->node()->id, node);

    // Questions cannot be answered at a decision.
    QVERIFY(!session.answerQuestion(QuizAnswer::choice(QuestionType::Single, {0}), 1000).ok());
    // An option that does not exist is refused, nothing stored.
    auto refused = session.chooseOption(7, 1000);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, StoreError::Code::InvalidInput);
    QCOMPARE(logSize(key), 1);

    auto a = session.chooseOption(option, ms);
    QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().message));
    QCOMPARE(int(a->rating), rating);
    QVERIFY(a->turn);
    QCOMPARE(a->turn->bestChoice, best);
    QCOMPARE(a->turn->wrongDecision, wrong);
    QCOMPARE(a->right(), best);
    QCOMPARE(a->bestOptionIndex, bestOption);
    QVERIFY(a->turn->feedback.startsWith(QStringLiteral("feedback for ")));
    if (wrong) {
        QCOMPARE(a->turn->landmines.size(), 1);
        QCOMPARE(a->turn->landmines[0].name, QStringLiteral("Cold tone"));
    }
    QCOMPARE(logSize(key), 2);
    QCOMPARE(a->cardAfter.itemKind, ReviewItemKind::ScenarioDecision);
    QCOMPARE(a->cardAfter.itemId, QStringLiteral("parcel/") + node);
}

void TestReviewSession::freeReplyDecision()
{
    const ReviewItemKey key = ReviewItemKey::decision(QStringLiteral("parcel"), QStringLiteral("explain"));
    queue(key, m_t0);
    m_now = m_t0.addSecs(120);
    ReviewSession session = makeSession();
    QVERIFY(session.load(1).ok());
    QVERIFY(session.current()->node()->freeReply);
    QVERIFY(!session.chooseOption(0, 1000).ok()); // a free-reply node takes text
    auto a = session.freeReply(QStringLiteral("Sorry, the courier was late; a new parcel is on its way."), 30000);
    QVERIFY(a.ok());
    QCOMPARE(a->rating, Rating::Good);
    QVERIFY(a->right());
    QCOMPARE(a->bestOptionIndex, -1);

    queue(key, m_now); // wrong again later
    m_now = m_now.addSecs(3600);
    QVERIFY(session.load(1).ok());
    a = session.freeReply(QStringLiteral("It happens."), 30000);
    QVERIFY(a.ok());
    QCOMPARE(a->rating, Rating::Again);
    QVERIFY(a->turn->wrongDecision);
    QVERIFY(!a->turn->explanations.isEmpty());
}

void TestReviewSession::referenceMood()
{
    const Scenario &s = m_course.scenarios[0];
    QCOMPARE(ReviewSession::referenceMood(s, QStringLiteral("greet")), 50);
    QCOMPARE(ReviewSession::referenceMood(s, QStringLiteral("offer")), 60);   // best run: +10
    QCOMPARE(ReviewSession::referenceMood(s, QStringLiteral("explain")), 65); // +10, +5
    QCOMPARE(ReviewSession::referenceMood(s, QStringLiteral("calm")), 30);    // only via the landmine: −20
    QCOMPARE(ReviewSession::referenceMood(s, QStringLiteral("nowhere")), 50);
}

void TestReviewSession::answerOnceOnly()
{
    const ReviewItemKey key = ReviewItemKey::question(QStringLiteral("q-single"));
    queue(key, m_t0);
    m_now = m_t0.addSecs(120);
    ReviewSession session = makeSession();
    QVERIFY(session.load(1).ok());
    QVERIFY(session.answerQuestion(QuizAnswer::choice(QuestionType::Single, {1}), 3000).ok());
    auto twice = session.answerQuestion(QuizAnswer::choice(QuestionType::Single, {0}), 3000);
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().code, StoreError::Code::InvalidInput);
    QCOMPARE(logSize(key), 2);
    QCOMPARE(session.currentAnswer()->rating, Rating::Again);
}

void TestReviewSession::leavingEarlyRatesNothingMore()
{
    queue(ReviewItemKey::question(QStringLiteral("q-single")), m_t0);
    queue(ReviewItemKey::question(QStringLiteral("q-fill")), m_t0);
    m_now = m_t0.addSecs(120);
    ReviewSession session = makeSession();
    QVERIFY(session.load(1).ok());
    QVERIFY(session.answerQuestion(QuizAnswer::choice(QuestionType::Single, {0}), 3000).ok());
    session.next();
    session.next(); // skipped without an answer
    QVERIFY(session.isFinished());
    session.next(); // harmless past the end
    const ReviewSummary s = session.summary();
    QCOMPARE(s.reviewed, 1);
    QCOMPARE(s.remaining, 1);
    QCOMPARE(logSize(ReviewItemKey::question(QStringLiteral("q-fill"))), 1);
    // Still due: the next due time is in the past.
    QVERIFY(s.nextDue <= m_now);
}

void TestReviewSession::questionLayoutIsShuffledForOrdering()
{
    queue(ReviewItemKey::question(QStringLiteral("q-order")), m_t0);
    queue(ReviewItemKey::question(QStringLiteral("q-single")), m_t0);
    m_now = m_t0.addSecs(120);
    ReviewSession session = makeSession();
    QVERIFY(session.load(42).ok());
    for (const ReviewItem &item : session.items()) {
        QCOMPARE(item.layout.question, item.question.id == QStringLiteral("q-order") ? 2 : 0);
        if (item.question.type == QuestionType::Ordering) {
            QCOMPARE(item.layout.items.size(), 4);
            QVERIFY(item.layout.items != QList<int>({0, 1, 2, 3})); // never shown solved
        } else {
            QCOMPARE(item.layout.options, QList<int>({0, 1})); // the quiz does not shuffle
        }
    }
}

QTEST_GUILESS_MAIN(TestReviewSession)
#include "tst_reviewsession.moc"
