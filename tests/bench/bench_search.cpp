// Search benchmarks on the large generated course (zh-CN and en, each with its own index as the app
// builds it): p50/p95 over many different queries of each kind, 20 hits each, as the search field asks
// while the user types.
//   BM_SearchBuild       building the index of one locale (once per course load)
//   BM_Search/<kind>     1-, 2- and 4-character Chinese queries, English words, two-word English queries
// Queries are taken from the course's own text (so most match) plus a few that match nothing.
//   dojo_bench_search --course ROOT [benchmark options]
#include "benchutil.h"

#include "content/courseloader.h"
#include "search/searchindex.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

#include <chrono>
#include <memory>

using namespace dojo;
using Clock = std::chrono::steady_clock;

namespace {
ContentLibrary g_library;
std::unique_ptr<SearchIndex> g_zh, g_en;
QMap<QString, QStringList> g_queries; // kind -> queries
QMap<QString, QString> g_labels;

bool isHan(QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; }

// Deterministic query sets from the course text: runs of Han characters cut to n characters, and
// English words of 4+ letters.
void makeQueries()
{
    QStringList han1, han2, han4, enWords, enPairs;
    QSet<QString> seen;
    const Course *zh = g_library.course(QStringLiteral("zh-CN"));
    const Course *en = g_library.course(QStringLiteral("en"));
    int k = 0;
    for (const Lesson &lesson : zh->lessons) {
        const QString &text = lesson.markdown;
        for (qsizetype i = (k++ * 37) % 200; i + 4 < text.size() && han4.size() < 400; i += 997) {
            if (isHan(text[i]) && isHan(text[i + 1]) && isHan(text[i + 2]) && isHan(text[i + 3])) {
                for (auto [list, n] : {std::pair{&han1, 1}, std::pair{&han2, 2}, std::pair{&han4, 4}}) {
                    const QString q = text.mid(i, n);
                    if (!seen.contains(q) || n == 1) {
                        seen.insert(q);
                        list->append(q);
                    }
                }
            }
        }
    }
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{4,}"));
    k = 0;
    for (const Lesson &lesson : en->lessons) {
        if (k++ % 3)
            continue;
        QRegularExpressionMatchIterator it = word.globalMatch(lesson.markdown);
        QStringList words;
        while (it.hasNext() && words.size() < 6)
            words += it.next().captured(0);
        if (words.size() >= 2) {
            enWords += words[k % words.size()].toLower();
            enPairs += words[0].toLower() + u' ' + words[1].toLower();
        }
    }
    // Misses: every kind gets some queries that match nothing.
    han1 += {QStringLiteral("龘"), QStringLiteral("鱻")};
    han2 += {QStringLiteral("龘龘"), QStringLiteral("火星")};
    han4 += {QStringLiteral("量子纠缠"), QStringLiteral("火星基地")};
    enWords += {QStringLiteral("xylophone"), QStringLiteral("quasar")};
    enPairs += {QStringLiteral("quasar xylophone")};
    g_queries = {{QStringLiteral("zh-1"), han1}, {QStringLiteral("zh-2"), han2}, {QStringLiteral("zh-4"), han4},
                 {QStringLiteral("en-word"), enWords}, {QStringLiteral("en-2words"), enPairs}};
    g_labels = {{QStringLiteral("zh-1"), QStringLiteral("1-char Chinese")},
                {QStringLiteral("zh-2"), QStringLiteral("2-char Chinese")},
                {QStringLiteral("zh-4"), QStringLiteral("4-char Chinese")},
                {QStringLiteral("en-word"), QStringLiteral("English word")},
                {QStringLiteral("en-2words"), QStringLiteral("two English words")}};
}

void BM_SearchBuild(benchmark::State &state)
{
    const Course *zh = g_library.course(QStringLiteral("zh-CN"));
    for (auto _ : state) {
        SearchIndex index(*zh);
        benchmark::DoNotOptimize(index.documentCount());
    }
    state.SetLabel("zh-CN index");
}
BENCHMARK(BM_SearchBuild)->Unit(benchmark::kMillisecond);

void runQueries(benchmark::State &state, const QString &kind)
{
    const SearchIndex &index = kind.startsWith(u'e') ? *g_en : *g_zh;
    const QStringList queries = g_queries.value(kind);
    if (queries.isEmpty()) {
        state.SkipWithError("no queries of this kind");
        return;
    }
    std::vector<double> ms;
    qint64 hits = 0;
    qsizetype i = 0;
    for (auto _ : state) {
        const QString &q = queries[i++ % queries.size()];
        const auto start = Clock::now();
        const QList<SearchHit> found = index.search(q, 20);
        const double t = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
        hits += found.size();
        state.SetIterationTime(t / 1000.0);
        ms.push_back(t);
    }
    bench::reportLatencies(state, ms);
    state.counters["queries"] = double(queries.size());
    state.counters["mean_hits"] = ms.empty() ? 0 : double(hits) / double(ms.size());
    state.SetLabel(g_labels.value(kind).toStdString());
}
} // namespace

int main(int argc, char **argv)
{
    const QString root = bench::takeOption(argc, argv, "--course");
    // --samples N: queries per kind (default: every query of the set twice, at least 200).
    const int samples = bench::takeOption(argc, argv, "--samples").toInt();
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    if (root.isEmpty()) {
        err << "dojo_bench_search: give --course ROOT (made by dojo_datagen)\n";
        return 2;
    }
    g_library = loadContentLibrary(root);
    if (!g_library.course(QStringLiteral("zh-CN")) || !g_library.course(QStringLiteral("en"))) {
        err << "dojo_bench_search: " << root << " needs zh-CN and en\n";
        return 1;
    }
    g_zh = std::make_unique<SearchIndex>(*g_library.course(QStringLiteral("zh-CN")));
    g_en = std::make_unique<SearchIndex>(*g_library.course(QStringLiteral("en")));
    if (!g_zh->isReady() || !g_en->isReady()) {
        err << "dojo_bench_search: the index was not built: " << g_zh->error() << g_en->error() << '\n';
        return 1;
    }
    makeQueries();
    for (auto it = g_queries.cbegin(); it != g_queries.cend(); ++it) {
        const QString kind = it.key();
        // Every query of the set at least twice over (p95 over many different queries, not one).
        benchmark::RegisterBenchmark(("BM_Search/" + kind.toStdString()).c_str(),
                                     [kind](benchmark::State &s) { runQueries(s, kind); })
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond)
            ->Iterations(samples > 0 ? samples : std::max<qsizetype>(200, 2 * it->size()));
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    benchmark::AddCustomContext("documents", std::to_string(g_zh->documentCount()));
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_zh.reset(); // before Qt SQL's globals go at exit
    g_en.reset();
    return 0;
}
