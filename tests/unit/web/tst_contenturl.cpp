// The dojo: scheme must never serve a file outside the content folder, whatever the URL looks like.
#include "web/contenturl.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace dojo;

class TestContentUrl : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void servesImagesInside();
    void refusesEscapes_data();
    void refusesEscapes();
    void lessonPagesAndStylesheet();
    void navigationPolicy_data();
    void navigationPolicy();
    void copyLinks_data();
    void copyLinks();

private:
    static void touch(const QString &path, qint64 size = 16);
    QTemporaryDir m_tmp;
    QString m_root;
};

void TestContentUrl::touch(const QString &path, qint64 size)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(size, 'x'));
}

void TestContentUrl::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    // <tmp>/secret.png and <tmp>/passwd sit outside the content root <tmp>/content.
    m_root = m_tmp.filePath(QStringLiteral("content"));
    touch(m_root + QStringLiteral("/zh-CN/assets/counter.png"));
    touch(m_root + QStringLiteral("/zh-CN/assets/图 表.png"));
    touch(m_root + QStringLiteral("/zh-CN/lessons/notes.txt"));
    touch(m_root + QStringLiteral("/zh-CN/assets/huge.png"), ContentUrlResolver::kMaxAssetBytes + 1);
    touch(m_tmp.filePath(QStringLiteral("secret.png")));
    touch(m_tmp.filePath(QStringLiteral("passwd")));
    QVERIFY(QFile::link(m_tmp.filePath(QStringLiteral("secret.png")),
                        m_root + QStringLiteral("/zh-CN/assets/link-out.png")));
    QVERIFY(QFile::link(m_tmp.path(), m_root + QStringLiteral("/zh-CN/assets/dir-out")));
}

void TestContentUrl::servesImagesInside()
{
    const ContentUrlResolver resolver(m_root);
    ContentRequest r = resolver.resolve(QUrl(QStringLiteral("dojo://content/zh-CN/assets/counter.png")));
    QCOMPARE(r.kind, ContentRequest::Kind::Asset);
    QCOMPARE(r.mimeType, QStringLiteral("image/png"));
    QVERIFY(r.filePath.endsWith(QStringLiteral("/zh-CN/assets/counter.png")));

    r = resolver.resolve(QUrl(QStringLiteral("dojo://content/zh-CN/assets/%E5%9B%BE%20%E8%A1%A8.png")));
    QCOMPARE(r.kind, ContentRequest::Kind::Asset);
}

void TestContentUrl::refusesEscapes_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("dot-dot") << QStringLiteral("dojo://content/zh-CN/assets/../../../secret.png");
    QTest::newRow("dot-dot to passwd") << QStringLiteral("dojo://content/../../etc/passwd");
    QTest::newRow("encoded dots") << QStringLiteral("dojo://content/%2e%2e/secret.png");
    QTest::newRow("encoded dots upper") << QStringLiteral("dojo://content/%2E%2E/secret.png");
    QTest::newRow("encoded slash") << QStringLiteral("dojo://content/zh-CN/..%2f..%2fsecret.png");
    QTest::newRow("double encoded") << QStringLiteral("dojo://content/%252e%252e/secret.png");
    QTest::newRow("backslash") << QStringLiteral("dojo://content/zh-CN/..%5c..%5csecret.png");
    QTest::newRow("absolute") << QStringLiteral("dojo://content//etc/passwd");
    QTest::newRow("nul") << QStringLiteral("dojo://content/zh-CN/assets/counter.png%00.png");
    QTest::newRow("single dot") << QStringLiteral("dojo://content/./zh-CN/assets/counter.png");
    QTest::newRow("symlink out") << QStringLiteral("dojo://content/zh-CN/assets/link-out.png");
    QTest::newRow("symlinked dir out") << QStringLiteral("dojo://content/zh-CN/assets/dir-out/secret.png");
    QTest::newRow("not an image") << QStringLiteral("dojo://content/zh-CN/lessons/notes.txt");
    QTest::newRow("missing") << QStringLiteral("dojo://content/zh-CN/assets/none.png");
    QTest::newRow("too large") << QStringLiteral("dojo://content/zh-CN/assets/huge.png");
    QTest::newRow("other host") << QStringLiteral("dojo://evil/zh-CN/assets/counter.png");
    QTest::newRow("other scheme") << QStringLiteral("file:///etc/passwd");
    QTest::newRow("user info") << QStringLiteral("dojo://x@content/zh-CN/assets/counter.png");
    QTest::newRow("bad lesson id") << QStringLiteral("dojo://content/zh-CN/lessons/..%2f..%2fsecret");
}

void TestContentUrl::refusesEscapes()
{
    QFETCH(QString, url);
    const ContentRequest r = ContentUrlResolver(m_root).resolve(QUrl(url));
    QVERIFY2(r.kind == ContentRequest::Kind::Refused, qPrintable(url + QStringLiteral(" -> ") + r.filePath));
    QVERIFY(!r.reason.isEmpty());
    QVERIFY(r.filePath.isEmpty());
}

