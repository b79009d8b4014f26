#include "storage/lessonprogressstore.h"

#include "storage/database.h"
#include "storage/recordaccess.h"

namespace dojo {

using records::Access;

LessonProgressStore::LessonProgressStore(Database &db) : m_db(db) {}

StoreStatus LessonProgressStore::recordOpened(const Actor &actor, qint64 userId, const QString &lessonId,
                                              const QByteArray &contentHash, const QDateTime &at)
{
    if (const StoreStatus allowed = records::checkAccess(actor, userId, Access::Write); !allowed)
        return allowed;
    return m_db.write([&]() -> StoreStatus {
        return m_db.execute(
            QStringLiteral("INSERT INTO lesson_progress (user_id, lesson_id, first_opened_at, last_opened_at, "
                           "opened_hash, time_spent_ms) VALUES (?, ?, ?, ?, ?, 0) "
                           "ON CONFLICT (user_id, lesson_id) DO UPDATE SET last_opened_at = excluded.last_opened_at, "
                           "opened_hash = excluded.opened_hash"),
            {userId, lessonId, toSqlTime(at), toSqlTime(at), QString::fromLatin1(contentHash)});
    });
}

StoreStatus LessonProgressStore::addTimeSpent(const Actor &actor, qint64 userId, const QString &lessonId, qint64 ms)
{
    if (const StoreStatus allowed = records::checkAccess(actor, userId, Access::Write); !allowed)
        return allowed;
    if (ms < 0)
        return StoreError{StoreError::Code::InvalidInput, StoreText::tr("Time spent cannot be negative.")};
    return m_db.write([&]() -> StoreStatus {
        const StoreResult<int> changed = m_db.update(
            QStringLiteral("UPDATE lesson_progress SET time_spent_ms = time_spent_ms + ? WHERE user_id = ? AND lesson_id = ?"),
            {ms, userId, lessonId});
        if (!changed)
            return changed.error();
        if (*changed == 0)
            return StoreError{StoreError::Code::NotFound,
                              StoreText::tr("The lesson %1 was never opened, so no time can be added to it.").arg(lessonId)};
        return {};
    });
}

StoreStatus LessonProgressStore::recordCompleted(const Actor &actor, qint64 userId, const QString &lessonId,
                                                 const QByteArray &contentHash, const QDateTime &at)
{
    if (const StoreStatus allowed = records::checkAccess(actor, userId, Access::Write); !allowed)
        return allowed;
    if (contentHash.isEmpty())
        return StoreError{StoreError::Code::InvalidInput, StoreText::tr("A lesson completion needs the content hash.")};
    return m_db.write([&]() -> StoreStatus {
        return m_db.execute(
            QStringLiteral("INSERT INTO lesson_completions (user_id, lesson_id, content_hash, completed_at) "
                           "VALUES (?, ?, ?, ?) ON CONFLICT (user_id, lesson_id, content_hash) DO NOTHING"),
            {userId, lessonId, QString::fromLatin1(contentHash), toSqlTime(at)});
    });
}

StoreResult<LessonProgress> LessonProgressStore::load(qint64 userId, const QString &lessonId,
                                                      const QByteArray &currentHash)
{
    LessonProgress p;
    p.userId = userId;
    p.lessonId = lessonId;
    StoreResult<QSqlQuery> opened = m_db.exec(
        QStringLiteral("SELECT first_opened_at, last_opened_at, time_spent_ms FROM lesson_progress "
                       "WHERE user_id = ? AND lesson_id = ?"),
        {userId, lessonId});
    if (!opened)
        return opened.error();
    const bool wasOpened = opened->next();
    if (wasOpened) {
        p.firstOpenedAt = fromSqlTime(opened->value(0));
        p.lastOpenedAt = fromSqlTime(opened->value(1));
        p.timeSpentMs = opened->value(2).toLongLong();
    }
    StoreResult<QSqlQuery> done = m_db.exec(
        QStringLiteral("SELECT content_hash, completed_at FROM lesson_completions WHERE user_id = ? AND lesson_id = ? "
                       "ORDER BY completed_at DESC"),
        {userId, lessonId});
    if (!done)
        return done.error();
    bool completedCurrent = false;
    bool completedAny = false;
    while (done->next()) {
        const QByteArray hash = done->value(0).toString().toLatin1();
        if (!completedAny) {
            p.completedHash = hash;
            p.completedAt = fromSqlTime(done->value(1));
        }
        completedAny = true;
        completedCurrent = completedCurrent || hash == currentHash;
    }
    if (completedCurrent)
        p.status = LessonStatus::Completed;
    else if (completedAny)
        p.status = LessonStatus::Outdated;
    else
        p.status = wasOpened ? LessonStatus::Opened : LessonStatus::NotStarted;
    return p;
}

StoreResult<LessonProgress> LessonProgressStore::progress(const Actor &actor, qint64 userId, const QString &lessonId,
                                                          const QByteArray &currentHash)
{
    if (const StoreStatus allowed = records::checkAccess(actor, userId, Access::Read); !allowed)
        return allowed.error();
    return load(userId, lessonId, currentHash);
}

StoreResult<QList<LessonProgress>> LessonProgressStore::allProgress(const Actor &actor, qint64 userId,
                                                                    const QHash<QString, QByteArray> &currentHashes)
{
    if (const StoreStatus allowed = records::checkAccess(actor, userId, Access::Read); !allowed)
        return allowed.error();
    StoreResult<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT lesson_id FROM lesson_progress WHERE user_id = ? "
                       "UNION SELECT lesson_id FROM lesson_completions WHERE user_id = ? ORDER BY 1"),
        {userId, userId});
    if (!q)
        return q.error();
    QStringList lessonIds;
    while (q->next())
        lessonIds.append(q->value(0).toString());
    q->finish();
    QList<LessonProgress> list;
    for (const QString &lessonId : lessonIds) {
        StoreResult<LessonProgress> p = load(userId, lessonId, currentHashes.value(lessonId));
        if (!p)
            return p.error();
        list.append(*p);
    }
    return list;
}

} // namespace dojo
