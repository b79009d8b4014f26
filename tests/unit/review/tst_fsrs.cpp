// FSRS-6 against the published reference values.
//
// Reference: open-spaced-repetition/py-fsrs, tests/test_basic.py (py-fsrs 6.x, the version whose
// fsrs/scheduler.py has the 21 DEFAULT_PARAMETERS 0.212 … 0.1542): test_review_card,
// test_memo_state, test_repeated_correct_reviews and the learning-step tests. The expected numbers
// below are copied from there; the scenarios are the same (start 2022-11-29 12:30 UTC, fuzz off).
#include "review/fsrs.h"

#include <QtTest>

using namespace dojo;
using State = FsrsCard::State;

namespace {
const QDateTime kStart(QDate(2022, 11, 29), QTime(12, 30), Qt::UTC);

qint64 wholeDays(const QDateTime &from, const QDateTime &to)
{
    return from.msecsTo(to) / (86400LL * 1000);
}
} // namespace

class TestFsrs : public QObject {
    Q_OBJECT
private slots:
    void defaultParameters();
    void reviewCardIntervals();
    void memoState();
    void repeatedEasyReachesMinimumDifficulty();
    void learningSteps_data();
    void learningSteps();
    void reviewAgainGoesToRelearning();
    void relearningBackToReview();
    void firstReviewValues_data();
    void firstReviewValues();
    void retrievability();
    void maximumInterval();
    void noLearningSteps();
    void stabilityLowerBound();
    void fuzzIsSeededAndBounded();
    void localTimeIsConvertedToUtc();
};

void TestFsrs::defaultParameters()
{
    const FsrsScheduler s;
    QCOMPARE(s.parameters().size(), size_t(21));
    QCOMPARE(s.parameters()[0], 0.212);
    QCOMPARE(s.parameters()[20], 0.1542);
    QCOMPARE(s.desiredRetention(), 0.9);
    QCOMPARE(s.maximumIntervalDays(), 36500);
    QVERIFY(!s.fuzzEnabled());
    QVERIFY(FsrsScheduler::parametersValid(FsrsScheduler::kDefaultParameters));
    FsrsScheduler::Parameters bad = FsrsScheduler::kDefaultParameters;
    bad[6] = 100;
    QVERIFY(!FsrsScheduler::parametersValid(bad));
}

// py-fsrs test_review_card: Good ×6, Again ×2, Good ×5, each review at the previous due time.
void TestFsrs::reviewCardIntervals()
{
    const FsrsScheduler scheduler;
    const QList<Rating> ratings{Rating::Good, Rating::Good,  Rating::Good,  Rating::Good, Rating::Good,
                                Rating::Good, Rating::Again, Rating::Again, Rating::Good, Rating::Good,
                                Rating::Good, Rating::Good,  Rating::Good};
    FsrsCard card;
    QDateTime now = kStart;
    QList<qint64> intervals;
    for (const Rating r : ratings) {
        card = scheduler.review(card, r, now).card;
        intervals.append(wholeDays(card.lastReview, card.due));
        now = card.due;
    }
    const QList<qint64> expected{0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21};
    QCOMPARE(intervals, expected);
    QCOMPARE(card.reps, 13);
    QCOMPARE(card.lapses, 1); // the first Again hits a Review card, the second a Relearning one
    QCOMPARE(card.state, State::Review);
}

// py-fsrs test_memo_state: Again, Good ×5 after 0, 0, 1, 3, 8, 21 days.
void TestFsrs::memoState()
{
    const FsrsScheduler scheduler;
    const QList<Rating> ratings{Rating::Again, Rating::Good, Rating::Good,
                                Rating::Good,  Rating::Good, Rating::Good};
    const QList<int> gaps{0, 0, 1, 3, 8, 21};
    FsrsCard card;
    QDateTime now = kStart;
    for (qsizetype i = 0; i < ratings.size(); ++i) {
        now = now.addDays(gaps[i]);
        card = scheduler.review(card, ratings[i], now).card;
    }
    QVERIFY2(qAbs(card.stability - 53.62691) < 1e-4, qPrintable(QString::number(card.stability, 'f', 8)));
    QVERIFY2(qAbs(card.difficulty - 6.3574867) < 1e-4, qPrintable(QString::number(card.difficulty, 'f', 8)));
}

// py-fsrs test_repeated_correct_reviews: Easy ten times within a second → difficulty 1.0.
void TestFsrs::repeatedEasyReachesMinimumDifficulty()
{
    const FsrsScheduler scheduler;
    FsrsCard card;
    for (int i = 0; i < 10; ++i)
        card = scheduler.review(card, Rating::Easy, kStart.addMSecs(i)).card;
    QCOMPARE(card.difficulty, 1.0);
}

