#include "content/sourcetext.h"

#include <limits>
#include <vector>

namespace dojo::content {

namespace {
inline bool isContinuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

// Length of the well-formed UTF-8 sequence starting at p (Unicode table 3-7), or 0 when it is not one.
int sequenceLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = p[0];
    const qsizetype left = end - p;
    auto cont = [&](int i, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
        return i < left && p[i] >= lo && p[i] <= hi;
    };
    if (c >= 0x01 && c <= 0x7F)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return cont(1) ? 2 : 0;
    if (c == 0xE0)
        return cont(1, 0xA0) && cont(2) ? 3 : 0;
    if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF)
        return cont(1) && cont(2) ? 3 : 0;
    if (c == 0xED)
        return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
    if (c == 0xF0)
        return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (c >= 0xF1 && c <= 0xF3)
        return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (c == 0xF4)
        return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
    return 0; // NUL, stray continuation bytes, C0/C1, F5..FF
}

// The end of the line starting at `from` (the offset of its '\n', or the text size).
qsizetype lineEnd(QByteArrayView text, qsizetype from)
{
    const qsizetype nl = text.indexOf('\n', from);
    return nl < 0 ? text.size() : nl;
}

// A line is a fence when it is exactly "---", ignoring trailing white space (and a CR).
bool isFence(QByteArrayView line)
{
    qsizetype n = line.size();
    while (n > 0 && (line[n - 1] == ' ' || line[n - 1] == '\t' || line[n - 1] == '\r'))
        --n;
    return n == 3 && line.first(3) == QByteArrayView("---");
}
} // namespace

std::optional<TextPosition> findInvalidUtf8(QByteArrayView text)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(text.data());
    const auto *end = begin + text.size();
    const unsigned char *lineStart = begin;
    int line = 1;
    for (const unsigned char *p = begin; p < end;) {
        const unsigned char c = *p;
        if (c == '\n') {
            ++line;
            lineStart = ++p;
            continue;
        }
        if (c >= 0x01 && c < 0x80) {
            ++p;
            continue;
        }
        const int n = sequenceLength(p, end);
        if (n == 0) {
            const auto prefix = QByteArrayView(reinterpret_cast<const char *>(lineStart), p - lineStart);
            return TextPosition{line, codePointCount(prefix) + 1};
        }
        p += n;
    }
    return std::nullopt;
}

bool isBlank(QByteArrayView text)
{
    for (const char c : text) {
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return false;
    }
    return true;
}

QByteArray withoutBom(const QByteArray &text)
{
    return text.startsWith("\xEF\xBB\xBF") ? text.mid(3) : text;
}

int codePointCount(QByteArrayView utf8)
{
    int n = 0;
    for (const char c : utf8)
        n += isContinuation(static_cast<unsigned char>(c)) ? 0 : 1;
    return n;
}

int characterColumn(QByteArrayView text, qsizetype lineStart, qsizetype offset)
{
    lineStart = qBound<qsizetype>(0, lineStart, text.size());
    offset = qBound<qsizetype>(lineStart, offset, text.size());
    return codePointCount(text.sliced(lineStart, offset - lineStart)) + 1;
}

TextPosition positionOfByteColumn(QByteArrayView text, int line, int byteColumn)
{
    qsizetype start = 0;
    for (int l = 1; l < line && start < text.size(); ++l)
        start = lineEnd(text, start) + 1;
    const qsizetype end = lineEnd(text, qMin(start, text.size()));
    const qsizetype offset = qMin(start + qMax(0, byteColumn - 1), end);
    return {line, characterColumn(text, start, offset)};
}

FrontMatterSplit splitFrontMatter(const QByteArray &file)
{
    FrontMatterSplit out;
    const QByteArrayView text(file);
    qsizetype end = lineEnd(text, 0);
    if (!isFence(text.first(end))) {
        out.status = FrontMatterSplit::Status::NoOpening;
        return out;
    }
    const qsizetype yamlStart = qMin(end + 1, text.size());
    int line = 2;
    for (qsizetype start = yamlStart; start < text.size(); start = end + 1, ++line) {
        end = lineEnd(text, start);
        if (isFence(text.sliced(start, end - start))) {
            out.yaml = file.mid(yamlStart, start - yamlStart);
            out.body = end < text.size() ? file.mid(end + 1) : QByteArray();
            out.bodyFirstLine = line + 1;
            return out;
        }
    }
    out.status = FrontMatterSplit::Status::NoClosing;
    return out;
}

