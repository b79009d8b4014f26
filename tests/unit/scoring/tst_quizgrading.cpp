// Quiz grading rules, answer JSON and the seeded layout (docs/scoring.md, "Quizzes").
#include "scoring/quizgrading.h"
#include "scoring/stablerandom.h"
#include "scoring/textmatch.h"

#include <QtTest>

using namespace dojo;

Q_DECLARE_METATYPE(dojo::QuizAnswer)

namespace {

ChoiceOption opt(const QString &text, bool correct, const QString &feedback = {})
{
    ChoiceOption o;
    o.text = text;
    o.correct = correct;
    o.feedback = feedback;
    return o;
}

Question single()
{
    Question q;
    q.id = QStringLiteral("q-single");
    q.type = QuestionType::Single;
    q.options = {opt(QStringLiteral("售后客服"), true, QStringLiteral("对，客服代表店铺。")),
                 opt(QStringLiteral("仓库打包员"), false, QStringLiteral("打包员很少直接与顾客交流。")),
                 opt(QStringLiteral("快递员"), false)};
    q.explanation = QStringLiteral("客服是顾客最先接触的人。");
    return q;
}

// Options 0, 1, 2 are right; 3 and 4 are wrong.
Question multiple()
{
    Question q;
    q.id = QStringLiteral("q-multiple");
    q.type = QuestionType::Multiple;
    q.points = 3;
    q.options = {opt(QStringLiteral("a"), true), opt(QStringLiteral("b"), true),
                 opt(QStringLiteral("c"), true), opt(QStringLiteral("d"), false),
                 opt(QStringLiteral("e"), false)};
    return q;
}

Question trueFalse(bool answer)
{
    Question q;
    q.id = QStringLiteral("q-tf");
    q.type = QuestionType::TrueFalse;
    q.answer = answer;
    return q;
}

Question fill()
{
    Question q;
    q.id = QStringLiteral("q-fill");
    q.type = QuestionType::Fill;
    q.answers = {QStringLiteral("快捷短语"), QStringLiteral("快捷回复"), QStringLiteral("Quick Reply")};
    return q;
}

Question ordering(int n)
{
    Question q;
    q.id = QStringLiteral("q-order");
    q.type = QuestionType::Ordering;
    q.points = n;
    for (int i = 0; i < n; ++i)
        q.items.append(QStringLiteral("step %1").arg(i));
    return q;
}

Question matching()
{
    Question q;
    q.id = QStringLiteral("q-match");
    q.type = QuestionType::Matching;
    q.points = 4;
    for (int i = 0; i < 4; ++i)
        q.pairs.append({QStringLiteral("left %1").arg(i), QStringLiteral("right %1").arg(i)});
    return q;
}

Quiz quizOf(QList<Question> questions, int passMark, bool shuffle)
{
    Quiz z;
    z.id = QStringLiteral("quiz");
    z.passMark = passMark;
    z.shuffle = shuffle;
    z.questions = std::move(questions);
    return z;
}

QList<int> ints(std::initializer_list<int> v)
{
    return QList<int>(v);
}

} // namespace

class TestQuizGrading : public QObject {
    Q_OBJECT
private slots:
    void normalization_data();
    void normalization();
    void phraseBoundaries_data();
    void phraseBoundaries();
    void characterCount_data();
    void characterCount();

    void singleChoice_data();
    void singleChoice();
    void trueFalseAnswers();
    void multipleChoicePartialCredit_data();
    void multipleChoicePartialCredit();
    void fillAnswers_data();
    void fillAnswers();
    void orderingLongestOrderedSubset_data();
    void orderingLongestOrderedSubset();
    void matchingPerPair_data();
    void matchingPerPair();
    void mismatchedAnswerIsUnanswered();
    void explanationsCarryFeedback();

    void answerJsonRoundTrip_data();
    void answerJsonRoundTrip();
    void answerJsonRejectsJunk_data();
    void answerJsonRejectsJunk();

    void totalsAndPassMark();
    void gradeQuizFillsMissingAnswers();

    void layoutIsDeterministic();
    void layoutWithoutShuffle();
    void layoutNeverShowsSolvedOrder();
    void layoutMapsChoicesBack();
    void layoutGolden();
};

