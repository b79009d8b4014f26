#include "search/searchindex.h"

#include "content/model.h"
#include "search/phrasebookgroups.h"

#include <QAtomicInteger>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringMatcher>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

Q_LOGGING_CATEGORY(lcSearch, "dojo.search")

namespace dojo {

namespace {

using search::FoldedText;

// The searched columns of a document, in the column order of the FTS5 table. Ranking tiers follow
// them: a word in a lesson title, then in a heading or a phrase's text, then the rest.
//   lesson section: Title = the lesson title (top section only), Heading = the section heading,
//                   Body = summary/section text, Tags = lesson tags (top section only)
//   phrase:         Heading = its text, Body = note, Tags = tags and situation title, Never
enum Field { Title, Heading, Body, Tags, Never, FieldCount };

// bm25 weights per column (title, heading, body, tags, never), used within a tier, and FTS5's constants.
constexpr double kBm25Weights[FieldCount] = {10.0, 5.0, 1.0, 3.0, 1.0};
constexpr double kBm25K1 = 1.2;
constexpr double kBm25B = 0.75;

// Fallback ranking: where a word occurs outweighs how often.
constexpr qint64 kInTitle = 1'000'000;
constexpr qint64 kInHeading = 10'000;
constexpr qint64 kInTags = 1'000;
constexpr qint64 kMaxCount = 999;

constexpr int kMaxQueryLength = 256;

struct Doc {
    SearchHit::Kind kind = SearchHit::Kind::LessonSection;
    QString lessonId;
    QString anchor;
    QString phraseId;
    QString situation;
    FoldedText shownTitle;   // lesson title (every section) or phrase text
    FoldedText shownContext; // section heading or situation title
    FoldedText shownTags;
    FoldedText fields[FieldCount]; // the searched columns (see Field)
    int trigrams = 0;              // tokens of all columns as FTS5's trigram tokenizer counts them (bm25)
};

// Occurrences (non-overlapping, left to right) of `needle` in `haystack`, both folded. Finds the first
// character with Qt's vectorised search, then compares the rest.
template<typename Visit>
void forEachOccurrence(QStringView haystack, QStringView needle, Visit visit)
{
    const qsizetype n = needle.size();
    if (n == 0 || haystack.size() < n)
        return;
    const QChar first = needle.front();
    const QStringView rest = needle.mid(1);
    qsizetype pos = 0;
    const qsizetype last = haystack.size() - n;
    while (pos <= last) {
        pos = haystack.indexOf(first, pos);
        if (pos < 0 || pos > last)
            return;
        if (haystack.mid(pos + 1, n - 1) == rest) {
            if (!visit(pos))
                return;
            pos += n;
        } else {
            ++pos;
        }
    }
}

// Where `terms` occur in `text`, as ranges of text.original(), sorted and merged.
QList<TextRange> matchRanges(const FoldedText &text, const QStringList &terms)
{
    QList<TextRange> ranges;
    for (const QString &term : terms) {
        forEachOccurrence(text.folded(), term, [&](qsizetype pos) {
            const TextRange r = text.toOriginal(int(pos), int(term.size()));
            if (r.length > 0)
                ranges.append(r);
            return ranges.size() < 200;
        });
    }
    std::sort(ranges.begin(), ranges.end(),
              [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
    QList<TextRange> merged;
    for (const TextRange &r : std::as_const(ranges)) {
        if (!merged.isEmpty() && r.start <= merged.back().start + merged.back().length) {
            TextRange &m = merged.back();
            m.length = std::max(m.start + m.length, r.start + r.length) - m.start;
        } else {
            merged.append(r);
        }
    }
    return merged;
}

HighlightedText highlighted(const FoldedText &text, const QStringList &terms)
{
    return {text.original(), matchRanges(text, terms)};
}

// An excerpt of `text` of about kSnippetLength characters around its first match (or its start), with
// "…" where it was cut.
HighlightedText excerpt(const FoldedText &text, const QStringList &terms)
{
    const QString &whole = text.original();
    const QList<TextRange> ranges = matchRanges(text, terms);
    const int length = int(whole.size());
    const int span = SearchIndex::kSnippetLength;
    if (length <= span)
        return {whole, ranges};

    int start = 0;
    if (!ranges.isEmpty()) {
        start = std::clamp(ranges.front().start - span / 3, 0, length - span);
        // Start at a word boundary when one is near (matters for English).
        for (int i = start; i > 0 && i > start - 12; --i) {
            if (whole.at(i - 1).isSpace()) {
                start = i;
                break;
            }
        }
    }
    while (start < length && whole.at(start).isSpace())
        ++start;
    if (start > 0 && start < length && whole.at(start).isLowSurrogate())
        --start;
    int end = std::min(length, start + span);
    if (end < length && whole.at(end).isLowSurrogate())
        ++end;

    HighlightedText out;
    const QString lead = start > 0 ? QStringLiteral("…") : QString();
    out.text = lead + whole.mid(start, end - start);
    const int shift = int(lead.size()) - start;
    for (const TextRange &r : ranges) {
        const int from = std::max(r.start, start);
        const int to = std::min(r.start + r.length, end);
        if (to > from)
            out.matches.append({from + shift, to - from});
    }
    if (end < length)
        out.text += QStringLiteral("…");
    return out;
}

QString joinTags(const QStringList &tags) { return tags.join(QStringLiteral(" · ")); }

} // namespace

struct SearchIndex::Impl {
    QString connectionName;
    QSqlDatabase db;
    std::optional<QSqlQuery> ftsQuery;
    bool ftsReady = false;
    QString error;
    QList<Doc> docs;
    // Every searched field of every document, folded, one after the other, each followed by a
    // separator no query word contains (control characters are dropped from queries); segmentEnd[k]
    // is where segment k = doc * FieldCount + field ends. The short-word scan reads only this.
    QString corpus;
    QList<qsizetype> segmentEnd;
    double meanTrigrams = 1; // over all documents (bm25's average document length)
    std::optional<QSqlQuery> countQuery;

    ~Impl() { close(); }

    void close()
    {
        ftsQuery.reset();
        countQuery.reset();
        ftsReady = false;
        if (db.isValid()) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
        }
    }

    bool fail(const QString &what, const QSqlError &err)
    {
        error = what + QStringLiteral(": ") + err.text();
        qCWarning(lcSearch) << "search index:" << error;
        ftsQuery.reset();
        countQuery.reset();
        ftsReady = false;
        return false;
    }

    void collect(const Course &course);
    bool buildFts();
    QList<int> ftsSearch(const QStringList &terms, int limit);
    double bm25(const Doc &doc, const std::vector<QStringMatcher> &terms, const QList<double> &idf) const;
    QList<int> scanSearch(const QStringList &terms, int limit) const;
    SearchHit hit(const Doc &doc, const QStringList &terms) const;
};

void SearchIndex::Impl::collect(const Course &course)
{
    docs.clear();
    corpus.clear();
    segmentEnd.clear();
    for (const Lesson &lesson : course.lessons) {
        const FoldedText lessonTitle(lesson.title);
        const QList<search::LessonSectionText> sections = search::lessonSectionTexts(lesson.markdown);
        // The top document: title, summary, tags and the text before the second heading.
        Doc top;
        top.kind = SearchHit::Kind::LessonSection;
        top.lessonId = lesson.id;
        top.shownTitle = lessonTitle;
        top.fields[Title] = lessonTitle;
        top.fields[Tags] = FoldedText(joinTags(lesson.tags));
        top.shownTags = top.fields[Tags];
        QString topBody = lesson.summary;
        int next = 0;
        if (!sections.isEmpty() && sections.front().level <= 1) {
            // An untitled preamble and/or the lesson's own H1 belong to the top.
            const search::LessonSectionText &first = sections.front();
            if (!first.heading.isEmpty() && first.heading != lesson.title)
                top.fields[Heading] = FoldedText(first.heading);
            if (!first.body.isEmpty())
                topBody += u' ' + first.body;
            next = 1;
            if (first.heading.isEmpty() && sections.size() > 1 && sections.at(1).level == 1) {
                const search::LessonSectionText &h1 = sections.at(1);
                if (h1.heading != lesson.title)
                    top.fields[Heading] = FoldedText(h1.heading);
                if (!h1.body.isEmpty())
                    topBody += u' ' + h1.body;
                next = 2;
            }
        }
        top.fields[Body] = FoldedText(topBody.trimmed());
        docs.append(top);
        for (int i = next; i < sections.size(); ++i) {
            const search::LessonSectionText &section = sections.at(i);
            Doc doc;
            doc.kind = SearchHit::Kind::LessonSection;
            doc.lessonId = lesson.id;
            doc.anchor = section.anchor;
            doc.shownTitle = lessonTitle;
            doc.fields[Heading] = FoldedText(section.heading);
            doc.shownContext = doc.fields[Heading];
            doc.fields[Body] = FoldedText(section.body);
            docs.append(doc);
        }
    }
    QHash<QString, QString> situationTitles;
    for (const Phrase &phrase : course.allPhrases()) {
        auto title = situationTitles.constFind(phrase.situation);
        if (title == situationTitles.constEnd())
            title = situationTitles.insert(phrase.situation, situationTitle(course, phrase.situation));
        Doc doc;
        doc.kind = SearchHit::Kind::Phrase;
        doc.lessonId = phrase.lessonId;
        doc.phraseId = phrase.id;
        doc.situation = phrase.situation;
        doc.shownTitle = FoldedText(phrase.text);
        doc.shownContext = FoldedText(*title);
        doc.shownTags = FoldedText(joinTags(phrase.tags));
        doc.fields[Heading] = doc.shownTitle;
        doc.fields[Body] = FoldedText(phrase.note);
        doc.fields[Tags] = FoldedText(joinTags(phrase.tags + QStringList{*title}));
        doc.fields[Never] = FoldedText(phrase.never);
        docs.append(doc);
    }
    qsizetype size = 0;
    qint64 trigrams = 0;
    for (Doc &doc : docs) {
        for (const FoldedText &field : doc.fields) {
            size += field.folded().size() + 1;
            doc.trigrams += std::max(0, search::codePointCount(field.folded()) - 2);
        }
        trigrams += doc.trigrams;
    }
    meanTrigrams = docs.isEmpty() ? 1 : std::max(1.0, double(trigrams) / double(docs.size()));
    corpus.reserve(size);
    segmentEnd.reserve(docs.size() * FieldCount);
    for (const Doc &doc : std::as_const(docs)) {
        for (const FoldedText &field : doc.fields) {
            corpus += field.folded();
            corpus += QChar(0x0001);
            segmentEnd.append(corpus.size());
        }
    }
}

bool SearchIndex::Impl::buildFts()
{
    static QAtomicInteger<quint64> serial;
    connectionName = QStringLiteral("dojo.search.%1").arg(serial.fetchAndAddRelaxed(1));
    db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(QStringLiteral(":memory:"));
    if (!db.open())
        return fail(QStringLiteral("cannot open an in-memory SQLite database"), db.lastError());

    QSqlQuery q(db);
    // Contentless: the texts live in `docs`; SQLite keeps only the trigram index and column sizes (bm25).
    if (!q.exec(QStringLiteral("CREATE VIRTUAL TABLE docs_fts USING fts5("
                               "title, heading, body, tags, never, content='', tokenize='trigram')")))
        return fail(QStringLiteral("this SQLite has no FTS5 trigram tokenizer"), q.lastError());
    if (!db.transaction())
        return fail(QStringLiteral("cannot start the index transaction"), db.lastError());
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO docs_fts(rowid, title, heading, body, tags, never) "
                                       "VALUES(?, ?, ?, ?, ?, ?)")))
        return fail(QStringLiteral("cannot prepare the index insert"), insert.lastError());
    for (qsizetype i = 0; i < docs.size(); ++i) {
        const Doc &doc = docs.at(i);
        insert.bindValue(0, qint64(i) + 1);
        for (int f = 0; f < FieldCount; ++f)
            insert.bindValue(f + 1, doc.fields[f].folded());
        if (!insert.exec()) {
            db.rollback();
            return fail(QStringLiteral("cannot index a document"), insert.lastError());
        }
    }
    if (!db.commit())
        return fail(QStringLiteral("cannot commit the index"), db.lastError());
    q.exec(QStringLiteral("INSERT INTO docs_fts(docs_fts) VALUES('optimize')"));

    // FTS5 only finds the documents: ranking them there (bm25() for every match before the LIMIT) cost
    // 20 ms for a common English word, matched by most of the large course; see ftsSearch.
    ftsQuery.emplace(db);
    if (!ftsQuery->prepare(QStringLiteral("SELECT rowid FROM docs_fts WHERE docs_fts MATCH ?")))
        return fail(QStringLiteral("cannot prepare the search query"), ftsQuery->lastError());
    ftsQuery->setForwardOnly(true);
    countQuery.emplace(db);
    if (!countQuery->prepare(QStringLiteral("SELECT count(*) FROM docs_fts WHERE docs_fts MATCH ?")))
        return fail(QStringLiteral("cannot prepare the count query"), countQuery->lastError());
    countQuery->setForwardOnly(true);
    ftsReady = true;
    return true;
}

