#include "learning/readingposition.h"

#include "storage/database.h"
#include "storage/recordaccess.h"

#include <algorithm>
#include <cmath>

namespace dojo {

ReadingPositionStore::ReadingPositionStore(Database &db) : m_db(db) {}

StoreStatus ReadingPositionStore::save(const Actor &actor, qint64 userId, const QString &lessonId,
                                       const ReadingPosition &position, const QDateTime &at)
{
    if (const StoreStatus allowed = records::checkAccess(actor, userId, records::Access::Write); !allowed)
        return allowed;
    const double fraction = std::isfinite(position.scrollFraction) ? std::clamp(position.scrollFraction, 0.0, 1.0) : 0.0;
    return m_db.write([&]() -> StoreStatus {
        return m_db.execute(
            QStringLiteral("INSERT INTO lesson_positions (user_id, lesson_id, anchor, scroll_fraction, updated_at) "
                           "VALUES (?, ?, COALESCE(?, ''), ?, ?) ON CONFLICT (user_id, lesson_id) DO UPDATE SET "
                           "anchor = excluded.anchor, scroll_fraction = excluded.scroll_fraction, "
                           "updated_at = excluded.updated_at"),
            {userId, lessonId, position.anchor, fraction, toSqlTime(at)});
    });
}

StoreResult<std::optional<ReadingPosition>> ReadingPositionStore::position(const Actor &actor, qint64 userId,
                                                                           const QString &lessonId)
{
    if (const StoreStatus allowed = records::checkAccess(actor, userId, records::Access::Read); !allowed)
        return allowed.error();
    StoreResult<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT anchor, scroll_fraction, updated_at FROM lesson_positions WHERE user_id = ? AND lesson_id = ?"),
        {userId, lessonId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ReadingPosition>();
    return std::optional<ReadingPosition>(
        ReadingPosition{q->value(0).toString(), q->value(1).toDouble(), fromSqlTime(q->value(2))});
}

namespace reading {

qint64 minimumReadingMs(int lessonMinutes)
{
    return std::max<qint64>(kMinimumReadingMs, qint64(std::max(0, lessonMinutes)) * 60 * 1000 / 2);
}

double scrollFraction(double scrollY, double viewportHeight, double contentHeight)
{
    const double scrollable = contentHeight - viewportHeight;
    if (!std::isfinite(scrollY) || !std::isfinite(scrollable) || scrollable <= 0)
        return 0;
    return std::clamp(scrollY / scrollable, 0.0, 1.0);
}

bool reachedEnd(double scrollY, double viewportHeight, double contentHeight)
{
    if (!std::isfinite(scrollY) || !std::isfinite(viewportHeight) || !std::isfinite(contentHeight) || contentHeight <= 0)
        return false;
    return scrollY + viewportHeight >= contentHeight - kEndSlackPx;
}

bool shouldCompleteAutomatically(bool atEnd, qint64 timeSpentMs, int lessonMinutes)
{
    return atEnd && timeSpentMs >= minimumReadingMs(lessonMinutes);
}

} // namespace reading

} // namespace dojo
