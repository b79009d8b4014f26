// The scenario engine: turns, mood limits, speed, landmine caps, the best path and the 0–100 scores
// (docs/scoring.md, "Scenarios").
#include "scoring/rubric.h"
#include "scoring/scenariorun.h"

#include "scoringfixtures.h"

#include <QtTest>

using namespace dojo;
using namespace dojo::fixtures;

namespace {

ScenarioOption option(const QString &text, const QString &next, int mood, ScoreDeltas scores,
                      const QString &landmine = {}, const QString &feedback = {})
{
    ScenarioOption o;
    o.text = text;
    o.next = next;
    o.mood = mood;
    o.scores = std::move(scores);
    o.landmine = landmine;
    o.feedback = feedback;
    return o;
}

ScenarioNode node(const QString &id, QList<ScenarioOption> options)
{
    ScenarioNode n;
    n.id = id;
    n.options = std::move(options);
    return n;
}

Ending ending(const QString &id, Outcome outcome, const QString &title)
{
    Ending e;
    e.id = id;
    e.outcome = outcome;
    e.title = title;
    return e;
}

// The dress scenario of docs/content-format.md, with a loop (greet → clarify → greet) and a
// shortcut to a supervisor.
//   greet    0 apologise        → ask-date   mood +15  attitude 2, empathy 2
//            1 interrogate      → ask-date   mood −20  compliance −5, landmine interrogation
//            2 ask which dress  → clarify    mood −5
//            3 hand over        → escalate   mood +5   attitude 2, empathy 2, resolution 3
//   clarify  0 apologise, look  → ask-date   mood +5   attitude 1
//            1 order number?    → greet      mood −5
//   ask-date free reply: apology (attitude 2), plan (resolution 3); pass 2; → solved / escalate;
//            mood +20 / −15; forbidden 不可能 (cold-tone); target 60 s
Scenario dress()
{
    Scenario s;
    s.id = QStringLiteral("sc-dress");
    s.persona.name = QStringLiteral("林女士");
    s.persona.mood = 30;
    s.moodFloor = {5, QStringLiteral("lost-angry")};
    s.moodCeiling = {98, QStringLiteral("delighted")};
    s.targetReplySeconds = 40;
    s.start = QStringLiteral("greet");
    s.nodes = {
        node(QStringLiteral("greet"),
             {option(QStringLiteral("亲，非常抱歉！"), QStringLiteral("ask-date"), 15,
                     pts({{"attitude", 2}, {"empathy", 2}}), {},
                     QStringLiteral("先道歉再解决，顾客感到被重视。")),
              option(QStringLiteral("您是不是用力拉扯了？"), QStringLiteral("ask-date"), -20,
                     pts({{"compliance", -5}}), QStringLiteral("interrogation"),
                     QStringLiteral("质问顾客等于说她在撒谎。")),
              option(QStringLiteral("请问是哪件衣服？"), QStringLiteral("clarify"), -5, {}),
              option(QStringLiteral("我帮您转主管。"), QStringLiteral("escalate"), 5,
                     pts({{"attitude", 2}, {"empathy", 2}, {"resolution", 3}}))}),
        node(QStringLiteral("clarify"),
             {option(QStringLiteral("抱歉，我马上查。"), QStringLiteral("ask-date"), 5,
                     pts({{"attitude", 1}})),
              option(QStringLiteral("请您提供订单号。"), QStringLiteral("greet"), -5, {})}),
    };
    ScenarioNode ask;
    ask.id = QStringLiteral("ask-date");
    FreeReply f;
    f.required = {element(QStringLiteral("apology"), QStringLiteral("道歉"),
                          {QStringLiteral("抱歉"), QStringLiteral("对不起")}, {}, pts({{"attitude", 2}})),
                  element(QStringLiteral("plan"), QStringLiteral("给出方案"),
                          {QStringLiteral("补发"), QStringLiteral("换货")}, {}, pts({{"resolution", 3}}))};
    f.forbidden = {
        forbidden({QStringLiteral("不可能"), QStringLiteral("没办法")}, {}, QStringLiteral("cold-tone"), {})};
    f.targetSeconds = 60;
    f.passCount = 2;
    f.next = QStringLiteral("solved");
    f.failNext = QStringLiteral("escalate");
    f.moodPass = 20;
    f.moodFail = -15;
    ask.freeReply = f;
    s.nodes.append(ask);
    s.endings = {ending(QStringLiteral("solved"), Outcome::Resolved, QStringLiteral("顾客满意")),
                 ending(QStringLiteral("delighted"), Outcome::Resolved, QStringLiteral("顾客非常满意")),
                 ending(QStringLiteral("escalate"), Outcome::Escalated, QStringLiteral("转交主管")),
                 ending(QStringLiteral("lost-angry"), Outcome::Lost, QStringLiteral("顾客给了差评"))};
    return s;
}

ScenarioRun run(const Scenario &s = dress())
{
    return ScenarioRun(s, zhRubric(), landmines());
}

const QString kGoodReply = QStringLiteral("亲，非常抱歉！我马上为您加急补发。");

} // namespace

