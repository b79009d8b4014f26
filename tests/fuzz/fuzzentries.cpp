#include "fuzzentries.h"

#include "content/courseloader.h"
#include "content/coursesummary.h"
#include "content/localecontext.h"
#include "content/sourcetext.h"
#include "content/validationreport.h"
#include "markdown/lessonpage.h"
#include "markdown/markdownrenderer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

namespace dojo::fuzz {

using namespace content;

namespace {
struct Base {
    LocaleContext ctx;
    std::unique_ptr<QTemporaryDir> scratch; // the validator's content root, emptied before each input
};

Base &base()
{
    static Base b;
    return b;
}

// The loader's checks on a file before any parser sees it (courseloader.cpp, readText).
std::optional<QByteArray> acceptText(QByteArrayView input, qint64 limit)
{
    if (input.size() > limit || isBlank(input) || findInvalidUtf8(input))
        return std::nullopt;
    return withoutBom(input.toByteArray());
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? withoutBom(f.readAll()) : QByteArray();
}

// Every diagnostic goes through the report formatters, as `servicedojo validate` would print it.
void report(const QList<Diagnostic> &diagnostics)
{
    qsizetype total = 0;
    for (const Diagnostic &d : diagnostics) {
        total += formatDiagnostic(d).size();
        total += diagnosticToJson(d).size();
    }
    Q_UNUSED(total);
}

QStringList idsIn(const QString &dir, const QString &suffix)
{
    QStringList ids;
    for (const QFileInfo &info : QDir(dir).entryInfoList({u'*' + suffix}, QDir::Files, QDir::Name))
        ids.append(info.fileName().chopped(suffix.size()));
    return ids;
}

// A path of the validator's input is used only when it stays inside the content root.
bool safeRelativePath(const QString &path)
{
    if (path.isEmpty() || path.size() > 200 || path.startsWith(u'/'))
        return false;
    const QStringList parts = path.split(u'/');
    if (parts.size() > 5)
        return false;
    for (const QString &part : parts) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
        for (const QChar c : part) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_' && c != u'.')
                return false;
        }
    }
    return true;
}
} // namespace

void setUp(const QString &courseDir)
{
    Base &b = base();
    const QFileInfo dirInfo(courseDir);
    LocaleContext &ctx = b.ctx;
    ctx.localeDir = QDir::cleanPath(dirInfo.absoluteFilePath());
    ctx.canonicalLocaleDir = dirInfo.canonicalFilePath();
    ctx.locale = dirInfo.fileName();
    const QStringList lessons = idsIn(ctx.localeDir + QStringLiteral("/lessons"), QStringLiteral(".md"));
    for (const QString &id : lessons)
        ctx.lessonFiles.insert(id);
    for (const QString &id : idsIn(ctx.localeDir + QStringLiteral("/quizzes"), QStringLiteral(".yaml")))
        ctx.quizFiles.insert(id);
    for (const QString &id : idsIn(ctx.localeDir + QStringLiteral("/scenarios"), QStringLiteral(".yaml")))
        ctx.scenarioFiles.insert(id);
    // The item under test is always a file of its folder too, named "fuzz".
    ctx.lessonFiles.insert(QStringLiteral("fuzz"));
    ctx.quizFiles.insert(QStringLiteral("fuzz"));
    ctx.scenarioFiles.insert(QStringLiteral("fuzz"));

    Course course;
    FileDiagnostics manifestDiag(ctx.displayPath(QStringLiteral("course.yaml")));
    parseManifest(readFile(ctx.localeDir + QStringLiteral("/course.yaml")), manifestDiag, ctx, course);
    for (const QString &id : lessons) {
        const QString path = ctx.localeDir + QStringLiteral("/lessons/") + id + QStringLiteral(".md");
        FileDiagnostics diag(ctx.displayPath(QStringLiteral("lessons/") + id + QStringLiteral(".md")));
        parseLesson(readFile(path), id, path, diag, ctx);
    }
    b.scratch = std::make_unique<QTemporaryDir>();
}

