// Faults from outside the program, made real where the machine allows it (tst_database covers the same
// refusals with in-process stand-ins): a read-only file system, a lock held by another process beyond
// the busy timeout, a disk that really fills up (a small tmpfs) and a truncated file. Each must end in a
// clear message naming the file, and lose nothing saved before.
//
// Mounting a tmpfs needs root with CAP_SYS_ADMIN; elsewhere those tests are skipped with the reason
// (tst_database's in-process versions still run everywhere).
#include "storage/database.h"
#include "storetestsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

#include <sys/mount.h>
#include <unistd.h>

using namespace dojo;

namespace {

// The second process of lockedByAnotherProcess: `tst_faults --hold-lock FILE` takes an exclusive lock
// on FILE, says "locked" and keeps the lock until its standard input says "release" (or closes).
int holdLock(const QString &file)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
    db.setDatabaseName(file);
    if (!db.open()) {
        std::cerr << "cannot open " << qPrintable(file) << '\n';
        return 2;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN EXCLUSIVE"))
        || !q.exec(QStringLiteral("INSERT INTO teams (name, created_at) VALUES ('held', 'x')"))) {
        std::cerr << "cannot lock: " << qPrintable(q.lastError().text()) << '\n';
        return 3;
    }
    std::cout << "locked" << std::endl;
    std::string line;
    while (std::getline(std::cin, line) && line != "release") {
    }
    q.exec(QStringLiteral("ROLLBACK"));
    return 0;
}

// A tmpfs of `size` mounted on a folder; unmounted when destroyed.
class SmallDisk {
public:
    SmallDisk(const QString &folder, const QByteArray &size) : m_folder(folder)
    {
        const QByteArray options = "size=" + size + ",mode=0755";
        m_mounted = ::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", 0, options.constData()) == 0;
        if (!m_mounted)
            m_error = QString::fromLocal8Bit(std::strerror(errno));
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_folder).constData(), MNT_DETACH);
    }
    bool mounted() const { return m_mounted; }
    QString error() const { return m_error; }
    bool remount(bool readOnly)
    {
        const unsigned long flags = MS_REMOUNT | (readOnly ? MS_RDONLY : 0);
        return ::mount("tmpfs", QFile::encodeName(m_folder).constData(), "tmpfs", flags, nullptr) == 0;
    }

private:
    QString m_folder;
    bool m_mounted = false;
    QString m_error;
};

QString skipReason(const SmallDisk &disk)
{
    return QStringLiteral("cannot mount a tmpfs here (%1): needs root with CAP_SYS_ADMIN; "
                          "tst_database covers this fault in-process")
        .arg(disk.error());
}

StoreStatus insertTeam(Database &db, const QString &name)
{
    return db.write([&]() -> StoreStatus {
        StoreResult<QSqlQuery> q =
            db.exec(QStringLiteral("INSERT INTO teams (name, created_at) VALUES (?, 'x')"), {name});
        return q ? StoreStatus() : StoreStatus(q.error());
    });
}

} // namespace

