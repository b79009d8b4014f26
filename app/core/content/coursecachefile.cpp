// The parsed-course cache file (coursecache.h):
//
//   header   magic "SDJCOURS", format, byte-order mark, build fingerprint (32 bytes), sizes and checksums
//   records  the root folder, then every CachedFile: numbers in native byte order, each string as
//            (offset, length) into the text heap
//   heap     UTF-16 and byte strings, each stored once (many texts repeat: ids, feedback, paths)
//
// Reading checks every offset, length, count and enum against the bytes present, and both checksums, so a
// truncated or damaged file is refused as a whole rather than read as a wrong course. Records are read into
// the model; strings become QString::fromRawData views of the heap (no copy, the heap is never touched
// until a string is used).
#include "content/coursecache.h"

#include <QBuffer>
#include <QCryptographicHash>

#include <concepts>
#include <cstring>
#include <type_traits>
#include <variant>

namespace dojo::content {

namespace {
constexpr char kMagic[8] = {'S', 'D', 'J', 'C', 'O', 'U', 'R', 'S'};
constexpr quint32 kFormat = 1; // bump when the layout or the meaning of a field changes
constexpr quint32 kByteOrderMark = 0x01020304;
constexpr quint32 kNullString = 0xffffffff;

struct Header {
    char magic[8];
    quint32 format;
    quint32 byteOrder;
    char build[32];
    quint64 recordsSize;
    quint64 heapSize;
    quint64 hotSize; // the hot strings at the start of the heap
    quint64 recordsChecksum;
    quint64 hotChecksum;
    quint64 coldChecksum;
};
static_assert(sizeof(Header) == kCacheHeaderSize && sizeof(Header) % 8 == 0);

} // namespace

// A fast 64-bit checksum over 8-byte words (not cryptographic: it detects damage, not tampering; the cache
// is the user's own).
CacheChecksum::CacheChecksum(quint64 totalSize) : m_h(0x243f6a8885a308d3ULL ^ totalSize) {}

void CacheChecksum::add(const char *data, qsizetype size)
{
    constexpr quint64 kMul = 0x9e3779b97f4a7c15ULL;
    while (size > 0) {
        const qsizetype take = qMin<qsizetype>(size, 8 - m_tailSize);
        std::memcpy(reinterpret_cast<char *>(&m_tail) + m_tailSize, data, size_t(take));
        m_tailSize += int(take);
        data += take;
        size -= take;
        if (m_tailSize == 8) {
            m_h = (m_h ^ m_tail) * kMul;
            m_h ^= m_h >> 29;
            m_tail = 0;
            m_tailSize = 0;
        }
        for (; size >= 8 && m_tailSize == 0; data += 8, size -= 8) { // the fast path
            quint64 w;
            std::memcpy(&w, data, 8);
            m_h = (m_h ^ w) * kMul;
            m_h ^= m_h >> 29;
        }
    }
}

quint64 CacheChecksum::result() const
{
    constexpr quint64 kMul = 0x9e3779b97f4a7c15ULL;
    const quint64 h = (m_h ^ m_tail) * kMul;
    return h ^ (h >> 32);
}

namespace {
quint64 checksum(const char *data, qsizetype size)
{
    CacheChecksum sum{quint64(size)};
    sum.add(data, size);
    return sum.result();
}

template <typename T, typename U>
concept Is = std::same_as<std::remove_const_t<T>, U>;

// Largest valid value of each enum stored (the reader refuses others).
constexpr int enumLast(ItemKind)
{
    return int(ItemKind::Scenario);
}
constexpr int enumLast(QuestionType)
{
    return int(QuestionType::Matching);
}
constexpr int enumLast(Channel)
{
    return int(Channel::FaceToFace);
}
constexpr int enumLast(Outcome)
{
    return int(Outcome::Lost);
}
constexpr int enumLast(LeftOutItem::Kind)
{
    return int(LeftOutItem::Kind::PhrasebookSection);
}
constexpr int enumLast(Diagnostic::Severity)
{
    return int(Diagnostic::Severity::Warning);
}
constexpr int enumLast(ContextFact::Kind)
{
    return ContextFact::kLastKind;
}
constexpr int enumLast(CachedFile::Kind)
{
    return CachedFile::kLastKind;
}

// Every stored field of every type, in one list used by both the writer and the reader. A field added to
// a model type must be added there: these size checks (x86-64) fail until it is, then take the new size.
template <typename T, std::size_t Size> constexpr bool kSized = sizeof(void *) != 8 || sizeof(T) == Size;
static_assert(kSized<SourcePos, 32>, "SourcePos changed: store the new field in fields()");
static_assert(kSized<Diagnostic, 88>, "Diagnostic changed: store the new field in fields()");
static_assert(kSized<RubricDimension, 48>, "RubricDimension changed: store the new field in fields()");
static_assert(kSized<Landmine, 72>, "Landmine changed: store the new field in fields()");
static_assert(kSized<ModuleItem, 88>, "ModuleItem changed: store the new field in fields()");
static_assert(kSized<Module, 152>, "Module changed: store the new field in fields()");
static_assert(kSized<Phrase, 200>, "Phrase changed: store the new field in fields()");
static_assert(kSized<PhrasebookSection, 104>, "PhrasebookSection changed: store the new field in fields()");
static_assert(kSized<Lesson, 288>, "Lesson changed: store the new field in fields()");
static_assert(kSized<ChoiceOption, 88>, "ChoiceOption changed: store the new field in fields()");
static_assert(kSized<MatchPair, 48>, "MatchPair changed: store the new field in fields()");
static_assert(kSized<Question, 272>, "Question changed: store the new field in fields()");
static_assert(kSized<Quiz, 216>, "Quiz changed: store the new field in fields()");
static_assert(kSized<Persona, 56>, "Persona changed: store the new field in fields()");
static_assert(kSized<ScenarioOption, 144>, "ScenarioOption changed: store the new field in fields()");
static_assert(kSized<ReplyElement, 136>, "ReplyElement changed: store the new field in fields()");
static_assert(kSized<ForbiddenRule, 128>, "ForbiddenRule changed: store the new field in fields()");
static_assert(kSized<FreeReply, 176>, "FreeReply changed: store the new field in fields()");
static_assert(kSized<ScenarioNode, 312>, "ScenarioNode changed: store the new field in fields()");
static_assert(kSized<Ending, 112>, "Ending changed: store the new field in fields()");
static_assert(kSized<MoodLimit, 32>, "MoodLimit changed: store the new field in fields()");
static_assert(kSized<Scenario, 360>, "Scenario changed: store the new field in fields()");
static_assert(kSized<LeftOutItem, 64>, "LeftOutItem changed: store the new field in fields()");
static_assert(kSized<ListedItem, 64>, "ListedItem changed: store the new field in fields()");
static_assert(kSized<ManifestIndex, 40>, "ManifestIndex changed: store the new field in fields()");
static_assert(kSized<CachedManifest, 192>, "CachedManifest changed: store the new field in fields()");
static_assert(kSized<IdClaim, 64>, "IdClaim changed: store the new field in fields()");
static_assert(kSized<ContextFact, 56>, "ContextFact changed: store the new field in fields()");
static_assert(kSized<FileStamp, 40>, "FileStamp changed: store the new field in fields()");
static_assert(kSized<CachedFile, 600>, "CachedFile changed: store the new field in fields()");

// Strings the loader reads on every load (ids, paths, facts, claims, anchors) are marked hot: they are kept
// together at the start of the heap, so a load pages in a small part of it and the texts stay on disk
// until used.
template <typename T> struct Hot {
    T &value;
};
template <typename T> Hot<T> hot(T &value)
{
    return {value};
}

template <typename Io, typename T>
requires Is<T, RubricDimension>
void fields(Io &io, T &v)
{
    io(hot(v.id), v.name);
}
template <typename Io, typename T>
requires Is<T, Landmine>
void fields(Io &io, T &v)
{
    io(hot(v.id), v.name, v.description);
}
template <typename Io, typename T>
requires Is<T, ModuleItem>
void fields(Io &io, T &v)
{
    io(v.kind, hot(v.id), v.prerequisites, v.pos);
}
template <typename Io, typename T>
requires Is<T, Module>
void fields(Io &io, T &v)
{
    io(hot(v.id), v.title, v.summary, v.prerequisites, v.items, v.pos);
}
template <typename Io, typename T>
requires Is<T, Phrase>
void fields(Io &io, T &v)
{
    io(hot(v.id), v.situation, v.text, v.never, v.note, v.tags, v.lessonId, v.pos);
}
template <typename Io, typename T>
requires Is<T, PhrasebookSection>
void fields(Io &io, T &v)
{
    io(hot(v.situation), v.title, v.entries, v.pos);
}
template <typename Io, typename T>
requires Is<T, Lesson>
void fields(Io &io, T &v)
{
    io(hot(v.id), v.title, v.moduleId, v.summary, v.minutes, v.tags, v.phrases, v.markdown, v.bodyFirstLine,
       v.filePath, v.contentHash, v.headingAnchors, v.pos);
}
template <typename Io, typename T>
requires Is<T, ChoiceOption>
void fields(Io &io, T &v)
{
    io(v.text, v.correct, v.feedback, v.pos);
}
template <typename Io, typename T>
requires Is<T, MatchPair>
void fields(Io &io, T &v)
{
    io(v.left, v.right);
}
template <typename Io, typename T>
requires Is<T, Question>
void fields(Io &io, T &v)
{
    io(hot(v.id), v.type, v.prompt, v.points, v.options, v.answer, v.answers, v.items, v.pairs, v.explanation,
       v.seeLesson, v.seeAnchor, v.pos);
}
template <typename Io, typename T>
requires Is<T, Quiz>
void fields(Io &io, T &v)
{
    io(hot(v.id), v.title, v.moduleId, v.lessonId, v.passMark, v.shuffle, v.timeLimitSeconds, v.questions,
       v.filePath, v.contentHash, v.pos);
}
template <typename Io, typename T>
requires Is<T, Persona>
void fields(Io &io, T &v)
{
    io(v.name, v.situation, v.mood);
}
template <typename Io, typename T>
requires Is<T, ScenarioOption>
void fields(Io &io, T &v)
{
    io(v.text, v.next, v.mood, v.scores, v.feedback, v.landmine, v.pos);
}
template <typename Io, typename T>
requires Is<T, ReplyElement>
void fields(Io &io, T &v)
{
    io(v.id, v.label, v.phrases, v.patterns, v.scores, v.pos);
}
template <typename Io, typename T>
requires Is<T, ForbiddenRule>
void fields(Io &io, T &v)
{
    io(v.phrases, v.patterns, v.landmine, v.feedback, v.pos);
}
template <typename Io, typename T>
requires Is<T, FreeReply>
void fields(Io &io, T &v)
{
    io(v.prompt, v.required, v.forbidden, v.minLength, v.maxLength, v.targetSeconds, v.passCount, v.next,
       v.failNext, v.moodPass, v.moodFail, v.pos);
}
template <typename Io, typename T>
requires Is<T, ScenarioNode>
void fields(Io &io, T &v)
{
    io(hot(v.id), v.customer, v.note, v.options, v.freeReply, v.pos);
}
template <typename Io, typename T>
requires Is<T, Ending>
void fields(Io &io, T &v)
{
    io(hot(v.id), v.outcome, v.title, v.debrief, v.pos);
}
template <typename Io, typename T>
requires Is<T, MoodLimit>
void fields(Io &io, T &v)
{
    io(v.value, v.ending);
}
template <typename Io, typename T>
requires Is<T, Scenario>
void fields(Io &io, T &v)
{
    io(hot(v.id), v.title, v.moduleId, v.channel, v.persona, v.moodFloor, v.moodCeiling, v.targetReplySeconds,
       v.start, v.nodes, v.endings, v.filePath, v.contentHash, v.pos);
}
template <typename Io, typename T>
requires Is<T, LeftOutItem>
void fields(Io &io, T &v)
{
    io(v.kind, hot(v.id), v.pos);
}
template <typename Io, typename T>
requires Is<T, Diagnostic>
void fields(Io &io, T &v)
{
    io(v.severity, v.pos, v.code, v.message);
}
template <typename Io, typename T>
requires Is<T, ListedItem>
void fields(Io &io, T &v)
{
    io(v.kind, v.module, v.pos);
}
template <typename Io, typename T>
requires Is<T, ManifestIndex>
void fields(Io &io, T &v)
{
    io(v.usable, hot(v.moduleIds), hot(v.dimensionIds), hot(v.landmineIds), hot(v.items));
}
template <typename Io, typename T>
requires Is<T, CachedManifest>
void fields(Io &io, T &v)
{
    io(v.id, v.title, v.version, v.rubric, v.landmines, v.modules, v.leftOut, v.index);
}
template <typename Io, typename T>
requires Is<T, IdClaim>
void fields(Io &io, T &v)
{
    io(hot(v.id), v.pos, v.before);
}
template <typename Io, typename T>
requires Is<T, ContextFact>
void fields(Io &io, T &v)
{
    io(v.kind, hot(v.key), hot(v.answer));
}
template <typename Io, typename T>
requires Is<T, FileStamp>
void fields(Io &io, T &v)
{
    io(v.size, v.modifiedNs, v.changedNs, v.inode, v.device);
}
template <typename Io, typename T>
requires Is<T, CachedFile>
void fields(Io &io, T &v)
{
    io(v.kind, hot(v.path));
    io.setCurrentFile(v.path); // positions inside the file store no path
    io(v.stamp, v.readAtNs, hot(v.sha256), hot(v.messages), v.diagnostics, v.claims, v.facts, v.anchorsKnown,
       hot(v.anchors), v.item);
}

template <typename T>
concept Plain = std::is_arithmetic_v<T>;

class Writer {
public:
    QByteArray records;

