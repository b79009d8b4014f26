// Data-driven renderer cases: tests/data/markdown/<case>.md rendered must equal <case>.html.
// On a mismatch the actual output is written to <case>.html.fail beside the expectation.
#include "markdown/anchors.h"
#include "markdown/lessonpage.h"
#include "markdown/markdownrenderer.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace dojo;

namespace {
QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

CalloutTitles englishTitles()
{
    return {QStringLiteral("Say this"), QStringLiteral("Never say this"), QStringLiteral("Tip"),
            QStringLiteral("Note"), QStringLiteral("Warning"), QStringLiteral("Copy")};
}
} // namespace

class TestMarkdownRenderer : public QObject {
    Q_OBJECT
private slots:
    void golden_data();
    void golden();
    void safeModeNeverLetsScriptsThrough();
    void tableOfContents();
    void anchorsFollowGitHubRules_data();
    void anchorsFollowGitHubRules();
    void pageHasContentSecurityPolicy();
    void pageEscapesTitleAndKeepsBodyPlaceholdersLiteral();
    void sayBoxesGiveTheirPlainTextAndCopyLinks();
};

void TestMarkdownRenderer::golden_data()
{
    QTest::addColumn<QString>("base");
    const QDir dir(QStringLiteral(DOJO_TEST_DATA "/markdown"));
    const QStringList cases = dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    QVERIFY(cases.size() >= 8);
    for (const QString &name : cases) {
        const QString base = dir.filePath(name.chopped(3));
        QTest::newRow(qPrintable(name)) << base;
    }
}

void TestMarkdownRenderer::golden()
{
    QFETCH(QString, base);
    const QString actual = MarkdownRenderer(englishTitles()).render(readText(base + QStringLiteral(".md"))).html;
    const QString expected = readText(base + QStringLiteral(".html"));
    if (actual != expected) {
        QFile fail(base + QStringLiteral(".html.fail"));
        if (fail.open(QIODevice::WriteOnly))
            fail.write(actual.toUtf8());
    }
    QCOMPARE(actual, expected);
}

void TestMarkdownRenderer::safeModeNeverLetsScriptsThrough()
{
    const QString md = QStringLiteral("<script>alert(1)</script>\n\n[x](javascript:alert(1))\n\n"
                                      "<a href=\"javascript:alert(2)\">y</a> <iframe src=x></iframe>\n\n"
                                      "![](javascript:alert(3)) [z](JaVaScRiPt:alert(4))\n");
    const QString html = MarkdownRenderer(englishTitles()).render(md).html;
    QVERIFY2(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("javascript:"), Qt::CaseInsensitive), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("<iframe"), Qt::CaseInsensitive), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("<a href=\"java"), Qt::CaseInsensitive), qPrintable(html));
}

void TestMarkdownRenderer::tableOfContents()
{
    const RenderedMarkdown r = MarkdownRenderer(englishTitles())
                                   .render(QStringLiteral("# 标题\n\n## 一\n\n### 一点一\n\n#### 深\n\n## 一\n"));
    QCOMPARE(r.firstHeading, QStringLiteral("标题"));
    QCOMPARE(r.toc.size(), 3);
    QCOMPARE(r.toc[0].anchor, QStringLiteral("一"));
    QCOMPARE(r.toc[1].level, 3);
    QCOMPARE(r.toc[2].anchor, QStringLiteral("一-1"));
}

void TestMarkdownRenderer::anchorsFollowGitHubRules_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("anchor");
    QTest::newRow("chinese") << QStringLiteral("快捷短语") << QStringLiteral("快捷短语");
    QTest::newRow("quotes") << QStringLiteral("六个\"一点\"") << QStringLiteral("六个一点");
    QTest::newRow("fullwidth punctuation") << QStringLiteral("第三步：收集事实！") << QStringLiteral("第三步收集事实");
    QTest::newRow("english") << QStringLiteral("Step 3: Gather Facts") << QStringLiteral("step-3-gather-facts");
    QTest::newRow("hyphen kept") << QStringLiteral("Cash-on-delivery") << QStringLiteral("cash-on-delivery");
}

