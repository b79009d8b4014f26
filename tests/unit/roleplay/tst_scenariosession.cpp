// ScenarioSession: a role-play bound to storage, played on the bundled zh-CN "wrong size" chat with a
// manual clock (reply times are set by hand, nothing waits).
#include "../storage/storetestsupport.h"

#include "content/courseloader.h"
#include "review/reviewrecorder.h"
#include "scoring/scenariosession.h"
#include "storage/reviewstore.h"
#include "storage/scenariorunstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dojo;

namespace {
const QString kScenario = QStringLiteral("sc-wrong-size");
// Covers 说明换货步骤 (寄回), 换成28码, 运费店铺承担 and 安抚 (抱歉): passes with every element.
const QString kGoodReply = QStringLiteral("亲，真抱歉让您着急了～您在订单里申请换货，把27码寄回来，我们收到后给您换28码，新的那条运费店铺承担。");
const QString kWeakReply = QStringLiteral("好的亲");
} // namespace

class TestScenarioSession : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void bestRunIsStoredTurnByTurnAndFinished();
    void replyTimeComesFromTheClock();
    void landmineTurnIsStoredAndQueuedForReview();
    void failedFreeReplyIsStoredAndQueued();
    void emptyFreeReplyIsRefused();
    void resumeReplaysStoredTurns();
    void resumeOfAChangedScenarioIsRefused();
    void resumeFinishesARunWhoseTotalsWereNotWritten();
    void refusedWriteLeavesTheSessionAsItWas();
    void withoutAUserNothingIsStored();
    void debriefPutsEachChoiceBesideTheBestOne();

private:
    std::unique_ptr<ScenarioSession> session(ManualSessionClock *clock);
    // Plays the best run: the first option everywhere except the free reply.
    void playBest(ScenarioSession &s, ManualSessionClock &clock, int untilTurn = 100);
    int reviewCards();

    Course m_course;
    const Scenario *m_scenario = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Actor m_trainee;
};

void TestScenarioSession::initTestCase()
{
    m_course = loadCourse(QStringLiteral(DOJO_CONTENT_DIR) + QStringLiteral("/zh-CN"));
    m_scenario = m_course.scenario(kScenario);
    QVERIFY(m_scenario);
}

void TestScenarioSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = test::openDatabase(m_dir->filePath(QStringLiteral("t.sqlite")));
    m_trainee = test::addUserRow(*m_db, QStringLiteral("lin"), Roles(Role::Trainee));
}

void TestScenarioSession::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<ScenarioSession> TestScenarioSession::session(ManualSessionClock *clock)
{
    return std::make_unique<ScenarioSession>(m_db.get(), m_course, *m_scenario, m_trainee, m_trainee.userId, clock);
}

void TestScenarioSession::playBest(ScenarioSession &s, ManualSessionClock &clock, int untilTurn)
{
    while (!s.isFinished() && int(s.run().turns().size()) < untilTurn) {
        s.presented();
        clock.advance(5000);
        const ScenarioNode *node = s.run().currentNode();
        QVERIFY(node);
        const auto t = node->freeReply ? s.freeReply(kGoodReply) : s.choose(0);
        QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().message));
        QVERIFY(t->accepted);
    }
}

int TestScenarioSession::reviewCards()
{
    ReviewStore reviews(*m_db);
    auto due = reviews.dueCards(m_trainee, m_trainee.userId, QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC));
    return due.ok() ? int(due->size()) : -1;
}

