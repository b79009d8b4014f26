#include "markdown/markdownrenderer.h"

#include "markdown/anchors.h"
#include "markdown/cmarkdocument.h"
#include "web/contenturl.h"

#include <QCoreApplication>
#include <QUrl>

#include <cmark-gfm.h>

#include <cstdlib>

namespace dojo {

namespace {

struct CalloutKind {
    const char *marker;
    const char *cssClass;
};

constexpr CalloutKind kCalloutKinds[] = {
    {"[!SAY]", "say"}, {"[!NEVER]", "never"}, {"[!TIP]", "tip"}, {"[!NOTE]", "note"}, {"[!WARNING]", "warning"},
};

QString titleFor(const CalloutTitles &t, const QString &cssClass)
{
    if (cssClass == u"say")
        return t.say;
    if (cssClass == u"never")
        return t.never;
    if (cssClass == u"tip")
        return t.tip;
    if (cssClass == u"warning")
        return t.warning;
    return t.note;
}

// Replaces `node` in the tree by a custom block with the given HTML around the node's children.
cmark_node *wrapInCustomBlock(cmark_node *node, const QString &open, const QString &close)
{
    cmark_node *block = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_BLOCK, CmarkDocument::memory());
    cmark_node_set_on_enter(block, open.toUtf8().constData());
    cmark_node_set_on_exit(block, close.toUtf8().constData());
    while (cmark_node *child = cmark_node_first_child(node)) {
        cmark_node_unlink(child);
        cmark_node_append_child(block, child);
    }
    cmark_node_replace(node, block);
    cmark_node_free(node);
    return block;
}

// If the blockquote starts with a callout marker, strips the marker and returns the kind's class.
QString takeCalloutMarker(cmark_node *quote)
{
    cmark_node *para = cmark_node_first_child(quote);
    if (!para || cmark_node_get_type(para) != CMARK_NODE_PARAGRAPH)
        return {};
    cmark_node *text = cmark_node_first_child(para);
    if (!text || cmark_node_get_type(text) != CMARK_NODE_TEXT)
        return {};
    // Every marker starts with '[': most quotes are not callouts, and a lesson can hold many quotes.
    const char *utf8 = cmark_node_get_literal(text);
    if (!utf8 || utf8[0] != '[')
        return {};
    const QString literal = QString::fromUtf8(utf8);
    for (const CalloutKind &kind : kCalloutKinds) {
        const QString marker = QString::fromLatin1(kind.marker);
        if (!literal.startsWith(marker, Qt::CaseInsensitive))
            continue;
        // Only the space after the marker goes: "[!SAY] Hello `code`" keeps the space before `code`.
        QString rest = literal.mid(marker.size());
        while (!rest.isEmpty() && rest.front().isSpace())
            rest.remove(0, 1);
        if (rest.trimmed().isEmpty()) {
            // Drop the marker and the line break after it.
            cmark_node *next = cmark_node_next(text);
            cmark_node_free(text);
            if (next && (cmark_node_get_type(next) == CMARK_NODE_SOFTBREAK ||
                         cmark_node_get_type(next) == CMARK_NODE_LINEBREAK))
                cmark_node_free(next);
            if (!cmark_node_first_child(para))
                cmark_node_free(para);
        } else {
            cmark_node_set_literal(text, rest.toUtf8().constData());
        }
        return QString::fromLatin1(kind.cssClass);
    }
    return {};
}

// The text a trainee would say: each paragraph (or list item) of the callout on its own line.
QString calloutPlainText(cmark_node *callout)
{
    QStringList lines;
    for (cmark_node *block = cmark_node_first_child(callout); block; block = cmark_node_next(block)) {
        if (cmark_node_get_type(block) == CMARK_NODE_LIST) {
            for (cmark_node *item = cmark_node_first_child(block); item; item = cmark_node_next(item))
                lines.append(CmarkDocument::plainText(item).trimmed());
        } else {
            lines.append(CmarkDocument::plainText(block).trimmed());
        }
    }
    lines.removeAll(QString());
    return lines.join(u'\n');
}

bool isAllowedImageSource(const QString &url)
{
    const QUrl parsed(url);
    if (!parsed.isValid())
        return false;
    if (parsed.isRelative())
        return !url.startsWith(u'/') && !url.startsWith(u'\\');
    return parsed.scheme() == u"dojo";
}

} // namespace

