#include "scoring/scenariorun.h"

#include "scoring/rubric.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace dojo {

namespace {

QString quoted(const QString &s)
{
    return QStringLiteral("“") + s + QStringLiteral("”");
}

int clampMood(int mood)
{
    return std::clamp(mood, 0, 100);
}

int outcomeRank(Outcome o)
{
    switch (o) {
    case Outcome::Resolved:
        return 2;
    case Outcome::Escalated:
        return 1;
    case Outcome::Lost:
        return 0;
    }
    return 0;
}

// Where a turn goes once its mood change is applied: the option's `next`, unless the mood crossed a
// limit on a turn that moved it that way (so a run redirected to a node does not trigger again on a
// neutral turn, and content that starts at the limit still ends on the next bad turn).
struct MoodStep {
    int after = 0;
    QString target;
    enum class Limit { None, Floor, Ceiling } limit = Limit::None;
};

MoodStep applyMood(const Scenario &s, int before, int change, const QString &next)
{
    MoodStep m;
    m.after = clampMood(before + change);
    m.target = next;
    const MoodLimit &floor = s.moodFloor;
    const MoodLimit &ceiling = s.moodCeiling;
    if (floor.value >= 0 && !floor.ending.isEmpty() && m.after <= floor.value &&
        (before > floor.value || change < 0)) {
        m.target = floor.ending;
        m.limit = MoodStep::Limit::Floor;
    } else if (ceiling.value >= 0 && !ceiling.ending.isEmpty() && m.after >= ceiling.value &&
               (before < ceiling.value || change > 0)) {
        m.target = ceiling.ending;
        m.limit = MoodStep::Limit::Ceiling;
    }
    return m;
}

ScoreDeltas allElementScores(const FreeReply &reply)
{
    ScoreDeltas sum;
    for (const ReplyElement &e : reply.required)
        addDeltas(sum, e.scores);
    return sum;
}

QString failTarget(const FreeReply &reply)
{
    return reply.failNext.isEmpty() ? reply.next : reply.failNext;
}

// Depth-first over simple paths (no node twice), keeping the best complete run. Content graphs are
// small (tens of nodes, 2–5 options), so exhaustive search is affordable; the budget keeps a
// pathological graph from hanging the app. Candidates are compared by a small key, and a path is only
// copied when it beats the best so far.
class BestPathSearch {
public:
    explicit BestPathSearch(const Scenario &s) : m_s(s), m_visited(s.nodes.size(), false)
    {
        for (qsizetype i = 0; i < s.nodes.size(); ++i)
            m_nodeIndex.insert(s.nodes[i].id, int(i));
        for (qsizetype i = 0; i < s.endings.size(); ++i)
            m_endingIndex.insert(s.endings[i].id, int(i));
    }

    ScenarioPath run(const QString &from, int mood)
    {
        if (const int i = m_nodeIndex.value(from, -1); i >= 0)
            visit(i, clampMood(mood));
        m_best.complete = !m_exhausted;
        return m_best;
    }

private:
    // Better by the best-run order: fewer landmines, better outcome, more points, fewer turns.
    struct Key {
        int landmines = 0;
        int outcome = 0;
        int points = 0;
        qsizetype turns = 0;
        bool betterThan(const Key &o) const
        {
            if (landmines != o.landmines)
                return landmines < o.landmines;
            if (outcome != o.outcome)
                return outcome > o.outcome;
            if (points != o.points)
                return points > o.points;
            return turns < o.turns;
        }
    };

    void visit(int nodeIndex, int mood)
    {
        if (--m_budget < 0) {
            m_exhausted = true;
            return;
        }
        const ScenarioNode &n = m_s.nodes[nodeIndex];
        m_visited[nodeIndex] = true;
        if (n.freeReply) {
            const FreeReply &fr = *n.freeReply;
            take({n.id, -1, true, allElementScores(fr), {}, 0, {}}, mood, fr.moodPass, fr.next);
            if (FreeReplyScorer::effectivePassCount(fr) > 0)
                take({n.id, -1, false, {}, {}, 0, {}}, mood, fr.moodFail, failTarget(fr));
        } else {
            for (qsizetype i = 0; i < n.options.size() && !m_exhausted; ++i) {
                const ScenarioOption &o = n.options[i];
                take({n.id, int(i), false, o.scores, o.landmine, 0, {}}, mood, o.mood, o.next);
            }
        }
        m_visited[nodeIndex] = false;
    }