void TestQuizGrading::normalization_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("forMatch");
    QTest::addColumn<QString>("answer");
    QTest::newRow("full-width latin")
        << QStringLiteral("ＡＢＣ") << QStringLiteral("abc") << QStringLiteral("abc");
    QTest::newRow("spaces collapse") << QStringLiteral("  a  b ") << QStringLiteral("a b")
                                     << QStringLiteral("a b");
    QTest::newRow("tabs and newlines")
        << QStringLiteral("\ta\n\nb\r\n") << QStringLiteral("a b") << QStringLiteral("a b");
    QTest::newRow("ideographic space") << QStringLiteral("Quick\u3000Reply") << QStringLiteral("quick reply")
                                       << QStringLiteral("quick reply");
    QTest::newRow("chinese full stop")
        << QStringLiteral("快捷短语。") << QStringLiteral("快捷短语。") << QStringLiteral("快捷短语");
    QTest::newRow("ascii full stop") << QStringLiteral("Quick reply.") << QStringLiteral("quick reply.")
                                     << QStringLiteral("quick reply");
    QTest::newRow("several marks") << QStringLiteral("好的！！～") << QStringLiteral("好的!!~")
                                   << QStringLiteral("好的");
    QTest::newRow("ellipsis") << QStringLiteral("稍等…") << QStringLiteral("稍等...")
                              << QStringLiteral("稍等");
    QTest::newRow("inner punctuation kept")
        << QStringLiteral("a.b.") << QStringLiteral("a.b.") << QStringLiteral("a.b");
    QTest::newRow("space inside chinese dropped")
        << QStringLiteral("快捷 短语") << QStringLiteral("快捷短语") << QStringLiteral("快捷短语");
    QTest::newRow("space between chinese and latin dropped")
        << QStringLiteral("顺丰 SF") << QStringLiteral("顺丰sf") << QStringLiteral("顺丰sf");
    QTest::newRow("full-width digits")
        << QStringLiteral("２４小时") << QStringLiteral("24小时") << QStringLiteral("24小时");
    QTest::newRow("german sharp s folds")
        << QStringLiteral("STRASSE") << QStringLiteral("strasse") << QStringLiteral("strasse");
    QTest::newRow("only punctuation") << QStringLiteral(" 。 ") << QStringLiteral("。") << QString();
}

void TestQuizGrading::normalization()
{
    QFETCH(QString, input);
    QFETCH(QString, forMatch);
    QFETCH(QString, answer);
    QCOMPARE(normalizedForMatch(input), forMatch);
    QCOMPARE(normalizedAnswer(input), answer);
}

void TestQuizGrading::phraseBoundaries_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<bool>("found");
    QTest::newRow("chinese anywhere")
        << QStringLiteral("亲，非常抱歉让您久等了") << QStringLiteral("抱歉") << true;
    QTest::newRow("latin word") << QStringLiteral("I am so sorry.") << QStringLiteral("sorry") << true;
    QTest::newRow("latin inside a word") << QStringLiteral("I know") << QStringLiteral("no") << false;
    QTest::newRow("latin next to chinese")
        << QStringLiteral("我要refund谢谢") << QStringLiteral("refund") << true;
    QTest::newRow("second occurrence counts") << QStringLiteral("know no") << QStringLiteral("no") << true;
    QTest::newRow("phrase ends in punctuation") << QStringLiteral("ok!yes") << QStringLiteral("ok!") << true;
    QTest::newRow("case and width") << QStringLiteral("ＳＯＲＲＹ about that") << QStringLiteral("Sorry")
                                    << true;
    QTest::newRow("empty phrase") << QStringLiteral("anything") << QString() << false;
}

void TestQuizGrading::phraseBoundaries()
{
    QFETCH(QString, text);
    QFETCH(QString, phrase);
    QFETCH(bool, found);
    QCOMPARE(containsPhrase(normalizedForMatch(text), normalizedForMatch(phrase)), found);
}

