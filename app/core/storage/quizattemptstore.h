// Quiz attempts and their answers. Each answer is committed when given (recordAnswer returns after the
// commit), so an attempt interrupted by a crash is resumed from unfinishedAttempt() + answers().
// Each question is answered once per attempt: a second answer to the same question is not stored, the
// first one stands (RecordWrite::AlreadyRecorded), so a retried write after a crash is harmless.
// The trainee writes their own attempts; they and managers read them.
#pragma once

#include "auth/actor.h"
#include "storage/storeerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace dojo {

class Database;

enum class QuizMode { Practice, Test };
QString quizModeCode(QuizMode mode); // "practice", "test"
std::optional<QuizMode> quizModeFromCode(const QString &code);

struct QuizAttempt {
    qint64 id = 0;
    qint64 userId = 0;
    QString quizId;
    QByteArray contentHash;
    QuizMode mode = QuizMode::Practice;
    qint64 shuffleSeed = 0;
    QUuid registration; // one per attempt: the xAPI context.registration
    QDateTime startedAt;
    QDateTime finishedAt; // null while unfinished
    std::optional<double> score;
    std::optional<double> maxScore;
    std::optional<bool> passed;

    bool finished() const { return finishedAt.isValid(); }
};

struct QuizAnswerRecord {
    QString questionId;
    QString answerJson; // what the grading engine recorded, stored as given
    double pointsAwarded = 0;
    double pointsPossible = 0;
    bool correct = false;
    std::optional<qint64> durationMs; // time spent on the question, when known
    QDateTime answeredAt;
};

class QuizAttemptStore {
public:
    explicit QuizAttemptStore(Database &db);

    StoreResult<QuizAttempt> startAttempt(const Actor &actor, qint64 userId, const QString &quizId,
                                          const QByteArray &contentHash, QuizMode mode, qint64 shuffleSeed,
                                          const QDateTime &at);
    // Durable when it returns ok. Refused on a finished attempt.
    StoreResult<RecordWrite> recordAnswer(const Actor &actor, qint64 attemptId, const QuizAnswerRecord &answer);
    StoreStatus finishAttempt(const Actor &actor, qint64 attemptId, double score, double maxScore, bool passed,
                              const QDateTime &at);

    StoreResult<QuizAttempt> attempt(const Actor &actor, qint64 attemptId);
    // The latest unfinished attempt of the quiz, to resume after a crash or a closed window.
    StoreResult<std::optional<QuizAttempt>> unfinishedAttempt(const Actor &actor, qint64 userId,
                                                              const QString &quizId);
    // In the order they were given.
    StoreResult<QList<QuizAnswerRecord>> answers(const Actor &actor, qint64 attemptId);
    // Newest first; an empty quizId means every quiz.
    StoreResult<QList<QuizAttempt>> attempts(const Actor &actor, qint64 userId, const QString &quizId = {});

private:
    StoreResult<QList<QuizAttempt>> selectAttempts(const QString &where, const QVariantList &binds);

    Database &m_db;
};

} // namespace dojo
