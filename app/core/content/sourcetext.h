// Byte-level helpers for content files, used before anything is parsed: UTF-8 validation, the lesson
// front matter split, the pre-scans that keep cmark-gfm off its slow paths, and conversion of
// byte columns (what yaml-cpp and cmark report) into character columns (what editors count).
// Internal to the content area.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace dojo::content {

struct TextPosition {
    int line = 1;   // 1-based
    int column = 1; // 1-based, in characters (Unicode code points)
};

// The position of the first byte that is not part of well-formed UTF-8 (a NUL byte counts as bad: it
// marks a binary file), or nullopt when the whole text is valid.
std::optional<TextPosition> findInvalidUtf8(QByteArrayView text);

// True when the text holds nothing but white space.
bool isBlank(QByteArrayView text);

// Removes a leading UTF-8 byte order mark.
QByteArray withoutBom(const QByteArray &text);

// Number of code points in valid UTF-8.
int codePointCount(QByteArrayView utf8);

// Character column (1-based) of the byte at `offset`, given the offset where its line starts.
int characterColumn(QByteArrayView text, qsizetype lineStart, qsizetype offset);

// Converts a 1-based line and 1-based byte column inside `text` to a character position.
TextPosition positionOfByteColumn(QByteArrayView text, int line, int byteColumn);

// A lesson file cut into its front matter and body.
struct FrontMatterSplit {
    enum class Status { Ok, NoOpening, NoClosing };
    Status status = Status::Ok;
    QByteArray yaml;       // between the two '---' lines
    int yamlFirstLine = 2; // line of the file where `yaml` starts
    QByteArray body;       // after the closing '---' line
    int bodyFirstLine = 1; // line of the file where `body` starts
};
FrontMatterSplit splitFrontMatter(const QByteArray &file);

// Cheap scan for container nesting (block quotes and list items, counted like CommonMark opens them):
// the position of the marker where the depth first exceeds `maxDepth`, or nullopt.
std::optional<TextPosition> findDeepNesting(QByteArrayView markdown, int maxDepth);

// The same scan, also counting list items and quote markers ('>', on every line of a quote): the
// marker where the depth first exceeds `maxDepth`, the list items (of every list together) exceed
// `maxItems` or the quote markers exceed `maxQuoteMarkers`. Each is a few nodes for cmark-gfm, and each
// quote level a pair of HTML tags: a lesson of nothing but them takes it past the rendering budget.
struct ContainerOverflow {
    enum Kind { Nesting, ListItems, QuoteMarkers };
    TextPosition pos;
    Kind kind = Nesting;
};
std::optional<ContainerOverflow> findContainerOverflow(QByteArrayView markdown, int maxDepth, int maxItems,
                                                       int maxQuoteMarkers);

// Cells of all GitHub tables together (header, delimiter and body rows, each row counted at the width of
// its table or of its own cells if wider): the position of the row where the count first exceeds
// `maxCells`, or nullopt. cmark-gfm's table extension is slow per cell, worse in one big table.
std::optional<TextPosition> findTableOverflow(QByteArrayView markdown, int maxCells);

// The position of the first '[' beyond `maxBrackets` (cmark-gfm's bracket matching is quadratic).
std::optional<TextPosition> findBracketOverflow(QByteArrayView markdown, int maxBrackets);

// Runs of '*', '_' or '~' that can open or close emphasis or strikethrough (not backslash-escaped, and
// not white space — or the start or end of the line — on both sides, as list bullets and rules are):
// the position of the run beyond `maxRuns`. cmark-gfm keeps a node and a delimiter for each; at the
// lesson size limit, runs of them take it past the rendering budget.
std::optional<TextPosition> findEmphasisOverflow(QByteArrayView markdown, int maxRuns);

// Headings: ATX lines ("# …" to "###### …") and setext underlines ('=' or '-' lines under text). The
// position of the heading beyond `maxHeadings`; each one costs an anchor and a table-of-contents entry.
std::optional<TextPosition> findHeadingOverflow(QByteArrayView markdown, int maxHeadings);

// '@' characters. cmark-gfm's e-mail autolinker copies the rest of the text node (at most a line) for
// each address it links, so many on one long line are quadratic, and many in all make too many links.
struct AtSignOverflow {
    TextPosition pos;       // the first '@' beyond a limit
    bool onOneLine = false; // beyond `maxPerLine` on its line (else beyond `maxTotal` in the text)
};
std::optional<AtSignOverflow> findAtSignOverflow(QByteArrayView markdown, int maxTotal, int maxPerLine);

} // namespace dojo::content

namespace dojo::limits {
// More of cmark-gfm's slow paths, refused by the scans above (the other lesson caps are in
// courseloader.h). Each is well above what a lesson at the size limit written like the bundled course
// would hold (about 2,000 emphasis runs, 1,000 headings, 1,700 list items, 1,100 quote markers and a
// few '@'), and low enough that input at the cap renders within the budget (pathologicalinputs.cpp in
// tests/unit/markdown).
inline constexpr int kLessonEmphasisRuns = 10000; // runs of '*', '_', '~' that can open or close
inline constexpr int kLessonHeadings = 5000;
inline constexpr int kLessonListItems = 10000;    // of all lists together
inline constexpr int kLessonQuoteMarkers = 20000; // '>' of all quotes, on every line
inline constexpr int kLessonAtSigns = 2000;      // '@' in the whole lesson
inline constexpr int kLessonAtSignsPerLine = 20; // '@' on one line
} // namespace dojo::limits
