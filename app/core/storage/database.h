// One SQLite database file opened for one thread: settings applied, schema migrated, errors mapped to
// StoreError messages that name the file and say what to do.
//
// Opening (Database::open):
//   - creates a missing folder; refuses a read-only file or folder, a file that is not SQLite, an
//     SQLite file that is not ours, a damaged file (quick_check) and a file written by a newer
//     ServiceDojo (the file is not touched);
//   - switches to WAL, foreign keys on, synchronous FULL, the busy timeout from Options;
//   - upgrades an older schema one step at a time (resources :/migrations/sqlite/NNNN_name.sql, one
//     transaction per step ending with `PRAGMA user_version = N`) after copying the file with
//     VACUUM INTO to "<file>.before-vN-<time>.bak" (migrationBackupPath()).
// Writing: every change goes through write(), a BEGIN IMMEDIATE … COMMIT transaction; when write()
// returns ok the change is on disk.
// Threads: QSqlDatabase cannot move between threads; each Database belongs to the thread that opened
// it. Open one per thread (each has its own connection name).
#pragma once

#include "storage/storeerror.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>

namespace dojo {

// Times are stored as ISO-8601 UTC text with milliseconds ("2026-03-01T08:15:02.123Z"), so that text
// order is time order. A null QDateTime is stored as NULL.
QVariant toSqlTime(const QDateTime &time);
QDateTime fromSqlTime(const QVariant &value);

class Database {
public:
    struct Options {
        int busyTimeoutMs = 5000;
        // false: open the file as it is (any schema version, no WAL switch), e.g. to back it up.
        // The stores need the current schema: use migrate = true for everything else.
        bool migrate = true;
        // false: a missing file is an error instead of a new empty database.
        bool createIfMissing = true;
    };

    static StoreResult<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static StoreResult<std::unique_ptr<Database>> open(const QString &path) { return open(path, Options{}); }

    // <XDG data home>/ServiceDojo/servicedojo.sqlite. The app and the CLI both use this when --db is
    // not given.
    static QString defaultPath();
    // The schema version this build creates and understands (number of migration files).
    static int latestSchemaVersion();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    int schemaVersion() const { return m_version; }
    // The copy made before migrating in open(); empty when nothing was migrated.
    QString migrationBackupPath() const { return m_backupPath; }

    // Runs one statement with positional `?` bind values; the query is positioned before the first row.
    StoreResult<QSqlQuery> exec(const QString &sql, const QVariantList &binds = {});
    // Runs one statement for its effect.
    StoreStatus execute(const QString &sql, const QVariantList &binds = {});
    // Runs an UPDATE or DELETE and returns how many rows it changed.
    StoreResult<int> update(const QString &sql, const QVariantList &binds);
    // Whether a query returns at least one row ("SELECT 1 FROM … WHERE …").
    StoreResult<bool> exists(const QString &sql, const QVariantList &binds);
    // Runs an INSERT … RETURNING id and returns that id.
    StoreResult<qint64> insert(const QString &sql, const QVariantList &binds);
    // Runs body inside BEGIN IMMEDIATE … COMMIT, rolling back when body fails. Nested calls join the
    // outer transaction.
    StoreStatus write(const std::function<StoreStatus()> &body);

    // A consistent copy of the live database (VACUUM INTO) at target. An existing target is refused
    // unless overwrite; the copy is written beside the target first and renamed over it when complete.
    StoreStatus backupTo(const QString &target, bool overwrite);
    // PRAGMA integrity_check; an empty list means the file is healthy.
    StoreResult<QStringList> integrityProblems();

    // A StoreError for a failed statement: the code from SQLite's result code, a message naming the
    // file. `doing` says what was being done ("saving the answer").
    StoreError errorFrom(const QSqlError &error, const QString &doing) const;

    // Test hook: caps the file at `pages` pages on this connection, to simulate a full disk.
    StoreStatus limitPagesForTesting(int pages);

private:
    Database(const QString &path, const QString &connectionName, int busyTimeoutMs);
    QSqlDatabase connection() const;
    StoreResult<int> readSchemaVersion();
    StoreStatus checkNotDamaged();
    StoreStatus migrate();
    StoreStatus runMigrationStep(int version, const QString &resourcePath);
    void rollback();

    QString m_path;
    QString m_connectionName;
    int m_busyTimeoutMs = 5000;
    int m_version = 0;
    int m_transactionDepth = 0;
    QString m_backupPath;
};

} // namespace dojo
