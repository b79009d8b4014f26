// Puts answers into the review queue: every place a trainee answers a question or takes a scenario
// decision (quiz player, role-play player, review session) calls this once per answer. It applies
// ReviewPolicy (what enters the queue, which rating an answer gives) and the FSRS scheduler, and
// stores the card with its log line in one transaction (ReviewStore::recordReview).
//   - an item not yet queued enters only when the policy says so (a wrong or partial answer);
//   - an item already queued is rated by every answer, right or wrong.
#pragma once

#include "auth/actor.h"
#include "review/fsrs.h"
#include "review/reviewpolicy.h"
#include "storage/reviewstore.h"
#include "storage/storeerror.h"

#include <QDateTime>

#include <optional>

namespace dojo {

class Database;

class ReviewRecorder {
public:
    explicit ReviewRecorder(Database &db, FsrsScheduler scheduler = {});

    // The card after the answer, or nullopt when the item did not enter (and was not in) the queue.
    StoreResult<std::optional<ReviewCardRecord>> recordQuestion(const Actor &actor, qint64 userId,
                                                                const QString &questionId, QuestionType type,
                                                                const GradeResult &result, qint64 answerMs,
                                                                const QDateTime &now);
    StoreResult<std::optional<ReviewCardRecord>> recordDecision(const Actor &actor, qint64 userId,
                                                                const QString &scenarioId,
                                                                const TurnResult &turn, const QDateTime &now);
    // Rates an item directly (a review session that already knows the rating). Creates the card when
    // it does not exist yet.
    StoreResult<ReviewCardRecord> rate(const Actor &actor, qint64 userId, const ReviewItemKey &key, Rating rating,
                                       const QDateTime &now, std::optional<qint64> durationMs = {});

    static FsrsCard toFsrs(const ReviewCardRecord &record);
    static void fromFsrs(const FsrsCard &card, ReviewCardRecord *record);

private:
    StoreResult<std::optional<ReviewCardRecord>> record(const Actor &actor, qint64 userId,
                                                        const ReviewItemKey &key, bool enters, Rating rating,
                                                        const QDateTime &now, std::optional<qint64> durationMs);

    Database &m_db;
    FsrsScheduler m_scheduler;
};

ReviewItemKind reviewItemKind(const ReviewItemKey &key);

} // namespace dojo