CalloutTitles CalloutTitles::translated()
{
    return {QCoreApplication::translate("dojo::Markdown", "Say this"),
            QCoreApplication::translate("dojo::Markdown", "Never say this"),
            QCoreApplication::translate("dojo::Markdown", "Tip"),
            QCoreApplication::translate("dojo::Markdown", "Note"),
            QCoreApplication::translate("dojo::Markdown", "Warning"),
            QCoreApplication::translate("dojo::Markdown", "Copy")};
}

MarkdownRenderer::MarkdownRenderer(CalloutTitles titles) : m_titles(std::move(titles)) {}

RenderedMarkdown MarkdownRenderer::render(const QString &markdown) const
{
    RenderedMarkdown out;
    CmarkDocument doc(markdown);
    AnchorAllocator anchors;

    // Collect first, then rewrite: changing the tree while iterating it is not allowed.
    QList<cmark_node *> headings, quotes, images;
    cmark_iter *iter = cmark_iter_new(doc.root());
    for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        if (ev != CMARK_EVENT_ENTER)
            continue;
        cmark_node *node = cmark_iter_get_node(iter);
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_HEADING:
            if (cmark_node_parent(node) == doc.root())
                headings.append(node);
            break;
        case CMARK_NODE_BLOCK_QUOTE:
            quotes.append(node);
            break;
        case CMARK_NODE_IMAGE:
            images.append(node);
            break;
        default:
            break;
        }
    }
    cmark_iter_free(iter);

    for (cmark_node *image : std::as_const(images)) {
        if (!isAllowedImageSource(QString::fromUtf8(cmark_node_get_url(image))))
            cmark_node_set_url(image, "");
    }

    for (cmark_node *heading : std::as_const(headings)) {
        const int level = cmark_node_get_heading_level(heading);
        const QString text = CmarkDocument::plainText(heading);
        const QString anchor = anchors.allocate(text);
        if (level == 1 && out.firstHeading.isEmpty())
            out.firstHeading = text;
        if (level == 2 || level == 3)
            out.toc.append({level, text, anchor});
        const QString tag = QStringLiteral("h%1").arg(level);
        const QString escapedId = anchor.toHtmlEscaped();
        wrapInCustomBlock(heading, QStringLiteral("<%1 id=\"%2\">").arg(tag, escapedId),
                          QStringLiteral("</%1>\n").arg(tag));
    }

    // Innermost quotes last in `quotes`; process outer ones first is fine since each is handled alone.
    for (cmark_node *quote : std::as_const(quotes)) {
        const QString kind = takeCalloutMarker(quote);
        if (kind.isEmpty())
            continue;
        QString copyLink;
        if (kind == u"say") {
            const int index = int(out.sayTexts.size());
            out.sayTexts.append(calloutPlainText(quote));
            if (!m_copyLessonId.isEmpty())
                copyLink = QStringLiteral(" <a class=\"callout-copy\" href=\"%1\">%2</a>")
                               .arg(copyPhraseUrl(m_copyLessonId, index).toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                    m_titles.copy.toHtmlEscaped());
        }
        const QString open = QStringLiteral("<aside class=\"callout callout-%1\" role=\"note\">\n"
                                            "<p class=\"callout-title\">%2%3</p>\n")
                                 .arg(kind, titleFor(m_titles, kind).toHtmlEscaped(), copyLink);
        wrapInCustomBlock(quote, open, QStringLiteral("</aside>\n"));
    }

    // The HTML from malloc, to free it here; the tree's own memory belongs to CmarkDocument.
    char *html = cmark_render_html_with_mem(doc.root(), CmarkDocument::kOptions, doc.extensions(),
                                            cmark_get_default_mem_allocator());
    out.html = QString::fromUtf8(html);
    std::free(html);
    return out;
}

} // namespace dojo