std::optional<ContainerOverflow> findContainerOverflow(QByteArrayView markdown, int maxDepth, int maxItems,
                                                       int maxQuoteMarkers)
{
    // Content columns of the list items still open; a line indented less than an item's content
    // closes it (lazy continuation lines are ignored: they never deepen the nesting).
    std::vector<int> openItems;
    int items = 0;
    int quoteMarkers = 0;
    int line = 0;
    for (qsizetype start = 0; start < markdown.size();) {
        const qsizetype end = lineEnd(markdown, start);
        const QByteArrayView text = markdown.sliced(start, end - start);
        start = end + 1;
        ++line;
        int col = 0; // visual column, tabs to multiples of 4
        qsizetype i = 0;
        auto skipSpace = [&] {
            for (; i < text.size() && (text[i] == ' ' || text[i] == '\t'); ++i)
                col = text[i] == '\t' ? (col / 4 + 1) * 4 : col + 1;
        };
        skipSpace();
        if (i >= text.size() || text[i] == '\r')
            continue; // blank lines keep list items open
        while (!openItems.empty() && openItems.back() > col)
            openItems.pop_back();
        int quotes = 0;
        while (i < text.size()) {
            const qsizetype markerAt = i;
            const char c = text[i];
            if (c == '>') {
                ++quotes;
                ++i;
                ++col;
                if (++quoteMarkers > maxQuoteMarkers)
                    return ContainerOverflow{{line, int(markerAt) + 1}, ContainerOverflow::QuoteMarkers};
            } else {
                qsizetype j = i;
                if (c == '-' || c == '*' || c == '+') {
                    ++j;
                } else {
                    while (j < text.size() && j - i < 9 && text[j] >= '0' && text[j] <= '9')
                        ++j;
                    if (j == i || j >= text.size() || (text[j] != '.' && text[j] != ')'))
                        break;
                    ++j;
                }
                if (j < text.size() && text[j] != ' ' && text[j] != '\t' && text[j] != '\r')
                    break;
                col += int(j - i);
                i = j;
                openItems.push_back(col + 1);
                if (++items > maxItems)
                    return ContainerOverflow{{line, int(markerAt) + 1}, ContainerOverflow::ListItems};
            }
            if (int(openItems.size()) + quotes > maxDepth)
                return ContainerOverflow{{line, int(markerAt) + 1}, ContainerOverflow::Nesting}; // ASCII precedes
            skipSpace();
        }
    }
    return std::nullopt;
}

std::optional<TextPosition> findDeepNesting(QByteArrayView markdown, int maxDepth)
{
    constexpr int kNoLimit = std::numeric_limits<int>::max();
    const auto found = findContainerOverflow(markdown, maxDepth, kNoLimit, kNoLimit);
    return found ? std::optional(found->pos) : std::nullopt;
}

namespace {
// A GFM table delimiter row: cells of hyphens with optional colons, separated by at least one '|'.
// Returns its number of cells, or 0 when the line is not one.
int delimiterCells(QByteArrayView line)
{
    int pipes = 0, dashes = 0, cells = 0;
    bool inCell = false;
    for (const char c : line) {
        if (c == '|') {
            ++pipes;
            inCell = false;
        } else if (c == '-' || c == ':') {
            dashes += c == '-';
            if (!inCell) {
                inCell = true;
                ++cells;
            }
        } else if (c != ' ' && c != '\t' && c != '\r') {
            return 0;
        }
    }
    return pipes > 0 && dashes > 0 ? cells : 0;
}

// Cells of a table row: one more than its pipes, less a leading and a trailing pipe.
qsizetype rowCells(QByteArrayView line)
{
    line = line.trimmed();
    return line.count('|') + 1 - (line.startsWith('|') ? 1 : 0) -
           (line.size() > 1 && line.endsWith('|') ? 1 : 0);
}
} // namespace

std::optional<TextPosition> findTableOverflow(QByteArrayView markdown, int maxCells)
{
    qint64 cells = 0;
    int tableWidth = 0; // > 0 while inside a table
    int line = 0;
    QByteArrayView previous;
    for (qsizetype start = 0; start < markdown.size();) {
        const qsizetype end = lineEnd(markdown, start);
        const QByteArrayView text = markdown.sliced(start, end - start);
        start = end + 1;
        ++line;
        if (isBlank(text)) {
            tableWidth = 0;
        } else if (tableWidth > 0) {
            cells += qMax(qsizetype(tableWidth), rowCells(text));
        } else if (const int width = delimiterCells(text); width > 0 && !isBlank(previous)) {
            tableWidth = width;
            cells += qMax(qsizetype(width), rowCells(previous)) + width;
        }
        if (cells > maxCells)
            return TextPosition{line, 1};
        previous = text;
    }
    return std::nullopt;
}

