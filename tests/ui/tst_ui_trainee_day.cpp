// A new hire's day, driven through the real window by objectName: sign in → open and complete a lesson
// → take a quiz to its results → play a chat role-play to its ending, with a free reply → search with a
// 2-character Chinese query (Ctrl+K) and open the right lesson. After each step the database is checked
// for the record the step must have left.
#include "appcomposition.h"
#include "appsession.h"
#include "auth/accountservice.h"
#include "coursecatalog.h"
#include "lessonschemehandler.h"
#include "scoring/scenariorun.h"
#include "storage/database.h"
#include "storage/lessonprogressstore.h"
#include "storage/quizattemptstore.h"
#include "storage/reviewstore.h"
#include "storage/scenariorunstore.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>
#include <QtWebEngineQuick/qtwebenginequickglobal.h>

Q_IMPORT_QML_PLUGIN(ServiceDojo_BackendPlugin)
Q_IMPORT_QML_PLUGIN(ServiceDojo_UiPlugin)

namespace {

void collect(QQuickItem *item, const QString &name, QList<QQuickItem *> *out)
{
    if (item->objectName() == name)
        out->append(item);
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        collect(child, name, out);
}

bool onScreen(QQuickItem *item)
{
    for (QQuickItem *i = item; i; i = i->parentItem()) {
        if (!i->isVisible() || i->opacity() <= 0.0)
            return false;
    }
    return item->width() > 0 && item->height() > 0;
}

} // namespace

class TestTraineeDay : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void wholeDay();

private:
    // The item with this objectName that is on screen (StackViews keep hidden pages around).
    QQuickItem *find(const QString &name) const;
    bool shown(const QString &name) const;
    void click(const QString &name);
    void type(const QString &name, const QString &text);
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier, const QString &text = {});
    QObject *controllerOf(const QString &pageName) const;

    QTemporaryDir m_tmp;
    QQuickWindow *m_window = nullptr;
};

void TestTraineeDay::initTestCase()
{
    QVERIFY(m_tmp.isValid());
}

QQuickItem *TestTraineeDay::find(const QString &name) const
{
    QList<QQuickItem *> all;
    collect(m_window->contentItem(), name, &all);
    for (QQuickItem *item : all) {
        if (onScreen(item))
            return item;
    }
    return nullptr;
}

bool TestTraineeDay::shown(const QString &name) const
{
    return find(name) != nullptr;
}

void TestTraineeDay::click(const QString &name)
{
    QQuickItem *item = nullptr;
    QTRY_VERIFY2_WITH_TIMEOUT((item = find(name)) != nullptr && item->isEnabled(), qPrintable(name), 20000);
    // A StackView ignores input while it slides a page in (its animators do not move x until the end).
    for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (p->inherits("QQuickStackView"))
            QTRY_VERIFY(!p->property("busy").toBool());
    }
    // Scroll it into view when it sits in a Flickable, and wait until it stops moving; again while a
    // list is still growing under it (its delegates being laid out) and the item is not in the window.
    const QRectF windowRect(QPointF(0, 0), m_window->size());
    QPointF centre;
    for (int attempt = 0; attempt < 5; ++attempt) {
        for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
            if (p->inherits("QQuickFlickable")) {
                const QPointF inView = item->mapToItem(p, QPointF(0, item->height()));
                if (inView.y() > p->height() || inView.y() < item->height()) {
                    const qreal contentY = p->property("contentY").toReal() + inView.y() - p->height() / 2;
                    p->setProperty("contentY", qMax<qreal>(0, contentY));
                    QTest::qWait(50);
                }
                break;
            }
        }
        centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        for (int i = 0; i < 60; ++i) {
            QTest::qWait(40);
            const QPointF now = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
            if (now == centre)
                break;
            centre = now;
        }
        if (windowRect.contains(centre))
            break;
    }
    QVERIFY2(windowRect.contains(centre), qPrintable(name + u" is outside the window"));
    if (qEnvironmentVariableIsSet("DOJO_TEST_DEBUG")) {
        qDebug() << "click" << name << centre << item->size() << m_window->size();
        // Everything under that point that takes mouse buttons.
        std::function<void(QQuickItem *)> walk = [&](QQuickItem *at) {
            if (!at->isVisible())
                return;
            if (at->acceptedMouseButtons() != Qt::NoButton && at->contains(at->mapFromScene(centre)))
                qDebug() << "   " << at->metaObject()->className() << at->objectName() << at->isEnabled() << at->z();
            for (QQuickItem *k : at->childItems())
                walk(k);
        };
        walk(m_window->contentItem());
    }
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
}

