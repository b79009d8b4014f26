// ScenarioController: the role-play screen's state, played on the bundled zh-CN course with a
// signed-in trainee (BackendFixture). typingMs is 0 or the typing pause is skipped, so nothing waits.
#include "backendfixture.h"
#include "scenariocontroller.h"

#include "storage/reviewstore.h"
#include "storage/scenariorunstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {
const QString kChat = QStringLiteral("sc-wrong-size");
const QString kGoodReply = QStringLiteral("亲，真抱歉让您着急了～您在订单里申请换货，把27码寄回来，我们收到后给您换28码，新的那条运费店铺承担。");
} // namespace

class TestScenarioController : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void introShowsThePersona();
    void playsAChatScenarioToItsEndingWithTheFreeReply();
    void typingPauseHidesOptionsUntilTheLineAppears();
    void resumeContinuesAnUnfinishedRun();
    void retryStartsAFreshRun();
    void unknownScenarioSaysSo();
    void phoneScenarioSpeaksEachLine();
    void withoutASignedInUserNothingIsSaved();

private:
    // Chooses the first option everywhere and writes the good reply at the free-reply step.
    void playBestToTheEnd(ScenarioController &c);

    std::unique_ptr<BackendFixture> m_world;
};

void TestScenarioController::init()
{
    m_world = std::make_unique<BackendFixture>();
    QVERIFY2(m_world->ok(), qPrintable(m_world->error));
}

void TestScenarioController::cleanup()
{
    m_world.reset();
}

void TestScenarioController::playBestToTheEnd(ScenarioController &c)
{
    for (int guard = 0; guard < 50 && !c.isFinished(); ++guard) {
        QVERIFY(c.awaitingReply());
        if (c.freeReplyActive())
            c.sendFreeReply(kGoodReply);
        else
            c.choose(0);
        QCOMPARE(c.errorText(), QString());
    }
    QVERIFY(c.isFinished());
}

void TestScenarioController::introShowsThePersona()
{
    ScenarioController c;
    c.setScenarioId(kChat);
    QVERIFY(c.isValid());
    QCOMPARE(c.phase(), ScenarioController::Phase::Intro);
    QCOMPARE(c.channel(), QStringLiteral("chat"));
    QCOMPARE(c.persona().value(QStringLiteral("name")).toString(), QStringLiteral("周小姐"));
    QCOMPARE(c.persona().value(QStringLiteral("mood")).toInt(), 35);
    QCOMPARE(c.mood(), 35);
    QCOMPARE(c.targetReplySeconds(), 40);
    QVERIFY(c.isRecording());
    QVERIFY(!c.canResume());
    QVERIFY(c.options().isEmpty());
    QCOMPARE(c.transcript()->count(), 0);
}

