// The knowledge-base index: folding, lesson sections, phrasebook groups, and queries of every length
// on the bundled courses (zh-CN and en) and on small hand-made courses whose ranking is known.
#include "content/courseloader.h"
#include "markdown/anchors.h"
#include "search/phrasebookgroups.h"
#include "search/searchindex.h"
#include "search/searchtext.h"

#include <QtTest>

using namespace dojo;

namespace {

Lesson lesson(const QString &id, const QString &title, const QString &markdown, const QString &summary = {})
{
    Lesson l;
    l.id = id;
    l.title = title;
    l.summary = summary.isEmpty() ? QStringLiteral("Summary.") : summary;
    l.markdown = markdown;
    l.headingAnchors = headingAnchors(markdown);
    return l;
}

QStringList lessonIds(const QList<SearchHit> &hits)
{
    QStringList ids;
    for (const SearchHit &h : hits) {
        if (h.kind == SearchHit::Kind::LessonSection)
            ids.append(h.lessonId);
    }
    return ids;
}

QString marked(const HighlightedText &t)
{
    QString out;
    int at = 0;
    for (const TextRange &r : t.matches) {
        out += t.text.mid(at, r.start - at) + u'[' + t.text.mid(r.start, r.length) + u']';
        at = r.start + r.length;
    }
    return out + t.text.mid(at);
}

// Does the hit's text (any field) contain `needle` once folded?
bool hitContains(const SearchHit &h, const QString &needle)
{
    const QString f = search::fold(needle);
    for (const HighlightedText *t : {&h.title, &h.context, &h.snippet, &h.never, &h.tags}) {
        if (search::fold(t->text).contains(f))
            return true;
    }
    return false;
}

} // namespace

class TestSearchIndex : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void foldsWidthCaseAndCompatibilityForms_data();
    void foldsWidthCaseAndCompatibilityForms();
    void foldedRangesMapBackToTheOriginal();
    void queryTermsSplitAndFold();
    void sectionsArePlainTextWithRendererAnchors();
    void sectionAnchorsMatchEveryBundledLesson();
    void phrasebookGroupedBySituation();

    void buildsTheBundledCourses();
    void chineseOneCharacterQuery();
    void chineseTwoCharacterQueryFindsTheOneTitle();
    void chineseLongQueryUsesFullText();
    void headingHitOpensItsSection();
    void phraseHitsCarryTheirPhrase();
    void englishQueries();
    void caseAndWidthInsensitive();
    void rankingTitleOverBody_data();
    void rankingTitleOverBody();
    void everyWordMustMatch();
    void syntaxCharactersAreText_data();
    void syntaxCharactersAreText();
    void emptyQueryFindsNothing();
    void highlightRangesOnCjk();
    void snippetIsAnExcerptAroundTheMatch();
    void limitIsRespected();
    void rebuildReplacesTheCourse();

private:
    ContentLibrary m_library;
    const Course *m_zh = nullptr;
    const Course *m_en = nullptr;
    std::unique_ptr<SearchIndex> m_zhIndex;
    std::unique_ptr<SearchIndex> m_enIndex;
};

void TestSearchIndex::initTestCase()
{
    m_library = loadContentLibrary(QStringLiteral(DOJO_CONTENT_DIR));
    m_zh = m_library.course(QStringLiteral("zh-CN"));
    m_en = m_library.course(QStringLiteral("en"));
    QVERIFY(m_zh && m_en);
    QVERIFY(m_zh->lessons.size() > 10);
    m_zhIndex = std::make_unique<SearchIndex>(*m_zh);
    m_enIndex = std::make_unique<SearchIndex>(*m_en);
}

