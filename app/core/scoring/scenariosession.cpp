#include "scoring/scenariosession.h"

#include "review/reviewrecorder.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace dojo {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dojo::ScenarioSession", text);
}

StoreError refused(const QString &message)
{
    return StoreError{StoreError::Code::InvalidInput, message};
}

QStringList elementLabels(const FreeReply &reply)
{
    QStringList labels;
    for (const ReplyElement &e : reply.required)
        labels.append(e.label.isEmpty() ? e.id : e.label);
    return labels;
}

} // namespace

ScenarioSession::ScenarioSession(Database *db, const Course &course, const Scenario &scenario, Actor actor,
                                 qint64 userId, const SessionClock *clock)
    : m_db(db), m_course(course), m_scenario(scenario), m_actor(std::move(actor)), m_userId(userId),
      m_clock(clock ? clock : &m_systemClock), m_run(course, scenario)
{
}

ScenarioSession::~ScenarioSession() = default;

StoreResult<std::optional<ScenarioRunRecord>> ScenarioSession::unfinishedRun() const
{
    if (!isRecording())
        return std::optional<ScenarioRunRecord>{};
    return ScenarioRunStore(*m_db).unfinishedRun(m_actor, m_userId, m_scenario.id);
}

StoreStatus ScenarioSession::start()
{
    ScenarioRun fresh(m_course, m_scenario);
    if (!fresh.isValid())
        return refused(tr("The role-play “%1” has no start step; a trainer needs to fix it in the Studio.")
                           .arg(m_scenario.title.isEmpty() ? m_scenario.id : m_scenario.title));
    qint64 runId = 0;
    if (isRecording()) {
        StoreResult<ScenarioRunRecord> stored =
            ScenarioRunStore(*m_db).startRun(m_actor, m_userId, m_scenario.id, m_scenario.contentHash, m_clock->now());
        if (!stored)
            return stored.error();
        runId = stored->id;
    }
    m_run = std::move(fresh);
    m_runId = runId;
    m_started = true;
    m_finishStored = false;
    m_presentedAt.reset();
    m_warning.clear();
    return {};
}

StoreStatus ScenarioSession::resume()
{
    if (!isRecording())
        return StoreError{StoreError::Code::NotFound, tr("Runs are only saved for a signed-in trainee.")};
    StoreResult<std::optional<ScenarioRunRecord>> open = unfinishedRun();
    if (!open)
        return open.error();
    if (!open.value())
        return StoreError{StoreError::Code::NotFound, tr("There is no unfinished run of this role-play to continue.")};
    const ScenarioRunRecord record = *open.value();
    ScenarioRunStore store(*m_db);
    StoreResult<QList<ScenarioTurn>> turns = store.turns(m_actor, record.id);
    if (!turns)
        return turns.error();

    ScenarioRun replay(m_course, m_scenario);
    if (!replay.isValid())
        return refused(tr("The role-play “%1” has no start step; a trainer needs to fix it in the Studio.")
                           .arg(m_scenario.title.isEmpty() ? m_scenario.id : m_scenario.title));
    const QString changed = tr("This role-play has changed since the run was started, so it cannot be "
                               "continued. Start it again.");
    for (const ScenarioTurn &stored : turns.value()) {
        if (replay.isFinished() || stored.nodeId != replay.currentNodeId())
            return StoreError{StoreError::Code::Conflict, changed};
        const TurnResult t = stored.optionIndex ? replay.choose(*stored.optionIndex, stored.replyMs)
                                                : replay.freeReply(stored.replyText, stored.replyMs);
        if (!t.accepted)
            return StoreError{StoreError::Code::Conflict, changed};
    }
    m_run = std::move(replay);
    m_runId = record.id;
    m_started = true;
    m_finishStored = false;
    m_presentedAt.reset();
    m_warning.clear();
    // The last turn ended the run but the totals were never written (the app stopped in between).
    if (m_run.isFinished()) {
        if (const StoreStatus finished = finishStored(); !finished)
            m_warning = finished.error().message;
    }
    return {};
}

void ScenarioSession::presented()
{
    m_presentedAt = m_clock->monotonicMs();
}

qint64 ScenarioSession::replyElapsedMs() const
{
    return m_presentedAt ? std::max<qint64>(0, m_clock->monotonicMs() - *m_presentedAt) : 0;
}

int ScenarioSession::currentTargetSeconds() const
{
    const ScenarioNode *node = m_run.currentNode();
    if (node && node->freeReply && node->freeReply->targetSeconds > 0)
        return node->freeReply->targetSeconds;
    return node ? m_scenario.targetReplySeconds : 0;
}

StoreResult<TurnResult> ScenarioSession::choose(int optionIndex)
{
    if (!m_started)
        return refused(tr("The role-play has not started yet."));
    ScenarioRun next = m_run;
    TurnResult turn = next.choose(optionIndex, replyElapsedMs());
    return commit(next, std::move(turn));
}

