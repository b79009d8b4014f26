// The content loader on valid input (the sample course, every feature of every format), on a course
// with broken files beside valid ones, on hostile input, and on a large course.
#include "content/courseloader.h"
#include "content/coursesummary.h"
#include "content/keywords.h"
#include "content/sourcetext.h"
#include "content/validationreport.h"
#include "contentfixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace dojo;

namespace {
QStringList ids(const auto &items)
{
    QStringList out;
    for (const auto &item : items)
        out.append(item.id);
    return out;
}

QStringList lines(const QList<Diagnostic> &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        out.append(formatDiagnostic(d));
    return out;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}
} // namespace

class TestContentLoader : public QObject {
    Q_OBJECT
private slots:
    void sampleCourseIsCleanAndCounted();
    void sampleCourseModel();
    void keepsEveryValidItemBesideBrokenOnes();
    void contentRootMistakes();
    void readsCrlfAndByteOrderMark();
    void symlinkedImageLeavingTheLocaleIsRefused();
    void invalidUtf8Positions_data();
    void invalidUtf8Positions();
    void nestingPreScan_data();
    void nestingPreScan();
    void hostileInputNeverStopsLoading_data();
    void hostileInputNeverStopsLoading();
    void pathologicalLessonsFinishLoading_data();
    void pathologicalLessonsFinishLoading();
    void largeCourseLoadsClean();
    void realCourseLoads();
};

void TestContentLoader::sampleCourseIsCleanAndCounted()
{
    const ContentLibrary library = loadContentLibrary(test::sampleCourseDir());
    QCOMPARE(lines(library.allDiagnostics()), QStringList());
    QCOMPARE(library.localeNames(), (QStringList{QStringLiteral("en"), QStringLiteral("zh-CN")}));
    for (const Course &course : library.locales) {
        const CourseSummary s = summarizeCourse(course);
        QCOMPARE(s.modules, 2);
        QCOMPARE(s.lessons, 3);
        QCOMPARE(s.quizzes, 2);
        QCOMPARE(s.questions, 6);
        for (const QuestionType t : kAllQuestionTypes)
            QCOMPARE(s.questionCount(t), 1);
        QCOMPARE(s.scenarios, 2);
        QCOMPARE(s.nodes, 5);
        QCOMPARE(s.freeReplyNodes, 1);
        QCOMPARE(s.endings, 6);
        QCOMPARE(s.phrases, 6);
        QCOMPARE(s.leftOut, 0);
    }
}

