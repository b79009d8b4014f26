// dojo_benchrun: the parts of the benchmark suite that need whole processes, and the summary table.
//   dojo_benchrun startup --app EXE --bare EXE --runs N --out FILE [-- app arguments]
//       Starts the app (with --quit-after-first-frame) and the bare window alternately, N times each,
//       and records the wall time from process start to the "first-frame-ms" line (and the time the
//       process reports from its own main()). Run it under one X server (xvfb-run) for both.
//   dojo_benchrun memory --app EXE --settle-ms MS --out FILE [-- app arguments]
//       Starts the app, waits MS milliseconds (the lesson named with --lesson renders meanwhile), then reads
//       VmRSS/VmHWM of the app process and the resident memory (RSS and PSS) of it with all its child
//       processes (Chromium's), and stops it.
//   dojo_benchrun table --results DIR
//       Reads the JSON results in DIR and prints figure / measured / target / pass.
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <optional>

namespace {
QTextStream out(stdout), err(stderr);

QString option(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

QStringList afterDashes(const QStringList &args)
{
    const qsizetype i = args.indexOf(QStringLiteral("--"));
    return i < 0 ? QStringList() : args.mid(i + 1);
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

bool writeJson(const QString &path, const QJsonObject &object)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(QJsonDocument(object).toJson());
    return true;
}

struct FrameRun {
    double wallMs = -1;  // process start -> first-frame line read
    double selfMs = -1;  // what the process says (from the start of its main())
};

// One start-up: runs exe until it prints "first-frame-ms N" and exits.
FrameRun firstFrame(const QString &exe, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    p.start(exe, args);
    FrameRun run;
    QByteArray buffer;
    while (timer.elapsed() < 120000) {
        if (!p.waitForReadyRead(200) && p.state() == QProcess::NotRunning)
            break;
        buffer += p.readAllStandardOutput();
        const qsizetype at = buffer.indexOf("first-frame-ms ");
        if (at >= 0 && buffer.indexOf('\n', at) > at) {
            run.wallMs = double(timer.nsecsElapsed()) / 1e6;
            run.selfMs = buffer.mid(at + 15, buffer.indexOf('\n', at) - at - 15).trimmed().toDouble();
            break;
        }
    }
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
    }
    if (run.wallMs < 0)
        err << "dojo_benchrun: " << exe << " gave no first frame: " << p.readAllStandardError().right(2000) << '\n';
    return run;
}

int startup(const QStringList &args)
{
    const QString app = option(args, QStringLiteral("--app")), bare = option(args, QStringLiteral("--bare"));
    const int runs = option(args, QStringLiteral("--runs"), QStringLiteral("5")).toInt();
    const QString outPath = option(args, QStringLiteral("--out"));
    QStringList appArgs = afterDashes(args);
    appArgs.prepend(QStringLiteral("--quit-after-first-frame"));
    QList<double> appWall, appSelf, bareWall, bareSelf;
    // One unmeasured start of each first: shared libraries into the page cache, fontconfig cache.
    firstFrame(bare, {});
    firstFrame(app, appArgs);
    for (int i = 0; i < runs; ++i) {
        const FrameRun b = firstFrame(bare, {});
        const FrameRun a = firstFrame(app, appArgs);
        if (a.wallMs < 0 || b.wallMs < 0)
            return 1;
        appWall += a.wallMs, appSelf += a.selfMs, bareWall += b.wallMs, bareSelf += b.selfMs;
        err << "start-up run " << i + 1 << ": app " << qRound(a.wallMs) << " ms, bare " << qRound(b.wallMs) << " ms\n";
    }
    auto arr = [](const QList<double> &v) {
        QJsonArray a;
        for (double x : v)
            a.append(x);
        return a;
    };
    const QJsonObject result{{QStringLiteral("runs"), runs},
                             {QStringLiteral("app_ms"), median(appWall)},
                             {QStringLiteral("bare_ms"), median(bareWall)},
                             {QStringLiteral("app_self_ms"), median(appSelf)},
                             {QStringLiteral("bare_self_ms"), median(bareSelf)},
                             {QStringLiteral("app_samples"), arr(appWall)},
                             {QStringLiteral("bare_samples"), arr(bareWall)},
                             {QStringLiteral("app_args"), QJsonArray::fromStringList(appArgs)}};
    return writeJson(outPath, result) ? 0 : 1;
}

// kB of a "Name:   123 kB" line of a /proc status-like file.
qint64 procField(const QString &path, const QByteArray &name)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines)
        if (line.startsWith(QByteArray(name).append(':')))
            return line.mid(name.size() + 1).trimmed().split(' ').first().toLongLong();
    return 0;
}

