// Scenario runs: every turn committed when taken (node, chosen option or typed reply, reply time,
// mood after, score changes, every landmine hit), then the per-dimension totals, overall score, outcome and
// ending. A turn index is recorded once per run; a repeated write of the same index is not stored
// (RecordWrite::AlreadyRecorded). The trainee writes their own runs; they and managers read them.
#pragma once

#include "auth/actor.h"
#include "content/model.h"
#include "storage/storeerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace dojo {

class Database;

QString outcomeCode(Outcome outcome); // "resolved", "escalated", "lost"
std::optional<Outcome> outcomeFromCode(const QString &code);

struct ScenarioTurn {
    int turnIndex = 0;        // 0, 1, 2 … in the order played
    QString nodeId;
    std::optional<int> optionIndex; // a chosen option, or
    QString replyText;              // a typed reply (when optionIndex is empty)
    qint64 replyMs = 0;
    int moodAfter = 0;
    ScoreDeltas scoreChanges; // dimension id -> points, stored as a JSON object
    QStringList landmineIds;  // every landmine hit, in order; empty when none was hit
    QDateTime recordedAt;
};

struct ScenarioRunRecord {
    qint64 id = 0;
    qint64 userId = 0;
    QString scenarioId;
    QByteArray contentHash;
    QUuid registration;
    QDateTime startedAt;
    QDateTime finishedAt; // null while unfinished
    std::optional<Outcome> outcome;
    QString endingId;
    std::optional<double> overall;
    QMap<QString, double> totals; // dimension id -> 0–100

    bool finished() const { return finishedAt.isValid(); }
};

class ScenarioRunStore {
public:
    explicit ScenarioRunStore(Database &db);

    StoreResult<ScenarioRunRecord> startRun(const Actor &actor, qint64 userId, const QString &scenarioId,
                                      const QByteArray &contentHash, const QDateTime &at);
    StoreResult<RecordWrite> recordTurn(const Actor &actor, qint64 runId, const ScenarioTurn &turn);
    StoreStatus finishRun(const Actor &actor, qint64 runId, Outcome outcome, const QString &endingId,
                          const QMap<QString, double> &totals, double overall, const QDateTime &at);

    StoreResult<ScenarioRunRecord> run(const Actor &actor, qint64 runId);
    StoreResult<std::optional<ScenarioRunRecord>> unfinishedRun(const Actor &actor, qint64 userId,
                                                          const QString &scenarioId);
    StoreResult<QList<ScenarioTurn>> turns(const Actor &actor, qint64 runId);
    // Newest first; an empty scenarioId means every scenario.
    StoreResult<QList<ScenarioRunRecord>> runs(const Actor &actor, qint64 userId, const QString &scenarioId = {});

private:
    StoreResult<QList<ScenarioRunRecord>> selectRuns(const QString &where, const QVariantList &binds);

    Database &m_db;
};

// ScoreDeltas <-> the JSON object text stored in scenario_turns.score_changes_json.
QString scoreChangesToJson(const ScoreDeltas &changes);
ScoreDeltas scoreChangesFromJson(const QString &json);
// Landmine ids <-> the JSON array text stored in scenario_turns.landmine_ids ('[]' when none).
QString landmineIdsToJson(const QStringList &ids);
QStringList landmineIdsFromJson(const QString &json);

} // namespace dojo
