#include "review/reviewrecorder.h"

#include <limits>

namespace dojo {

ReviewItemKind reviewItemKind(const ReviewItemKey &key)
{
    return key.kind == ReviewItemKey::Kind::Question ? ReviewItemKind::Question : ReviewItemKind::ScenarioDecision;
}

ReviewRecorder::ReviewRecorder(Database &db, FsrsScheduler scheduler) : m_db(db), m_scheduler(std::move(scheduler)) {}

FsrsCard ReviewRecorder::toFsrs(const ReviewCardRecord &record)
{
    FsrsCard card;
    card.stability = record.stability;
    card.difficulty = record.difficulty;
    card.due = record.due;
    card.lastReview = record.lastReview;
    card.reps = record.reps;
    card.lapses = record.lapses;
    card.state = static_cast<FsrsCard::State>(reviewCardStateCode(record.state));
    card.step = record.step;
    return card;
}

void ReviewRecorder::fromFsrs(const FsrsCard &card, ReviewCardRecord *record)
{
    record->stability = card.stability;
    record->difficulty = card.difficulty;
    record->due = card.due;
    record->lastReview = card.lastReview;
    record->reps = card.reps;
    record->lapses = card.lapses;
    record->state = reviewCardStateFromCode(static_cast<int>(card.state)).value_or(ReviewCardState::New);
    record->step = card.step;
}

StoreResult<std::optional<ReviewCardRecord>> ReviewRecorder::recordQuestion(const Actor &actor, qint64 userId,
                                                                            const QString &questionId,
                                                                            QuestionType type,
                                                                            const GradeResult &result,
                                                                            qint64 answerMs, const QDateTime &now)
{
    return record(actor, userId, ReviewItemKey::question(questionId), ReviewPolicy::entersQueue(result),
                  ReviewPolicy::rating(result, type, answerMs), now, answerMs);
}

StoreResult<std::optional<ReviewCardRecord>> ReviewRecorder::recordDecision(const Actor &actor, qint64 userId,
                                                                            const QString &scenarioId,
                                                                            const TurnResult &turn,
                                                                            const QDateTime &now)
{
    if (!turn.accepted || turn.nodeId.isEmpty())
        return std::optional<ReviewCardRecord>{};
    return record(actor, userId, ReviewItemKey::decision(scenarioId, turn.nodeId), ReviewPolicy::entersQueue(turn),
                  ReviewPolicy::rating(turn), now, turn.replyMs);
}

StoreResult<ReviewCardRecord> ReviewRecorder::rate(const Actor &actor, qint64 userId, const ReviewItemKey &key,
                                                   Rating rating, const QDateTime &now,
                                                   std::optional<qint64> durationMs)
{
    auto stored = record(actor, userId, key, true, rating, now, durationMs);
    if (!stored.ok())
        return stored.error();
    return *stored.value();
}

StoreResult<std::optional<ReviewCardRecord>> ReviewRecorder::record(const Actor &actor, qint64 userId,
                                                                    const ReviewItemKey &key, bool enters,
                                                                    Rating rating, const QDateTime &now,
                                                                    std::optional<qint64> durationMs)
{
    ReviewStore store(m_db);
    auto existing = store.card(actor, userId, reviewItemKind(key), key.itemId());
    if (!existing.ok())
        return existing.error();
    ReviewCardRecord card;
    if (existing.value()) {
        card = *existing.value();
    } else {
        if (!enters)
            return std::optional<ReviewCardRecord>{};
        card.userId = userId;
        card.itemKind = reviewItemKind(key);
        card.itemId = key.itemId();
    }
    const int ms = durationMs && *durationMs >= 0 && *durationMs < std::numeric_limits<int>::max()
                       ? static_cast<int>(*durationMs)
                       : -1;
    const FsrsReview reviewed = m_scheduler.review(toFsrs(card), rating, now.toUTC(), ms);
    fromFsrs(reviewed.card, &card);
    ReviewLogEntry entry;
    entry.rating = static_cast<int>(rating);
    entry.reviewedAt = now.toUTC();
    entry.durationMs = durationMs;
    entry.stateAfter = card.state;
    entry.dueAfter = card.due;
    auto saved = store.recordReview(actor, card, entry);
    if (!saved.ok())
        return saved.error();
    return std::optional<ReviewCardRecord>(saved.value());
}

} // namespace dojo