QList<qint64> descendants(qint64 pid)
{
    QList<qint64> all{pid};
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QDir task(QStringLiteral("/proc/%1/task").arg(all[i]));
        for (const QString &tid : task.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile children(task.filePath(tid) + QStringLiteral("/children"));
            if (!children.open(QIODevice::ReadOnly))
                continue;
            for (const QByteArray &c : children.readAll().split(' '))
                if (!c.trimmed().isEmpty() && !all.contains(c.trimmed().toLongLong()))
                    all += c.trimmed().toLongLong();
        }
    }
    return all;
}

int memory(const QStringList &args)
{
    const QString app = option(args, QStringLiteral("--app"));
    const int settle = option(args, QStringLiteral("--settle-ms"), QStringLiteral("10000")).toInt();
    const QString outPath = option(args, QStringLiteral("--out"));
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(app, afterDashes(args));
    if (!p.waitForStarted(10000))
        return 1;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < settle && p.state() == QProcess::Running)
        p.waitForFinished(200);
    if (p.state() != QProcess::Running) {
        err << "dojo_benchrun: the app ended before it was measured\n";
        return 1;
    }
    const qint64 pid = p.processId();
    const QString status = QStringLiteral("/proc/%1/status").arg(pid);
    qint64 treeRss = 0, treePss = 0;
    const QList<qint64> tree = descendants(pid);
    for (qint64 child : tree) {
        treeRss += procField(QStringLiteral("/proc/%1/status").arg(child), "VmRSS");
        treePss += procField(QStringLiteral("/proc/%1/smaps_rollup").arg(child), "Pss");
    }
    const QJsonObject result{{QStringLiteral("app_rss_mib"), procField(status, "VmRSS") / 1024.0},
                             {QStringLiteral("app_hwm_mib"), procField(status, "VmHWM") / 1024.0},
                             {QStringLiteral("tree_rss_mib"), treeRss / 1024.0},
                             {QStringLiteral("tree_pss_mib"), treePss / 1024.0},
                             {QStringLiteral("processes"), int(tree.size())},
                             {QStringLiteral("settle_ms"), settle},
                             {QStringLiteral("app_args"), QJsonArray::fromStringList(afterDashes(args))}};
    p.terminate();
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished();
    }
    return writeJson(outPath, result) ? 0 : 1;
}