void TestSearchIndex::foldsWidthCaseAndCompatibilityForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("ascii case") << QStringLiteral("Refund POLICY") << QStringLiteral("refund policy");
    QTest::newRow("full-width latin") << QStringLiteral("ＡＢＣ１２３") << QStringLiteral("abc123");
    QTest::newRow("full-width punctuation") << QStringLiteral("亲，您好！") << QStringLiteral("亲,您好!");
    QTest::newRow("ideographic space") << QStringLiteral("退货\u3000运费") << QStringLiteral("退货 运费");
    QTest::newRow("half-width katakana") << QStringLiteral("ｶﾀｶﾅ") << QStringLiteral("カタカナ");
    QTest::newRow("ligature") << QStringLiteral("ﬁle") << QStringLiteral("file");
    QTest::newRow("accented capitals") << QStringLiteral("ÀÉÎ") << QStringLiteral("àéî");
    QTest::newRow("decomposed accent") << QStringLiteral("Cafe\u0301") << QStringLiteral("café");
    QTest::newRow("line breaks") << QStringLiteral("a\nb\tc") << QStringLiteral("a b c");
}

void TestSearchIndex::foldsWidthCaseAndCompatibilityForms()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(search::fold(text), folded);
}

void TestSearchIndex::foldedRangesMapBackToTheOriginal()
{
    // One to one: the identity.
    const search::FoldedText cjk(QStringLiteral("ＡＢ退货"));
    QCOMPARE(cjk.folded(), QStringLiteral("ab退货"));
    QCOMPARE(cjk.toOriginal(2, 2), (TextRange{2, 2}));

    // "ﬁ" folds to two characters: both map back to the one ligature.
    const search::FoldedText lig(QStringLiteral("a ﬁne day"));
    QCOMPARE(lig.folded(), QStringLiteral("a fine day"));
    const int at = int(lig.folded().indexOf(QStringLiteral("fine")));
    const TextRange r = lig.toOriginal(at, 4);
    QCOMPARE(lig.original().mid(r.start, r.length), QStringLiteral("ﬁne"));
    const int day = int(lig.folded().indexOf(QStringLiteral("day")));
    const TextRange d = lig.toOriginal(day, 3);
    QCOMPARE(lig.original().mid(d.start, d.length), QStringLiteral("day"));

    // A character outside the BMP (two UTF-16 units) stays whole.
    const search::FoldedText astral(QStringLiteral("a𠀀b"));
    QCOMPARE(astral.folded(), QStringLiteral("a𠀀b"));
    QCOMPARE(astral.toOriginal(1, 2), (TextRange{1, 2}));

    QCOMPARE(cjk.toOriginal(3, 5), TextRange{}); // out of range: empty
}

void TestSearchIndex::queryTermsSplitAndFold()
{
    QCOMPARE(search::queryTerms(QStringLiteral("  Refund  POLICY refund ")),
             (QStringList{QStringLiteral("refund"), QStringLiteral("policy")}));
    QCOMPARE(search::queryTerms(QStringLiteral("退货\u3000运费")),
             (QStringList{QStringLiteral("退货"), QStringLiteral("运费")}));
    QCOMPARE(search::queryTerms(QStringLiteral("   ")), QStringList());
    QCOMPARE(search::queryTerms(QStringLiteral("a b c d e f g h i j"), 3).size(), 3);
    QCOMPARE(search::codePointCount(u"退货𠀀"), 3);
}