namespace {
// A word as an FTS5 string: nothing the user types is query syntax.
QString ftsString(const QString &term)
{
    QString t = term;
    t.replace(u'"', QStringLiteral("\"\""));
    return u'"' + t + u'"';
}

bool containsAny(const FoldedText &text, const std::vector<QStringMatcher> &terms)
{
    return std::any_of(terms.cbegin(), terms.cend(),
                       [&](const QStringMatcher &t) { return t.indexIn(text.folded()) >= 0; });
}
} // namespace

// FTS5's bm25 (its formula and constants, the same weights), computed from the folded texts: with the
// trigram tokenizer a word's occurrences in a column are its substring matches, and a column's length
// is its characters less two. Higher is better.
double SearchIndex::Impl::bm25(const Doc &doc, const std::vector<QStringMatcher> &terms,
                               const QList<double> &idf) const
{
    const double lengthNorm = kBm25K1 * (1 - kBm25B + kBm25B * doc.trigrams / meanTrigrams);
    double score = 0;
    for (size_t t = 0; t < terms.size(); ++t) {
        double freq = 0;
        for (int f = 0; f < FieldCount; ++f) {
            const QString &text = doc.fields[f].folded();
            int count = 0;
            for (qsizetype at = terms[t].indexIn(text); at >= 0; at = terms[t].indexIn(text, at + 1))
                ++count; // overlapping ones too, as FTS5 counts phrase instances
            freq += kBm25Weights[f] * count;
        }
        score += idf.at(qsizetype(t)) * freq * (kBm25K1 + 1) / (freq + lengthNorm);
    }
    return score;
}