void lesson(QByteArrayView input)
{
    const std::optional<QByteArray> text = acceptText(input, limits::kLessonBytes);
    if (!text)
        return;
    LocaleContext ctx = base().ctx;
    FileDiagnostics diag(ctx.displayPath(QStringLiteral("lessons/fuzz.md")));
    const std::optional<Lesson> lesson = parseLesson(
        *text, QStringLiteral("fuzz"), ctx.localeDir + QStringLiteral("/lessons/fuzz.md"), diag, ctx);
    report(diag.diagnostics());
    // The app renders only lessons that loaded without errors (Course::lessons).
    if (!lesson || diag.errorCount() > 0)
        return;
    static const MarkdownRenderer renderer([] {
        CalloutTitles titles; // fixed texts: no translator is installed here
        titles.say = QStringLiteral("Say");
        titles.never = QStringLiteral("Never");
        titles.tip = QStringLiteral("Tip");
        titles.note = QStringLiteral("Note");
        titles.warning = QStringLiteral("Warning");
        return titles;
    }());
    const RenderedMarkdown rendered = renderer.render(lesson->markdown);
    const QString page = LessonPage::build({QStringLiteral("zh-CN"), lesson->title, rendered.html});
    Q_UNUSED(page);
}

void quiz(QByteArrayView input)
{
    const std::optional<QByteArray> text = acceptText(input, limits::kYamlBytes);
    if (!text)
        return;
    LocaleContext ctx = base().ctx;
    FileDiagnostics diag(ctx.displayPath(QStringLiteral("quizzes/fuzz.yaml")));
    parseQuiz(*text, QStringLiteral("fuzz"), diag, ctx);
    report(diag.diagnostics());
}

void scenario(QByteArrayView input)
{
    const std::optional<QByteArray> text = acceptText(input, limits::kYamlBytes);
    if (!text)
        return;
    LocaleContext ctx = base().ctx;
    FileDiagnostics diag(ctx.displayPath(QStringLiteral("scenarios/fuzz.yaml")));
    parseScenario(*text, QStringLiteral("fuzz"), diag, ctx);
    report(diag.diagnostics());
}

void manifest(QByteArrayView input)
{
    const std::optional<QByteArray> text = acceptText(input, limits::kYamlBytes);
    if (!text)
        return;
    LocaleContext ctx = base().ctx;
    ctx.manifest = {};
    ctx.ids = {};
    Course course;
    FileDiagnostics diag(ctx.displayPath(QStringLiteral("course.yaml")));
    parseManifest(*text, diag, ctx, course);
    report(diag.diagnostics());
    const CourseSummary summary = summarizeCourse(course);
    Q_UNUSED(formatSummary(summary));
}

void validator(QByteArrayView input)
{
    Base &b = base();
    const QString root = b.scratch->path() + QStringLiteral("/content");
    QDir(root).removeRecursively();
    QDir().mkpath(root);
    int files = 0;
    for (QByteArrayView rest = input; !rest.isEmpty() && files < 64;) {
        const qsizetype end = rest.indexOf('\0');
        const QByteArrayView section = end < 0 ? rest : rest.first(end);
        rest = end < 0 ? QByteArrayView() : rest.sliced(end + 1);
        const qsizetype newline = section.indexOf('\n');
        if (newline <= 0)
            continue;
        const QString path = QString::fromUtf8(section.first(newline)).trimmed();
        if (!safeRelativePath(path))
            continue;
        const QString absolute = root + u'/' + path;
        if (!QDir().mkpath(QFileInfo(absolute).absolutePath()))
            continue;
        QFile f(absolute);
        if (f.open(QIODevice::WriteOnly)) {
            f.write(section.sliced(newline + 1).toByteArray());
            ++files;
        }
    }
    const ContentLibrary library = loadContentLibrary(root);
    report(library.allDiagnostics());
    for (const Course &course : library.locales)
        Q_UNUSED(formatSummary(summarizeCourse(course)));
    Q_UNUSED(formatTotals(library.errorCount(), library.warningCount()));
}

Entry entry(const QString &name)
{
    if (name == QLatin1String("lesson"))
        return &lesson;
    if (name == QLatin1String("quiz"))
        return &quiz;
    if (name == QLatin1String("scenario"))
        return &scenario;
    if (name == QLatin1String("manifest"))
        return &manifest;
    if (name == QLatin1String("validator"))
        return &validator;
    return nullptr;
}

QStringList entryNames()
{
    return {QStringLiteral("lesson"), QStringLiteral("quiz"), QStringLiteral("scenario"),
            QStringLiteral("manifest"), QStringLiteral("validator")};
}

} // namespace dojo::fuzz
