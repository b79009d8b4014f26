// The role rules themselves: who may edit content, manage users, read and write whose records.
#include "auth/actor.h"

#include <QTest>

using namespace dojo;

class TestPermissions : public QObject {
    Q_OBJECT

private slots:
    void rules_data()
    {
        QTest::addColumn<int>("roles");
        QTest::addColumn<bool>("editContent");
        QTest::addColumn<bool>("manageUsers");
        QTest::addColumn<bool>("readOthers");
        QTest::addColumn<bool>("readOwn");

        // roles bits: 1 trainee, 2 trainer, 4 manager
        QTest::newRow("trainee") << 1 << false << false << false << true;
        QTest::newRow("trainer") << 2 << true << false << false << true;
        QTest::newRow("trainee+trainer") << 3 << true << false << false << true;
        QTest::newRow("manager") << 4 << false << true << true << true;
        QTest::newRow("trainer+manager") << 6 << true << true << true << true;
    }

    void rules()
    {
        QFETCH(int, roles);
        QFETCH(bool, editContent);
        QFETCH(bool, manageUsers);
        QFETCH(bool, readOthers);
        QFETCH(bool, readOwn);
        const Actor actor{7, *rolesFromStorage(roles)};
        QCOMPARE(canEditContent(actor), editContent);
        QCOMPARE(canManageUsers(actor), manageUsers);
        QCOMPARE(canReadRecordsOf(actor, 8), readOthers);
        QCOMPARE(canReadAllRecords(actor), readOthers);
        QCOMPARE(canReadRecordsOf(actor, 7), readOwn);
        // Records are written only by their owner, whatever the roles.
        QVERIFY(canWriteRecordsOf(actor, 7));
        QVERIFY(!canWriteRecordsOf(actor, 8));
    }

    void consoleActsAsManagerButOwnsNoRecords()
    {
        const Actor console = Actor::console();
        QVERIFY(canManageUsers(console));
        QVERIFY(canReadAllRecords(console));
        QVERIFY(!canWriteRecordsOf(console, 0));
        QVERIFY(!canWriteRecordsOf(console, 1));
    }

    void nobodyIsNotAnyone()
    {
        const Actor nobody;
        QVERIFY(!canEditContent(nobody));
        QVERIFY(!canManageUsers(nobody));
        QVERIFY(!canReadRecordsOf(nobody, 0));
        QVERIFY(!canWriteRecordsOf(nobody, 0));
    }

    void roleCodesAreFixed()
    {
        QCOMPARE(rolesToStorage(Role::Trainee), 1);
        QCOMPARE(rolesToStorage(Role::Trainer), 2);
        QCOMPARE(rolesToStorage(Role::Manager), 4);
        QCOMPARE(roleCodes(Roles(Role::Manager) | Role::Trainee), (QStringList{QStringLiteral("trainee"), QStringLiteral("manager")}));
        QCOMPARE(rolesFromCodes({QStringLiteral("Trainer"), QStringLiteral(" manager")}), std::optional<Roles>(Roles(Role::Trainer) | Role::Manager));
        QVERIFY(!rolesFromCodes({QStringLiteral("boss")}));
        QVERIFY(!rolesFromCodes({}));
        QVERIFY(!rolesFromStorage(0));
        QVERIFY(!rolesFromStorage(8));
        QVERIFY(!rolesFromStorage(-1));
    }

    void refusalMessageSaysWhatAndWhom()
    {
        const StoreError e = permissionDenied(QStringLiteral("add accounts"));
        QCOMPARE(e.code, StoreError::Code::PermissionDenied);
        QVERIFY(e.message.contains(QStringLiteral("add accounts")));
        QVERIFY(e.message.contains(QStringLiteral("manager")));
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
