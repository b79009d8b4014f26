// The Review screen's controller on the bundled course: a wrong quiz answer goes into the queue through
// ReviewRecorder (as the quiz player stores it), comes up when due, is answered again through the same
// answer shape QuestionView gives, is stored, and the summary says when the next card is due. Decisions,
// vanished content, refusals, user changes and the due-time wording too. Runs on a fake clock.
#include "backendfixture.h"
#include "reviewcontroller.h"

#include "review/reviewrecorder.h"
#include "review/reviewsession.h"
#include "storage/reviewstore.h"

#include <QSignalSpy>
#include <QtTest>

using namespace dojo;

class TestReviewController : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void emptyQueue();
    void wrongQuizAnswerComesBackForReview();
    void decisionReview();
    void vanishedContentIsSkipped();
    void refusesAnswersThatDoNotFit();
    void signingOutDropsTheSession();
    void leavingEarly();
    void dueText();

private:
    const Question *findQuestion(const QString &id, const Quiz **quizOut = nullptr)
    {
        for (const Quiz &quiz : m_world->course().quizzes)
            for (const Question &q : quiz.questions)
                if (q.id == id) {
                    if (quizOut)
                        *quizOut = &quiz;
                    return &q;
                }
        return nullptr;
    }
    ReviewCardRecord storedCard(const ReviewItemKey &key)
    {
        ReviewStore store(m_world->db());
        auto card = store.card(m_world->trainee.actor(), m_world->trainee.id, reviewItemKind(key), key.itemId());
        return card.ok() && card.value() ? *card.value() : ReviewCardRecord{};
    }
    void queueWrong(const ReviewItemKey &key, const QDateTime &at)
    {
        ReviewRecorder recorder(m_world->db());
        auto stored = recorder.rate(m_world->trainee.actor(), m_world->trainee.id, key, Rating::Again, at);
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));
    }

    std::unique_ptr<BackendFixture> m_world;
    QDateTime m_t0 = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    QDateTime m_now;
};

void TestReviewController::init()
{
    m_world = std::make_unique<BackendFixture>();
    QVERIFY2(m_world->ok(), qPrintable(m_world->error));
    m_now = m_t0;
}

void TestReviewController::cleanup()
{
    m_world.reset();
}

void TestReviewController::emptyQueue()
{
    ReviewController c;
    c.setClock([this] { return m_now; });
    QVERIFY(c.available());
    QVERIFY(c.unavailableReason().isEmpty());
    QCOMPARE(c.dueCount(), 0);
    QVERIFY(!c.hasCards());
    QVERIFY(c.nextDueText().isEmpty());
    QVERIFY(!c.active());
    QVERIFY(c.start());
    QVERIFY(!c.active());
    QVERIFY(c.finished());
    QCOMPARE(c.summary().value(QStringLiteral("reviewed")).toInt(), 0);
    QCOMPARE(c.summary().value(QStringLiteral("nextText")).toString(), QStringLiteral("Your review queue is empty."));
    c.close();
    QVERIFY(!c.finished());
    QVERIFY(!c.answer(0));
    QVERIFY(!c.error().isEmpty());
}

