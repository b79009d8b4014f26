// The parsed-course cache (content/coursecache.h): loadContentLibrary gives the same library — every item,
// every diagnostic — with and without it, from the cache file as a new process reads it and from memory;
// changed, added and deleted files are seen; a damaged, foreign or unwritable cache only means parsing.
#include "content/coursecache.h"
#include "content/courseloader.h"
#include "content/folderscan.h"
#include "content/validationreport.h"
#include "contentfixture.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <sys/stat.h>

using namespace dojo;

namespace {
QStringList lines(const ContentLibrary &library)
{
    QStringList out;
    for (const Diagnostic &d : library.allDiagnostics())
        out.append(formatDiagnostic(d));
    return out;
}

// Everything a library holds, compared part by part so that a failure names the part.
void compareLibraries(const ContentLibrary &actual, const ContentLibrary &expected)
{
    QCOMPARE(lines(actual), lines(expected));
    QCOMPARE(actual.rootDir, expected.rootDir);
    QCOMPARE(actual.diagnostics, expected.diagnostics);
    QCOMPARE(actual.localeNames(), expected.localeNames());
    for (const QString &locale : expected.localeNames()) {
        const Course &a = actual.locales.value(locale), &e = expected.locales.value(locale);
        QVERIFY2(a.diagnostics == e.diagnostics, qPrintable(locale + QStringLiteral(": diagnostics")));
        QVERIFY2(a.leftOut == e.leftOut, qPrintable(locale + QStringLiteral(": left out")));
        QVERIFY2(a.modules == e.modules, qPrintable(locale + QStringLiteral(": modules")));
        QVERIFY2(a.lessons == e.lessons, qPrintable(locale + QStringLiteral(": lessons")));
        QVERIFY2(a.quizzes == e.quizzes, qPrintable(locale + QStringLiteral(": quizzes")));
        QVERIFY2(a.scenarios == e.scenarios, qPrintable(locale + QStringLiteral(": scenarios")));
        QVERIFY2(a.phrasebook == e.phrasebook, qPrintable(locale + QStringLiteral(": phrasebook")));
        QVERIFY2(a == e, qPrintable(locale + QStringLiteral(": course")));
    }
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The only cache file in `dir`.
QString cacheFileIn(const QString &dir)
{
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.cache")}, QDir::Files);
    return files.size() == 1 ? dir + u'/' + files.first() : QString();
}

quint64 headerField(const QByteArray &file, int offset)
{
    quint64 v = 0;
    std::memcpy(&v, file.constData() + offset, sizeof v);
    return v;
}

// Makes every message of the validator visibly different: a stand-in for another UI language.
class MarkingTranslator : public QTranslator {
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return qstrcmp(context, "dojo::Validator") == 0
                   ? QStringLiteral("«") + QString::fromUtf8(source) + u'»'
                   : QString();
    }
    bool isEmpty() const override { return false; }
};
} // namespace

class TestContentCache : public QObject {
    Q_OBJECT
private slots:
    void init() { dropContentCacheMemory(); }

    void sameLibraryWithAndWithoutCache_data();
    void sameLibraryWithAndWithoutCache();
    void editedFileIsReadAgain();
    void headingChangeReachesQuizzesThatLinkToIt();
    void deletedAndAddedFiles();
    void duplicateIdsAcrossFilesStillFound();
    void sameStampDifferentContentIsCaught();
    void damagedCacheFileIsIgnored_data();
    void damagedCacheFileIsIgnored();
    void cacheOfAnotherFolderIsNotUsed();
    void unwritableCacheFolderStillLoads();
    void languageChangeRereadsFilesWithMessages();
    void folderListingMatchesQDir();
};

void TestContentCache::sameLibraryWithAndWithoutCache_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("sample course") << QStringLiteral("sample");
    QTest::newRow("bundled course") << QStringLiteral("bundled");
    for (const QString &name : test::errorCaseNames())
        QTest::newRow(qPrintable(name)) << name;
}

