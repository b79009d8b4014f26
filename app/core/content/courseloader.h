// Loading the course from its files: content/<locale>/ for one locale, or the whole content folder with
// every locale checked against the reference locale (zh-CN). This is also the validator: loading checks
// every rule of docs/content-format.md and reports each problem with file, line and column.
//
// Loading never throws and never stops at the first problem. A file with errors is left out of the
// course (see Course::leftOut) and everything valid beside it still loads. In course.yaml, a broken
// module, item, rubric dimension or landmine is left out on its own.
//
// Diagnostic positions name files relative to the content root (the parent of a locale folder), e.g.
// "zh-CN/lessons/empathy.md", with 1-based lines and columns counted in characters.
#pragma once

#include "content/model.h"

namespace dojo {

namespace limits {
inline constexpr qint64 kLessonBytes = 256 * 1024; // keeps rendering under 100 ms, even pathological input
inline constexpr qint64 kYamlBytes = 1024 * 1024;  // course.yaml, quizzes, scenarios, phrasebook
inline constexpr qint64 kAssetBytes = 8 * 1024 * 1024; // images
// cmark-gfm's slow paths, refused by a cheap scan before parsing:
inline constexpr int kLessonNesting = 32;      // block quote + list levels
inline constexpr int kLessonTableCells = 5000; // cells of all tables together
inline constexpr int kLessonBrackets = 5000;   // '[' characters (links, images, task lists)
} // namespace limits

// The locale every other locale must match id for id.
QString referenceLocale();

// Loads one locale folder (content/<locale>, which holds course.yaml).
Course loadCourse(const QString &localeDir);

struct ContentLibrary {
    QString rootDir;
    QMap<QString, Course> locales; // by folder name
    QList<Diagnostic> diagnostics; // across locales (ids differing from the reference locale, …)

    QStringList localeNames() const { return locales.keys(); }
    const Course *course(const QString &locale) const;
    int errorCount() const; // in every locale and across them
    int warningCount() const;
    // Every diagnostic of every locale and across them, ordered by file, line and column.
    QList<Diagnostic> allDiagnostics() const;
};

// What the parsed-course cache did during one load.
struct ContentCacheReport {
    int filesReused = 0;        // files whose earlier reading was used
    int filesParsed = 0;        // files read and parsed (new, changed, or no usable cache)
    bool readCacheFile = false; // the cache file was read (the first load of this content root in the process)
    bool wroteCacheFile = false;
    QString cacheFile;
    QString problem; // why the cache file was not used or not written; empty when all went well
};

// Loads every locale folder (a folder with a course.yaml) of the content root and checks each locale's
// ids against the reference locale.
//
// With a `cacheDir`, readings of unchanged files are reused from the parsed-course cache kept there (one
// file per content root; the folder is made if needed) and from memory after the first load in the
// process, and the cache is updated after the load; see content/coursecache.h. The result is the same as
// without it — every rule is still checked, diagnostics are the same — only faster. A missing, damaged,
// foreign or unwritable cache only means parsing (and a warning when it cannot be written).
ContentLibrary loadContentLibrary(const QString &contentRoot, const QString &cacheDir = QString(),
                                  ContentCacheReport *report = nullptr);

// The parsed-course cache folder the app uses: QStandardPaths::CacheLocation + "/content".
QString defaultContentCacheDir();

// Forgets the parsed-course readings this process keeps in memory: the next load with a cache folder reads
// the cache file as a new process would (for tests and benchmarks).
void dropContentCacheMemory();

} // namespace dojo
