#include "storage/sqlitedialect.h"

#include <QFile>
#include <QSqlQuery>

namespace dojo::sqlite {

namespace {
// SQLite primary result codes (sqlite3.h); QSQLITE reports them in QSqlError::nativeErrorCode().
enum : int {
    kSqliteBusy = 5,
    kSqliteLocked = 6,
    kSqliteReadOnly = 8,
    kSqliteIoErr = 10,
    kSqliteCorrupt = 11,
    kSqliteFull = 13,
    kSqliteCantOpen = 14,
    kSqliteConstraint = 19,
    kSqliteNotADb = 26,
};

QSqlError execAll(QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return q.lastError();
    }
    return {};
}
} // namespace

QString migrationsResourceDir() { return QStringLiteral(":/migrations/sqlite"); }

bool hasSqliteHeader(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return true; // unreadable: let SQLite report why
    if (f.size() == 0)
        return true;
    static const QByteArray header("SQLite format 3\0", 16);
    return f.read(16) == header;
}

QSqlError configureConnection(QSqlDatabase &db, int busyTimeoutMs)
{
    return execAll(db, {QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
                        QStringLiteral("PRAGMA foreign_keys = ON"),
                        QStringLiteral("PRAGMA synchronous = FULL")});
}

QSqlError enableWriteAheadLog(QSqlDatabase &db)
{
    return execAll(db, {QStringLiteral("PRAGMA journal_mode = WAL")});
}

QString beginWriteStatement() { return QStringLiteral("BEGIN IMMEDIATE"); }
QString readSchemaVersionStatement() { return QStringLiteral("PRAGMA user_version"); }
QString setSchemaVersionStatement(int version) { return QStringLiteral("PRAGMA user_version = %1").arg(version); }
QString userTableCountStatement()
{
    return QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
}
QString backupIntoStatement() { return QStringLiteral("VACUUM INTO ?"); }
QString integrityCheckStatement(bool quick)
{
    return quick ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("PRAGMA integrity_check");
}
QString setMaxPageCountStatement(int pages) { return QStringLiteral("PRAGMA max_page_count = %1").arg(pages); }

Failure classify(const QSqlError &error)
{
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber) & 0xff; // extended codes keep the primary in the low byte
    if (!isNumber)
        return Failure::Other;
    switch (code) {
    case kSqliteBusy:
    case kSqliteLocked:
        return Failure::Busy;
    case kSqliteReadOnly:
        return Failure::ReadOnly;
    case kSqliteFull:
        return Failure::Full;
    case kSqliteCorrupt:
    case kSqliteNotADb:
        return Failure::Corrupt;
    case kSqliteCantOpen:
    case kSqliteIoErr:
        return Failure::CannotOpen;
    case kSqliteConstraint:
        return Failure::Constraint;
    default:
        return Failure::Other;
    }
}

} // namespace dojo::sqlite