// Every case of the broken-file corpus, the sample course and the bundled one: the library without a cache,
// with an empty cache (parsing, writing the file), from the file (as a new process) and from memory.
void TestContentCache::sameLibraryWithAndWithoutCache()
{
    QFETCH(QString, name);
    QTemporaryDir dir, cache;
    QVERIFY(dir.isValid() && cache.isValid());
    QString root = dir.path() + QStringLiteral("/content");
    if (name == QLatin1String("sample"))
        QVERIFY(test::copyTree(test::sampleCourseDir(), root));
    else if (name == QLatin1String("bundled"))
        QVERIFY(test::copyTree(QStringLiteral(DOJO_CONTENT_DIR), root));
    else
        QCOMPARE(test::buildErrorCase(name, root), QString());

    const ContentLibrary expected = loadContentLibrary(root);
    ContentCacheReport first, fromFile, fromMemory;
    compareLibraries(loadContentLibrary(root, cache.path(), &first), expected);
    QVERIFY(first.wroteCacheFile);
    QCOMPARE(first.filesReused, 0);
    QVERIFY(first.filesParsed > 0);

    dropContentCacheMemory();
    compareLibraries(loadContentLibrary(root, cache.path(), &fromFile), expected);
    QVERIFY(fromFile.readCacheFile);
    QCOMPARE(fromFile.filesParsed, 0);
    QCOMPARE(fromFile.filesReused, first.filesParsed);

    compareLibraries(loadContentLibrary(root, cache.path(), &fromMemory), expected);
    QVERIFY(!fromMemory.readCacheFile);
    QCOMPARE(fromMemory.filesParsed, 0);
}

void TestContentCache::editedFileIsReadAgain()
{
    QTemporaryDir dir, cache;
    const QString root = dir.path();
    QVERIFY(test::copyTree(test::sampleCourseDir(), root));
    ContentCacheReport report;
    loadContentLibrary(root, cache.path(), &report);

    // Same size, written right after the load: only the content tells.
    const QString lesson = root + QStringLiteral("/en/lessons/welcome.md");
    QByteArray text = readAll(lesson);
    QVERIFY(text.contains("title: "));
    const qsizetype at = text.indexOf("title: ") + 7;
    text[at] = text[at] == 'X' ? 'Y' : 'X';
    writeFile(lesson, text);

    for (bool fromFile : {false, true}) {
        if (fromFile)
            dropContentCacheMemory();
        const ContentLibrary library = loadContentLibrary(root, cache.path(), &report);
        compareLibraries(library, loadContentLibrary(root));
        QVERIFY(library.course(QStringLiteral("en"))
                    ->lesson(QStringLiteral("welcome"))
                    ->title.startsWith(QChar::fromLatin1(text[at])));
        QCOMPARE(report.filesParsed, fromFile ? 0 : 1); // the first load stored the new reading
    }
}

void TestContentCache::headingChangeReachesQuizzesThatLinkToIt()
{
    QTemporaryDir dir, cache;
    const QString root = dir.path();
    QVERIFY(test::copyTree(test::sampleCourseDir(), root));
    loadContentLibrary(root, cache.path());

    // quiz-basics links to welcome#客服是店铺的门面: rename that heading.
    const QString lesson = root + QStringLiteral("/zh-CN/lessons/welcome.md");
    writeFile(lesson, readAll(lesson).replace("## 客服是店铺的门面", "## 客服是门面"));
    ContentCacheReport report;
    const ContentLibrary library = loadContentLibrary(root, cache.path(), &report);
    const ContentLibrary expected = loadContentLibrary(root);
    compareLibraries(library, expected);
    QVERIFY(lines(expected).join(u'\n').contains(QStringLiteral("客服是店铺的门面")));
    QCOMPARE(report.filesParsed, 2); // the lesson, and the quiz whose link no longer resolves
}

