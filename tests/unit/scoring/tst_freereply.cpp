// Free-reply scoring: required elements, forbidden phrases, length, reply time, invalid patterns, and
// the sentences a trainee reads (docs/scoring.md, "Free replies").
#include "scoring/freereplyscorer.h"
#include "scoring/rubric.h"

#include "scoringfixtures.h"

#include <QtTest>

using namespace dojo;
using namespace dojo::fixtures;

namespace {

// The reply of docs/content-format.md, plus a "when" element and an English forbidden rule.
FreeReply reply()
{
    FreeReply f;
    f.required = {
        element(QStringLiteral("apology"), QStringLiteral("道歉"),
                {QStringLiteral("抱歉"), QStringLiteral("对不起"), QStringLiteral("不好意思"),
                 QStringLiteral("sorry")},
                {}, {{QStringLiteral("attitude"), 2}}),
        element(QStringLiteral("plan"), QStringLiteral("给出方案"),
                {QStringLiteral("补发"), QStringLiteral("换货"), QStringLiteral("退款")},
                {QStringLiteral("加急|顺丰|sf express")}, {{QStringLiteral("resolution"), 3}}),
        element(QStringLiteral("when"), QStringLiteral("说明到货时间"), {QStringLiteral("明天")},
                {QStringLiteral("\\d+\\s*(天|小时)")}, {{QStringLiteral("knowledge"), 1}}),
    };
    f.forbidden = {
        forbidden({QStringLiteral("不可能"), QStringLiteral("没办法")}, {}, QStringLiteral("cold-tone"),
                  QStringLiteral("直接拒绝会让顾客更生气。")),
        forbidden({QStringLiteral("no")}, {QStringLiteral("calm\\s+down")}, {}, {}),
    };
    f.minLength = 10;
    f.maxLength = 60;
    f.targetSeconds = 60;
    f.passCount = 2;
    return f;
}

FreeReplyResult score(const FreeReply &f, const QString &text, qint64 ms = 20000, int scenarioTarget = 0)
{
    return FreeReplyScorer(zhRubric(), landmines()).score(f, text, ms, scenarioTarget);
}

} // namespace

Q_DECLARE_METATYPE(dojo::ScoreDeltas)

class TestFreeReply : public QObject {
    Q_OBJECT
private slots:
    void elements_data();
    void elements();
    void perfectReplyExplained();
    void missingElementsExplained();
    void forbiddenPhraseIsLandmine();
    void forbiddenWithoutLandmineOrFeedback();
    void forbiddenCountsOncePerRule();
    void length_data();
    void length();
    void replyTime_data();
    void replyTime();
    void passDefaultsToAll();
    void invalidPatternReportedNotFatal();
    void patternsSeeNfkcText();
    void jsonForStorage();
};

void TestFreeReply::elements_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("found");
    QTest::addColumn<bool>("passed");
    QTest::addColumn<ScoreDeltas>("scores");
    QTest::newRow("all three") << QStringLiteral("亲，非常抱歉！我马上为您加急补发，明天就能到。")
                               << QStringList{QStringLiteral("apology"), QStringLiteral("plan"),
                                              QStringLiteral("when")}
                               << true << pts({{"attitude", 2}, {"resolution", 3}, {"knowledge", 1}});
    QTest::newRow("apology only fails")
        << QStringLiteral("真的非常抱歉给您带来不便了") << QStringList{QStringLiteral("apology")} << false
        << pts({{"attitude", 2}});
    QTest::newRow("two of three pass") << QStringLiteral("不好意思，我们给您换货好吗？")
                                       << QStringList{QStringLiteral("apology"), QStringLiteral("plan")}
                                       << true << pts({{"attitude", 2}, {"resolution", 3}});
    QTest::newRow("pattern alternative")
        << QStringLiteral("对不起，这边给您发顺丰，3 天内到")
        << QStringList{QStringLiteral("apology"), QStringLiteral("plan"), QStringLiteral("when")} << true
        << pts({{"attitude", 2}, {"resolution", 3}, {"knowledge", 1}});
    QTest::newRow("english, any case") << QStringLiteral("I'm SORRY, we ship by SF Express today")
                                       << QStringList{QStringLiteral("apology"), QStringLiteral("plan")}
                                       << true << pts({{"attitude", 2}, {"resolution", 3}});
    QTest::newRow("full-width english")
        << QStringLiteral("ＳＯＲＲＹ about the wait, really") << QStringList{QStringLiteral("apology")}
        << false << pts({{"attitude", 2}});
    QTest::newRow("nothing") << QStringLiteral("您好，请问有什么可以帮您？") << QStringList{} << false
                             << ScoreDeltas{};
}

void TestFreeReply::elements()
{
    QFETCH(QString, text);
    QFETCH(QStringList, found);
    QFETCH(bool, passed);
    QFETCH(ScoreDeltas, scores);
    const FreeReplyResult r = score(reply(), text);
    QCOMPARE(r.foundElements, found);
    QCOMPARE(r.found, found.size());
    QCOMPARE(r.required, 3);
    QCOMPARE(r.passCount, 2);
    QCOMPARE(r.passed, passed);
    QCOMPARE(r.scores, scores);
    QVERIFY(r.problems.isEmpty());
}

