// Record benchmarks on the large generated history (a real ServiceDojo database, WAL, synchronous FULL):
//   BM_AnswerCommit    QuizAttemptStore::recordAnswer, each a committed transaction (p50/p99)
//   BM_HomeLearningPath  the trainee home: the learning path of one trainee (loadLearnerRecords, a handful
//                      of per-user queries, + buildLearningPath over the 2,000 items of the large course)
//   BM_TraineeHome     the record-store calls a home could make instead: progress of every lesson (allProgress),
//                      quiz attempts, scenario runs, due review cards
//   BM_TraineeHistory  one trainee's whole record: every attempt with its answers, every run with its turns
// The read benchmarks cycle through 200 trainees, so each call reads another trainee's rows.
//   dojo_bench_records --history FILE --course ROOT [benchmark options]
#include "benchutil.h"

#include "content/courseloader.h"
#include "historygen.h"
#include "learning/learningpath.h"
#include "storage/database.h"
#include "storage/lessonprogressstore.h"
#include "storage/quizattemptstore.h"
#include "storage/reviewstore.h"
#include "storage/scenariorunstore.h"

#include <QCoreApplication>
#include <QTextStream>

#include <chrono>
#include <memory>

using namespace dojo;
using Clock = std::chrono::steady_clock;

namespace {
std::unique_ptr<Database> g_db;
Course g_course; // zh-CN
QHash<QString, QByteArray> g_lessonHashes;
QList<qint64> g_trainees; // a spread of trainees for the read benchmarks
qint64 g_writer = 0;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

Actor trainee(qint64 id) { return Actor{id, Role::Trainee}; }

void BM_AnswerCommit(benchmark::State &state)
{
    QuizAttemptStore store(*g_db);
    const Actor me = trainee(g_writer);
    std::vector<double> ms;
    qint64 attemptId = 0;
    int answered = 0;
    int n = 0;
    for (auto _ : state) {
        if (attemptId == 0 || answered == 20) {
            if (attemptId)
                (void)store.finishAttempt(me, attemptId, 15, 20, false, QDateTime::currentDateTimeUtc());
            const StoreResult<QuizAttempt> a = store.startAttempt(me, g_writer, QStringLiteral("q-001"), "bench", QuizMode::Practice,
                                                                 42, QDateTime::currentDateTimeUtc());
            if (!a) {
                state.SkipWithError(a.error().message.toStdString().c_str());
                break;
            }
            attemptId = a->id;
            answered = 0;
        }
        QuizAnswerRecord answer;
        answer.questionId = QStringLiteral("q-001-%1").arg(++answered, 2, 10, QChar(u'0'));
        answer.answerJson = QStringLiteral("{\"choice\":[1]}");
        answer.pointsAwarded = 1;
        answer.pointsPossible = 1;
        answer.correct = true;
        answer.durationMs = 12000 + n++;
        answer.answeredAt = QDateTime::currentDateTimeUtc();
        const auto start = Clock::now();
        const StoreResult<RecordWrite> written = store.recordAnswer(me, attemptId, answer);
        const double t = msSince(start);
        if (!written) {
            state.SkipWithError(written.error().message.toStdString().c_str());
            break;
        }
        state.SetIterationTime(t / 1000.0);
        ms.push_back(t);
    }
    bench::reportLatencies(state, ms);
    // Leave the history as generated: the answers cascade with their attempts.
    (void)g_db->write([&]() -> StoreStatus {
        return g_db->execute(QStringLiteral("DELETE FROM quiz_attempts WHERE user_id = ?"), {g_writer});
    });
}

void BM_TraineeHome(benchmark::State &state)
{
    LessonProgressStore progress(*g_db);
    QuizAttemptStore attempts(*g_db);
    ScenarioRunStore runs(*g_db);
    ReviewStore reviews(*g_db);
    std::vector<double> ms;
    int i = 0;
    for (auto _ : state) {
        const qint64 id = g_trainees[i++ % g_trainees.size()];
        const Actor me = trainee(id);
        const auto start = Clock::now();
        const auto p = progress.allProgress(me, id, g_lessonHashes);
        const auto a = attempts.attempts(me, id);
        const auto r = runs.runs(me, id);
        const auto c = reviews.dueCards(me, id, bench::historyNow());
        const double t = msSince(start);
        if (!p || !a || !r || !c || p->isEmpty() || a->isEmpty()) {
            state.SkipWithError("a home query failed or found nothing");
            break;
        }
        state.SetIterationTime(t / 1000.0);
        ms.push_back(t);
    }
    bench::reportLatencies(state, ms);
    state.SetLabel("allProgress + attempts + runs + dueCards (store calls)");
}

// What the trainee home shows: the learning path (loadLearnerRecords + buildLearningPath).
void BM_HomeLearningPath(benchmark::State &state)
{
    std::vector<double> ms;
    int i = 0;
    const QDate today = bench::historyNow().date();
    for (auto _ : state) {
        const qint64 id = g_trainees[i++ % g_trainees.size()];
        const auto start = Clock::now();
        const StoreResult<LearnerRecords> records = loadLearnerRecords(*g_db, trainee(id), id, bench::historyNow());
        if (!records) {
            state.SkipWithError(records.error().message.toStdString().c_str());
            break;
        }
        const LearningPath path = buildLearningPath(g_course, *records, today);
        benchmark::DoNotOptimize(path.progressPercent);
        const double t = msSince(start);
        state.SetIterationTime(t / 1000.0);
        ms.push_back(t);
    }
    bench::reportLatencies(state, ms);
    state.SetLabel("loadLearnerRecords + buildLearningPath");
}

void BM_TraineeHistory(benchmark::State &state)
{
    QuizAttemptStore attempts(*g_db);
    ScenarioRunStore runs(*g_db);
    std::vector<double> ms;
    int i = 0;
    qint64 rows = 0;
    for (auto _ : state) {
        const qint64 id = g_trainees[i++ % g_trainees.size()];
        const Actor me = trainee(id);
        const auto start = Clock::now();
        bool ok = true;
        const auto a = attempts.attempts(me, id);
        ok = ok && a;
        if (a)
            for (const QuizAttempt &attempt : *a) {
                const auto answers = attempts.answers(me, attempt.id);
                ok = ok && answers;
                rows += answers ? answers->size() : 0;
            }
        const auto r = runs.runs(me, id);
        ok = ok && r;
        if (r)
            for (const ScenarioRunRecord &run : *r) {
                const auto turns = runs.turns(me, run.id);
                ok = ok && turns;
                rows += turns ? turns->size() : 0;
            }
        const double t = msSince(start);
        if (!ok) {
            state.SkipWithError("a history query failed");
            break;
        }
        state.SetIterationTime(t / 1000.0);
        ms.push_back(t);
    }
    bench::reportLatencies(state, ms);
    state.counters["rows_per_trainee"] = ms.empty() ? 0 : double(rows) / double(ms.size());
    state.SetLabel("attempts + answers of each, runs + turns of each");
}
} // namespace