class TestScenarioRun : public QObject {
    Q_OBJECT
private slots:
    void startsAtStartWithPersonaMood();
    void bestPathOfDress();
    void perfectRunScores100();
    void landmineHeavyRunScoresLow();
    void oneLandmineCapsCompliance();
    void threeLandminesZeroCompliance();
    void moodFloorEndsEarly();
    void moodCeilingEndsEarly();
    void moodLimitToNodeDoesNotRetrigger();
    void speedPenalty_data();
    void speedPenalty();
    void worseEndingCapsResolution();
    void middlingRun();
    void turnExplanations();
    void decisionFlags();
    void rejectedCallsChangeNothing();
    void replayIsDeterministic();
    void bestPathHandlesCycles();
    void bestPathSearchHasABudget();
    void unknownTargetEndsRun();
    void invalidStart();
    void jsonForStorage();
};

void TestScenarioRun::startsAtStartWithPersonaMood()
{
    ScenarioRun r = run();
    QVERIFY(r.isValid());
    QCOMPARE(r.currentNodeId(), QStringLiteral("greet"));
    QCOMPARE(r.mood(), 30);
    QVERIFY(!r.isFinished());
    QVERIFY(!r.outcome().has_value());

    Scenario s = dress();
    s.persona.mood = 140;
    QCOMPARE(run(s).mood(), 100); // clamped
}

void TestScenarioRun::bestPathOfDress()
{
    const ScenarioRun r = run();
    const ScenarioPath &best = r.bestPath();
    QVERIFY(best.complete);
    QVERIFY(best.reachesEnding);
    QCOMPARE(best.endingId, QStringLiteral("solved"));
    QCOMPARE(best.outcome, Outcome::Resolved);
    QCOMPARE(best.landmines, 0);
    QCOMPARE(best.steps.size(), 2);
    QCOMPARE(best.steps[0].nodeId, QStringLiteral("greet"));
    QCOMPARE(best.steps[0].optionIndex, 0);
    QCOMPARE(best.steps[0].moodAfter, 45);
    QCOMPARE(best.steps[1].nodeId, QStringLiteral("ask-date"));
    QCOMPARE(best.steps[1].optionIndex, -1);
    QVERIFY(best.steps[1].freeReplyPassed);
    QCOMPARE(best.steps[1].moodAfter, 65);
    QCOMPARE(best.points, pts({{"attitude", 4}, {"empathy", 2}, {"resolution", 3}}));
}

void TestScenarioRun::perfectRunScores100()
{
    ScenarioRun r = run();
    QVERIFY(r.choose(0, 5000).accepted);
    const TurnResult last = r.freeReply(kGoodReply, 20000);
    QVERIFY(last.accepted);
    QVERIFY(last.finished);
    QCOMPARE(last.endingId, QStringLiteral("solved"));
    QVERIFY(r.isFinished());
    QCOMPARE(r.outcome(), Outcome::Resolved);

    const RubricScore s = r.score();
    QCOMPARE(s.overall, 100);
    for (const DimensionScore &d : s.dimensions) {
        if (d.assessed)
            QCOMPARE(d.score, 100);
    }
    QCOMPARE(s.score(QStringLiteral("attitude")), 100);
    QCOMPARE(s.score(QStringLiteral("speed")), 100);
    QCOMPARE(s.score(QStringLiteral("compliance")), 100);
    QCOMPARE(s.score(QStringLiteral("knowledge")), -1); // nothing in this scenario scores knowledge
    QVERIFY(s.explanations.isEmpty());
}

