// What enters the review queue and which FSRS rating each answer gives (docs/scoring.md, "Review queue").
#include "review/reviewpolicy.h"

#include <QtTest>

using namespace dojo;

class TestReviewPolicy : public QObject {
    Q_OBJECT
private slots:
    void questionRatings_data();
    void questionRatings();
    void decisionRatings_data();
    void decisionRatings();
    void rejectedTurnNeverQueued();
    void keys_data();
    void keys();
};

void TestReviewPolicy::questionRatings_data()
{
    QTest::addColumn<int>("verdict");
    QTest::addColumn<int>("type");
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<bool>("queued");
    QTest::addColumn<int>("rating");
    QTest::newRow("wrong") << int(Verdict::Wrong) << int(QuestionType::Single) << qint64(3000) << true
                           << int(Rating::Again);
    QTest::newRow("unanswered") << int(Verdict::Unanswered) << int(QuestionType::Fill) << qint64(60000)
                                << true << int(Rating::Again);
    QTest::newRow("partial") << int(Verdict::Partial) << int(QuestionType::Multiple) << qint64(5000) << true
                             << int(Rating::Hard);
    QTest::newRow("right, slow") << int(Verdict::Correct) << int(QuestionType::Single) << qint64(10001)
                                 << false << int(Rating::Good);
    QTest::newRow("right, fast") << int(Verdict::Correct) << int(QuestionType::Single) << qint64(10000)
                                 << false << int(Rating::Easy);
    QTest::newRow("right, ordering 15 s") << int(Verdict::Correct) << int(QuestionType::Ordering)
                                          << qint64(15000) << false << int(Rating::Easy);
    QTest::newRow("right, time unknown")
        << int(Verdict::Correct) << int(QuestionType::TrueFalse) << qint64(-1) << false << int(Rating::Good);
}

void TestReviewPolicy::questionRatings()
{
    QFETCH(int, verdict);
    QFETCH(int, type);
    QFETCH(qint64, ms);
    QFETCH(bool, queued);
    QFETCH(int, rating);
    GradeResult g;
    g.verdict = Verdict(verdict);
    QCOMPARE(ReviewPolicy::entersQueue(g), queued);
    QCOMPARE(int(ReviewPolicy::rating(g, QuestionType(type), ms)), rating);
}

void TestReviewPolicy::decisionRatings_data()
{
    QTest::addColumn<bool>("wrong");
    QTest::addColumn<bool>("best");
    QTest::addColumn<int>("target");
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<int>("rating");
    QTest::newRow("wrong") << true << false << 40 << qint64(1000) << int(Rating::Again);
    QTest::newRow("acceptable") << false << false << 40 << qint64(1000) << int(Rating::Hard);
    QTest::newRow("best") << false << true << 40 << qint64(30000) << int(Rating::Good);
    QTest::newRow("best, fast") << false << true << 40 << qint64(20000) << int(Rating::Easy);
    QTest::newRow("best, untimed") << false << true << 0 << qint64(1000) << int(Rating::Good);
}

void TestReviewPolicy::decisionRatings()
{
    QFETCH(bool, wrong);
    QFETCH(bool, best);
    QFETCH(int, target);
    QFETCH(qint64, ms);
    QFETCH(int, rating);
    TurnResult t;
    t.accepted = true;
    t.wrongDecision = wrong;
    t.bestChoice = best;
    t.targetSeconds = target;
    t.replyMs = ms;
    QCOMPARE(ReviewPolicy::entersQueue(t), wrong);
    QCOMPARE(int(ReviewPolicy::rating(t)), rating);
}

void TestReviewPolicy::rejectedTurnNeverQueued()
{
    TurnResult t;
    t.wrongDecision = true; // but not accepted: nothing happened
    QVERIFY(!ReviewPolicy::entersQueue(t));
}

void TestReviewPolicy::keys_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("question") << QStringLiteral("question:mindset-q01") << true;
    QTest::newRow("decision") << QStringLiteral("decision:sc-quality-return/greet") << true;
    QTest::newRow("empty id") << QStringLiteral("question:") << false;
    QTest::newRow("decision without node") << QStringLiteral("decision:sc-quality-return") << false;
    QTest::newRow("unknown kind") << QStringLiteral("lesson:x") << false;
}

void TestReviewPolicy::keys()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const std::optional<ReviewItemKey> key = ReviewItemKey::parse(text);
    QCOMPARE(key.has_value(), valid);
    if (valid)
        QCOMPARE(key->toString(), text);
    QCOMPARE(ReviewItemKey::decision(QStringLiteral("s"), QStringLiteral("n")).toString(),
             QStringLiteral("decision:s/n"));
    QCOMPARE(ReviewItemKey::parse(QStringLiteral("decision:s/n")),
             ReviewItemKey::decision(QStringLiteral("s"), QStringLiteral("n")));
    QCOMPARE(ReviewItemKey::decision(QStringLiteral("s"), QStringLiteral("n")).itemId(),
             QStringLiteral("s/n"));
    QCOMPARE(ReviewItemKey::question(QStringLiteral("q1")).itemId(), QStringLiteral("q1"));
}

QTEST_GUILESS_MAIN(TestReviewPolicy)
#include "tst_reviewpolicy.moc"