void TestQuizGrading::characterCount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::newRow("chinese") << QStringLiteral("亲，您好") << 4;
    QTest::newRow("english") << QStringLiteral("Hello") << 5;
    QTest::newRow("white space collapsed") << QStringLiteral("  a  b ") << 3;
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("emoji") << QStringLiteral("好的\U0001F60A") << 3;
    QTest::newRow("family emoji is one") << QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467") << 1;
    QTest::newRow("combining accent") << QStringLiteral("e\u0301") << 1;
}

void TestQuizGrading::characterCount()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QCOMPARE(dojo::characterCount(text), count);
}

void TestQuizGrading::singleChoice_data()
{
    QTest::addColumn<QList<int>>("selected");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<double>("points");
    QTest::newRow("right") << ints({0}) << int(Verdict::Correct) << 1.0;
    QTest::newRow("wrong") << ints({1}) << int(Verdict::Wrong) << 0.0;
    QTest::newRow("right and wrong") << ints({0, 2}) << int(Verdict::Wrong) << 0.0;
    QTest::newRow("nothing") << ints({}) << int(Verdict::Unanswered) << 0.0;
    QTest::newRow("out of range") << ints({7}) << int(Verdict::Wrong) << 0.0;
}

void TestQuizGrading::singleChoice()
{
    QFETCH(QList<int>, selected);
    QFETCH(int, verdict);
    QFETCH(double, points);
    const GradeResult r = QuizGrader::grade(single(), QuizAnswer::choice(QuestionType::Single, selected));
    QCOMPARE(int(r.verdict), verdict);
    QCOMPARE(r.points, points);
    QCOMPARE(r.maxPoints, 1.0);
    QCOMPARE(r.correct, verdict == int(Verdict::Correct));
}

void TestQuizGrading::trueFalseAnswers()
{
    QCOMPARE(QuizGrader::grade(trueFalse(false), QuizAnswer::trueFalse(false)).verdict, Verdict::Correct);
    QCOMPARE(QuizGrader::grade(trueFalse(false), QuizAnswer::trueFalse(true)).verdict, Verdict::Wrong);
    QCOMPARE(QuizGrader::grade(trueFalse(true), QuizAnswer::trueFalse(true)).points, 1.0);
    QuizAnswer blank;
    blank.type = QuestionType::TrueFalse;
    QCOMPARE(QuizGrader::grade(trueFalse(false), blank).verdict, Verdict::Unanswered);
    const GradeResult wrong = QuizGrader::grade(trueFalse(true), QuizAnswer::trueFalse(false));
    QVERIFY(wrong.explanations.join(u'\n').contains(QStringLiteral("statement is true")));
}

// 3 points, 3 right options (0, 1, 2), 2 wrong (3, 4): points × max(0, right − wrong) / 3.
void TestQuizGrading::multipleChoicePartialCredit_data()
{
    QTest::addColumn<QList<int>>("selected");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<double>("points");
    QTest::newRow("all right") << ints({0, 1, 2}) << int(Verdict::Correct) << 3.0;
    QTest::newRow("two right") << ints({0, 2}) << int(Verdict::Partial) << 2.0;
    QTest::newRow("one right") << ints({1}) << int(Verdict::Partial) << 1.0;
    QTest::newRow("all right plus one wrong") << ints({0, 1, 2, 3}) << int(Verdict::Partial) << 2.0;
    QTest::newRow("one right one wrong") << ints({0, 4}) << int(Verdict::Wrong) << 0.0;
    QTest::newRow("floored at zero") << ints({0, 3, 4}) << int(Verdict::Wrong) << 0.0;
    QTest::newRow("everything") << ints({0, 1, 2, 3, 4}) << int(Verdict::Partial) << 1.0;
    QTest::newRow("duplicates count once") << ints({0, 0, 0}) << int(Verdict::Partial) << 1.0;
    QTest::newRow("nothing") << ints({}) << int(Verdict::Unanswered) << 0.0;
}

void TestQuizGrading::multipleChoicePartialCredit()
{
    QFETCH(QList<int>, selected);
    QFETCH(int, verdict);
    QFETCH(double, points);
    QuizAnswer a;
    a.type = QuestionType::Multiple;
    a.selected = selected; // not through choice(): duplicates must be handled by the grader too
    const GradeResult r = QuizGrader::grade(multiple(), a);
    QCOMPARE(int(r.verdict), verdict);
    QVERIFY2(qAbs(r.points - points) < 1e-12, qPrintable(QString::number(r.points)));
    QCOMPARE(r.maxPoints, 3.0);
}