// Interrogate, then refuse flatly: two landmines, the customer leaves (mood floor).
void TestScenarioRun::landmineHeavyRunScoresLow()
{
    ScenarioRun r = run();
    const TurnResult first = r.choose(1, 5000);
    QCOMPARE(first.landmines.size(), 1);
    QCOMPARE(first.landmines[0].name, QStringLiteral("质问顾客"));
    QCOMPARE(r.mood(), 10);
    const TurnResult second = r.freeReply(QStringLiteral("这种情况不可能补偿，没办法。"), 20000);
    QCOMPARE(second.landmines.size(), 1);
    QCOMPARE(second.landmines[0].id, QStringLiteral("cold-tone"));
    QVERIFY(second.moodLimit);
    QCOMPARE(second.endingId, QStringLiteral("lost-angry"));
    QCOMPARE(r.landmineHits(), 2);

    const RubricScore s = r.score();
    QCOMPARE(s.score(QStringLiteral("compliance")), 0); // −10 points and capped at 20
    QCOMPARE(s.score(QStringLiteral("attitude")), 0);   // 0 of 4
    QCOMPARE(s.score(QStringLiteral("empathy")), 0);    // 0 of 2
    QCOMPARE(s.score(QStringLiteral("resolution")), 0); // 0 of 3, capped at 30 (lost)
    QCOMPARE(s.score(QStringLiteral("speed")), 100);    // on time, at least
    QCOMPARE(s.overall, 20);
    QCOMPARE(s.overallCap, 40);
}

void TestScenarioRun::oneLandmineCapsCompliance()
{
    ScenarioRun r = run();
    r.choose(1, 5000);              // interrogation: compliance −5, mood 10
    r.freeReply(kGoodReply, 20000); // passes: mood 30, solved
    QCOMPARE(r.outcome(), Outcome::Resolved);
    const RubricScore s = r.score();
    const DimensionScore compliance = s.dimensions[5];
    QCOMPARE(compliance.id, QStringLiteral("compliance"));
    QCOMPARE(compliance.points, -5);
    QCOMPARE(compliance.cap, 40);
    QCOMPARE(compliance.score, 40);                    // 100 − 10 × 5 = 50, capped at 40
    QCOMPARE(s.score(QStringLiteral("attitude")), 50); // 2 of 4
    QCOMPARE(s.score(QStringLiteral("empathy")), 0);
    QCOMPARE(s.score(QStringLiteral("resolution")), 100);
    QCOMPARE(s.overall, 58); // (50 + 0 + 100 + 100 + 40) / 5 = 58, under the cap of 60
    QCOMPARE(s.overallCap, 60);
    QVERIFY2(s.explanations.contains(QStringLiteral("合规 is at most 40: 1 landmine(s) hit.")),
             qPrintable(s.explanations.join(u'\n')));
}

// A pushy salesperson loop: each round is a landmine; the best run leaves at once.
void TestScenarioRun::threeLandminesZeroCompliance()
{
    Scenario s;
    s.id = QStringLiteral("sc-upsell");
    s.persona.mood = 60;
    s.start = QStringLiteral("offer");
    s.nodes = {node(QStringLiteral("offer"), {option(QStringLiteral("再看看这款？"), QStringLiteral("offer"),
                                                     -5, pts({{"attitude", 1}}), QStringLiteral("pushing")),
                                              option(QStringLiteral("好的，有需要随时找我。"),
                                                     QStringLiteral("done"), 5, pts({{"attitude", 1}}))})};
    s.endings = {ending(QStringLiteral("done"), Outcome::Resolved, QStringLiteral("done"))};
    ScenarioRun r = run(s);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(r.choose(0, 1000).nextId, QStringLiteral("offer")); // a run may loop; the best run may not
    r.choose(1, 1000);
    QVERIFY(r.isFinished());
    const RubricScore score = r.score();
    QCOMPARE(r.landmineHits(), 3);
    QCOMPARE(score.score(QStringLiteral("compliance")), 0);
    QCOMPARE(score.score(QStringLiteral("attitude")), 100); // 4 points, more than the best run's 1
    QCOMPARE(score.overallCap, 20);
    QCOMPARE(score.overall, 20);
}

