// Drives the real app in a window: opens a lesson from the learning path by clicking it, waits for
// WebEngine to render it, and searches the rendered page for the lesson's heading. A hostile lesson
// (script, javascript: link, an image path escaping the course) renders with none of them active.
#include "appcomposition.h"
#include "appsession.h"
#include "auth/accountservice.h"
#include "storage/database.h"
#include "learning/readingposition.h"
#include "storage/lessonprogressstore.h"
#include "coursecatalog.h"
#include "lessonlistmodel.h"
#include "lessonschemehandler.h"
#include "markdown/markdownrenderer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>
#include <QtWebEngineCore/qwebenginefindtextresult.h>
#include <QtWebEngineQuick/qtwebenginequickglobal.h>

Q_IMPORT_QML_PLUGIN(ServiceDojo_BackendPlugin)
Q_IMPORT_QML_PLUGIN(ServiceDojo_UiPlugin)

namespace {
QStringList g_refusals;
QtMessageHandler g_previousHandler = nullptr;

void recordRefusals(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // The navigation policy (dojo.lesson) or the scheme handler (dojo.web) refuses and logs.
    const QByteArray category(context.category ? context.category : "");
    if ((category == "dojo.web" || category == "dojo.lesson") && message.contains(u"refused"))
        g_refusals.append(message);
    g_previousHandler(type, context, message);
}

// A database that already has its manager, for tests that start past the first-run screen; *user
// is that manager, to sign in with AppSession::setSignedInUser.
void seedManager(const QString &dbPath, dojo::User *user = nullptr)
{
    auto db = dojo::Database::open(dbPath);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    dojo::AccountService accounts(*db.value());
    dojo::NewUser boss{QStringLiteral("boss"), QStringLiteral("Boss"), dojo::Roles(dojo::Role::Manager), {}};
    auto made = accounts.createFirstManager(boss, QStringLiteral("correct horse battery"));
    QVERIFY(made.ok());
    if (user)
        *user = made.value();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}
} // namespace

class TestUiLesson : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void openLessonFromLearningPath();
    void hostileLessonRendersInert();
    void brokenFileIsListedForTrainers();
    void damagedDatabaseKeepsLessonsAndSaysWhy();

private:
    QQuickItem *findItem(QQuickWindow *window, const QString &name) const;
    void clickItem(QQuickWindow *window, QQuickItem *item) const;
    int matchesInPage(QObject *view, const QString &text) const;
    QTemporaryDir m_tmp;
};

void TestUiLesson::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    g_previousHandler = qInstallMessageHandler(recordRefusals);
}

// Searches the visual item tree: view delegates are not always QObject children of the view.
static QQuickItem *findInTree(QQuickItem *item, const QString &name)
{
    if (item->objectName() == name)
        return item;
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findInTree(child, name))
            return found;
    }
    return nullptr;
}

QQuickItem *TestUiLesson::findItem(QQuickWindow *window, const QString &name) const
{
    return findInTree(window->contentItem(), name);
}

void TestUiLesson::clickItem(QQuickWindow *window, QQuickItem *item) const
{
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
}

int TestUiLesson::matchesInPage(QObject *view, const QString &text) const
{
    QSignalSpy found(view, SIGNAL(findTextFinished(QWebEngineFindTextResult)));
    if (!QMetaObject::invokeMethod(view, "findText", Q_ARG(QString, text)))
        return -1;
    if (!found.wait(20000))
        return -1;
    return qvariant_cast<QWebEngineFindTextResult>(found.first().first()).numberOfMatches();
}