void TestQuizGrading::fillAnswers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("correct");
    QTest::newRow("exact") << QStringLiteral("快捷短语") << true;
    QTest::newRow("second accepted") << QStringLiteral("快捷回复") << true;
    QTest::newRow("chinese full stop") << QStringLiteral("快捷短语。") << true;
    QTest::newRow("surrounding space") << QStringLiteral("   快捷短语  ") << true;
    QTest::newRow("space inside chinese") << QStringLiteral("快捷 短语") << true;
    QTest::newRow("lower case, full stop") << QStringLiteral("quick reply.") << true;
    QTest::newRow("full width") << QStringLiteral("ＱＵＩＣＫ　ＲＥＰＬＹ") << true;
    QTest::newRow("extra inner spaces") << QStringLiteral("Quick    Reply") << true;
    QTest::newRow("exclamation") << QStringLiteral("Quick Reply!") << true;
    QTest::newRow("no space in english") << QStringLiteral("QuickReply") << false;
    QTest::newRow("different word") << QStringLiteral("快捷键") << false;
    QTest::newRow("accepted plus more") << QStringLiteral("快捷短语吧") << false;
}

void TestQuizGrading::fillAnswers()
{
    QFETCH(QString, text);
    QFETCH(bool, correct);
    const GradeResult r = QuizGrader::grade(fill(), QuizAnswer::fill(text));
    QCOMPARE(r.correct, correct);
    QCOMPARE(r.verdict, correct ? Verdict::Correct : Verdict::Wrong);
    QCOMPARE(QuizGrader::grade(fill(), QuizAnswer::fill(QStringLiteral("  "))).verdict, Verdict::Unanswered);
}

// Moodle "longest ordered subset": points × L / n, nothing for L < 2 (here points = n, so points == L).
void TestQuizGrading::orderingLongestOrderedSubset_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<QList<int>>("order");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<double>("points");
    QTest::newRow("solved") << 4 << ints({0, 1, 2, 3}) << int(Verdict::Correct) << 4.0;
    QTest::newRow("one item moved to the end") << 4 << ints({1, 2, 3, 0}) << int(Verdict::Partial) << 3.0;
    QTest::newRow("two swapped") << 4 << ints({1, 0, 2, 3}) << int(Verdict::Partial) << 3.0;
    QTest::newRow("two pairs swapped") << 4 << ints({1, 0, 3, 2}) << int(Verdict::Partial) << 2.0;
    QTest::newRow("reversed earns nothing") << 4 << ints({3, 2, 1, 0}) << int(Verdict::Wrong) << 0.0;
    QTest::newRow("non-adjacent run counts") << 5 << ints({0, 4, 1, 3, 2}) << int(Verdict::Partial) << 3.0;
    QTest::newRow("repeated items ignored") << 3 << ints({0, 0, 1, 2}) << int(Verdict::Correct) << 3.0;
    QTest::newRow("out-of-range ignored") << 3 << ints({9, 0, 1, -1}) << int(Verdict::Partial) << 2.0;
    QTest::newRow("nothing") << 3 << ints({}) << int(Verdict::Unanswered) << 0.0;
}

void TestQuizGrading::orderingLongestOrderedSubset()
{
    QFETCH(int, n);
    QFETCH(QList<int>, order);
    QFETCH(int, verdict);
    QFETCH(double, points);
    const GradeResult r = QuizGrader::grade(ordering(n), QuizAnswer::ordering(order));
    QCOMPARE(int(r.verdict), verdict);
    QCOMPARE(r.points, points);
}