void TestScenarioRun::moodFloorEndsEarly()
{
    ScenarioRun r = run();
    r.choose(1, 1000);                                                      // mood 30 → 10
    const TurnResult t = r.freeReply(QStringLiteral("好的，我看看"), 1000); // fails: −15 → 0
    QCOMPARE(t.moodBefore, 10);
    QCOMPARE(t.moodAfter, 0);
    QVERIFY(t.moodLimit);
    QCOMPARE(t.nextId, QStringLiteral("lost-angry")); // not fail_next "escalate"
    QVERIFY(t.finished);
    QCOMPARE(t.outcome, Outcome::Lost);
    QVERIFY(t.explanations.contains(
        QStringLiteral("The customer's mood fell to 0, the limit this customer accepts (5).")));
    QCOMPARE(t.explanations.last(), QStringLiteral("The conversation ends: 顾客给了差评."));
    QCOMPARE(r.outcome(), Outcome::Lost);
    QCOMPARE(r.score().score(QStringLiteral("resolution")), 0);
}

void TestScenarioRun::moodCeilingEndsEarly()
{
    Scenario s = dress();
    s.persona.mood = 80;
    ScenarioRun r = run(s);
    QCOMPARE(r.choose(0, 1000).moodAfter, 95);
    const TurnResult t = r.freeReply(kGoodReply, 1000);
    QCOMPARE(t.moodAfter, 100);
    QVERIFY(t.moodLimit);
    QCOMPARE(t.endingId, QStringLiteral("delighted"));
    // The best run from mood 80 ends the same way, so nothing is capped.
    QCOMPARE(r.bestPath().endingId, QStringLiteral("delighted"));
    QCOMPARE(r.score().overall, 100);
}

// A mood limit may send the run to a node; staying below the limit on a neutral turn does not send
// it there again, a further drop does.
void TestScenarioRun::moodLimitToNodeDoesNotRetrigger()
{
    Scenario s;
    s.id = QStringLiteral("sc-limit");
    s.persona.mood = 20;
    s.moodFloor = {10, QStringLiteral("manager")};
    s.start = QStringLiteral("a");
    s.nodes = {
        node(QStringLiteral("a"), {option(QStringLiteral("x"), QStringLiteral("b"), -15, {})}),
        node(QStringLiteral("b"), {option(QStringLiteral("y"), QStringLiteral("end"), 0, {})}),
        node(QStringLiteral("manager"), {option(QStringLiteral("calm"), QStringLiteral("end"), 0, {}),
                                         option(QStringLiteral("worse"), QStringLiteral("end"), -1, {})})};
    s.endings = {ending(QStringLiteral("end"), Outcome::Escalated, QStringLiteral("end")),
                 ending(QStringLiteral("other"), Outcome::Resolved, QStringLiteral("other"))};
    ScenarioRun r = run(s);
    const TurnResult t = r.choose(0, 0);
    QVERIFY(t.moodLimit);
    QCOMPARE(r.currentNodeId(), QStringLiteral("manager"));
    QCOMPARE(r.mood(), 5);
    const TurnResult calm = r.choose(0, 0);
    QVERIFY(!calm.moodLimit);
    QCOMPARE(calm.endingId, QStringLiteral("end"));

    ScenarioRun again = run(s);
    again.choose(0, 0);
    const TurnResult worse = again.choose(1, 0);
    QVERIFY(worse.moodLimit); // dropped further while at the limit
    QCOMPARE(worse.nextId, QStringLiteral("manager"));
    QVERIFY(!again.isFinished());
}

void TestScenarioRun::speedPenalty_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<int>("speedPoints");
    QTest::addColumn<int>("speedScore");
    QTest::newRow("on time") << qint64(40000) << 0 << 100;
    QTest::newRow("late") << qint64(40001) << -2 << 80;
    QTest::newRow("very late") << qint64(80001) << -4 << 60;
}

