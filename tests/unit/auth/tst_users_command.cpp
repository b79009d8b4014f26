// `servicedojo users …` as a process: secrets from standard input, generated PINs, the exit statuses
// and the messages.
#include "auth/accountservice.h"
#include "storage/database.h"
#include "../storage/storetestsupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace dojo;

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestUsersCommand : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString db() const { return m_dir->filePath(QStringLiteral("users.sqlite")); }

    Run users(QStringList args, const QByteArray &stdinText = {})
    {
        QProcess p;
        args.prepend(QStringLiteral("users"));
        args << QStringLiteral("--db") << db();
        p.start(QStringLiteral(DOJO_CLI_RUNNER), args);
        if (!p.waitForStarted())
            return {};
        p.write(stdinText);
        p.closeWriteChannel();
        p.waitForFinished(30000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    SignInResult signIn(const QString &login, const QString &secret)
    {
        auto database = test::openDatabase(db());
        AccountService accounts(*database);
        return accounts.signIn(login, secret);
    }

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void addListPasswdDisable()
    {
        Run r = users({QStringLiteral("add"), QStringLiteral("wang"), QStringLiteral("--name"), QStringLiteral("王经理"),
                       QStringLiteral("--role"), QStringLiteral("manager,trainer"), QStringLiteral("--password-stdin")},
                      "wang-password-1\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Added wang (王经理), roles: trainer, manager.")));
        QVERIFY(!r.out.contains(QStringLiteral("no manager yet")));
        QVERIFY(signIn(QStringLiteral("wang"), QStringLiteral("wang-password-1")).ok());

        r = users({QStringLiteral("add"), QStringLiteral("li"), QStringLiteral("--name"), QStringLiteral("李小红"),
                   QStringLiteral("--role"), QStringLiteral("trainee"), QStringLiteral("--team"), QStringLiteral("售后一组"),
                   QStringLiteral("--password-stdin")},
                  "li-password-1\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("There is no team named \"售后一组\"")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("users teams add")));

        r = users({QStringLiteral("teams"), QStringLiteral("add"), QStringLiteral("售后一组")});
        QCOMPARE(r.exitCode, 0);
        r = users({QStringLiteral("teams")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("售后一组"));

        r = users({QStringLiteral("add"), QStringLiteral("li"), QStringLiteral("--name"), QStringLiteral("李小红"),
                   QStringLiteral("--role"), QStringLiteral("trainee"), QStringLiteral("--team"), QStringLiteral("售后一组"),
                   QStringLiteral("--password-stdin")},
                  "li-password-1\r\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("team: 售后一组")));
        QVERIFY(signIn(QStringLiteral("li"), QStringLiteral("li-password-1")).ok());

        r = users({QStringLiteral("add"), QStringLiteral("LI"), QStringLiteral("--name"), QStringLiteral("X"),
                   QStringLiteral("--role"), QStringLiteral("trainee"), QStringLiteral("--password-stdin")},
                  "whatever-123\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("already taken")));

        r = users({QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("LOGIN")));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("li\\s+李小红\\s+trainee\\s+售后一组\\s+active"))));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("wang\\s+王经理\\s+trainer,manager\\s+-\\s+active"))));

        r = users({QStringLiteral("passwd"), QStringLiteral("li"), QStringLiteral("--password-stdin")}, "new-li-pass\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(signIn(QStringLiteral("li"), QStringLiteral("new-li-pass")).ok());

        r = users({QStringLiteral("passwd"), QStringLiteral("li"), QStringLiteral("--password-stdin")}, "short\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("at least 8 characters")));
        r = users({QStringLiteral("passwd"), QStringLiteral("li"), QStringLiteral("--password-stdin")}, "");
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("standard input")));
        r = users({QStringLiteral("passwd"), QStringLiteral("nobody"), QStringLiteral("--password-stdin")}, "new-li-pass\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("no account with the login \"nobody\"")));

        r = users({QStringLiteral("disable"), QStringLiteral("li")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(signIn(QStringLiteral("li"), QStringLiteral("new-li-pass")).status, SignInResult::Status::Disabled);
        QVERIFY(users({QStringLiteral("list")}).out.contains(QRegularExpression(QStringLiteral("li\\s+.*disabled"))));
        r = users({QStringLiteral("disable"), QStringLiteral("wang")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("last active manager")));
        QCOMPARE(users({QStringLiteral("enable"), QStringLiteral("li")}).exitCode, 0);
        QVERIFY(signIn(QStringLiteral("li"), QStringLiteral("new-li-pass")).ok());
    }

    void pinModeGeneratesPins()
    {
        Run r = users({QStringLiteral("add"), QStringLiteral("desk"), QStringLiteral("--name"), QStringLiteral("Desk"),
                       QStringLiteral("--role"), QStringLiteral("trainee"), QStringLiteral("--pin")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("users auth-mode pin")), qPrintable(r.err));
        QCOMPARE(users({QStringLiteral("auth-mode"), QStringLiteral("pin")}).exitCode, 0);
        QCOMPARE(users({QStringLiteral("auth-mode")}).out.trimmed(), QStringLiteral("pin"));

        r = users({QStringLiteral("add"), QStringLiteral("desk"), QStringLiteral("--name"), QStringLiteral("Desk"),
                   QStringLiteral("--role"), QStringLiteral("trainee"), QStringLiteral("--pin")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("no manager yet")));
        const QRegularExpressionMatch pin = QRegularExpression(QStringLiteral("PIN for desk: (\\d{6})")).match(r.out);
        QVERIFY2(pin.hasMatch(), qPrintable(r.out));
        QVERIFY(signIn(QStringLiteral("desk"), pin.captured(1)).ok());

        r = users({QStringLiteral("passwd"), QStringLiteral("desk"), QStringLiteral("--password-stdin")}, "12345\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("6 digits")));
        r = users({QStringLiteral("passwd"), QStringLiteral("desk"), QStringLiteral("--password-stdin")}, "654321\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY(signIn(QStringLiteral("desk"), QStringLiteral("654321")).ok());
    }

    void usageErrors()
    {
        QCOMPARE(users({QStringLiteral("--help")}).exitCode, 0);
        QVERIFY(users({QStringLiteral("--help")}).out.contains(QStringLiteral("Usage: servicedojo users")));
        const QList<QStringList> wrong{
            {},
            {QStringLiteral("frobnicate")},
            {QStringLiteral("add")},
            {QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--role"), QStringLiteral("trainee")},
            {QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--role"),
             QStringLiteral("boss")},
            {QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--role"),
             QStringLiteral("trainee"), QStringLiteral("--pin"), QStringLiteral("--password-stdin")},
            {QStringLiteral("list"), QStringLiteral("--name"), QStringLiteral("X")},
            {QStringLiteral("list"), QStringLiteral("extra")},
            {QStringLiteral("teams"), QStringLiteral("remove"), QStringLiteral("x")},
            {QStringLiteral("auth-mode"), QStringLiteral("fingerprint")},
            {QStringLiteral("disable")},
            {QStringLiteral("list"), QStringLiteral("--password"), QStringLiteral("secret")},
        };
        for (const QStringList &args : wrong) {
            const Run r = users(args);
            QVERIFY2(r.exitCode == 2, qPrintable(args.join(u' ') + QStringLiteral(" -> ") + r.err));
            QVERIFY(r.err.contains(QStringLiteral("--help")));
        }
        // Read-only subcommands do not create a database at a mistyped path.
        QCOMPARE(users({QStringLiteral("list")}).exitCode, 1);
        QVERIFY(!QFileInfo::exists(db()));
    }
};

QTEST_GUILESS_MAIN(TestUsersCommand)
#include "tst_users_command.moc"
