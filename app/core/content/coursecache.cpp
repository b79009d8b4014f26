#include "content/coursecache.h"

#include "content/courseloader.h"
#include "content/messages.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <cmark-gfm.h>
#include <yaml-cpp/node/parse.h>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <link.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

#include <cstring>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcContent)

namespace dojo::content {

namespace {
// A file whose times are this close to (or after) the moment it was read may have changed again within
// the file system's time granularity: its content is compared before its reading is reused.
constexpr qint64 kRacyNs = 2'000'000'000;

qint64 nowNs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1'000'000;
}

bool racy(const FileStamp &stamp, qint64 readAtNs)
{
    return qMax(stamp.modifiedNs, stamp.changedNs) >= readAtNs - kRacyNs;
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// What this process keeps: the entries of every cache file it has loaded or written.
struct Memory {
    QMutex mutex;
    QHash<QString, QHash<QString, CachedFile>> byFile;
    QSet<QString> warned; // cache files already warned about
};
Q_GLOBAL_STATIC(Memory, g_memory)

#ifdef Q_OS_LINUX
// The identity of the loaded object (executable or shared library) holding `address`: its GNU build id, or
// its path, size and time when it has none.
struct ObjectLookup {
    std::uintptr_t address = 0;
    QByteArray identity;
};

int identifyObject(dl_phdr_info *info, size_t, void *data)
{
    auto *lookup = static_cast<ObjectLookup *>(data);
    bool holds = false;
    for (int i = 0; i < info->dlpi_phnum && !holds; ++i) {
        const ElfW(Phdr) &ph = info->dlpi_phdr[i];
        const std::uintptr_t start = info->dlpi_addr + ph.p_vaddr;
        holds = ph.p_type == PT_LOAD && lookup->address >= start && lookup->address < start + ph.p_memsz;
    }
    if (!holds)
        return 0;
    for (int i = 0; i < info->dlpi_phnum; ++i) {
        const ElfW(Phdr) &ph = info->dlpi_phdr[i];
        if (ph.p_type != PT_NOTE)
            continue;
        const char *at = reinterpret_cast<const char *>(info->dlpi_addr + ph.p_vaddr);
        const char *end = at + ph.p_memsz;
        auto align4 = [](std::size_t n) { return (n + 3) & ~std::size_t(3); };
        while (end - at >= qsizetype(sizeof(ElfW(Nhdr)))) {
            ElfW(Nhdr) note;
            std::memcpy(&note, at, sizeof note);
            const char *name = at + sizeof note;
            const char *desc = name + align4(note.n_namesz);
            if (desc > end || end - desc < qsizetype(note.n_descsz))
                break;
            if (note.n_type == NT_GNU_BUILD_ID && note.n_namesz == 4 && std::memcmp(name, "GNU", 4) == 0) {
                lookup->identity = "build-id " + QByteArray(desc, note.n_descsz).toHex();
                return 1;
            }
            at = desc + align4(note.n_descsz);
        }
    }
    const QString path = info->dlpi_name && *info->dlpi_name ? QFile::decodeName(info->dlpi_name)
                                                             : QStringLiteral("/proc/self/exe");
    const QFileInfo file(path);
    lookup->identity = "file " + QFile::encodeName(file.canonicalFilePath()) + ' ' +
                       QByteArray::number(file.size()) + ' ' +
                       QByteArray::number(file.lastModified().toMSecsSinceEpoch());
    return 1;
}

QByteArray objectIdentity(const void *address)
{
    ObjectLookup lookup{reinterpret_cast<std::uintptr_t>(address), {}};
    dl_iterate_phdr(identifyObject, &lookup);
    return lookup.identity;
}

// True when the texts of a cache file (the strings a load does not read) are as written. Read with pread
// into one buffer rather than through the mapping: the pages are not mapped until a text is used.
bool textsIntact(int fd, const CacheTexts &texts)
{
    CacheChecksum sum{quint64(texts.size)};
    std::vector<char> buffer(std::size_t(1) << 20);
    for (qsizetype at = 0; at < texts.size;) {
        const ssize_t n = ::pread(fd, buffer.data(), std::size_t(qMin<qsizetype>(texts.size - at, 1 << 20)),
                                  off_t(texts.offset + at));
        if (n <= 0)
            return false;
        sum.add(buffer.data(), n);
        at += n;
    }
    return sum.result() == texts.checksum;
}

// Maps the cache file for the rest of the process (its strings are read in place, see coursecache.h).
std::optional<QHash<QString, CachedFile>> readCacheFile(const QString &file, const QString &rootDir,
                                                        QString *problem)
{
    const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt; // none yet: not a problem
    struct stat st;
    if (::fstat(fd, &st) != 0 || st.st_size < kCacheHeaderSize) {
        ::close(fd);
        *problem = QStringLiteral("shorter than its header");
        return std::nullopt;
    }
    const std::size_t size = std::size_t(st.st_size);
    void *map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (map == MAP_FAILED) {
        *problem = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        return std::nullopt;
    }
    const char *bytes = static_cast<const char *>(map);
    std::optional<QHash<QString, CachedFile>> entries;
    if (const std::optional<CacheTexts> texts = courseCacheTexts(bytes, qsizetype(size))) {
        ::madvise(map, std::size_t(texts->offset), MADV_WILLNEED); // what the load reads
        if (!textsIntact(fd, *texts))
            *problem = QStringLiteral("damaged (checksum)");
        else
            entries = decodeCourseCache(bytes, qsizetype(size), rootDir, problem, TextCheck::Caller);
    } else {
        entries = decodeCourseCache(bytes, qsizetype(size), rootDir, problem); // says why not
    }
    ::close(fd);
    if (!entries)
        ::munmap(map, size); // nothing points into it
    return entries;
}
#else
QByteArray objectIdentity(const void *)
{
    const QFileInfo exe(QCoreApplication::applicationFilePath());
    return QFile::encodeName(exe.canonicalFilePath()) + ' ' + QByteArray::number(exe.size()) + ' ' +
           QByteArray::number(exe.lastModified().toMSecsSinceEpoch());
}

std::optional<QHash<QString, CachedFile>> readCacheFile(const QString &file, const QString &rootDir,
                                                        QString *problem)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return std::nullopt;
    static QList<QByteArray> kept; // strings point into these for the rest of the process
    const QByteArray bytes = in.readAll();
    std::optional<QHash<QString, CachedFile>> entries =
        decodeCourseCache(bytes.constData(), bytes.size(), rootDir, problem);
    if (entries)
        kept.append(bytes);
    return entries;
}
#endif
} // namespace