void TestContentCache::deletedAndAddedFiles()
{
    QTemporaryDir dir, cache;
    const QString root = dir.path();
    QVERIFY(test::copyTree(test::sampleCourseDir(), root));
    loadContentLibrary(root, cache.path());

    QVERIFY(QFile::remove(root + QStringLiteral("/en/lessons/apologies.md")));
    ContentCacheReport report;
    ContentLibrary library = loadContentLibrary(root, cache.path(), &report);
    compareLibraries(library, loadContentLibrary(root));
    QVERIFY(!library.course(QStringLiteral("en"))->lesson(QStringLiteral("apologies")));
    QVERIFY(report.wroteCacheFile); // its reading is dropped from the file
    dropContentCacheMemory();
    compareLibraries(loadContentLibrary(root, cache.path(), &report), loadContentLibrary(root));
    QCOMPARE(report.filesParsed, 0);

    writeFile(root + QStringLiteral("/en/lessons/extra.md"),
              "---\nid: extra\ntitle: Extra\nmodule: basics\nsummary: s\nminutes: 2\n---\n# Extra\n");
    library = loadContentLibrary(root, cache.path(), &report);
    compareLibraries(library, loadContentLibrary(root));
    QVERIFY(library.course(QStringLiteral("en"))->lesson(QStringLiteral("extra")));
    // The new lesson, and the two files whose "did you mean" for the missing lesson looks at every lesson
    // name (en/course.yaml, en/quizzes/quiz-basics.yaml); the other files are reused.
    QCOMPARE(report.filesParsed, 3);
}

void TestContentCache::duplicateIdsAcrossFilesStillFound()
{
    QTemporaryDir dir, cache;
    const QString root = dir.path();
    QVERIFY(test::copyTree(test::sampleCourseDir(), root));
    loadContentLibrary(root, cache.path());

    // A new scenario file takes the id of a question in an unchanged quiz file (and vice versa after).
    const QString scenario = root + QStringLiteral("/en/scenarios/sc-late-parcel.yaml");
    const QByteArray original = readAll(scenario);
    const QString quiz = QString::fromUtf8(readAll(root + QStringLiteral("/en/quizzes/quiz-basics.yaml")));
    const QString questionId = QRegularExpression(QStringLiteral("- id: (\\S+)")).match(quiz).captured(1);
    QVERIFY(!questionId.isEmpty());
    QByteArray clash = original;
    clash.replace("id: sc-late-parcel", QByteArray("id: " + questionId.toUtf8()));
    QVERIFY(QFile::rename(scenario,
                          root + QStringLiteral("/en/scenarios/") + questionId + QStringLiteral(".yaml")));
    writeFile(root + QStringLiteral("/en/scenarios/") + questionId + QStringLiteral(".yaml"), clash);
    ContentCacheReport report;
    const ContentLibrary library = loadContentLibrary(root, cache.path(), &report);
    compareLibraries(library, loadContentLibrary(root));
    QVERIFY(lines(library).join(u'\n').contains(questionId));

    // Back as it was: the duplicate is gone though the quiz file was not read again.
    QVERIFY(QFile::remove(root + QStringLiteral("/en/scenarios/") + questionId + QStringLiteral(".yaml")));
    writeFile(scenario, original);
    compareLibraries(loadContentLibrary(root, cache.path(), &report), loadContentLibrary(root));
}

// Content changed while size and times stayed (a change within the time granularity right after the file
// was read): the content hash of such a recently read file is compared.
void TestContentCache::sameStampDifferentContentIsCaught()
{
    QTemporaryDir dir, cache;
    const QString root = dir.path();
    QVERIFY(test::copyTree(test::sampleCourseDir(), root));
    loadContentLibrary(root, cache.path());
    const QString cacheFile = cacheFileIn(cache.path());
    QVERIFY(!cacheFile.isEmpty());

    const QString lesson = root + QStringLiteral("/zh-CN/lessons/apologies.md");
    QByteArray text = readAll(lesson);
    text.replace("minutes: 8", "minutes: 9");
    writeFile(lesson, text);
    // Forge the stamp kept for it to the file's new one, as if the change had not moved any time.
    const QByteArray bytes = readAll(cacheFile);
    QString problem;
    std::optional<QHash<QString, content::CachedFile>> entries =
        content::decodeCourseCache(bytes.constData(), bytes.size(), QDir::cleanPath(root), &problem);
    QVERIFY2(entries, qPrintable(problem));
    const QString path = QStringLiteral("zh-CN/lessons/apologies.md");
    QVERIFY(entries->contains(path));
    (*entries)[path].stamp = *content::stampOf(lesson);
    writeFile(cacheFile, content::encodeCourseCache(QDir::cleanPath(root), *entries));

    dropContentCacheMemory();
    ContentCacheReport report;
    const ContentLibrary library = loadContentLibrary(root, cache.path(), &report);
    compareLibraries(library, loadContentLibrary(root));
    QCOMPARE(library.course(QStringLiteral("zh-CN"))->lesson(QStringLiteral("apologies"))->minutes, 9);
    QCOMPARE(report.filesParsed, 1);
}