void TestScenarioRun::speedPenalty()
{
    QFETCH(qint64, ms);
    QFETCH(int, speedPoints);
    QFETCH(int, speedScore);
    ScenarioRun r = run();
    const TurnResult t = r.choose(0, ms); // target 40 s (scenario)
    QCOMPARE(t.targetSeconds, 40);
    QCOMPARE(t.late, speedPoints < 0);
    QCOMPARE(t.scores.value(dimension::speed), speedPoints);
    QCOMPARE(t.scores.value(dimension::attitude), 2); // the option's own points are untouched
    r.freeReply(kGoodReply, 60000);                   // the free reply's own target: 60 s, on time
    QCOMPARE(r.score().score(QStringLiteral("speed")), speedScore);
    QCOMPARE(r.score().overall, (4 * 100 + speedScore) / 5); // docs/scoring.md: 41 s → 96
    if (speedPoints == -2)
        QVERIFY(
            t.explanations.contains(QStringLiteral("You replied in 40.0 s; the target is 40 s — −2 效率.")));
}

void TestScenarioRun::worseEndingCapsResolution()
{
    ScenarioRun r = run();
    const TurnResult t = r.choose(3, 1000); // hand over: full resolution points, but escalated
    QCOMPARE(t.outcome, Outcome::Escalated);
    const RubricScore s = r.score();
    QCOMPARE(s.dimensions[4].id, QStringLiteral("resolution"));
    QCOMPARE(s.dimensions[4].points, 3);
    QCOMPARE(s.dimensions[4].cap, 60);
    QCOMPARE(s.score(QStringLiteral("resolution")), 60);
    QVERIFY(s.explanations.contains(QStringLiteral(
        "解决 is at most 60: the conversation ended with “转交主管”; the best run ends with “顾客满意”.")));
    QCOMPARE(s.score(QStringLiteral("attitude")), 50);
}

// Take the detour through clarify: fewer attitude and empathy points, same ending.
void TestScenarioRun::middlingRun()
{
    ScenarioRun r = run();
    r.choose(2, 1000);
    r.choose(0, 1000);
    r.freeReply(kGoodReply, 1000);
    const RubricScore s = r.score();
    QCOMPARE(s.score(QStringLiteral("attitude")), 75); // 3 of 4
    QCOMPARE(s.score(QStringLiteral("empathy")), 0);
    QCOMPARE(s.score(QStringLiteral("resolution")), 100);
    QCOMPARE(s.overall, 75); // (75 + 0 + 100 + 100 + 100) / 5
}

void TestScenarioRun::turnExplanations()
{
    ScenarioRun r = run();
    const TurnResult t = r.choose(1, 3000);
    const QStringList expected{
        QStringLiteral("质问顾客等于说她在撒谎。"),
        QStringLiteral("Points: −5 合规."),
        QStringLiteral("That is the landmine “质问顾客”."),
        QStringLiteral("The customer's mood: 30 → 10."),
    };
    QCOMPARE(t.explanations, expected);
    QCOMPARE(t.feedback, QStringLiteral("质问顾客等于说她在撒谎。"));

    const TurnResult reply = r.freeReply(kGoodReply, 3000);
    QVERIFY(reply.freeReply.has_value());
    QVERIFY(reply.explanations.contains(QStringLiteral("You covered “道歉” — +2 态度.")));
    QCOMPARE(reply.explanations.last(), QStringLiteral("The conversation ends: 顾客满意."));
}

void TestScenarioRun::decisionFlags()
{
    struct Case {
        int option;
        bool best;
        bool wrong;
    };
    for (const Case c :
         {Case{0, true, false}, Case{1, false, true}, Case{2, false, false}, Case{3, false, false}}) {
        ScenarioRun r = run();
        const TurnResult t = r.choose(c.option, 1000);
        QCOMPARE(t.bestChoice, c.best);
        QCOMPARE(t.wrongDecision, c.wrong);
    }
    ScenarioRun r = run();
    r.choose(0, 1000);
    const TurnResult failed = r.freeReply(QStringLiteral("好的，我知道了，请稍等一下"), 1000);
    QVERIFY(failed.wrongDecision);
    QVERIFY(!failed.bestChoice);

    ScenarioRun rude = run();
    rude.choose(0, 1000);
    const TurnResult passedRudely = rude.freeReply(QStringLiteral("抱歉，补发不可能这么快"), 1000);
    QVERIFY(passedRudely.freeReply->passed);
    QVERIFY(passedRudely.wrongDecision); // a landmine makes it wrong even when it passes
}

