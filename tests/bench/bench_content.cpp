// Content benchmarks on the large generated course:
//   BM_LoadWarm              the course loaded again in a process that has loaded it before, with the
//                            parsed-course cache (--cache DIR) as the app uses it
//   BM_LoadWarmFromCacheFile the same after dropping what the process keeps in memory: the cache file is read
//                            (from the page cache) as by a new process
//   BM_LoadNoCache           every file parsed (no cache: `servicedojo validate`, or a first start)
//   BM_LoadWarmOneLocale     zh-CN only, no cache
//   BM_Render*               every lesson of the course rendered to the page the app serves (MarkdownRenderer +
//                            LessonPage, UTF-8) against raw cmark-gfm (same extensions and options) on the same input
//   BM_Pathological          each of cmark's pathological inputs at the lesson size limit (tst_pathological's,
//                            pathologicalinputs.h) loaded in a small course and, when it loads, rendered
// and one-shot loads timed in a fresh process whose course files (and cache file) were dropped from the page
// cache first (posix_fadvise DONTNEED):
//   --cold    the first loadContentLibrary of the process, with the cache file present
//   --first   the same without a cache file (every file parsed, the cache file written)
//   dojo_bench_content --course ROOT [--cache DIR] [--cold | --first] [benchmark options]
#include "benchutil.h"

#include "content/courseloader.h"
#include "markdown/cmarkdocument.h"
#include "markdown/lessonpage.h"
#include "markdown/markdownrenderer.h"
#include "pathologicalinputs.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdio>
#include <ctime>
#include <functional>

using namespace dojo;