void TestReviewController::wrongQuizAnswerComesBackForReview()
{
    const Quiz *quiz = nullptr;
    const Question *q = findQuestion(QStringLiteral("chat-q01"), &quiz);
    QVERIFY(q);
    QCOMPARE(q->type, QuestionType::Single);
    int rightOption = -1, wrongOption = -1;
    for (int i = 0; i < q->options.size(); ++i)
        (q->options[i].correct ? rightOption : wrongOption) = i;
    QVERIFY(rightOption >= 0 && wrongOption >= 0);

    // The quiz player's path: a wrong answer graded and given to ReviewRecorder.
    const QuizAnswer wrong = QuizAnswer::choice(QuestionType::Single, {wrongOption});
    const GradeResult graded = QuizGrader::grade(*q, wrong);
    ReviewRecorder recorder(m_world->db());
    auto queued = recorder.recordQuestion(m_world->trainee.actor(), m_world->trainee.id, q->id, q->type, graded,
                                          8000, m_t0);
    QVERIFY(queued.ok() && queued.value());
    const QDateTime dueAfterWrong = queued.value()->due;

    ReviewController c;
    c.setClock([this] { return m_now; });
    QCOMPARE(c.dueCount(), 0); // due one minute later
    QVERIFY(c.hasCards());
    QCOMPARE(c.nextDue(), dueAfterWrong);
    QCOMPARE(c.nextDueText(), QStringLiteral("in 1 minute"));

    m_now = m_t0.addSecs(5 * 60);
    c.refresh();
    QCOMPARE(c.dueCount(), 1);
    QVERIFY(c.start());
    QVERIFY(c.active());
    QCOMPARE(c.position(), 1);
    QCOMPARE(c.total(), 1);
    const QVariantMap current = c.current();
    QCOMPARE(current.value(QStringLiteral("kind")).toString(), QStringLiteral("question"));
    QCOMPARE(current.value(QStringLiteral("key")).toString(), QStringLiteral("question:chat-q01"));
    QCOMPARE(current.value(QStringLiteral("sourceTitle")).toString(), quiz->title);
    const QVariantMap shown = current.value(QStringLiteral("question")).toMap();
    QCOMPARE(shown.value(QStringLiteral("prompt")).toString(), q->prompt);

    // Pick the right option by its position on screen, as QuestionView does.
    int shownRight = -1;
    const QVariantList options = shown.value(QStringLiteral("options")).toList();
    QCOMPARE(options.size(), q->options.size());
    for (const QVariant &o : options)
        if (o.toMap().value(QStringLiteral("text")).toString() == q->options[rightOption].text)
            shownRight = o.toMap().value(QStringLiteral("index")).toInt();
    QVERIFY(shownRight >= 0);

    QSignalSpy records(m_world->session.get(), &AppSession::recordsChanged);
    m_now = m_now.addSecs(15); // 15 s: right but not "fast" (10 s) → Good
    QVERIFY2(c.answer(QVariantMap{{QStringLiteral("selected"), QVariantList{shownRight}}}), qPrintable(c.error()));
    QCOMPARE(records.count(), 1);
    QVERIFY(c.answered());
    QCOMPARE(c.dueCount(), 0);
    const QVariantMap result = c.result();
    QVERIFY(result.value(QStringLiteral("right")).toBool());
    QCOMPARE(result.value(QStringLiteral("rating")).toString(), QStringLiteral("good"));
    QVERIFY(!result.value(QStringLiteral("ratingText")).toString().isEmpty());
    QCOMPARE(result.value(QStringLiteral("feedback")).toMap().value(QStringLiteral("verdict")).toString(),
             QStringLiteral("correct"));
    // A second answer to the same card is refused and stores nothing.
    QVERIFY(!c.answer(QVariantMap{{QStringLiteral("selected"), QVariantList{shownRight}}}));
    QCOMPARE(records.count(), 1);

    const ReviewCardRecord after = storedCard(ReviewItemKey::question(q->id));
    QCOMPARE(after.reps, 2);
    QVERIFY(after.due > m_now);
    QCOMPARE(result.value(QStringLiteral("nextDue")).toDateTime(), after.due);
    ReviewStore store(m_world->db());
    auto log = store.reviewLog(m_world->trainee.actor(), after.id);
    QVERIFY(log.ok());
    QCOMPARE(log.value().size(), 2);
    QCOMPARE(log.value().last().rating, int(Rating::Good));
    QCOMPARE(log.value().last().durationMs.value_or(-1), qint64(15000));

    c.next();
    QVERIFY(!c.active());
    QVERIFY(c.finished());
    const QVariantMap summary = c.summary();
    QCOMPARE(summary.value(QStringLiteral("reviewed")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("good")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("right")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("reviewedText")).toString(), QStringLiteral("1 card reviewed"));
    QCOMPARE(summary.value(QStringLiteral("nextDue")).toDateTime(), after.due);
    QCOMPARE(summary.value(QStringLiteral("nextText")).toString(),
             QStringLiteral("Next card due: %1.").arg(c.dueText(after.due)));
    QCOMPARE(c.dueCount(), 0);
    c.close();
    QVERIFY(!c.finished());
    QCOMPARE(c.nextDue(), after.due);
}

