// A review session: the trainee's review-queue cards that are due now, shown one at a time, each
// answered again, graded, rated for FSRS and stored (ReviewRecorder::rate), then a summary. Like an
// Anki session over the cards due when it starts.
//
//   due        ReviewStore::dueCards(user, now) at load(), most overdue first. `now` comes from the
//              clock given to the constructor, so tests run on a fake clock.
//   resolve    each card against the course loaded now: "question:<id>" → the quiz holding that
//              question (ids are unique across the course); "decision:<scenario>/<node>" → that node.
//              A card whose question, scenario or node no longer exists (or whose node has neither
//              options nor a free reply) is skipped and counted, never shown and never rated, so it
//              comes back if the content returns.
//   question   graded with QuizGrader; rating ReviewPolicy::rating(grade, type, ms). The question is
//              shown in the layout QuizLayout gives its quiz for the session's seed (ordering items and
//              matching answers always shuffled; options only when the quiz shuffles).
//   decision   the trainee picks an option (or types the free reply) at that node; the turn is played
//              by ScenarioRun from the node, with the customer in the mood they have there (referenceMood:
//              on the best run from the start if it passes the node, else on the shortest way there),
//              so `wrongDecision` (negative points or a landmine; a failed free reply) and `bestChoice`
//              (the best run's choice from this node and mood) are exactly the scenario player's rules;
//              rating ReviewPolicy::rating(turn): wrong → Again, other → Hard, best → Good, best within
//              half the reply target → Easy.
//   summary    how many were reviewed, per rating, how many were skipped, and when the next card of
//              the user falls due (content that vanished left out).
#pragma once

#include "auth/actor.h"
#include "content/model.h"
#include "review/fsrs.h"
#include "review/reviewpolicy.h"
#include "scoring/quizgrading.h"
#include "scoring/scenariorun.h"
#include "storage/reviewstore.h"
#include "storage/storeerror.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace dojo {

class Database;

// One due card resolved against the course. Holds copies, so it stays valid if the course reloads.
struct ReviewItem {
    ReviewItemKey key;
    ReviewCardRecord card; // as it was at load()

    // Questions: the quiz it belongs to (for its title and layout) and the question.
    QString quizId;
    QString quizTitle;
    Question question;
    QuestionLayout layout; // how to show it (original indices; see quizgrading.h)

    // Decisions: the scenario (for persona, rubric context and the best run) and the node.
    Scenario scenario;
    QString nodeId;
    int mood = 50; // the customer's mood at the node (referenceMood)

    bool isQuestion() const { return key.kind == ReviewItemKey::Kind::Question; }
    const ScenarioNode *node() const { return scenario.node(nodeId); }
};

// What one answer in the session did.
struct ReviewAnswer {
    Rating rating = Rating::Again;
    qint64 durationMs = -1;
    std::optional<GradeResult> grade; // questions
    std::optional<TurnResult> turn;   // decisions
    int bestOptionIndex = -1;         // decisions with options: the best run's choice at the node, -1 if none
    ReviewCardRecord cardAfter;       // as stored; cardAfter.due is when the item comes back

    // The answer was right: a question fully right, a decision that was the best run's choice.
    bool right() const;
};

struct ReviewSummary {
    int reviewed = 0;
    int again = 0;
    int hard = 0;
    int good = 0;
    int easy = 0;
    int skipped = 0; // due cards whose content no longer exists
    int remaining = 0; // shown but not answered (the session was left early)
    // When the user's next card falls due, resolvable cards only; invalid when the queue is empty.
    // It may be at or before `now` when a card became due during the session.
    QDateTime nextDue;
};

class ReviewSession {
public:
    using Clock = std::function<QDateTime()>;

    // `clock` defaults to QDateTime::currentDateTimeUtc. `course` must outlive the session.
    ReviewSession(Database &db, const Course &course, Actor actor, qint64 userId, Clock clock = {},
                  FsrsScheduler scheduler = {});

    // Reads the cards due now and resolves them; resets the session. `seed` chooses the layout of
    // shuffled questions (0: a fresh random seed).
    StoreStatus load(quint64 seed = 0);

    const QList<ReviewItem> &items() const { return m_items; }
    int skippedCount() const { return int(m_skipped.size()); }
    const QStringList &skippedKeys() const { return m_skipped; } // "question:…" / "decision:…/…"

    int position() const { return m_position; } // index of the current item; == items().size() at the end
    bool isFinished() const { return m_position >= m_items.size(); }
    const ReviewItem *current() const;
    // The answer to the current item once given (then next() moves on), else nullptr.
    const ReviewAnswer *currentAnswer() const;

    // Answer the current item. Each stores the rating and returns what happened; an item can be
    // answered once (a second call, or the wrong kind of answer, is InvalidInput and stores nothing).
    StoreResult<ReviewAnswer> answerQuestion(const QuizAnswer &answer, qint64 answerMs);
    StoreResult<ReviewAnswer> chooseOption(int optionIndex, qint64 replyMs);
    StoreResult<ReviewAnswer> freeReply(const QString &text, qint64 replyMs);
    // Moves past the current item (answered or not: an unanswered item is simply not rated).
    void next();

    ReviewSummary summary() const;

    // When the user's next resolvable card is due (any time, due or not), invalid when none.
    StoreResult<QDateTime> nextDue() const;
    // How many of the user's cards are due now and resolvable, without loading a session.
    static StoreResult<int> dueCount(Database &db, const Course &course, const Actor &actor, qint64 userId,
                                     const QDateTime &now);

    // Resolution against the course, nullopt when the content is gone. `seed` is the layout seed of
    // a question's quiz (QuizLayout::build).
    static std::optional<ReviewItem> resolve(const Course &course, const ReviewCardRecord &card,
                                             quint64 seed = 0);
    // The customer's mood when the conversation reaches `nodeId`: along the best run from the start
    // when it passes there, else along the fewest turns; the persona's mood when unreachable.
    static int referenceMood(const Scenario &scenario, const QString &nodeId);
    // The key a stored card stands for.
    static std::optional<ReviewItemKey> keyOf(const ReviewCardRecord &card);

private:
    StoreResult<ReviewAnswer> store(ReviewAnswer answer);
    StoreResult<ReviewAnswer> decide(const std::function<TurnResult(ScenarioRun &)> &play, qint64 replyMs);

    Database &m_db;
    const Course &m_course;
    Actor m_actor;
    qint64 m_userId = 0;
    Clock m_clock;
    FsrsScheduler m_scheduler;

    QList<ReviewItem> m_items;
    QList<std::optional<ReviewAnswer>> m_answers; // parallel to m_items
    QStringList m_skipped;
    int m_position = 0;
};

} // namespace dojo
