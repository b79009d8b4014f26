#include "storage/recordaccess.h"

namespace dojo::records {

StoreStatus checkAccess(const Actor &actor, qint64 userId, Access access)
{
    if (access == Access::Write) {
        if (!canWriteRecordsOf(actor, userId))
            return permissionDenied(StoreText::tr("write training records of another person"));
        return {};
    }
    if (!canReadRecordsOf(actor, userId))
        return permissionDenied(StoreText::tr("see another person's training records"));
    return {};
}

StoreResult<qint64> checkedOwner(Database &db, const Actor &actor, const char *table, qint64 id, Access access,
                                 const QString &what)
{
    StoreResult<QSqlQuery> q =
        db.exec(QStringLiteral("SELECT user_id FROM %1 WHERE id = ?").arg(QLatin1String(table)), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return StoreError{StoreError::Code::NotFound, StoreText::tr("There is no %1.").arg(what)};
    const qint64 owner = q->value(0).toLongLong();
    q->finish();
    if (const StoreStatus allowed = checkAccess(actor, owner, access); !allowed)
        return allowed.error();
    return owner;
}

StoreStatus checkOpenForWriting(Database &db, const Actor &actor, const char *table, qint64 id, const QString &what,
                                const QString &finishedMessage)
{
    StoreResult<QSqlQuery> q =
        db.exec(QStringLiteral("SELECT user_id, finished_at FROM %1 WHERE id = ?").arg(QLatin1String(table)), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return StoreError{StoreError::Code::NotFound, StoreText::tr("There is no %1.").arg(what)};
    const qint64 owner = q->value(0).toLongLong();
    const bool finished = !q->value(1).isNull();
    q->finish();
    if (const StoreStatus allowed = checkAccess(actor, owner, Access::Write); !allowed)
        return allowed;
    if (finished)
        return StoreError{StoreError::Code::Conflict, finishedMessage};
    return {};
}

} // namespace dojo::records