void TestContentCache::damagedCacheFileIsIgnored_data()
{
    QTest::addColumn<QString>("damage");
    for (const char *damage : {"empty", "header only", "half", "one byte short", "one byte more", "magic",
                               "format", "build", "records", "hot strings", "texts", "garbage"})
        QTest::newRow(damage) << QString::fromLatin1(damage);
}

void TestContentCache::damagedCacheFileIsIgnored()
{
    QFETCH(QString, damage);
    QTemporaryDir dir, cache;
    const QString root = dir.path();
    QVERIFY(test::copyTree(test::sampleCourseDir(), root));
    const ContentLibrary expected = loadContentLibrary(root);
    loadContentLibrary(root, cache.path());
    const QString cacheFile = cacheFileIn(cache.path());
    QByteArray bytes = readAll(cacheFile);
    const qsizetype header = content::kCacheHeaderSize;
    const qsizetype records = qsizetype(headerField(bytes, 48)), hot = qsizetype(headerField(bytes, 64));
    QVERIFY(bytes.size() > header + records + hot);
    auto flip = [&](qsizetype at) { bytes[at] = char(bytes[at] ^ 0x20); };
    if (damage == u"empty")
        bytes.clear();
    else if (damage == u"header only")
        bytes.truncate(header);
    else if (damage == u"half")
        bytes.truncate(bytes.size() / 2);
    else if (damage == u"one byte short")
        bytes.chop(1);
    else if (damage == u"one byte more")
        bytes.append('\0');
    else if (damage == u"magic")
        flip(0);
    else if (damage == u"format")
        flip(8);
    else if (damage == u"build")
        flip(20);
    else if (damage == u"records")
        flip(header + records / 2);
    else if (damage == u"hot strings")
        flip(header + records + hot / 2);
    else if (damage == u"texts")
        flip(bytes.size() - 3);
    else
        bytes = QByteArray(bytes.size(), 'x');
    writeFile(cacheFile, bytes);

    dropContentCacheMemory();
    ContentCacheReport report;
    compareLibraries(loadContentLibrary(root, cache.path(), &report), expected);
    QVERIFY(!report.readCacheFile);
    QCOMPARE(report.filesReused, 0);
    QVERIFY(report.wroteCacheFile); // replaced by a good one
    dropContentCacheMemory();
    compareLibraries(loadContentLibrary(root, cache.path(), &report), expected);
    QVERIFY(report.readCacheFile);
    QCOMPARE(report.filesParsed, 0);
}

// A cache file copied under another content root's name: its readings are not for these files.
void TestContentCache::cacheOfAnotherFolderIsNotUsed()
{
    QTemporaryDir dir, cache;
    const QString a = dir.path() + QStringLiteral("/a"), b = dir.path() + QStringLiteral("/b");
    QVERIFY(test::copyTree(test::sampleCourseDir(), a));
    QVERIFY(test::copyTree(test::sampleCourseDir(), b));
    loadContentLibrary(a, cache.path());
    const QString fileA = cacheFileIn(cache.path());
    QVERIFY(QFile::copy(fileA, content::CourseCache::fileFor(cache.path(), QDir::cleanPath(b))));
    dropContentCacheMemory();
    ContentCacheReport report;
    compareLibraries(loadContentLibrary(b, cache.path(), &report), loadContentLibrary(b));
    QVERIFY(!report.readCacheFile);
    QCOMPARE(report.filesReused, 0);
}