    template <typename... T> void operator()(const T &...values) { (put(values), ...); }
    void setCurrentFile(const QString &path) { m_file = path; }

    // Ends the heap: hot strings, then the others (their offsets in `records` are moved past the hot ones).
    void finishHeap()
    {
        align(m_hot, 8);
        const quint32 shift = quint32(m_hot.size());
        for (const qsizetype at : std::as_const(m_coldRefs)) {
            quint32 offset;
            std::memcpy(&offset, records.constData() + at, sizeof offset);
            offset += shift;
            std::memcpy(records.data() + at, &offset, sizeof offset);
        }
    }
    const QByteArray &hotHeap() const { return m_hot; }
    const QByteArray &coldHeap() const { return m_cold; }

    template <typename T> void put(const Hot<T> &marked)
    {
        const bool was = m_inHot;
        m_inHot = true;
        put(marked.value);
        m_inHot = was;
    }

    template <Plain T> void put(T value)
    {
        records.append(reinterpret_cast<const char *>(&value), sizeof value);
    }
    template <typename E>
    requires std::is_enum_v<E>
    void put(E value) { put(quint8(value)); }
    void put(const QString &s)
    {
        if (s.isNull())
            return putRef(0, kNullString, false);
        if (s.isEmpty())
            return putRef(0, 0, false);
        putBytes(QByteArray::fromRawData(reinterpret_cast<const char *>(s.constData()), s.size() * 2),
                 quint32(s.size()), true);
    }
    void put(const QByteArray &b)
    {
        if (b.isNull())
            return putRef(0, kNullString, false);
        if (b.isEmpty())
            return putRef(0, 0, false);
        putBytes(QByteArray::fromRawData(b.constData(), b.size()), quint32(b.size()), false);
    }
    void put(const SourcePos &p)
    {
        if (p.file == m_file) {
            put(quint8(0));
        } else {
            put(quint8(1));
            put(hot(p.file));
        }
        put(p.line);
        put(p.column);
    }
    template <typename T> void put(const QList<T> &list)
    {
        put(quint32(list.size()));
        for (const T &item : list)
            put(item);
    }
    template <typename T> void put(const std::optional<T> &value)
    {
        put(value.has_value());
        if (value)
            put(*value);
    }
    template <typename... T> void put(const std::variant<T...> &value)
    {
        put(quint8(value.index()));
        std::visit([this](const auto &alternative) { put(alternative); }, value);
    }
    void put(std::monostate) {}
    void put(const QMap<QString, int> &map)
    {
        put(quint32(map.size()));
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            (*this)(it.key(), it.value());
    }
    void put(const QSet<QString> &set)
    {
        QStringList sorted = set.values();
        sorted.sort();
        put(sorted);
    }
    template <typename V> void put(const QHash<QString, V> &hash)
    {
        QStringList keys = hash.keys();
        keys.sort();
        put(quint32(keys.size()));
        for (const QString &key : std::as_const(keys))
            (*this)(key, hash.value(key));
    }
    template <typename T>
    requires requires(Writer &w, const T &v) { fields(w, v); }
    void put(const T &value) { fields(*this, value); }

private:
    // Each distinct string is stored once per heap (UTF-16 ones 2-aligned); a cold use of a string already
    // hot points at the hot copy. `bytes` views the data of a string being written: it outlives the Writer.
    void putBytes(const QByteArray &bytes, quint32 length, bool utf16)
    {
        QHash<QByteArray, quint32> &hotOffsets = m_hotOffsets[utf16];
        auto it = hotOffsets.constFind(bytes);
        if (it != hotOffsets.cend())
            return putRef(*it, length, false);
        QByteArray &heap = m_inHot ? m_hot : m_cold;
        QHash<QByteArray, quint32> &offsets = m_inHot ? hotOffsets : m_coldOffsets[utf16];
        it = offsets.constFind(bytes);
        if (it == offsets.cend()) {
            align(heap, utf16 ? 2 : 1);
            it = offsets.insert(bytes, quint32(heap.size()));
            heap.append(bytes);
        }
        putRef(*it, length, !m_inHot);
    }
    void putRef(quint32 offset, quint32 length, bool cold)
    {
        if (cold)
            m_coldRefs.append(records.size());
        put(offset);
        put(length);
    }
    static void align(QByteArray &heap, int n)
    {
        while (heap.size() % n)
            heap.append('\0');
    }