void TestUiLesson::openLessonFromLearningPath()
{
    AppComposition app({QStringLiteral(DOJO_CONTENT_DIR), m_tmp.filePath(QStringLiteral("ui.sqlite")),
                        QStringLiteral("zh_CN")});
    QString error;
    QVERIFY2(app.loadUi(&error), qPrintable(error));
    QQuickWindow *window = app.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));

    // A new database: the first-run screen asks for the first manager, and refuses a mismatch.
    QTRY_VERIFY(findItem(window, QStringLiteral("firstRunPage")) != nullptr);
    const auto typeInto = [&](const char *field, const QString &text) {
        QQuickItem *item = findItem(window, QString::fromLatin1(field));
        QVERIFY2(item, field);
        clickItem(window, item);
        QTRY_VERIFY(item->hasActiveFocus());
        item->setProperty("text", QString());
        for (const QChar ch : text) { // QTest::keyClicks takes only widgets in Qt 6.4
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(ch));
            QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(ch));
            QGuiApplication::sendEvent(window, &press);
            QGuiApplication::sendEvent(window, &release);
        }
        QCOMPARE(item->property("text").toString(), text);
    };
    typeInto("firstRunName", QStringLiteral("Wang Fang"));
    typeInto("firstRunLogin", QStringLiteral("wangfang"));
    typeInto("firstRunSecret", QStringLiteral("service-first"));
    typeInto("firstRunSecretRepeat", QStringLiteral("service-frist"));
    clickItem(window, findItem(window, QStringLiteral("firstRunCreate")));
    QQuickItem *firstRunError = findItem(window, QStringLiteral("firstRunError"));
    QVERIFY(firstRunError);
    QTRY_VERIFY(firstRunError->isVisible());
    QVERIFY(app.session()->needsFirstManager());
    typeInto("firstRunSecretRepeat", QStringLiteral("service-first"));
    clickItem(window, findItem(window, QStringLiteral("firstRunCreate")));
    QTRY_VERIFY(findItem(window, QStringLiteral("firstRunPage")) == nullptr);
    QVERIFY(!app.session()->needsFirstManager());
    QVERIFY(app.session()->signedIn()); // the new manager is signed in straight away
    QCOMPARE(app.session()->userLogin(), QStringLiteral("wangfang"));
    const dojo::SignInResult signedIn =
        dojo::AccountService(*app.session()->database()).signIn(QStringLiteral("wangfang"), QStringLiteral("service-first"));
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.message));
    QVERIFY(signedIn.user.roles.testFlag(dojo::Role::Manager));

    CourseCatalog *catalog = app.catalog();
    QVERIFY(catalog->lessons()->rowCount() > 0);
    const QString lessonId = catalog->lessons()->idAt(0);
    const dojo::Lesson *lesson = catalog->course()->lesson(lessonId);
    QVERIFY(lesson);
    const QString heading = dojo::MarkdownRenderer().render(lesson->markdown).firstHeading;
    QVERIFY2(!heading.isEmpty(), "the first lesson needs a level-1 heading");

    QQuickItem *row = nullptr;
    QTRY_VERIFY((row = findItem(window, QStringLiteral("lessonItem_") + lessonId)) != nullptr);
    QSignalSpy finished(catalog, &CourseCatalog::lessonPageFinished);
    clickItem(window, row);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 60000);
    QCOMPARE(finished.first().at(0).toString(), lessonId);
    QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));

    QQuickItem *title = findItem(window, QStringLiteral("lessonTitle"));
    QVERIFY(title);
    QCOMPARE(title->property("text").toString(), lesson->title);

    QQuickItem *view = findItem(window, QStringLiteral("lessonWebView"));
    QVERIFY(view);
    QVERIFY(matchesInPage(view, heading) >= 1);
    QCOMPARE(matchesInPage(view, QStringLiteral("zz-this-text-is-not-in-any-lesson-zz")), 0);

    // Mark as complete: stored for the signed-in person, the button gives way to the badge.
    QQuickItem *complete = findItem(window, QStringLiteral("lessonMarkComplete"));
    QVERIFY(complete);
    QTRY_VERIFY(complete->isVisible() && complete->isEnabled());
    // The Learn StackView ignores clicks while it slides the reader in.
    QQuickItem *learn = findItem(window, QStringLiteral("learnPage"));
    QVERIFY(learn);
    QTRY_VERIFY(!learn->property("busy").toBool());
    clickItem(window, complete);
    QQuickItem *badge = findItem(window, QStringLiteral("lessonCompleted"));
    QVERIFY(badge);
    QTRY_VERIFY(badge->isVisible());
    const auto progress = dojo::LessonProgressStore(*app.session()->database())
                              .progress(app.session()->actor(), app.session()->userId(), lessonId, catalog->lessonVersion(lessonId));
    QVERIFY(progress.ok());
    QCOMPARE(progress->status, dojo::LessonStatus::Completed);

    // Reading position: scroll well into the page, go back to the path, open the lesson again: it
    // opens where it was left, and the position is stored for the trainee.
    const auto scrollY = [view] { return view->property("scrollPosition").toPointF().y(); };
    const auto scrollable = [view] { return view->property("contentsSize").toSizeF().height() - view->height(); };
    QTRY_VERIFY(scrollable() > 200);
    QMetaObject::invokeMethod(view, "scrollToFraction", Q_ARG(QVariant, 0.6));
    QTRY_VERIFY_WITH_TIMEOUT(scrollY() > 0.4 * scrollable(), 20000);
    const double leftAt = scrollY() / scrollable();
    QQuickItem *back = findItem(window, QStringLiteral("backToLessons"));
    QVERIFY(back);
    clickItem(window, back);
    QTRY_VERIFY((row = findItem(window, QStringLiteral("lessonItem_") + lessonId)) != nullptr && row->isVisible());
    QTRY_VERIFY(!learn->property("busy").toBool());
    const auto stored = dojo::ReadingPositionStore(*app.session()->database())
                            .position(app.session()->actor(), app.session()->userId(), lessonId);
    QVERIFY(stored.ok());
    QVERIFY(stored->has_value());
    QVERIFY2(qAbs(stored->value().scrollFraction - leftAt) < 0.05,
             qPrintable(QStringLiteral("stored %1, left at %2").arg(stored->value().scrollFraction).arg(leftAt)));
    finished.clear();
    clickItem(window, row);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 60000);
    QQuickItem *reopened = findItem(window, QStringLiteral("lessonWebView"));
    QVERIFY(reopened);
    QTRY_VERIFY_WITH_TIMEOUT(qAbs(reopened->property("scrollPosition").toPointF().y()
                                  / (reopened->property("contentsSize").toSizeF().height() - reopened->height())
                                  - leftAt) < 0.05, 20000);
}