void TestSearchIndex::sectionsArePlainTextWithRendererAnchors()
{
    const QString md = QStringLiteral(
        "Intro before any heading.\n\n"
        "# 标题\n\n"
        "正文 **加粗** 与 `代码`。\n\n"
        "## 第二步：道歉\n\n"
        "> [!SAY]\n> 真的非常抱歉！\n\n"
        "| 步骤 | 客服怎么说 |\n|---|---|\n| 倾听 | 嗯嗯 |\n\n"
        "<div>raw html</div>\n\n"
        "- [链接](https://example.com) 一项\n- 另一项\n\n"
        "```\ncode block\n```\n\n"
        "## 第二步：道歉\n\nAgain.\n");
    const QList<search::LessonSectionText> s = search::lessonSectionTexts(md);
    QCOMPARE(s.size(), 4);
    QCOMPARE(s[0].heading, QString());
    QCOMPARE(s[0].anchor, QString());
    QCOMPARE(s[0].body, QStringLiteral("Intro before any heading."));
    QCOMPARE(s[1].heading, QStringLiteral("标题"));
    QCOMPARE(s[1].level, 1);
    QCOMPARE(s[1].body, QStringLiteral("正文 加粗 与 代码。"));
    QCOMPARE(s[2].anchor, QStringLiteral("第二步道歉"));
    QCOMPARE(s[2].level, 2);
    QVERIFY2(!s[2].body.contains(u'['), qPrintable(s[2].body));
    QVERIFY(!s[2].body.contains(QStringLiteral("SAY")));
    QVERIFY(!s[2].body.contains(u'|'));
    QVERIFY(!s[2].body.contains(QStringLiteral("raw html")));
    QVERIFY(!s[2].body.contains(QStringLiteral("example.com")));
    QVERIFY(s[2].body.contains(QStringLiteral("真的非常抱歉！")));
    QVERIFY(s[2].body.contains(QStringLiteral("倾听 嗯嗯")));
    QVERIFY(s[2].body.contains(QStringLiteral("链接 一项")));
    QVERIFY(s[2].body.contains(QStringLiteral("code block")));
    QCOMPARE(s[3].anchor, QStringLiteral("第二步道歉-1"));
}

void TestSearchIndex::sectionAnchorsMatchEveryBundledLesson()
{
    for (const Course *course : {m_zh, m_en}) {
        for (const Lesson &l : course->lessons) {
            QStringList anchors;
            for (const search::LessonSectionText &s : search::lessonSectionTexts(l.markdown)) {
                if (s.level > 0)
                    anchors.append(s.anchor);
            }
            QCOMPARE(anchors, l.headingAnchors);
        }
    }
}

void TestSearchIndex::phrasebookGroupedBySituation()
{
    const QList<PhrasebookGroup> groups = phrasebookBySituation(*m_zh);
    QVERIFY(!groups.isEmpty());
    QCOMPARE(groups.front().situation, QStringLiteral("greeting"));
    QCOMPARE(groups.front().title, m_zh->phrasebook.isEmpty() ? QString() : situationTitle(*m_zh, u"greeting"_qs));
    int total = 0;
    QStringList seen;
    for (const PhrasebookGroup &g : groups) {
        QVERIFY(!g.phrases.isEmpty());
        QVERIFY2(!seen.contains(g.situation), qPrintable(g.situation));
        seen.append(g.situation);
        QVERIFY(!g.title.isEmpty());
        for (const Phrase &p : g.phrases)
            QCOMPARE(p.situation, g.situation);
        total += int(g.phrases.size());
    }
    QCOMPARE(total, int(m_zh->allPhrases().size()));
    // Lesson phrases of a situation with no phrasebook file still get a group with a readable title.
    QVERIFY(seen.contains(QStringLiteral("complaint")));
    QCOMPARE(situationTitle(*m_zh, QStringLiteral("complaint")), QStringLiteral("Complaints"));
    // A phrasebook file's own title wins.
    QCOMPARE(situationTitle(*m_zh, QStringLiteral("apology")), QStringLiteral("致歉"));
    QCOMPARE(situationTitle(*m_zh, QStringLiteral("no-such")), QStringLiteral("no-such"));
}

void TestSearchIndex::buildsTheBundledCourses()
{
    QVERIFY2(m_zhIndex->isReady(), qPrintable(m_zhIndex->error()));
    QVERIFY2(m_enIndex->isReady(), qPrintable(m_enIndex->error()));
    QVERIFY(m_zhIndex->error().isEmpty());
    QVERIFY(m_zhIndex->documentCount() > m_zh->lessons.size() + m_zh->allPhrases().size());
    QCOMPARE(SearchIndex().search(QStringLiteral("退货")).size(), 0); // empty index
}

void TestSearchIndex::chineseOneCharacterQuery()
{
    // "礼" is in one lesson title (电话礼仪): that lesson comes before every other lesson.
    const QList<SearchHit> hits = m_zhIndex->search(QStringLiteral("礼"), 50);
    QVERIFY(!hits.isEmpty());
    const QStringList lessons = lessonIds(hits);
    QVERIFY(!lessons.isEmpty());
    QCOMPARE(lessons.front(), QStringLiteral("phone-etiquette"));
    for (const SearchHit &h : hits)
        QVERIFY2(hitContains(h, QStringLiteral("礼")), qPrintable(h.title.text + u'/' + h.context.text));
}