void TestScenarioRun::rejectedCallsChangeNothing()
{
    ScenarioRun r = run();
    TurnResult t = r.freeReply(kGoodReply, 1000); // greet has options
    QVERIFY(!t.accepted);
    QVERIFY(!t.error.isEmpty());
    t = r.choose(4, 1000);
    QVERIFY(!t.accepted);
    t = r.choose(-1, 1000);
    QVERIFY(!t.accepted);
    QCOMPARE(r.turns().size(), 0);
    QCOMPARE(r.mood(), 30);

    r.choose(0, 1000);
    t = r.choose(0, 1000); // ask-date wants a free reply
    QVERIFY(!t.accepted);
    r.freeReply(kGoodReply, 1000);
    QVERIFY(r.isFinished());
    t = r.choose(0, 1000);
    QVERIFY(!t.accepted);
    QCOMPARE(t.error, QStringLiteral("the run has finished"));
    QCOMPARE(r.turns().size(), 2);
}

void TestScenarioRun::replayIsDeterministic()
{
    ScenarioRun a = run();
    a.choose(2, 1200);
    a.choose(1, 800);
    a.choose(0, 45000);
    a.freeReply(QStringLiteral("对不起，给您换货。"), 70000);
    ScenarioRun b = run();
    for (const TurnResult &t : a.turns()) {
        if (t.freeReply)
            b.freeReply(t.replyText, t.replyMs);
        else
            b.choose(t.optionIndex, t.replyMs);
    }
    QCOMPARE(b.turns().size(), a.turns().size());
    for (qsizetype i = 0; i < a.turns().size(); ++i)
        QCOMPARE(b.turns()[i].toJson(), a.turns()[i].toJson());
    QCOMPARE(b.score().toJson(), a.score().toJson());
    QCOMPARE(b.mood(), a.mood());
}

void TestScenarioRun::bestPathHandlesCycles()
{
    // From clarify, going back to greet (once) and apologising there earns the most.
    const ScenarioPath fromClarify = ScenarioRun::findBestPath(dress(), QStringLiteral("clarify"), 30);
    QVERIFY(fromClarify.complete);
    QCOMPARE(fromClarify.steps.size(), 3);
    QCOMPARE(fromClarify.steps[0].optionIndex, 1);
    QCOMPARE(fromClarify.steps[1].nodeId, QStringLiteral("greet"));
    QCOMPARE(fromClarify.steps[1].optionIndex, 0);
    QCOMPARE(fromClarify.endingId, QStringLiteral("solved"));

    // A self-loop worth points cannot be farmed: the best run never visits a node twice.
    Scenario s;
    s.persona.mood = 50;
    s.start = QStringLiteral("a");
    s.nodes = {node(QStringLiteral("a"),
                    {option(QStringLiteral("again"), QStringLiteral("a"), 0, pts({{"attitude", 5}})),
                     option(QStringLiteral("leave"), QStringLiteral("end"), 0, pts({{"attitude", 1}}))})};
    s.endings = {ending(QStringLiteral("end"), Outcome::Resolved, QStringLiteral("end"))};
    const ScenarioPath best = ScenarioRun::findBestPath(s, QStringLiteral("a"), 50);
    QVERIFY(best.complete);
    QCOMPARE(best.steps.size(), 1);
    QCOMPARE(best.steps[0].optionIndex, 1);

    // A loop without any exit has no best run.
    s.nodes[0].options.removeLast();
    const ScenarioPath none = ScenarioRun::findBestPath(s, QStringLiteral("a"), 50);
    QVERIFY(!none.reachesEnding);
}