void TestUiLesson::hostileLessonRendersInert()
{
    // A course whose lesson tries a script and a javascript: link, and a second lesson whose images
    // escape the course; a "secret" file sits next to the course folder.
    const QString root = m_tmp.filePath(QStringLiteral("hostile/content"));
    writeFile(m_tmp.filePath(QStringLiteral("hostile/secret.png")), "SECRET");
    writeFile(root + QStringLiteral("/zh-CN/course.yaml"),
              "id: hostile\ntitle: 测试\nlocale: zh-CN\nversion: 1\n"
              "rubric:\n  - id: attitude\n    name: 态度\n"
              "landmines:\n  - id: arguing\n    name: 争辩\n"
              "modules:\n  - id: m\n    title: 模块\n    items:\n      - lesson: hostile\n      - lesson: escape\n");
    const QByteArray front = "---\ntitle: 恶意课程\nmodule: m\nsummary: 测试\nminutes: 1\ntags: [测试]\n";
    writeFile(root + QStringLiteral("/zh-CN/lessons/hostile.md"),
              "---\nid: hostile\n" + front.mid(4) + "---\n# 安全测试标题\n\n<script>document.title='pwned'</script>\n\n"
              "[点我](javascript:alert(1))\n");
    writeFile(root + QStringLiteral("/zh-CN/lessons/escape.md"),
              "---\nid: escape\n" + front.mid(4) + "---\n# 出界\n\n![](../../secret.png)\n\n![](../../../../../../etc/passwd)\n");

    g_refusals.clear();
    dojo::User manager;
    seedManager(m_tmp.filePath(QStringLiteral("hostile.sqlite")), &manager);
    AppComposition app({root, m_tmp.filePath(QStringLiteral("hostile.sqlite")), QStringLiteral("zh_CN")});
    app.session()->setSignedInUser(manager);
    QString error;
    QVERIFY2(app.loadUi(&error), qPrintable(error));
    QQuickWindow *window = app.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));

    // Layer 1: the validator leaves the escaping lesson out and says why; the other lesson loads.
    QStringList problems;
    for (const dojo::Diagnostic &d : app.catalog()->library().allDiagnostics())
        problems.append(d.pos.file + u':' + QString::number(d.pos.line) + u' ' + d.message);
    QVERIFY2(app.catalog()->lessons()->rowCount() == 1, qPrintable(problems.join(u'\n')));
    QVERIFY2(problems.join(u'\n').contains(QStringLiteral("zh-CN/lessons/escape.md:")), qPrintable(problems.join(u'\n')));

    // Layer 2: the hostile lesson renders with no script and no javascript: link.
    QSignalSpy finished(app.catalog(), &CourseCatalog::lessonPageFinished);
    app.catalog()->requestLesson(QStringLiteral("hostile"));
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 60000);
    QVERIFY(finished.first().at(1).toBool());
    QQuickItem *view = findItem(window, QStringLiteral("lessonWebView"));
    QVERIFY(view);
    QVERIFY(matchesInPage(view, QStringLiteral("安全测试标题")) >= 1);
    QCOMPARE(matchesInPage(view, QStringLiteral("pwned")), 0);                 // not even shown as text
    QCOMPARE(view->property("title").toString(), QStringLiteral("恶意课程")); // and it did not run

    // Layer 3: even when WebEngine itself asks for a path outside the course, the scheme refuses it.
    for (const char *escape : {"dojo://content/zh-CN/..%2f..%2fsecret.png", "dojo://content/%2e%2e/secret.png",
                               "dojo://content/zh-CN/assets/..%5c..%5c..%5csecret.png"}) {
        g_refusals.clear();
        view->setProperty("url", QUrl(QString::fromLatin1(escape)));
        QTRY_VERIFY2_WITH_TIMEOUT(!g_refusals.isEmpty(), escape, 20000);
    }
}

