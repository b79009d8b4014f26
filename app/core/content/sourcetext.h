// Byte-level helpers for content files, used before anything is parsed: UTF-8 validation, the lesson
// front matter split, the nesting pre-scan that keeps cmark-gfm off its slow paths, and conversion of
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

// Cells of all GitHub tables together (header, delimiter and body rows, each row counted at the width of
// its table or of its own cells if wider): the position of the row where the count first exceeds
// `maxCells`, or nullopt. cmark-gfm's table extension is slow per cell, worse in one big table.
std::optional<TextPosition> findTableOverflow(QByteArrayView markdown, int maxCells);

// The position of the first '[' beyond `maxBrackets` (cmark-gfm's bracket matching is quadratic).
std::optional<TextPosition> findBracketOverflow(QByteArrayView markdown, int maxBrackets);

} // namespace dojo::content
