#include "content/sourcetext.h"

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

std::optional<TextPosition> findDeepNesting(QByteArrayView markdown, int maxDepth)
{
    // Content columns of the list items still open; a line indented less than an item's content
    // closes it (lazy continuation lines are ignored: they never deepen the nesting).
    std::vector<int> openItems;
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
            }
            if (int(openItems.size()) + quotes > maxDepth)
                return TextPosition{line, int(markerAt) + 1}; // only ASCII precedes a marker
            skipSpace();
        }
    }
    return std::nullopt;
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

std::optional<TextPosition> findBracketOverflow(QByteArrayView markdown, int maxBrackets)
{
    int seen = 0;
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < markdown.size(); ++i) {
        if (markdown[i] == '\n') {
            ++line;
            lineStart = i + 1;
        } else if (markdown[i] == '[' && ++seen > maxBrackets) {
            return TextPosition{line, characterColumn(markdown, lineStart, i)};
        }
    }
    return std::nullopt;
}

} // namespace dojo::content