void TestContentLoader::sampleCourseModel()
{
    const Course c = loadCourse(test::sampleCourseDir() + QStringLiteral("/zh-CN"));
    QCOMPARE(c.id, QStringLiteral("sample-course"));
    QCOMPARE(c.locale, QStringLiteral("zh-CN"));
    QCOMPARE(c.version, 3);
    QCOMPARE(ids(c.rubric), (QStringList{QStringLiteral("attitude"), QStringLiteral("empathy"),
                                         QStringLiteral("knowledge"), QStringLiteral("speed"),
                                         QStringLiteral("resolution"), QStringLiteral("compliance")}));
    QCOMPARE(c.rubric[1].name, QStringLiteral("同理心"));
    QCOMPARE(c.landmines.size(), 3);
    QCOMPARE(c.landmines[1].description, QString());

    const Module *complaints = c.module(QStringLiteral("complaints"));
    QVERIFY(complaints);
    QCOMPARE(complaints->prerequisites, QStringList{QStringLiteral("basics")});
    QCOMPARE(complaints->items.size(), 3);
    QCOMPARE(complaints->items[2].kind, ItemKind::Scenario);
    QCOMPARE(complaints->items[2].prerequisites, QStringList{QStringLiteral("quiz-complaints")});
    QCOMPARE(c.module(QStringLiteral("basics"))->summary, QStringLiteral("为什么售后是店铺的门面。"));

    const Lesson *welcome = c.lesson(QStringLiteral("welcome"));
    QVERIFY(welcome);
    QCOMPARE(welcome->moduleId, QStringLiteral("basics"));
    QCOMPARE(welcome->minutes, 6);
    QCOMPARE(welcome->tags, (QStringList{QStringLiteral("心态"), QStringLiteral("店铺评分")}));
    QCOMPARE(welcome->bodyFirstLine, 16);
    QVERIFY(welcome->markdown.startsWith(QStringLiteral("# 售后为什么重要\n")));
    QCOMPARE(welcome->contentHash.size(), 64);
    QVERIFY(welcome->filePath.endsWith(QStringLiteral("/zh-CN/lessons/welcome.md")));
    QCOMPARE(welcome->pos.file, QStringLiteral("zh-CN/lessons/welcome.md"));
    QCOMPARE(welcome->pos.line, 2);
    QCOMPARE(welcome->headingAnchors,
             (QStringList{QStringLiteral("售后为什么重要"), QStringLiteral("客服是店铺的门面"),
                          QStringLiteral("售后影响评分和销量"), QStringLiteral("小结")}));
    QCOMPARE(welcome->phrases.size(), 1);
    const Phrase &greet = welcome->phrases.first();
    QCOMPARE(greet.lessonId, QStringLiteral("welcome"));
    QCOMPARE(greet.situation, QStringLiteral("greeting"));
    QCOMPARE(greet.never, QStringLiteral("有事吗？"));
    QCOMPARE(greet.note, QStringLiteral("开场带上名字，顾客更有亲切感。"));
    QCOMPARE(greet.tags, QStringList{QStringLiteral("开场")});
    QVERIFY(c.lesson(QStringLiteral("apologies"))->headingAnchors.contains(QStringLiteral("先道歉-1")));

    const Quiz *basics = c.quiz(QStringLiteral("quiz-basics"));
    QVERIFY(basics);
    QCOMPARE(basics->lessonId, QStringLiteral("welcome"));
    QCOMPARE(basics->passMark, 80);
    QVERIFY(basics->shuffle);
    QCOMPARE(basics->timeLimitSeconds, 600);
    QCOMPARE(basics->questions.size(), 4);
    const Question &single = basics->questions[0];
    QCOMPARE(single.type, QuestionType::Single);
    QCOMPARE(single.points, 2.0);
    QCOMPARE(single.options.size(), 3);
    QVERIFY(single.options[0].correct);
    QVERIFY(!single.options[1].correct);
    QCOMPARE(single.options[1].feedback, QStringLiteral("打包员很少直接与顾客交流。"));
    QCOMPARE(single.seeLesson, QStringLiteral("welcome"));
    QCOMPARE(single.seeAnchor, QStringLiteral("客服是店铺的门面"));
    QCOMPARE(basics->questions[1].type, QuestionType::Multiple);
    QCOMPARE(basics->questions[2].type, QuestionType::TrueFalse);
    QCOMPARE(basics->questions[2].answer, false);
    QCOMPARE(basics->questions[2].seeAnchor, QString());
    const Question &fill = basics->questions[3];
    QCOMPARE(fill.points, 1.5);
    QCOMPARE(fill.answers.size(), 3);
    const Quiz *complaintsQuiz = c.quiz(QStringLiteral("quiz-complaints"));
    QCOMPARE(complaintsQuiz->passMark, 80); // the default
    QVERIFY(!complaintsQuiz->shuffle);
    QCOMPARE(complaintsQuiz->timeLimitSeconds, 0);
    QCOMPARE(complaintsQuiz->questions[0].items.size(), 3);
    QCOMPARE(complaintsQuiz->questions[1].pairs.size(), 3);
    QCOMPARE(complaintsQuiz->questions[1].pairs[2].right, QStringLiteral("道歉并补发"));

    const Scenario *torn = c.scenario(QStringLiteral("sc-torn-dress"));
    QVERIFY(torn);
    QCOMPARE(torn->channel, Channel::Chat);
    QCOMPARE(torn->persona.mood, 30);
    QCOMPARE(torn->moodFloor.value, 5);
    QCOMPARE(torn->moodFloor.ending, QStringLiteral("lost-angry"));
    QCOMPARE(torn->moodCeiling.value, 98);
    QCOMPARE(torn->targetReplySeconds, 40);
    QCOMPARE(torn->start, QStringLiteral("greet"));
    const ScenarioNode *greetNode = torn->node(QStringLiteral("greet"));
    QCOMPARE(greetNode->note, QStringLiteral("她连发了三张照片。"));
    QCOMPARE(greetNode->options[0].mood, 15);
    QCOMPARE(greetNode->options[0].scores.value(QStringLiteral("empathy")), 2);
    QCOMPARE(greetNode->options[1].landmine, QStringLiteral("arguing"));
    const ScenarioNode *ask = torn->node(QStringLiteral("ask-date"));
    QVERIFY(ask && ask->freeReply && ask->options.isEmpty());
    const FreeReply &reply = *ask->freeReply;
    QCOMPARE(reply.required.size(), 3);
    QCOMPARE(reply.required[1].patterns, QStringList{QStringLiteral("加急|顺丰")});
    QCOMPARE(reply.required[1].scores.value(QStringLiteral("resolution")), 3);
    QCOMPARE(reply.forbidden.size(), 2);
    QCOMPARE(reply.forbidden[0].landmine, QStringLiteral("cold-tone"));
    QCOMPARE(reply.minLength, 10);
    QCOMPARE(reply.maxLength, 200);
    QCOMPARE(reply.targetSeconds, 60);
    QCOMPARE(reply.passCount, 2);
    QCOMPARE(reply.failNext, QStringLiteral("escalate"));
    QCOMPARE(reply.moodPass, 20);
    QCOMPARE(reply.moodFail, -15);
    QCOMPARE(torn->ending(QStringLiteral("escalated"))->outcome, Outcome::Escalated);
    QCOMPARE(torn->ending(QStringLiteral("lost-angry"))->outcome, Outcome::Lost);
    QCOMPARE(c.scenario(QStringLiteral("sc-late-parcel"))->channel, Channel::Phone);

    QCOMPARE(c.phrasebook.size(), 2);
    QCOMPARE(c.allPhrases().size(), 6);
}