namespace {
QString g_root;
QString g_cache;              // the parsed-course cache folder
QList<QString> g_markdown;    // zh-CN and en lesson bodies, as loaded
QList<QByteArray> g_utf8;     // the same bodies as UTF-8 for raw cmark
QList<QString> g_titles, g_locales;

void BM_LoadWarm(benchmark::State &state)
{
    ContentCacheReport report;
    for (auto _ : state) {
        ContentLibrary library = loadContentLibrary(g_root, g_cache, &report);
        benchmark::DoNotOptimize(library);
    }
    state.counters["files_parsed"] = report.filesParsed;
    state.SetLabel("zh-CN + en, as the app loads it (cache in memory)");
}
BENCHMARK(BM_LoadWarm)->Unit(benchmark::kMillisecond);

void BM_LoadWarmFromCacheFile(benchmark::State &state)
{
    ContentCacheReport report;
    for (auto _ : state) {
        dropContentCacheMemory();
        ContentLibrary library = loadContentLibrary(g_root, g_cache, &report);
        benchmark::DoNotOptimize(library);
    }
    state.counters["files_parsed"] = report.filesParsed;
    state.SetLabel("zh-CN + en, cache file read again (page cache)");
}
BENCHMARK(BM_LoadWarmFromCacheFile)->Unit(benchmark::kMillisecond);

void BM_LoadNoCache(benchmark::State &state)
{
    for (auto _ : state) {
        ContentLibrary library = loadContentLibrary(g_root);
        benchmark::DoNotOptimize(library);
    }
    state.SetLabel("zh-CN + en, every file parsed");
}
BENCHMARK(BM_LoadNoCache)->Unit(benchmark::kMillisecond);

void BM_LoadWarmOneLocale(benchmark::State &state)
{
    for (auto _ : state) {
        Course course = loadCourse(g_root + QStringLiteral("/zh-CN"));
        benchmark::DoNotOptimize(course);
    }
    state.SetLabel("zh-CN only");
}
BENCHMARK(BM_LoadWarmOneLocale)->Unit(benchmark::kMillisecond);

void BM_RenderOurs(benchmark::State &state)
{
    const MarkdownRenderer renderer;
    for (auto _ : state) {
        for (qsizetype i = 0; i < g_markdown.size(); ++i) {
            const RenderedMarkdown rendered = renderer.render(g_markdown[i]);
            const QByteArray page =
                LessonPage::build({g_locales[i], g_titles[i], rendered.html, PageTheme::Light}).toUtf8();
            benchmark::DoNotOptimize(page.constData());
        }
    }
    state.SetItemsProcessed(state.iterations() * g_markdown.size());
    state.SetLabel("every lesson: MarkdownRenderer + LessonPage + UTF-8");
}
BENCHMARK(BM_RenderOurs)->Unit(benchmark::kMillisecond);

void BM_RenderRawCmark(benchmark::State &state)
{
    cmark_gfm_core_extensions_ensure_registered();
    for (auto _ : state) {
        for (const QByteArray &md : g_utf8) {
            cmark_parser *parser = cmark_parser_new(CmarkDocument::kOptions);
            for (const char *name : {"table", "strikethrough", "autolink", "tasklist"})
                if (cmark_syntax_extension *ext = cmark_find_syntax_extension(name))
                    cmark_parser_attach_syntax_extension(parser, ext);
            cmark_parser_feed(parser, md.constData(), size_t(md.size()));
            cmark_node *root = cmark_parser_finish(parser);
            char *html = cmark_render_html(root, CmarkDocument::kOptions, cmark_parser_get_syntax_extensions(parser));
            benchmark::DoNotOptimize(html);
            free(html);
            cmark_node_free(root);
            cmark_parser_free(parser);
        }
    }
    state.SetItemsProcessed(state.iterations() * g_utf8.size());
    state.SetLabel("every lesson: cmark-gfm parse + render_html, same extensions");
}
BENCHMARK(BM_RenderRawCmark)->Unit(benchmark::kMillisecond);

// A copy of the small test course (tests/data/content-errors/base) that the lesson under test joins.
QString copyPathologicalCourse(const QTemporaryDir &dir)
{
    const QString base = QStringLiteral(DOJO_PATHOLOGICAL_COURSE);
    const QString root = dir.filePath(QStringLiteral("content"));
    QDirIterator it(base, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = root + from.mid(base.size());
        QDir().mkpath(QFileInfo(to).absolutePath());
        QFile::copy(from, to);
    }
    return root + QStringLiteral("/zh-CN");
}

// Each input as zh-CN/lessons/patho.md: the course loaded (what the lesson adds to a load is the loader's
// checks and its cmark-gfm parse; a refused lesson stops at the pre-scan), then, when it loaded, the page
// rendered as the lesson scheme handler serves it. Per input the median of the iterations; the figure is
// the input whose slower phase is slowest, each phase against the 100 ms budget.
void BM_Pathological(benchmark::State &state)
{
    const QList<pathological::Input> inputs = pathological::inputs();
    const QTemporaryDir dir;
    const QString localeDir = copyPathologicalCourse(dir);
    const QString lessonPath = localeDir + QStringLiteral("/lessons/patho.md");
    // Per input: wall and CPU milliseconds of each phase (CPU time shows what a busy machine added).
    struct Samples {
        std::vector<double> load, render, loadCpu, renderCpu;
    };
    std::vector<Samples> samples(size_t(inputs.size()));
    const MarkdownRenderer renderer;
    const auto cpuMs = [] {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
    };
    QElapsedTimer timer;
    for (auto _ : state) {
        for (qsizetype i = 0; i < inputs.size(); ++i) {
            QFile file(lessonPath);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                state.SkipWithError("cannot write the lesson under test");
                return;
            }
            file.write(pathological::frontMatter() + inputs[i].body);
            file.close();
            Samples &s = samples[size_t(i)];
            double cpu = cpuMs();
            timer.start();
            const Course course = loadCourse(localeDir);
            s.load.push_back(double(timer.nsecsElapsed()) / 1e6);
            s.loadCpu.push_back(cpuMs() - cpu);
            double render = 0, renderCpu = 0;
            if (const Lesson *lesson = course.lesson(QStringLiteral("patho"))) {
                cpu = cpuMs();
                timer.start();
                const RenderedMarkdown rendered = renderer.render(lesson->markdown);
                const QByteArray page =
                    LessonPage::build({course.locale, lesson->title, rendered.html, PageTheme::Light}).toUtf8();
                benchmark::DoNotOptimize(page.constData());
                render = double(timer.nsecsElapsed()) / 1e6;
                renderCpu = cpuMs() - cpu;
            }
            s.render.push_back(render);
            s.renderCpu.push_back(renderCpu);
        }
    }
    struct Measured {
        double load, render, loadCpu, renderCpu;
        QByteArray name;
        bool rendered;
        double slower() const { return std::max(load, render); }
    };
    std::vector<Measured> measured;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const Samples &s = samples[size_t(i)];
        measured.push_back({bench::percentile(s.load, 50), bench::percentile(s.render, 50),
                            bench::percentile(s.loadCpu, 50), bench::percentile(s.renderCpu, 50), inputs[i].name,
                            inputs[i].refusal.isEmpty()});
    }
    std::sort(measured.begin(), measured.end(),
              [](const Measured &a, const Measured &b) { return a.slower() > b.slower(); });
    if (measured.empty())
        return;
    const Measured &slowest = measured.front();
    state.counters["slowest_ms"] = slowest.slower();
    state.counters["slowest_load_ms"] = slowest.load;
    state.counters["slowest_render_ms"] = slowest.render;
    state.counters["slowest_cpu_ms"] = std::max(slowest.loadCpu, slowest.renderCpu);
    state.counters["inputs"] = double(inputs.size());
    state.counters["refused"] =
        double(std::count_if(inputs.cbegin(), inputs.cend(), [](const auto &in) { return !in.refusal.isEmpty(); }));
    state.SetLabel(slowest.name.toStdString());
    const bool all = qEnvironmentVariableIsSet("DOJO_BENCH_PATHOLOGICAL_ALL");
    std::fprintf(stderr, "pathological Markdown, %s (median ms; wall, CPU in brackets):\n",
                 all ? "every input" : "the slowest inputs (DOJO_BENCH_PATHOLOGICAL_ALL=1 for all)");
    for (size_t i = 0; i < (all ? measured.size() : std::min<size_t>(8, measured.size())); ++i) {
        const Measured &m = measured[i];
        std::fprintf(stderr, "  load %6.1f (%6.1f)  render %6.1f (%6.1f)  %s, %s\n", m.load, m.loadCpu, m.render,
                     m.renderCpu, m.name.constData(), m.rendered ? "rendered" : "refused");
    }
}
BENCHMARK(BM_Pathological)->Unit(benchmark::kMillisecond)->Iterations(7);
} // namespace

