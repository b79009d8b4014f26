#include "content/courseloader.h"

#include "content/coursecache.h"
#include "content/localecomparison.h"
#include "content/localecontext.h"
#include "content/sourcetext.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <algorithm>

Q_LOGGING_CATEGORY(lcContent, "dojo.content", QtInfoMsg)

namespace dojo {

using namespace content;

namespace {
struct SourceFile {
    QString id;           // the file name without its suffix
    QString inLocale;     // path inside the locale folder, e.g. "lessons/empathy.md"
    QString absolutePath;
    FileStamp stamp;      // as listed (before the file is read)
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
    const QString folderPath = dir.absolutePath();
    const QList<FolderEntry> entries = listFolderEntries(folderPath);
    files.reserve(entries.size());
    for (const FolderEntry &entry : entries) {
        const QString inLocale = folder + u'/' + entry.name;
        if (entry.isFile && entry.name.endsWith(suffix) && entry.name.size() > suffix.size()) {
            files.append(
                {entry.name.chopped(suffix.size()), inLocale, folderPath + u'/' + entry.name, entry.stamp});
        } else {
            FileDiagnostics diag(ctx.displayPath(inLocale));
            diag.warning(diag.filePos(), msg::ignoredFile(entry.name, suffix));
            out += diag.takeDiagnostics();
        }
    }
    return files;
}

// Reads a content file and checks it as text: size limit, readable, not empty, UTF-8. Returns the text
// without a byte order mark, or nullopt after reporting why it cannot be used.
std::optional<QByteArray> readText(const QString &absolutePath, qint64 size, qint64 limit, bool lesson,
                                   FileDiagnostics &diag, QByteArray *hash = nullptr)
{
    if (size > limit) {
        const qint64 kib = (size + 1023) / 1024;
        diag.error(diag.filePos(), lesson ? msg::lessonTooLarge(kib, int(limit / 1024))
                                          : msg::yamlTooLarge(kib, int(limit / 1024)));
        return std::nullopt;
    }
    QFile file(absolutePath);
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

// Takes the reading of a file from the cache when the file and everything it looked at are unchanged:
// its diagnostics and id claims are replayed in order, so duplicates across files are found as when parsing.
const CachedFile *reuse(CourseCache *cache, CachedFile::Kind kind, const QString &absolutePath,
                        const FileStamp &stamp, FileDiagnostics &diag, LocaleContext &ctx)
{
    if (!cache)
        return nullptr;
    const CachedFile *entry = cache->find(diag.path(), absolutePath, stamp);
    if (!entry || entry->kind != kind ||
        (kind == CachedFile::Kind::Manifest && !std::holds_alternative<CachedManifest>(entry->item)) ||
        !cache->reusable(*entry, ctx))
        return nullptr;
    qsizetype next = 0;
    for (const IdClaim &claim : entry->claims) {
        for (; next < claim.before && next < entry->diagnostics.size(); ++next)
            diag.add(entry->diagnostics[next]);
        ctx.claimId(claim.id, claim.pos, diag);
    }
    for (; next < entry->diagnostics.size(); ++next)
        diag.add(entry->diagnostics[next]);
    cache->keep(*entry);
    return entry;
}

// A file's reading as the cache keeps it; `recording` holds what it claimed and looked at.
CachedFile recorded(CachedFile::Kind kind, const FileDiagnostics &diag, const FileRecording &recording,
                    const FileStamp &stamp, qint64 readAtNs, const QByteArray &hash, const CourseCache &cache)
{
    CachedFile entry;
    entry.kind = kind;
    entry.path = diag.path();
    entry.stamp = stamp;
    entry.readAtNs = readAtNs;
    entry.sha256 = hash;
    entry.messages = cache.language();
    const QList<Diagnostic> &all = diag.diagnostics();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (!recording.claimDiagnostics.contains(i))
            entry.diagnostics.append(all[i]);
    }
    entry.claims = recording.claims;
    entry.facts = recording.facts;
    return entry;
}

qint64 nowNs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1'000'000;
}

// Reads every file of one kind with `parse`, keeping what loaded without errors.
template <typename Item, typename Parse>
void loadAll(const QList<SourceFile> &files, qint64 limit, LeftOutItem::Kind kind, LocaleContext &ctx,
             QList<Item> &items, Course &course, QList<Diagnostic> &out, CourseCache *cache,
             CachedFile::Kind cacheKind, Parse parse)
{
    ctx.forgetAnswers(); // the previous phase may have added to what this one looks at
    items.reserve(files.size());
    for (const SourceFile &file : files) {
        FileDiagnostics diag(ctx.displayPath(file.inLocale));
        std::optional<Item> item;
        if (const CachedFile *entry = reuse(cache, cacheKind, file.absolutePath, file.stamp, diag, ctx)) {
            if (kind == LeftOutItem::Kind::Lesson && entry->anchorsKnown)
                ctx.lessonAnchors.insert(file.id, entry->anchors);
            const Item *cached = std::get_if<Item>(&entry->item);
            if (cached && diag.errorCount() == 0)
                items.append(*cached);
            else
                course.leftOut.append({kind, file.id, diag.filePos()});
            out += diag.takeDiagnostics();
            continue;
        } else {
            const qint64 readAt = nowNs();
            QByteArray hash;
            if (const std::optional<QByteArray> text =
                    readText(file.absolutePath, file.stamp.size, limit, kind == LeftOutItem::Kind::Lesson,
                             diag, &hash)) {
                FileRecording recording;
                ctx.recording = cache ? &recording : nullptr;
                item = parse(*text, file, diag);
                ctx.recording = nullptr;
                if constexpr (!std::is_same_v<Item, PhrasebookSection>) {
                    if (item) {
                        item->filePath = file.absolutePath;
                        item->contentHash = hash;
                    }
                }
                if (cache) {
                    CachedFile entry = recorded(cacheKind, diag, recording, file.stamp, readAt, hash, *cache);
                    if (item)
                        entry.item = *item;
                    if (kind == LeftOutItem::Kind::Lesson) {
                        const auto anchors = ctx.lessonAnchors.constFind(file.id);
                        entry.anchorsKnown = anchors != ctx.lessonAnchors.cend();
                        entry.anchors = entry.anchorsKnown ? *anchors : QStringList();
                    }
                    cache->store(std::move(entry));
                }
            } else if (kind != LeftOutItem::Kind::PhrasebookSection) {
                ctx.claimId(file.id, diag.filePos(), diag); // it exists, even if unreadable
            }
        }
        if (item && diag.errorCount() == 0)
            items.append(std::move(*item));
        else
            course.leftOut.append({kind, file.id, diag.filePos()});
        out += diag.takeDiagnostics();
    }
}

// course.yaml, from the cache or parsed.
void loadManifest(LocaleContext &ctx, Course &course, QList<Diagnostic> &out, CourseCache *cache)
{
    ctx.forgetAnswers();
    FileDiagnostics manifest(ctx.displayPath(QStringLiteral("course.yaml")));
    const QFileInfo manifestInfo(ctx.localeDir + QStringLiteral("/course.yaml"));
    const std::optional<FileStamp> stamp = cache ? stampOf(manifestInfo.absoluteFilePath()) : std::nullopt;
    if (!manifestInfo.isFile()) {
        manifest.error(manifest.pos(0, 0), msg::missingManifest());
    } else if (const CachedFile *entry = stamp ? reuse(cache, CachedFile::Kind::Manifest,
                                                       manifestInfo.absoluteFilePath(), *stamp, manifest, ctx)
                                               : nullptr) {
        const CachedManifest &m = std::get<CachedManifest>(entry->item);
        course.id = m.id;
        course.title = m.title;
        course.version = m.version;
        course.rubric = m.rubric;
        course.landmines = m.landmines;
        course.modules = m.modules;
        course.leftOut = m.leftOut;
        ctx.manifest = m.index;
    } else {
        const qint64 readAt = nowNs();
        QByteArray hash;
        if (const std::optional<QByteArray> text =
                readText(manifestInfo.absoluteFilePath(), manifestInfo.size(), limits::kYamlBytes, false,
                         manifest, &hash)) {
            FileRecording recording;
            ctx.recording = cache && stamp ? &recording : nullptr;
            parseManifest(*text, manifest, ctx, course);
            ctx.recording = nullptr;
            if (cache && stamp) {
                CachedFile entry =
                    recorded(CachedFile::Kind::Manifest, manifest, recording, *stamp, readAt, hash, *cache);
                entry.item = CachedManifest{course.id,        course.title,   course.version, course.rubric,
                                            course.landmines, course.modules, course.leftOut, ctx.manifest};
                cache->store(std::move(entry));
            }
        }
    }
    out += manifest.takeDiagnostics();
}
} // namespace

