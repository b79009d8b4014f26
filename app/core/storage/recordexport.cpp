#include "storage/recordexport.h"

#include "storage/database.h"
#include "storage/scenariorunstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUuid>

#include <algorithm>

namespace dojo {

namespace {

// Namespace of the name-based statement ids (a fixed random UUID: never change it).
const QUuid kStatementNamespace(QStringLiteral("{6f1c2a4e-9b0d-4c55-8d7e-2f3a9c1b7e40}"));
const QString kVerbBase = QStringLiteral("http://adlnet.gov/expapi/verbs/");
const QString kExtensionBase = QStringLiteral("urn:servicedojo:xapi:");

// Returns the SQL condition limiting rows to what `actor` may export, and its bind values.
StoreResult<std::pair<QString, QVariantList>> exportScope(const Actor &actor)
{
    if (canReadAllRecords(actor))
        return std::pair<QString, QVariantList>{QString(), {}};
    if (actor.userId == 0)
        return permissionDenied(StoreText::tr("export training records without signing in"));
    return std::pair<QString, QVariantList>{QStringLiteral(" AND u.id = ?"), {actor.userId}};
}

QString csvCell(const QString &value)
{
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r'))
        return u'"' + QString(value).replace(QLatin1String("\""), QLatin1String("\"\"")) + u'"';
    return value;
}

// Free text typed by people: a leading = + - @ would make a spreadsheet run it as a formula.
QString textCell(const QString &value)
{
    if (!value.isEmpty() && QStringView(u"=+-@\t\r").contains(value.front()))
        return csvCell(u'\'' + value);
    return csvCell(value);
}

QString number(double value) { return QString::number(value, 'g', 12); }

QString activityId(const QStringList &parts)
{
    QString id = QStringLiteral("urn:servicedojo");
    for (const QString &part : parts)
        id += u':' + QString::fromLatin1(QUrl::toPercentEncoding(part));
    return id;
}

QJsonObject verb(const QString &name)
{
    return QJsonObject{{QStringLiteral("id"), QString(kVerbBase + name)},
                       {QStringLiteral("display"), QJsonObject{{QStringLiteral("en-US"), name}}}};
}

QJsonObject activity(const QString &id, const QString &type)
{
    return QJsonObject{{QStringLiteral("objectType"), QStringLiteral("Activity")},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("definition"),
                        QJsonObject{{QStringLiteral("type"), QString(QStringLiteral("http://adlnet.gov/expapi/activities/") + type)}}}};
}

QJsonObject score(double raw, double max)
{
    QJsonObject s{{QStringLiteral("raw"), raw},
                  {QStringLiteral("min"), std::min(0.0, raw)},
                  {QStringLiteral("max"), std::max(max, raw)}};
    if (max > 0)
        s.insert(QStringLiteral("scaled"), std::clamp(raw / max, -1.0, 1.0));
    return s;
}

class StatementBuilder {
public:
    explicit StatementBuilder(const XapiOptions &options) : m_options(options) {}

    QJsonObject statement(const QString &idKey, const QString &login, const QString &name, const QString &verbName,
                          const QJsonObject &object, const QJsonObject &result, const QString &registration,
                          const QString &parentActivity, const QVariant &timestamp) const
    {
        QJsonObject s{
            {QStringLiteral("id"), QUuid::createUuidV5(kStatementNamespace, idKey).toString(QUuid::WithoutBraces)},
            {QStringLiteral("actor"),
             QJsonObject{{QStringLiteral("objectType"), QStringLiteral("Agent")},
                         {QStringLiteral("name"), name},
                         {QStringLiteral("account"),
                          QJsonObject{{QStringLiteral("homePage"), m_options.homePage}, {QStringLiteral("name"), login}}}}},
            {QStringLiteral("verb"), verb(verbName)},
            {QStringLiteral("object"), object},
            {QStringLiteral("timestamp"), timestamp.toString()},
        };
        if (!result.isEmpty())
            s.insert(QStringLiteral("result"), result);
        QJsonObject context;
        if (!registration.isEmpty())
            context.insert(QStringLiteral("registration"), registration);
        if (!parentActivity.isEmpty())
            context.insert(QStringLiteral("contextActivities"),
                           QJsonObject{{QStringLiteral("parent"),
                                        QJsonArray{QJsonObject{{QStringLiteral("id"), parentActivity}}}}});
        if (!context.isEmpty())
            s.insert(QStringLiteral("context"), context);
        return s;
    }

private:
    const XapiOptions &m_options;
};

} // namespace

RecordExporter::RecordExporter(Database &db) : m_db(db) {}