void TestSearchIndex::chineseTwoCharacterQueryFindsTheOneTitle()
{
    // "礼仪" appears in exactly one lesson title.
    const QList<SearchHit> hits = m_zhIndex->search(QStringLiteral("礼仪"), 20);
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.front().kind, SearchHit::Kind::LessonSection);
    QCOMPARE(hits.front().lessonId, QStringLiteral("phone-etiquette"));
    QCOMPARE(hits.front().anchor, QString()); // the top of the lesson
    QCOMPARE(marked(hits.front().title), QStringLiteral("电话[礼仪]"));

    // "议价" likewise (售前接待与议价), and phrases about bargaining are found too.
    const QList<SearchHit> bargain = m_zhIndex->search(QStringLiteral("议价"), 50);
    QCOMPARE(bargain.front().lessonId, QStringLiteral("presale-and-bargaining"));
    bool phrase = false;
    for (const SearchHit &h : bargain)
        phrase = phrase || (h.kind == SearchHit::Kind::Phrase && h.situation == QStringLiteral("bargaining"));
    QVERIFY(phrase);
}

void TestSearchIndex::chineseLongQueryUsesFullText()
{
    const QList<SearchHit> hits = m_zhIndex->search(QStringLiteral("货到付款"), 20);
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.front().lessonId, QStringLiteral("cash-on-delivery"));
    for (const SearchHit &h : hits)
        QVERIFY(hitContains(h, QStringLiteral("货到付款")));

    const QList<SearchHit> quick = m_zhIndex->search(QStringLiteral("快捷短语"), 20);
    QVERIFY(!quick.isEmpty());
    QCOMPARE(quick.front().lessonId, QStringLiteral("reply-speed"));
    QCOMPARE(quick.front().anchor, QString());

    QVERIFY(m_zhIndex->search(QStringLiteral("这句话在课程里不存在"), 20).isEmpty());
}

void TestSearchIndex::headingHitOpensItsSection()
{
    const QList<SearchHit> hits = m_zhIndex->search(QStringLiteral("第三步"), 20);
    QVERIFY(!hits.isEmpty());
    const SearchHit &top = hits.front();
    QCOMPARE(top.lessonId, QStringLiteral("seven-steps"));
    QCOMPARE(top.anchor, QStringLiteral("第三步收集事实"));
    QVERIFY(m_zh->lesson(top.lessonId)->headingAnchors.contains(top.anchor));
    QCOMPARE(top.title.text, QStringLiteral("七步平息顾客不满"));
    QCOMPARE(marked(top.context), QStringLiteral("[第三步]：收集事实"));
    QVERIFY(!top.snippet.text.isEmpty());
    QVERIFY(!top.snippet.text.contains(u'#'));
}

void TestSearchIndex::phraseHitsCarryTheirPhrase()
{
    // The "never say" counterpart is searchable too.
    const QList<SearchHit> hits = m_zhIndex->search(QStringLiteral("刚才忙"), 20);
    QVERIFY(!hits.isEmpty());
    const SearchHit &h = hits.front();
    QCOMPARE(h.kind, SearchHit::Kind::Phrase);
    QCOMPARE(h.phraseId, QStringLiteral("apology-slow-reply"));
    QCOMPARE(h.situation, QStringLiteral("apology"));
    QCOMPARE(h.context.text, QStringLiteral("致歉"));
    QVERIFY(h.title.text.startsWith(QStringLiteral("亲，非常抱歉回复晚了")));
    QCOMPARE(marked(h.never), QStringLiteral("[刚才忙]。"));
    QVERIFY(h.snippet.text.contains(QStringLiteral("回复慢了先道歉")));

    // A phrase from a lesson's front matter names its lesson.
    const QList<SearchHit> ask = m_zhIndex->search(QStringLiteral("就这么定了"), 20);
    QVERIFY(!ask.isEmpty());
    QCOMPARE(ask.front().phraseId, QStringLiteral("complaint-ask-opinion"));
    QCOMPARE(ask.front().lessonId, QStringLiteral("seven-steps"));
    QCOMPARE(ask.front().context.text, situationTitle(*m_zh, QStringLiteral("complaint")));
}