void TestContentLoader::keepsEveryValidItemBesideBrokenOnes()
{
    QTemporaryDir dir;
    QVERIFY(test::copyTree(test::sampleCourseDir(), dir.path()));
    const QString zh = dir.path() + QStringLiteral("/zh-CN");
    // One broken file of each kind, and a broken item in course.yaml.
    QString apologies = test::readText(zh + QStringLiteral("/lessons/apologies.md"));
    writeFile(zh + QStringLiteral("/lessons/apologies.md"),
              apologies.replace(QStringLiteral("minutes: 8"), QStringLiteral("minutes: [8")).toUtf8());
    QString quiz = test::readText(zh + QStringLiteral("/quizzes/quiz-complaints.yaml"));
    writeFile(zh + QStringLiteral("/quizzes/quiz-complaints.yaml"),
              quiz.replace(QStringLiteral("      - 给出方案\n"), QString()).toUtf8());
    QString scenario = test::readText(zh + QStringLiteral("/scenarios/sc-late-parcel.yaml"));
    writeFile(zh + QStringLiteral("/scenarios/sc-late-parcel.yaml"),
              scenario.replace(QStringLiteral("next: check"), QStringLiteral("next: chek")).toUtf8());
    writeFile(zh + QStringLiteral("/phrasebook/apology.yaml"), QByteArray());
    QString manifest = test::readText(zh + QStringLiteral("/course.yaml"));
    writeFile(
        zh + QStringLiteral("/course.yaml"),
        manifest.replace(QStringLiteral("requires: [calming-steps]"), QStringLiteral("requires: [calming]"))
            .toUtf8());

    const ContentLibrary library = loadContentLibrary(dir.path());
    const Course &c = *library.course(QStringLiteral("zh-CN"));
    QCOMPARE(ids(c.lessons), (QStringList{QStringLiteral("calming-steps"), QStringLiteral("welcome")}));
    QCOMPARE(ids(c.quizzes),
             QStringList{QStringLiteral("quiz-basics")}); // its `see:` names the broken lesson
    QCOMPARE(ids(c.scenarios), QStringList{QStringLiteral("sc-torn-dress")});
    QCOMPARE(c.phrasebook.size(), 1);
    QCOMPARE(c.phrasebook[0].situation, QStringLiteral("greeting"));
    QCOMPARE(c.modules.size(), 2);
    QCOMPARE(c.modules[1].items.size(), 3);
    QCOMPARE(c.modules[1].items[1].prerequisites, QStringList()); // the broken requirement is left out
    QStringList leftOut;
    for (const LeftOutItem &item : c.leftOut)
        leftOut.append(item.id);
    QCOMPARE(leftOut, (QStringList{QStringLiteral("apologies"), QStringLiteral("quiz-complaints"),
                                   QStringLiteral("sc-late-parcel"), QStringLiteral("apology")}));
    QCOMPARE(
        lines(c.diagnostics).join(u'\n'),
        (QStringList{
            QStringLiteral(
                "zh-CN/course.yaml:44:20: error: no module lists a lesson, quiz or scenario 'calming'"),
            QStringLiteral(
                "zh-CN/lessons/apologies.md:7:5: error: YAML syntax error: a list opened with '[' is not "
                "closed with ']'"),
            QStringLiteral("zh-CN/phrasebook/apology.yaml:1:1: error: the file is empty"),
            QStringLiteral(
                "zh-CN/quizzes/quiz-complaints.yaml:9:7: error: an ordering question needs 3 to 10 "
                "items, not 2"),
            QStringLiteral(
                "zh-CN/scenarios/sc-late-parcel.yaml:20:15: error: 'chek' is neither a node nor an "
                "ending of this scenario; did you mean 'check'?"),
        }
             .join(u'\n')));
    // en is intact, and what zh-CN left out still counts as present: no cross-locale noise.
    QCOMPARE(library.course(QStringLiteral("en"))->errorCount(), 0);
    QCOMPARE(lines(library.diagnostics), QStringList());
}

