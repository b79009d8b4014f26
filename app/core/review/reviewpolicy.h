// What enters a trainee's review queue, and how each new answer to a queued item is rated for FSRS
// (fsrs.h). The storage layer keeps one FsrsCard per trainee and item key; this header decides when a
// card is created and which Rating each later answer gives it. Rules and examples: docs/scoring.md,
// "Review queue".
//
//   enters the queue   a quiz question not answered fully right (wrong, partial or unanswered);
//                      a scenario decision that was wrong: an option whose points add up below zero or
//                      that is a landmine, or a free reply that failed or hit a landmine.
//   rating, question   wrong / unanswered → Again, partial → Hard, right → Good,
//                      right within fastAnswerMs(type) → Easy.
//   rating, decision   wrong → Again, the best run's choice → Good (Easy when also within half the
//                      reply target), any other choice → Hard.
// An item already in the queue is rated every time the trainee meets it again, in a quiz, a
// scenario or a review session; it never leaves the queue, FSRS just spaces it out.
#pragma once

#include "review/fsrs.h"
#include "scoring/quizgrading.h"
#include "scoring/scenariorun.h"

#include <optional>

namespace dojo {

// The stable name of a reviewable item: "question:<question id>" or "decision:<scenario id>/<node id>".
struct ReviewItemKey {
    enum class Kind { Question, Decision };
    Kind kind = Kind::Question;
    QString id;     // question id, or scenario id
    QString nodeId; // decisions only

    static ReviewItemKey question(const QString &questionId);
    static ReviewItemKey decision(const QString &scenarioId, const QString &nodeId);
    QString toString() const;
    // The key without its kind: "<question id>" or "<scenario id>/<node id>" (for stores that keep the
    // kind in a column of its own).
    QString itemId() const;
    static std::optional<ReviewItemKey> parse(const QString &key);

    friend bool operator==(const ReviewItemKey &, const ReviewItemKey &) = default;
};

class ReviewPolicy {
public:
    static bool entersQueue(const GradeResult &result);
    static bool entersQueue(const TurnResult &turn);

    static Rating rating(const GradeResult &result, QuestionType type, qint64 answerMs);
    static Rating rating(const TurnResult &turn);

    // A right answer faster than this is "easy": 10 s for single and true/false, 20 s for the others.
    static qint64 fastAnswerMs(QuestionType type);
};

} // namespace dojo