void TestSearchIndex::englishQueries()
{
    const QList<SearchHit> hits = m_enIndex->search(QStringLiteral("etiquette"), 20);
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.front().lessonId, QStringLiteral("phone-etiquette"));
    QCOMPARE(marked(hits.front().title), QStringLiteral("Phone [etiquette]"));

    const QList<SearchHit> cod = m_enIndex->search(QStringLiteral("cash-on-delivery"), 20);
    QVERIFY(!cod.isEmpty());
    QCOMPARE(cod.front().lessonId, QStringLiteral("cash-on-delivery"));

    // Two words: both must be there, in any order.
    const QList<SearchHit> two = m_enIndex->search(QStringLiteral("malicious reviews"), 20);
    QVERIFY(!two.isEmpty());
    QCOMPARE(two.front().lessonId, QStringLiteral("malicious-reviews"));
    for (const SearchHit &h : two)
        QVERIFY(hitContains(h, QStringLiteral("malicious")) && hitContains(h, QStringLiteral("review")));

    // A two-letter English query takes the short path and still ranks titles first.
    const QList<SearchHit> short2 = m_enIndex->search(QStringLiteral("Sm"), 20);
    QVERIFY(!short2.isEmpty());
    QCOMPARE(short2.front().lessonId, QStringLiteral("smile-service"));
}

void TestSearchIndex::caseAndWidthInsensitive()
{
    const auto first = [](const QList<SearchHit> &hits) {
        return hits.isEmpty() ? QString() : hits.front().lessonId + u'#' + hits.front().anchor;
    };
    const QString expected = first(m_enIndex->search(QStringLiteral("etiquette")));
    QCOMPARE(expected, QStringLiteral("phone-etiquette#"));
    QCOMPARE(first(m_enIndex->search(QStringLiteral("ETIQUETTE"))), expected);
    QCOMPARE(first(m_enIndex->search(QStringLiteral("ｅｔｉｑｕｅｔｔｅ"))), expected);
    QCOMPARE(first(m_enIndex->search(QStringLiteral("EtIq"))), expected);

    // Full-width punctuation in the text matches half-width in the query, and the other way round.
    const QList<SearchHit> comma = m_zhIndex->search(QStringLiteral("亲,非常抱歉回复晚了"), 5);
    QVERIFY(!comma.isEmpty());
    QCOMPARE(comma.front().phraseId, QStringLiteral("apology-slow-reply"));
    QCOMPARE(marked(comma.front().title).left(12), QStringLiteral("[亲，非常抱歉回复晚了]"));
}

void TestSearchIndex::rankingTitleOverBody_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("long english") << QStringLiteral("refund");
    QTest::newRow("short english") << QStringLiteral("re");
    QTest::newRow("one chinese") << QStringLiteral("退");
    QTest::newRow("two chinese") << QStringLiteral("退货");
    QTest::newRow("long chinese") << QStringLiteral("退货运费");
}

void TestSearchIndex::rankingTitleOverBody()
{
    QFETCH(QString, query);
    Course course;
    // The body lesson says the word many times; the title lesson only in its title.
    const QString many = QStringLiteral("refund 退货运费 退货运费 refund refund 退货运费 refund.\n\n").repeated(4);
    course.lessons.append(lesson(QStringLiteral("body"), QStringLiteral("Other things"),
                                 QStringLiteral("# Other things\n\n") + many + QStringLiteral("## More\n\n") + many));
    course.lessons.append(lesson(QStringLiteral("title"), QStringLiteral("Refund 退货运费 rules"),
                                 QStringLiteral("# Rules\n\nNothing else here.\n")));
    const SearchIndex index(course);
    QVERIFY2(index.isReady(), qPrintable(index.error()));
    const QList<SearchHit> hits = index.search(query, 10);
    QCOMPARE(hits.size(), 3);
    QCOMPARE(hits.front().lessonId, QStringLiteral("title"));
    QCOMPARE(hits.at(1).lessonId, QStringLiteral("body"));
}