void TestContentCache::unwritableCacheFolderStillLoads()
{
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/content");
    QVERIFY(test::copyTree(test::sampleCourseDir(), root));
    // Below a plain file: no folder can be made there, whoever runs the test (root ignores permissions).
    writeFile(dir.path() + QStringLiteral("/file"), "x");
    const QString cacheDir = dir.path() + QStringLiteral("/file/cache");
    const ContentLibrary expected = loadContentLibrary(root);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("content cache .* cannot be written")));
    ContentCacheReport report;
    compareLibraries(loadContentLibrary(root, cacheDir, &report), expected);
    QVERIFY(!report.wroteCacheFile);
    QVERIFY(!report.problem.isEmpty());
    compareLibraries(loadContentLibrary(root, cacheDir, &report), expected); // warned once; from memory now
    QCOMPARE(report.filesParsed, 0);
}

// Diagnostics are made in the UI language: a file with problems is read again after a language switch,
// a clean file is not.
void TestContentCache::languageChangeRereadsFilesWithMessages()
{
    QTemporaryDir dir, cache;
    const QString root = dir.path();
    QCOMPARE(test::buildErrorCase(QStringLiteral("unknown-key-suggestion"), root), QString());
    ContentCacheReport report;
    QVERIFY(!lines(loadContentLibrary(root, cache.path(), &report)).isEmpty());
    const int files = report.filesParsed;

    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const ContentLibrary expected = loadContentLibrary(root);
    QVERIFY2(lines(expected).join(u'\n').contains(u'«'), qPrintable(lines(expected).join(u'\n')));
    compareLibraries(loadContentLibrary(root, cache.path(), &report), expected);
    QVERIFY(report.filesParsed > 0 && report.filesParsed < files);
    dropContentCacheMemory();
    compareLibraries(loadContentLibrary(root, cache.path(), &report), expected);
    QCOMPARE(report.filesParsed, 0);
    QCoreApplication::removeTranslator(&translator);
    compareLibraries(loadContentLibrary(root, cache.path(), &report), loadContentLibrary(root));
}

// The loader lists folders itself (one stat a file); it must see what QDir::entryInfoList sees.
void TestContentCache::folderListingMatchesQDir()
{
    QTemporaryDir dir;
    const QString d = dir.path();
    for (const char *name :
         {"b.md", "A.md", "a.md", "é.md", ".hidden.md", "z.yaml", "sub/x.md", "10.md", "9.md"})
        writeFile(d + u'/' + QString::fromUtf8(name), "x");
    QVERIFY(QFile::link(d + QStringLiteral("/a.md"), d + QStringLiteral("/link-file.md")));
    QVERIFY(QFile::link(d + QStringLiteral("/sub"), d + QStringLiteral("/link-dir")));
    QVERIFY(QFile::link(d + QStringLiteral("/missing"), d + QStringLiteral("/broken.md")));
    QCOMPARE(::mkfifo(QFile::encodeName(d + QStringLiteral("/pipe.md")).constData(), 0600), 0);
    QVERIFY(QFile::link(d + QStringLiteral("/pipe.md"), d + QStringLiteral("/link-pipe.md")));

    QStringList expected, actual;
    for (const QFileInfo &info :
         QDir(d).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        expected.append(info.fileName() +
                        (info.isFile() ? QStringLiteral(" file") : QStringLiteral(" other")));
    for (const content::FolderEntry &entry : content::listFolderEntries(d)) {
        actual.append(entry.name + (entry.isFile ? QStringLiteral(" file") : QStringLiteral(" other")));
        if (entry.isFile)
            QCOMPARE(entry.stamp.size, QFileInfo(d + u'/' + entry.name).size());
    }
    QCOMPARE(actual, expected);
}

QTEST_GUILESS_MAIN(TestContentCache)
#include "tst_contentcache.moc"