// py-fsrs test_good/again/hard/easy_learning_steps: the first answer to a new card.
void TestFsrs::learningSteps_data()
{
    QTest::addColumn<int>("rating");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("step");
    QTest::addColumn<qint64>("intervalSeconds"); // -1: at least one day
    QTest::newRow("again: 1 min") << int(Rating::Again) << int(State::Learning) << 0 << qint64(60);
    QTest::newRow("hard: 5.5 min") << int(Rating::Hard) << int(State::Learning) << 0 << qint64(330);
    QTest::newRow("good: 10 min") << int(Rating::Good) << int(State::Learning) << 1 << qint64(600);
    QTest::newRow("easy: review") << int(Rating::Easy) << int(State::Review) << 0 << qint64(-1);
}

void TestFsrs::learningSteps()
{
    QFETCH(int, rating);
    QFETCH(int, state);
    QFETCH(int, step);
    QFETCH(qint64, intervalSeconds);
    const FsrsScheduler scheduler;
    const FsrsReview r = scheduler.review(FsrsCard{}, Rating(rating), kStart);
    QCOMPARE(int(r.card.state), state);
    QCOMPARE(r.card.step, step);
    QCOMPARE(r.card.lastReview, kStart);
    QCOMPARE(r.log.stateBefore, State::New);
    if (intervalSeconds >= 0)
        QCOMPARE(kStart.secsTo(r.card.due), intervalSeconds);
    else
        QVERIFY(kStart.secsTo(r.card.due) >= 86400);

    // Good on the last learning step graduates to Review, at least a day out.
    if (Rating(rating) == Rating::Good) {
        const FsrsReview second = scheduler.review(r.card, Rating::Good, r.card.due);
        QCOMPARE(second.card.state, State::Review);
        QVERIFY(r.card.due.secsTo(second.card.due) >= 86400);
        // Hard on the second step keeps the step and its length
        // (test_learning_card_rate_hard_second_learning_step).
        const FsrsReview hard = scheduler.review(r.card, Rating::Hard, r.card.due);
        QCOMPARE(hard.card.state, State::Learning);
        QCOMPARE(hard.card.step, 1);
        QCOMPARE(r.card.due.secsTo(hard.card.due), qint64(600));
    }
}

// py-fsrs test_review_state: Review + Again → Relearning in 10 minutes.
void TestFsrs::reviewAgainGoesToRelearning()
{
    const FsrsScheduler scheduler;
    FsrsCard card = scheduler.review(FsrsCard{}, Rating::Good, kStart).card;
    card = scheduler.review(card, Rating::Good, card.due).card;
    QCOMPARE(card.state, State::Review);
    card = scheduler.review(card, Rating::Good, card.due).card;
    QCOMPARE(card.state, State::Review);
    const QDateTime due = card.due;
    const FsrsReview again = scheduler.review(card, Rating::Again, due);
    QCOMPARE(again.card.state, State::Relearning);
    QCOMPARE(again.card.step, 0);
    QCOMPARE(again.card.lapses, 1);
    QCOMPARE(due.secsTo(again.card.due), qint64(600));
    QCOMPARE(again.log.stateBefore, State::Review);
}

// py-fsrs test_relearning: Again in Relearning stays at step 0; Good graduates.
void TestFsrs::relearningBackToReview()
{
    const FsrsScheduler scheduler;
    FsrsCard card = scheduler.review(FsrsCard{}, Rating::Good, kStart).card;
    card = scheduler.review(card, Rating::Good, card.due).card;
    card = scheduler.review(card, Rating::Good, card.due).card;
    card = scheduler.review(card, Rating::Again, card.due).card;
    QCOMPARE(card.state, State::Relearning);
    card = scheduler.review(card, Rating::Again, card.due).card;
    QCOMPARE(card.state, State::Relearning);
    QCOMPARE(card.step, 0);
    QCOMPARE(card.lapses, 1); // Again in Relearning is not another lapse
    const QDateTime due = card.due;
    card = scheduler.review(card, Rating::Good, due).card;
    QCOMPARE(card.state, State::Review);
    QVERIFY(due.secsTo(card.due) >= 86400);
}

// The first review sets S = w[rating-1] and D = w4 − e^(w5(rating−1)) + 1 (clamped): the FSRS-6
// formulas evaluated by hand with the default parameters.
void TestFsrs::firstReviewValues_data()
{
    QTest::addColumn<int>("rating");
    QTest::addColumn<double>("stability");
    QTest::addColumn<double>("difficulty");
    QTest::newRow("again") << 1 << 0.212 << 6.4133;
    QTest::newRow("hard") << 2 << 1.2931 << 6.4133 - std::exp(0.8334) + 1;
    QTest::newRow("good") << 3 << 2.3065 << 6.4133 - std::exp(0.8334 * 2) + 1;
    QTest::newRow("easy") << 4 << 8.2956 << 6.4133 - std::exp(0.8334 * 3) + 1;
}

void TestFsrs::firstReviewValues()
{
    QFETCH(int, rating);
    QFETCH(double, stability);
    QFETCH(double, difficulty);
    const FsrsCard card = FsrsScheduler().review(FsrsCard{}, Rating(rating), kStart).card;
    QCOMPARE(card.stability, stability);
    QVERIFY(qAbs(card.difficulty - std::max(1.0, difficulty)) < 1e-12);
}

