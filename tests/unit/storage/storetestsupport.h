// Helpers shared by the storage and auth tests: open a temporary database, add users cheaply.
#pragma once

#include "auth/actor.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

namespace dojo::test {

inline std::unique_ptr<Database> openDatabase(const QString &path, int busyTimeoutMs = 5000)
{
    Database::Options options;
    options.busyTimeoutMs = busyTimeoutMs;
    StoreResult<std::unique_ptr<Database>> db = Database::open(path, options);
    if (!db)
        qFatal("cannot open test database %s: %s", qPrintable(path), qPrintable(db.error().message));
    return std::move(db).value();
}

// A user row without Argon2 (the stores do not care about the secret): returns the user's Actor.
inline Actor addUserRow(Database &db, const QString &login, Roles roles)
{
    StoreResult<qint64> id = db.insert(
        QStringLiteral("INSERT INTO users (login, display_name, roles, secret_kind, secret_hash, created_at) "
                       "VALUES (?, ?, ?, 'password', 'x', '2026-01-01T00:00:00.000Z') RETURNING id"),
        {login, login.toUpper(), rolesToStorage(roles)});
    if (!id)
        qFatal("cannot add user %s: %s", qPrintable(login), qPrintable(id.error().message));
    return Actor{*id, roles};
}

inline QByteArray fileDigest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// A plain QSQLITE connection, outside Database, to play "another program" on the same file.
class RawConnection {
public:
    explicit RawConnection(const QString &path, const QString &name = QStringLiteral("raw-test-connection"))
        : m_name(name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        const bool ok = q.exec(sql);
        if (!ok)
            qWarning() << "raw exec failed:" << sql << q.lastError().text();
        return ok;
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private:
    QString m_name;
};

inline QVariant scalar(Database &db, const QString &sql, const QVariantList &binds = {})
{
    StoreResult<QSqlQuery> q = db.exec(sql, binds);
    if (!q || !q->next())
        return {};
    return q->value(0);
}

} // namespace dojo::test
