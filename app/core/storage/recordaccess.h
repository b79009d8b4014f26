// Shared by the record stores: who owns a row, and the permission checks around it.
#pragma once

#include "auth/actor.h"
#include "storage/database.h"

#include <optional>

namespace dojo::records {

enum class Access { Read, Write };

// Owner (user_id) of row `id` in `table` (a fixed table name, never user input), checked against
// `actor` for `access`. NotFound names `what` ("quiz attempt 12").
StoreResult<qint64> checkedOwner(Database &db, const Actor &actor, const char *table, qint64 id, Access access,
                                 const QString &what);

// For adding to an attempt or run (`table` has user_id and finished_at): the actor owns it and it is
// not finished yet (Conflict with `finishedMessage` otherwise).
StoreStatus checkOpenForWriting(Database &db, const Actor &actor, const char *table, qint64 id, const QString &what,
                                const QString &finishedMessage);

// Refusal unless `actor` may read / write the records of `userId`.
StoreStatus checkAccess(const Actor &actor, qint64 userId, Access access);

// The first row of a list, or NotFound naming `what`.
template <typename T>
StoreResult<T> firstOrNotFound(StoreResult<QList<T>> list, const QString &what)
{
    if (!list)
        return list.error();
    if (list->isEmpty())
        return StoreError{StoreError::Code::NotFound, StoreText::tr("There is no %1.").arg(what)};
    return list->first();
}

// The first row of a list, if there is one.
template <typename T>
StoreResult<std::optional<T>> firstIfAny(StoreResult<QList<T>> list)
{
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<T>();
    return std::optional<T>(list->first());
}

// NULL of the given type for optional columns.
inline QVariant nullInt() { return QVariant(QMetaType::fromType<qint64>()); }
inline QVariant nullText() { return QVariant(QMetaType::fromType<QString>()); }
inline QVariant nullReal() { return QVariant(QMetaType::fromType<double>()); }

} // namespace dojo::records
