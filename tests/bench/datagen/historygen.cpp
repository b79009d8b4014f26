#include "historygen.h"

#include "auth/secrethasher.h"
#include "rng.h"
#include "storage/database.h"
#include "textpools.h"

#include <QFile>
#include <QFileInfo>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <memory>

namespace dojo::bench {

QDateTime historyNow() { return QDateTime(QDate(2026, 6, 30), QTime(9, 0), Qt::UTC); }
QString traineeLogin(int index) { return QStringLiteral("trainee-%1").arg(index + 1, 5, 10, QChar(u'0')); }
QString benchWriterLogin() { return QStringLiteral("bench-writer"); }
QString benchPassword() { return QStringLiteral("bench-password-1"); }

namespace {
// ISO-8601 UTC with milliseconds, as toSqlTime writes it, without QDateTime's cost (millions of rows).
QByteArray isoTime(qint64 msSinceEpoch)
{
    qint64 days = msSinceEpoch / 86400000, ms = msSinceEpoch % 86400000;
    // civil_from_days (H. Hinnant)
    days += 719468;
    const qint64 era = days / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    qint64 y = yoe + era * 400;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
    char buf[96];
    std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lld.%03lldZ", (long long)y, (long long)m,
                  (long long)d, (long long)(ms / 3600000), (long long)(ms / 60000 % 60), (long long)(ms / 1000 % 60),
                  (long long)(ms % 1000));
    return QByteArray(buf);
}

// The bulk-load connection: its own QSQLITE connection (the same SQLite the app uses).
class Sql {
public:
    explicit Sql(const QSqlDatabase &db) : m_db(db) {}
    bool exec(const char *sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(QString::fromUtf8(sql))) {
            m_error = q.lastError().text() + QStringLiteral(" in: ") + QString::fromUtf8(sql);
            return false;
        }
        return true;
    }
    QString error() const { return m_error; }
    void setError(const QString &e) { m_error = e; }

private:
    QSqlDatabase m_db;
    QString m_error;
};

// A prepared statement reused for every row: bind the values in order, then step().
class Stmt {
public:
    Stmt(Sql &sql, const QSqlDatabase &db, const char *text) : m_sql(sql), m_q(db)
    {
        m_q.setForwardOnly(true);
        m_ok = m_q.prepare(QString::fromUtf8(text));
        if (!m_ok)
            m_sql.setError(m_q.lastError().text());
    }
    bool ok() const { return m_ok; }
    Stmt &i(qint64 v) { m_q.bindValue(m_n++, v); return *this; }
    Stmt &d(double v) { m_q.bindValue(m_n++, v); return *this; }
    Stmt &t(const QByteArray &v) { m_q.bindValue(m_n++, QString::fromUtf8(v)); return *this; }
    Stmt &null() { m_q.bindValue(m_n++, QVariant(QMetaType::fromType<QString>())); return *this; }
    // Runs the row; returns the new rowid, or -1 on failure.
    qint64 step()
    {
        m_n = 0;
        if (!m_q.exec()) {
            m_sql.setError(m_q.lastError().text());
            return -1;
        }
        return m_q.lastInsertId().toLongLong();
    }

private:
    Sql &m_sql;
    QSqlQuery m_q;
    bool m_ok = false;
    int m_n = 0;
};

QByteArray uuidFor(Rng &rng)
{
    const quint64 a = rng.next(), b = rng.next();
    char buf[40];
    std::snprintf(buf, sizeof buf, "%08x-%04x-4%03x-%04x-%012llx", unsigned(a >> 32), unsigned((a >> 16) & 0xffff),
                  unsigned(a & 0xfff), unsigned(0x8000 | ((b >> 48) & 0x3fff)), (unsigned long long)(b & 0xffffffffffffull));
    return QByteArray(buf);
}

QByteArray answerJson(Rng &rng, const QString &type)
{
    if (type == u"single")
        return "{\"choice\":[" + QByteArray::number(rng.below(4)) + "]}";
    if (type == u"multiple")
        return "{\"choice\":[" + QByteArray::number(rng.below(2)) + "," + QByteArray::number(2 + rng.below(2)) + "]}";
    if (type == u"truefalse")
        return rng.chance(50) ? "{\"answer\":true}" : "{\"answer\":false}";
    if (type == u"fill")
        return rng.chance(70) ? "{\"text\":\"快捷短语\"}" : "{\"text\":\"quick reply\"}";
    if (type == u"ordering")
        return "{\"order\":[0,2,1,3]}";
    return "{\"pairs\":[[0,1],[1,0],[2,2]]}";
}
} // namespace