// 14 nodes, each with options to the next five: far too many simple paths to enumerate. The search
// stops at its budget (best.complete is false) and still returns a run that reaches an ending.
void TestScenarioRun::bestPathSearchHasABudget()
{
    Scenario s;
    s.persona.mood = 50;
    s.start = QStringLiteral("n0");
    const int n = 14;
    for (int i = 0; i < n; ++i) {
        QList<ScenarioOption> options;
        for (int k = 1; k <= 5; ++k)
            options.append(option(QStringLiteral("o%1").arg(k), QStringLiteral("n%1").arg((i + k) % n), 0,
                                  pts({{"attitude", k}})));
        options.append(option(QStringLiteral("end"), QStringLiteral("end"), 0, {}));
        s.nodes.append(node(QStringLiteral("n%1").arg(i), options));
    }
    s.endings = {ending(QStringLiteral("end"), Outcome::Resolved, QStringLiteral("end"))};
    const ScenarioPath best = ScenarioRun::findBestPath(s, QStringLiteral("n0"), 50);
    QVERIFY(!best.complete);
    QVERIFY(best.reachesEnding);
    QVERIFY(totalPoints(best.points) > 0);
}

void TestScenarioRun::unknownTargetEndsRun()
{
    Scenario s = dress();
    s.nodes[0].options[0].next = QStringLiteral("nowhere");
    ScenarioRun r = run(s);
    const TurnResult t = r.choose(0, 0);
    QVERIFY(t.accepted);
    QVERIFY(t.finished);
    QVERIFY(t.endingId.isEmpty());
    QVERIFY(r.isFinished());
    QVERIFY(!r.outcome().has_value());
}

void TestScenarioRun::invalidStart()
{
    Scenario s = dress();
    s.start = QStringLiteral("missing");
    ScenarioRun r = run(s);
    QVERIFY(!r.isValid());
    QVERIFY(!r.choose(0, 0).accepted);
    QVERIFY(!r.bestPath().reachesEnding);
}

void TestScenarioRun::jsonForStorage()
{
    ScenarioRun r = run();
    const QJsonObject choice = r.choose(1, 4200).toJson();
    QCOMPARE(choice.value(QStringLiteral("turn")).toInt(), 1);
    QCOMPARE(choice.value(QStringLiteral("node")).toString(), QStringLiteral("greet"));
    QCOMPARE(choice.value(QStringLiteral("option")).toInt(), 1);
    QCOMPARE(choice.value(QStringLiteral("replyMs")).toInteger(), 4200);
    QCOMPARE(choice.value(QStringLiteral("moodAfter")).toInt(), 10);
    const QJsonObject expectedScores{{QStringLiteral("compliance"), -5}};
    QCOMPARE(choice.value(QStringLiteral("scores")).toObject(), expectedScores);
    QCOMPARE(choice.value(QStringLiteral("landmines")).toArray(),
             QJsonArray{QStringLiteral("interrogation")});
    QCOMPARE(choice.value(QStringLiteral("wrong")).toBool(), true);

    const QJsonObject reply = r.freeReply(kGoodReply, 9000).toJson();
    QCOMPARE(reply.value(QStringLiteral("reply")).toString(), kGoodReply);
    QVERIFY(!reply.contains(QStringLiteral("option")));
    QCOMPARE(reply.value(QStringLiteral("ending")).toString(), QStringLiteral("solved"));
    QCOMPARE(reply.value(QStringLiteral("outcome")).toString(), QStringLiteral("resolved"));

    const QJsonObject score = r.score().toJson();
    QCOMPARE(score.value(QStringLiteral("overall")).toInt(), 58);
    QCOMPARE(score.value(QStringLiteral("landmines")).toInt(), 1);
    const QJsonObject dims = score.value(QStringLiteral("dimensions")).toObject();
    QCOMPARE(dims.keys(),
             (QStringList{QStringLiteral("attitude"), QStringLiteral("compliance"), QStringLiteral("empathy"),
                          QStringLiteral("resolution"), QStringLiteral("speed")}));
    QCOMPARE(dims.value(QStringLiteral("compliance")).toObject().value(QStringLiteral("cap")).toInt(), 40);
}

QTEST_GUILESS_MAIN(TestScenarioRun)
#include "tst_scenariorun.moc"
