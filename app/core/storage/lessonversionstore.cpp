#include "storage/lessonversionstore.h"

#include "storage/database.h"
#include "storage/recordaccess.h"

namespace dojo {

namespace {
bool isSignedIn(const Actor &actor) { return actor.userId != 0 || actor.roles; }
} // namespace

LessonVersionStore::LessonVersionStore(Database &db) : m_db(db) {}

StoreStatus LessonVersionStore::remember(const Actor &actor, const QString &lessonId, const QByteArray &contentHash,
                                         const QString &markdown, const QDateTime &at)
{
    if (!isSignedIn(actor))
        return permissionDenied(StoreText::tr("record lesson versions without signing in"));
    if (lessonId.isEmpty() || contentHash.isEmpty())
        return StoreError{StoreError::Code::InvalidInput, StoreText::tr("A lesson version needs the lesson id and hash.")};
    return m_db.write([&]() -> StoreStatus {
        return m_db.execute(
            QStringLiteral("INSERT INTO lesson_versions (lesson_id, content_hash, markdown, first_seen_at) "
                           "VALUES (?, ?, ?, ?) ON CONFLICT (lesson_id, content_hash) DO NOTHING"),
            {lessonId, QString::fromLatin1(contentHash), markdown, toSqlTime(at)});
    });
}

StoreResult<std::optional<LessonVersion>> LessonVersionStore::version(const Actor &actor, const QString &lessonId,
                                                                      const QByteArray &contentHash)
{
    if (!isSignedIn(actor))
        return permissionDenied(StoreText::tr("read lesson versions without signing in"));
    StoreResult<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT markdown, first_seen_at FROM lesson_versions WHERE lesson_id = ? AND content_hash = ?"),
        {lessonId, QString::fromLatin1(contentHash)});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<LessonVersion>();
    return std::optional<LessonVersion>(
        LessonVersion{lessonId, contentHash, q->value(0).toString(), fromSqlTime(q->value(1))});
}

StoreResult<QList<LessonVersion>> LessonVersionStore::versions(const Actor &actor, const QString &lessonId)
{
    if (!isSignedIn(actor))
        return permissionDenied(StoreText::tr("read lesson versions without signing in"));
    StoreResult<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT content_hash, markdown, first_seen_at FROM lesson_versions WHERE lesson_id = ? "
                       "ORDER BY first_seen_at, content_hash"),
        {lessonId});
    if (!q)
        return q.error();
    QList<LessonVersion> list;
    while (q->next())
        list.append({lessonId, q->value(0).toString().toLatin1(), q->value(1).toString(), fromSqlTime(q->value(2))});
    return list;
}

StoreResult<std::optional<ParagraphDiff>> LessonVersionStore::changesSinceCompletion(
    const Actor &actor, qint64 userId, const QString &lessonId, const QByteArray &currentHash,
    const QString &currentMarkdown)
{
    if (const StoreStatus allowed = records::checkAccess(actor, userId, records::Access::Read); !allowed)
        return allowed.error();
    StoreResult<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT c.content_hash, v.markdown FROM lesson_completions c "
                       "LEFT JOIN lesson_versions v ON v.lesson_id = c.lesson_id AND v.content_hash = c.content_hash "
                       "WHERE c.user_id = ? AND c.lesson_id = ? ORDER BY c.completed_at DESC"),
        {userId, lessonId});
    if (!q)
        return q.error();
    if (!q->next() || q->value(0).toString().toLatin1() == currentHash || q->value(1).isNull())
        return std::optional<ParagraphDiff>();
    return std::optional<ParagraphDiff>(ParagraphDiff(q->value(1).toString(), currentMarkdown));
}

} // namespace dojo