QList<int> SearchIndex::Impl::ftsSearch(const QStringList &terms, int limit)
{
    QList<int> out;
    if (!ftsReady)
        return out;
    // The documents holding every word, from the trigram index.
    QStringList quoted;
    for (const QString &term : terms)
        quoted.append(ftsString(term));
    ftsQuery->bindValue(0, quoted.join(u' '));
    if (!ftsQuery->exec()) {
        qCWarning(lcSearch) << "search query failed:" << ftsQuery->lastError().text();
        return out;
    }
    // Tiers: a word in a lesson title; in a heading or a phrase's text; elsewhere.
    std::vector<QStringMatcher> matchers;
    for (const QString &term : terms)
        matchers.emplace_back(term);
    QList<int> tiers[3];
    while (ftsQuery->next()) {
        const qint64 row = ftsQuery->value(0).toLongLong() - 1;
        if (row < 0 || row >= docs.size())
            continue;
        const Doc &doc = docs.at(row);
        tiers[containsAny(doc.fields[Title], matchers)     ? 0
              : containsAny(doc.fields[Heading], matchers) ? 1
                                                           : 2]
            .append(int(row));
    }
    ftsQuery->finish();

    // bm25 within a tier, only in the tiers that reach the list: a common word matches most documents,
    // and a title or heading tier often fills the list alone. (FTS5 computed bm25 for every match before
    // the LIMIT: 20 ms for one common English word on the large course.) Same order as FTS5 gave.
    QList<double> idf(terms.size(), 1.0); // one word: the same for every document, so it does not matter
    if (terms.size() > 1) {
        for (qsizetype t = 0; t < terms.size(); ++t) {
            countQuery->bindValue(0, quoted.at(t));
            const double n = countQuery->exec() && countQuery->next() ? countQuery->value(0).toDouble() : 0;
            countQuery->finish();
            const double N = double(docs.size());
            idf[t] = std::max(1e-6, std::log((N - n + 0.5) / (n + 0.5)));
        }
    }
    struct Scored {
        double score;
        int doc;
    };
    for (const QList<int> &tier : tiers) {
        const qsizetype room = limit - out.size();
        if (room <= 0)
            break;
        QList<Scored> scored;
        scored.reserve(tier.size());
        for (int row : tier)
            scored.append({bm25(docs.at(row), matchers, idf), row});
        const qsizetype keep = std::min(room, scored.size());
        std::partial_sort(scored.begin(), scored.begin() + keep, scored.end(),
                          [](const Scored &a, const Scored &b) {
                              return a.score != b.score ? a.score > b.score : a.doc < b.doc;
                          });
        for (qsizetype i = 0; i < keep; ++i)
            out.append(scored.at(i).doc);
    }
    return out;
}