void TestContentUrl::lessonPagesAndStylesheet()
{
    const ContentUrlResolver resolver(m_root);
    const QUrl lesson = ContentUrlResolver::lessonUrl(QStringLiteral("zh-CN"), QStringLiteral("why-after-sales"));
    QCOMPARE(lesson.toString(), QStringLiteral("dojo://content/zh-CN/lessons/why-after-sales"));
    ContentRequest r = resolver.resolve(lesson);
    QCOMPARE(r.kind, ContentRequest::Kind::LessonPage);
    QCOMPARE(r.locale, QStringLiteral("zh-CN"));
    QCOMPARE(r.lessonId, QStringLiteral("why-after-sales"));
    r = resolver.resolve(QUrl(QStringLiteral("dojo://app/lesson.css")));
    QCOMPARE(r.kind, ContentRequest::Kind::Stylesheet);
    r = resolver.resolve(QUrl(QStringLiteral("dojo://app/../content/x.png")));
    QCOMPARE(r.kind, ContentRequest::Kind::Refused);
    // An image relative to a lesson page resolves inside the locale folder.
    const QUrl img = lesson.resolved(QUrl(QStringLiteral("../assets/counter.png")));
    QCOMPARE(resolver.resolve(img).kind, ContentRequest::Kind::Asset);
}

void TestContentUrl::navigationPolicy_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("decision");
    const int allow = int(NavigationDecision::Allow), external = int(NavigationDecision::OpenExternally),
              refuse = int(NavigationDecision::Refuse);
    QTest::newRow("lesson") << QStringLiteral("dojo://content/zh-CN/lessons/seven-steps") << allow;
    QTest::newRow("lesson anchor") << QStringLiteral("dojo://content/en/lessons/seven-steps#recap") << allow;
    QTest::newRow("https") << QStringLiteral("https://example.com/a") << external;
    QTest::newRow("http") << QStringLiteral("http://example.com") << external;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << refuse;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << refuse;
    QTest::newRow("data") << QStringLiteral("data:text/html,<script>alert(1)</script>") << refuse;
    QTest::newRow("asset as page") << QStringLiteral("dojo://content/zh-CN/assets/x.png") << refuse;
    QTest::newRow("stylesheet as page") << QStringLiteral("dojo://app/lesson.css") << refuse;
    QTest::newRow("mailto") << QStringLiteral("mailto:a@b.c") << refuse;
    const int action = int(NavigationDecision::AppAction);
    QTest::newRow("copy link") << QStringLiteral("dojo://action/copy-say?lesson=seven-steps&n=2") << action;
    QTest::newRow("unknown action") << QStringLiteral("dojo://action/delete-all") << refuse;
    QTest::newRow("copy, bad index") << QStringLiteral("dojo://action/copy-say?lesson=a&n=-1") << refuse;
}

void TestContentUrl::navigationPolicy()
{
    QFETCH(QString, url);
    QFETCH(int, decision);
    QCOMPARE(int(decideNavigation(QUrl(url))), decision);
}

void TestContentUrl::copyLinks_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("lesson"); // empty: not a copy link
    QTest::addColumn<int>("index");
    QTest::newRow("made here") << copyPhraseUrl(QStringLiteral("seven-steps"), 3).toString() << QStringLiteral("seven-steps") << 3;
    QTest::newRow("typed") << QStringLiteral("dojo://action/copy-say?lesson=a1&n=0") << QStringLiteral("a1") << 0;
    QTest::newRow("no index") << QStringLiteral("dojo://action/copy-say?lesson=a1") << QString() << 0;
    QTest::newRow("not a number") << QStringLiteral("dojo://action/copy-say?lesson=a1&n=x") << QString() << 0;
    QTest::newRow("huge index") << QStringLiteral("dojo://action/copy-say?lesson=a1&n=99999999999") << QString() << 0;
    QTest::newRow("bad lesson id") << QStringLiteral("dojo://action/copy-say?lesson=../x&n=0") << QString() << 0;
    QTest::newRow("other host") << QStringLiteral("dojo://content/copy-say?lesson=a1&n=0") << QString() << 0;
    QTest::newRow("other scheme") << QStringLiteral("https://action/copy-say?lesson=a1&n=0") << QString() << 0;
}

void TestContentUrl::copyLinks()
{
    QFETCH(QString, url);
    QFETCH(QString, lesson);
    QFETCH(int, index);
    const std::optional<CopyPhraseRef> ref = copyPhraseOf(QUrl(url));
    QCOMPARE(ref.has_value(), !lesson.isEmpty());
    if (ref) {
        QCOMPARE(ref->lessonId, lesson);
        QCOMPARE(ref->index, index);
    }
}

QTEST_GUILESS_MAIN(TestContentUrl)
#include "tst_contenturl.moc"