void TestFreeReply::perfectReplyExplained()
{
    const FreeReplyResult r =
        score(reply(), QStringLiteral("亲，非常抱歉！我马上为您加急补发，明天就能到。"), 30000);
    const QStringList expected{
        QStringLiteral("You covered “道歉” — +2 态度."),
        QStringLiteral("You covered “给出方案” — +3 解决."),
        QStringLiteral("You covered “说明到货时间” — +1 专业."),
        QStringLiteral("You replied in 30.0 s, within the 60 s target."),
        QStringLiteral("Your reply covered 3 of 3 key points (2 needed) — it works."),
    };
    QCOMPARE(r.explanations, expected);
}

void TestFreeReply::missingElementsExplained()
{
    const FreeReplyResult r = score(reply(), QStringLiteral("真的非常抱歉给您带来不便了"));
    QCOMPARE(r.missingElements, (QStringList{QStringLiteral("plan"), QStringLiteral("when")}));
    QVERIFY(r.explanations.contains(QStringLiteral("You did not cover “给出方案”.")));
    QVERIFY(r.explanations.contains(QStringLiteral("You did not cover “说明到货时间”.")));
    QCOMPARE(r.explanations.last(),
             QStringLiteral("Your reply covered 1 of 3 key points (2 needed) — not enough."));
}

void TestFreeReply::forbiddenPhraseIsLandmine()
{
    const FreeReplyResult r = score(reply(), QStringLiteral("抱歉，补发是不可能的，只能退款"));
    QVERIFY(r.passed); // forbidden phrases cost points and count as landmines; they do not decide pass
    QCOMPARE(r.landmines, QStringList{QStringLiteral("cold-tone")});
    QCOMPARE(r.forbidden.size(), 1);
    QCOMPARE(r.forbidden[0].rule, 0);
    QCOMPARE(r.forbidden[0].matched, QStringLiteral("不可能"));
    QCOMPARE(r.scores.value(QStringLiteral("compliance")), -5);
    QVERIFY2(r.explanations.contains(
                 QStringLiteral("“不可能”: 直接拒绝会让顾客更生气。 — landmine “冷漠语气”, −5 合规.")),
             qPrintable(r.explanations.join(u'\n')));
}

void TestFreeReply::forbiddenWithoutLandmineOrFeedback()
{
    // "no" is a whole English word here, so "know" and "nothing" do not trigger it; "calm  down" does.
    FreeReplyResult r = score(reply(), QStringLiteral("I know, I'm sorry, nothing like that should happen"));
    QVERIFY(r.forbidden.isEmpty());
    r = score(reply(), QStringLiteral("Please calm  down, we will send a replacement"));
    QCOMPARE(r.forbidden.size(), 1);
    QVERIFY(r.landmines.isEmpty());
    QCOMPARE(r.forbidden[0].matched, QStringLiteral("calm down")); // white space collapsed first
    QVERIFY(r.explanations.contains(
        QStringLiteral("You wrote “calm down”, which should not be said — −5 合规.")));
    r = score(reply(), QStringLiteral("No, sorry, we cannot do that today"));
    QCOMPARE(r.forbidden.size(), 1);
    QCOMPARE(r.forbidden[0].matched, QStringLiteral("no"));
}

void TestFreeReply::forbiddenCountsOncePerRule()
{
    const FreeReplyResult r = score(reply(), QStringLiteral("不可能，没办法，真的不可能补发"));
    QCOMPARE(r.forbidden.size(), 1);
    QCOMPARE(r.scores.value(QStringLiteral("compliance")), -5);
    QCOMPARE(r.landmines.size(), 1);
}

void TestFreeReply::length_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("tooShort");
    QTest::addColumn<bool>("tooLong");
    QTest::addColumn<QString>("line");
    QTest::newRow("short chinese")
        << QStringLiteral("抱歉，补发") << 5 << true << false
        << QStringLiteral(
               "Your reply has 5 characters; at least 10 are expected, or it reads as curt — −2 态度.");
    QTest::newRow("exactly the minimum")
        << QStringLiteral("抱歉，马上给您补发。") << 10 << false << false << QString();
    QTest::newRow("short english") << QStringLiteral(" sorry  ") << 5 << true << false << QString();
    QTest::newRow("long") << QStringLiteral("抱歉").repeated(31) << 62 << false << true
                          << QStringLiteral("Your reply has 62 characters; at most 60 are expected, so the "
                                            "customer waits and reads long — −2 效率.");
}

void TestFreeReply::length()
{
    QFETCH(QString, text);
    QFETCH(int, length);
    QFETCH(bool, tooShort);
    QFETCH(bool, tooLong);
    QFETCH(QString, line);
    const FreeReplyResult r = score(reply(), text);
    QCOMPARE(r.length, length);
    QCOMPARE(r.tooShort, tooShort);
    QCOMPARE(r.tooLong, tooLong);
    if (tooShort)
        QCOMPARE(r.scores.value(QStringLiteral("attitude")), 0); // +2 apology −2 too short
    if (tooLong)
        QCOMPARE(r.scores.value(QStringLiteral("speed")), -2);
    if (!line.isEmpty())
        QVERIFY2(r.explanations.contains(line), qPrintable(r.explanations.join(u'\n')));
}