void TestReviewController::decisionReview()
{
    // The first option node of the first scenario of the bundled course.
    const Scenario *scenario = nullptr;
    const ScenarioNode *node = nullptr;
    for (const Scenario &s : m_world->course().scenarios) {
        for (const ScenarioNode &n : s.nodes)
            if (!n.freeReply && n.options.size() >= 2) {
                scenario = &s;
                node = &n;
                break;
            }
        if (node)
            break;
    }
    QVERIFY(node);
    const int mood = ReviewSession::referenceMood(*scenario, node->id);
    const ScenarioPath best = ScenarioRun::findBestPath(*scenario, node->id, mood);
    QVERIFY(!best.steps.isEmpty());
    const int bestIndex = best.steps.first().optionIndex;

    const ReviewItemKey key = ReviewItemKey::decision(scenario->id, node->id);
    queueWrong(key, m_t0);
    m_now = m_t0.addSecs(3600);
    ReviewController c;
    c.setClock([this] { return m_now; });
    QCOMPARE(c.dueCount(), 1);
    QVERIFY(c.start());
    const QVariantMap current = c.current();
    QCOMPARE(current.value(QStringLiteral("kind")).toString(), QStringLiteral("decision"));
    QCOMPARE(current.value(QStringLiteral("persona")).toString(), scenario->persona.name);
    QCOMPARE(current.value(QStringLiteral("customer")).toString(), node->customer);
    QCOMPARE(current.value(QStringLiteral("sourceTitle")).toString(), scenario->title);
    QVERIFY(!current.value(QStringLiteral("freeReply")).toBool());
    const QVariantList options = current.value(QStringLiteral("options")).toList();
    QCOMPARE(options.size(), node->options.size());
    QCOMPARE(options[bestIndex].toMap().value(QStringLiteral("text")).toString(), node->options[bestIndex].text);

    m_now = m_now.addSecs(std::max(1, scenario->targetReplySeconds)); // not "fast": Good, not Easy
    QVERIFY2(c.answer(bestIndex), qPrintable(c.error()));
    const QVariantMap result = c.result();
    QVERIFY(result.value(QStringLiteral("best")).toBool());
    QVERIFY(!result.value(QStringLiteral("wrong")).toBool());
    QVERIFY(result.value(QStringLiteral("right")).toBool());
    QCOMPARE(result.value(QStringLiteral("rating")).toString(), QStringLiteral("good"));
    QCOMPARE(result.value(QStringLiteral("bestIndex")).toInt(), bestIndex);
    QCOMPARE(result.value(QStringLiteral("chosen")).toInt(), bestIndex);
    QCOMPARE(result.value(QStringLiteral("bestText")).toString(), node->options[bestIndex].text);
    QVERIFY(!result.value(QStringLiteral("verdictText")).toString().isEmpty());
    QCOMPARE(storedCard(key).reps, 2);
}

void TestReviewController::vanishedContentIsSkipped()
{
    queueWrong(ReviewItemKey::question(QStringLiteral("no-such-question")), m_t0);
    queueWrong(ReviewItemKey::decision(QStringLiteral("no-such-scenario"), QStringLiteral("n1")), m_t0);
    queueWrong(ReviewItemKey::question(QStringLiteral("chat-q02")), m_t0);
    m_now = m_t0.addSecs(600);
    ReviewController c;
    c.setClock([this] { return m_now; });
    QCOMPARE(c.dueCount(), 1);
    QCOMPARE(c.skippedCount(), 2);
    QVERIFY(c.start());
    QCOMPARE(c.total(), 1);
    QCOMPARE(c.skippedCount(), 2);
    QCOMPARE(c.current().value(QStringLiteral("key")).toString(), QStringLiteral("question:chat-q02"));
    c.finish();
    QCOMPARE(c.summary().value(QStringLiteral("skipped")).toInt(), 2);
    QCOMPARE(c.summary().value(QStringLiteral("remaining")).toInt(), 1);
    QCOMPARE(c.summary().value(QStringLiteral("reviewed")).toInt(), 0);
}

void TestReviewController::refusesAnswersThatDoNotFit()
{
    queueWrong(ReviewItemKey::question(QStringLiteral("chat-q01")), m_t0);
    m_now = m_t0.addSecs(600);
    ReviewController c;
    c.setClock([this] { return m_now; });
    QVERIFY(c.start());
    QSignalSpy records(m_world->session.get(), &AppSession::recordsChanged);
    QVERIFY(!c.answer(QVariantMap{})); // nothing chosen
    QVERIFY(!c.error().isEmpty());
    QVERIFY(!c.answered());
    QVERIFY(!c.answer(QStringLiteral("nonsense")));
    QCOMPARE(records.count(), 0);
    QCOMPARE(storedCard(ReviewItemKey::question(QStringLiteral("chat-q01"))).reps, 1);
    // A decision takes an option number that exists, not text or an out-of-range number.
    c.close();
    const Scenario &s = m_world->course().scenarios.first();
    const ScenarioNode *optionNode = nullptr;
    for (const ScenarioNode &n : s.nodes)
        if (!n.freeReply && !n.options.isEmpty()) {
            optionNode = &n;
            break;
        }
    QVERIFY(optionNode);
    queueWrong(ReviewItemKey::decision(s.id, optionNode->id), m_now);
    m_now = m_now.addSecs(600);
    QVERIFY(c.start());
    while (c.active() && c.current().value(QStringLiteral("kind")).toString() != QStringLiteral("decision"))
        c.next();
    QVERIFY(c.active());
    QVERIFY(!c.answer(QStringLiteral("hello")));
    QVERIFY(!c.answer(int(optionNode->options.size())));
    QVERIFY(!c.answer(-1));
    QVERIFY(!c.answered());
    QCOMPARE(records.count(), 0);
}