void TestContentLoader::contentRootMistakes()
{
    QTemporaryDir empty;
    QCOMPARE(lines(loadContentLibrary(empty.path()).allDiagnostics()),
             QStringList{QStringLiteral(
                 "servicedojo: error: no locale folder (a folder with a course.yaml) was found")});
    QVERIFY(QDir(empty.path()).mkdir(QStringLiteral("notes")));
    QCOMPARE(loadContentLibrary(empty.path()).warningCount(), 0); // no locale: no talk of ignored folders
    QCOMPARE(lines(loadContentLibrary(test::sampleCourseDir() + QStringLiteral("/en")).allDiagnostics()),
             QStringList{
                 QStringLiteral("servicedojo: error: 'en' is one locale of a course: check the folder that "
                                "holds it (and its other locales) instead")});
}

void TestContentLoader::readsCrlfAndByteOrderMark()
{
    QTemporaryDir dir;
    QVERIFY(test::copyTree(test::contentErrorsDir() + QStringLiteral("/base"), dir.path()));
    const QString zh = dir.path() + QStringLiteral("/zh-CN");
    for (const QString &file :
         {QStringLiteral("/lessons/basics.md"), QStringLiteral("/quizzes/quiz-basics.yaml")}) {
        QByteArray text = test::readText(zh + file).toUtf8();
        writeFile(zh + file, "\xEF\xBB\xBF" + text.replace("\n", "\r\n"));
    }
    Course c = loadCourse(zh);
    QCOMPARE(lines(c.diagnostics), QStringList());
    QCOMPARE(c.lesson(QStringLiteral("basics"))->headingAnchors.size(), 2);
    QCOMPARE(c.quiz(QStringLiteral("quiz-basics"))->questions[0].seeAnchor, QStringLiteral("先道歉"));

    QByteArray quiz = test::readText(zh + QStringLiteral("/quizzes/quiz-basics.yaml")).toUtf8();
    writeFile(zh + QStringLiteral("/quizzes/quiz-basics.yaml"),
              quiz.replace("title: ", "titel: ")); // keeps the BOM: line 2, column 1 still
    c = loadCourse(zh);
    QCOMPARE(lines(c.diagnostics),
             QStringList{QStringLiteral(
                 "zh-CN/quizzes/quiz-basics.yaml:2:1: error: unknown key 'titel'; did you mean "
                 "'title'?")});
}