void TestSearchIndex::everyWordMustMatch()
{
    Course course;
    course.lessons.append(lesson(QStringLiteral("a"), QStringLiteral("退货规则"), QStringLiteral("运费由店铺承担。")));
    course.lessons.append(lesson(QStringLiteral("b"), QStringLiteral("换货规则"), QStringLiteral("运费由顾客承担。")));
    const SearchIndex index(course);
    QCOMPARE(lessonIds(index.search(QStringLiteral("退货 运费"))), QStringList{QStringLiteral("a")});
    QCOMPARE(lessonIds(index.search(QStringLiteral("规则 运费"))), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(lessonIds(index.search(QStringLiteral("换货规则 顾客承担"))), QStringList{QStringLiteral("b")});
    QCOMPARE(lessonIds(index.search(QStringLiteral("换货规则 店铺承担"))), QStringList());
}

void TestSearchIndex::syntaxCharactersAreText_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expectedLesson"); // empty: expect no lesson hit
    QTest::newRow("quote") << QStringLiteral("\"") << QStringLiteral("quotes");
    QTest::newRow("quoted word") << QStringLiteral("\"and\"") << QStringLiteral("quotes");
    QTest::newRow("star") << QStringLiteral("*") << QStringLiteral("symbols");
    QTest::newRow("prefix star") << QStringLiteral("sym*") << QString();
    QTest::newRow("AND") << QStringLiteral("AND") << QStringLiteral("quotes");
    QTest::newRow("OR NOT") << QStringLiteral("OR NOT") << QString();
    QTest::newRow("paren") << QStringLiteral("(") << QStringLiteral("symbols");
    QTest::newRow("parens") << QStringLiteral("(a+b)") << QStringLiteral("symbols");
    QTest::newRow("colon column filter") << QStringLiteral("title:rules") << QString();
    QTest::newRow("caret") << QStringLiteral("^abc") << QString();
    QTest::newRow("near") << QStringLiteral("NEAR(a b)") << QString();
    QTest::newRow("backslash") << QStringLiteral("\\") << QString();
    QTest::newRow("percent underscore") << QStringLiteral("%_") << QString();
    QTest::newRow("nul and control") << QStringLiteral("a\u0001\u0000b") << QString();
    QTest::newRow("very long") << QStringLiteral("退货").repeated(500) << QString();
}

void TestSearchIndex::syntaxCharactersAreText()
{
    QFETCH(QString, query);
    QFETCH(QString, expectedLesson);
    Course course;
    course.lessons.append(lesson(QStringLiteral("quotes"), QStringLiteral("Say \"and\" AND mean it"),
                                 QStringLiteral("Plain text.")));
    course.lessons.append(lesson(QStringLiteral("symbols"), QStringLiteral("Maths"),
                                 QStringLiteral("We write (a+b) * c here.")));
    const SearchIndex index(course);
    QVERIFY(index.isReady());
    const QList<SearchHit> hits = index.search(query, 10);
    if (expectedLesson.isEmpty())
        QCOMPARE(lessonIds(hits), QStringList());
    else
        QCOMPARE(lessonIds(hits), QStringList{expectedLesson});
    // And the real course: no error, whatever comes back contains the text.
    for (const SearchHit &h : m_zhIndex->search(query, 10))
        QVERIFY(!h.title.text.isEmpty());
}

void TestSearchIndex::emptyQueryFindsNothing()
{
    QVERIFY(m_zhIndex->search(QString()).isEmpty());
    QVERIFY(m_zhIndex->search(QStringLiteral("   \u3000\t")).isEmpty());
    QVERIFY(m_zhIndex->search(QStringLiteral("退货"), 0).isEmpty());
    QVERIFY(m_zhIndex->search(QStringLiteral("退货"), -3).isEmpty());
}

