// The parsed-course cache. Reading a course means parsing ~4,000 YAML and Markdown files per locale, which
// takes seconds for a large course; the cache keeps what reading each file gave — the item, the file's
// diagnostics, the ids it claimed in the locale-wide namespace and the facts about other files it looked
// at (localecontext.h) — so that the next load parses only files that changed.
//
// A kept reading is reused when the file's size, times and inode are unchanged (and, for a file changed
// within two seconds of being read, its SHA-256 too), its facts still give the same answers, and its
// diagnostics are in the language the messages are now made in. Id claims are replayed on every load and
// the cross-locale comparison runs on every load, so duplicates and differences between files are always
// found as without the cache. The result of loadContentLibrary is the same with or without it.
//
// Storage: one file per content root in the cache folder the caller names (docs/content-format.md
// "Loading"), written with QSaveFile (a new file renamed over the old one), and the same entries in memory
// for the rest of the process, so a second load in the process reads no file at all. The file is versioned
// by a format number and the build (the build ids of our code, yaml-cpp, cmark-gfm and QtCore): a new
// parser never reuses an old parser's readings. A cache file that is missing, from another build, truncated
// or corrupt is ignored; one that cannot be written is only warned about.
//
// Strings read from the file are not copied: they point into the file's read-only mapping (like
// QStringLiteral data), which stays mapped until the process exits — the same pages as the page cache, so a
// large course costs little memory and lesson bodies are only paged in when they are used. Internal.
#pragma once

#include "content/folderscan.h"
#include "content/localecontext.h"
#include "content/model.h"

#include <QByteArray>
#include <QHash>
#include <QIODevice>
#include <QSet>
#include <QString>

#include <optional>
#include <variant>

namespace dojo {
struct ContentCacheReport;
}

namespace dojo::content {

// course.yaml as read: what it sets in the Course, and its index for the checks of the other files.
struct CachedManifest {
    QString id;
    QString title;
    int version = 0;
    QList<RubricDimension> rubric;
    QList<Landmine> landmines;
    QList<Module> modules;
    QList<LeftOutItem> leftOut;
    ManifestIndex index;

    bool operator==(const CachedManifest &) const = default;
};

// One file's reading.
struct CachedFile {
    enum class Kind : quint8 { Manifest, Lesson, Quiz, Scenario, Phrasebook };
    static constexpr quint8 kLastKind = quint8(Kind::Phrasebook);

    Kind kind = Kind::Lesson;
    QString path; // as diagnostics name it, relative to the content root: "zh-CN/lessons/empathy.md"
    FileStamp stamp;
    qint64 readAtNs = 0; // when it was read (stamped before reading)
    QByteArray sha256;   // hex, of the whole file
    QByteArray messages; // messagesLanguage() when it was read
    QList<Diagnostic>
        diagnostics; // the file's, except duplicates found by claims (those come from replaying them)
    QList<IdClaim> claims;
    QList<ContextFact> facts;
    bool anchorsKnown = false; // lessons: the body was read, `anchors` are what quizzes may link to
    QStringList anchors;
    // The item read, of the file's kind; monostate when the file could not be read as one. It may still
    // have errors (then the course leaves it out, as when parsing).
    std::variant<std::monostate, Lesson, Quiz, Scenario, PhrasebookSection, CachedManifest> item;

    bool operator==(const CachedFile &) const = default;
};

// A fingerprint of the language diagnostics are made in (the translator installed now).
QByteArray messagesLanguage();

// The build a cache file belongs to (32 bytes): the build ids of our code, yaml-cpp, cmark-gfm and QtCore,
// and the versions of the libraries whose messages end up in diagnostics.
QByteArray courseCacheBuild();

// The cache as one load uses it: what was kept before, and what this load keeps for the next.
class CourseCache {
public:
    // `cacheDir` empty: no cache (every file is parsed, nothing is kept).
    CourseCache(const QString &cacheDir, const QString &rootDir);
    ~CourseCache();
    CourseCache(const CourseCache &) = delete;
    CourseCache &operator=(const CourseCache &) = delete;

    bool enabled() const { return m_enabled; }
    const QByteArray &language() const { return m_language; }

    // The reading of `path` kept from before if the file is as it was then, else nullptr. The caller
    // still checks the facts (reusable()) and hands the entry back with keep() when it uses it.
    const CachedFile *find(const QString &path, const QString &absolutePath, const FileStamp &stamp);
    // True when every fact of `entry` holds in `ctx` and its diagnostics are in today's language.
    bool reusable(const CachedFile &entry, LocaleContext &ctx) const;
    void keep(const CachedFile &entry);
    // How many ids the kept readings of files under `prefix` ("zh-CN/") claim: room to reserve.
    qsizetype claimsUnder(const QString &prefix) const;
    void store(CachedFile entry);

    // Writes the cache file when anything changed; fills `report` if given.
    void finish(ContentCacheReport *report);

    // The cache file of a content root inside `cacheDir`.
    static QString fileFor(const QString &cacheDir, const QString &rootDir);
    // Forgets what this process keeps in memory (the next load reads the cache file again).
    static void dropMemory();

private:
    bool m_enabled = false;
    QString m_file;
    QString m_rootDir;
    QByteArray m_language;
    QHash<QString, CachedFile> m_before; // by path
    QHash<QString, CachedFile> m_new;    // read in this load
    QSet<QString> m_used;                // paths of this load's files that have a reading
    int m_reused = 0;
    int m_parsed = 0;
    bool m_refreshed = false; // an entry's read time was moved on: worth writing
    bool m_readFile = false;
    QString m_problem;
};

// Writes a cache file; encodeCourseCache() gives its bytes (for the tests of the format).
bool writeCourseCache(QIODevice &out, const QString &rootDir, const QHash<QString, CachedFile> &entries);
QByteArray encodeCourseCache(const QString &rootDir, const QHash<QString, CachedFile> &entries);
inline constexpr qsizetype kCacheHeaderSize = 96;

// The checksum of cache file sections, also computed piece by piece.
class CacheChecksum {
public:
    explicit CacheChecksum(quint64 totalSize);
    void add(const char *data, qsizetype size);
    quint64 result() const;

private:
    quint64 m_h;
    quint64 m_tail = 0;
    int m_tailSize = 0;
};

// Where a cache file's texts (the strings not read by a load) are, and their checksum.
struct CacheTexts {
    qsizetype offset = 0;
    qsizetype size = 0;
    quint64 checksum = 0;
};
std::optional<CacheTexts> courseCacheTexts(const char *data, qsizetype size);

// Reads entries from a cache file's bytes; the strings point into `data`, which must outlive them.
// nullopt (and `problem` set) when the bytes are not a cache of `rootDir` written by this build, or are
// damaged. With TextCheck::Caller the texts' checksum is left to the caller (courseCacheTexts()).
enum class TextCheck { Here, Caller };
std::optional<QHash<QString, CachedFile>> decodeCourseCache(const char *data, qsizetype size,
                                                            const QString &rootDir, QString *problem,
                                                            TextCheck textCheck = TextCheck::Here);

} // namespace dojo::content