void TestScenarioSession::bestRunIsStoredTurnByTurnAndFinished()
{
    ManualSessionClock clock;
    auto s = session(&clock);
    QVERIFY(s->isRecording());
    QVERIFY(s->start().ok());
    QVERIFY(s->runId() > 0);
    playBest(*s, clock);
    QVERIFY(s->isFinished());
    QCOMPARE(s->warning(), QString());

    ScenarioRunStore store(*m_db);
    auto turns = store.turns(m_trainee, s->runId());
    QVERIFY(turns.ok());
    QCOMPARE(turns->size(), s->run().turns().size());
    QCOMPARE(turns->size(), 7);
    for (int i = 0; i < turns->size(); ++i) {
        const ScenarioTurn &stored = turns->at(i);
        const TurnResult &played = s->run().turns().at(i);
        QCOMPARE(stored.turnIndex, i);
        QCOMPARE(stored.nodeId, played.nodeId);
        QCOMPARE(stored.replyMs, 5000);
        QCOMPARE(stored.moodAfter, played.moodAfter);
        QCOMPARE(stored.scoreChanges, played.scores);
        QVERIFY(stored.landmineIds.isEmpty());
        if (played.freeReply) {
            QVERIFY(!stored.optionIndex);
            QCOMPARE(stored.replyText, kGoodReply);
        } else {
            QCOMPARE(stored.optionIndex.value_or(-1), played.optionIndex);
        }
    }

    auto run = store.run(m_trainee, s->runId());
    QVERIFY(run.ok());
    QVERIFY(run->finished());
    QCOMPARE(run->outcome, std::optional<Outcome>(Outcome::Resolved));
    QCOMPARE(run->endingId, QStringLiteral("resolved"));
    const RubricScore score = s->run().score();
    QCOMPARE(score.overall, 100);
    QCOMPARE(run->overall.value_or(-1), double(score.overall));
    int assessed = 0;
    for (const DimensionScore &d : score.dimensions) {
        if (!d.assessed) {
            QVERIFY(!run->totals.contains(d.id));
            continue;
        }
        ++assessed;
        QCOMPARE(run->totals.value(d.id, -1), double(d.score));
    }
    QCOMPARE(run->totals.size(), assessed);
    // Nothing was wrong: nothing enters the review queue.
    QCOMPARE(reviewCards(), 0);
    // A finished session refuses more decisions.
    QVERIFY(!s->choose(0).ok());
}

void TestScenarioSession::replyTimeComesFromTheClock()
{
    ManualSessionClock clock;
    auto s = session(&clock);
    QVERIFY(s->start().ok());
    QCOMPARE(s->currentTargetSeconds(), 40);
    QCOMPARE(s->replyElapsedMs(), 0); // not presented yet
    s->presented();
    clock.advance(81000); // more than twice the 40 s target
    QCOMPARE(s->replyElapsedMs(), 81000);
    auto t = s->choose(0);
    QVERIFY(t.ok());
    QCOMPARE(t->replyMs, 81000);
    QVERIFY(t->late);
    QCOMPARE(t->scores.value(QStringLiteral("speed")), 2 - 4); // +2 from the option, −4 for lateness
    QCOMPARE(s->replyElapsedMs(), 0); // the timer waits for the next line
    auto turns = ScenarioRunStore(*m_db).turns(m_trainee, s->runId());
    QVERIFY(turns.ok());
    QCOMPARE(turns->first().replyMs, 81000);
    QCOMPARE(turns->first().scoreChanges.value(QStringLiteral("speed")), -2);
}

void TestScenarioSession::landmineTurnIsStoredAndQueuedForReview()
{
    ManualSessionClock clock;
    auto s = session(&clock);
    QVERIFY(s->start().ok());
    s->presented();
    clock.advance(3000);
    auto t = s->choose(2); // "是不是下单时选错码了？" — interrogation
    QVERIFY(t.ok());
    QCOMPARE(t->landmines.size(), 1);
    QCOMPARE(t->landmines.first().id, QStringLiteral("interrogation"));
    QCOMPARE(t->landmines.first().name, QStringLiteral("质问顾客"));
    QVERIFY(t->wrongDecision);
    QCOMPARE(s->run().mood(), 20);

    auto turns = ScenarioRunStore(*m_db).turns(m_trainee, s->runId());
    QVERIFY(turns.ok());
    QCOMPARE(turns->size(), 1);
    QCOMPARE(turns->first().landmineIds, QStringList{QStringLiteral("interrogation")});
    QCOMPARE(turns->first().moodAfter, 20);

    auto card = ReviewStore(*m_db).card(m_trainee, m_trainee.userId, ReviewItemKind::ScenarioDecision,
                                        kScenario + QStringLiteral("/open"));
    QVERIFY(card.ok());
    QVERIFY(card.value().has_value());
    QCOMPARE(reviewCards(), 1);
}

