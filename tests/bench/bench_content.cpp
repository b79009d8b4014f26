// Content benchmarks on the large generated course:
//   BM_LoadWarm*     the course loaded again in a process that has loaded it before (files in the page cache)
//   BM_Render*       every lesson of the course rendered to the page the app serves (MarkdownRenderer +
//                    LessonPage, UTF-8) against raw cmark-gfm (same extensions and options) on the same input
// and, with --cold, one "cold" load: a fresh process whose course files were dropped from the page cache
// first (posix_fadvise DONTNEED), timed around the first loadContentLibrary of the process.
//   dojo_bench_content --course ROOT [--cold] [benchmark options]
#include "benchutil.h"

#include "content/courseloader.h"
#include "markdown/cmarkdocument.h"
#include "markdown/lessonpage.h"
#include "markdown/markdownrenderer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdio>

using namespace dojo;

namespace {
QString g_root;
QList<QString> g_markdown;    // zh-CN and en lesson bodies, as loaded
QList<QByteArray> g_utf8;     // the same bodies as UTF-8 for raw cmark
QList<QString> g_titles, g_locales;

void BM_LoadWarm(benchmark::State &state)
{
    for (auto _ : state) {
        ContentLibrary library = loadContentLibrary(g_root);
        benchmark::DoNotOptimize(library);
    }
    state.SetLabel("zh-CN + en, as the app loads it");
}
BENCHMARK(BM_LoadWarm)->Unit(benchmark::kMillisecond);

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
} // namespace

int main(int argc, char **argv)
{
    g_root = bench::takeOption(argc, argv, "--course");
    const bool cold = bench::takeFlag(argc, argv, "--cold");
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    if (g_root.isEmpty()) {
        err << "dojo_bench_content: give --course ROOT (a content root made by dojo_datagen)\n";
        return 2;
    }
    if (cold) {
        // Fresh process, course files out of the page cache: what the first start after a reboot or
        // a content update pays.
        const int dropped = bench::evictFromPageCache(g_root);
        QElapsedTimer timer;
        timer.start();
        const ContentLibrary library = loadContentLibrary(g_root);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        std::printf("{\"cold_load_ms\": %.2f, \"files_dropped\": %d, \"errors\": %d}\n", ms, dropped,
                    library.errorCount());
        return library.errorCount() == 0 ? 0 : 1;
    }
    const ContentLibrary library = loadContentLibrary(g_root);
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