void TestSearchIndex::highlightRangesOnCjk()
{
    Course course;
    course.lessons.append(lesson(QStringLiteral("w"), QStringLiteral("退货与换货：退货流程"),
                                 QStringLiteral("顾客申请退货后，ＡＢＣ退货单号要记下。")));
    const SearchIndex index(course);
    const QList<SearchHit> hits = index.search(QStringLiteral("退货"), 5);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.front().title.matches, (QList<TextRange>{{0, 2}, {6, 2}}));
    QCOMPARE(marked(hits.front().snippet), QStringLiteral("Summary. 顾客申请[退货]后，ＡＢＣ[退货]单号要记下。"));
    // Full-width letters in the text, half-width in the query: the range covers the full-width ones.
    const QList<SearchHit> abc = index.search(QStringLiteral("abc退"), 5);
    QCOMPARE(abc.size(), 1);
    QCOMPARE(marked(abc.front().snippet), QStringLiteral("Summary. 顾客申请退货后，[ＡＢＣ退]货单号要记下。"));
    // Two words: both highlighted, overlapping ranges merged.
    const QList<SearchHit> two = index.search(QStringLiteral("退货流 货流程"), 5);
    QCOMPARE(two.size(), 1);
    QCOMPARE(marked(two.front().title), QStringLiteral("退货与换货：[退货流程]"));
}

void TestSearchIndex::snippetIsAnExcerptAroundTheMatch()
{
    Course course;
    const QString before = QStringLiteral("前面的文字").repeated(30);
    const QString after = QStringLiteral("后面的文字").repeated(30);
    course.lessons.append(lesson(QStringLiteral("long"), QStringLiteral("长课"),
                                 QStringLiteral("# 长课\n\n## 小节\n\n") + before + QStringLiteral("关键词")
                                     + after));
    const SearchIndex index(course);
    const QList<SearchHit> hits = index.search(QStringLiteral("关键词"), 5);
    QCOMPARE(hits.size(), 1);
    const HighlightedText &s = hits.front().snippet;
    QCOMPARE(hits.front().anchor, QStringLiteral("小节"));
    QVERIFY(s.text.startsWith(u'…'));
    QVERIFY(s.text.endsWith(u'…'));
    QVERIFY(s.text.size() <= SearchIndex::kSnippetLength + 2);
    QCOMPARE(s.matches.size(), 1);
    QCOMPARE(s.text.mid(s.matches.front().start, s.matches.front().length), QStringLiteral("关键词"));
    // A hit in the heading only: the excerpt is the start of the body.
    const QList<SearchHit> heading = index.search(QStringLiteral("小节"), 5);
    QCOMPARE(heading.size(), 1);
    QVERIFY(heading.front().snippet.text.startsWith(QStringLiteral("前面的文字")));
    QVERIFY(heading.front().snippet.matches.isEmpty());
}

void TestSearchIndex::limitIsRespected()
{
    QCOMPARE(m_zhIndex->search(QStringLiteral("的"), 7).size(), 7);
    QCOMPARE(m_zhIndex->search(QStringLiteral("顾客"), 3).size(), 3);
    QCOMPARE(m_zhIndex->search(QStringLiteral("小禾"), 4).size(), 4);
}

void TestSearchIndex::rebuildReplacesTheCourse()
{
    SearchIndex index(*m_zh);
    QVERIFY(!index.search(QStringLiteral("礼仪")).isEmpty());
    QVERIFY(index.build(*m_en));
    QVERIFY(index.search(QStringLiteral("礼仪")).isEmpty());
    QCOMPARE(index.search(QStringLiteral("etiquette")).front().lessonId, QStringLiteral("phone-etiquette"));
    // Two indexes side by side keep separate connections.
    SearchIndex other(*m_zh);
    QVERIFY(!other.search(QStringLiteral("礼仪")).isEmpty());
    QVERIFY(index.search(QStringLiteral("礼仪")).isEmpty());
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