QList<int> SearchIndex::Impl::scanSearch(const QStringList &terms, int limit) const
{
    // One pass over the corpus per word; each occurrence is counted for the (document, field)
    // segment it falls in (segments are in corpus order, so a cursor finds it).
    const qsizetype docCount = docs.size();
    std::vector<qint64> score(size_t(docCount), 0);
    std::vector<int> matchedWords(size_t(docCount), 0);
    std::vector<int> segmentCount(size_t(segmentEnd.size()), 0);
    for (const QString &term : terms) {
        std::fill(segmentCount.begin(), segmentCount.end(), 0);
        qsizetype segment = 0;
        forEachOccurrence(corpus, term, [&](qsizetype pos) {
            while (segment < segmentEnd.size() && segmentEnd.at(segment) <= pos)
                ++segment;
            if (segment < segmentEnd.size())
                ++segmentCount[size_t(segment)];
            return true;
        });
        for (qsizetype i = 0; i < docCount; ++i) {
            const int *c = segmentCount.data() + i * FieldCount;
            const qint64 total = qint64(c[Title]) + c[Heading] + c[Body] + c[Tags] + c[Never];
            if (total == 0)
                continue;
            ++matchedWords[size_t(i)];
            score[size_t(i)] += (c[Title] > 0 ? kInTitle : 0) + (c[Heading] > 0 ? kInHeading : 0)
                                + (c[Tags] > 0 ? kInTags : 0) + std::min(total, kMaxCount);
        }
    }
    struct Scored {
        qint64 score;
        int doc;
    };
    QList<Scored> found;
    for (qsizetype i = 0; i < docCount; ++i) {
        if (matchedWords[size_t(i)] == terms.size())
            found.append({score[size_t(i)], int(i)});
    }
    const auto better = [](const Scored &a, const Scored &b) {
        return a.score != b.score ? a.score > b.score : a.doc < b.doc;
    };
    const qsizetype keep = std::min<qsizetype>(limit, found.size());
    std::partial_sort(found.begin(), found.begin() + keep, found.end(), better);
    QList<int> out;
    out.reserve(keep);
    for (qsizetype i = 0; i < keep; ++i)
        out.append(found.at(i).doc);
    return out;
}

