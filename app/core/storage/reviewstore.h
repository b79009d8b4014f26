// The review queue: per trainee, one card per question or scenario decision they got wrong, holding
// the FSRS scheduler's state as plain fields (the maths is in app/core/review), and a log of every
// review. The trainee writes their own cards; they and managers read them.
#pragma once

#include "auth/actor.h"
#include "storage/storeerror.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace dojo {

class Database;

enum class ReviewItemKind { Question, ScenarioDecision };
QString reviewItemKindCode(ReviewItemKind kind); // "question", "scenario-decision"
std::optional<ReviewItemKind> reviewItemKindFromCode(const QString &code);

// FSRS card states with their fixed stored codes.
enum class ReviewCardState { New = 0, Learning = 1, Review = 2, Relearning = 3 };
int reviewCardStateCode(ReviewCardState state);
std::optional<ReviewCardState> reviewCardStateFromCode(int code);

// Mirrors dojo::FsrsCard field for field, plus who and what it is for.
struct ReviewCardRecord {
    qint64 id = 0; // 0 until stored
    qint64 userId = 0;
    ReviewItemKind itemKind = ReviewItemKind::Question;
    QString itemId; // question id ("quiz/question") or scenario decision id ("scenario/node")
    double stability = 0;
    double difficulty = 0;
    QDateTime due;
    QDateTime lastReview; // null before the first review
    int reps = 0;
    int lapses = 0;
    ReviewCardState state = ReviewCardState::New;
    int step = 0;
};

struct ReviewLogEntry {
    int rating = 3; // 1 again, 2 hard, 3 good, 4 easy
    QDateTime reviewedAt;
    std::optional<qint64> durationMs;
    ReviewCardState stateAfter = ReviewCardState::New;
    QDateTime dueAfter;
};

class ReviewStore {
public:
    explicit ReviewStore(Database &db);

    // Cards of userId due at or before `now`, most overdue first; limit 0 = all.
    StoreResult<QList<ReviewCardRecord>> dueCards(const Actor &actor, qint64 userId, const QDateTime &now,
                                                  int limit = 0);
    StoreResult<std::optional<ReviewCardRecord>> card(const Actor &actor, qint64 userId, ReviewItemKind kind,
                                                      const QString &itemId);
    // Inserts or replaces the card of (userId, itemKind, itemId); returns it with its id.
    StoreResult<ReviewCardRecord> upsertCard(const Actor &actor, const ReviewCardRecord &card);
    StoreStatus logReview(const Actor &actor, qint64 cardId, const ReviewLogEntry &entry);
    // upsertCard + logReview in one transaction: the state after a review and its log line together.
    StoreResult<ReviewCardRecord> recordReview(const Actor &actor, const ReviewCardRecord &cardAfter,
                                               const ReviewLogEntry &entry);
    // Oldest first.
    StoreResult<QList<ReviewLogEntry>> reviewLog(const Actor &actor, qint64 cardId);

private:
    StoreResult<QList<ReviewCardRecord>> selectCards(const QString &where, const QVariantList &binds);

    Database &m_db;
};

} // namespace dojo
