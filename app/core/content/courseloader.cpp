#include "content/courseloader.h"

#include "content/localecomparison.h"
#include "content/localecontext.h"
#include "content/sourcetext.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcContent, "dojo.content", QtInfoMsg)

namespace dojo {

using namespace content;

namespace {
struct SourceFile {
    QString id;       // the file name without its suffix
    QString inLocale; // path inside the locale folder, e.g. "lessons/empathy.md"
    QFileInfo info;
};

// A folder we may list and enter (root may always: permissions only stop other users).
bool isReadableFolder(const QString &path)
{
    const QFileInfo info(path);
    return info.isReadable() && info.isExecutable();
}

// The files of one folder of the locale ending in `suffix`, sorted by name; anything else in it is
// reported as ignored (hidden files excepted).
QList<SourceFile> listFolder(const LocaleContext &ctx, const QString &folder, const QString &suffix,
                             QList<Diagnostic> &out)
{
    QList<SourceFile> files;
    const QDir dir(ctx.localeDir + u'/' + folder);
    if (!dir.exists())
        return files;
    if (!isReadableFolder(dir.absolutePath())) { // its files would look missing: say why
        FileDiagnostics diag(ctx.displayPath(folder));
        diag.error(diag.pos(0, 0), msg::unreadableFolder(ctx.displayPath(folder)));
        out += diag.takeDiagnostics();
        return files;
    }
    const QFileInfoList entries =
        dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &info : entries) {
        const QString inLocale = folder + u'/' + info.fileName();
        if (info.isFile() && info.fileName().endsWith(suffix) && info.fileName().size() > suffix.size()) {
            files.append({info.fileName().chopped(suffix.size()), inLocale, info});
        } else {
            FileDiagnostics diag(ctx.displayPath(inLocale));
            diag.warning(diag.filePos(), msg::ignoredFile(info.fileName(), suffix));
            out += diag.takeDiagnostics();
        }
    }
    return files;
}

// Reads a content file and checks it as text: size limit, readable, not empty, UTF-8. Returns the text
// without a byte order mark, or nullopt after reporting why it cannot be used.
std::optional<QByteArray> readText(const QFileInfo &info, qint64 limit, bool lesson, FileDiagnostics &diag,
                                   QByteArray *hash = nullptr)
{
    if (info.size() > limit) {
        const qint64 kib = (info.size() + 1023) / 1024;
        diag.error(diag.filePos(), lesson ? msg::lessonTooLarge(kib, int(limit / 1024))
                                          : msg::yamlTooLarge(kib, int(limit / 1024)));
        return std::nullopt;
    }
    QFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::ReadOnly)) {
        diag.error(diag.filePos(), msg::unreadableFile(file.errorString()));
        return std::nullopt;
    }
    const QByteArray bytes = file.read(limit + 1); // the file may have grown since it was listed
    if (bytes.size() > limit) {
        diag.error(diag.filePos(), lesson
                                       ? msg::lessonTooLarge((bytes.size() + 1023) / 1024, int(limit / 1024))
                                       : msg::yamlTooLarge((bytes.size() + 1023) / 1024, int(limit / 1024)));
        return std::nullopt;
    }
    if (isBlank(bytes)) {
        diag.error(diag.filePos(), msg::emptyFile());
        return std::nullopt;
    }
    if (const std::optional<TextPosition> bad = findInvalidUtf8(bytes)) {
        diag.error(diag.pos(bad->line, bad->column), msg::invalidUtf8());
        return std::nullopt;
    }
    if (hash)
        *hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    return withoutBom(bytes);
}

bool byPosition(const Diagnostic &a, const Diagnostic &b)
{
    if (a.pos.file != b.pos.file)
        return a.pos.file < b.pos.file;
    if (a.pos.line != b.pos.line)
        return a.pos.line < b.pos.line;
    return a.pos.column < b.pos.column;
}