int main(int argc, char **argv)
{
    const QString history = bench::takeOption(argc, argv, "--history");
    const QString courseRoot = bench::takeOption(argc, argv, "--course");
    // --samples N: calls per benchmark (default 1000 commits, 400 reads); the smoke test uses 2.
    const int samples = bench::takeOption(argc, argv, "--samples").toInt();
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    if (history.isEmpty() || courseRoot.isEmpty()) {
        err << "dojo_bench_records: give --history FILE and --course ROOT (made by dojo_datagen)\n";
        return 2;
    }
    StoreResult<std::unique_ptr<Database>> opened = Database::open(history);
    if (!opened) {
        err << "dojo_bench_records: " << opened.error().message << '\n';
        return 1;
    }
    g_db = std::move(opened).value();
    g_course = loadCourse(courseRoot + QStringLiteral("/zh-CN"));
    for (const Lesson &lesson : g_course.lessons)
        g_lessonHashes.insert(lesson.id, lesson.contentHash);

    QList<qint64> all;
    {
        StoreResult<QSqlQuery> q = g_db->exec(QStringLiteral("SELECT id, login FROM users WHERE roles = 1 ORDER BY id"));
        if (!q) {
            err << "dojo_bench_records: " << q.error().message << '\n';
            return 1;
        }
        while (q->next()) {
            if (q->value(1).toString() == bench::benchWriterLogin())
                g_writer = q->value(0).toLongLong();
            else
                all += q->value(0).toLongLong();
        }
    }
    if (all.isEmpty() || g_writer == 0) {
        err << "dojo_bench_records: " << history << " holds no generated trainees\n";
        return 1;
    }
    const qsizetype step = qMax<qsizetype>(1, all.size() / 200);
    for (qsizetype k = 0; k < all.size() && g_trainees.size() < 200; k += step)
        g_trainees += all[k];

    benchmark::RegisterBenchmark("BM_AnswerCommit", BM_AnswerCommit)
        ->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(samples > 0 ? samples : 1000);
    benchmark::RegisterBenchmark("BM_TraineeHome", BM_TraineeHome)
        ->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(samples > 0 ? samples : 400);
    benchmark::RegisterBenchmark("BM_HomeLearningPath", BM_HomeLearningPath)
        ->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(samples > 0 ? samples : 400);
    benchmark::RegisterBenchmark("BM_TraineeHistory", BM_TraineeHistory)
        ->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(samples > 0 ? samples : 400);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    benchmark::AddCustomContext("trainees", std::to_string(all.size()));
    if (StoreResult<QSqlQuery> v = g_db->exec(QStringLiteral("SELECT sqlite_version()")); v && v->next())
        benchmark::AddCustomContext("sqlite_version", v->value(0).toString().toStdString());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_db.reset();
    return 0;
}