void TestQuizGrading::matchingPerPair_data()
{
    QTest::addColumn<QList<int>>("rights"); // right index chosen for left 0, 1, 2, 3 (-1: none)
    QTest::addColumn<int>("verdict");
    QTest::addColumn<double>("points");
    QTest::newRow("all") << ints({0, 1, 2, 3}) << int(Verdict::Correct) << 4.0;
    QTest::newRow("two swapped") << ints({1, 0, 2, 3}) << int(Verdict::Partial) << 2.0;
    QTest::newRow("one left open") << ints({0, 1, 2, -1}) << int(Verdict::Partial) << 3.0;
    QTest::newRow("none right") << ints({1, 2, 3, 0}) << int(Verdict::Wrong) << 0.0;
    QTest::newRow("nothing") << ints({-1, -1, -1, -1}) << int(Verdict::Unanswered) << 0.0;
}

void TestQuizGrading::matchingPerPair()
{
    QFETCH(QList<int>, rights);
    QFETCH(int, verdict);
    QFETCH(double, points);
    QMap<int, int> m;
    for (int left = 0; left < rights.size(); ++left) {
        if (rights[left] >= 0)
            m.insert(left, rights[left]);
    }
    const GradeResult r = QuizGrader::grade(matching(), QuizAnswer::matching(m));
    QCOMPARE(int(r.verdict), verdict);
    QCOMPARE(r.points, points);
}

void TestQuizGrading::mismatchedAnswerIsUnanswered()
{
    const GradeResult r = QuizGrader::grade(fill(), QuizAnswer::trueFalse(true));
    QCOMPARE(r.verdict, Verdict::Unanswered);
    QCOMPARE(r.points, 0.0);
    // Single and multiple share their answer shape.
    QCOMPARE(QuizGrader::grade(single(), QuizAnswer::choice(QuestionType::Multiple, {0})).verdict,
             Verdict::Correct);
}

void TestQuizGrading::explanationsCarryFeedback()
{
    const GradeResult r = QuizGrader::grade(single(), QuizAnswer::choice(QuestionType::Single, {1}));
    QCOMPARE(r.explanations.first(), QStringLiteral("Not right — 0 of 1 points."));
    QVERIFY(r.explanations.contains(QStringLiteral("Not right — the answer is “售后客服”.")));
    QVERIFY(r.explanations.contains(QStringLiteral("打包员很少直接与顾客交流。")));
    QCOMPARE(r.explanations.last(), QStringLiteral("客服是顾客最先接触的人。"));

    Question q = multiple();
    const GradeResult p = QuizGrader::grade(q, QuizAnswer::choice(QuestionType::Multiple, {0, 3}));
    QVERIFY(p.explanations.contains(QStringLiteral("You picked 1 of 3 right options and 1 wrong ones.")));

    const GradeResult o = QuizGrader::grade(ordering(3), QuizAnswer::ordering({1, 0, 2}));
    QCOMPARE(o.explanations.first(), QStringLiteral("Partly right — 2 of 3 points."));
    QVERIFY(o.explanations.contains(QStringLiteral("The right order: step 0 → step 1 → step 2.")));
}

void TestQuizGrading::answerJsonRoundTrip_data()
{
    QTest::addColumn<QuizAnswer>("answer");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("single") << QuizAnswer::choice(QuestionType::Single, {2})
                            << QByteArray(R"({"selected":[2],"type":"single"})");
    QTest::newRow("multiple sorted") << QuizAnswer::choice(QuestionType::Multiple, {3, 0, 3})
                                     << QByteArray(R"({"selected":[0,3],"type":"multiple"})");
    QTest::newRow("truefalse") << QuizAnswer::trueFalse(false)
                               << QByteArray(R"({"type":"truefalse","value":false})");
    QTest::newRow("fill") << QuizAnswer::fill(QStringLiteral("快捷短语"))
                          << QByteArray(R"({"text":"快捷短语","type":"fill"})");
    QTest::newRow("ordering") << QuizAnswer::ordering({2, 0, 1})
                              << QByteArray(R"({"order":[2,0,1],"type":"ordering"})");
    QTest::newRow("matching") << QuizAnswer::matching({{1, 0}, {0, 1}})
                              << QByteArray(R"({"pairs":[[0,1],[1,0]],"type":"matching"})");
    QuizAnswer blank;
    blank.type = QuestionType::TrueFalse;
    QTest::newRow("unanswered truefalse") << blank << QByteArray(R"({"type":"truefalse"})");
}