SearchHit SearchIndex::Impl::hit(const Doc &doc, const QStringList &terms) const
{
    SearchHit h;
    h.kind = doc.kind;
    h.lessonId = doc.lessonId;
    h.anchor = doc.anchor;
    h.phraseId = doc.phraseId;
    h.situation = doc.situation;
    h.title = highlighted(doc.shownTitle, terms);
    h.context = highlighted(doc.shownContext, terms);
    h.snippet = excerpt(doc.fields[Body], terms);
    h.never = highlighted(doc.fields[Never], terms);
    h.tags = highlighted(doc.shownTags, terms);
    return h;
}

SearchIndex::SearchIndex()
    : d(std::make_unique<Impl>())
{
}

SearchIndex::SearchIndex(const Course &course)
    : SearchIndex()
{
    build(course);
}

SearchIndex::~SearchIndex() = default;

bool SearchIndex::build(const Course &course)
{
    QElapsedTimer timer;
    timer.start();
    d->close();
    d->error.clear();
    d->collect(course);
    const qint64 textMs = timer.elapsed();
    const bool ok = d->buildFts();
    qCDebug(lcSearch) << "indexed" << d->docs.size() << "documents in" << timer.elapsed() << "ms (texts" << textMs
                      << "ms)";
    return ok;
}

bool SearchIndex::isReady() const { return d->ftsReady; }

QString SearchIndex::error() const { return d->error; }

int SearchIndex::documentCount() const { return int(d->docs.size()); }

QList<SearchHit> SearchIndex::search(const QString &query, int limit) const
{
    QList<SearchHit> hits;
    if (limit <= 0 || d->docs.isEmpty())
        return hits;
    const QStringList terms = search::queryTerms(query.left(kMaxQueryLength));
    if (terms.isEmpty())
        return hits;
    const bool allLong = std::all_of(terms.cbegin(), terms.cend(),
                                     [](const QString &t) { return search::codePointCount(t) >= 3; });
    const QList<int> rows = allLong ? d->ftsSearch(terms, limit) : d->scanSearch(terms, limit);
    hits.reserve(rows.size());
    for (int row : rows)
        hits.append(d->hit(d->docs.at(row), terms));
    return hits;
}

} // namespace dojo
