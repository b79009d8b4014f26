#include "storage/scenariorunstore.h"

#include "storage/database.h"
#include "storage/recordaccess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dojo {

using records::Access;

namespace {
struct OutcomeName {
    Outcome outcome;
    const char *code;
};
constexpr OutcomeName kOutcomes[] = {
    {Outcome::Resolved, "resolved"},
    {Outcome::Escalated, "escalated"},
    {Outcome::Lost, "lost"},
};

QString runName(qint64 id) { return StoreText::tr("scenario run %1").arg(id); }
} // namespace

QString outcomeCode(Outcome outcome)
{
    for (const OutcomeName &o : kOutcomes) {
        if (o.outcome == outcome)
            return QLatin1String(o.code);
    }
    return {};
}

std::optional<Outcome> outcomeFromCode(const QString &code)
{
    for (const OutcomeName &o : kOutcomes) {
        if (code == QLatin1String(o.code))
            return o.outcome;
    }
    return std::nullopt;
}

QString scoreChangesToJson(const ScoreDeltas &changes)
{
    QJsonObject o;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ScoreDeltas scoreChangesFromJson(const QString &json)
{
    ScoreDeltas changes;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        changes.insert(it.key(), it.value().toInt());
    return changes;
}

QString landmineIdsToJson(const QStringList &ids)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

QStringList landmineIdsFromJson(const QString &json)
{
    QStringList ids;
    const QJsonArray a = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : a) {
        if (v.isString())
            ids.append(v.toString());
    }
    return ids;
}

ScenarioRunStore::ScenarioRunStore(Database &db) : m_db(db) {}

StoreResult<ScenarioRunRecord> ScenarioRunStore::startRun(const Actor &actor, qint64 userId, const QString &scenarioId,
                                                    const QByteArray &contentHash, const QDateTime &at)
{
    if (const StoreStatus allowed = records::checkAccess(actor, userId, Access::Write); !allowed)
        return allowed.error();
    if (scenarioId.isEmpty())
        return StoreError{StoreError::Code::InvalidInput, StoreText::tr("A scenario run needs the scenario id.")};
    ScenarioRunRecord run;
    run.userId = userId;
    run.scenarioId = scenarioId;
    run.contentHash = contentHash;
    run.registration = QUuid::createUuid();
    run.startedAt = at.toUTC();
    const StoreStatus written = m_db.write([&]() -> StoreStatus {
        StoreResult<qint64> id = m_db.insert(
            QStringLiteral("INSERT INTO scenario_runs (user_id, scenario_id, content_hash, registration, started_at) "
                           "VALUES (?, ?, ?, ?, ?) RETURNING id"),
            {userId, scenarioId, QString::fromLatin1(contentHash), run.registration.toString(QUuid::WithoutBraces),
             toSqlTime(run.startedAt)});
        if (!id)
            return id.error();
        run.id = *id;
        return {};
    });
    if (!written)
        return written.error();
    return run;
}

StoreResult<RecordWrite> ScenarioRunStore::recordTurn(const Actor &actor, qint64 runId, const ScenarioTurn &turn)
{
    if (turn.nodeId.isEmpty() || turn.turnIndex < 0 || turn.replyMs < 0)
        return StoreError{StoreError::Code::InvalidInput,
                          StoreText::tr("A scenario turn needs its node id, a turn number and a reply time.")};
    if (!turn.optionIndex && turn.replyText.isNull())
        return StoreError{StoreError::Code::InvalidInput,
                          StoreText::tr("A scenario turn is either a chosen option or a typed reply.")};
    if (turn.landmineIds.contains(QString()))
        return StoreError{StoreError::Code::InvalidInput,
                          StoreText::tr("A landmine hit of a scenario turn needs the landmine id.")};
    RecordWrite outcome = RecordWrite::Recorded;
    const StoreStatus written = m_db.write([&]() -> StoreStatus {
        if (const StoreStatus open = records::checkOpenForWriting(
                m_db, actor, "scenario_runs", runId, runName(runId),
                StoreText::tr("This scenario run is already finished; its turns cannot change."));
            !open)
            return open;
        StoreResult<QSqlQuery> q = m_db.exec(
            QStringLiteral("INSERT INTO scenario_turns (run_id, turn_index, node_id, option_index, reply_text, "
                           "reply_ms, mood_after, score_changes_json, landmine_ids, recorded_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (run_id, turn_index) DO NOTHING RETURNING id"),
            {runId, turn.turnIndex, turn.nodeId, turn.optionIndex ? QVariant(*turn.optionIndex) : records::nullInt(),
             turn.optionIndex ? records::nullText() : QVariant(turn.replyText), turn.replyMs, turn.moodAfter,
             scoreChangesToJson(turn.scoreChanges),
             landmineIdsToJson(turn.landmineIds),
             toSqlTime(turn.recordedAt.isValid() ? turn.recordedAt : QDateTime::currentDateTimeUtc())});
        if (!q)
            return q.error();
        outcome = q->next() ? RecordWrite::Recorded : RecordWrite::AlreadyRecorded;
        q->finish();
        return {};
    });
    if (!written)
        return written.error();
    return outcome;
}