void TestScenarioSession::failedFreeReplyIsStoredAndQueued()
{
    ManualSessionClock clock;
    auto s = session(&clock);
    QVERIFY(s->start().ok());
    playBest(*s, clock, 2); // open, ask-order → how
    QCOMPARE(s->run().currentNodeId(), QStringLiteral("how"));
    QCOMPARE(s->currentTargetSeconds(), 90);
    const int moodBefore = s->run().mood();
    s->presented();
    clock.advance(10000);
    auto t = s->freeReply(kWeakReply);
    QVERIFY(t.ok());
    QVERIFY(t->freeReply);
    QVERIFY(!t->freeReply->passed);
    QVERIFY(t->freeReply->tooShort);
    QVERIFY(t->wrongDecision);
    QCOMPARE(t->moodAfter, moodBefore - 10);
    QCOMPARE(s->run().currentNodeId(), QStringLiteral("saturday"));

    auto turns = ScenarioRunStore(*m_db).turns(m_trainee, s->runId());
    QVERIFY(turns.ok());
    QCOMPARE(turns->size(), 3);
    QVERIFY(!turns->last().optionIndex);
    QCOMPARE(turns->last().replyText, kWeakReply);
    QCOMPARE(turns->last().scoreChanges, t->scores);
    auto card = ReviewStore(*m_db).card(m_trainee, m_trainee.userId, ReviewItemKind::ScenarioDecision,
                                        kScenario + QStringLiteral("/how"));
    QVERIFY(card.ok());
    QVERIFY(card.value().has_value());

    // A passing reply at the same node in a new run is not queued (and the earlier card is rated).
    auto again = session(&clock);
    QVERIFY(again->start().ok());
    playBest(*again, clock, 3);
    QCOMPARE(again->run().turns().last().nodeId, QStringLiteral("how"));
    QVERIFY(again->run().turns().last().freeReply->passed);
    QCOMPARE(reviewCards(), 1);
}

void TestScenarioSession::emptyFreeReplyIsRefused()
{
    ManualSessionClock clock;
    auto s = session(&clock);
    QVERIFY(s->start().ok());
    playBest(*s, clock, 2);
    auto t = s->freeReply(QStringLiteral("   "));
    QVERIFY(!t.ok());
    QVERIFY(!t.error().message.isEmpty());
    QCOMPARE(s->run().turns().size(), 2);
    // Options are refused at a free-reply node, with the run's own message.
    auto wrongKind = s->choose(0);
    QVERIFY(!wrongKind.ok());
    QCOMPARE(s->run().turns().size(), 2);
}

void TestScenarioSession::resumeReplaysStoredTurns()
{
    ManualSessionClock clock;
    qint64 runId = 0;
    int mood = 0;
    QString node;
    {
        auto s = session(&clock);
        QVERIFY(s->start().ok());
        s->presented();
        clock.advance(2000);
        QVERIFY(s->choose(2).ok()); // landmine
        playBest(*s, clock, 3);     // ask-order, then the free reply
        runId = s->runId();
        mood = s->run().mood();
        node = s->run().currentNodeId();
    }
    auto s = session(&clock);
    auto open = s->unfinishedRun();
    QVERIFY(open.ok());
    QVERIFY(open.value().has_value());
    QCOMPARE(open.value()->id, runId);
    QVERIFY(s->resume().ok());
    QCOMPARE(s->runId(), runId);
    QCOMPARE(s->run().turns().size(), 3);
    QCOMPARE(s->run().mood(), mood);
    QCOMPARE(s->run().currentNodeId(), node);
    QCOMPARE(s->run().landmineHits(), 1);
    QCOMPARE(s->run().turns().first().replyMs, 2000);

    playBest(*s, clock);
    QVERIFY(s->isFinished());
    auto run = ScenarioRunStore(*m_db).run(m_trainee, runId);
    QVERIFY(run.ok());
    QVERIFY(run->finished());
    QCOMPARE(run->overall.value_or(-1), double(s->run().score().overall));
    QVERIFY(s->run().score().overall <= 60); // one landmine caps overall at 60
    QCOMPARE(ScenarioRunStore(*m_db).turns(m_trainee, runId)->size(), s->run().turns().size());
    // Nothing is left to resume.
    auto none = session(&clock);
    QVERIFY(!none->unfinishedRun()->has_value());
    const StoreStatus resumed = none->resume();
    QVERIFY(!resumed.ok());
    QCOMPARE(resumed.error().code, StoreError::Code::NotFound);
}

void TestScenarioSession::resumeOfAChangedScenarioIsRefused()
{
    ManualSessionClock clock;
    {
        auto s = session(&clock);
        QVERIFY(s->start().ok());
        playBest(*s, clock, 2);
    }
    Scenario changed = *m_scenario;
    changed.nodes[0].options[0].next = QStringLiteral("upset"); // the stored second turn no longer fits
    ScenarioSession s(m_db.get(), m_course, changed, m_trainee, m_trainee.userId, &clock);
    const StoreStatus resumed = s.resume();
    QVERIFY(!resumed.ok());
    QCOMPARE(resumed.error().code, StoreError::Code::Conflict);
    QVERIFY(!s.isStarted());
    // Starting again works.
    QVERIFY(s.start().ok());
    QCOMPARE(s.run().turns().size(), 0);
}

