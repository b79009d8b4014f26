// The role-play page in the real app (AppComposition on the demo database, the demo trainee signed in):
// opens a chat scenario through Catalog, starts it with the Start button, steps on a landmine with the
// number key 3 and sees the alert, answers the free reply in the text box, plays to the debrief and
// retries; opens a phone call and a counter scenario. With DOJO_SCENARIO_SHOTS=<dir> it also saves
// screenshots of every view in both languages, both themes, at 1280×720 and 1920×1080.
#include "appcomposition.h"
#include "appsession.h"
#include "appsettings.h"
#include "coursecatalog.h"
#include "lessonschemehandler.h"

#include <QDir>
#include <QGuiApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>
#include <QtWebEngineQuick/qtwebenginequickglobal.h>

Q_IMPORT_QML_PLUGIN(ServiceDojo_BackendPlugin)
Q_IMPORT_QML_PLUGIN(ServiceDojo_UiPlugin)

namespace {
const QString kGoodReply = QStringLiteral("亲，真抱歉让您着急了～您在订单里申请换货，把27码寄回来，我们收到后给您换28码，新的那条运费店铺承担。");
const QString kGoodReplyEn = QStringLiteral("So sorry for the trouble! Please send the size 27 back through an exchange request and we will send you size 28; the shop pays the postage for the new pair.");

QQuickItem *findInTree(QQuickItem *item, const QString &name)
{
    if (!item)
        return nullptr;
    if (item->objectName() == name && item->isVisible())
        return item;
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findInTree(child, name))
            return found;
    }
    return nullptr;
}
} // namespace

class TestScenarioPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void chatFromStartToDebriefAndRetry();
    void phoneAndCounterViews();
    void screenshots();

private:
    QQuickItem *item(const QString &name) const { return findInTree(m_window->contentItem(), name); }
    void click(const QString &name);
    QObject *openScenario(const QString &id);
    void shot(const QString &name);
    void playChat(bool english, bool takeShots);

    QTemporaryDir m_tmp;
    std::unique_ptr<AppComposition> m_app;
    QQuickWindow *m_window = nullptr;
    QString m_shotDir;
};

void TestScenarioPage::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_app = std::make_unique<AppComposition>(AppOptions{QStringLiteral(DOJO_CONTENT_DIR),
                                                        m_tmp.filePath(QStringLiteral("page.sqlite")),
                                                        QStringLiteral("zh_CN")});
    QString error;
    QVERIFY2(m_app->prepareDemo(&error), qPrintable(error));
    QVERIFY2(m_app->loadUi(&error), qPrintable(error));
    m_window = m_app->window();
    QVERIFY(m_window);
    m_window->resize(1280, 720);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->requestActivate();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QVERIFY(m_app->session()->signedIn());
}

void TestScenarioPage::cleanupTestCase()
{
    m_app.reset();
}