int main(int argc, char **argv)
{
    g_root = bench::takeOption(argc, argv, "--course");
    g_cache = bench::takeOption(argc, argv, "--cache");
    const bool cold = bench::takeFlag(argc, argv, "--cold");
    const bool first = bench::takeFlag(argc, argv, "--first");
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    if (g_root.isEmpty()) {
        err << "dojo_bench_content: give --course ROOT (a content root made by dojo_datagen)\n";
        return 2;
    }
    if (g_cache.isEmpty())
        g_cache = QDir::cleanPath(g_root + QStringLiteral("/../content-cache"));
    if (cold || first) {
        // Fresh process, course files and cache file out of the page cache: what the first start after a
        // reboot pays (--cold), or the first start after the course or the app changed (--first).
        if (first)
            QDir(g_cache).removeRecursively();
        const int dropped = bench::evictFromPageCache(g_root) + bench::evictFromPageCache(g_cache);
        ContentCacheReport report;
        QElapsedTimer timer;
        timer.start();
        const ContentLibrary library = loadContentLibrary(g_root, g_cache, &report);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        std::printf("{\"%s\": %.2f, \"files_parsed\": %d, \"files_reused\": %d, \"cache_file_read\": %s, "
                    "\"cache_file_written\": %s, \"files_dropped\": %d, \"errors\": %d}\n",
                    first ? "first_load_ms" : "cold_load_ms", ms, report.filesParsed, report.filesReused,
                    report.readCacheFile ? "true" : "false", report.wroteCacheFile ? "true" : "false", dropped,
                    library.errorCount());
        return library.errorCount() == 0 ? 0 : 1;
    }
    const ContentLibrary library = loadContentLibrary(g_root, g_cache);
    if (library.errorCount() != 0 || library.warningCount() != 0 || library.locales.isEmpty()) {
        for (const Diagnostic &d : library.allDiagnostics().mid(0, 10))
            err << d.pos.file << ':' << d.pos.line << ':' << d.pos.column << ": " << d.message << '\n';
        err << "dojo_bench_content: the course at " << g_root << " has " << library.errorCount() << " errors and "
            << library.warningCount() << " warnings\n";
        return 1;
    }
    for (const Course &course : library.locales) {
        for (const Lesson &lesson : course.lessons) {
            g_markdown += lesson.markdown;
            g_utf8 += lesson.markdown.toUtf8();
            g_titles += lesson.title;
            g_locales += course.locale;
        }
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    benchmark::AddCustomContext("lessons_rendered", std::to_string(g_markdown.size()));
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