void TestFreeReply::replyTime_data()
{
    QTest::addColumn<int>("replyTarget");
    QTest::addColumn<int>("scenarioTarget");
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<int>("speed");
    QTest::addColumn<int>("target");
    QTest::newRow("on time") << 60 << 40 << qint64(60000) << 0 << 60;
    QTest::newRow("late") << 60 << 40 << qint64(60001) << -2 << 60;
    QTest::newRow("twice the target") << 60 << 40 << qint64(120000) << -2 << 60;
    QTest::newRow("more than twice") << 60 << 40 << qint64(120001) << -4 << 60;
    QTest::newRow("scenario target used") << 0 << 40 << qint64(45000) << -2 << 40;
    QTest::newRow("not timed") << 0 << 0 << qint64(999000) << 0 << 0;
    QTest::newRow("negative time is zero") << 60 << 0 << qint64(-5) << 0 << 60;
}

void TestFreeReply::replyTime()
{
    QFETCH(int, replyTarget);
    QFETCH(int, scenarioTarget);
    QFETCH(qint64, ms);
    QFETCH(int, speed);
    QFETCH(int, target);
    FreeReply f = reply();
    f.targetSeconds = replyTarget;
    const FreeReplyResult r =
        score(f, QStringLiteral("非常抱歉，马上为您换货，明天到。"), ms, scenarioTarget);
    QCOMPARE(r.scores.value(QStringLiteral("speed")), speed);
    QCOMPARE(r.late, speed < 0);
    QCOMPARE(r.targetSeconds, target);
    QVERIFY(r.replyMs >= 0);
    if (ms == 45000)
        QVERIFY(
            r.explanations.contains(QStringLiteral("You replied in 45.0 s; the target is 40 s — −2 效率.")));
}

void TestFreeReply::passDefaultsToAll()
{
    FreeReply f = reply();
    f.passCount = -1;
    QVERIFY(!score(f, QStringLiteral("不好意思，我们给您换货好吗？")).passed);
    QVERIFY(score(f, QStringLiteral("不好意思，我们给您换货，明天到好吗？")).passed);
    QCOMPARE(FreeReplyScorer::effectivePassCount(f), 3);
    f.passCount = 9; // more than there are: all of them
    QCOMPARE(FreeReplyScorer::effectivePassCount(f), 3);
    f.passCount = 0;
    QVERIFY(score(f, QStringLiteral("您好，请问有什么可以帮您？")).passed);
}

void TestFreeReply::invalidPatternReportedNotFatal()
{
    FreeReply f = reply();
    f.required[1].patterns = {QStringLiteral("(加急"), QStringLiteral("顺丰")};
    f.forbidden[1].patterns = {QStringLiteral("[a-")};
    const QStringList problems = FreeReplyScorer::checkPatterns(f);
    QCOMPARE(problems.size(), 2);
    QVERIFY2(problems[0].startsWith(QStringLiteral("required element “plan”: pattern “(加急” is invalid: ")),
             qPrintable(problems[0]));
    QVERIFY2(problems[1].startsWith(QStringLiteral("forbidden rule 2: pattern “[a-” is invalid: ")),
             qPrintable(problems[1]));

    // Scoring still works: the broken pattern never matches, the valid one still does.
    const FreeReplyResult r = score(f, QStringLiteral("抱歉，给您发顺丰(加急"));
    QCOMPARE(r.problems, problems);
    QCOMPARE(r.foundElements, (QStringList{QStringLiteral("apology"), QStringLiteral("plan")}));
    QVERIFY(r.forbidden.isEmpty());
}

void TestFreeReply::patternsSeeNfkcText()
{
    // Full-width digits become ASCII before matching, so \d sees them.
    const FreeReplyResult r = score(reply(), QStringLiteral("抱歉，换货后３天内到，请放心"));
    QVERIFY(r.foundElements.contains(QStringLiteral("when")));
}

void TestFreeReply::jsonForStorage()
{
    const FreeReplyResult r = score(reply(), QStringLiteral("抱歉，补发是不可能的"), 61000);
    const QJsonObject o = r.toJson();
    QCOMPARE(o.value(QStringLiteral("passed")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("found")).toArray().size(), 2);
    QCOMPARE(o.value(QStringLiteral("missing")).toArray().first().toString(), QStringLiteral("when"));
    QCOMPARE(o.value(QStringLiteral("forbidden"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("landmine"))
                 .toString(),
             QStringLiteral("cold-tone"));
    QCOMPARE(o.value(QStringLiteral("replyMs")).toInteger(), 61000);
    QCOMPARE(deltasFromJson(o.value(QStringLiteral("scores")).toObject()), r.scores);
    QCOMPARE(r.scores, pts({{"attitude", 2}, {"resolution", 3}, {"compliance", -5}, {"speed", -2}}));
}

QTEST_GUILESS_MAIN(TestFreeReply)
#include "tst_freereply.moc"
