#include "storage/reviewstore.h"

#include "storage/database.h"
#include "storage/recordaccess.h"

namespace dojo {

using records::Access;

namespace {
QString cardName(qint64 id) { return StoreText::tr("review card %1").arg(id); }

StoreStatus checkLogEntry(const ReviewLogEntry &entry)
{
    if (entry.rating < 1 || entry.rating > 4)
        return StoreError{StoreError::Code::InvalidInput,
                          StoreText::tr("A review rating is 1 (again) to 4 (easy), not %1.").arg(entry.rating)};
    if (!entry.reviewedAt.isValid() || !entry.dueAfter.isValid())
        return StoreError{StoreError::Code::InvalidInput,
                          StoreText::tr("A review needs the time it happened and the next due time.")};
    return {};
}
} // namespace

QString reviewItemKindCode(ReviewItemKind kind)
{
    return kind == ReviewItemKind::ScenarioDecision ? QStringLiteral("scenario-decision") : QStringLiteral("question");
}

std::optional<ReviewItemKind> reviewItemKindFromCode(const QString &code)
{
    if (code == QLatin1String("question"))
        return ReviewItemKind::Question;
    if (code == QLatin1String("scenario-decision"))
        return ReviewItemKind::ScenarioDecision;
    return std::nullopt;
}

int reviewCardStateCode(ReviewCardState state)
{
    switch (state) {
    case ReviewCardState::New:
        return 0;
    case ReviewCardState::Learning:
        return 1;
    case ReviewCardState::Review:
        return 2;
    case ReviewCardState::Relearning:
        return 3;
    }
    return 0;
}

std::optional<ReviewCardState> reviewCardStateFromCode(int code)
{
    switch (code) {
    case 0:
        return ReviewCardState::New;
    case 1:
        return ReviewCardState::Learning;
    case 2:
        return ReviewCardState::Review;
    case 3:
        return ReviewCardState::Relearning;
    default:
        return std::nullopt;
    }
}

ReviewStore::ReviewStore(Database &db) : m_db(db) {}

StoreResult<QList<ReviewCardRecord>> ReviewStore::selectCards(const QString &where, const QVariantList &binds)
{
    StoreResult<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT id, user_id, item_kind, item_id, stability, difficulty, due, last_review, reps, lapses, "
                       "state, step FROM review_cards ")
            + where,
        binds);
    if (!q)
        return q.error();
    QList<ReviewCardRecord> list;
    while (q->next()) {
        ReviewCardRecord c;
        c.id = q->value(0).toLongLong();
        c.userId = q->value(1).toLongLong();
        c.itemKind = reviewItemKindFromCode(q->value(2).toString()).value_or(ReviewItemKind::Question);
        c.itemId = q->value(3).toString();
        c.stability = q->value(4).toDouble();
        c.difficulty = q->value(5).toDouble();
        c.due = fromSqlTime(q->value(6));
        c.lastReview = fromSqlTime(q->value(7));
        c.reps = q->value(8).toInt();
        c.lapses = q->value(9).toInt();
        c.state = reviewCardStateFromCode(q->value(10).toInt()).value_or(ReviewCardState::New);
        c.step = q->value(11).toInt();
        list.append(c);
    }
    return list;
}

StoreResult<QList<ReviewCardRecord>> ReviewStore::dueCards(const Actor &actor, qint64 userId, const QDateTime &now,
                                                           int limit)
{
    if (const StoreStatus allowed = records::checkAccess(actor, userId, Access::Read); !allowed)
        return allowed.error();
    QString where = QStringLiteral("WHERE user_id = ? AND due <= ? ORDER BY due, id");
    QVariantList binds{userId, toSqlTime(now)};
    if (limit > 0) {
        where += QStringLiteral(" LIMIT ?");
        binds.append(limit);
    }
    return selectCards(where, binds);
}

StoreResult<std::optional<ReviewCardRecord>> ReviewStore::card(const Actor &actor, qint64 userId, ReviewItemKind kind,
                                                               const QString &itemId)
{
    if (const StoreStatus allowed = records::checkAccess(actor, userId, Access::Read); !allowed)
        return allowed.error();
    return records::firstIfAny(selectCards(QStringLiteral("WHERE user_id = ? AND item_kind = ? AND item_id = ?"),
                                           {userId, reviewItemKindCode(kind), itemId}));
}