QByteArray messagesLanguage()
{
    // Sentences of the "dojo::Validator" context: they read differently under every translator.
    const QString probe = msg::kindLesson() + u'\n' + msg::missingField(QStringLiteral("id")).message +
                          u'\n' + msg::duplicateId(QStringLiteral("a"), QStringLiteral("b"), 1).message +
                          u'\n' + msg::notListed(msg::kindLesson(), QStringLiteral("c")).message;
    return sha256Hex(probe.toUtf8()).left(32);
}

QByteArray courseCacheBuild()
{
    static const QByteArray build = [] {
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData("ServiceDojo parsed-course cache\n");
        const void *objects[] = {
            reinterpret_cast<const void *>(&courseCacheBuild), // our parsers
            reinterpret_cast<const void *>(static_cast<YAML::Node (*)(const std::string &)>(&YAML::Load)),
            reinterpret_cast<const void *>(&cmark_parser_new), // heading anchors
            reinterpret_cast<const void *>(&qVersion)};
        for (const void *object : objects)
            h.addData(QByteArray(objectIdentity(object) + '\n'));
        h.addData(QByteArray(QByteArray(qVersion()) + '\n' + cmark_version_string() + '\n'));
        // Pattern errors of scenarios carry PCRE2's words.
        h.addData(QRegularExpression(QStringLiteral("(")).errorString().toUtf8());
        return h.result();
    }();
    return build;
}

CourseCache::CourseCache(const QString &cacheDir, const QString &rootDir)
    : m_enabled(!cacheDir.isEmpty()), m_rootDir(rootDir)
{
    if (!m_enabled)
        return;
    m_file = fileFor(cacheDir, rootDir);
    m_language = messagesLanguage();
    {
        QMutexLocker lock(&g_memory->mutex);
        const auto kept = g_memory->byFile.constFind(m_file);
        if (kept != g_memory->byFile.cend()) {
            m_before = *kept;
            return;
        }
    }
    if (std::optional<QHash<QString, CachedFile>> entries = readCacheFile(m_file, rootDir, &m_problem)) {
        m_before = std::move(*entries);
        m_readFile = true;
    } else if (!m_problem.isEmpty()) {
        qCInfo(lcContent) << "content cache" << m_file << "not used:" << m_problem;
    }
}

