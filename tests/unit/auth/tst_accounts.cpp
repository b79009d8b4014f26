// Accounts: Argon2id, first run, sign-in messages and the growing delay, PIN mode, and every refusal
// of the account services.
#include "auth/accountservice.h"
#include "auth/secrethasher.h"
#include "storage/database.h"
#include "../storage/storetestsupport.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace dojo;

namespace {
const QString kManagerPassword = QStringLiteral("manager-pass-1");
const QString kTraineePassword = QStringLiteral("trainee-pass-1");
} // namespace

class TestAccounts : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QDateTime m_now;
    std::unique_ptr<AccountService> m_accounts;
    User m_manager;
    User m_trainee;

    AccountService::Clock clock()
    {
        return [this] { return m_now; };
    }

    void setUpPeople()
    {
        const StoreResult<User> manager = m_accounts->createFirstManager(
            {QStringLiteral("Wang"), QStringLiteral("王经理"), Role::Trainer, std::nullopt}, kManagerPassword);
        QVERIFY2(manager.ok(), manager ? "" : qPrintable(manager.error().message));
        m_manager = *manager;
        const StoreResult<User> trainee = m_accounts->addUser(
            m_manager.actor(), {QStringLiteral("li"), QStringLiteral("李小红"), Role::Trainee, std::nullopt}, kTraineePassword);
        QVERIFY2(trainee.ok(), trainee ? "" : qPrintable(trainee.error().message));
        m_trainee = *trainee;
    }

    static void expectDenied(const StoreError &error)
    {
        QCOMPARE(error.code, StoreError::Code::PermissionDenied);
        QVERIFY(!error.message.isEmpty());
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = test::openDatabase(m_dir->filePath(QStringLiteral("accounts.sqlite")));
        m_now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        m_accounts = std::make_unique<AccountService>(*m_db, clock());
    }

    void cleanup()
    {
        m_accounts.reset();
        m_db.reset();
    }

    void argon2idHashVerifies()
    {
        const std::optional<QString> hash = SecretHasher::hash(QStringLiteral("密码 correct horse"));
        QVERIFY(hash);
        QVERIFY2(hash->startsWith(QStringLiteral("$argon2id$")), qPrintable(*hash));
        QVERIFY(hash->contains(QStringLiteral("m=65536,t=2,p=1"))); // libsodium INTERACTIVE limits
        QVERIFY(SecretHasher::verify(*hash, QStringLiteral("密码 correct horse")));
        QVERIFY(!SecretHasher::verify(*hash, QStringLiteral("密码 correct hors")));
        QVERIFY(!SecretHasher::verify(QStringLiteral("not a hash"), QStringLiteral("x")));
        QVERIFY(!SecretHasher::needsRehash(*hash));
        // Salted: the same secret never gives the same string.
        QVERIFY(*SecretHasher::hash(QStringLiteral("same")) != *SecretHasher::hash(QStringLiteral("same")));
    }

    void firstRunCreatesTheFirstManagerOnce()
    {
        QCOMPARE(m_accounts->needsFirstManager().value(), true);
        setUpPeople();
        QVERIFY(m_manager.roles.testFlag(Role::Manager));
        QVERIFY(m_manager.roles.testFlag(Role::Trainer));
        QCOMPARE(m_manager.login, QStringLiteral("wang")); // logins are case-folded
        QCOMPARE(m_accounts->needsFirstManager().value(), false);
        const StoreResult<User> second = m_accounts->createFirstManager(
            {QStringLiteral("intruder"), QStringLiteral("X"), Role::Manager, std::nullopt}, QStringLiteral("whatever-1"));
        QVERIFY(!second);
        QCOMPARE(second.error().code, StoreError::Code::Conflict);
        QVERIFY(second.error().message.contains(QStringLiteral("already set up")));
    }

    void signInAnswersSameForUnknownLoginAndWrongPassword()
    {
        setUpPeople();
        const SignInResult ok = m_accounts->signIn(QStringLiteral(" LI "), kTraineePassword);
        QVERIFY2(ok.ok(), qPrintable(ok.message));
        QCOMPARE(ok.user.id, m_trainee.id);
        QCOMPARE(ok.user.actor().roles, Roles(Role::Trainee));

        const SignInResult unknown = m_accounts->signIn(QStringLiteral("nobody"), kTraineePassword);
        const SignInResult wrong = m_accounts->signIn(QStringLiteral("li"), QStringLiteral("wrong-password"));
        QCOMPARE(unknown.status, SignInResult::Status::WrongCredentials);
        QCOMPARE(wrong.status, SignInResult::Status::WrongCredentials);
        QCOMPARE(unknown.message, wrong.message);
        QCOMPARE(unknown.message, QStringLiteral("The login or the password is wrong."));
    }

    void disabledAccountIsToldOnlyWithTheRightPassword()
    {
        setUpPeople();
        QVERIFY(m_accounts->setDisabled(m_manager.actor(), m_trainee.id, true).ok());
        const SignInResult wrong = m_accounts->signIn(QStringLiteral("li"), QStringLiteral("wrong-password"));
        QCOMPARE(wrong.status, SignInResult::Status::WrongCredentials);
        const SignInResult right = m_accounts->signIn(QStringLiteral("li"), kTraineePassword);
        QCOMPARE(right.status, SignInResult::Status::Disabled);
        QVERIFY(right.message.contains(QStringLiteral("disabled")));
        QVERIFY(right.message.contains(QStringLiteral("manager")));
        QVERIFY(m_accounts->setDisabled(m_manager.actor(), m_trainee.id, false).ok());
        QVERIFY(m_accounts->signIn(QStringLiteral("li"), kTraineePassword).ok());
    }

    void delayGrowsAfterRepeatedFailures()
    {
        setUpPeople();
        QCOMPARE(signInDelaySeconds(1), 0);
        QCOMPARE(signInDelaySeconds(3), 0);
        QCOMPARE(signInDelaySeconds(4), 2);
        QCOMPARE(signInDelaySeconds(5), 4);
        QCOMPARE(signInDelaySeconds(6), 8);
        QCOMPARE(signInDelaySeconds(11), 256);
        QCOMPARE(signInDelaySeconds(12), 300);
        QCOMPARE(signInDelaySeconds(1000), 300);

        for (int i = 0; i < 3; ++i) {
            const SignInResult r = m_accounts->signIn(QStringLiteral("li"), QStringLiteral("wrong-password"));
            QCOMPARE(r.status, SignInResult::Status::WrongCredentials);
            QCOMPARE(r.retryAfterSeconds, 0);
        }
        int expected = 2;
        for (int round = 0; round < 4; ++round, expected *= 2) {
            const SignInResult failed = m_accounts->signIn(QStringLiteral("li"), QStringLiteral("wrong-password"));
            QCOMPARE(failed.status, SignInResult::Status::WrongCredentials);
            QCOMPARE(failed.retryAfterSeconds, expected);
            QVERIFY2(failed.message.contains(QStringLiteral("try again in %1 s").arg(expected)), qPrintable(failed.message));

            // While locked even the right password is not checked: the answer comes at once.
            m_now = m_now.addSecs(expected - 1);
            QElapsedTimer timer;
            timer.start();
            const SignInResult locked = m_accounts->signIn(QStringLiteral("li"), kTraineePassword);
            QCOMPARE(locked.status, SignInResult::Status::Locked);
            QCOMPARE(locked.retryAfterSeconds, 1);
            QVERIFY2(locked.message.contains(QStringLiteral("try again in 1 s")), qPrintable(locked.message));
            m_now = m_now.addSecs(1);
        }
        // The count survives a restart (it is in the database).
        AccountService restarted(*m_db, clock());
        const SignInResult afterRestart = restarted.signIn(QStringLiteral("li"), QStringLiteral("wrong-password"));
        QCOMPARE(afterRestart.retryAfterSeconds, 32);
        m_now = m_now.addSecs(32);
        QVERIFY(restarted.signIn(QStringLiteral("li"), kTraineePassword).ok());
        // Success clears it.
        QCOMPARE(m_accounts->signIn(QStringLiteral("li"), QStringLiteral("wrong-password")).retryAfterSeconds, 0);
    }

    void unknownLoginsAreDelayedToo()
    {
        setUpPeople();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(m_accounts->signIn(QStringLiteral("ghost"), QStringLiteral("x")).retryAfterSeconds, 0);
        QCOMPARE(m_accounts->signIn(QStringLiteral("ghost"), QStringLiteral("x")).retryAfterSeconds, 2);
        QCOMPARE(m_accounts->signIn(QStringLiteral("ghost"), QStringLiteral("x")).status, SignInResult::Status::Locked);
        // Another login is not affected.
        QVERIFY(m_accounts->signIn(QStringLiteral("li"), kTraineePassword).ok());
    }

    void failuresAreForgottenAfterAnHour()
    {
        setUpPeople();
        for (int i = 0; i < 3; ++i)
            m_accounts->signIn(QStringLiteral("li"), QStringLiteral("wrong-password"));
        m_now = m_now.addSecs(3601);
        QCOMPARE(m_accounts->signIn(QStringLiteral("li"), QStringLiteral("wrong-password")).retryAfterSeconds, 0);
    }

    void pinModeTakesSixDigits()
    {
        setUpPeople();
        QVERIFY(m_accounts->setAuthMode(m_manager.actor(), AuthMode::Pin).ok());
        QCOMPARE(m_accounts->authMode().value(), AuthMode::Pin);
        const NewUser shared{QStringLiteral("desk1"), QStringLiteral("Desk 1"), Role::Trainee, std::nullopt};
        for (const QString &bad : {QStringLiteral("12345"), QStringLiteral("1234567"), QStringLiteral("12a456"),
                                   QStringLiteral("１２３４５６")}) {
            const StoreResult<User> refused = m_accounts->addUser(m_manager.actor(), shared, bad);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, StoreError::Code::InvalidInput);
            QVERIFY(refused.error().message.contains(QStringLiteral("6 digits")));
        }
        QVERIFY(m_accounts->addUser(m_manager.actor(), shared, QStringLiteral("012345")).ok());
        QVERIFY(m_accounts->signIn(QStringLiteral("desk1"), QStringLiteral("012345")).ok());
        const SignInResult wrong = m_accounts->signIn(QStringLiteral("desk1"), QStringLiteral("999999"));
        QCOMPARE(wrong.message, QStringLiteral("The login or the PIN is wrong."));
        static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
        for (int i = 0; i < 20; ++i)
            QVERIFY(sixDigits.match(AccountService::generatePin()).hasMatch());
    }

    void passwordRulesAndLoginRules()
    {
        setUpPeople();
        const StoreResult<User> shortPassword = m_accounts->addUser(
            m_manager.actor(), {QStringLiteral("zhao"), QStringLiteral("赵"), Role::Trainee, std::nullopt}, QStringLiteral("short"));
        QVERIFY(!shortPassword);
        QVERIFY(shortPassword.error().message.contains(QStringLiteral("at least 8")));
        const StoreResult<User> spaced = m_accounts->addUser(
            m_manager.actor(), {QStringLiteral("zhao qiang"), QStringLiteral("赵"), Role::Trainee, std::nullopt}, kTraineePassword);
        QVERIFY(!spaced);
        QCOMPARE(spaced.error().code, StoreError::Code::InvalidInput);
        const StoreResult<User> taken = m_accounts->addUser(
            m_manager.actor(), {QStringLiteral("LI"), QStringLiteral("Another Li"), Role::Trainee, std::nullopt}, kTraineePassword);
        QVERIFY(!taken);
        QCOMPARE(taken.error().code, StoreError::Code::Conflict);
        QVERIFY(taken.error().message.contains(QStringLiteral("already taken")));
        const StoreResult<User> noRole = m_accounts->addUser(
            m_manager.actor(), {QStringLiteral("zhao"), QStringLiteral("赵"), Roles(), std::nullopt}, kTraineePassword);
        QVERIFY(!noRole);
        QCOMPARE(noRole.error().code, StoreError::Code::InvalidInput);
    }

    void teamsAndSecrets()
    {
        setUpPeople();
        const StoreResult<Team> team = m_accounts->addTeam(m_manager.actor(), QStringLiteral(" 售后一组 "));
        QVERIFY(team.ok());
        QCOMPARE(team->name, QStringLiteral("售后一组"));
        QCOMPARE(m_accounts->addTeam(m_manager.actor(), QStringLiteral("售后一组")).error().code, StoreError::Code::Conflict);
        QVERIFY(m_accounts->setTeam(m_manager.actor(), m_trainee.id, team->id).ok());
        QCOMPARE(m_accounts->user(m_trainee.actor(), m_trainee.id)->teamName, QStringLiteral("售后一组"));
        QCOMPARE(m_accounts->teamByName(m_manager.actor(), QStringLiteral("售后一组"))->id, team->id);
        QCOMPARE(m_accounts->teamByName(m_manager.actor(), QStringLiteral("nope")).error().code, StoreError::Code::NotFound);

        QVERIFY(m_accounts->setSecret(m_manager.actor(), m_trainee.id, QStringLiteral("brand-new-pass")).ok());
        QVERIFY(m_accounts->signIn(QStringLiteral("li"), QStringLiteral("brand-new-pass")).ok());
        const StoreStatus wrongCurrent = m_accounts->changeOwnSecret(m_trainee.actor(), QStringLiteral("nope-nope"),
                                                                     QStringLiteral("another-pass"));
        QVERIFY(!wrongCurrent);
        QVERIFY(wrongCurrent.error().message.contains(QStringLiteral("current password")));
        QVERIFY(m_accounts->changeOwnSecret(m_trainee.actor(), QStringLiteral("brand-new-pass"),
                                            QStringLiteral("another-pass")).ok());
        QVERIFY(m_accounts->signIn(QStringLiteral("li"), QStringLiteral("another-pass")).ok());
    }

    void lastManagerStays()
    {
        setUpPeople();
        const StoreStatus disable = m_accounts->setDisabled(m_manager.actor(), m_manager.id, true);
        QVERIFY(!disable);
        QCOMPARE(disable.error().code, StoreError::Code::Conflict);
        QVERIFY(disable.error().message.contains(QStringLiteral("last active manager")));
        QCOMPARE(m_accounts->setRoles(m_manager.actor(), m_manager.id, Role::Trainer).error().code,
                 StoreError::Code::Conflict);
        // With a second manager it is allowed.
        QVERIFY(m_accounts->setRoles(m_manager.actor(), m_trainee.id, Roles(Role::Trainee) | Role::Manager).ok());
        QVERIFY(m_accounts->setRoles(m_manager.actor(), m_manager.id, Role::Trainer).ok());
    }

    // Every account operation a trainee or a trainer (not a manager) may not do.
    void refusals_data()
    {
        QTest::addColumn<int>("roles");
        QTest::newRow("trainee") << 1;
        QTest::newRow("trainer") << 2;
        QTest::newRow("trainee+trainer") << 3;
    }

    void refusals()
    {
        QFETCH(int, roles);
        setUpPeople();
        const StoreResult<User> someone = m_accounts->addUser(
            m_manager.actor(), {QStringLiteral("someone"), QStringLiteral("S"), *rolesFromStorage(roles), std::nullopt},
            kTraineePassword);
        QVERIFY(someone.ok());
        const Actor actor = someone->actor();
        const NewUser extra{QStringLiteral("extra"), QStringLiteral("E"), Role::Trainee, std::nullopt};

        expectDenied(m_accounts->addUser(actor, extra, kTraineePassword).error());
        expectDenied(m_accounts->users(actor).error());
        expectDenied(m_accounts->user(actor, m_trainee.id).error());
        expectDenied(m_accounts->userByLogin(actor, QStringLiteral("li")).error());
        expectDenied(m_accounts->setSecret(actor, m_trainee.id, QStringLiteral("hijacked-pass")).error());
        expectDenied(m_accounts->setDisabled(actor, m_trainee.id, true).error());
        expectDenied(m_accounts->setDisabled(actor, m_trainee.id, false).error());
        expectDenied(m_accounts->setRoles(actor, actor.userId, Role::Manager).error());
        expectDenied(m_accounts->setTeam(actor, actor.userId, std::nullopt).error());
        expectDenied(m_accounts->setAuthMode(actor, AuthMode::Pin).error());
        expectDenied(m_accounts->addTeam(actor, QStringLiteral("mine")).error());
        expectDenied(m_accounts->teams(actor).error());
        expectDenied(m_accounts->teamByName(actor, QStringLiteral("mine")).error());

        // Nothing changed, and one's own account stays readable.
        QCOMPARE(m_accounts->users(m_manager.actor())->size(), 3);
        QVERIFY(m_accounts->signIn(QStringLiteral("li"), kTraineePassword).ok());
        QCOMPARE(m_accounts->authMode().value(), AuthMode::Password);
        QCOMPARE(m_accounts->user(actor, actor.userId)->login, QStringLiteral("someone"));
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