QString RecordExporter::isoDuration(qint64 ms)
{
    QString seconds = QString::number(double(std::max<qint64>(ms, 0)) / 1000.0, 'f', 2);
    while (seconds.endsWith(u'0'))
        seconds.chop(1);
    if (seconds.endsWith(u'.'))
        seconds.chop(1);
    return QStringLiteral("PT") + seconds + u'S';
}

StoreStatus RecordExporter::writeCsv(const Actor &actor, QIODevice &out)
{
    const StoreResult<std::pair<QString, QVariantList>> scope = exportScope(actor);
    if (!scope)
        return scope.error();
    const auto &[condition, binds] = *scope;

    QString text = QChar(0xFEFF) + QStringLiteral(
        "kind,login,name,team,activity,item,registration,mode,score,max_score,correct,time_ms,mood_after,"
        "landmines,score_changes,response,recorded_at\r\n");
    const auto row = [&text](const QStringList &cells) { text += cells.join(u',') + QStringLiteral("\r\n"); };

    StoreResult<QSqlQuery> answers = m_db.exec(
        QStringLiteral("SELECT u.login, u.display_name, t.name, a.quiz_id, q.question_id, a.registration, a.mode, "
                       "q.points_awarded, q.points_possible, q.correct, q.duration_ms, q.answer_json, q.answered_at "
                       "FROM quiz_answers q JOIN quiz_attempts a ON a.id = q.attempt_id JOIN users u ON u.id = a.user_id "
                       "LEFT JOIN teams t ON t.id = u.team_id WHERE 1 = 1")
            + condition + QStringLiteral(" ORDER BY u.login, a.started_at, a.id, q.id"),
        binds);
    if (!answers)
        return answers.error();
    while (answers->next()) {
        const QSqlQuery &q = *answers;
        row({QStringLiteral("quiz-answer"), csvCell(q.value(0).toString()), textCell(q.value(1).toString()),
             textCell(q.value(2).toString()), csvCell(q.value(3).toString()), csvCell(q.value(4).toString()),
             q.value(5).toString(), q.value(6).toString(), number(q.value(7).toDouble()), number(q.value(8).toDouble()),
             q.value(9).toInt() ? QStringLiteral("1") : QStringLiteral("0"), q.value(10).toString(), QString(), QString(),
             QString(), textCell(q.value(11).toString()), q.value(12).toString()});
    }
    answers->finish();

    StoreResult<QSqlQuery> turns = m_db.exec(
        QStringLiteral("SELECT u.login, u.display_name, t.name, r.scenario_id, s.node_id, r.registration, "
                       "s.score_changes_json, s.reply_ms, s.mood_after, s.landmine_ids, s.option_index, s.reply_text, "
                       "s.recorded_at FROM scenario_turns s JOIN scenario_runs r ON r.id = s.run_id "
                       "JOIN users u ON u.id = r.user_id LEFT JOIN teams t ON t.id = u.team_id WHERE 1 = 1")
            + condition + QStringLiteral(" ORDER BY u.login, r.started_at, r.id, s.turn_index"),
        binds);
    if (!turns)
        return turns.error();
    while (turns->next()) {
        const QSqlQuery &q = *turns;
        const ScoreDeltas changes = scoreChangesFromJson(q.value(6).toString());
        int total = 0;
        for (const int delta : changes)
            total += delta;
        const QString response = q.value(10).isNull() ? q.value(11).toString()
                                                      : QStringLiteral("option %1").arg(q.value(10).toInt() + 1);
        row({QStringLiteral("scenario-turn"), csvCell(q.value(0).toString()), textCell(q.value(1).toString()),
             textCell(q.value(2).toString()), csvCell(q.value(3).toString()), csvCell(q.value(4).toString()),
             q.value(5).toString(), QString(), QString::number(total), QString(), QString(), q.value(7).toString(),
             q.value(8).toString(), csvCell(landmineIdsFromJson(q.value(9).toString()).join(u';')),
             csvCell(q.value(6).toString()), textCell(response),
             q.value(12).toString()});
    }
    turns->finish();

    const QByteArray bytes = text.toUtf8();
    if (out.write(bytes) != bytes.size())
        return StoreError{StoreError::Code::Failed,
                          StoreText::tr("Could not write the export: %1").arg(out.errorString())};
    return {};
}