CourseCache::~CourseCache() = default;

QString CourseCache::fileFor(const QString &cacheDir, const QString &rootDir)
{
    return QDir(cacheDir).filePath(QStringLiteral("course-") +
                                   QString::fromLatin1(sha256Hex(rootDir.toUtf8()).left(16)) +
                                   QStringLiteral(".cache"));
}

void CourseCache::dropMemory()
{
    QMutexLocker lock(&g_memory->mutex);
    g_memory->byFile.clear();
}

const CachedFile *CourseCache::find(const QString &path, const QString &absolutePath, const FileStamp &stamp)
{
    const auto it = m_before.constFind(path);
    if (it == m_before.cend() || it->stamp != stamp)
        return nullptr;
    if (!racy(stamp, it->readAtNs))
        return &*it;
    const qint64 readAt = nowNs();
    QFile file(absolutePath);
    if (!file.open(QIODevice::ReadOnly) || sha256Hex(file.readAll()) != it->sha256)
        return nullptr;
    if (racy(stamp, readAt))
        return &*it;
    CachedFile refreshed = *it; // not racy any more: say so in the file, so it is not read again
    refreshed.readAtNs = readAt;
    m_refreshed = true;
    return &*m_before.insert(path, std::move(refreshed));
}

bool CourseCache::reusable(const CachedFile &entry, LocaleContext &ctx) const
{
    if (!entry.diagnostics.isEmpty() && entry.messages != m_language)
        return false;
    for (const ContextFact &fact : entry.facts) {
        if (ctx.answer(fact.kind, fact.key) != fact.answer)
            return false;
    }
    return true;
}

void CourseCache::keep(const CachedFile &entry)
{
    m_used.insert(entry.path);
    ++m_reused;
}

qsizetype CourseCache::claimsUnder(const QString &prefix) const
{
    qsizetype n = 0;
    for (const CachedFile &entry : m_before) {
        if (entry.path.startsWith(prefix))
            n += entry.claims.size();
    }
    return n;
}

void CourseCache::store(CachedFile entry)
{
    m_used.insert(entry.path);
    ++m_parsed;
    const QString path = entry.path;
    m_new.insert(path, std::move(entry));
}

void CourseCache::finish(ContentCacheReport *report)
{
    if (!m_enabled)
        return;
    bool wrote = false;
    const bool changed = !m_new.isEmpty() || m_refreshed || m_used.size() != m_before.size();
    if (changed) {
        QHash<QString, CachedFile> next = m_new;
        for (auto it = m_before.cbegin(); it != m_before.cend(); ++it) {
            if (m_used.contains(it.key()) && !next.contains(it.key()))
                next.insert(it.key(), it.value());
        }
        QString problem;
        QDir().mkpath(QFileInfo(m_file).absolutePath());
        QSaveFile out(m_file); // a new file renamed over the old one: a reader sees one or the other
        if (!out.open(QIODevice::WriteOnly)) {
            problem = out.errorString();
        } else if (!writeCourseCache(out, m_rootDir, next) || !out.flush()) {
            problem = out.errorString();
            out.cancelWriting();
        } else {
#ifdef Q_OS_LINUX
            ::fdatasync(out.handle()); // on disk before it replaces the old one
#endif
            if (!out.commit())
                problem = out.errorString();
        }
        wrote = problem.isEmpty();
        QMutexLocker lock(&g_memory->mutex);
        g_memory->byFile.insert(m_file, next);
        if (!wrote) {
            if (!g_memory->warned.contains(m_file))
                qCWarning(lcContent) << "content cache" << m_file << "cannot be written:" << problem
                                     << "(the course is parsed at every start)";
            g_memory->warned.insert(m_file);
            m_problem = problem;
        }
    } else if (m_readFile) {
        QMutexLocker lock(&g_memory->mutex);
        g_memory->byFile.insert(m_file, m_before);
    }
    if (report) {
        report->filesReused = m_reused;
        report->filesParsed = m_parsed;
        report->readCacheFile = m_readFile;
        report->wroteCacheFile = wrote;
        report->cacheFile = m_file;
        report->problem = m_problem;
    }
}

} // namespace dojo::content