    QString m_file;
    bool m_inHot = false;
    QByteArray m_hot, m_cold;
    QHash<QByteArray, quint32> m_hotOffsets[2], m_coldOffsets[2]; // [utf16]
    QList<qsizetype> m_coldRefs; // where in `records` an offset into the cold heap is written
};

class Reader {
public:
    Reader(const char *records, qsizetype recordsSize, const char *heap, qsizetype heapSize)
        : m_at(records), m_end(records + recordsSize), m_heap(heap), m_heapSize(heapSize)
    {
    }

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_end; }

    template <typename... T> void operator()(T &&...values) { (get(values), ...); }
    void setCurrentFile(const QString &path) { m_file = path; }

    template <typename T> void get(const Hot<T> &marked) { get(marked.value); }

    template <Plain T> void get(T &value)
    {
        if (m_end - m_at < qsizetype(sizeof value))
            return fail();
        std::memcpy(&value, m_at, sizeof value);
        m_at += sizeof value;
    }
    void get(bool &value)
    {
        quint8 byte = 0;
        get(byte);
        if (byte > 1)
            fail();
        value = byte == 1;
    }
    template <typename E>
    requires std::is_enum_v<E>
    void get(E &value)
    {
        quint8 raw = 0;
        get(raw);
        if (raw > enumLast(E{}))
            return fail();
        value = E(raw);
    }
    void get(QString &s)
    {
        quint32 offset = 0, length = 0;
        (*this)(offset, length);
        if (length == kNullString) {
            s = QString();
        } else if (qint64(offset) + 2 * qint64(length) > m_heapSize || offset % 2) {
            fail();
        } else {
            s = QString::fromRawData(reinterpret_cast<const QChar *>(m_heap + offset), length);
        }
    }
    void get(QByteArray &b)
    {
        quint32 offset = 0, length = 0;
        (*this)(offset, length);
        if (length == kNullString)
            b = QByteArray();
        else if (qint64(offset) + qint64(length) > m_heapSize)
            fail();
        else
            b = QByteArray::fromRawData(m_heap + offset, length);
    }
    void get(SourcePos &p)
    {
        quint8 own = 0;
        get(own);
        if (own == 0)
            p.file = m_file;
        else if (own == 1)
            get(p.file);
        else
            fail();
        (*this)(p.line, p.column);
    }
    template <typename T> void get(QList<T> &list)
    {
        const quint32 n = count();
        list.resize(n);
        for (T &item : list) {
            if (!m_ok)
                return;
            get(item);
        }
    }
    template <typename T> void get(std::optional<T> &value)
    {
        bool present = false;
        get(present);
        if (present && m_ok) {
            value.emplace();
            get(*value);
        }
    }
    template <typename... T> void get(std::variant<T...> &value)
    {
        quint8 index = 0;
        get(index);
        if (index >= sizeof...(T))
            return fail();
        emplaceAlternative<0>(value, index);
    }
    void get(QMap<QString, int> &map)
    {
        const quint32 n = count();
        for (quint32 i = 0; i < n && m_ok; ++i) {
            QString key;
            int value = 0;
            (*this)(key, value);
            map.insert(map.cend(), key, value);
        }
    }
    void get(QSet<QString> &set)
    {
        const quint32 n = count();
        set.reserve(n);
        for (quint32 i = 0; i < n && m_ok; ++i) {
            QString value;
            get(value);
            set.insert(value);
        }
    }
    template <typename V> void get(QHash<QString, V> &hash)
    {
        const quint32 n = count();
        hash.reserve(n);
        for (quint32 i = 0; i < n && m_ok; ++i) {
            QString key;
            V value;
            (*this)(key, value);
            hash.insert(key, value);
        }
    }
    template <typename T>
    requires requires(Reader &r, T &v) { fields(r, v); }
    void get(T &value) { fields(*this, value); }

private:
    template <std::size_t I, typename... T> void emplaceAlternative(std::variant<T...> &value, quint8 index)
    {
        if constexpr (I < sizeof...(T)) {
            if (index != I)
                return emplaceAlternative<I + 1>(value, index);
            auto &alternative = value.template emplace<I>();
            if constexpr (!std::is_same_v<std::remove_reference_t<decltype(alternative)>, std::monostate>)
                get(alternative);
        }
    }