    void take(PathStep step, int mood, int change, const QString &next)
    {
        const MoodStep m = applyMood(m_s, mood, change, next);
        step.moodAfter = m.after;
        step.nextId = m.target;
        const int points = totalPoints(step.scores);
        const int mine = step.landmine.isEmpty() ? 0 : 1;
        m_steps.append(std::move(step));
        m_points += points;
        m_landmines += mine;

        if (const int e = m_endingIndex.value(m.target, -1); e >= 0) {
            const Key key{m_landmines, outcomeRank(m_s.endings[e].outcome), m_points, m_steps.size()};
            if (!m_best.reachesEnding || key.betterThan(m_bestKey))
                keep(key, m_s.endings[e]);
        } else if (const int n = m_nodeIndex.value(m.target, -1); n >= 0 && !m_visited[n]) {
            visit(n, m.after);
        }

        m_landmines -= mine;
        m_points -= points;
        m_steps.removeLast();
    }

    void keep(const Key &key, const Ending &ending)
    {
        m_bestKey = key;
        m_best = {};
        m_best.steps = m_steps;
        m_best.reachesEnding = true;
        m_best.endingId = ending.id;
        m_best.outcome = ending.outcome;
        m_best.landmines = m_landmines;
        for (const PathStep &st : std::as_const(m_steps))
            addDeltas(m_best.points, st.scores);
    }

    const Scenario &m_s;
    QHash<QString, int> m_nodeIndex;
    QHash<QString, int> m_endingIndex;
    QList<bool> m_visited;
    int m_budget = ScenarioRun::kSearchBudget;
    bool m_exhausted = false;
    QList<PathStep> m_steps;
    int m_points = 0;
    int m_landmines = 0;
    ScenarioPath m_best;
    Key m_bestKey;
};

// The dimensions a scenario can move: those its options and elements give points in, speed when
// replies are timed or may be too long, attitude when they may be too short, compliance when a
// landmine or forbidden phrase exists, resolution when it can end in more than one way.
QSet<QString> assessedDimensions(const Scenario &s)
{
    QSet<QString> dims;
    QSet<int> outcomes;
    const auto addAll = [&dims](const ScoreDeltas &d) {
        for (auto it = d.cbegin(); it != d.cend(); ++it) {
            if (it.value() != 0)
                dims.insert(it.key());
        }
    };
    if (s.targetReplySeconds > 0)
        dims.insert(dimension::speed);
    for (const ScenarioNode &n : s.nodes) {
        for (const ScenarioOption &o : n.options) {
            addAll(o.scores);
            if (!o.landmine.isEmpty())
                dims.insert(dimension::compliance);
        }
        if (!n.freeReply)
            continue;
        for (const ReplyElement &e : n.freeReply->required)
            addAll(e.scores);
        if (!n.freeReply->forbidden.isEmpty())
            dims.insert(dimension::compliance);
        if (n.freeReply->targetSeconds > 0 || n.freeReply->maxLength > 0)
            dims.insert(dimension::speed);
        if (n.freeReply->minLength > 0)
            dims.insert(dimension::attitude);
    }
    for (const Ending &e : s.endings)
        outcomes.insert(outcomeRank(e.outcome));
    if (outcomes.size() > 1)
        dims.insert(dimension::resolution);
    return dims;
}

int landmineComplianceCap(int hits)
{
    return hits <= 0 ? 100 : std::max(0, 40 - 20 * (hits - 1));
}

} // namespace

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Resolved:
        return QStringLiteral("resolved");
    case Outcome::Escalated:
        return QStringLiteral("escalated");
    case Outcome::Lost:
        return QStringLiteral("lost");
    }
    return {};
}

// ---- ScenarioRun ----