// Reads every file of one kind with `parse`, keeping what loaded without errors.
template <typename Item, typename Parse>
void loadAll(const QList<SourceFile> &files, qint64 limit, LeftOutItem::Kind kind, LocaleContext &ctx,
             QList<Item> &items, Course &course, QList<Diagnostic> &out, Parse parse)
{
    for (const SourceFile &file : files) {
        FileDiagnostics diag(ctx.displayPath(file.inLocale));
        QByteArray hash;
        std::optional<Item> item;
        if (const std::optional<QByteArray> text =
                readText(file.info, limit, kind == LeftOutItem::Kind::Lesson, diag, &hash))
            item = parse(*text, file, diag);
        else if (kind != LeftOutItem::Kind::PhrasebookSection)
            ctx.ids.claim(file.id, diag.filePos(), diag); // it exists, even if unreadable
        if (item && diag.errorCount() == 0) {
            if constexpr (!std::is_same_v<Item, PhrasebookSection>) {
                item->filePath = file.info.absoluteFilePath();
                item->contentHash = hash;
            }
            items.append(std::move(*item));
        } else {
            course.leftOut.append({kind, file.id, diag.filePos()});
        }
        out += diag.takeDiagnostics();
    }
}
} // namespace

QString referenceLocale()
{
    return QStringLiteral("zh-CN");
}

Course loadCourse(const QString &localeDir)
{
    QElapsedTimer timer;
    timer.start();
    const QFileInfo dirInfo(localeDir);
    LocaleContext ctx;
    ctx.localeDir = QDir::cleanPath(dirInfo.absoluteFilePath());
    ctx.canonicalLocaleDir = dirInfo.canonicalFilePath();
    ctx.locale = dirInfo.fileName();
    Course course;
    course.rootDir = ctx.localeDir;
    course.locale = ctx.locale;
    QList<Diagnostic> &out = course.diagnostics;
    if (dirInfo.isDir() && !isReadableFolder(ctx.localeDir)) {
        FileDiagnostics diag(ctx.locale);
        diag.error(diag.pos(0, 0), msg::unreadableFolder(ctx.locale));
        out += diag.takeDiagnostics();
        return course;
    }

    const QList<SourceFile> lessons = listFolder(ctx, QStringLiteral("lessons"), QStringLiteral(".md"), out);
    const QList<SourceFile> quizzes =
        listFolder(ctx, QStringLiteral("quizzes"), QStringLiteral(".yaml"), out);
    const QList<SourceFile> scenarios =
        listFolder(ctx, QStringLiteral("scenarios"), QStringLiteral(".yaml"), out);
    const QList<SourceFile> phrasebook =
        listFolder(ctx, QStringLiteral("phrasebook"), QStringLiteral(".yaml"), out);
    for (const SourceFile &f : lessons)
        ctx.lessonFiles.insert(f.id);
    for (const SourceFile &f : quizzes)
        ctx.quizFiles.insert(f.id);
    for (const SourceFile &f : scenarios)
        ctx.scenarioFiles.insert(f.id);

    // course.yaml first (everything is checked against it), then lessons (quizzes link to their headings).
    FileDiagnostics manifest(ctx.displayPath(QStringLiteral("course.yaml")));
    const QFileInfo manifestInfo(ctx.localeDir + QStringLiteral("/course.yaml"));
    if (!manifestInfo.isFile())
        manifest.error(manifest.pos(0, 0), msg::missingManifest());
    else if (const std::optional<QByteArray> text =
                 readText(manifestInfo, limits::kYamlBytes, false, manifest))
        parseManifest(*text, manifest, ctx, course);
    out += manifest.takeDiagnostics();

    loadAll(lessons, limits::kLessonBytes, LeftOutItem::Kind::Lesson, ctx, course.lessons, course, out,
            [&](const QByteArray &text, const SourceFile &file, FileDiagnostics &diag) {
                return parseLesson(text, file.id, file.info.absoluteFilePath(), diag, ctx);
            });
    loadAll(quizzes, limits::kYamlBytes, LeftOutItem::Kind::Quiz, ctx, course.quizzes, course, out,
            [&](const QByteArray &text, const SourceFile &file, FileDiagnostics &diag) {
                return parseQuiz(text, file.id, diag, ctx);
            });
    loadAll(scenarios, limits::kYamlBytes, LeftOutItem::Kind::Scenario, ctx, course.scenarios, course, out,
            [&](const QByteArray &text, const SourceFile &file, FileDiagnostics &diag) {
                return parseScenario(text, file.id, diag, ctx);
            });
    loadAll(phrasebook, limits::kYamlBytes, LeftOutItem::Kind::PhrasebookSection, ctx, course.phrasebook,
            course, out, [&](const QByteArray &text, const SourceFile &file, FileDiagnostics &diag) {
                return parsePhrasebook(text, file.id, diag, ctx);
            });

    // Images are read by the renderer, not here; only their size is checked.
    QDirIterator assets(ctx.localeDir + QStringLiteral("/assets"), QDir::Files, QDirIterator::Subdirectories);
    while (assets.hasNext()) {
        assets.next();
        const QFileInfo info = assets.fileInfo();
        if (info.size() <= limits::kAssetBytes)
            continue;
        FileDiagnostics diag(ctx.displayPath(QDir(ctx.localeDir).relativeFilePath(info.absoluteFilePath())));
        diag.error(diag.filePos(),
                   msg::assetTooLarge(double(info.size()) / (1024 * 1024), int(limits::kAssetBytes >> 20)));
        out += diag.takeDiagnostics();
    }

    std::stable_sort(out.begin(), out.end(), byPosition);
    qCDebug(lcContent) << "loaded" << ctx.localeDir << "in" << timer.elapsed()
                       << "ms:" << course.lessons.size() << "lessons," << course.errorCount() << "errors,"
                       << course.warningCount() << "warnings";
    return course;
}

