// Text preparation for the knowledge-base search: folding for matching (width, case, compatibility
// forms) with a map back to the text the reader sees, and the plain text of a lesson's sections.
// Internal to the search area; the public API is searchindex.h.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dojo {

// A run of characters [start, start + length) in UTF-16 code units of some text.
struct TextRange {
    int start = 0;
    int length = 0;
    friend bool operator==(const TextRange &, const TextRange &) = default;
};

namespace search {

// A text as shown (NFC of the input) and as matched: every code point NFKC-normalised and
// case-folded, so "ＡＢＣ", "abc" and "ABC" fold alike, as do full- and half-width punctuation, and all
// white space folds to ' '. Folding is done code point by code point, which keeps a map from every
// folded character back to the code point it came from (highlight ranges are found in the folded
// text and shown in the original).
class FoldedText {
public:
    FoldedText() = default;
    explicit FoldedText(const QString &text);

    const QString &original() const { return m_original; }
    const QString &folded() const { return m_folded; }
    bool isEmpty() const { return m_original.isEmpty(); }

    // The range of original() that produced folded()[start, start + length).
    TextRange toOriginal(int start, int length) const;

private:
    QString m_original;
    QString m_folded;
    // Start and end (exclusive) in m_original of the code point each folded code unit came from; both
    // empty when folding kept every code point's length (then the map is the identity).
    QList<int> m_from;
    QList<int> m_to;
};

// The folded form of a text (what FoldedText::folded() gives), without the map.
QString fold(const QString &text);

// The words of a query, folded: split at white space, duplicates dropped, at most `maxTerms`.
QStringList queryTerms(const QString &query, int maxTerms = 8);

// Number of Unicode code points (what FTS5's trigram tokenizer counts) in a text.
int codePointCount(QStringView text);

// One part of a lesson between two top-level headings, as plain text (Markdown syntax, callout
// markers and raw HTML removed; blocks separated by a space).
struct LessonSectionText {
    QString heading; // plain text of the heading; empty for text before the first heading
    QString anchor;  // the heading's anchor as in the rendered page; empty for text before any heading
    int level = 0;   // heading level 1–6; 0 before the first heading
    QString body;
};

// The sections of a lesson body, in order. Anchors are allocated exactly as the renderer does.
QList<LessonSectionText> lessonSectionTexts(const QString &markdown);

} // namespace search
} // namespace dojo
