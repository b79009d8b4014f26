// A role-play bound to storage: ScenarioSession plays a ScenarioRun for one trainee and keeps the
// database in step with it.
//
//   start()      stores a new run (ScenarioRunStore::startRun).
//   resume()     finds the trainee's newest unfinished run of this scenario and replays its stored
//                turns through ScenarioRun (deterministic, so the state is rebuilt exactly). A stored
//                turn that no longer fits the scenario (the content changed) refuses the resume with a
//                message; the trainee starts again.
//   choose() /   one decision. The turn is applied to a copy of the run and stored first; only when the
//   freeReply()  store accepted it does the session move on, so a failed write (disk full, locked)
//                loses nothing and the same click can be tried again. Then the decision goes to the
//                review queue (ReviewRecorder::recordDecision: wrong decisions enter it). When the turn
//                ends the run, the run is finished with its per-dimension totals, overall and outcome.
//   reply time   measured by the session's clock from presented() — the moment the customer's line was
//                shown — to the decision. The clock is injectable so tests need no waiting.
//
// Without a database or a signed-in user (userId 0) the session plays without storing anything
// (isRecording() is false); the scoring is the same.
#pragma once

#include "auth/actor.h"
#include "content/model.h"
#include "scoring/scenariorun.h"
#include "storage/scenariorunstore.h"
#include "storage/storeerror.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QString>
#include <QStringList>

#include <optional>

namespace dojo {

class Database;

// Wall time for the records, and a monotonic millisecond counter for reply times.
class SessionClock {
public:
    virtual ~SessionClock() = default;
    virtual QDateTime now() const = 0;
    virtual qint64 monotonicMs() const = 0;
};

class SystemSessionClock final : public SessionClock {
public:
    SystemSessionClock() { m_timer.start(); }
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    qint64 monotonicMs() const override { return m_timer.elapsed(); }

private:
    QElapsedTimer m_timer;
};

// A clock the test moves by hand.
class ManualSessionClock final : public SessionClock {
public:
    explicit ManualSessionClock(QDateTime start = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC))
        : m_start(std::move(start))
    {
    }
    QDateTime now() const override { return m_start.addMSecs(m_ms); }
    qint64 monotonicMs() const override { return m_ms; }
    void advance(qint64 ms) { m_ms += ms; }

private:
    QDateTime m_start;
    qint64 m_ms = 0;
};

// One decision of the trainee's run beside what the best run does from the same node and mood.
struct DebriefStep {
    TurnResult turn;
    QString customer;           // what the customer said at that node
    QString yourText;           // the option's text, or the typed reply
    bool bestIsFreeReply = false;
    int bestOptionIndex = -1;   // -1 when the best move is the free reply (or none exists)
    QString bestText;           // the best option's text (empty for a free reply)
    QStringList bestElements;   // free reply: the labels of the required elements the best reply covers
};

struct BestStep {
    QString nodeId;
    QString customer;
    int optionIndex = -1; // -1: the free reply
    QString text;         // option text, or the free reply's prompt
    QStringList elements; // free reply: required element labels
};

struct ScenarioDebrief {
    RubricScore score;
    QList<DebriefStep> steps; // the trainee's run, in order
    QList<BestStep> best;     // the best run from the start
    QString endingId;
    QString endingTitle;
    QString endingDebrief;
    std::optional<Outcome> outcome;
    QString bestEndingTitle;
    std::optional<Outcome> bestOutcome;
};

class ScenarioSession {
public:
    // `course` and `scenario` must outlive the session. `db` may be null and `userId` 0: then nothing
    // is stored. `clock` may be null (the system clock) and must outlive the session.
    ScenarioSession(Database *db, const Course &course, const Scenario &scenario, Actor actor, qint64 userId,
                    const SessionClock *clock = nullptr);
    ~ScenarioSession();
    ScenarioSession(const ScenarioSession &) = delete;
    ScenarioSession &operator=(const ScenarioSession &) = delete;

    bool isRecording() const { return m_db && m_userId > 0; }

    // The trainee's newest unfinished run of this scenario (nullopt when none or not recording).
    StoreResult<std::optional<ScenarioRunRecord>> unfinishedRun() const;

    // A new run from the start (stored when recording). Any earlier state of this session is dropped.
    StoreStatus start();
    // Continues the newest unfinished run: its stored turns are replayed. NotFound when there is none.
    StoreStatus resume();

    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_run.isFinished(); }
    qint64 runId() const { return m_runId; } // 0 when not recording
    const ScenarioRun &run() const { return m_run; }
    const Scenario &scenario() const { return m_scenario; }
    const SessionClock &clock() const { return *m_clock; }

    // The customer's current line is on screen: the reply timer starts now.
    void presented();
    // Milliseconds since presented() (0 before it).
    qint64 replyElapsedMs() const;
    // The reply target of the current node in seconds (the free reply's, else the scenario's); 0 = none.
    int currentTargetSeconds() const;

    // One decision, timed by the clock. An error leaves the session as it was (TurnResult not
    // accepted, or the store's refusal).
    StoreResult<TurnResult> choose(int optionIndex);
    StoreResult<TurnResult> freeReply(const QString &text);

    // A problem after a decision was stored that did not undo it (the review queue or the final
    // totals could not be written); empty when none. Cleared by the next decision.
    QString warning() const { return m_warning; }

    RubricScore score() const { return m_run.score(); }
    ScenarioDebrief debrief() const;

private:
    StoreResult<TurnResult> commit(ScenarioRun &next, TurnResult turn);
    StoreStatus finishStored();

    Database *m_db;
    const Course &m_course;
    const Scenario &m_scenario;
    Actor m_actor;
    qint64 m_userId;
    SystemSessionClock m_systemClock;
    const SessionClock *m_clock;
    ScenarioRun m_run;
    qint64 m_runId = 0;
    bool m_started = false;
    bool m_finishStored = false;
    std::optional<qint64> m_presentedAt;
    QString m_warning;
};

} // namespace dojo
