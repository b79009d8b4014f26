// Scoring of a typed reply in a role-play (a scenario node's `free_reply`): which required elements it
// contains, which forbidden phrases it uses, whether its length and reply time are within bounds, and
// one plain sentence for every point gained or lost.
//
// The rules (docs/scoring.md, "Free replies"):
//   required element  found when ANY of its phrases occurs (after normalizedForMatch(), see
//                     textmatch.h) or ANY of its patterns matches (QRegularExpression, case-insensitive,
//                     Unicode properties, matched against the NFKC text); found → its `scores`.
//   pass              at least `pass` elements found (default: all of them).
//   forbidden rule    any phrase or pattern found → −penalty::forbiddenPhrase compliance, and a hit of
//                     its landmine if it names one. Each rule counts once.
//   length            characterCount() below min_length → −penalty::tooShort attitude; above
//                     max_length → −penalty::tooLong speed.
//   reply time        speedPenalty(replyMs, target): target_seconds, else the scenario's target.
//   An invalid pattern never matches and is reported in `problems`; it does not stop scoring.
#pragma once

#include "content/model.h"

#include <QJsonObject>
#include <QStringList>

namespace dojo {

struct ForbiddenHit {
    int rule = -1;    // index into FreeReply::forbidden
    QString matched;  // the phrase (or the text the pattern matched)
    QString landmine; // landmine id, may be empty
};

struct FreeReplyResult {
    bool passed = false;
    int found = 0;               // required elements found
    int required = 0;            // required elements in the reply's definition
    int passCount = 0;           // how many were needed
    QStringList foundElements;   // element ids, in definition order
    QStringList missingElements; // element ids, in definition order
    QList<ForbiddenHit> forbidden;
    QStringList landmines; // landmine ids hit, in rule order, no repeats
    int length = 0;        // characterCount() of the reply
    bool tooShort = false;
    bool tooLong = false;
    qint64 replyMs = 0;
    int targetSeconds = 0;    // 0 = not timed
    bool late = false;        // slower than the target (speed penalty applied)
    ScoreDeltas scores;       // everything above added up
    QStringList explanations; // for the trainee: one line per point gained or lost, then pass/fail
    QStringList problems;     // for the trainer: invalid patterns

    QJsonObject toJson() const; // found/missing ids, forbidden hits, length, timing, scores, passed
};

class FreeReplyScorer {
public:
    // Rubric and landmines only provide the names used in explanations.
    explicit FreeReplyScorer(QList<RubricDimension> rubric = {}, QList<Landmine> landmines = {});

    // `scenarioTargetSeconds` is used when the reply has no target_seconds of its own.
    FreeReplyResult score(const FreeReply &reply, const QString &text, qint64 replyMs,
                          int scenarioTargetSeconds = 0) const;

    // What is wrong with the reply's patterns ("element “plan”: pattern “(加急” is invalid: missing
    // closing parenthesis at offset 3"); empty when all compile. For the validator and the studio.
    static QStringList checkPatterns(const FreeReply &reply);

    // The number of required elements a reply needs to pass (resolves the default "all").
    static int effectivePassCount(const FreeReply &reply);

private:
    QList<RubricDimension> m_rubric;
    QList<Landmine> m_landmines;
};

} // namespace dojo