namespace {
// White space, or outside the text (the start or end of a line counts as white space in CommonMark).
bool isSpaceAt(QByteArrayView text, qsizetype i)
{
    if (i < 0 || i >= text.size())
        return true;
    const char c = text[i];
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The first `ch` beyond `maxPerLine` on its line or beyond `maxTotal` in the text.
struct CharOverflow {
    TextPosition pos;
    bool onOneLine = false;
};
std::optional<CharOverflow> findCharOverflow(QByteArrayView markdown, char ch, int maxTotal, int maxPerLine)
{
    int total = 0;
    int onLine = 0;
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < markdown.size(); ++i) {
        if (markdown[i] == '\n') {
            ++line;
            lineStart = i + 1;
            onLine = 0;
        } else if (markdown[i] == ch && (++onLine > maxPerLine || ++total > maxTotal)) {
            return CharOverflow{{line, characterColumn(markdown, lineStart, i)}, onLine > maxPerLine};
        }
    }
    return std::nullopt;
}
} // namespace

std::optional<TextPosition> findBracketOverflow(QByteArrayView markdown, int maxBrackets)
{
    const auto found = findCharOverflow(markdown, '[', maxBrackets, std::numeric_limits<int>::max());
    return found ? std::optional(found->pos) : std::nullopt;
}

std::optional<AtSignOverflow> findAtSignOverflow(QByteArrayView markdown, int maxTotal, int maxPerLine)
{
    const auto found = findCharOverflow(markdown, '@', maxTotal, maxPerLine);
    return found ? std::optional(AtSignOverflow{found->pos, found->onOneLine}) : std::nullopt;
}

std::optional<TextPosition> findEmphasisOverflow(QByteArrayView markdown, int maxRuns)
{
    int runs = 0;
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < markdown.size(); ++i) {
        const char c = markdown[i];
        if (c == '\n') {
            ++line;
            lineStart = i + 1;
            continue;
        }
        if (c != '*' && c != '_' && c != '~')
            continue;
        const qsizetype start = i;
        while (i + 1 < markdown.size() && markdown[i + 1] == c)
            ++i;
        qsizetype slashes = 0;
        while (start - slashes > lineStart && markdown[start - slashes - 1] == '\\')
            ++slashes;
        const bool escaped = slashes % 2 == 1 && i == start; // "\**" still leaves a run of one
        // A run with white space on both sides can neither open nor close (bullets, "* * *" rules).
        if (escaped || (isSpaceAt(markdown, start - 1) && isSpaceAt(markdown, i + 1)))
            continue;
        if (++runs > maxRuns)
            return TextPosition{line, characterColumn(markdown, lineStart, start)};
    }
    return std::nullopt;
}

std::optional<TextPosition> findHeadingOverflow(QByteArrayView markdown, int maxHeadings)
{
    int headings = 0;
    int line = 0;
    bool underText = false; // the previous line is text a setext underline would make a heading
    for (qsizetype start = 0; start < markdown.size();) {
        const qsizetype end = lineEnd(markdown, start);
        const QByteArrayView text = markdown.sliced(start, end - start);
        start = end + 1;
        ++line;
        qsizetype i = 0;
        while (i < text.size() && i < 4 && text[i] == ' ')
            ++i;
        bool heading = false;
        if (i < 4 && i < text.size()) {
            qsizetype j = i;
            while (j < text.size() && text[j] == '#')
                ++j;
            if (j > i) {
                heading = j - i <= 6 && isSpaceAt(text, j);
            } else if (underText && (text[i] == '=' || text[i] == '-')) {
                while (j < text.size() && text[j] == text[i])
                    ++j;
                while (j < text.size() && isSpaceAt(text, j))
                    ++j;
                heading = j == text.size();
            }
        }
        if (heading && ++headings > maxHeadings)
            return TextPosition{line, int(i) + 1}; // only spaces precede it
        underText = !heading && !isBlank(text);
    }
    return std::nullopt;
}

} // namespace dojo::content