void TestScenarioSession::resumeFinishesARunWhoseTotalsWereNotWritten()
{
    ManualSessionClock clock;
    auto s = session(&clock);
    QVERIFY(s->start().ok());
    playBest(*s, clock, 6);
    // The last turn is stored as the app would, but the app "stops" before finishing.
    ScenarioRun copy = s->run();
    const TurnResult last = copy.choose(0, 1000);
    QVERIFY(last.finished);
    ScenarioTurn t;
    t.turnIndex = 6;
    t.nodeId = last.nodeId;
    t.optionIndex = 0;
    t.replyMs = 1000;
    t.moodAfter = last.moodAfter;
    t.scoreChanges = last.scores;
    QVERIFY(ScenarioRunStore(*m_db).recordTurn(m_trainee, s->runId(), t).ok());

    auto resumed = session(&clock);
    QVERIFY(resumed->resume().ok());
    QVERIFY(resumed->isFinished());
    auto run = ScenarioRunStore(*m_db).run(m_trainee, s->runId());
    QVERIFY(run.ok());
    QVERIFY(run->finished());
    QCOMPARE(run->overall.value_or(-1), double(copy.score().overall));
}

void TestScenarioSession::refusedWriteLeavesTheSessionAsItWas()
{
    ManualSessionClock clock;
    auto s = session(&clock);
    QVERIFY(s->start().ok());
    playBest(*s, clock, 1);
    // Another window finished this run: the store refuses further turns.
    QVERIFY(ScenarioRunStore(*m_db)
                .finishRun(m_trainee, s->runId(), Outcome::Lost, QString(), {}, 0, clock.now())
                .ok());
    const QString node = s->run().currentNodeId();
    const int mood = s->run().mood();
    auto t = s->choose(0);
    QVERIFY(!t.ok());
    QCOMPARE(t.error().code, StoreError::Code::Conflict);
    QCOMPARE(s->run().currentNodeId(), node);
    QCOMPARE(s->run().mood(), mood);
    QCOMPARE(s->run().turns().size(), 1);
}

void TestScenarioSession::withoutAUserNothingIsStored()
{
    ManualSessionClock clock;
    ScenarioSession s(nullptr, m_course, *m_scenario, Actor{}, 0, &clock);
    QVERIFY(!s.isRecording());
    QVERIFY(s.start().ok());
    QCOMPARE(s.runId(), 0);
    playBest(s, clock);
    QVERIFY(s.isFinished());
    QCOMPARE(s.score().overall, 100);
    QVERIFY(!s.resume().ok());
}

void TestScenarioSession::debriefPutsEachChoiceBesideTheBestOne()
{
    ManualSessionClock clock;
    auto s = session(&clock);
    QVERIFY(s->start().ok());
    s->presented();
    QVERIFY(s->choose(2).ok()); // landmine at "open"
    playBest(*s, clock);
    const ScenarioDebrief d = s->debrief();
    QCOMPARE(d.steps.size(), s->run().turns().size());
    const DebriefStep &first = d.steps.first();
    QCOMPARE(first.customer, m_scenario->nodes[0].customer);
    QCOMPARE(first.yourText, m_scenario->nodes[0].options[2].text);
    QCOMPARE(first.bestOptionIndex, 0);
    QCOMPARE(first.bestText, m_scenario->nodes[0].options[0].text);
    QVERIFY(!first.turn.bestChoice);
    QCOMPARE(first.turn.landmines.size(), 1);
    // The free reply: the best move covers every required element.
    const DebriefStep &reply = d.steps.at(2);
    QVERIFY(reply.turn.freeReply);
    QCOMPARE(reply.yourText, kGoodReply);
    QVERIFY(reply.bestIsFreeReply);
    QCOMPARE(reply.bestElements.size(), 4);
    QVERIFY(reply.turn.bestChoice);
    // The best run from the start and the endings.
    QCOMPARE(d.best.size(), 7);
    QCOMPARE(d.best.first().text, m_scenario->nodes[0].options[0].text);
    QCOMPARE(d.best.at(2).optionIndex, -1);
    QCOMPARE(d.best.at(2).elements.size(), 4);
    QCOMPARE(d.outcome, std::optional<Outcome>(Outcome::Resolved));
    QCOMPARE(d.bestOutcome, std::optional<Outcome>(Outcome::Resolved));
    QCOMPARE(d.endingTitle, m_scenario->ending(QStringLiteral("resolved"))->title);
    QCOMPARE(d.score.overall, s->score().overall);
    QCOMPARE(d.score.landmineHits, 1);
}

QTEST_GUILESS_MAIN(TestScenarioSession)
#include "tst_scenariosession.moc"
