// Database: opening, migrations, the frozen version-1 upgrade, and every refusal a person can act on
// (newer schema, read-only, locked, not a database, damaged, disk full), each losing nothing.
#include "auth/accountservice.h"
#include "storage/database.h"
#include "storage/scenariorunstore.h"
#include "storetestsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace dojo;
using dojo::test::RawConnection;

class TestDatabase : public QObject {
    Q_OBJECT

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }

    // A copy of the frozen version-1 file, writable.
    QString copyVersion1(const QString &name)
    {
        const QString file = path(name);
        if (!QFile::copy(QStringLiteral(DOJO_TEST_DATA "/db/v1.sqlite"), file))
            return {};
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        return file;
    }

    // Runs one shipped migration step on a raw connection, as Database does: statements end with ";" at
    // the end of a line, "--" lines are comments, then user_version = version.
    static bool runShippedStep(RawConnection &raw, const QString &resource, int version)
    {
        QFile f(resource);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        QString current;
        bool ok = raw.exec(QStringLiteral("BEGIN IMMEDIATE"));
        for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
            const QString trimmed = line.trimmed();
            if (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--")))
                continue;
            current += line + u'\n';
            if (trimmed.endsWith(u';')) {
                ok = ok && raw.exec(current.trimmed().chopped(1));
                current.clear();
            }
        }
        ok = ok && current.trimmed().isEmpty();
        ok = ok && raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        return raw.exec(ok ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK")) && ok;
    }

    static QStringList columns(Database &db, const QString &table)
    {
        QStringList names;
        StoreResult<QSqlQuery> q = db.exec(QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table});
        while (q && q->next())
            names.append(q->value(0).toString());
        return names;
    }

    // A database with a little data in it, closed again.
    QString makeDatabaseWithData(const QString &name)
    {
        const QString file = path(name);
        auto db = test::openDatabase(file);
        test::addUserRow(*db, QStringLiteral("keeper"), Role::Trainee);
        return file;
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void newDatabaseInMissingFolderIsCreatedAtLatestVersion()
    {
        const QString file = path(QStringLiteral("not/yet/there/servicedojo.sqlite"));
        StoreResult<std::unique_ptr<Database>> db = Database::open(file);
        QVERIFY2(db.ok(), db ? "" : qPrintable(db.error().message));
        QVERIFY(Database::latestSchemaVersion() >= 2);
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(test::scalar(**db, QStringLiteral("PRAGMA user_version")).toInt(), Database::latestSchemaVersion());
        QCOMPARE(test::scalar(**db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(test::scalar(**db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(test::scalar(**db, QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
        QVERIFY((*db)->migrationBackupPath().isEmpty()); // nothing to back up in a new file
        QVERIFY(QFileInfo::exists(file));
    }

    void missingFileWithoutCreateIsReported()
    {
        Database::Options options;
        options.createIfMissing = false;
        const StoreResult<std::unique_ptr<Database>> db = Database::open(path(QStringLiteral("absent.sqlite")), options);
        QVERIFY(!db);
        QCOMPARE(db.error().code, StoreError::Code::NotFound);
        QVERIFY(db.error().message.contains(QStringLiteral("absent.sqlite")));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("absent.sqlite"))));
    }

    void upgradesFrozenVersion1KeepingAllData()
    {
        const QString file = copyVersion1(QStringLiteral("v1.sqlite"));
        QVERIFY(!file.isEmpty());
        {
            RawConnection raw(file);
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        }

        StoreResult<std::unique_ptr<Database>> opened = Database::open(file);
        QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().message));
        Database &db = **opened;
        QVERIFY(Database::latestSchemaVersion() >= 3);
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());

        // The backup is the untouched version-1 file.
        const QString backup = db.migrationBackupPath();
        QVERIFY(!backup.isEmpty());
        QVERIFY(QFileInfo::exists(backup));
        QVERIFY(backup.contains(QStringLiteral("before-v%1").arg(Database::latestSchemaVersion())));
        {
            RawConnection raw(backup, QStringLiteral("backup-check"));
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
            QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM quiz_answers")).toInt(), 4);
        }

        // Every row of version 1 is still there.
        const QList<std::pair<QString, int>> counts{
            {QStringLiteral("settings"), 1},         {QStringLiteral("teams"), 1},
            {QStringLiteral("users"), 3},            {QStringLiteral("sign_in_failures"), 1},
            {QStringLiteral("lesson_progress"), 2},  {QStringLiteral("lesson_completions"), 1},
            {QStringLiteral("quiz_attempts"), 2},    {QStringLiteral("quiz_answers"), 4},
            {QStringLiteral("scenario_runs"), 1},    {QStringLiteral("scenario_turns"), 3},
            {QStringLiteral("scenario_totals"), 3},  {QStringLiteral("review_cards"), 2},
            {QStringLiteral("review_log"), 1},
        };
        for (const auto &[table, expected] : counts)
            QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM ") + table).toInt(), expected);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT display_name FROM users WHERE login = 'li'")).toString(),
                 QStringLiteral("李小红"));
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT reply_text FROM scenario_turns WHERE turn_index = 1")).toString(),
                 QStringLiteral("亲，麻烦提供一下订单号，我马上帮您查。"));
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT stability FROM review_cards WHERE id = 1")).toDouble(), 2.3065);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT time_spent_ms FROM lesson_progress WHERE lesson_id = "
                                                 "'greeting-basics'"))
                     .toLongLong(),
                 754000);
        // Version 2 added lesson_versions.
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM lesson_versions")).toInt(), 0);
        // Version 3 keeps every landmine of a turn in landmine_ids; the single landmine_id became a list.
        QVERIFY(columns(db, QStringLiteral("scenario_turns")).contains(QStringLiteral("landmine_ids")));
        QVERIFY(!columns(db, QStringLiteral("scenario_turns")).contains(QStringLiteral("landmine_id")));
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT landmine_ids FROM scenario_turns WHERE turn_index = 2")).toString(),
                 QStringLiteral("[\"argue\"]"));
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM scenario_turns WHERE landmine_ids = '[]'")).toInt(), 2);
        ScenarioRunStore scenarios(db);
        const StoreResult<QList<ScenarioTurn>> turns = scenarios.turns(Actor::console(), 1);
        QVERIFY(turns.ok());
        QCOMPARE(turns->size(), 3);
        QVERIFY(turns->at(0).landmineIds.isEmpty());
        QCOMPARE(turns->at(2).landmineIds, QStringList{QStringLiteral("argue")});
        QCOMPARE(test::scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(db.integrityProblems().value(), QStringList());

        // The accounts still work: hashes and flags survived.
        AccountService accounts(db);
        const SignInResult li = accounts.signIn(QStringLiteral("li"), QStringLiteral("li-password-1"));
        QVERIFY2(li.ok(), qPrintable(li.message));
        QCOMPARE(li.user.teamName, QStringLiteral("售后一组"));
        const SignInResult zhao = accounts.signIn(QStringLiteral("zhao"), QStringLiteral("zhao-password-1"));
        QCOMPARE(zhao.status, SignInResult::Status::Disabled);

        // Opening again migrates nothing and makes no second backup.
        StoreResult<std::unique_ptr<Database>> again = Database::open(file);
        QVERIFY(again.ok());
        QVERIFY((*again)->migrationBackupPath().isEmpty());
    }

    void upgradesVersion2KeepingTheLandmineOfATurn()
    {
        // A version-2 file: the frozen version-1 file with step 2 exactly as shipped, then a turn that
        // hit a landmine written the version-2 way.
        const QString file = copyVersion1(QStringLiteral("v2.sqlite"));
        QVERIFY(!file.isEmpty());
        {
            RawConnection raw(file);
            QVERIFY(runShippedStep(raw, QStringLiteral(":/migrations/sqlite/0002_lesson_versions.sql"), 2));
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 2);
            QVERIFY(raw.exec(QStringLiteral(
                "INSERT INTO scenario_turns (run_id, turn_index, node_id, option_index, reply_text, reply_ms, "
                "mood_after, score_changes_json, landmine_id, recorded_at) VALUES (1, 3, 'closing', NULL, "
                "'不可能补发', 20000, 40, '{\"compliance\":-5}', 'cold-tone', '2026-01-08T10:05:30.000Z')")));
            QVERIFY(raw.exec(QStringLiteral(
                "INSERT INTO scenario_turns (run_id, turn_index, node_id, option_index, reply_text, reply_ms, "
                "mood_after, score_changes_json, landmine_id, recorded_at) VALUES (1, 4, 'odd', 0, NULL, 1000, "
                "40, '{}', 'say \"no\" \\ twice', '2026-01-08T10:05:40.000Z')")));
        }

        StoreResult<std::unique_ptr<Database>> opened = Database::open(file);
        QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().message));
        Database &db = **opened;
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(db.migrationBackupPath().contains(QStringLiteral("before-v%1").arg(Database::latestSchemaVersion())));
        {
            RawConnection raw(db.migrationBackupPath(), QStringLiteral("backup-check"));
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 2);
        }
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM scenario_turns")).toInt(), 5);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT landmine_ids FROM scenario_turns WHERE turn_index = 3")).toString(),
                 QStringLiteral("[\"cold-tone\"]"));
        QCOMPARE(db.integrityProblems().value(), QStringList());

        ScenarioRunStore scenarios(db);
        const StoreResult<QList<ScenarioTurn>> turns = scenarios.turns(Actor::console(), 1);
        QVERIFY(turns.ok());
        QCOMPARE(turns->size(), 5);
        QVERIFY(turns->at(1).landmineIds.isEmpty());
        QCOMPARE(turns->at(2).landmineIds, QStringList{QStringLiteral("argue")});
        QCOMPARE(turns->at(3).landmineIds, QStringList{QStringLiteral("cold-tone")});
        QCOMPARE(turns->at(3).replyText, QStringLiteral("不可能补发"));
        // Whatever an older version stored comes back unchanged (quotes and backslashes escaped in JSON).
        QCOMPARE(turns->at(4).landmineIds, QStringList{QStringLiteral("say \"no\" \\ twice")});
    }

    void refusesNewerSchemaWithoutTouchingTheFile()
    {
        const QString file = makeDatabaseWithData(QStringLiteral("newer.sqlite"));
        {
            RawConnection raw(file);
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)));
        }
        const QByteArray before = test::fileDigest(file);
        const StoreResult<std::unique_ptr<Database>> db = Database::open(file);
        QVERIFY(!db);
        QCOMPARE(db.error().code, StoreError::Code::NewerSchema);
        QVERIFY2(db.error().message.contains(QStringLiteral("newer version of ServiceDojo")), qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(QStringLiteral("newer.sqlite")));
        QVERIFY(db.error().message.contains(QStringLiteral("not changed")));
        QCOMPARE(test::fileDigest(file), before);
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")) || QFileInfo(file + QStringLiteral("-wal")).size() == 0);
    }

    void refusesReadOnlyFileAndLosesNothing()
    {
        const QString file = makeDatabaseWithData(QStringLiteral("readonly.sqlite"));
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = test::fileDigest(file);
        const StoreResult<std::unique_ptr<Database>> db = Database::open(file);
        QVERIFY(!db);
        QCOMPARE(db.error().code, StoreError::Code::ReadOnly);
        QVERIFY2(db.error().message.contains(QStringLiteral("read-only")), qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(QStringLiteral("readonly.sqlite")));
        QCOMPARE(test::fileDigest(file), before);

        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));
        auto reopened = test::openDatabase(file);
        QCOMPARE(test::scalar(*reopened, QStringLiteral("SELECT login FROM users")).toString(), QStringLiteral("keeper"));
    }

    void lockedDatabaseGivesClearMessageAfterTimeout()
    {
        const QString file = makeDatabaseWithData(QStringLiteral("locked.sqlite"));
        auto db = test::openDatabase(file, 300);
        RawConnection other(file);
        QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));

        QElapsedTimer waited;
        waited.start();
        const StoreStatus written = db->write([&]() -> StoreStatus {
            return db->exec(QStringLiteral("INSERT INTO teams (name, created_at) VALUES ('t', 'x')")).ok()
                       ? StoreStatus()
                       : StoreStatus(StoreError{});
        });
        QVERIFY(!written);
        QVERIFY(waited.elapsed() >= 250);
        QCOMPARE(written.error().code, StoreError::Code::Locked);
        QVERIFY2(written.error().message.contains(QStringLiteral("in use by another program")),
                 qPrintable(written.error().message));
        QVERIFY(written.error().message.contains(QStringLiteral("locked.sqlite")));

        // Readers are not blocked (WAL), and the write goes through once the other program lets go.
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM users")).toInt(), 1);
        QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
        const StoreStatus retried = db->write([&]() -> StoreStatus {
            StoreResult<QSqlQuery> q = db->exec(QStringLiteral("INSERT INTO teams (name, created_at) VALUES ('t', 'x')"));
            return q ? StoreStatus() : StoreStatus(q.error());
        });
        QVERIFY2(retried.ok(), retried ? "" : qPrintable(retried.error().message));
    }

    void refusesAFileThatIsNotSqlite()
    {
        const QString file = path(QStringLiteral("notes.sqlite"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("These are my notes, not a database.\n");
        f.close();
        const QByteArray before = test::fileDigest(file);
        const StoreResult<std::unique_ptr<Database>> db = Database::open(file);
        QVERIFY(!db);
        QCOMPARE(db.error().code, StoreError::Code::Corrupt);
        QVERIFY2(db.error().message.contains(QStringLiteral("not an SQLite file")), qPrintable(db.error().message));
        QCOMPARE(test::fileDigest(file), before);
    }

    void refusesAnotherProgramsSqliteDatabase()
    {
        const QString file = path(QStringLiteral("other.sqlite"));
        {
            RawConnection raw(file);
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE songs (title TEXT)")));
        }
        const QByteArray before = test::fileDigest(file);
        const StoreResult<std::unique_ptr<Database>> db = Database::open(file);
        QVERIFY(!db);
        QCOMPARE(db.error().code, StoreError::Code::Corrupt);
        QVERIFY2(db.error().message.contains(QStringLiteral("another program")), qPrintable(db.error().message));
        QCOMPARE(test::fileDigest(file), before);
    }

    void refusesADamagedFile()
    {
        const QString file = path(QStringLiteral("damaged.sqlite"));
        {
            auto db = test::openDatabase(file);
            const Actor keeper = test::addUserRow(*db, QStringLiteral("keeper"), Role::Trainee);
            for (int i = 0; i < 200; ++i) {
                QVERIFY(db->exec(QStringLiteral("INSERT INTO lesson_progress (user_id, lesson_id, first_opened_at, "
                                                "last_opened_at, opened_hash) VALUES (?, ?, 'a', 'b', ?)"),
                                 {keeper.userId, QStringLiteral("lesson-%1").arg(i), QString(200, u'h')})
                            .ok());
            }
        }
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal"))); // checkpointed on close
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 8 * 4096);
        // Scribble over everything after the first page (the header stays valid).
        for (qint64 offset = 4096 + 100; offset < size; offset += 512) {
            f.seek(offset);
            f.write(QByteArray(200, '\x5a'));
        }
        f.close();
        const StoreResult<std::unique_ptr<Database>> db = Database::open(file);
        QVERIFY(!db);
        QCOMPARE(db.error().code, StoreError::Code::Corrupt);
        QVERIFY2(db.error().message.contains(QStringLiteral("damaged")), qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(QStringLiteral("backup")));
    }

    void diskFullKeepsEarlierData()
    {
        const QString file = path(QStringLiteral("full.sqlite"));
        auto db = test::openDatabase(file);
        const Actor keeper = test::addUserRow(*db, QStringLiteral("keeper"), Role::Trainee);
        const int pages = test::scalar(*db, QStringLiteral("PRAGMA page_count")).toInt();
        QVERIFY(db->limitPagesForTesting(pages + 3).ok());

        StoreStatus status;
        int written = 0;
        for (int i = 0; i < 100 && status.ok(); ++i) {
            status = db->write([&]() -> StoreStatus {
                StoreResult<QSqlQuery> q = db->exec(
                    QStringLiteral("INSERT INTO lesson_versions (lesson_id, content_hash, markdown, first_seen_at) "
                                   "VALUES (?, ?, ?, 'now')"),
                    {QStringLiteral("lesson"), QString::number(i), QString(3000, u'字')});
                return q ? StoreStatus() : StoreStatus(q.error());
            });
            if (status)
                ++written;
        }
        QVERIFY(!status);
        QCOMPARE(status.error().code, StoreError::Code::DiskFull);
        QVERIFY2(status.error().message.contains(QStringLiteral("is full")), qPrintable(status.error().message));
        QVERIFY(status.error().message.contains(QStringLiteral("full.sqlite")));

        // Everything committed before the failure is there, and the file is healthy.
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM lesson_versions")).toInt(), written);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT login FROM users WHERE id = ?"), {keeper.userId}).toString(),
                 QStringLiteral("keeper"));
        QCOMPARE(db->integrityProblems().value(), QStringList());
        db.reset();
        auto reopened = test::openDatabase(file);
        QCOMPARE(test::scalar(*reopened, QStringLiteral("SELECT count(*) FROM lesson_versions")).toInt(), written);
    }

    void failedWriteIsRolledBack()
    {
        auto db = test::openDatabase(path(QStringLiteral("rollback.sqlite")));
        const StoreStatus status = db->write([&]() -> StoreStatus {
            if (!db->exec(QStringLiteral("INSERT INTO teams (name, created_at) VALUES ('half', 'x')")))
                return StoreError{};
            return StoreError{StoreError::Code::InvalidInput, QStringLiteral("second half refused")};
        });
        QVERIFY(!status);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM teams")).toInt(), 0);
    }

    void backupIsConsistentAndNeverOverwritesSilently()
    {
        auto db = test::openDatabase(path(QStringLiteral("live.sqlite")));
        test::addUserRow(*db, QStringLiteral("anna"), Role::Trainee);
        const QString target = path(QStringLiteral("copies/backup.sqlite"));
        QVERIFY(db->backupTo(target, false).ok());
        {
            auto copy = test::openDatabase(target);
            QCOMPARE(test::scalar(*copy, QStringLiteral("SELECT login FROM users")).toString(), QStringLiteral("anna"));
        }
        const QByteArray first = test::fileDigest(target);
        const StoreStatus again = db->backupTo(target, false);
        QVERIFY(!again);
        QCOMPARE(again.error().code, StoreError::Code::Conflict);
        QVERIFY(again.error().message.contains(QStringLiteral("already exists")));
        QCOMPARE(test::fileDigest(target), first);

        test::addUserRow(*db, QStringLiteral("bo"), Role::Trainee);
        QVERIFY(db->backupTo(target, true).ok());
        {
            auto copy = test::openDatabase(target);
            QCOMPARE(test::scalar(*copy, QStringLiteral("SELECT count(*) FROM users")).toInt(), 2);
        }
        QVERIFY(!QFileInfo::exists(target + QStringLiteral(".partial")));
        const StoreStatus ontoItself = db->backupTo(db->path(), true);
        QVERIFY(!ontoItself);
        QCOMPARE(ontoItself.error().code, StoreError::Code::InvalidInput);
    }

    void timesRoundTripAsUtcText()
    {
        const QDateTime local = QDateTime(QDate(2026, 3, 1), QTime(16, 15, 2, 123), QTimeZone(8 * 3600));
        QCOMPARE(toSqlTime(local).toString(), QStringLiteral("2026-03-01T08:15:02.123Z"));
        QCOMPARE(fromSqlTime(toSqlTime(local)), local);
        QVERIFY(toSqlTime(QDateTime()).isNull());
        QVERIFY(!fromSqlTime(QVariant()).isValid());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