class TestFaults : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name) const { return m_dir->filePath(name); }

    QString makeDatabaseWithData(const QString &file)
    {
        auto db = test::openDatabase(file);
        test::addUserRow(*db, QStringLiteral("keeper"), Role::Trainee);
        return file;
    }

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void readOnlyFileSystem()
    {
        const QString mountPoint = path(QStringLiteral("disk"));
        QVERIFY(QDir().mkpath(mountPoint));
        SmallDisk disk(mountPoint, "4m");
        if (!disk.mounted())
            QSKIP(qPrintable(skipReason(disk)));
        const QString file = makeDatabaseWithData(mountPoint + QStringLiteral("/records.sqlite"));
        const QByteArray before = test::fileDigest(file);
        QVERIFY(disk.remount(true));

        // The file's permission bits say writable: only the file system refuses (root included).
        const StoreResult<std::unique_ptr<Database>> db = Database::open(file);
        QVERIFY(!db);
        QCOMPARE(db.error().code, StoreError::Code::ReadOnly);
        QVERIFY2(db.error().message.contains(QStringLiteral("records.sqlite")), qPrintable(db.error().message));
        QVERIFY2(db.error().message.contains(QStringLiteral("read-only")), qPrintable(db.error().message));

        // A new database there is refused just as clearly.
        const StoreResult<std::unique_ptr<Database>> fresh = Database::open(mountPoint + QStringLiteral("/new.sqlite"));
        QVERIFY(!fresh);
        QVERIFY2(fresh.error().message.contains(QStringLiteral("new.sqlite"))
                     || fresh.error().message.contains(QDir::toNativeSeparators(mountPoint)),
                 qPrintable(fresh.error().message));
        QVERIFY(!QFileInfo::exists(mountPoint + QStringLiteral("/new.sqlite")));

        QVERIFY(disk.remount(false));
        QCOMPARE(test::fileDigest(file), before);
        auto reopened = test::openDatabase(file);
        QCOMPARE(test::scalar(*reopened, QStringLiteral("SELECT login FROM users")).toString(),
                 QStringLiteral("keeper"));
    }

    void lockedByAnotherProcess()
    {
        const QString file = makeDatabaseWithData(path(QStringLiteral("shared.sqlite")));
        auto db = test::openDatabase(file, 400);
        QVERIFY(insertTeam(*db, QStringLiteral("before")).ok());

        QProcess holder;
        holder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        holder.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--hold-lock"), file});
        QVERIFY2(holder.waitForStarted(), qPrintable(holder.errorString()));
        QVERIFY(holder.waitForReadyRead(60000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));

        const StoreStatus written = insertTeam(*db, QStringLiteral("while locked"));
        QVERIFY(!written);
        QCOMPARE(written.error().code, StoreError::Code::Locked);
        QVERIFY2(written.error().message.contains(QStringLiteral("in use by another program")),
                 qPrintable(written.error().message));
        QVERIFY(written.error().message.contains(QStringLiteral("shared.sqlite")));
        // The other process's unfinished change is invisible; what was saved is readable meanwhile.
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT group_concat(name) FROM teams")).toString(),
                 QStringLiteral("before"));

        holder.write("release\n");
        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(60000));
        QCOMPARE(holder.exitCode(), 0);

        const StoreStatus retried = insertTeam(*db, QStringLiteral("after"));
        QVERIFY2(retried.ok(), retried ? "" : qPrintable(retried.error().message));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM teams "
                                                  "ORDER BY id)"))
                     .toString(),
                 QStringLiteral("before,after"));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT login FROM users")).toString(), QStringLiteral("keeper"));
    }

    void realDiskFull()
    {
        const QString mountPoint = path(QStringLiteral("disk"));
        QVERIFY(QDir().mkpath(mountPoint));
        SmallDisk disk(mountPoint, "1m");
        if (!disk.mounted())
            QSKIP(qPrintable(skipReason(disk)));
        const QString file = mountPoint + QStringLiteral("/full.sqlite");
        auto db = test::openDatabase(file);
        const Actor keeper = test::addUserRow(*db, QStringLiteral("keeper"), Role::Trainee);

        StoreStatus status;
        int written = 0;
        for (int i = 0; i < 1000 && status.ok(); ++i) {
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
        QVERIFY2(!status, "1 MiB never filled up");
        QVERIFY(written > 0);
        QCOMPARE(status.error().code, StoreError::Code::DiskFull);
        QVERIFY2(status.error().message.contains(QStringLiteral("is full")), qPrintable(status.error().message));
        QVERIFY(status.error().message.contains(QStringLiteral("full.sqlite")));

        // Everything committed before the failure is there, now and after reopening.
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM lesson_versions")).toInt(), written);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT login FROM users WHERE id = ?"), {keeper.userId}).toString(),
                 QStringLiteral("keeper"));
        db.reset();
        auto reopened = test::openDatabase(file);
        QCOMPARE(test::scalar(*reopened, QStringLiteral("SELECT count(*) FROM lesson_versions")).toInt(), written);
        QCOMPARE(reopened->integrityProblems().value(), QStringList());
    }

    void truncatedFile()
    {
        const QString file = path(QStringLiteral("truncated.sqlite"));
        {
            auto db = test::openDatabase(file);
            const Actor keeper = test::addUserRow(*db, QStringLiteral("keeper"), Role::Trainee);
            for (int i = 0; i < 300; ++i) {
                QVERIFY(db->exec(QStringLiteral("INSERT INTO lesson_progress (user_id, lesson_id, first_opened_at, "
                                                "last_opened_at, opened_hash) VALUES (?, ?, 'a', 'b', ?)"),
                                 {keeper.userId, QStringLiteral("lesson-%1").arg(i), QString(200, u'h')})
                            .ok());
            }
        }
        QFile f(file);
        QVERIFY(f.size() > 16 * 4096);
        QVERIFY(f.resize(f.size() / 2)); // a copy cut short, as by a full USB stick
        const QByteArray before = test::fileDigest(file);

        const StoreResult<std::unique_ptr<Database>> db = Database::open(file);
        QVERIFY(!db);
        QCOMPARE(db.error().code, StoreError::Code::Corrupt);
        QVERIFY2(db.error().message.contains(QStringLiteral("truncated.sqlite")), qPrintable(db.error().message));
        QVERIFY2(db.error().message.contains(QStringLiteral("backup")), qPrintable(db.error().message));
        QCOMPARE(test::fileDigest(file), before); // refused without touching it
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--hold-lock") == 0) {
        QCoreApplication app(argc, argv);
        return holdLock(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestFaults tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_faults.moc"