QString referenceLocale()
{
    return QStringLiteral("zh-CN");
}

namespace {
Course loadCourse(const QString &localeDir, CourseCache *cache)
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

    if (cache)
        ctx.reserveIds(cache->claimsUnder(ctx.locale + u'/'));
    // course.yaml first (everything is checked against it), then lessons (quizzes link to their headings).
    loadManifest(ctx, course, out, cache);
    loadAll(lessons, limits::kLessonBytes, LeftOutItem::Kind::Lesson, ctx, course.lessons, course, out, cache,
            CachedFile::Kind::Lesson,
            [&](const QByteArray &text, const SourceFile &file, FileDiagnostics &diag) {
                return parseLesson(text, file.id, file.absolutePath, diag, ctx);
            });
    loadAll(quizzes, limits::kYamlBytes, LeftOutItem::Kind::Quiz, ctx, course.quizzes, course, out, cache,
            CachedFile::Kind::Quiz,
            [&](const QByteArray &text, const SourceFile &file, FileDiagnostics &diag) {
                return parseQuiz(text, file.id, diag, ctx);
            });
    loadAll(scenarios, limits::kYamlBytes, LeftOutItem::Kind::Scenario, ctx, course.scenarios, course, out,
            cache, CachedFile::Kind::Scenario,
            [&](const QByteArray &text, const SourceFile &file, FileDiagnostics &diag) {
                return parseScenario(text, file.id, diag, ctx);
            });
    loadAll(phrasebook, limits::kYamlBytes, LeftOutItem::Kind::PhrasebookSection, ctx, course.phrasebook,
            course, out, cache, CachedFile::Kind::Phrasebook,
            [&](const QByteArray &text, const SourceFile &file, FileDiagnostics &diag) {
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
} // namespace

Course loadCourse(const QString &localeDir)
{
    return loadCourse(localeDir, nullptr);
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

QString defaultContentCacheDir()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return base.isEmpty() ? QString() : base + QStringLiteral("/content");
}

void dropContentCacheMemory()
{
    CourseCache::dropMemory();
}

ContentLibrary loadContentLibrary(const QString &contentRoot, const QString &cacheDir,
                                  ContentCacheReport *report)
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
    CourseCache cache(cacheDir, library.rootDir);
    QList<Diagnostic> ignored; // only worth saying beside folders that are read
    for (const QFileInfo &folder : folders) {
        if (!isReadableFolder(folder.absoluteFilePath())) {
            FileDiagnostics diag(folder.fileName());
            diag.error(diag.pos(0, 0), msg::unreadableFolder(folder.fileName()));
            library.diagnostics += diag.takeDiagnostics();
        } else if (QFileInfo::exists(folder.absoluteFilePath() + QStringLiteral("/course.yaml"))) {
            library.locales.insert(folder.fileName(),
                                   loadCourse(folder.absoluteFilePath(), cache.enabled() ? &cache : nullptr));
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
    cache.finish(report);
    return library;
}

} // namespace dojo
