// Sign-in screen and session: the right secret signs in and is remembered on this computer, a wrong one
// gets AccountService's message and leaves nobody signed in, signing out clears the user.
#include "backendfixture.h"
#include "practicecontroller.h"
#include "storage/quizattemptstore.h"
#include "signincontroller.h"

#include <QGuiApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QtTest>

class TestSignIn : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void wrongSecretKeepsNobodySignedIn();
    void rightSecretSignsInAndIsRemembered();
    void emptyInputsSayWhatIsMissing();
    void practiceListShowsBestResults();
    void lessonVersionIgnoresLanguage();
};

void TestSignIn::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestSignIn::wrongSecretKeepsNobodySignedIn()
{
    BackendFixture world;
    QVERIFY2(world.ok(), qPrintable(world.error));
    world.session->signOut();
    QVERIFY(!world.session->signedIn());
    SignInController c;
    c.setProperty("login", QStringLiteral("lin"));
    c.setProperty("secret", QStringLiteral("not-the-password"));
    QVERIFY(!c.signIn());
    QVERIFY(!world.session->signedIn());
    QVERIFY(!c.errorText().isEmpty());
    QCOMPARE(world.session->actor().userId, 0);
}

void TestSignIn::rightSecretSignsInAndIsRemembered()
{
    BackendFixture world;
    QVERIFY2(world.ok(), qPrintable(world.error));
    world.session->signOut();
    QSignalSpy changed(world.session.get(), &AppSession::userChanged);
    SignInController c;
    c.setProperty("login", QStringLiteral("  LIN "));
    c.setProperty("secret", QStringLiteral("trainee-password"));
    QVERIFY2(c.signIn(), qPrintable(c.errorText()));
    QVERIFY(world.session->signedIn());
    QCOMPARE(world.session->userId(), world.trainee.id);
    QCOMPARE(world.session->userName(), QStringLiteral("林小青"));
    QVERIFY(!world.session->isManager());
    QCOMPARE(changed.count(), 1);
    QVERIFY(c.property("secret").toString().isEmpty()); // not kept after use

    SignInController next;
    QCOMPARE(next.recentLogins().value(0), QStringLiteral("lin"));
    QCOMPARE(next.property("login").toString(), QStringLiteral("lin"));
    next.forget(QStringLiteral("lin"));
    QVERIFY(next.recentLogins().isEmpty());

    world.session->signOut();
    QVERIFY(!world.session->signedIn());
    QCOMPARE(changed.count(), 2);
}

void TestSignIn::emptyInputsSayWhatIsMissing()
{
    BackendFixture world;
    QVERIFY2(world.ok(), qPrintable(world.error));
    world.session->signOut();
    SignInController c;
    c.setProperty("login", QString());
    QVERIFY(!c.signIn());
    QVERIFY(c.errorText().contains(QStringLiteral("sign-in name")));
    c.setProperty("login", QStringLiteral("lin"));
    c.setProperty("secret", QString());
    QVERIFY(!c.signIn());
    QVERIFY(c.errorText().contains(QStringLiteral("password")));
}

void TestSignIn::practiceListShowsBestResults()
{
    BackendFixture world;
    QVERIFY2(world.ok(), qPrintable(world.error));
    PracticeController practice;
    int quizzes = 0, scenarios = 0;
    for (const QVariant &m : practice.modules()) {
        quizzes += m.toMap().value(QStringLiteral("quizzes")).toList().size();
        scenarios += m.toMap().value(QStringLiteral("scenarios")).toList().size();
    }
    QCOMPARE(quizzes, int(world.course().quizzes.size()));
    QCOMPARE(scenarios, int(world.course().scenarios.size()));
    const QVariantMap first = practice.modules().value(0).toMap().value(QStringLiteral("quizzes")).toList().value(0).toMap();
    QCOMPARE(first.value(QStringLiteral("best")).toInt(), -1);

    // A finished attempt shows as the best result once the session says records changed.
    dojo::QuizAttemptStore store(world.db());
    const QString quizId = first.value(QStringLiteral("id")).toString();
    auto attempt = store.startAttempt(world.trainee.actor(), world.trainee.id, quizId, "h", dojo::QuizMode::Test, 1,
                                      QDateTime::currentDateTimeUtc());
    QVERIFY(attempt.ok());
    QVERIFY(store.finishAttempt(world.trainee.actor(), attempt->id, 9, 10, true, QDateTime::currentDateTimeUtc()).ok());
    world.session->notifyRecordsChanged();
    const QVariantMap after = practice.modules().value(0).toMap().value(QStringLiteral("quizzes")).toList().value(0).toMap();
    QCOMPARE(after.value(QStringLiteral("best")).toInt(), 90);
    QVERIFY(after.value(QStringLiteral("passed")).toBool());
}

void TestSignIn::lessonVersionIgnoresLanguage()
{
    BackendFixture world;
    QVERIFY2(world.ok(), qPrintable(world.error));
    const QString lessonId = world.course().lessons.first().id;
    const QByteArray zh = world.catalog->lessonVersion(lessonId);
    world.catalog->setLocale(QStringLiteral("en"));
    QCOMPARE(world.catalog->locale(), QStringLiteral("en"));
    QCOMPARE(world.catalog->lessonVersion(lessonId), zh);
    QVERIFY(!zh.isEmpty());
    QVERIFY(world.catalog->lessonVersion(QStringLiteral("no-such-lesson")).isEmpty());
}

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