    // A count of following records; each takes at least one byte, so more than are left is damage.
    quint32 count()
    {
        quint32 n = 0;
        get(n);
        if (n > quint32(m_end - m_at))
            fail();
        return m_ok ? n : 0;
    }
    void fail()
    {
        m_ok = false;
        m_at = m_end;
    }

    const char *m_at;
    const char *m_end;
    const char *m_heap;
    qsizetype m_heapSize;
    QString m_file;
    bool m_ok = true;
};
} // namespace

bool writeCourseCache(QIODevice &out, const QString &rootDir, const QHash<QString, CachedFile> &entries)
{
    Writer w;
    w.put(rootDir);
    QStringList paths = entries.keys();
    paths.sort();
    w.put(quint32(paths.size()));
    for (const QString &path : std::as_const(paths))
        w.put(*entries.constFind(path));
    while (w.records.size() % 8)
        w.records.append('\0');
    w.finishHeap();
    const QByteArray &hot = w.hotHeap(), &cold = w.coldHeap();

    Header header{};
    std::memcpy(header.magic, kMagic, sizeof kMagic);
    header.format = kFormat;
    header.byteOrder = kByteOrderMark;
    const QByteArray build = courseCacheBuild();
    std::memcpy(header.build, build.constData(), sizeof header.build);
    header.recordsSize = quint64(w.records.size());
    header.heapSize = quint64(hot.size() + cold.size());
    header.hotSize = quint64(hot.size());
    header.recordsChecksum = checksum(w.records.constData(), w.records.size());
    header.hotChecksum = checksum(hot.constData(), hot.size());
    header.coldChecksum = checksum(cold.constData(), cold.size());
    return out.write(reinterpret_cast<const char *>(&header), sizeof header) == qint64(sizeof header) &&
           out.write(w.records) == w.records.size() && out.write(hot) == hot.size() &&
           out.write(cold) == cold.size();
}