void TestContentLoader::symlinkedImageLeavingTheLocaleIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(test::copyTree(test::contentErrorsDir() + QStringLiteral("/base"), dir.path()));
    const QString zh = dir.path() + QStringLiteral("/zh-CN");
    writeFile(dir.path() + QStringLiteral("/secret.png"), "not an image");
    QVERIFY(QFile::link(dir.path() + QStringLiteral("/secret.png"), zh + QStringLiteral("/assets/link.png")));
    QVERIFY(QFile::link(dir.path(), zh + QStringLiteral("/assets/up")));
    QByteArray lesson = test::readText(zh + QStringLiteral("/lessons/basics.md")).toUtf8();
    writeFile(zh + QStringLiteral("/lessons/basics.md"),
              lesson +
                  "\n![a](../assets/link.png)\n\n![b](../assets/up/secret.png)\n\n![c](../assets/pic.png)\n");
    const Course c = loadCourse(zh);
    QCOMPARE(lines(c.diagnostics),
             (QStringList{
                 QStringLiteral("zh-CN/lessons/basics.md:22:6: error: the image '../assets/link.png' is "
                                "outside the zh-CN folder"),
                 QStringLiteral("zh-CN/lessons/basics.md:24:6: error: the image '../assets/up/secret.png' is "
                                "outside the zh-CN folder")}));
}

void TestContentLoader::invalidUtf8Positions_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line"); // 0: valid
    QTest::addColumn<int>("column");
    QTest::newRow("valid") << QByteArray("中文 and 😀\nline two") << 0 << 0;
    QTest::newRow("latin-1") << QByteArray("ok\ncaf\xe9") << 2 << 4;
    QTest::newRow("after CJK") << QByteArray("先道歉\xff") << 1 << 4;
    QTest::newRow("overlong") << QByteArray("\xc0\x80") << 1 << 1;
    QTest::newRow("surrogate") << QByteArray("a\xed\xa0\x80") << 1 << 2;
    QTest::newRow("truncated at end") << QByteArray("ab\xe4\xb8") << 1 << 3;
    QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << 1 << 1;
    QTest::newRow("NUL byte") << QByteArray("a\nb", 3).append('\0') << 2 << 2;
}

void TestContentLoader::invalidUtf8Positions()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    const auto bad = content::findInvalidUtf8(text);
    QCOMPARE(bad.has_value(), line > 0);
    if (bad) {
        QCOMPARE(bad->line, line);
        QCOMPARE(bad->column, column);
    }
}

void TestContentLoader::nestingPreScan_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<int>("line"); // 0: within the limit
    QByteArray quotes32 = QByteArray("> ").repeated(32) + "x\n";
    QByteArray lists;
    for (int i = 0; i < 40; ++i)
        lists += QByteArray(2 * i, ' ') + "- x\n";
    QByteArray ordered;
    for (int i = 0; i < 40; ++i)
        ordered += QByteArray(3 * i, ' ') + "1. x\n";
    QTest::newRow("32 quotes") << quotes32 << 0;
    QTest::newRow("33 quotes") << QByteArray("para\n\n") + QByteArray(">").repeated(33) + "x\n" << 3;
    QTest::newRow("nested bullets") << lists << 33;
    QTest::newRow("nested numbers") << ordered << 33;
    QTest::newRow("lists closed by outdent") << (QByteArray("- a\n  - b\n").repeated(100)) << 0;
    QTest::newRow("thematic breaks") << QByteArray("***\n---\n* * *\n").repeated(50) << 0;
}

void TestContentLoader::nestingPreScan()
{
    QFETCH(QByteArray, markdown);
    QFETCH(int, line);
    const auto deep = content::findDeepNesting(markdown, limits::kLessonNesting);
    QCOMPARE(deep ? deep->line : 0, line);
}