void TestQuizGrading::answerJsonRoundTrip()
{
    QFETCH(QuizAnswer, answer);
    QFETCH(QByteArray, json);
    QCOMPARE(answer.toJson(), json);
    const std::optional<QuizAnswer> back = QuizAnswer::fromJson(json);
    QVERIFY(back.has_value());
    QVERIFY(*back == answer);
    QCOMPARE(back->toJson(), json);
}

void TestQuizGrading::answerJsonRejectsJunk_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("{");
    QTest::newRow("array") << QByteArray("[1]");
    QTest::newRow("unknown type") << QByteArray(R"({"type":"essay"})");
    QTest::newRow("selected not a list") << QByteArray(R"({"type":"single","selected":1})");
    QTest::newRow("fractional index") << QByteArray(R"({"type":"single","selected":[1.5]})");
    QTest::newRow("value not bool") << QByteArray(R"({"type":"truefalse","value":"yes"})");
    QTest::newRow("pair of three") << QByteArray(R"({"type":"matching","pairs":[[0,1,2]]})");
}

void TestQuizGrading::answerJsonRejectsJunk()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!QuizAnswer::fromJson(json, &error).has_value());
    QVERIFY(!error.isEmpty());
}

void TestQuizGrading::totalsAndPassMark()
{
    const Quiz quiz = quizOf({single(), multiple(), fill()}, 80, false); // 1 + 3 + 1 = 5 points
    QHash<QString, GradeResult> results;
    results.insert(QStringLiteral("q-single"),
                   QuizGrader::grade(single(), QuizAnswer::choice(QuestionType::Single, {0})));
    results.insert(QStringLiteral("q-multiple"),
                   QuizGrader::grade(multiple(), QuizAnswer::choice(QuestionType::Multiple, {0, 1, 2})));
    QuizTotals t = QuizGrader::total(quiz, results); // fill missing: unanswered
    QCOMPARE(t.points, 4.0);
    QCOMPARE(t.maxPoints, 5.0);
    QCOMPARE(t.percent, 80.0);
    QVERIFY(t.passed); // exactly at the pass mark passes
    QCOMPARE(t.correct, 2);
    QCOMPARE(t.unanswered, 1);

    results.insert(QStringLiteral("q-multiple"),
                   QuizGrader::grade(multiple(), QuizAnswer::choice(QuestionType::Multiple, {0, 1})));
    t = QuizGrader::total(quiz, results);
    QCOMPARE(t.percent, 60.0);
    QVERIFY(!t.passed);
    QCOMPARE(t.partial, 1);

    // Thirds add up to 80 % within floating-point noise and still pass.
    Question third = multiple();
    third.points = 1;
    Quiz thirds = quizOf({third, third, third, third, third}, 80, false);
    for (qsizetype i = 0; i < thirds.questions.size(); ++i)
        thirds.questions[i].id = QStringLiteral("t%1").arg(i);
    QHash<QString, QuizAnswer> answers;
    for (int i = 0; i < 5; ++i)
        answers.insert(QStringLiteral("t%1").arg(i),
                       QuizAnswer::choice(QuestionType::Multiple, i < 4 ? ints({0, 1, 2}) : ints({})));
    QVERIFY(QuizGrader::gradeQuiz(thirds, answers).passed);

    const QuizTotals empty = QuizGrader::total(quizOf({}, 80, false), {});
    QCOMPARE(empty.percent, 0.0);
    QVERIFY(!empty.passed);
}

void TestQuizGrading::gradeQuizFillsMissingAnswers()
{
    const Quiz quiz = quizOf({single(), trueFalse(true)}, 50, false);
    QHash<QString, GradeResult> results;
    const QuizTotals t =
        QuizGrader::gradeQuiz(quiz, {{QStringLiteral("q-tf"), QuizAnswer::trueFalse(true)}}, &results);
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.value(QStringLiteral("q-single")).verdict, Verdict::Unanswered);
    QCOMPARE(t.percent, 50.0);
    QVERIFY(t.passed);
}

