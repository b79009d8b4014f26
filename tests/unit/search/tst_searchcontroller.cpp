// SearchController and its models as QML uses them, on the bundled course: live results, styled
// highlights, opening a lesson section, copying a phrase, the phrasebook, and a language switch.
#include "backendfixture.h"
#include "searchcontroller.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QtTest>

class TestSearchController : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void searchesAsTheQueryChanges();
    void highlightsAreEscapedStyledText();
    void openingALessonSectionAsksTheCatalog();
    void openingAPhraseCopiesIt();
    void copyText();
    void phrasebookBySituation();
    void awkwardQueries();
    void languageSwitchRebuildsTheIndex();
    void controllersShareOneCourse();

private:
    std::unique_ptr<BackendFixture> m_world;
};

void TestSearchController::init()
{
    m_world = std::make_unique<BackendFixture>();
    QVERIFY2(m_world->ok(), qPrintable(m_world->error));
}

void TestSearchController::cleanup() { m_world.reset(); }

void TestSearchController::searchesAsTheQueryChanges()
{
    SearchController c;
    QAbstractItemModelTester tester(c.results(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&c, &SearchController::resultsChanged);
    QVERIFY(c.available());
    QCOMPARE(c.resultCount(), 0);

    c.setQuery(QStringLiteral("礼"));
    QCOMPARE(changed.count(), 1);
    QVERIFY(c.resultCount() > 0);
    QCOMPARE(c.topLessonId(), QStringLiteral("phone-etiquette"));

    c.setQuery(QStringLiteral("礼仪"));
    QCOMPARE(c.topLessonId(), QStringLiteral("phone-etiquette"));
    const QVariantMap top = c.results()->get(0);
    QCOMPARE(top.value(QStringLiteral("kind")).toString(), QStringLiteral("lesson"));
    QCOMPARE(top.value(QStringLiteral("lessonId")).toString(), QStringLiteral("phone-etiquette"));
    QCOMPARE(top.value(QStringLiteral("anchor")).toString(), QString());
    QCOMPARE(top.value(QStringLiteral("title")).toString(), QStringLiteral("电话礼仪"));

    c.setQuery(QStringLiteral("货到付款"));
    QCOMPARE(c.topLessonId(), QStringLiteral("cash-on-delivery"));

    c.setQuery(QString());
    QCOMPARE(c.resultCount(), 0);
    QCOMPARE(c.topLessonId(), QString());
    const int before = int(changed.count());
    c.setQuery(QStringLiteral("   ")); // still nothing: no needless reset
    QCOMPARE(int(changed.count()), before);

    c.setLimit(3);
    c.setQuery(QStringLiteral("顾客"));
    QCOMPARE(c.resultCount(), 3);
    QVERIFY(c.results()->get(99).isEmpty());
}

void TestSearchController::highlightsAreEscapedStyledText()
{
    const dojo::HighlightedText text{QStringLiteral("a<b>&\"退货\""), {{1, 3}, {6, 2}}};
    QCOMPARE(SearchResultModel::toStyledText(text, QColor(QStringLiteral("#ff0000"))),
             QStringLiteral("a<b><font color=\"#ff0000\">&lt;b&gt;</font></b>&amp;&quot;"
                            "<b><font color=\"#ff0000\">退货</font></b>&quot;"));
    // A range outside the text is ignored rather than trusted.
    const dojo::HighlightedText bad{QStringLiteral("abc"), {{2, 5}}};
    QCOMPARE(SearchResultModel::toStyledText(bad, Qt::red), QStringLiteral("abc"));

    SearchController c;
    c.setHighlightColor(QColor(QStringLiteral("#123456")));
    QSignalSpy dataChanged(c.results(), &QAbstractItemModel::dataChanged);
    c.setQuery(QStringLiteral("礼仪"));
    QCOMPARE(c.results()->get(0).value(QStringLiteral("titleHtml")).toString(),
             QStringLiteral("电话<b><font color=\"#123456\">礼仪</font></b>"));
    c.setHighlightColor(QColor(QStringLiteral("#abcdef")));
    QCOMPARE(dataChanged.count(), 1);
    QVERIFY(c.results()->get(0).value(QStringLiteral("titleHtml")).toString().contains(QStringLiteral("#abcdef")));
}

void TestSearchController::openingALessonSectionAsksTheCatalog()
{
    SearchController c;
    QSignalSpy requested(m_world->catalog.get(), &CourseCatalog::lessonSectionRequested);
    c.setQuery(QStringLiteral("第三步"));
    QVERIFY(c.resultCount() > 0);
    QVERIFY(c.open(0));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("seven-steps"));
    QCOMPARE(requested.at(0).at(1).toString(), QStringLiteral("第三步收集事实"));
    QVERIFY(!c.open(-1));
    QVERIFY(!c.open(c.resultCount()));
    QCOMPARE(requested.count(), 1);
}

void TestSearchController::openingAPhraseCopiesIt()
{
    SearchController c;
    QSignalSpy copied(&c, &SearchController::copied);
    QSignalSpy requested(m_world->catalog.get(), &CourseCatalog::lessonSectionRequested);
    c.setQuery(QStringLiteral("刚才忙"));
    QVERIFY(c.resultCount() > 0);
    const QVariantMap top = c.results()->get(0);
    QCOMPARE(top.value(QStringLiteral("kind")).toString(), QStringLiteral("phrase"));
    QCOMPARE(top.value(QStringLiteral("phraseId")).toString(), QStringLiteral("apology-slow-reply"));
    QVERIFY(top.value(QStringLiteral("neverHtml")).toString().contains(QStringLiteral("<b>")));
    QVERIFY(c.open(0));
    QCOMPARE(copied.count(), 1);
    QCOMPARE(copied.at(0).at(0).toString(), top.value(QStringLiteral("title")).toString());
    QCOMPARE(QGuiApplication::clipboard()->text(), top.value(QStringLiteral("title")).toString());
    QCOMPARE(requested.count(), 0);
}

