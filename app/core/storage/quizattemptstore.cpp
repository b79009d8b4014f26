#include "storage/quizattemptstore.h"

#include "storage/database.h"
#include "storage/recordaccess.h"

namespace dojo {

using records::Access;

namespace {
const QString kAttemptColumns = QStringLiteral(
    "SELECT id, user_id, quiz_id, content_hash, mode, shuffle_seed, registration, started_at, finished_at, "
    "score, max_score, passed FROM quiz_attempts ");

QString attemptName(qint64 id) { return StoreText::tr("quiz attempt %1").arg(id); }
} // namespace

QString quizModeCode(QuizMode mode) { return mode == QuizMode::Test ? QStringLiteral("test") : QStringLiteral("practice"); }

std::optional<QuizMode> quizModeFromCode(const QString &code)
{
    if (code == QLatin1String("practice"))
        return QuizMode::Practice;
    if (code == QLatin1String("test"))
        return QuizMode::Test;
    return std::nullopt;
}

QuizAttemptStore::QuizAttemptStore(Database &db) : m_db(db) {}

StoreResult<QuizAttempt> QuizAttemptStore::startAttempt(const Actor &actor, qint64 userId, const QString &quizId,
                                                        const QByteArray &contentHash, QuizMode mode,
                                                        qint64 shuffleSeed, const QDateTime &at)
{
    if (const StoreStatus allowed = records::checkAccess(actor, userId, Access::Write); !allowed)
        return allowed.error();
    if (quizId.isEmpty())
        return StoreError{StoreError::Code::InvalidInput, StoreText::tr("A quiz attempt needs the quiz id.")};
    QuizAttempt attempt;
    attempt.userId = userId;
    attempt.quizId = quizId;
    attempt.contentHash = contentHash;
    attempt.mode = mode;
    attempt.shuffleSeed = shuffleSeed;
    attempt.registration = QUuid::createUuid();
    attempt.startedAt = at.toUTC();
    const StoreStatus written = m_db.write([&]() -> StoreStatus {
        StoreResult<qint64> id = m_db.insert(
            QStringLiteral("INSERT INTO quiz_attempts (user_id, quiz_id, content_hash, mode, shuffle_seed, "
                           "registration, started_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {userId, quizId, QString::fromLatin1(contentHash), quizModeCode(mode), shuffleSeed,
             attempt.registration.toString(QUuid::WithoutBraces), toSqlTime(attempt.startedAt)});
        if (!id)
            return id.error();
        attempt.id = *id;
        return {};
    });
    if (!written)
        return written.error();
    return attempt;
}

StoreResult<RecordWrite> QuizAttemptStore::recordAnswer(const Actor &actor, qint64 attemptId, const QuizAnswerRecord &answer)
{
    if (answer.questionId.isEmpty())
        return StoreError{StoreError::Code::InvalidInput, StoreText::tr("An answer needs the question id.")};
    RecordWrite outcome = RecordWrite::Recorded;
    const StoreStatus written = m_db.write([&]() -> StoreStatus {
        if (const StoreStatus open = records::checkOpenForWriting(
                m_db, actor, "quiz_attempts", attemptId, attemptName(attemptId),
                StoreText::tr("This quiz attempt is already finished; its answers cannot change."));
            !open)
            return open;
        StoreResult<QSqlQuery> q = m_db.exec(
            QStringLiteral("INSERT INTO quiz_answers (attempt_id, question_id, answer_json, points_awarded, "
                           "points_possible, correct, duration_ms, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (attempt_id, question_id) DO NOTHING RETURNING id"),
            {attemptId, answer.questionId, answer.answerJson, answer.pointsAwarded, answer.pointsPossible,
             answer.correct ? 1 : 0, answer.durationMs ? QVariant(*answer.durationMs) : records::nullInt(),
             toSqlTime(answer.answeredAt.isValid() ? answer.answeredAt : QDateTime::currentDateTimeUtc())});
        if (!q)
            return q.error();
        outcome = q->next() ? RecordWrite::Recorded : RecordWrite::AlreadyRecorded;
        q->finish();
        return {};
    });
    if (!written)
        return written.error();
    return outcome;
}

StoreStatus QuizAttemptStore::finishAttempt(const Actor &actor, qint64 attemptId, double score, double maxScore,
                                            bool passed, const QDateTime &at)
{
    if (maxScore < 0 || score < 0 || score > maxScore)
        return StoreError{StoreError::Code::InvalidInput,
                          StoreText::tr("A quiz score must lie between 0 and the maximum score (%1 of %2 given).")
                              .arg(score)
                              .arg(maxScore)};
    return m_db.write([&]() -> StoreStatus {
        if (const StoreStatus open = records::checkOpenForWriting(m_db, actor, "quiz_attempts", attemptId,
                                                                  attemptName(attemptId),
                                                                  StoreText::tr("This quiz attempt is already finished."));
            !open)
            return open;
        return m_db.execute(QStringLiteral("UPDATE quiz_attempts SET finished_at = ?, score = ?, max_score = ?, "
                                           "passed = ? WHERE id = ?"),
                            {toSqlTime(at), score, maxScore, passed ? 1 : 0, attemptId});
    });
}

StoreResult<QList<QuizAttempt>> QuizAttemptStore::selectAttempts(const QString &where, const QVariantList &binds)
{
    StoreResult<QSqlQuery> q = m_db.exec(kAttemptColumns + where, binds);
    if (!q)
        return q.error();
    QList<QuizAttempt> list;
    while (q->next()) {
        QuizAttempt a;
        a.id = q->value(0).toLongLong();
        a.userId = q->value(1).toLongLong();
        a.quizId = q->value(2).toString();
        a.contentHash = q->value(3).toString().toLatin1();
        a.mode = quizModeFromCode(q->value(4).toString()).value_or(QuizMode::Practice);
        a.shuffleSeed = q->value(5).toLongLong();
        a.registration = QUuid::fromString(q->value(6).toString());
        a.startedAt = fromSqlTime(q->value(7));
        a.finishedAt = fromSqlTime(q->value(8));
        if (!q->value(9).isNull())
            a.score = q->value(9).toDouble();
        if (!q->value(10).isNull())
            a.maxScore = q->value(10).toDouble();
        if (!q->value(11).isNull())
            a.passed = q->value(11).toInt() != 0;
        list.append(a);
    }
    return list;
}

StoreResult<QuizAttempt> QuizAttemptStore::attempt(const Actor &actor, qint64 attemptId)
{
    if (StoreResult<qint64> owner =
            records::checkedOwner(m_db, actor, "quiz_attempts", attemptId, Access::Read, attemptName(attemptId));
        !owner)
        return owner.error();
    return records::firstOrNotFound(selectAttempts(QStringLiteral("WHERE id = ?"), {attemptId}), attemptName(attemptId));
}

StoreResult<std::optional<QuizAttempt>> QuizAttemptStore::unfinishedAttempt(const Actor &actor, qint64 userId,
                                                                            const QString &quizId)
{
    if (const StoreStatus allowed = records::checkAccess(actor, userId, Access::Read); !allowed)
        return allowed.error();
    return records::firstIfAny(selectAttempts(
        QStringLiteral("WHERE user_id = ? AND quiz_id = ? AND finished_at IS NULL ORDER BY started_at DESC, id DESC"),
        {userId, quizId}));
}

StoreResult<QList<QuizAnswerRecord>> QuizAttemptStore::answers(const Actor &actor, qint64 attemptId)
{
    if (StoreResult<qint64> owner =
            records::checkedOwner(m_db, actor, "quiz_attempts", attemptId, Access::Read, attemptName(attemptId));
        !owner)
        return owner.error();
    StoreResult<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT question_id, answer_json, points_awarded, points_possible, correct, duration_ms, "
                       "answered_at FROM quiz_answers WHERE attempt_id = ? ORDER BY id"),
        {attemptId});
    if (!q)
        return q.error();
    QList<QuizAnswerRecord> list;
    while (q->next()) {
        QuizAnswerRecord a;
        a.questionId = q->value(0).toString();
        a.answerJson = q->value(1).toString();
        a.pointsAwarded = q->value(2).toDouble();
        a.pointsPossible = q->value(3).toDouble();
        a.correct = q->value(4).toInt() != 0;
        if (!q->value(5).isNull())
            a.durationMs = q->value(5).toLongLong();
        a.answeredAt = fromSqlTime(q->value(6));
        list.append(a);
    }
    return list;
}

StoreResult<QList<QuizAttempt>> QuizAttemptStore::attempts(const Actor &actor, qint64 userId, const QString &quizId)
{
    if (const StoreStatus allowed = records::checkAccess(actor, userId, Access::Read); !allowed)
        return allowed.error();
    if (quizId.isEmpty())
        return selectAttempts(QStringLiteral("WHERE user_id = ? ORDER BY started_at DESC, id DESC"), {userId});
    return selectAttempts(QStringLiteral("WHERE user_id = ? AND quiz_id = ? ORDER BY started_at DESC, id DESC"),
                          {userId, quizId});
}

} // namespace dojo