void TestMarkdownRenderer::anchorsFollowGitHubRules()
{
    QFETCH(QString, heading);
    QFETCH(QString, anchor);
    QCOMPARE(headingAnchor(heading), anchor);
}

void TestMarkdownRenderer::pageHasContentSecurityPolicy()
{
    const QString page = LessonPage::build({QStringLiteral("zh-CN"), QStringLiteral("标题"),
                                            QStringLiteral("<p>正文</p>"), PageTheme::Dark});
    QVERIFY(page.contains(QStringLiteral("http-equiv=\"Content-Security-Policy\"")));
    QVERIFY(page.contains(QStringLiteral("script-src 'none'")));
    QVERIFY(page.contains(QStringLiteral("default-src 'none'")));
    QVERIFY(page.contains(QStringLiteral("<html lang=\"zh-CN\" class=\"theme-dark\">")));
    QVERIFY(page.contains(QStringLiteral("<p>正文</p>")));
    QVERIFY(!LessonPage::stylesheet().isEmpty());
    QVERIFY(LessonPage::stylesheet().contains("@media print"));
}

void TestMarkdownRenderer::pageEscapesTitleAndKeepsBodyPlaceholdersLiteral()
{
    const QString page = LessonPage::build({QStringLiteral("en"), QStringLiteral("<b>x</b>"),
                                            QStringLiteral("<p>{{title}} {{csp}}</p>"), PageTheme::Light});
    QVERIFY(page.contains(QStringLiteral("<title>&lt;b&gt;x&lt;/b&gt;</title>")));
    QVERIFY(page.contains(QStringLiteral("<p>{{title}} {{csp}}</p>")));
}

void TestMarkdownRenderer::sayBoxesGiveTheirPlainTextAndCopyLinks()
{
    const QString md = QStringLiteral(
        "# T\n\n> [!SAY]\n> 您好，**很高兴**为您服务。\n> 请问有什么可以帮您？\n\n"
        "> [!NEVER]\n> 这不归我管。\n\n"
        "> [!SAY] Inline `code` & <b>tags</b>\n>\n> - first\n> - second\n\n"
        "> plain quote\n");
    // Without copy links: the text is there, the HTML has no link (golden files stay as they are).
    const RenderedMarkdown plain = MarkdownRenderer(englishTitles()).render(md);
    QCOMPARE(plain.sayTexts.size(), 2);
    QCOMPARE(plain.sayTexts[0], QStringLiteral("您好，很高兴为您服务。 请问有什么可以帮您？"));
    QCOMPARE(plain.sayTexts[1], QStringLiteral("Inline code & tags\nfirst\nsecond"));
    QVERIFY(!plain.html.contains(QStringLiteral("callout-copy")));

    CalloutTitles titles = englishTitles();
    titles.copy = QStringLiteral("Copy <it>");
    MarkdownRenderer renderer(titles);
    renderer.enableCopyLinks(QStringLiteral("greeting"));
    const RenderedMarkdown linked = renderer.render(md);
    QCOMPARE(linked.sayTexts, plain.sayTexts);
    QCOMPARE(linked.html.count(QStringLiteral("class=\"callout-copy\"")), 2); // not on NEVER or a plain quote
    QVERIFY(linked.html.contains(QStringLiteral("href=\"dojo://action/copy-say?lesson=greeting&amp;n=0\"")));
    QVERIFY(linked.html.contains(QStringLiteral("href=\"dojo://action/copy-say?lesson=greeting&amp;n=1\"")));
    QVERIFY(linked.html.contains(QStringLiteral(">Copy &lt;it&gt;</a>")));
    QVERIFY(!linked.html.contains(QStringLiteral("<b>")));
}

QTEST_GUILESS_MAIN(TestMarkdownRenderer)
#include "tst_markdownrenderer.moc"