StoreResult<ReviewCardRecord> ReviewStore::upsertCard(const Actor &actor, const ReviewCardRecord &card)
{
    if (const StoreStatus allowed = records::checkAccess(actor, card.userId, Access::Write); !allowed)
        return allowed.error();
    if (card.itemId.isEmpty() || !card.due.isValid())
        return StoreError{StoreError::Code::InvalidInput, StoreText::tr("A review card needs its item id and due time.")};
    ReviewCardRecord stored = card;
    const StoreStatus written = m_db.write([&]() -> StoreStatus {
        StoreResult<qint64> id = m_db.insert(
            QStringLiteral("INSERT INTO review_cards (user_id, item_kind, item_id, stability, difficulty, due, "
                           "last_review, reps, lapses, state, step) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (user_id, item_kind, item_id) DO UPDATE SET stability = excluded.stability, "
                           "difficulty = excluded.difficulty, due = excluded.due, last_review = excluded.last_review, "
                           "reps = excluded.reps, lapses = excluded.lapses, state = excluded.state, "
                           "step = excluded.step RETURNING id"),
            {card.userId, reviewItemKindCode(card.itemKind), card.itemId, card.stability, card.difficulty,
             toSqlTime(card.due), toSqlTime(card.lastReview), card.reps, card.lapses,
             reviewCardStateCode(card.state), card.step});
        if (!id)
            return id.error();
        stored.id = *id;
        return {};
    });
    if (!written)
        return written.error();
    return stored;
}

StoreStatus ReviewStore::logReview(const Actor &actor, qint64 cardId, const ReviewLogEntry &entry)
{
    if (const StoreStatus valid = checkLogEntry(entry); !valid)
        return valid;
    return m_db.write([&]() -> StoreStatus {
        if (StoreResult<qint64> owner =
                records::checkedOwner(m_db, actor, "review_cards", cardId, Access::Write, cardName(cardId));
            !owner)
            return owner.error();
        return m_db.execute(
            QStringLiteral("INSERT INTO review_log (card_id, rating, reviewed_at, duration_ms, state_after, due_after) "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            {cardId, entry.rating, toSqlTime(entry.reviewedAt),
             entry.durationMs ? QVariant(*entry.durationMs) : records::nullInt(),
             reviewCardStateCode(entry.stateAfter), toSqlTime(entry.dueAfter)});
    });
}

StoreResult<ReviewCardRecord> ReviewStore::recordReview(const Actor &actor, const ReviewCardRecord &cardAfter,
                                                        const ReviewLogEntry &entry)
{
    if (const StoreStatus valid = checkLogEntry(entry); !valid)
        return valid.error();
    std::optional<ReviewCardRecord> stored;
    const StoreStatus written = m_db.write([&]() -> StoreStatus {
        StoreResult<ReviewCardRecord> card = upsertCard(actor, cardAfter);
        if (!card)
            return card.error();
        stored = *card;
        return logReview(actor, card->id, entry);
    });
    if (!written)
        return written.error();
    return *stored;
}

StoreResult<QList<ReviewLogEntry>> ReviewStore::reviewLog(const Actor &actor, qint64 cardId)
{
    if (StoreResult<qint64> owner = records::checkedOwner(m_db, actor, "review_cards", cardId, Access::Read, cardName(cardId));
        !owner)
        return owner.error();
    StoreResult<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT rating, reviewed_at, duration_ms, state_after, due_after FROM review_log "
                       "WHERE card_id = ? ORDER BY reviewed_at, id"),
        {cardId});
    if (!q)
        return q.error();
    QList<ReviewLogEntry> list;
    while (q->next()) {
        ReviewLogEntry e;
        e.rating = q->value(0).toInt();
        e.reviewedAt = fromSqlTime(q->value(1));
        if (!q->value(2).isNull())
            e.durationMs = q->value(2).toLongLong();
        e.stateAfter = reviewCardStateFromCode(q->value(3).toInt()).value_or(ReviewCardState::New);
        e.dueAfter = fromSqlTime(q->value(4));
        list.append(e);
    }
    return list;
}

} // namespace dojo