void TestReviewController::signingOutDropsTheSession()
{
    queueWrong(ReviewItemKey::question(QStringLiteral("chat-q01")), m_t0);
    m_now = m_t0.addSecs(600);
    ReviewController c;
    c.setClock([this] { return m_now; });
    QVERIFY(c.start());
    QVERIFY(c.active());
    m_world->session->signOut();
    QVERIFY(!c.active());
    QVERIFY(!c.available());
    QVERIFY(!c.unavailableReason().isEmpty());
    QCOMPARE(c.dueCount(), 0);
    QVERIFY(!c.start());
    // The manager has an empty queue of their own.
    m_world->session->setSignedInUser(m_world->manager);
    QVERIFY(c.available());
    QCOMPARE(c.dueCount(), 0);
    m_world->session->setSignedInUser(m_world->trainee);
    QCOMPARE(c.dueCount(), 1);
}

void TestReviewController::leavingEarly()
{
    queueWrong(ReviewItemKey::question(QStringLiteral("chat-q01")), m_t0);
    queueWrong(ReviewItemKey::question(QStringLiteral("chat-q02")), m_t0);
    m_now = m_t0.addSecs(600);
    ReviewController c;
    c.setClock([this] { return m_now; });
    QCOMPARE(c.dueCount(), 2);
    QVERIFY(c.start());
    QCOMPARE(c.total(), 2);
    // A wrong answer: Again.
    const QVariantList options = c.current().value(QStringLiteral("question")).toMap().value(QStringLiteral("options")).toList();
    const Question *q = findQuestion(c.current().value(QStringLiteral("key")).toString().mid(9));
    QVERIFY(q);
    int shownWrong = -1;
    for (const QVariant &o : options)
        for (const ChoiceOption &co : q->options)
            if (!co.correct && co.text == o.toMap().value(QStringLiteral("text")).toString())
                shownWrong = o.toMap().value(QStringLiteral("index")).toInt();
    QVERIFY(c.answer(QVariantMap{{QStringLiteral("selected"), QVariantList{shownWrong}}}));
    QCOMPARE(c.result().value(QStringLiteral("rating")).toString(), QStringLiteral("again"));
    QVERIFY(!c.result().value(QStringLiteral("right")).toBool());
    QCOMPARE(c.dueCount(), 1);
    c.next();
    QCOMPARE(c.position(), 2);
    c.finish();
    QVERIFY(c.finished());
    QCOMPARE(c.summary().value(QStringLiteral("reviewed")).toInt(), 1);
    QCOMPARE(c.summary().value(QStringLiteral("again")).toInt(), 1);
    QCOMPARE(c.summary().value(QStringLiteral("remaining")).toInt(), 1);
    // The card not answered is still due.
    QCOMPARE(c.dueCount(), 1);
    QCOMPARE(c.summary().value(QStringLiteral("nextText")).toString(), QStringLiteral("Next card due: now."));
}

void TestReviewController::dueText()
{
    ReviewController c;
    // Noon local time, so "tomorrow" is tomorrow whatever the time zone.
    const QDateTime noon = QDateTime(QDate(2026, 3, 2), QTime(12, 0)).toUTC();
    c.setClock([noon] { return noon; });
    QCOMPARE(c.dueText(QDateTime()), QString());
    QCOMPARE(c.dueText(noon.addSecs(-3600)), QStringLiteral("now"));
    QCOMPARE(c.dueText(noon.addSecs(60)), QStringLiteral("in 1 minute"));
    QCOMPARE(c.dueText(noon.addSecs(10 * 60)), QStringLiteral("in 10 minutes"));
    QVERIFY(c.dueText(noon.addSecs(3 * 3600)).startsWith(QStringLiteral("today at ")));
    QVERIFY(c.dueText(noon.addDays(1)).startsWith(QStringLiteral("tomorrow at ")));
    QVERIFY(c.dueText(noon.addDays(3)).startsWith(QStringLiteral("in 3 days, ")));
    QVERIFY(c.dueText(noon.addDays(40)).startsWith(QStringLiteral("on ")));
}

QTEST_MAIN(TestReviewController)
#include "tst_reviewcontroller.moc"