ScenarioRun::ScenarioRun(Scenario scenario, QList<RubricDimension> rubric, QList<Landmine> landmines)
    : m_scenario(std::move(scenario)), m_rubric(rubric.isEmpty() ? defaultRubric() : std::move(rubric)),
      m_landmines(std::move(landmines))
{
    m_node = m_scenario.start;
    m_mood = clampMood(m_scenario.persona.mood);
}

ScenarioRun::ScenarioRun(const Course &course, const Scenario &scenario)
    : ScenarioRun(scenario, course.rubric, course.landmines)
{
}

bool ScenarioRun::isValid() const
{
    return m_scenario.node(m_scenario.start) != nullptr;
}

const ScenarioNode *ScenarioRun::currentNode() const
{
    return m_finished ? nullptr : m_scenario.node(m_node);
}

const Ending *ScenarioRun::ending() const
{
    return m_finished ? m_scenario.ending(m_endingId) : nullptr;
}

std::optional<Outcome> ScenarioRun::outcome() const
{
    const Ending *e = ending();
    return e ? std::optional<Outcome>(e->outcome) : std::nullopt;
}

TurnResult ScenarioRun::begin(qint64 replyMs)
{
    TurnResult t;
    t.turn = int(m_turns.size()) + 1;
    t.nodeId = currentNodeId();
    t.replyMs = std::max<qint64>(0, replyMs);
    t.moodBefore = m_mood;
    t.moodAfter = m_mood;
    if (!isValid())
        t.error = QStringLiteral("the scenario's start node “%1” does not exist").arg(m_scenario.start);
    else if (m_finished)
        t.error = QStringLiteral("the run has finished");
    else if (!currentNode())
        t.error = QStringLiteral("the run is at an unknown node “%1”").arg(m_node);
    return t;
}

TurnResult ScenarioRun::choose(int optionIndex, qint64 replyMs)
{
    TurnResult t = begin(replyMs);
    if (!t.error.isEmpty())
        return t;
    const ScenarioNode *n = currentNode();
    if (n->freeReply) {
        t.error = QStringLiteral("node “%1” expects a free reply").arg(n->id);
        return t;
    }
    if (optionIndex < 0 || optionIndex >= n->options.size()) {
        t.error = QStringLiteral("node “%1” has no option %2").arg(n->id).arg(optionIndex);
        return t;
    }
    const ScenarioOption &o = n->options[optionIndex];
    t.optionIndex = optionIndex;
    t.feedback = o.feedback;
    t.scores = o.scores;
    t.targetSeconds = m_scenario.targetReplySeconds;
    if (!o.feedback.isEmpty())
        t.explanations.append(o.feedback);
    if (!o.scores.isEmpty())
        t.explanations.append(QCoreApplication::translate("dojo::Scoring", "Points: %1.")
                                  .arg(formatDeltas(o.scores, m_rubric)));
    if (!o.landmine.isEmpty()) {
        const QString name = landmineName(m_landmines, o.landmine);
        t.landmines.append({o.landmine, name});
        t.explanations.append(
            QCoreApplication::translate("dojo::Scoring", "That is the landmine %1.").arg(quoted(name)));
    }
    if (const int late = speedPenalty(t.replyMs, t.targetSeconds); late < 0) {
        t.late = true;
        const ScoreDeltas cost{{dimension::speed, late}};
        addDeltas(t.scores, cost);
        t.explanations.append(lateReplyExplanation(t.replyMs, t.targetSeconds, formatDeltas(cost, m_rubric)));
    }
    t.wrongDecision = totalPoints(o.scores) < 0 || !o.landmine.isEmpty();
    const ScenarioPath best = findBestPath(m_scenario, n->id, m_mood);
    t.bestChoice = !best.steps.isEmpty() && best.steps.first().optionIndex == optionIndex;
    finishTurn(t, o.mood, o.next);
    return t;
}