void TestScenarioPage::click(const QString &name)
{
    QQuickItem *target = nullptr;
    QTRY_VERIFY2((target = item(name)) != nullptr, qPrintable(name));
    QTRY_VERIFY2(target->isEnabled(), qPrintable(name));
    const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
    QTest::mouseMove(m_window, centre.toPoint());
    QTest::mousePress(m_window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    QTest::mouseRelease(m_window, Qt::LeftButton, Qt::NoModifier, centre.toPoint(), 30);
}

QObject *TestScenarioPage::openScenario(const QString &id)
{
    m_app->catalog()->requestScenario(id);
    QQuickItem *page = nullptr;
    [&] { QTRY_VERIFY((page = item(QStringLiteral("scenarioPage"))) != nullptr); }();
    if (!page)
        return nullptr;
    [&] { QTRY_COMPARE(page->property("scenarioId").toString(), id); }();
    // The StackView slides the page in; clicks land where buttons are once it stops.
    QPointF at = page->mapToScene(QPointF(0, 0));
    for (int i = 0; i < 40; ++i) {
        QTest::qWait(50);
        const QPointF now = page->mapToScene(QPointF(0, 0));
        if (now == at && i > 2)
            break;
        at = now;
    }
    return page->property("controller").value<QObject *>();
}

void TestScenarioPage::shot(const QString &name)
{
    if (m_shotDir.isEmpty())
        return;
    QTest::qWait(900); // let animations settle: only for the pictures, never for a verdict
    const QString language = m_app->settings()->language();
    const QString theme = m_app->settings()->darkTheme() ? QStringLiteral("dark") : QStringLiteral("light");
    const QString folder = QStringLiteral("%1/%2-%3-%4x%5")
                               .arg(m_shotDir, language, theme)
                               .arg(m_window->width())
                               .arg(m_window->height());
    QDir().mkpath(folder);
    QVERIFY(m_window->grabWindow().save(folder + QLatin1Char('/') + name + QStringLiteral(".png")));
}

void TestScenarioPage::playChat(bool english, bool takeShots)
{
    QObject *c = openScenario(QStringLiteral("sc-wrong-size"));
    QVERIFY(c);
    QVERIFY(c->property("valid").toBool());
    if (takeShots)
        shot(QStringLiteral("1-intro"));
    click(QStringLiteral("scenarioStart"));
    QTRY_VERIFY(c->property("awaitingReply").toBool());
    QVERIFY(item(QStringLiteral("scenarioTranscript")));
    QVERIFY(item(QStringLiteral("scenarioMood")));
    QVERIFY(item(QStringLiteral("scenarioReplyTimer")));
    QVERIFY(item(QStringLiteral("scenarioOption_2")));
    QVERIFY(!item(QStringLiteral("scenarioLandmineAlert")));
    if (takeShots)
        shot(QStringLiteral("2-chat"));

    // Key 3 = the third option: the interrogation landmine.
    QTest::keyClick(m_window, Qt::Key_3);
    QTRY_VERIFY(item(QStringLiteral("scenarioLandmineAlert")) != nullptr);
    QCOMPARE(c->property("currentNodeId").toString(), QStringLiteral("ask-order"));
    QTRY_VERIFY(c->property("awaitingReply").toBool());
    if (takeShots)
        shot(QStringLiteral("3-landmine"));

    click(QStringLiteral("scenarioOption_0"));
    QTRY_VERIFY(c->property("freeReplyActive").toBool() && c->property("awaitingReply").toBool());
    QQuickItem *input = item(QStringLiteral("scenarioFreeReplyInput"));
    QVERIFY(input);
    input->setProperty("text", english ? kGoodReplyEn : kGoodReply);
    if (takeShots)
        shot(QStringLiteral("4-free-reply"));
    click(QStringLiteral("scenarioFreeReplySend"));
    QTRY_COMPARE(c->property("currentNodeId").toString(), QStringLiteral("saturday"));
    QCOMPARE(input->property("text").toString(), QString());

    for (int guard = 0; guard < 20 && !c->property("finished").toBool(); ++guard) {
        QTRY_VERIFY(c->property("awaitingReply").toBool());
        click(QStringLiteral("scenarioOption_0"));
        QTRY_VERIFY(c->property("finished").toBool() || !c->property("awaitingReply").toBool()
                    || c->property("customerTyping").toBool());
    }
    QVERIFY(c->property("finished").toBool());
    QTRY_VERIFY(item(QStringLiteral("scenarioDebrief")) != nullptr);
    QVERIFY(item(QStringLiteral("scenarioRadar")));
    QQuickItem *overall = item(QStringLiteral("scenarioOverallScore"));
    QVERIFY(overall);
    QCOMPARE(overall->property("text").toString(), QString::number(c->property("overall").toInt()));
    QCOMPARE(c->property("outcome").toString(), QStringLiteral("resolved"));
    QVERIFY(c->property("runId").toLongLong() > 0);
    if (takeShots) {
        shot(QStringLiteral("5-debrief"));
        auto *flick = item(QStringLiteral("scenarioDebrief"));
        flick->setProperty("contentY", 520);
        shot(QStringLiteral("6-debrief-path"));
        flick->setProperty("contentY", 0);
    }
    const qint64 firstRun = c->property("runId").toLongLong();
    click(QStringLiteral("scenarioRetry"));
    QTRY_VERIFY(c->property("awaitingReply").toBool());
    QVERIFY(c->property("runId").toLongLong() > firstRun);
    QVERIFY(!item(QStringLiteral("scenarioDebrief")));
    click(QStringLiteral("scenarioBack"));
    QTRY_VERIFY(!item(QStringLiteral("scenarioPage")));
}

void TestScenarioPage::chatFromStartToDebriefAndRetry()
{
    playChat(false, false);
}

void TestScenarioPage::phoneAndCounterViews()
{
    QObject *c = openScenario(QStringLiteral("sc-cod-confirm"));
    QVERIFY(c);
    QCOMPARE(c->property("channel").toString(), QStringLiteral("phone"));
    click(QStringLiteral("scenarioStart"));
    QTRY_VERIFY(c->property("awaitingReply").toBool());
    QVERIFY(item(QStringLiteral("scenarioCallTimer")));
    QQuickItem *caption = item(QStringLiteral("scenarioCaption"));
    QVERIFY(caption);
    QCOMPARE(caption->property("text").toString(), c->property("customerLine").toString());
    click(QStringLiteral("scenarioBack"));
    QTRY_VERIFY(!item(QStringLiteral("scenarioPage")));

    c = openScenario(QStringLiteral("sc-store-desk"));
    QVERIFY(c);
    QCOMPARE(c->property("channel").toString(), QStringLiteral("face-to-face"));
    click(QStringLiteral("scenarioStart"));
    QTRY_VERIFY(c->property("awaitingReply").toBool());
    QVERIFY(!item(QStringLiteral("scenarioCallTimer")));
    click(QStringLiteral("scenarioBack"));
    QTRY_VERIFY(!item(QStringLiteral("scenarioPage")));
}

void TestScenarioPage::screenshots()
{
    m_shotDir = qEnvironmentVariable("DOJO_SCENARIO_SHOTS");
    if (m_shotDir.isEmpty())
        QSKIP("set DOJO_SCENARIO_SHOTS=<dir> to save screenshots");
    const QList<QSize> sizes{{1280, 720}, {1920, 1080}};
    for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        m_app->settings()->setLanguage(language);
        for (const bool dark : {false, true}) {
            m_app->settings()->setDarkTheme(dark);
            for (const QSize &size : sizes) {
                m_window->resize(size);
                QTest::qWait(200);
                playChat(language == QStringLiteral("en"), true);
                for (const QString &id : {QStringLiteral("sc-cod-confirm"), QStringLiteral("sc-store-desk")}) {
                    QObject *c = openScenario(id);
                    QVERIFY(c);
                    click(QStringLiteral("scenarioStart"));
                    QTRY_VERIFY(c->property("awaitingReply").toBool());
                    shot(id == QStringLiteral("sc-cod-confirm") ? QStringLiteral("7-phone") : QStringLiteral("8-counter"));
                    click(QStringLiteral("scenarioBack"));
                    QTRY_VERIFY(!item(QStringLiteral("scenarioPage")));
                }
            }
        }
    }
}

int main(int argc, char **argv)
{
    qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    LessonSchemeHandler::registerScheme();
    QtWebEngineQuick::initialize();
    QGuiApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("ServiceDojo-tests"));
    TestScenarioPage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_scenariopage.moc"