bool generateHistory(const QString &path, std::uint64_t seed, const CourseGenerator &course, HistorySize size,
                     HistoryCounts *counts, QString *error)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    { // the real schema, through the app's own migrations
        StoreResult<std::unique_ptr<Database>> opened = Database::open(path);
        if (!opened) {
            *error = opened.error().message;
            return false;
        }
    }
    const std::optional<QString> hash = SecretHasher::hash(benchPassword());
    if (!hash) {
        *error = QStringLiteral("cannot hash the password (out of memory)");
        return false;
    }
    const QList<GeneratedLesson> lessons = course.lessons();
    const QList<GeneratedQuiz> quizzes = course.quizzes();
    const QList<GeneratedScenario> scenarios = course.scenarios();
    const Pools &zh = Pools::forLocale(false);

    const QString connectionName = QStringLiteral("dojo-datagen");
    struct Closer {
        QString name;
        ~Closer() { QSqlDatabase::removeDatabase(name); }
    } closer{connectionName};
    QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    conn.setDatabaseName(path);
    if (!conn.open()) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, conn.lastError().text());
        return false;
    }
    Sql sql(conn);
    // Bulk load: no journal while filling a brand-new file; WAL again at the end, as the app keeps it.
    if (!sql.exec("PRAGMA journal_mode = OFF") || !sql.exec("PRAGMA synchronous = OFF") ||
        !sql.exec("PRAGMA cache_size = -262144") || !sql.exec("BEGIN")) {
        *error = sql.error();
        return false;
    }
    HistoryCounts n;
    const qint64 nowMs = historyNow().toMSecsSinceEpoch();
    const qint64 dayMs = 86400000;
    const qint64 spanMs = 540 * dayMs; // about eighteen months of records
    const qint64 startMs = nowMs - spanMs;
    auto fail = [&](const char *what) {
        *error = QStringLiteral("%1: %2").arg(QLatin1String(what), sql.error());
        return false;
    };

    // Teams and accounts
    Stmt team(sql, conn, "INSERT INTO teams (name, created_at) VALUES (?, ?)");
    Stmt user(sql, conn, "INSERT INTO users (login, display_name, roles, team_id, secret_kind, secret_hash, disabled, created_at) "
                   "VALUES (?, ?, ?, ?, 'password', ?, ?, ?)");
    if (!team.ok() || !user.ok())
        return fail("preparing accounts");
    QList<qint64> teamIds;
    for (int t = 0; t < size.teams; ++t) {
        const qint64 id = team.t(QStringLiteral("售后%1组 Team %2").arg(t + 1).arg(t + 1).toUtf8()).t(isoTime(startMs)).step();
        if (id < 0)
            return fail("teams");
        teamIds += id;
    }
    const QByteArray secret = hash->toUtf8();
    Rng people(seed, QStringLiteral("people"));
    auto addUser = [&](const QString &login, int roles, qint64 teamId, bool disabled) -> qint64 {
        const QString name = pick(people, zh.surname) + pick(people, zh.given);
        user.t(login.toUtf8()).t(name.toUtf8()).i(roles);
        teamId ? user.i(teamId) : user.null();
        const qint64 id = user.t(secret).i(disabled ? 1 : 0).t(isoTime(startMs + people.below(30) * dayMs)).step();
        ++n.users;
        return id;
    };
    for (int m = 0; m < 5; ++m)
        if (addUser(QStringLiteral("manager-%1").arg(m + 1), 4 | 2, 0, false) < 0)
            return fail("managers");
    for (int t = 0; t < 20; ++t)
        if (addUser(QStringLiteral("trainer-%1").arg(t + 1), 2, teamIds[t % teamIds.size()], false) < 0)
            return fail("trainers");
    QList<qint64> trainees;
    for (int u = 0; u < size.trainees; ++u) {
        const qint64 id = addUser(traineeLogin(u), 1, teamIds[u % teamIds.size()], u % 97 == 96);
        if (id < 0)
            return fail("trainees");
        trainees += id;
    }
    if (addUser(benchWriterLogin(), 1, teamIds[0], false) < 0)
        return fail("bench writer");

    // Lesson versions (the Markdown of the current version of every lesson)
    {
        Stmt version(sql, conn, "INSERT INTO lesson_versions (lesson_id, content_hash, markdown, first_seen_at) VALUES (?, ?, ?, ?)");
        const QList<QByteArray> files = course.lessonFiles(QStringLiteral("zh-CN"));
        for (int l = 0; l < lessons.size(); ++l)
            if (version.t(lessons[l].id.toUtf8()).t(lessons[l].contentHash).t(files[l]).t(isoTime(startMs)).step() < 0)
                return fail("lesson versions");
    }

    // Lesson progress: trainees work through the course in order, some further than others.
    Stmt progress(sql, conn, "INSERT INTO lesson_progress (user_id, lesson_id, first_opened_at, last_opened_at, opened_hash, "
                       "time_spent_ms) VALUES (?, ?, ?, ?, ?, ?)");
    Stmt completion(sql, conn, "INSERT INTO lesson_completions (user_id, lesson_id, content_hash, completed_at) VALUES (?, ?, ?, ?)");
    for (int u = 0; u < trainees.size(); ++u) {
        Rng rng(seed, QStringLiteral("progress:") + traineeLogin(u));
        const int opened = qMin(int(lessons.size()), rng.between(size.lessonsOpened / 2, size.lessonsOpened * 3 / 2));
        const int completed = qMax(0, opened - rng.between(0, qMax(1, opened / 5)));
        for (int l = 0; l < opened; ++l) {
            const qint64 first = startMs + qint64(l) * spanMs / qMax(1, opened) + rng.below(int(dayMs));
            const qint64 last = first + rng.below(20) * dayMs;
            const bool outdated = rng.chance(5);
            const QByteArray h = outdated ? QByteArray(64, 'a') : lessons[l].contentHash;
            if (progress.i(trainees[u]).t(lessons[l].id.toUtf8()).t(isoTime(first)).t(isoTime(qMin(last, nowMs))).t(h)
                    .i(rng.between(60, 1800) * 1000)
                    .step() < 0)
                return fail("lesson progress");
            ++n.progress;
            if (l < completed) {
                if (completion.i(trainees[u]).t(lessons[l].id.toUtf8()).t(h).t(isoTime(qMin(last + 600000, nowMs))).step() < 0)
                    return fail("lesson completions");
                ++n.completions;
            }
        }
    }

    // Quiz attempts and answers, round by round across all trainees.
    Stmt attempt(sql, conn, "INSERT INTO quiz_attempts (user_id, quiz_id, content_hash, mode, shuffle_seed, registration, "
                      "started_at, finished_at, score, max_score, passed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Stmt answer(sql, conn, "INSERT INTO quiz_answers (attempt_id, question_id, answer_json, points_awarded, points_possible, "
                     "correct, duration_ms, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    Rng quizRng(seed, QStringLiteral("quizzes"));
    for (int k = 0; k < size.attemptsPerTrainee; ++k) {
        for (int u = 0; u < trainees.size(); ++u) {
            const GeneratedQuiz &quiz = quizzes[(u * 7 + k * 13) % quizzes.size()];
            const qint64 started = startMs + qint64(k) * spanMs / size.attemptsPerTrainee + quizRng.below(int(dayMs * 5));
            const int questions = int(quiz.questions.size());
            const int correctCount = quizRng.between(questions / 2, questions);
            qint64 at = started;
            const bool unfinished = k == size.attemptsPerTrainee - 1 && u % 50 == 0;
            attempt.i(trainees[u]).t(quiz.id.toUtf8()).t(quiz.contentHash).t(quizRng.chance(30) ? "test" : "practice")
                .i(qint64(quizRng.next() >> 2)).t(uuidFor(quizRng)).t(isoTime(started));
            if (unfinished)
                attempt.null().null().null().null();
            else
                attempt.t(isoTime(started + questions * 40000)).d(correctCount).d(questions)
                    .i(correctCount * 100 >= questions * 80 ? 1 : 0);
            const qint64 attemptId = attempt.step();
            if (attemptId < 0)
                return fail("quiz attempts");
            ++n.attempts;
            for (int j = 0; j < questions; ++j) {
                const bool correct = j < correctCount;
                const int duration = quizRng.between(4000, 60000);
                at += duration;
                if (answer.i(attemptId).t(quiz.questions[j].id.toUtf8()).t(answerJson(quizRng, quiz.questions[j].type))
                        .d(correct ? 1 : 0).d(1).i(correct ? 1 : 0).i(duration).t(isoTime(at))
                        .step() < 0)
                    return fail("quiz answers");
                ++n.answers;
            }
        }
    }

    // Scenario runs and turns
    Stmt run(sql, conn, "INSERT INTO scenario_runs (user_id, scenario_id, content_hash, registration, started_at, finished_at, "
                  "outcome, ending_id, overall) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Stmt turn(sql, conn, "INSERT INTO scenario_turns (run_id, turn_index, node_id, option_index, reply_text, reply_ms, mood_after, "
                   "score_changes_json, recorded_at, landmine_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Stmt total(sql, conn, "INSERT INTO scenario_totals (run_id, dimension, score) VALUES (?, ?, ?)");
    const char *dims[] = {"attitude", "empathy", "knowledge", "speed", "resolution", "compliance"};
    const int pathOptions[] = {0, 1, 0, -1, 0}; // open → ask → upset → reply (free reply) → close → solved
    Rng runRng(seed, QStringLiteral("scenarios"));
    for (int k = 0; k < size.runsPerTrainee; ++k) {
        for (int u = 0; u < trainees.size(); ++u) {
            const GeneratedScenario &sc = scenarios[(u * 11 + k * 17) % scenarios.size()];
            const qint64 started = startMs + qint64(k) * spanMs / size.runsPerTrainee + runRng.below(int(dayMs * 5));
            const double overall = runRng.between(40, 100);
            const qint64 runId = run.i(trainees[u]).t(sc.id.toUtf8()).t(sc.contentHash).t(uuidFor(runRng))
                                     .t(isoTime(started)).t(isoTime(started + 300000)).t("resolved").t("solved").d(overall)
                                     .step();
            if (runId < 0)
                return fail("scenario runs");
            ++n.runs;
            int mood = 40;
            qint64 at = started;
            for (int t = 0; t < sc.pathNodes.size(); ++t) {
                const int replyMs = runRng.between(5000, 90000);
                at += replyMs;
                mood = qBound(0, mood + runRng.between(-20, 20), 100);
                turn.i(runId).i(t).t(sc.pathNodes[t].toUtf8());
                if (pathOptions[t % 5] >= 0)
                    turn.i(pathOptions[t % 5]).null();
                else
                    turn.null().t(QStringLiteral("亲，非常抱歉给您添麻烦了，马上给您补发，顺丰加急，明天就能到～").toUtf8());
                const bool mine = t == 1 && runRng.chance(30);
                if (turn.i(replyMs).i(mood).t("{\"attitude\":2,\"empathy\":1}").t(isoTime(at))
                        .t(mine ? "[\"arguing\"]" : "[]")
                        .step() < 0)
                    return fail("scenario turns");
                ++n.turns;
            }
            for (const char *dim : dims)
                if (total.i(runId).t(dim).d(runRng.between(30, 100)).step() < 0)
                    return fail("scenario totals");
        }
    }

    // Review cards (questions the trainee met), some due, with a review log
    Stmt card(sql, conn, "INSERT INTO review_cards (user_id, item_kind, item_id, stability, difficulty, due, last_review, reps, "
                   "lapses, state, step) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Stmt log(sql, conn, "INSERT INTO review_log (card_id, rating, reviewed_at, duration_ms, state_after, due_after) "
                  "VALUES (?, ?, ?, ?, ?, ?)");
    for (int u = 0; u < trainees.size(); ++u) {
        Rng rng(seed, QStringLiteral("cards:") + traineeLogin(u));
        const GeneratedQuiz &first = quizzes[(u * 7) % quizzes.size()];
        for (int c = 0; c < size.reviewCards; ++c) {
            const GeneratedQuiz &quiz = c < first.questions.size() ? first : quizzes[(u * 7 + 13 * (c / 20 + 1)) % quizzes.size()];
            const bool decision = c % 10 == 9;
            const QString item = decision ? QString(scenarios[(u + c) % scenarios.size()].id + QStringLiteral("/ask"))
                                          : QString(quiz.id + u'/' + quiz.questions[c % quiz.questions.size()].id);
            const qint64 due = nowMs + qint64(rng.between(-30, 60)) * dayMs + rng.below(int(dayMs));
            const qint64 last = due - qint64(rng.between(1, 30)) * dayMs;
            const int reps = rng.between(1, 8);
            const int state = rng.between(1, 3);
            const qint64 cardId = card.i(trainees[u]).t(decision ? "scenario-decision" : "question").t(item.toUtf8())
                                      .d(rng.between(1, 300) / 10.0).d(rng.between(10, 100) / 10.0).t(isoTime(due))
                                      .t(isoTime(last)).i(reps).i(rng.between(0, 2)).i(state).i(0)
                                      .step();
            if (cardId < 0)
                return fail("review cards");
            ++n.cards;
            if (log.i(cardId).i(rng.between(1, 4)).t(isoTime(last)).i(rng.between(2000, 30000)).i(state).t(isoTime(due)).step() < 0)
                return fail("review log");
            ++n.reviewLog;
        }
    }

    if (!sql.exec("COMMIT") || !sql.exec("PRAGMA journal_mode = WAL"))
        return fail("committing");
    if (counts)
        *counts = n;
    return true;
}

} // namespace dojo::bench
