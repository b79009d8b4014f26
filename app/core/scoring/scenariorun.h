// A role-play in progress: ScenarioRun walks a Scenario one decision at a time, keeps the customer's
// mood, scores every turn on the course rubric, ends early when the mood crosses the scenario's floor
// or ceiling, and scores the whole run 0–100 per dimension and overall against the best run.
//
// The rules (docs/scoring.md, "Scenarios"), in short:
//   turn      an option gives its `scores`; a free reply gives what FreeReplyScorer finds. A reply slower
//             than the target (scenario target_reply_seconds, or the free reply's target_seconds) costs
//             speed: speedPenalty(). Mood changes by the option's `mood` (free reply: mood_pass or
//             mood_fail) and is clamped to 0–100.
//   mood      when the mood drops to or below mood_floor (or reaches mood_ceiling) on a turn that moved
//             it that way, the run goes to that limit's ending instead of the option's `next`.
//   best run  bestPath(): the run with the fewest landmines, then the best outcome (resolved >
//             escalated > lost), then the most rubric points in total, then the fewest turns. Options
//             are assumed on time, free replies assumed to contain every required element. A node is
//             never visited twice, so loops cannot be farmed.
//   dimension `best` and `yours` are the points of the dimension in the best run and in this run.
//             Where the best run earns points (best > 0): score = 100 × yours / best. Where it can
//             only lose them (compliance, speed, usually): score = 100 − 10 × (best − yours). Both
//             clamped to 0–100; the best run therefore scores 100 everywhere.
//   caps      landmines: compliance at most 40 / 20 / 0 for 1 / 2 / 3+ hits, and overall at most
//             60 / 40 / 20. An ending worse than the best run's caps resolution at 60 (one step worse)
//             or 30 (two steps: resolved → lost).
//   overall   the mean of the assessed dimensions (those the scenario can change), rounded.
//
// A run is deterministic: replaying the stored turns (choose / freeReply with the same arguments)
// rebuilds the same state, which is how an interrupted run is resumed.
#pragma once

#include "content/model.h"
#include "scoring/freereplyscorer.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dojo {

QString outcomeName(Outcome outcome); // "resolved", "escalated", "lost"

struct LandmineHit {
    QString id;
    QString name; // from the course, for display
};

struct TurnResult {
    bool accepted = false; // false: the call did not fit the run's state; see `error`, nothing changed
    QString error;

    int turn = 0;         // 1-based
    QString nodeId;       // where the decision was taken
    int optionIndex = -1; // -1 for a free reply
    QString replyText;    // free reply only
    qint64 replyMs = 0;
    int targetSeconds = 0; // 0 = not timed
    bool late = false;

    int moodBefore = 0;
    int moodAfter = 0;
    bool moodLimit = false; // the mood crossed the floor or ceiling and decided where the run went

    ScoreDeltas scores; // points of this turn per dimension, speed penalty included
    QList<LandmineHit> landmines;
    QString feedback;         // the option's feedback from the content (empty for free replies)
    QStringList explanations; // for the trainee, in order
    std::optional<FreeReplyResult> freeReply;

    QString nextId; // the node or ending the run went to
    bool finished = false;
    QString endingId;                // when finished
    Outcome outcome = Outcome::Lost; // when finished

    bool bestChoice = false;    // the choice the best run from this node makes
    bool wrongDecision = false; // option with negative total points or a landmine; failed free reply or
                                // one with a landmine. Wrong decisions enter the review queue.

    QJsonObject toJson() const;
};

struct DimensionScore {
    QString id;
    QString name;
    bool assessed = false; // the scenario can change this dimension; only these make up `overall`
    int points = 0;        // this run
    int bestPoints = 0;    // the best run
    int score = 100;       // 0–100, caps applied
    int cap = 100;         // the cap that applied (100 = none)
};

struct RubricScore {
    QList<DimensionScore> dimensions; // in rubric order
    int overall = 0;
    int overallCap = 100;
    int landmineHits = 0;
    bool finished = false;
    QStringList explanations; // the caps that applied, in words

    // The 0–100 score of a dimension, or -1 when it is not assessed or unknown.
    int score(const QString &dimensionId) const;
    // {"overall":72,"landmines":1,"finished":true,"dimensions":{"attitude":{"score":80,"points":4,
    //  "best":5,"cap":100},…}} — assessed dimensions only.
    QJsonObject toJson() const;
};

struct PathStep {
    QString nodeId;
    int optionIndex = -1;         // -1: the free reply
    bool freeReplyPassed = false; // free reply only
    ScoreDeltas scores;
    QString landmine;
    int moodAfter = 0;
    QString nextId;
};

struct ScenarioPath {
    QList<PathStep> steps;
    bool reachesEnding = false;
    QString endingId;
    Outcome outcome = Outcome::Lost;
    ScoreDeltas points;
    int landmines = 0;
    bool complete = true; // false: the search hit its budget and this is the best run found so far
};

class ScenarioRun {
public:
    // Rubric and landmines come from the course; an empty rubric means defaultRubric().
    explicit ScenarioRun(Scenario scenario, QList<RubricDimension> rubric = {},
                         QList<Landmine> landmines = {});
    ScenarioRun(const Course &course, const Scenario &scenario);

    bool isValid() const; // the start node exists
    const Scenario &scenario() const { return m_scenario; }

    QString currentNodeId() const { return m_finished ? QString() : m_node; }
    const ScenarioNode *currentNode() const;
    int mood() const { return m_mood; }
    bool isFinished() const { return m_finished; }
    const Ending *ending() const;
    std::optional<Outcome> outcome() const;
    const QList<TurnResult> &turns() const { return m_turns; }
    const ScoreDeltas &points() const { return m_points; }
    int landmineHits() const { return m_landmineHits; }

    // Pick option `optionIndex` of the current node after `replyMs` of thinking.
    TurnResult choose(int optionIndex, qint64 replyMs);
    // Answer the current node's free reply with `text`, typed in `replyMs`.
    TurnResult freeReply(const QString &text, qint64 replyMs);

    // The run's score so far; final once isFinished().
    RubricScore score() const;

    // The best run from the start (cached), for the debrief's "your path beside the best path".
    const ScenarioPath &bestPath() const;
    // The best run from any node and mood.
    static ScenarioPath findBestPath(const Scenario &scenario, const QString &fromNode, int mood);

    static constexpr int kSearchBudget = 100000; // node expansions before findBestPath gives up

private:
    TurnResult begin(qint64 replyMs);
    void finishTurn(TurnResult &turn, int moodChange, const QString &next);

    Scenario m_scenario;
    QList<RubricDimension> m_rubric;
    QList<Landmine> m_landmines;
    QString m_node;
    QString m_endingId;
    int m_mood = 50;
    bool m_finished = false;
    QList<TurnResult> m_turns;
    ScoreDeltas m_points;
    int m_landmineHits = 0;
    mutable std::optional<ScenarioPath> m_best;
};

} // namespace dojo