void TestScenarioController::playsAChatScenarioToItsEndingWithTheFreeReply()
{
    ScenarioController c;
    QAbstractItemModelTester tester(c.transcript(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    c.setTypingMs(0);
    c.setScenarioId(kChat);
    QSignalSpy records(m_world->session.get(), &AppSession::recordsChanged);
    QSignalSpy mines(&c, &ScenarioController::landmineHit);

    c.start();
    QCOMPARE(c.errorText(), QString());
    QCOMPARE(c.phase(), ScenarioController::Phase::Playing);
    QVERIFY(c.runId() > 0);
    QCOMPARE(c.currentNodeId(), QStringLiteral("open"));
    QVERIFY(c.awaitingReply());
    QCOMPARE(c.options().size(), 3);
    QCOMPARE(c.options().at(2).toMap().value(QStringLiteral("index")).toInt(), 2);
    QCOMPARE(c.replyTargetSeconds(), 40);
    // The note (context) and the customer's first line.
    QCOMPARE(c.transcript()->count(), 2);
    QCOMPARE(c.transcript()->get(0).value(QStringLiteral("speaker")).toString(), QStringLiteral("system"));
    QCOMPARE(c.transcript()->get(1).value(QStringLiteral("speaker")).toString(), QStringLiteral("customer"));
    QCOMPARE(c.customerLine(), c.transcript()->get(1).value(QStringLiteral("text")).toString());

    // A landmine: flagged on the line, the alert names it and says why, the mood drops.
    c.choose(2);
    QCOMPARE(mines.size(), 1);
    QCOMPARE(mines.first().at(0).toString(), QStringLiteral("质问顾客"));
    QVERIFY(!mines.first().at(1).toString().isEmpty());
    QCOMPARE(c.landmineAlert().value(QStringLiteral("names")).toString(), QStringLiteral("质问顾客"));
    QVERIFY(!c.landmineAlert().value(QStringLiteral("description")).toString().isEmpty());
    QCOMPARE(c.mood(), 20);
    QCOMPARE(c.lastMoodDelta(), -15);
    const QVariantMap mine = c.transcript()->get(2);
    QCOMPARE(mine.value(QStringLiteral("speaker")).toString(), QStringLiteral("trainee"));
    QVERIFY(mine.value(QStringLiteral("landmine")).toBool());
    QCOMPARE(mine.value(QStringLiteral("moodDelta")).toInt(), -15);
    QCOMPARE(c.currentNodeId(), QStringLiteral("ask-order"));

    // A good reply clears the alert.
    c.choose(0);
    QVERIFY(c.landmineAlert().isEmpty());
    QCOMPARE(c.currentNodeId(), QStringLiteral("how"));

    // The free reply: options give way to the text box; an empty reply is refused.
    QVERIFY(c.freeReplyActive());
    QVERIFY(c.options().isEmpty());
    QVERIFY(!c.freeReplyPrompt().isEmpty());
    QCOMPARE(c.freeReplyMinLength(), 15);
    QCOMPARE(c.freeReplyMaxLength(), 200);
    QCOMPARE(c.replyTargetSeconds(), 90);
    QCOMPARE(c.replyLength(QStringLiteral("亲，您好")), 4);
    c.sendFreeReply(QStringLiteral("  "));
    QVERIFY(!c.errorText().isEmpty());
    QCOMPARE(c.currentNodeId(), QStringLiteral("how"));
    c.choose(0); // ignored at a free-reply step
    QCOMPARE(c.currentNodeId(), QStringLiteral("how"));
    c.sendFreeReply(kGoodReply);
    QCOMPARE(c.errorText(), QString());
    QCOMPARE(c.currentNodeId(), QStringLiteral("saturday"));
    bool foundReply = false;
    for (int i = 0; i < c.transcript()->count(); ++i) {
        const QVariantMap line = c.transcript()->get(i);
        if (line.value(QStringLiteral("freeReply")).toBool()) {
            QCOMPARE(line.value(QStringLiteral("text")).toString(), kGoodReply);
            foundReply = true;
        }
    }
    QVERIFY(foundReply);

    playBestToTheEnd(c);
    QCOMPARE(c.phase(), ScenarioController::Phase::Finished);
    QVERIFY(!c.awaitingReply());
    QVERIFY(c.options().isEmpty());
    QCOMPARE(c.outcome(), QStringLiteral("resolved"));
    QVERIFY(!c.endingTitle().isEmpty());
    QVERIFY(!c.endingDebrief().isEmpty());
    QCOMPARE(c.bestOutcome(), QStringLiteral("resolved"));
    QVERIFY(c.overall() <= 60); // one landmine
    QCOMPARE(c.overallCap(), 60);
    QVERIFY(!c.scoreNotes().isEmpty());
    QCOMPARE(c.dimensions().size(), 6);
    for (const QVariant &v : c.dimensions()) {
        const QVariantMap d = v.toMap();
        QVERIFY(d.contains(QStringLiteral("id")) && d.contains(QStringLiteral("name")) &&
                d.contains(QStringLiteral("score")) && d.contains(QStringLiteral("cap")) &&
                d.contains(QStringLiteral("assessed")));
        if (d.value(QStringLiteral("id")) == QStringLiteral("compliance"))
            QCOMPARE(d.value(QStringLiteral("cap")).toInt(), 40);
    }
    QCOMPARE(c.path().size(), 7);
    const QVariantMap first = c.path().first().toMap();
    QVERIFY(!first.value(QStringLiteral("wasBest")).toBool());
    QVERIFY(first.value(QStringLiteral("wrong")).toBool());
    QVERIFY(!first.value(QStringLiteral("bestText")).toString().isEmpty());
    QVERIFY(!first.value(QStringLiteral("feedback")).toString().isEmpty());
    QCOMPARE(first.value(QStringLiteral("landmines")).toList().size(), 1);
    const QVariantMap reply = c.path().at(2).toMap();
    QVERIFY(reply.value(QStringLiteral("freeReply")).toBool());
    QVERIFY(reply.value(QStringLiteral("passed")).toBool());
    QCOMPARE(reply.value(QStringLiteral("yourText")).toString(), kGoodReply);
    QCOMPARE(c.bestPath().size(), 7);
    QCOMPARE(c.landminesHit().size(), 1);

    // Stored: the run with its totals, every turn, the wrong decision in the review queue.
    dojo::ScenarioRunStore store(m_world->db());
    auto run = store.run(m_world->trainee.actor(), c.runId());
    QVERIFY(run.ok());
    QVERIFY(run->finished());
    QCOMPARE(run->overall.value_or(-1), double(c.overall()));
    QCOMPARE(store.turns(m_world->trainee.actor(), c.runId())->size(), 7);
    auto card = dojo::ReviewStore(m_world->db())
                    .card(m_world->trainee.actor(), m_world->trainee.id, dojo::ReviewItemKind::ScenarioDecision,
                          kChat + QStringLiteral("/open"));
    QVERIFY(card.ok());
    QVERIFY(card.value().has_value());
    QVERIFY(records.size() >= 7);
}

void TestScenarioController::typingPauseHidesOptionsUntilTheLineAppears()
{
    ScenarioController c;
    c.setTypingMs(60000); // never reached: the pause is skipped below
    c.setScenarioId(kChat);
    c.start();
    QVERIFY(c.customerTyping());
    QVERIFY(!c.awaitingReply());
    QVERIFY(c.options().isEmpty());
    QCOMPARE(c.transcript()->count(), 0);
    QCOMPARE(c.replyElapsedMs(), 0);
    c.choose(0); // nothing to choose yet
    QCOMPARE(c.transcript()->count(), 0);
    c.skipTyping();
    QVERIFY(!c.customerTyping());
    QVERIFY(c.awaitingReply());
    QCOMPARE(c.options().size(), 3);
    c.choose(0);
    QVERIFY(c.customerTyping()); // the next line is being "typed"
    QVERIFY(!c.awaitingReply());
}

void TestScenarioController::resumeContinuesAnUnfinishedRun()
{
    qint64 runId = 0;
    int mood = 0;
    {
        ScenarioController c;
        c.setTypingMs(0);
        c.setScenarioId(kChat);
        c.start();
        c.choose(0);
        c.choose(1); // landmine "arguing"
        runId = c.runId();
        mood = c.mood();
    }
    ScenarioController c;
    c.setTypingMs(0);
    c.setScenarioId(kChat);
    QVERIFY(c.canResume());
    QCOMPARE(c.resumeTurns(), 2);
    c.resume();
    QCOMPARE(c.errorText(), QString());
    QCOMPARE(c.runId(), runId);
    QCOMPARE(c.phase(), ScenarioController::Phase::Playing);
    QCOMPARE(c.currentNodeId(), QStringLiteral("upset"));
    QCOMPARE(c.mood(), mood);
    QVERIFY(c.awaitingReply());
    // The conversation so far: note, customer, you ×2 turns, then the current customer line.
    int trainee = 0, landmines = 0;
    for (int i = 0; i < c.transcript()->count(); ++i) {
        const QVariantMap line = c.transcript()->get(i);
        if (line.value(QStringLiteral("speaker")).toString() == QStringLiteral("trainee"))
            ++trainee;
        if (line.value(QStringLiteral("landmine")).toBool())
            ++landmines;
    }
    QCOMPARE(trainee, 2);
    QCOMPARE(landmines, 1);
    QCOMPARE(c.transcript()->get(c.transcript()->count() - 1).value(QStringLiteral("speaker")).toString(),
             QStringLiteral("customer"));
    playBestToTheEnd(c);
    QCOMPARE(c.path().size(), 2 + 6); // open, ask-order, then upset … wrap

    ScenarioController after;
    after.setScenarioId(kChat);
    QVERIFY(!after.canResume());
}

void TestScenarioController::retryStartsAFreshRun()
{
    ScenarioController c;
    c.setTypingMs(0);
    c.setScenarioId(kChat);
    c.start();
    playBestToTheEnd(c);
    QCOMPARE(c.overall(), 100);
    const qint64 first = c.runId();
    c.retry();
    QCOMPARE(c.phase(), ScenarioController::Phase::Playing);
    QVERIFY(c.runId() > first);
    QCOMPARE(c.currentNodeId(), QStringLiteral("open"));
    QCOMPARE(c.mood(), 35);
    QVERIFY(c.path().isEmpty());
    QCOMPARE(c.transcript()->count(), 2);
    QVERIFY(c.landmineAlert().isEmpty());
}

void TestScenarioController::unknownScenarioSaysSo()
{
    ScenarioController c;
    c.setScenarioId(QStringLiteral("no-such-scenario"));
    QVERIFY(!c.isValid());
    QVERIFY(c.errorText().contains(QStringLiteral("no-such-scenario")));
    c.start();
    QCOMPARE(c.phase(), ScenarioController::Phase::Intro);
    c.choose(0);
    c.sendFreeReply(QStringLiteral("hello"));
    QCOMPARE(c.transcript()->count(), 0);
}

void TestScenarioController::phoneScenarioSpeaksEachLine()
{
    ScenarioController c;
    c.setTypingMs(0);
    c.setScenarioId(QStringLiteral("sc-cod-confirm"));
    QVERIFY(c.isValid());
    QCOMPARE(c.channel(), QStringLiteral("phone"));
    QSignalSpy spoken(&c, &ScenarioController::customerSpoke);
    c.start();
    QCOMPARE(spoken.size(), 1);
    QCOMPARE(spoken.first().first().toString(), c.customerLine());
    QVERIFY(c.callElapsedSeconds() >= 0);
    c.choose(0);
    QVERIFY(spoken.size() == 2 || c.isFinished());
}

void TestScenarioController::withoutASignedInUserNothingIsSaved()
{
    m_world->session->signOut();
    ScenarioController c;
    c.setTypingMs(0);
    c.setScenarioId(kChat);
    QVERIFY(!c.isRecording());
    c.start();
    QCOMPARE(c.runId(), 0);
    playBestToTheEnd(c);
    QCOMPARE(c.overall(), 100);
    auto runs = dojo::ScenarioRunStore(m_world->db()).runs(m_world->trainee.actor(), m_world->trainee.id);
    QVERIFY(runs.ok());
    QVERIFY(runs->isEmpty());
}

QTEST_MAIN(TestScenarioController)
#include "tst_scenariocontroller.moc"