TurnResult ScenarioRun::freeReply(const QString &text, qint64 replyMs)
{
    TurnResult t = begin(replyMs);
    if (!t.error.isEmpty())
        return t;
    const ScenarioNode *n = currentNode();
    if (!n->freeReply) {
        t.error = QStringLiteral("node “%1” expects a choice of options").arg(n->id);
        return t;
    }
    const FreeReply &reply = *n->freeReply;
    const FreeReplyResult r =
        FreeReplyScorer(m_rubric, m_landmines).score(reply, text, t.replyMs, m_scenario.targetReplySeconds);
    t.replyText = text;
    t.targetSeconds = r.targetSeconds;
    t.late = r.late;
    t.scores = r.scores;
    for (const QString &id : r.landmines)
        t.landmines.append({id, landmineName(m_landmines, id)});
    t.explanations = r.explanations;
    t.freeReply = r;
    t.wrongDecision = !r.passed || !r.landmines.isEmpty();
    t.bestChoice = r.passed && r.forbidden.isEmpty();
    finishTurn(t, r.passed ? reply.moodPass : reply.moodFail, r.passed ? reply.next : failTarget(reply));
    return t;
}

void ScenarioRun::finishTurn(TurnResult &t, int moodChange, const QString &next)
{
    const MoodStep m = applyMood(m_scenario, m_mood, moodChange, next);
    t.accepted = true;
    t.moodAfter = m.after;
    t.moodLimit = m.limit != MoodStep::Limit::None;
    t.nextId = m.target;
    if (m.after != t.moodBefore)
        t.explanations.append(QCoreApplication::translate("dojo::Scoring", "The customer's mood: %1 → %2.")
                                  .arg(t.moodBefore)
                                  .arg(m.after));
    if (m.limit == MoodStep::Limit::Floor)
        t.explanations.append(
            QCoreApplication::translate(
                "dojo::Scoring", "The customer's mood fell to %1, the limit this customer accepts (%2).")
                .arg(m.after)
                .arg(m_scenario.moodFloor.value));
    else if (m.limit == MoodStep::Limit::Ceiling)
        t.explanations.append(
            QCoreApplication::translate(
                "dojo::Scoring", "The customer's mood rose to %1 (%2 or more ends the conversation well).")
                .arg(m.after)
                .arg(m_scenario.moodCeiling.value));

    m_mood = m.after;
    addDeltas(m_points, t.scores);
    m_landmineHits += int(t.landmines.size());

    if (const Ending *e = m_scenario.ending(m.target)) {
        m_finished = true;
        m_endingId = e->id;
        t.finished = true;
        t.endingId = e->id;
        t.outcome = e->outcome;
        t.explanations.append(QCoreApplication::translate("dojo::Scoring", "The conversation ends: %1.")
                                  .arg(e->title.isEmpty() ? e->id : e->title));
    } else if (m_scenario.node(m.target)) {
        m_node = m.target;
    } else {
        // The validator refuses such content; end the run rather than get stuck.
        m_finished = true;
        m_endingId.clear();
        t.finished = true;
        t.explanations.append(QCoreApplication::translate(
                                  "dojo::Scoring", "The scenario has no step %1; the conversation ends here.")
                                  .arg(quoted(m.target)));
    }
    m_turns.append(t);
}

const ScenarioPath &ScenarioRun::bestPath() const
{
    if (!m_best)
        m_best = findBestPath(m_scenario, m_scenario.start, m_scenario.persona.mood);
    return *m_best;
}

ScenarioPath ScenarioRun::findBestPath(const Scenario &scenario, const QString &fromNode, int mood)
{
    return BestPathSearch(scenario).run(fromNode, mood);
}