void TestFsrs::retrievability()
{
    const FsrsScheduler scheduler;
    QCOMPARE(scheduler.retrievability(FsrsCard{}, kStart), 0.0);
    FsrsCard card;
    card.state = State::Review;
    card.stability = 10;
    card.difficulty = 5;
    card.lastReview = kStart;
    QCOMPARE(scheduler.retrievability(card, kStart), 1.0);
    // Stability is the time to 90 % recall, by definition of the curve.
    QVERIFY(qAbs(scheduler.retrievability(card, kStart.addDays(10)) - 0.9) < 1e-12);
    // Whole days only, like py-fsrs: 10 days minus a second is still 9 days.
    QCOMPARE(scheduler.retrievability(card, kStart.addDays(10).addSecs(-1)),
             scheduler.retrievability(card, kStart.addDays(9)));
    QVERIFY(scheduler.retrievability(card, kStart.addDays(100)) < 0.9);
    // The interval for 90 % retention is the stability itself.
    QCOMPARE(scheduler.nextIntervalDays(10), 10);
}

void TestFsrs::maximumInterval()
{
    const FsrsScheduler scheduler(FsrsScheduler::kDefaultParameters, 0.9, {60, 600}, {600}, 100);
    FsrsCard card;
    for (const Rating r : {Rating::Easy, Rating::Good, Rating::Easy, Rating::Good, Rating::Easy}) {
        const QDateTime now = card.due.isValid() ? card.due : kStart;
        card = scheduler.review(card, r, now).card;
        QVERIFY(wholeDays(card.lastReview, card.due) <= 100);
    }
    QCOMPARE(wholeDays(card.lastReview, card.due), qint64(100));
}

void TestFsrs::noLearningSteps()
{
    const FsrsScheduler scheduler(FsrsScheduler::kDefaultParameters, 0.9, {}, {});
    FsrsCard card = scheduler.review(FsrsCard{}, Rating::Again, kStart).card;
    QCOMPARE(card.state, State::Review);
    QVERIFY(wholeDays(card.lastReview, card.due) >= 1);
    card = scheduler.review(card, Rating::Again, card.due).card;
    QCOMPARE(card.state, State::Review); // no relearning steps: stays in Review
}

// py-fsrs test_stability_lower_bound.
void TestFsrs::stabilityLowerBound()
{
    const FsrsScheduler scheduler;
    FsrsCard card;
    QDateTime now = kStart;
    for (int i = 0; i < 1000; ++i) {
        card = scheduler.review(card, Rating::Again, now).card;
        QVERIFY(card.stability >= 0.001);
        now = card.due.addDays(1);
    }
}

void TestFsrs::fuzzIsSeededAndBounded()
{
    FsrsScheduler plain;
    FsrsCard card = plain.review(FsrsCard{}, Rating::Good, kStart).card;
    card = plain.review(card, Rating::Good, card.due).card;
    const QDateTime at = card.due;
    const qint64 unfuzzed = wholeDays(at, plain.review(card, Rating::Good, at).card.due);
    QCOMPARE(unfuzzed, qint64(11)); // the third interval of reviewCardIntervals

    QSet<qint64> seen;
    for (quint64 seed = 1; seed <= 40; ++seed) {
        FsrsScheduler fuzzy;
        fuzzy.setFuzz(true, seed);
        const qint64 a = wholeDays(at, fuzzy.review(card, Rating::Good, at).card.due);
        const qint64 b = wholeDays(at, fuzzy.review(card, Rating::Good, at).card.due);
        QCOMPARE(a, b); // same seed, same card, same time: same interval
        // delta = 1 + 0.15 × (7 − 2.5) + 0.1 × (11 − 7) = 2.075 → 9 … 13 days
        QVERIFY2(a >= 9 && a <= 13, qPrintable(QString::number(a)));
        seen.insert(a);
    }
    QVERIFY(seen.size() >= 3);
    // Learning-step intervals are never fuzzed.
    FsrsScheduler fuzzy;
    fuzzy.setFuzz(true, 7);
    QCOMPARE(kStart.secsTo(fuzzy.review(FsrsCard{}, Rating::Good, kStart).card.due), qint64(600));
}

void TestFsrs::localTimeIsConvertedToUtc()
{
    const FsrsScheduler scheduler;
    const QDateTime shanghai = kStart.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
    const FsrsReview r = scheduler.review(FsrsCard{}, Rating::Easy, shanghai);
    QCOMPARE(r.card.lastReview.timeSpec(), Qt::UTC);
    QCOMPARE(r.card.lastReview, kStart);
    QCOMPARE(r.card, scheduler.review(FsrsCard{}, Rating::Easy, kStart).card);
}

QTEST_GUILESS_MAIN(TestFsrs)
#include "tst_fsrs.moc"