void TestUiLesson::brokenFileIsListedForTrainers()
{
    // The bundled course plus one lesson whose front matter is not valid YAML.
    const QString root = m_tmp.filePath(QStringLiteral("broken/content"));
    for (const QString &locale : {QStringLiteral("zh-CN"), QStringLiteral("en")}) {
        const QString from = QStringLiteral(DOJO_CONTENT_DIR "/") + locale;
        QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            QFile in(file);
            QVERIFY(in.open(QIODevice::ReadOnly));
            writeFile(root + u'/' + locale + file.mid(from.size()), in.readAll());
        }
    }
    writeFile(root + QStringLiteral("/zh-CN/lessons/empathy.md"),
              "---\nid: empathy\ntitle: [unclosed\nmodule: chat\n---\n# 同理心\n");

    dojo::User manager;
    seedManager(m_tmp.filePath(QStringLiteral("broken.sqlite")), &manager);
    AppComposition app({root, m_tmp.filePath(QStringLiteral("broken.sqlite")), QStringLiteral("zh_CN")});
    app.session()->setSignedInUser(manager);
    QString error;
    QVERIFY2(app.loadUi(&error), qPrintable(error));
    QQuickWindow *window = app.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));

    // Everything else is there; the broken lesson is not.
    CourseCatalog *catalog = app.catalog();
    QCOMPARE(catalog->lessons()->indexOf(QStringLiteral("empathy")), -1);
    QVERIFY(catalog->lessons()->indexOf(QStringLiteral("chat-tone")) >= 0);
    QVERIFY(catalog->lessons()->rowCount() >= 20);
    QVERIFY(catalog->errorCount() >= 1);

    // Studio lists the problem with its file and line.
    QQuickItem *studio = findItem(window, QStringLiteral("navStudio"));
    QVERIFY(studio);
    clickItem(window, studio);
    QQuickItem *list = findItem(window, QStringLiteral("problemList"));
    QVERIFY(list);
    QTRY_VERIFY(list->property("count").toInt() >= 1);
    QTRY_VERIFY(list->isVisible());
    bool named = false;
    for (const dojo::Diagnostic &d : catalog->library().allDiagnostics())
        named = named || (d.pos.file == u"zh-CN/lessons/empathy.md" && d.pos.line == 4 && d.message.contains(u"["));
    QVERIFY2(named, "the YAML error is reported at zh-CN/lessons/empathy.md line 4");
}

void TestUiLesson::damagedDatabaseKeepsLessonsAndSaysWhy()
{
    const QString dbPath = m_tmp.filePath(QStringLiteral("damaged.sqlite"));
    const QByteArray garbage = "this is not an SQLite database, but somebody's precious notes\n";
    writeFile(dbPath, garbage);

    AppComposition app({QStringLiteral(DOJO_CONTENT_DIR), dbPath, QStringLiteral("en")});
    QString error;
    QVERIFY2(app.loadUi(&error), qPrintable(error));
    QQuickWindow *window = app.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));

    QVERIFY(!app.session()->databaseReady());
    QVERIFY2(app.session()->databaseError().contains(dbPath), qPrintable(app.session()->databaseError()));
    QVERIFY(app.catalog()->lessons()->rowCount() > 0);
    QQuickItem *banner = findItem(window, QStringLiteral("databaseBanner"));
    QVERIFY(banner);
    QTRY_VERIFY(banner->isVisible());

    // Nothing was overwritten.
    QFile f(dbPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), garbage);
}

int main(int argc, char **argv)
{
    qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    LessonSchemeHandler::registerScheme();
    QtWebEngineQuick::initialize();
    QGuiApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("ServiceDojo-tests"));
    TestUiLesson test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ui_lesson.moc"
