// The knowledge-base search: one index over a course's lessons (each section under its heading) and
// its phrasebook, answering "where does this word appear?" fast enough to search as the user types.
//
//   dojo::SearchIndex index(course);               // built once per course load
//   if (!index.isReady()) report(index.error());
//   for (const dojo::SearchHit &hit : index.search(QStringLiteral("退货"), 20)) ...
//
// What is indexed
//   - a lesson as one document per top-level section: the text before the second heading goes with
//     the lesson's title, summary and tags (anchor "" = top of the lesson); every later heading starts
//     a document of its own (heading text, its anchor as in the rendered page, the section's body).
//     Bodies are plain text: Markdown syntax, callout markers and raw HTML removed.
//   - every phrase (phrasebook files and lesson front matter): text, "never say" counterpart, the
//     title of its situation, note, tags.
//
// How a query matches
//   - Case, width (full-width / half-width) and compatibility forms are ignored: text and query are
//     both NFKC-normalised and case-folded. A query is split into words at white space; a document
//     matches when it contains every word as a substring (no word splitting of Chinese needed).
//   - Every word of 3+ characters: SQLite FTS5 with the trigram tokenizer finds the documents; they are
//     ranked by where the words occur (a lesson title, then a heading or a phrase's text, then the
//     rest), then by bm25 with the title weighted most, then heading and tags, then body (FTS5's bm25,
//     computed over the folded texts for the tiers that can be shown).
//   - A word of 1–2 characters (common in Chinese: "礼", "退货"), which trigrams cannot find: a scan of
//     the folded texts held in memory, ranked by where the words occur (title, then heading, then
//     tags), then by how often. Ties keep course order.
//   - Nothing in a query is syntax: quotes, `*`, `AND`, `(` are searched for as typed. An empty or
//     blank query returns nothing.
//
// Results carry what the UI needs to show and open a hit: kind, ids, anchor, and texts with the
// ranges that matched (UTF-16 offsets into those texts) for highlighting.
//
// Threading: an index belongs to the thread that built it (its private SQLite connection cannot
// move between threads in Qt 6.4); search() is not re-entrant.
#pragma once

#include "search/searchtext.h"

#include <QList>
#include <QString>

#include <memory>

namespace dojo {

struct Course;

// A text to show, with the parts that matched the query.
struct HighlightedText {
    QString text;
    QList<TextRange> matches; // sorted, non-overlapping, inside `text`
};

struct SearchHit {
    enum class Kind { LessonSection, Phrase };
    Kind kind = Kind::LessonSection;

    QString lessonId;  // section: its lesson; phrase: the lesson whose front matter holds it, or empty
    QString anchor;    // section: heading anchor to open at; "" = the top of the lesson
    QString phraseId;  // phrase only
    QString situation; // phrase only: situation id ("greeting", "refund"…)

    HighlightedText title;   // section: the lesson title; phrase: the phrase text (whole)
    HighlightedText context; // section: its heading (empty for the top); phrase: the situation's title
    HighlightedText snippet; // section: an excerpt of the body around the first match (or its start);
                             // phrase: the note
    HighlightedText never;   // phrase only: the "never say" counterpart, whole
    HighlightedText tags;    // tags joined with " · " (lesson tags on the top section only)
};

class SearchIndex {
public:
    // An empty index: search() returns nothing until build().
    SearchIndex();
    // Builds the index of `course` (see build()).
    explicit SearchIndex(const Course &course);
    ~SearchIndex();
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;

    // Indexes `course`, replacing what was there. The index keeps copies of the texts it needs; the
    // course may go away afterwards. Returns false (and error() says why) when SQLite could not build
    // the full-text index; short queries still work then, longer ones return nothing.
    bool build(const Course &course);

    bool isReady() const;
    // Why the last build failed, in English for the log; empty when it worked.
    QString error() const;
    // Number of documents (lesson sections + phrases).
    int documentCount() const;

    // The best `limit` hits for `query`, best first. Never fails: a query that cannot match returns an
    // empty list. Cost: one prepared FTS5 statement for long words, one pass over the folded texts for
    // short ones; no parsing of the course.
    QList<SearchHit> search(const QString &query, int limit = 20) const;

    // Length of the excerpt in SearchHit::snippet, in characters (without the "…" marks).
    static constexpr int kSnippetLength = 90;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace dojo