const Course *ContentLibrary::course(const QString &locale) const
{
    const auto it = locales.constFind(locale);
    return it == locales.cend() ? nullptr : &*it;
}

int ContentLibrary::errorCount() const
{
    int n = 0;
    for (const Course &c : locales)
        n += c.errorCount();
    return n + int(std::count_if(diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic &d) {
               return d.severity == Diagnostic::Severity::Error;
           }));
}

int ContentLibrary::warningCount() const
{
    int n = int(diagnostics.size());
    for (const Course &c : locales)
        n += int(c.diagnostics.size());
    return n - errorCount();
}

QList<Diagnostic> ContentLibrary::allDiagnostics() const
{
    QList<Diagnostic> all = diagnostics;
    for (const Course &c : locales)
        all += c.diagnostics;
    std::stable_sort(all.begin(), all.end(), byPosition);
    return all;
}

ContentLibrary loadContentLibrary(const QString &contentRoot)
{
    ContentLibrary library;
    library.rootDir = QDir::cleanPath(QFileInfo(contentRoot).absoluteFilePath());
    const QDir root(library.rootDir);
    if (!root.exists() || !isReadableFolder(library.rootDir)) {
        FileDiagnostics diag{QString()};
        const QString shown = QDir::toNativeSeparators(library.rootDir);
        diag.error(diag.pos(0, 0),
                   root.exists() ? msg::unreadableFolder(shown) : msg::contentFolderMissing(shown));
        library.diagnostics += diag.takeDiagnostics();
        return library;
    }
    if (root.exists(QStringLiteral("course.yaml"))) { // a locale folder given instead of the content root
        FileDiagnostics diag{QString()};
        diag.error(diag.pos(0, 0), msg::localeFolderGiven(root.dirName()));
        library.diagnostics += diag.takeDiagnostics();
        return library;
    }
    const QFileInfoList folders = root.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QList<Diagnostic> ignored; // only worth saying beside folders that are read
    for (const QFileInfo &folder : folders) {
        if (!isReadableFolder(folder.absoluteFilePath())) {
            FileDiagnostics diag(folder.fileName());
            diag.error(diag.pos(0, 0), msg::unreadableFolder(folder.fileName()));
            library.diagnostics += diag.takeDiagnostics();
        } else if (QFileInfo::exists(folder.absoluteFilePath() + QStringLiteral("/course.yaml"))) {
            library.locales.insert(folder.fileName(), loadCourse(folder.absoluteFilePath()));
        } else {
            FileDiagnostics diag(folder.fileName());
            diag.warning(diag.pos(0, 0), msg::ignoredFolder(folder.fileName()));
            ignored += diag.takeDiagnostics();
        }
    }
    if (!library.locales.isEmpty())
        library.diagnostics += ignored;
    FileDiagnostics diag(library.locales.isEmpty() ? QString() : referenceLocale());
    if (library.locales.isEmpty())
        diag.error(diag.pos(0, 0), msg::noLocales());
    else if (!library.locales.contains(referenceLocale()))
        diag.error(diag.pos(0, 0), msg::noReferenceLocale(referenceLocale()));
    else
        library.diagnostics += compareLocales(library.locales, referenceLocale());
    library.diagnostics += diag.takeDiagnostics();
    std::stable_sort(library.diagnostics.begin(), library.diagnostics.end(), byPosition);
    return library;
}

} // namespace dojo