StoreStatus ScenarioRunStore::finishRun(const Actor &actor, qint64 runId, Outcome outcome, const QString &endingId,
                                        const QMap<QString, double> &totals, double overall, const QDateTime &at)
{
    return m_db.write([&]() -> StoreStatus {
        if (const StoreStatus open = records::checkOpenForWriting(m_db, actor, "scenario_runs", runId, runName(runId),
                                                                  StoreText::tr("This scenario run is already finished."));
            !open)
            return open;
        if (const StoreStatus done = m_db.execute(
                QStringLiteral("UPDATE scenario_runs SET finished_at = ?, outcome = ?, ending_id = ?, overall = ? "
                               "WHERE id = ?"),
                {toSqlTime(at), outcomeCode(outcome), endingId, overall, runId});
            !done)
            return done;
        for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
            if (const StoreStatus done = m_db.execute(
                    QStringLiteral("INSERT INTO scenario_totals (run_id, dimension, score) VALUES (?, ?, ?)"),
                    {runId, it.key(), it.value()});
                !done)
                return done;
        }
        return {};
    });
}

StoreResult<QList<ScenarioRunRecord>> ScenarioRunStore::selectRuns(const QString &where, const QVariantList &binds)
{
    StoreResult<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT id, user_id, scenario_id, content_hash, registration, started_at, finished_at, "
                       "outcome, ending_id, overall FROM scenario_runs ")
            + where,
        binds);
    if (!q)
        return q.error();
    QList<ScenarioRunRecord> list;
    while (q->next()) {
        ScenarioRunRecord r;
        r.id = q->value(0).toLongLong();
        r.userId = q->value(1).toLongLong();
        r.scenarioId = q->value(2).toString();
        r.contentHash = q->value(3).toString().toLatin1();
        r.registration = QUuid::fromString(q->value(4).toString());
        r.startedAt = fromSqlTime(q->value(5));
        r.finishedAt = fromSqlTime(q->value(6));
        r.outcome = outcomeFromCode(q->value(7).toString());
        r.endingId = q->value(8).toString();
        if (!q->value(9).isNull())
            r.overall = q->value(9).toDouble();
        list.append(r);
    }
    q->finish();
    for (ScenarioRunRecord &r : list) {
        StoreResult<QSqlQuery> t =
            m_db.exec(QStringLiteral("SELECT dimension, score FROM scenario_totals WHERE run_id = ?"), {r.id});
        if (!t)
            return t.error();
        while (t->next())
            r.totals.insert(t->value(0).toString(), t->value(1).toDouble());
    }
    return list;
}

StoreResult<ScenarioRunRecord> ScenarioRunStore::run(const Actor &actor, qint64 runId)
{
    if (StoreResult<qint64> owner = records::checkedOwner(m_db, actor, "scenario_runs", runId, Access::Read, runName(runId));
        !owner)
        return owner.error();
    return records::firstOrNotFound(selectRuns(QStringLiteral("WHERE id = ?"), {runId}), runName(runId));
}

StoreResult<std::optional<ScenarioRunRecord>> ScenarioRunStore::unfinishedRun(const Actor &actor, qint64 userId,
                                                                       const QString &scenarioId)
{
    if (const StoreStatus allowed = records::checkAccess(actor, userId, Access::Read); !allowed)
        return allowed.error();
    return records::firstIfAny(selectRuns(
        QStringLiteral("WHERE user_id = ? AND scenario_id = ? AND finished_at IS NULL ORDER BY started_at DESC, id DESC"),
        {userId, scenarioId}));
}

StoreResult<QList<ScenarioTurn>> ScenarioRunStore::turns(const Actor &actor, qint64 runId)
{
    if (StoreResult<qint64> owner = records::checkedOwner(m_db, actor, "scenario_runs", runId, Access::Read, runName(runId));
        !owner)
        return owner.error();
    StoreResult<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT turn_index, node_id, option_index, reply_text, reply_ms, mood_after, "
                       "score_changes_json, landmine_ids, recorded_at FROM scenario_turns WHERE run_id = ? "
                       "ORDER BY turn_index"),
        {runId});
    if (!q)
        return q.error();
    QList<ScenarioTurn> list;
    while (q->next()) {
        ScenarioTurn t;
        t.turnIndex = q->value(0).toInt();
        t.nodeId = q->value(1).toString();
        if (!q->value(2).isNull())
            t.optionIndex = q->value(2).toInt();
        t.replyText = q->value(3).toString();
        t.replyMs = q->value(4).toLongLong();
        t.moodAfter = q->value(5).toInt();
        t.scoreChanges = scoreChangesFromJson(q->value(6).toString());
        t.landmineIds = landmineIdsFromJson(q->value(7).toString());
        t.recordedAt = fromSqlTime(q->value(8));
        list.append(t);
    }
    return list;
}

StoreResult<QList<ScenarioRunRecord>> ScenarioRunStore::runs(const Actor &actor, qint64 userId, const QString &scenarioId)
{
    if (const StoreStatus allowed = records::checkAccess(actor, userId, Access::Read); !allowed)
        return allowed.error();
    if (scenarioId.isEmpty())
        return selectRuns(QStringLiteral("WHERE user_id = ? ORDER BY started_at DESC, id DESC"), {userId});
    return selectRuns(QStringLiteral("WHERE user_id = ? AND scenario_id = ? ORDER BY started_at DESC, id DESC"),
                      {userId, scenarioId});
}

} // namespace dojo