QByteArray encodeCourseCache(const QString &rootDir, const QHash<QString, CachedFile> &entries)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    writeCourseCache(buffer, rootDir, entries);
    return bytes;
}

std::optional<CacheTexts> courseCacheTexts(const char *data, qsizetype size)
{
    Header header;
    if (size < qsizetype(sizeof header))
        return std::nullopt;
    std::memcpy(&header, data, sizeof header);
    const quint64 start = sizeof header + header.recordsSize + header.hotSize;
    if (std::memcmp(header.magic, kMagic, sizeof kMagic) != 0 || header.format != kFormat ||
        QByteArray(header.build, sizeof header.build) != courseCacheBuild() || start > quint64(size))
        return std::nullopt; // decodeCourseCache() says why
    return CacheTexts{qsizetype(start), size - qsizetype(start), header.coldChecksum};
}

std::optional<QHash<QString, CachedFile>> decodeCourseCache(const char *data, qsizetype size,
                                                            const QString &rootDir, QString *problem,
                                                            TextCheck textCheck)
{
    auto refuse = [&](const char *why) {
        if (problem)
            *problem = QString::fromLatin1(why);
        return std::nullopt;
    };
    Header header;
    if (size < qsizetype(sizeof header))
        return refuse("shorter than its header");
    std::memcpy(&header, data, sizeof header);
    if (std::memcmp(header.magic, kMagic, sizeof kMagic) != 0)
        return refuse("not a course cache");
    if (header.format != kFormat || header.byteOrder != kByteOrderMark)
        return refuse("another format");
    if (QByteArray(header.build, sizeof header.build) != courseCacheBuild())
        return refuse("written by another build");
    if (header.recordsSize % 8 || header.recordsSize > quint64(size) ||
        header.heapSize != quint64(size) - sizeof header - header.recordsSize ||
        header.hotSize > header.heapSize)
        return refuse("truncated or grown");
    const char *records = data + sizeof header;
    const char *heap = records + header.recordsSize;
    if (checksum(records, qsizetype(header.recordsSize)) != header.recordsChecksum ||
        checksum(heap, qsizetype(header.hotSize)) != header.hotChecksum)
        return refuse("damaged (checksum)");
    if (textCheck == TextCheck::Here &&
        checksum(heap + header.hotSize, qsizetype(header.heapSize - header.hotSize)) != header.coldChecksum)
        return refuse("damaged (checksum)");

    Reader r(records, qsizetype(header.recordsSize), heap, qsizetype(header.heapSize));
    QString root;
    r.get(root);
    if (!r.ok() || root != rootDir)
        return refuse("made for another content folder");
    quint32 n = 0;
    r.get(n);
    QHash<QString, CachedFile> entries;
    entries.reserve(qsizetype(qMin<quint64>(n, header.recordsSize)));
    for (quint32 i = 0; i < n && r.ok(); ++i) {
        CachedFile entry;
        r.get(entry);
        if (r.ok()) {
            const QString path = entry.path;
            entries.emplace(path, std::move(entry));
        }
    }
    while (r.ok() && !r.atEnd()) { // the padding to 8 bytes
        quint8 pad = 0;
        r.get(pad);
        if (pad != 0)
            return refuse("damaged (records)");
    }
    if (!r.ok() || entries.size() != qsizetype(n))
        return refuse("damaged (records)");
    return entries;
}

} // namespace dojo::content