RubricScore ScenarioRun::score() const
{
    RubricScore r;
    r.finished = m_finished;
    r.landmineHits = m_landmineHits;
    const ScenarioPath &best = bestPath();
    const QSet<QString> assessed = assessedDimensions(m_scenario);
    const int complianceCap = landmineComplianceCap(m_landmineHits);
    const std::optional<Outcome> mine = outcome();
    const int outcomeSteps = mine && best.reachesEnding ? outcomeRank(best.outcome) - outcomeRank(*mine) : 0;

    int sum = 0, counted = 0;
    for (const RubricDimension &rd : m_rubric) {
        DimensionScore d;
        d.id = rd.id;
        d.name = rd.name.isEmpty() ? rd.id : rd.name;
        d.assessed = assessed.contains(rd.id);
        d.points = m_points.value(rd.id);
        d.bestPoints = best.points.value(rd.id);
        // Earning dimensions: the share of the best run's points. Penalty-only ones: 10 per point.
        const double scale = d.bestPoints > 0 ? d.bestPoints : 10;
        const double raw = 100.0 - 100.0 * double(d.bestPoints - d.points) / scale;
        d.score = int(std::lround(std::clamp(raw, 0.0, 100.0)));
        if (rd.id == dimension::compliance && m_landmineHits > 0) {
            d.cap = complianceCap;
            r.explanations.append(QCoreApplication::translate("dojo::Scoring",
                                                              "%1 is at most %2: %n landmine(s) hit.",
                                                              nullptr, m_landmineHits)
                                      .arg(d.name)
                                      .arg(d.cap));
        }
        if (rd.id == dimension::resolution && outcomeSteps > 0) {
            d.cap = outcomeSteps == 1 ? 60 : 30;
            const Ending *e = ending();
            const Ending *be = m_scenario.ending(best.endingId);
            r.explanations.append(
                QCoreApplication::translate(
                    "dojo::Scoring",
                    "%1 is at most %2: the conversation ended with %3; the best run ends with %4.")
                    .arg(d.name)
                    .arg(d.cap)
                    .arg(quoted(e && !e->title.isEmpty() ? e->title : m_endingId),
                         quoted(be && !be->title.isEmpty() ? be->title : best.endingId)));
        }
        d.score = std::min(d.score, d.cap);
        if (d.assessed) {
            sum += d.score;
            ++counted;
        }
        r.dimensions.append(d);
    }
    r.overall = counted > 0 ? int(std::lround(double(sum) / counted)) : 100;
    if (m_landmineHits > 0) {
        r.overallCap = complianceCap + 20;
        if (r.overall > r.overallCap)
            r.explanations.append(
                QCoreApplication::translate("dojo::Scoring",
                                            "The overall score is at most %1 because of landmines.")
                    .arg(r.overallCap));
        r.overall = std::min(r.overall, r.overallCap);
    }
    return r;
}

// ---- JSON ----

QJsonObject TurnResult::toJson() const
{
    QJsonObject o{
        {QStringLiteral("turn"), turn},           {QStringLiteral("node"), nodeId},
        {QStringLiteral("replyMs"), replyMs},     {QStringLiteral("moodBefore"), moodBefore},
        {QStringLiteral("moodAfter"), moodAfter}, {QStringLiteral("scores"), deltasToJson(scores)},
        {QStringLiteral("next"), nextId},         {QStringLiteral("late"), late},
        {QStringLiteral("best"), bestChoice},     {QStringLiteral("wrong"), wrongDecision},
    };
    if (freeReply) {
        o.insert(QStringLiteral("reply"), replyText);
        o.insert(QStringLiteral("freeReply"), freeReply->toJson());
    } else {
        o.insert(QStringLiteral("option"), optionIndex);
    }
    QJsonArray mines;
    for (const LandmineHit &h : landmines)
        mines.append(h.id);
    if (!mines.isEmpty())
        o.insert(QStringLiteral("landmines"), mines);
    if (moodLimit)
        o.insert(QStringLiteral("moodLimit"), true);
    if (finished) {
        o.insert(QStringLiteral("ending"), endingId);
        if (!endingId.isEmpty())
            o.insert(QStringLiteral("outcome"), outcomeName(outcome));
    }
    return o;
}

int RubricScore::score(const QString &dimensionId) const
{
    for (const DimensionScore &d : dimensions) {
        if (d.id == dimensionId)
            return d.assessed ? d.score : -1;
    }
    return -1;
}

QJsonObject RubricScore::toJson() const
{
    QJsonObject dims;
    for (const DimensionScore &d : dimensions) {
        if (!d.assessed)
            continue;
        dims.insert(d.id, QJsonObject{{QStringLiteral("score"), d.score},
                                      {QStringLiteral("points"), d.points},
                                      {QStringLiteral("best"), d.bestPoints},
                                      {QStringLiteral("cap"), d.cap}});
    }
    return {{QStringLiteral("overall"), overall},
            {QStringLiteral("landmines"), landmineHits},
            {QStringLiteral("finished"), finished},
            {QStringLiteral("dimensions"), dims}};
}

} // namespace dojo