void TestQuizGrading::layoutIsDeterministic()
{
    QList<Question> qs;
    for (int i = 0; i < 8; ++i) {
        Question q = multiple();
        q.id = QStringLiteral("q%1").arg(i);
        qs.append(q);
    }
    const Quiz quiz = quizOf(qs, 80, true);
    const QuizLayout a = QuizLayout::build(quiz, 42);
    const QuizLayout b = QuizLayout::build(quiz, 42);
    QCOMPARE(a.questions.size(), 8);
    QList<int> shownOrder;
    for (qsizetype i = 0; i < a.questions.size(); ++i) {
        QCOMPARE(a.questions[i].question, b.questions[i].question);
        QCOMPARE(a.questions[i].options, b.questions[i].options);
        shownOrder.append(a.questions[i].question);
        QList<int> sorted = a.questions[i].options;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(sorted, ints({0, 1, 2, 3, 4})); // a permutation
    }
    QList<int> sorted = shownOrder;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(sorted, ints({0, 1, 2, 3, 4, 5, 6, 7}));

    bool differs = false;
    for (quint64 seed = 1; seed < 5 && !differs; ++seed) {
        const QuizLayout c = QuizLayout::build(quiz, seed);
        for (qsizetype i = 0; i < c.questions.size(); ++i)
            differs = differs || c.questions[i].question != a.questions[i].question;
    }
    QVERIFY(differs);
}

void TestQuizGrading::layoutWithoutShuffle()
{
    const Quiz quiz = quizOf({single(), multiple(), fill()}, 80, false);
    const QuizLayout l = QuizLayout::build(quiz, 99);
    QCOMPARE(l.questions.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(l.questions[i].question, i);
    QCOMPARE(l.questions[0].options, ints({0, 1, 2}));
    QCOMPARE(l.questions[1].options, ints({0, 1, 2, 3, 4}));
    QVERIFY(l.questions[2].options.isEmpty());
}

void TestQuizGrading::layoutNeverShowsSolvedOrder()
{
    for (quint64 seed = 0; seed < 200; ++seed) {
        Question two = ordering(2);
        two.id = QStringLiteral("two");
        const QuizLayout l = QuizLayout::build(quizOf({two, matching()}, 80, false), seed);
        QCOMPARE(l.questions[0].items, ints({1, 0}));
        QVERIFY(l.questions[1].rights != ints({0, 1, 2, 3}));
        QCOMPARE(l.questions[1].rights.size(), 4);
    }
}

void TestQuizGrading::layoutMapsChoicesBack()
{
    const Quiz quiz = quizOf({single(), multiple()}, 80, true);
    const QuizLayout l = QuizLayout::build(quiz, 7);
    for (int shownQ = 0; shownQ < 2; ++shownQ) {
        const int q = l.originalQuestion(shownQ);
        const Question &question = quiz.questions[q];
        // Pick, by shown position, exactly the right options: grading must see a full answer.
        QList<int> shownRight;
        for (int shown = 0; shown < question.options.size(); ++shown) {
            if (question.options[l.originalOption(shownQ, shown)].correct)
                shownRight.append(shown);
        }
        const QuizAnswer a = l.choiceAnswer(quiz, shownQ, shownRight);
        QCOMPARE(a.type, question.type);
        QCOMPARE(QuizGrader::grade(question, a).verdict, Verdict::Correct);
    }
    QCOMPARE(l.originalQuestion(5), -1);
    QCOMPARE(l.originalOption(0, 99), -1);
}

// The generator is ours so that this never changes: a changed value means resumed attempts would
// show a different order than before the update.
void TestQuizGrading::layoutGolden()
{
    QList<Question> qs;
    for (int i = 0; i < 5; ++i) {
        Question q = multiple();
        q.id = QStringLiteral("golden-%1").arg(i);
        qs.append(q);
    }
    const QuizLayout l = QuizLayout::build(quizOf(qs, 80, true), 20260101);
    QList<int> order;
    for (const QuestionLayout &ql : l.questions)
        order.append(ql.question);
    QCOMPARE(order, ints({0, 3, 4, 2, 1}));
    QCOMPARE(l.questions[0].options, ints({0, 4, 2, 3, 1}));
    // SplitMix64's published first output for seed 0.
    QCOMPARE(StableRandom(0).next(), 0xe220a8397b1dcdafULL);
}

QTEST_GUILESS_MAIN(TestQuizGrading)
#include "tst_quizgrading.moc"