// ---- the table ----
QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Google Benchmark's JSON: the entry named `name` (exact, or the first that starts with it).
std::optional<QJsonObject> benchmarkEntry(const QJsonObject &doc, const QString &name)
{
    for (const QJsonValue &v : doc.value(QStringLiteral("benchmarks")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString n = o.value(QStringLiteral("name")).toString();
        if (n == name || n.startsWith(name + u'/'))
            return o;
    }
    return std::nullopt;
}

// real_time of an entry in milliseconds.
std::optional<double> realMs(const QJsonObject &doc, const QString &name)
{
    const auto e = benchmarkEntry(doc, name);
    if (!e || e->contains(QStringLiteral("error_message")))
        return std::nullopt;
    const QString unit = e->value(QStringLiteral("time_unit")).toString();
    const double t = e->value(QStringLiteral("real_time")).toDouble();
    return unit == u"ns" ? t / 1e6 : unit == u"us" ? t / 1e3 : unit == u"s" ? t * 1e3 : t;
}

std::optional<double> counter(const QJsonObject &doc, const QString &name, const QString &key)
{
    const auto e = benchmarkEntry(doc, name);
    if (!e || e->contains(QStringLiteral("error_message")) || !e->contains(key))
        return std::nullopt;
    return e->value(key).toDouble();
}

struct Row {
    QString figure, measured, target, verdict;
};

QString ms(std::optional<double> v)
{
    if (!v)
        return QStringLiteral("n/a");
    return *v < 10 ? QString::number(*v, 'f', 2) + QStringLiteral(" ms") : QString::number(*v, 'f', 0) + QStringLiteral(" ms");
}

QString verdict(std::optional<double> v, double limit)
{
    if (!v)
        return QStringLiteral("n/a");
    return *v <= limit ? QStringLiteral("pass") : QStringLiteral("MISS");
}

// Display width: CJK characters take two columns.
int width(const QString &s)
{
    int w = 0;
    for (QChar c : s)
        w += c.unicode() >= 0x1100 ? 2 : 1;
    return w;
}

int table(const QStringList &args)
{
    const QDir dir(option(args, QStringLiteral("--results")));
    const QJsonObject content = readJson(dir.filePath(QStringLiteral("content.json")));
    const QJsonObject cold = readJson(dir.filePath(QStringLiteral("cold.json")));
    const QJsonObject records = readJson(dir.filePath(QStringLiteral("records.json")));
    const QJsonObject search = readJson(dir.filePath(QStringLiteral("search.json")));
    const QJsonObject startup = readJson(dir.filePath(QStringLiteral("startup.json")));
    const QJsonObject startupLarge = readJson(dir.filePath(QStringLiteral("startup-large.json")));
    const QJsonObject mem = readJson(dir.filePath(QStringLiteral("memory.json")));
    QList<Row> rows;
    auto none = [](const QJsonObject &o, const char *key) { return !o.contains(QLatin1String(key)); };

    std::optional<double> coldMs;
    if (!none(cold, "cold_load_ms"))
        coldMs = cold.value(QStringLiteral("cold_load_ms")).toDouble();
    rows += {QStringLiteral("content load, cold, cache file present (median of %1 fresh processes)").arg(cold.value(QStringLiteral("runs")).toInt()),
             ms(coldMs), QStringLiteral("≤ 300 ms"), verdict(coldMs, 300)};
    const auto warm = realMs(content, QStringLiteral("BM_LoadWarm"));
    rows += {QStringLiteral("content load, warm (zh-CN + en)"), ms(warm), QStringLiteral("≤ 50 ms"), verdict(warm, 50)};
    std::optional<double> firstMs;
    if (cold.value(QStringLiteral("first_load_ms")).isDouble())
        firstMs = cold.value(QStringLiteral("first_load_ms")).toDouble();
    rows += {QStringLiteral("content load, first without a cache file (every file parsed, cache written)"), ms(firstMs),
             QStringLiteral("—"), QStringLiteral("info")};
    rows += {QStringLiteral("content load, cache file read again in the process (page cache)"),
             ms(realMs(content, QStringLiteral("BM_LoadWarmFromCacheFile"))), QStringLiteral("—"), QStringLiteral("info")};
    rows += {QStringLiteral("content load, no cache (every file parsed, as `servicedojo validate`)"),
             ms(realMs(content, QStringLiteral("BM_LoadNoCache"))), QStringLiteral("—"), QStringLiteral("info")};
    const auto warmOne = realMs(content, QStringLiteral("BM_LoadWarmOneLocale"));
    rows += {QStringLiteral("content load, warm (zh-CN only)"), ms(warmOne), QStringLiteral("—"), QStringLiteral("info")};
    const auto ours = realMs(content, QStringLiteral("BM_RenderOurs")), raw = realMs(content, QStringLiteral("BM_RenderRawCmark"));
    std::optional<double> ratio;
    if (ours && raw && *raw > 0)
        ratio = *ours / *raw;
    const int lessons = content.value(QStringLiteral("context")).toObject().value(QStringLiteral("lessons_rendered")).toString().toInt();
    rows += {QStringLiteral("rendering, all %1 lessons: ours / raw cmark-gfm").arg(lessons),
             ratio ? QStringLiteral("%1× (%2 / %3)").arg(*ratio, 0, 'f', 2).arg(ms(ours), ms(raw)) : QStringLiteral("n/a"),
             QStringLiteral("≤ 1.5×"), verdict(ratio, 1.5)};
    if (lessons > 0 && ours)
        rows += {QStringLiteral("rendering, one lesson page (mean)"),
                 QStringLiteral("%1 ms").arg(*ours / lessons, 0, 'f', 3), QStringLiteral("—"), QStringLiteral("info")};
    // Each input's slower phase (loading it, rendering it) against the budget; the label names the input.
    const auto patho = counter(content, QStringLiteral("BM_Pathological"), QStringLiteral("slowest_ms"));
    const auto pathoLoad = counter(content, QStringLiteral("BM_Pathological"), QStringLiteral("slowest_load_ms"));
    const auto pathoRender = counter(content, QStringLiteral("BM_Pathological"), QStringLiteral("slowest_render_ms"));
    const auto pathoEntry = benchmarkEntry(content, QStringLiteral("BM_Pathological"));
    rows += {QStringLiteral("pathological Markdown (%1 inputs at 256 KiB, %2 refused), slowest input: load / render")
                 .arg(counter(content, QStringLiteral("BM_Pathological"), QStringLiteral("inputs")).value_or(0))
                 .arg(counter(content, QStringLiteral("BM_Pathological"), QStringLiteral("refused")).value_or(0)),
             patho ? QStringLiteral("%1 / %2 (%3)")
                         .arg(ms(pathoLoad), ms(pathoRender),
                              pathoEntry->value(QStringLiteral("label")).toString())
                   : QStringLiteral("n/a"),
             QStringLiteral("≤ 100 ms each"), verdict(patho, 100)};

    if (search.isEmpty()) {
        rows += {QStringLiteral("search p95"), QStringLiteral("not run (no search index yet)"), QStringLiteral("≤ 10 ms"),
                 QStringLiteral("n/a")};
    } else {
        for (const QJsonValue &v : search.value(QStringLiteral("benchmarks")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString name = o.value(QStringLiteral("name")).toString();
            if (!name.startsWith(QStringLiteral("BM_Search/")) || o.contains(QStringLiteral("error_message")))
                continue;
            const double p50 = o.value(QStringLiteral("p50_ms")).toDouble(), p95 = o.value(QStringLiteral("p95_ms")).toDouble();
            rows += {QStringLiteral("search %1: p50 / p95").arg(o.value(QStringLiteral("label")).toString()),
                     QStringLiteral("%1 / %2").arg(ms(p50), ms(p95)), QStringLiteral("p95 ≤ 10 ms"), verdict(p95, 10)};
        }
    }

    const auto c50 = counter(records, QStringLiteral("BM_AnswerCommit"), QStringLiteral("p50_ms"));
    const auto c99 = counter(records, QStringLiteral("BM_AnswerCommit"), QStringLiteral("p99_ms"));
    rows += {QStringLiteral("answer commit p50 / p99 (WAL, synchronous FULL)"), ms(c50) + QStringLiteral(" / ") + ms(c99),
             QStringLiteral("p99 ≤ 10 ms"), verdict(c99, 10)};
    const auto p50 = counter(records, QStringLiteral("BM_HomeLearningPath"), QStringLiteral("p50_ms"));
    const auto p95 = counter(records, QStringLiteral("BM_HomeLearningPath"), QStringLiteral("p95_ms"));
    rows += {QStringLiteral("trainee home (learning path), p50 / p95"), ms(p50) + QStringLiteral(" / ") + ms(p95),
             QStringLiteral("≤ 50 ms"), verdict(p95, 50)};
    const auto h50 = counter(records, QStringLiteral("BM_TraineeHome"), QStringLiteral("p50_ms"));
    const auto h95 = counter(records, QStringLiteral("BM_TraineeHome"), QStringLiteral("p95_ms"));
    rows += {QStringLiteral("trainee progress: store calls (allProgress, attempts, runs, dueCards), p50 / p95"),
             ms(h50) + QStringLiteral(" / ") + ms(h95), QStringLiteral("≤ 50 ms"), verdict(h95, 50)};
    const auto t50 = counter(records, QStringLiteral("BM_TraineeHistory"), QStringLiteral("p50_ms"));
    const auto t95 = counter(records, QStringLiteral("BM_TraineeHistory"), QStringLiteral("p95_ms"));
    rows += {QStringLiteral("per-trainee history, p50 / p95"), ms(t50) + QStringLiteral(" / ") + ms(t95), QStringLiteral("≤ 20 ms"),
             verdict(t95, 20)};

    auto startupRow = [&](const QJsonObject &s, const QString &what) {
        if (s.isEmpty()) {
            rows += {what, QStringLiteral("not run"), QStringLiteral("≤ 1.3×"), QStringLiteral("n/a")};
            return;
        }
        const double app = s.value(QStringLiteral("app_ms")).toDouble(), bare = s.value(QStringLiteral("bare_ms")).toDouble();
        const std::optional<double> r = bare > 0 ? std::optional<double>(app / bare) : std::nullopt;
        rows += {what + QStringLiteral(", median of %1").arg(s.value(QStringLiteral("runs")).toInt()),
                 QStringLiteral("%1× (%2 / %3)").arg(r.value_or(0), 0, 'f', 2).arg(ms(app), ms(bare)), QStringLiteral("≤ 1.3×"),
                 verdict(r, 1.3)};
    };
    startupRow(startup, QStringLiteral("start-up to first frame: app / bare window (bundled course)"));
    if (!startupLarge.isEmpty())
        startupRow(startupLarge, QStringLiteral("start-up: app / bare window (large course + history)"));
    if (mem.isEmpty())
        rows += {QStringLiteral("memory after opening a lesson"), QStringLiteral("not run"), QStringLiteral("—"), QStringLiteral("n/a")};
    else
        rows += {QStringLiteral("memory after opening a lesson: app VmRSS / VmHWM; all %1 processes PSS")
                     .arg(mem.value(QStringLiteral("processes")).toInt()),
                 QStringLiteral("%1 / %2 MiB; %3 MiB")
                     .arg(mem.value(QStringLiteral("app_rss_mib")).toDouble(), 0, 'f', 0)
                     .arg(mem.value(QStringLiteral("app_hwm_mib")).toDouble(), 0, 'f', 0)
                     .arg(mem.value(QStringLiteral("tree_pss_mib")).toDouble(), 0, 'f', 0),
                 QStringLiteral("—"), QStringLiteral("info")};

    int w[3] = {6, 8, 6};
    for (const Row &r : rows) {
        w[0] = std::max(w[0], width(r.figure));
        w[1] = std::max(w[1], width(r.measured));
        w[2] = std::max(w[2], width(r.target));
    }
    auto cell = [](const QString &s, int wd) -> QString { return s + QString(wd - width(s), u' '); };
    out << "| " << cell(QStringLiteral("figure"), w[0]) << " | " << cell(QStringLiteral("measured"), w[1]) << " | "
        << cell(QStringLiteral("target"), w[2]) << " | result |\n";
    out << "|-" << QString(w[0], u'-') << "-|-" << QString(w[1], u'-') << "-|-" << QString(w[2], u'-') << "-|--------|\n";
    for (const Row &r : rows) {
        out << "| " << cell(r.figure, w[0]) << " | " << cell(r.measured, w[1]) << " | " << cell(r.target, w[2]) << " | "
            << cell(r.verdict, 6) << " |\n";
    }
    const QString sqlite = records.value(QStringLiteral("context")).toObject().value(QStringLiteral("sqlite_version")).toString();
    if (!sqlite.isEmpty())
        out << "\nSQLite (as the app uses it): " << sqlite << ", Qt " << QString::fromLatin1(qVersion()) << '\n';
    out.flush();
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString command = args.value(0);
    if (command == u"startup")
        return startup(args);
    if (command == u"memory")
        return memory(args);
    if (command == u"table")
        return table(args);
    err << "usage: dojo_benchrun startup|memory|table … (see the comment at the top of tests/bench/benchrun.cpp)\n";
    return 2;
}