void TestContentLoader::hostileInputNeverStopsLoading_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("bytes");
    const QString quiz = QStringLiteral("zh-CN/quizzes/quiz-basics.yaml");
    const QString lesson = QStringLiteral("zh-CN/lessons/advanced.md");
    QTest::newRow("deep flow nesting") << quiz << QByteArray("[").repeated(100000);
    QTest::newRow("deep block nesting") << quiz << [] {
        QByteArray b;
        for (int i = 0; i < 3000; ++i)
            b += QByteArray(i, ' ') + "k:\n";
        return b;
    }();
    QTest::newRow("alias bomb")
        << quiz
        << QByteArray("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a]\n"
                      "c: &c [*b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c]\n");
    QTest::newRow("only a document marker") << quiz << QByteArray("---\n");
    QTest::newRow("a scalar") << quiz << QByteArray("just text\n");
    QTest::newRow("control bytes") << quiz << QByteArray("\x01\x02\x03: \x1b[31m\n");
    QTest::newRow("long line") << quiz << QByteArray("title: ") + QByteArray("长").repeated(200000);
    QTest::newRow("empty front matter") << lesson << QByteArray("---\n---\n# x\n");
    QTest::newRow("front matter is a list") << lesson << QByteArray("---\n- a\n---\n");
    QTest::newRow("only fences") << lesson << QByteArray("---\n");
    QTest::newRow("course.yaml is a list") << QStringLiteral("zh-CN/course.yaml") << QByteArray("- a\n- b\n");
    QTest::newRow("course.yaml syntax") << QStringLiteral("zh-CN/course.yaml") << QByteArray("modules: [\n");
}

void TestContentLoader::hostileInputNeverStopsLoading()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    QVERIFY(test::copyTree(test::contentErrorsDir() + QStringLiteral("/base"), dir.path()));
    writeFile(dir.path() + u'/' + file, bytes);
    const ContentLibrary library = loadContentLibrary(dir.path());
    QVERIFY(library.errorCount() > 0);
    bool named = false;
    for (const Diagnostic &d : library.allDiagnostics())
        named |= d.pos.file == file && d.severity == Diagnostic::Severity::Error;
    QVERIFY2(named, "the broken file is named in an error");
    const Course &c = *library.course(QStringLiteral("zh-CN"));
    QVERIFY(c.lesson(QStringLiteral("basics"))); // the rest still loads
}

void TestContentLoader::pathologicalLessonsFinishLoading_data()
{
    QTest::addColumn<QByteArray>("body");
    const int n = int(limits::kLessonBytes) - 512; // room for the front matter
    auto fill = [n](const QByteArray &unit) { return unit.repeated(n / unit.size()); };
    QTest::newRow("nested brackets") << fill("[");
    QTest::newRow("unclosed links") << fill("[a](");
    QTest::newRow("emphasis") << fill("*a **a ");
    QTest::newRow("underscores") << fill("_a __a ");
    QTest::newRow("backticks") << fill("`a``");
    QTest::newRow("entities") << fill("&#35;");
    QTest::newRow("wide table") << QByteArray(QByteArray("|a").repeated(n / 8) + "|\n" +
                                              QByteArray("|-").repeated(n / 8) + "|\n");
    QTest::newRow("tall table") << QByteArray("|a|b|\n|-|-|\n") + fill("|x|y|\n");
    QTest::newRow("autolinks") << fill("www.a.com ");
    QTest::newRow("strikethrough") << fill("~~a ");
    QTest::newRow("images") << fill("![a](b ");
    QTest::newRow("quotes at the limit") << fill(QByteArray("> ").repeated(32) + "x\n");
    QTest::newRow("lists") << fill("- ");
}

void TestContentLoader::pathologicalLessonsFinishLoading()
{
    QFETCH(QByteArray, body);
    QTemporaryDir dir;
    QVERIFY(test::copyTree(test::contentErrorsDir() + QStringLiteral("/base"), dir.path()));
    const QString zh = dir.path() + QStringLiteral("/zh-CN");
    QByteArray lesson = test::readText(zh + QStringLiteral("/lessons/advanced.md")).toUtf8();
    lesson += body.left(int(limits::kLessonBytes) - lesson.size());
    writeFile(zh + QStringLiteral("/lessons/advanced.md"), lesson);
    // Speed is measured by the benchmarks, not asserted here (shared machines are noisy); a quadratic
    // blow-up would take minutes and hit the test's ctest timeout.
    const Course c = loadCourse(zh);
    QVERIFY(c.lesson(QStringLiteral("advanced")) || c.errorCount() > 0);
}

