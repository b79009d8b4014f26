#include "search/searchtext.h"

#include "markdown/anchors.h"
#include "markdown/cmarkdocument.h"

#include <QHash>
#include <QRegularExpression>

#include <cmark-gfm.h>

namespace dojo::search {

namespace {

bool isIdeograph(char32_t cp)
{
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DF);
}

// Appends the folded form of one code point. Fast paths for ASCII and CJK ideographs (their NFKC and
// case fold are themselves, except ASCII upper case); everything else goes through Qt's NFKC and case
// folding once and is remembered.
void appendFolded(char32_t cp, QString &out)
{
    if (cp < 0x80) {
        if (cp >= 'A' && cp <= 'Z')
            cp += 'a' - 'A';
        else if (cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v')
            cp = ' ';
        out += QChar(char16_t(cp));
        return;
    }
    if (isIdeograph(cp)) {
        if (QChar::requiresSurrogates(cp)) {
            out += QChar(QChar::highSurrogate(cp));
            out += QChar(QChar::lowSurrogate(cp));
        } else {
            out += QChar(char16_t(cp));
        }
        return;
    }
    static thread_local QHash<char32_t, QString> cache;
    auto it = cache.constFind(cp);
    if (it == cache.constEnd()) {
        QString folded;
        if (QChar::isSpace(cp)) {
            folded = QStringLiteral(" ");
        } else {
            const char32_t one[1] = {cp};
            folded = QString::fromUcs4(one, 1).normalized(QString::NormalizationForm_KC).toCaseFolded();
            for (QChar &ch : folded) {
                if (ch.isSpace())
                    ch = u' ';
            }
        }
        it = cache.insert(cp, folded);
    }
    out += *it;
}

} // namespace

FoldedText::FoldedText(const QString &text)
    : m_original(text.normalized(QString::NormalizationForm_C))
{
    m_folded.reserve(m_original.size());
    const qsizetype n = m_original.size();
    bool identity = true;
    for (qsizetype i = 0; i < n;) {
        char32_t cp = m_original.at(i).unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(cp) && i + 1 < n && m_original.at(i + 1).isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(m_original.at(i), m_original.at(i + 1));
            width = 2;
        }
        const qsizetype before = m_folded.size();
        appendFolded(cp, m_folded);
        const qsizetype added = m_folded.size() - before;
        if (identity && added != width) {
            identity = false;
            // Everything so far mapped one to one.
            m_from.reserve(n + 16);
            m_to.reserve(n + 16);
            for (qsizetype k = 0; k < before; ++k) {
                m_from.append(int(k));
                m_to.append(int(k + 1));
            }
        }
        if (!identity) {
            for (qsizetype k = 0; k < added; ++k) {
                m_from.append(int(i));
                m_to.append(int(i + width));
            }
        }
        i += width;
    }
}

TextRange FoldedText::toOriginal(int start, int length) const
{
    if (length <= 0 || start < 0 || start + length > m_folded.size())
        return {};
    if (m_from.isEmpty())
        return {start, length};
    const int from = m_from.at(start);
    const int to = m_to.at(start + length - 1);
    return {from, to - from};
}

QString fold(const QString &text) { return FoldedText(text).folded(); }

QStringList queryTerms(const QString &query, int maxTerms)
{
    QStringList terms;
    const QString folded = fold(query);
    for (const QString &word : folded.split(u' ', Qt::SkipEmptyParts)) {
        QString clean;
        clean.reserve(word.size());
        for (QChar ch : word) {
            if (ch.category() != QChar::Other_Control && ch != QChar(0))
                clean += ch;
        }
        if (!clean.isEmpty() && !terms.contains(clean))
            terms.append(clean);
        if (terms.size() >= maxTerms)
            break;
    }
    return terms;
}

int codePointCount(QStringView text)
{
    int n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++n;
    }
    return n;
}

namespace {

void appendSeparator(QString &out)
{
    if (!out.isEmpty() && out.back() != u' ')
        out += u' ';
}

// Plain text of a block and its descendants: text and code, code blocks, image descriptions; raw HTML
// is left out (the renderer omits it too); blocks (paragraphs, items, table cells…) end with a space.
void appendBlockText(cmark_node *node, QString &out)
{
    cmark_iter *iter = cmark_iter_new(node);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *cur = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(cur);
        if (ev == CMARK_EVENT_EXIT) {
            if ((type & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK)
                appendSeparator(out);
            continue;
        }
        switch (type) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            out += QString::fromUtf8(cmark_node_get_literal(cur));
            break;
        case CMARK_NODE_CODE_BLOCK:
            out += QString::fromUtf8(cmark_node_get_literal(cur));
            appendSeparator(out);
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            appendSeparator(out);
            break;
        default:
            break;
        }
    }
    cmark_iter_free(iter);
}

QString tidy(QString text)
{
    // Callout markers of GitHub alerts ("> [!SAY]") are syntax, not words.
    static const QRegularExpression callout(QStringLiteral("\\[!(SAY|NEVER|TIP|NOTE|WARNING)\\]\\s*"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    text.replace(callout, QString());
    text.replace(spaces, QStringLiteral(" "));
    return text.trimmed();
}

} // namespace

QList<LessonSectionText> lessonSectionTexts(const QString &markdown)
{
    QList<LessonSectionText> sections;
    const CmarkDocument doc(markdown);
    AnchorAllocator anchors;
    LessonSectionText current;
    bool any = false;
    for (cmark_node *n = cmark_node_first_child(doc.root()); n; n = cmark_node_next(n)) {
        if (cmark_node_get_type(n) == CMARK_NODE_HEADING) {
            if (any) {
                current.body = tidy(current.body);
                sections.append(current);
            }
            current = {};
            current.heading = CmarkDocument::plainText(n).trimmed();
            current.anchor = anchors.allocate(CmarkDocument::plainText(n));
            current.level = cmark_node_get_heading_level(n);
            any = true;
            continue;
        }
        appendBlockText(n, current.body);
        any = true;
    }
    if (any) {
        current.body = tidy(current.body);
        sections.append(current);
    }
    return sections;
}

} // namespace dojo::search