void TestSearchController::copyText()
{
    SearchController c;
    QSignalSpy copied(&c, &SearchController::copied);
    QVERIFY(c.copyText(QStringLiteral("亲，您好～")));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("亲，您好～"));
    QVERIFY(!c.copyText(QString()));
    QCOMPARE(copied.count(), 1);
}

void TestSearchController::phrasebookBySituation()
{
    SearchController c;
    PhrasebookModel *book = c.phrasebook();
    QAbstractItemModelTester tester(book, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(book->rowCount(), int(m_world->course().allPhrases().size()));
    const QVariantMap first = book->get(0);
    QCOMPARE(first.value(QStringLiteral("situation")).toString(), QStringLiteral("greeting"));
    QVERIFY(!first.value(QStringLiteral("situationTitle")).toString().isEmpty());
    QVERIFY(!first.value(QStringLiteral("text")).toString().isEmpty());
    // Rows of one situation are together (a ListView section each).
    QStringList order;
    for (int row = 0; row < book->rowCount(); ++row) {
        const QString s = book->get(row).value(QStringLiteral("situation")).toString();
        if (order.isEmpty() || order.back() != s) {
            QVERIFY2(!order.contains(s), qPrintable(s));
            order.append(s);
        }
    }
    const int apology = book->indexOf(QStringLiteral("apology-slow-reply"));
    QVERIFY(apology >= 0);
    const QVariantMap row = book->get(apology);
    QCOMPARE(row.value(QStringLiteral("never")).toString(), QStringLiteral("刚才忙。"));
    QCOMPARE(row.value(QStringLiteral("situationTitle")).toString(), QStringLiteral("致歉"));
    QCOMPARE(row.value(QStringLiteral("tags")).toString(), QStringLiteral("道歉 · 速度"));
    QCOMPARE(book->indexOf(QStringLiteral("nope")), -1);
}

void TestSearchController::awkwardQueries()
{
    SearchController c;
    for (const QString &q : {QStringLiteral("\""), QStringLiteral("*"), QStringLiteral("AND"), QStringLiteral("("),
                             QStringLiteral("\"退货"), QStringLiteral("NEAR(退货 运费)"), QStringLiteral("body:退货"),
                             QStringLiteral("退货*"), QString(2000, u'x')}) {
        c.setQuery(q);
        for (int row = 0; row < c.resultCount(); ++row)
            QVERIFY(!c.results()->get(row).value(QStringLiteral("title")).toString().isEmpty());
    }
    c.setQuery(QStringLiteral("退货*"));
    QCOMPARE(c.resultCount(), 0); // '*' is a character here, and no lesson writes 退货*
}

void TestSearchController::languageSwitchRebuildsTheIndex()
{
    SearchController c;
    QSignalSpy changed(&c, &SearchController::resultsChanged);
    c.setQuery(QStringLiteral("礼仪"));
    QCOMPARE(c.topLessonId(), QStringLiteral("phone-etiquette"));
    const QString zhTitle = c.phrasebook()->get(0).value(QStringLiteral("situationTitle")).toString();

    m_world->catalog->setLocale(QStringLiteral("en"));
    QCOMPARE(m_world->catalog->locale(), QStringLiteral("en"));
    QCOMPARE(c.resultCount(), 0); // no Chinese in the English course
    QVERIFY(changed.count() >= 2);
    c.setQuery(QStringLiteral("etiquette"));
    QCOMPARE(c.topLessonId(), QStringLiteral("phone-etiquette"));
    QCOMPARE(c.results()->get(0).value(QStringLiteral("title")).toString(), QStringLiteral("Phone etiquette"));
    QVERIFY(c.phrasebook()->get(0).value(QStringLiteral("situationTitle")).toString() != zhTitle);

    m_world->catalog->setLocale(QStringLiteral("zh-CN"));
    QCOMPARE(c.resultCount(), 0);
    c.setQuery(QStringLiteral("礼仪"));
    QCOMPARE(c.topLessonId(), QStringLiteral("phone-etiquette"));
}

void TestSearchController::controllersShareOneCourse()
{
    // The page and the palette: both follow the same course, whichever searched first.
    SearchController page;
    SearchController palette;
    page.setQuery(QStringLiteral("礼仪"));
    palette.setQuery(QStringLiteral("礼仪"));
    QCOMPARE(page.topLessonId(), palette.topLessonId());
    m_world->catalog->setLocale(QStringLiteral("en"));
    page.setQuery(QStringLiteral("etiquette"));
    palette.setQuery(QStringLiteral("etiquette"));
    QCOMPARE(page.topLessonId(), QStringLiteral("phone-etiquette"));
    QCOMPARE(palette.topLessonId(), QStringLiteral("phone-etiquette"));
    QCOMPARE(palette.results()->get(0).value(QStringLiteral("title")).toString(), QStringLiteral("Phone etiquette"));
}

QTEST_MAIN(TestSearchController)
#include "tst_searchcontroller.moc"