void TestContentLoader::largeCourseLoadsClean()
{
    // 1,000 lessons of ~6 KiB with a phrase and an image each, 100 quizzes of 10 questions, 50 scenarios.
    QTemporaryDir dir;
    QVERIFY(test::copyTree(test::contentErrorsDir() + QStringLiteral("/base"), dir.path()));
    const QString zh = dir.path() + QStringLiteral("/zh-CN");
    QByteArray manifest = test::readText(zh + QStringLiteral("/course.yaml")).toUtf8();
    const QByteArray lessonTemplate = test::readText(zh + QStringLiteral("/lessons/basics.md")).toUtf8();
    const QByteArray quizTemplate = test::readText(zh + QStringLiteral("/quizzes/quiz-basics.yaml")).toUtf8();
    const QByteArray scenarioTemplate =
        test::readText(zh + QStringLiteral("/scenarios/sc-basic.yaml")).toUtf8();
    const QByteArray paragraph =
        QByteArray("顾客看不到仓库，也看不到老板，只能从客服的回复里感受店铺。**先道歉**，再解决。\n\n");
    int listed = 0; // a module every 50 items, as a real course would have
    auto module = [&] { return QByteArray("module: big-" + QByteArray::number(listed / 50)); };
    auto list = [&](const QByteArray &item) {
        if (listed % 50 == 0)
            manifest +=
                "  - id: big-" + QByteArray::number(listed / 50) + "\n    title: 大模块\n    items:\n";
        manifest += "      - " + item + "\n";
        ++listed;
    };
    for (int i = 0; i < 1000; ++i) {
        const QByteArray id = "lesson-" + QByteArray::number(i);
        QByteArray text = lessonTemplate;
        text.replace("id: basics", QByteArray("id: " + id)).replace("module: basics", module());
        text.replace("greet-basic", QByteArray("greet-" + id));
        text += "\n## 第二节\n\n" + paragraph.repeated(40);
        writeFile(zh + "/lessons/" + QString::fromLatin1(id) + ".md", text);
        list("lesson: " + id);
    }
    for (int i = 0; i < 100; ++i) {
        const QByteArray id = "quiz-" + QByteArray::number(i);
        QByteArray text = quizTemplate;
        text.replace("id: quiz-basics", QByteArray("id: " + id)).replace("module: basics", module());
        const QByteArray question = text.mid(text.indexOf("  - id: basics-q1"));
        text.truncate(text.indexOf("  - id: basics-q1"));
        for (int q = 0; q < 10; ++q)
            text += QByteArray(question).replace("basics-q1", QByteArray(id + "-q" + QByteArray::number(q)));
        writeFile(zh + "/quizzes/" + QString::fromLatin1(id) + ".yaml", text);
        list("quiz: " + id);
    }
    for (int i = 0; i < 50; ++i) {
        const QByteArray id = "sc-" + QByteArray::number(i);
        writeFile(zh + "/scenarios/" + QString::fromLatin1(id) + ".yaml",
                  QByteArray(scenarioTemplate)
                      .replace("id: sc-basic", QByteArray("id: " + id))
                      .replace("module: basics", module()));
        list("scenario: " + id);
    }
    writeFile(zh + QStringLiteral("/course.yaml"), manifest);

    const Course c = loadCourse(zh);
    QCOMPARE(lines(c.diagnostics).join(u'\n'), QString());
    QCOMPARE(c.lessons.size(), 1002);
    QCOMPARE(c.quizzes.size(), 101);
    QCOMPARE(c.scenarios.size(), 51);
}

void TestContentLoader::realCourseLoads()
{
    // The bundled course validates clean: no error and no warning, in every locale.
    const ContentLibrary library = loadContentLibrary(QStringLiteral(DOJO_CONTENT_DIR));
    QVERIFY(library.course(QStringLiteral("zh-CN")));
    QVERIFY(library.course(QStringLiteral("en")));
    QStringList problems;
    for (const Diagnostic &d : library.allDiagnostics())
        problems.append(d.pos.file + u':' + QString::number(d.pos.line) + u' ' + d.message);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestContentLoader)
#include "tst_contentloader.moc"