void TestTraineeDay::key(int key, Qt::KeyboardModifiers modifiers, const QString &text)
{
    QKeyEvent press(QEvent::KeyPress, key, modifiers, text);
    QKeyEvent release(QEvent::KeyRelease, key, modifiers, text);
    QGuiApplication::sendEvent(m_window, &press);
    QGuiApplication::sendEvent(m_window, &release);
}

void TestTraineeDay::type(const QString &name, const QString &text)
{
    click(name);
    QQuickItem *item = find(name);
    QVERIFY(item);
    QTRY_VERIFY2(item->hasActiveFocus(), qPrintable(name));
    item->setProperty("text", QString()); // a remembered sign-in name may already be there
    for (const QChar ch : text) // QTest::keyClicks takes only widgets in Qt 6.4
        key(0, Qt::NoModifier, QString(ch));
    QTRY_COMPARE(item->property("text").toString(), text);
}

QObject *TestTraineeDay::controllerOf(const QString &pageName) const
{
    QQuickItem *page = find(pageName);
    return page ? page->property("controller").value<QObject *>() : nullptr;
}

void TestTraineeDay::wholeDay()
{
    const QString dbPath = m_tmp.filePath(QStringLiteral("day.sqlite"));
    dojo::User trainee;
    {
        auto db = dojo::Database::open(dbPath);
        QVERIFY(db.ok());
        dojo::AccountService accounts(*db.value());
        auto boss = accounts.createFirstManager({QStringLiteral("boss"), QStringLiteral("王芳"), {}, {}},
                                                QStringLiteral("manager-secret"));
        QVERIFY(boss.ok());
        auto added = accounts.addUser(boss->actor(), {QStringLiteral("xiaoqing"), QStringLiteral("林小青"),
                                                      dojo::Roles(dojo::Role::Trainee), {}},
                                      QStringLiteral("trainee-secret"));
        QVERIFY(added.ok());
        trainee = added.value();
    }

    AppComposition app({QStringLiteral(DOJO_CONTENT_DIR), dbPath, QStringLiteral("zh_CN")});
    QString error;
    QVERIFY2(app.loadUi(&error), qPrintable(error));
    m_window = app.window();
    m_window->resize(1280, 720);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    CourseCatalog *catalog = app.catalog();
    const dojo::Course &course = *catalog->course();
    dojo::Database &db = *app.session()->database();
    const dojo::Actor me = trainee.actor();

    // ── Sign in ──────────────────────────────────────────────────────────────────────────────────
    QTRY_VERIFY(shown(QStringLiteral("signInPage")));
    type(QStringLiteral("signInLogin"), QStringLiteral("xiaoqing"));
    type(QStringLiteral("signInSecret"), QStringLiteral("wrong-secret"));
    click(QStringLiteral("signInButton"));
    QTRY_VERIFY(shown(QStringLiteral("signInError")));
    QVERIFY(!app.session()->signedIn());
    type(QStringLiteral("signInSecret"), QStringLiteral("trainee-secret"));
    click(QStringLiteral("signInButton"));
    QTRY_VERIFY(app.session()->signedIn());
    QCOMPARE(app.session()->userId(), trainee.id);
    QTRY_VERIFY(!shown(QStringLiteral("signInPage")));

    // ── A lesson, opened from the path and completed ─────────────────────────────────────────────
    const QString lessonId = course.lessons.first().id;
    QSignalSpy pages(catalog, &CourseCatalog::lessonPageFinished);
    click(QStringLiteral("lessonItem_") + lessonId);
    QTRY_VERIFY_WITH_TIMEOUT(!pages.isEmpty(), 60000);
    QCOMPARE(pages.last().at(0).toString(), lessonId);
    QVERIFY2(pages.last().at(1).toBool(), qPrintable(pages.last().at(2).toString()));
    click(QStringLiteral("lessonMarkComplete"));
    QTRY_VERIFY(shown(QStringLiteral("lessonCompleted")));
    {
        auto progress = dojo::LessonProgressStore(db).progress(me, trainee.id, lessonId, catalog->lessonVersion(lessonId));
        QVERIFY(progress.ok());
        QCOMPARE(progress->status, dojo::LessonStatus::Completed);
    }

    // ── The lesson's quiz, in test mode, to its results ──────────────────────────────────────────
    const dojo::Quiz *quiz = nullptr;
    for (const dojo::Quiz &q : course.quizzes) {
        if (q.lessonId == lessonId)
            quiz = &q;
    }
    if (!quiz)
        quiz = &course.quizzes.first();
    if (shown(QStringLiteral("lessonQuizLink_") + quiz->id))
        click(QStringLiteral("lessonQuizLink_") + quiz->id);
    else
        catalog->requestQuiz(quiz->id);
    click(QStringLiteral("quizStartTest"));
    QObject *quizCtrl = controllerOf(QStringLiteral("quizPage"));
    QVERIFY(quizCtrl);
    QTRY_COMPARE(quizCtrl->property("state").toString(), QStringLiteral("question"));
    const int questionCount = quizCtrl->property("questionCount").toInt();
    QCOMPARE(questionCount, int(quiz->questions.size()));
    int clickedChoices = 0;
    for (int shownIndex = 0; shownIndex < questionCount; ++shownIndex) {
        QTRY_COMPARE(quizCtrl->property("currentIndex").toInt(), shownIndex);
        QVariant right;
        QVERIFY(QMetaObject::invokeMethod(quizCtrl, "rightAnswer", Q_RETURN_ARG(QVariant, right), Q_ARG(int, shownIndex)));
        const QVariantMap question = quizCtrl->property("question").toMap();
        const QString type = question.value(QStringLiteral("type")).toString();
        const bool last = shownIndex == questionCount - 1;
        if (last) {
            // The last one left open on purpose: handed in unanswered, it must enter the review queue.
        } else if (type == QLatin1String("single") || type == QLatin1String("truefalse")) {
            // Click the right option like a trainee, then save the answer.
            const QVariantList selected = right.toMap().value(QStringLiteral("selected")).toList();
            int option = selected.isEmpty() ? -1 : selected.first().toInt();
            if (type == QLatin1String("truefalse") && option < 0)
                option = right.toMap().value(QStringLiteral("value")).toBool() ? 0 : 1;
            QVERIFY2(option >= 0, qPrintable(QJsonDocument::fromVariant(right).toJson()));
            click(QStringLiteral("quizOption_") + QString::number(option));
            click(QStringLiteral("quizSubmit"));
            ++clickedChoices;
        } else {
            QVERIFY(QMetaObject::invokeMethod(quizCtrl, "submit", Q_ARG(QVariant, right)));
        }
        // Test mode: a saved answer moves on to the next open question by itself.
        if (!last)
            QTRY_COMPARE(quizCtrl->property("answeredCount").toInt(), shownIndex + 1);
    }
    QVERIFY(clickedChoices > 0);
    click(QStringLiteral("quizFinish"));
    // One question is still open, so handing in asks first.
    QTRY_VERIFY(shown(QStringLiteral("quizFinishConfirm")));
    click(QStringLiteral("quizFinishConfirm"));
    QTRY_VERIFY(shown(QStringLiteral("quizResults")));
    {
        auto attempts = dojo::QuizAttemptStore(db).attempts(me, trainee.id, quiz->id);
        QVERIFY(attempts.ok());
        QCOMPARE(attempts->size(), 1);
        const dojo::QuizAttempt attempt = attempts->first();
        QVERIFY(attempt.finished());
        QCOMPARE(attempt.mode, dojo::QuizMode::Test);
        auto answers = dojo::QuizAttemptStore(db).answers(me, attempt.id);
        QVERIFY(answers.ok());
        QVERIFY(answers->size() >= questionCount - 1);
        QVERIFY(attempt.score.value_or(0) < attempt.maxScore.value_or(0)); // the wrong last answer
        const QString lastId = quiz->questions.value(quizCtrl->property("questionCount").toInt() - 1).id;
        Q_UNUSED(lastId)
        auto due = dojo::ReviewStore(db).dueCards(me, trainee.id, QDateTime::currentDateTimeUtc().addDays(1));
        QVERIFY(due.ok());
        QVERIFY2(!due->isEmpty(), "the wrong answer entered the review queue");
    }

    // ── A chat role-play with a free reply, played to its ending ─────────────────────────────────
    const dojo::Scenario *chat = nullptr;
    for (const dojo::Scenario &s : course.scenarios) {
        if (s.channel != dojo::Channel::Chat)
            continue;
        const dojo::ScenarioPath best = dojo::ScenarioRun(course, s).bestPath();
        for (const dojo::PathStep &step : best.steps) {
            if (step.optionIndex < 0)
                chat = &s;
        }
        if (chat)
            break;
    }
    QVERIFY2(chat, "a bundled chat scenario whose best run has a free reply");
    click(shown(QStringLiteral("quizResultsBack")) ? QStringLiteral("quizResultsBack") : QStringLiteral("quizBack"));
    QTRY_VERIFY(shown(QStringLiteral("practiceList")));
    click(QStringLiteral("practiceScenario_") + chat->id);
    QObject *play = controllerOf(QStringLiteral("scenarioPage"));
    QVERIFY(play);
    play->setProperty("typingMs", 0);
    click(QStringLiteral("scenarioStart"));
    QTRY_VERIFY(play->property("started").toBool());
    bool typedReply = false;
    for (int turn = 0; turn < 30 && !play->property("finished").toBool(); ++turn) {
        QTRY_VERIFY_WITH_TIMEOUT(play->property("awaitingReply").toBool() || play->property("finished").toBool(), 20000);
        if (play->property("finished").toBool())
            break;
        const dojo::ScenarioNode *node = chat->node(play->property("currentNodeId").toString());
        QVERIFY(node);
        if (play->property("freeReplyActive").toBool()) {
            QStringList parts;
            for (const dojo::ReplyElement &e : node->freeReply->required)
                parts.append(e.phrases.value(0));
            type(QStringLiteral("scenarioFreeReplyInput"), parts.join(QStringLiteral("，")));
            click(QStringLiteral("scenarioFreeReplySend"));
            typedReply = true;
        } else {
            const dojo::ScenarioPath best =
                dojo::ScenarioRun::findBestPath(*chat, node->id, play->property("mood").toInt());
            const QString name = QStringLiteral("scenarioOption_") + QString::number(qMax(0, best.steps.value(0).optionIndex));
            click(name);
        }
        QTRY_VERIFY_WITH_TIMEOUT(play->property("currentNodeId").toString() != node->id || play->property("finished").toBool(), 20000);
    }
    QVERIFY(typedReply);
    QTRY_VERIFY(shown(QStringLiteral("scenarioDebrief")));
    QCOMPARE(play->property("outcome").toString(), QStringLiteral("resolved"));
    {
        auto runs = dojo::ScenarioRunStore(db).runs(me, trainee.id, chat->id);
        QVERIFY(runs.ok());
        QCOMPARE(runs->size(), 1);
        QVERIFY(runs->first().finished());
        QCOMPARE(runs->first().outcome, std::optional<dojo::Outcome>(dojo::Outcome::Resolved));
        auto turns = dojo::ScenarioRunStore(db).turns(me, runs->first().id);
        QVERIFY(turns.ok());
        bool storedReply = false;
        for (const dojo::ScenarioTurn &t : turns.value())
            storedReply |= !t.optionIndex && !t.replyText.isEmpty();
        QVERIFY2(storedReply, "the typed reply is stored with its turn");
    }

    // ── Ctrl+K with a 2-character Chinese word opens the lesson that has it in its title ─────────
    const QString word = QStringLiteral("礼仪");
    QString expected;
    for (const dojo::Lesson &l : course.lessons) {
        if (l.title.contains(word))
            expected = expected.isEmpty() ? l.id : QStringLiteral("(more than one)");
    }
    QVERIFY2(!expected.isEmpty() && !expected.startsWith(u'('), "exactly one lesson title holds 礼仪");
    click(QStringLiteral("navKnowledge"));
    key(Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(shown(QStringLiteral("searchPopupField")));
    QTRY_VERIFY(find(QStringLiteral("searchPopupField"))->hasActiveFocus());
    for (const QChar ch : word)
        key(0, Qt::NoModifier, QString(ch));
    QObject *popup = m_window->findChild<QObject *>(QStringLiteral("searchPopup"));
    QVERIFY(popup);
    QObject *search = popup->property("controller").value<QObject *>();
    QVERIFY(search);
    QTRY_COMPARE(search->property("topLessonId").toString(), expected);
    QTRY_VERIFY(shown(QStringLiteral("searchPopupResult_0")));
    pages.clear();
    key(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!pages.isEmpty(), 60000);
    QCOMPARE(pages.last().at(0).toString(), expected);
    QTRY_VERIFY(shown(QStringLiteral("lessonReader")));
    {
        auto opened = dojo::LessonProgressStore(db).progress(me, trainee.id, expected, catalog->lessonVersion(expected));
        QVERIFY(opened.ok());
        QVERIFY(opened->status != dojo::LessonStatus::NotStarted); // opening it was recorded
    }
}

int main(int argc, char **argv)
{
    qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    LessonSchemeHandler::registerScheme();
    QtWebEngineQuick::initialize();
    QGuiApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("ServiceDojo-tests"));
    TestTraineeDay test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ui_trainee_day.moc"