StoreResult<TurnResult> ScenarioSession::freeReply(const QString &text)
{
    if (!m_started)
        return refused(tr("The role-play has not started yet."));
    if (text.trimmed().isEmpty())
        return refused(tr("Type your reply first."));
    ScenarioRun next = m_run;
    TurnResult turn = next.freeReply(text, replyElapsedMs());
    return commit(next, std::move(turn));
}

StoreResult<TurnResult> ScenarioSession::commit(ScenarioRun &next, TurnResult turn)
{
    if (!turn.accepted)
        return refused(turn.error);
    m_warning.clear();
    const QDateTime now = m_clock->now();
    if (isRecording()) {
        ScenarioTurn stored;
        stored.turnIndex = turn.turn - 1;
        stored.nodeId = turn.nodeId;
        if (turn.freeReply)
            stored.replyText = turn.replyText;
        else
            stored.optionIndex = turn.optionIndex;
        stored.replyMs = turn.replyMs;
        stored.moodAfter = turn.moodAfter;
        stored.scoreChanges = turn.scores;
        for (const LandmineHit &hit : turn.landmines)
            stored.landmineIds.append(hit.id);
        stored.recordedAt = now;
        StoreResult<RecordWrite> written = ScenarioRunStore(*m_db).recordTurn(m_actor, m_runId, stored);
        if (!written)
            return written.error();
        if (written.value() == RecordWrite::AlreadyRecorded)
            qCWarning(lcStore) << "scenario run" << m_runId << "turn" << stored.turnIndex
                               << "was already stored; the stored one stands";
    }
    m_run = std::move(next);
    m_presentedAt.reset();
    if (isRecording()) {
        auto reviewed = ReviewRecorder(*m_db).recordDecision(m_actor, m_userId, m_scenario.id, turn, now);
        if (!reviewed)
            m_warning = reviewed.error().message;
        if (turn.finished) {
            if (const StoreStatus finished = finishStored(); !finished)
                m_warning = finished.error().message;
        }
    }
    return turn;
}

StoreStatus ScenarioSession::finishStored()
{
    if (!isRecording() || m_finishStored || !m_run.isFinished())
        return {};
    const RubricScore score = m_run.score();
    QMap<QString, double> totals;
    for (const DimensionScore &d : score.dimensions) {
        if (d.assessed)
            totals.insert(d.id, d.score);
    }
    const StoreStatus done =
        ScenarioRunStore(*m_db).finishRun(m_actor, m_runId, m_run.outcome().value_or(Outcome::Lost),
                                          m_run.ending() ? m_run.ending()->id : QString(), totals, score.overall,
                                          m_clock->now());
    if (done)
        m_finishStored = true;
    return done;
}

ScenarioDebrief ScenarioSession::debrief() const
{
    ScenarioDebrief d;
    d.score = m_run.score();
    for (const TurnResult &t : m_run.turns()) {
        DebriefStep step;
        step.turn = t;
        const ScenarioNode *node = m_scenario.node(t.nodeId);
        if (node) {
            step.customer = node->customer;
            if (t.optionIndex >= 0 && t.optionIndex < node->options.size())
                step.yourText = node->options[t.optionIndex].text;
        }
        if (t.freeReply)
            step.yourText = t.replyText;
        const ScenarioPath best = ScenarioRun::findBestPath(m_scenario, t.nodeId, t.moodBefore);
        if (!best.steps.isEmpty() && node) {
            const PathStep &first = best.steps.first();
            step.bestOptionIndex = first.optionIndex;
            if (first.optionIndex < 0 && node->freeReply) {
                step.bestIsFreeReply = true;
                step.bestElements = elementLabels(*node->freeReply);
            } else if (first.optionIndex >= 0 && first.optionIndex < node->options.size()) {
                step.bestText = node->options[first.optionIndex].text;
            }
        }
        d.steps.append(step);
    }
    const ScenarioPath &best = m_run.bestPath();
    for (const PathStep &p : best.steps) {
        BestStep b;
        b.nodeId = p.nodeId;
        b.optionIndex = p.optionIndex;
        if (const ScenarioNode *node = m_scenario.node(p.nodeId)) {
            b.customer = node->customer;
            if (p.optionIndex >= 0 && p.optionIndex < node->options.size()) {
                b.text = node->options[p.optionIndex].text;
            } else if (node->freeReply) {
                b.text = node->freeReply->prompt;
                b.elements = elementLabels(*node->freeReply);
            }
        }
        d.best.append(b);
    }
    if (const Ending *e = m_run.ending()) {
        d.endingId = e->id;
        d.endingTitle = e->title;
        d.endingDebrief = e->debrief;
        d.outcome = e->outcome;
    }
    if (best.reachesEnding) {
        d.bestOutcome = best.outcome;
        if (const Ending *e = m_scenario.ending(best.endingId))
            d.bestEndingTitle = e->title;
    }
    return d;
}

} // namespace dojo