StoreResult<QJsonArray> RecordExporter::xapiStatements(const Actor &actor, const XapiOptions &options)
{
    const StoreResult<std::pair<QString, QVariantList>> scope = exportScope(actor);
    if (!scope)
        return scope.error();
    const auto &[condition, binds] = *scope;
    const StatementBuilder build(options);
    QJsonArray statements;

    // Answers to quiz questions.
    StoreResult<QSqlQuery> answers = m_db.exec(
        QStringLiteral("SELECT u.login, u.display_name, a.quiz_id, q.question_id, a.registration, q.points_awarded, "
                       "q.points_possible, q.correct, q.duration_ms, q.answered_at FROM quiz_answers q "
                       "JOIN quiz_attempts a ON a.id = q.attempt_id JOIN users u ON u.id = a.user_id WHERE 1 = 1")
            + condition + QStringLiteral(" ORDER BY a.started_at, a.id, q.id"),
        binds);
    if (!answers)
        return answers.error();
    while (answers->next()) {
        const QSqlQuery &q = *answers;
        const QString quiz = activityId({QStringLiteral("quiz"), q.value(2).toString()});
        QJsonObject result{{QStringLiteral("score"), score(q.value(5).toDouble(), q.value(6).toDouble())},
                           {QStringLiteral("success"), q.value(7).toInt() != 0}};
        if (!q.value(8).isNull())
            result.insert(QStringLiteral("duration"), isoDuration(q.value(8).toLongLong()));
        statements.append(build.statement(
            q.value(4).toString() + QStringLiteral("/answered/") + q.value(3).toString(), q.value(0).toString(),
            q.value(1).toString(), QStringLiteral("answered"),
            activity(activityId({QStringLiteral("quiz"), q.value(2).toString(), QStringLiteral("question"),
                                 q.value(3).toString()}),
                     QStringLiteral("cmi.interaction")),
            result, q.value(4).toString(), quiz, q.value(9)));
    }
    answers->finish();

    // Finished quiz attempts: completed, then passed or failed.
    StoreResult<QSqlQuery> attempts = m_db.exec(
        QStringLiteral("SELECT u.login, u.display_name, a.quiz_id, a.registration, a.score, a.max_score, a.passed, "
                       "a.started_at, a.finished_at FROM quiz_attempts a JOIN users u ON u.id = a.user_id "
                       "WHERE a.finished_at IS NOT NULL")
            + condition + QStringLiteral(" ORDER BY a.finished_at, a.id"),
        binds);
    if (!attempts)
        return attempts.error();
    while (attempts->next()) {
        const QSqlQuery &q = *attempts;
        const bool passed = q.value(6).toInt() != 0;
        const qint64 ms = fromSqlTime(q.value(7)).msecsTo(fromSqlTime(q.value(8)));
        QJsonObject result{{QStringLiteral("score"), score(q.value(4).toDouble(), q.value(5).toDouble())},
                           {QStringLiteral("success"), passed},
                           {QStringLiteral("completion"), true},
                           {QStringLiteral("duration"), isoDuration(ms)}};
        const QJsonObject quiz = activity(activityId({QStringLiteral("quiz"), q.value(2).toString()}),
                                          QStringLiteral("assessment"));
        const QString registration = q.value(3).toString();
        statements.append(build.statement(registration + QStringLiteral("/completed"), q.value(0).toString(),
                                          q.value(1).toString(), QStringLiteral("completed"), quiz, result,
                                          registration, {}, q.value(8)));
        const QString verdict = passed ? QStringLiteral("passed") : QStringLiteral("failed");
        statements.append(build.statement(registration + u'/' + verdict, q.value(0).toString(), q.value(1).toString(),
                                          verdict, quiz, result, registration, {}, q.value(8)));
    }
    attempts->finish();

    // Scenario turns.
    StoreResult<QSqlQuery> turns = m_db.exec(
        QStringLiteral("SELECT u.login, u.display_name, r.scenario_id, s.node_id, r.registration, s.turn_index, "
                       "s.option_index, s.reply_text, s.reply_ms, s.mood_after, s.score_changes_json, s.landmine_ids, "
                       "s.recorded_at FROM scenario_turns s JOIN scenario_runs r ON r.id = s.run_id "
                       "JOIN users u ON u.id = r.user_id WHERE 1 = 1")
            + condition + QStringLiteral(" ORDER BY r.started_at, r.id, s.turn_index"),
        binds);
    if (!turns)
        return turns.error();
    while (turns->next()) {
        const QSqlQuery &q = *turns;
        QJsonObject extensions{
            {kExtensionBase + QStringLiteral("mood-after"), q.value(9).toInt()},
            {kExtensionBase + QStringLiteral("score-changes"),
             QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object()},
        };
        if (const QStringList landmines = landmineIdsFromJson(q.value(11).toString()); !landmines.isEmpty())
            extensions.insert(kExtensionBase + QStringLiteral("landmines"), QJsonArray::fromStringList(landmines));
        const QString response = q.value(6).isNull() ? q.value(7).toString() : QString::number(q.value(6).toInt());
        const QJsonObject result{{QStringLiteral("response"), response},
                                 {QStringLiteral("duration"), isoDuration(q.value(8).toLongLong())},
                                 {QStringLiteral("extensions"), extensions}};
        const QString registration = q.value(4).toString();
        statements.append(build.statement(
            registration + QStringLiteral("/turn/") + q.value(5).toString(), q.value(0).toString(), q.value(1).toString(),
            QStringLiteral("answered"),
            activity(activityId({QStringLiteral("scenario"), q.value(2).toString(), QStringLiteral("node"),
                                 q.value(3).toString()}),
                     QStringLiteral("cmi.interaction")),
            result, registration, activityId({QStringLiteral("scenario"), q.value(2).toString()}), q.value(12)));
    }
    turns->finish();

    // Finished scenario runs.
    StoreResult<QSqlQuery> runs = m_db.exec(
        QStringLiteral("SELECT u.login, u.display_name, r.id, r.scenario_id, r.registration, r.outcome, r.ending_id, "
                       "r.overall, r.started_at, r.finished_at FROM scenario_runs r JOIN users u ON u.id = r.user_id "
                       "WHERE r.finished_at IS NOT NULL")
            + condition + QStringLiteral(" ORDER BY r.finished_at, r.id"),
        binds);
    if (!runs)
        return runs.error();
    QList<QJsonObject> runResults;
    QList<qint64> runIds;
    while (runs->next()) {
        const QSqlQuery &q = *runs;
        const double overall = q.value(7).toDouble();
        QJsonObject result{{QStringLiteral("score"), score(overall, 100.0)},
                           {QStringLiteral("completion"), true},
                           {QStringLiteral("success"), q.value(5).toString() == QLatin1String("resolved")},
                           {QStringLiteral("duration"), isoDuration(fromSqlTime(q.value(8)).msecsTo(fromSqlTime(q.value(9))))},
                           {QStringLiteral("extensions"),
                            QJsonObject{{kExtensionBase + QStringLiteral("outcome"), q.value(5).toString()},
                                        {kExtensionBase + QStringLiteral("ending"), q.value(6).toString()}}}};
        const QString registration = q.value(4).toString();
        runIds.append(q.value(2).toLongLong());
        runResults.append(build.statement(registration + QStringLiteral("/completed"), q.value(0).toString(),
                                          q.value(1).toString(), QStringLiteral("completed"),
                                          activity(activityId({QStringLiteral("scenario"), q.value(3).toString()}),
                                                   QStringLiteral("simulation")),
                                          result, registration, {}, q.value(9)));
    }
    runs->finish();
    for (qsizetype i = 0; i < runIds.size(); ++i) {
        StoreResult<QSqlQuery> totals =
            m_db.exec(QStringLiteral("SELECT dimension, score FROM scenario_totals WHERE run_id = ? ORDER BY dimension"),
                      {runIds[i]});
        if (!totals)
            return totals.error();
        QJsonObject byDimension;
        while (totals->next())
            byDimension.insert(totals->value(0).toString(), totals->value(1).toDouble());
        QJsonObject statement = runResults[i];
        QJsonObject result = statement.value(QStringLiteral("result")).toObject();
        QJsonObject extensions = result.value(QStringLiteral("extensions")).toObject();
        extensions.insert(kExtensionBase + QStringLiteral("dimension-scores"), byDimension);
        result.insert(QStringLiteral("extensions"), extensions);
        statement.insert(QStringLiteral("result"), result);
        statements.append(statement);
    }

    // Completed lessons (no attempt, so no registration).
    StoreResult<QSqlQuery> lessons = m_db.exec(
        QStringLiteral("SELECT u.login, u.display_name, c.lesson_id, c.content_hash, c.completed_at, p.time_spent_ms "
                       "FROM lesson_completions c JOIN users u ON u.id = c.user_id "
                       "LEFT JOIN lesson_progress p ON p.user_id = c.user_id AND p.lesson_id = c.lesson_id WHERE 1 = 1")
            + condition + QStringLiteral(" ORDER BY c.completed_at, u.login, c.lesson_id"),
        binds);
    if (!lessons)
        return lessons.error();
    while (lessons->next()) {
        const QSqlQuery &q = *lessons;
        QJsonObject result{{QStringLiteral("completion"), true}};
        if (!q.value(5).isNull())
            result.insert(QStringLiteral("duration"), isoDuration(q.value(5).toLongLong()));
        statements.append(build.statement(
            q.value(0).toString() + QStringLiteral("/lesson/") + q.value(2).toString() + u'/' + q.value(3).toString(),
            q.value(0).toString(), q.value(1).toString(), QStringLiteral("completed"),
            activity(activityId({QStringLiteral("lesson"), q.value(2).toString()}), QStringLiteral("lesson")), result,
            {}, {}, q.value(4)));
    }
    return statements;
}

} // namespace dojo
