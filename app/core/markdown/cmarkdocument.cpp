#include "markdown/cmarkdocument.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <mutex>

namespace dojo {

namespace {
void ensureExtensionsRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}
} // namespace

CmarkDocument::CmarkDocument(const QString &markdown)
{
    ensureExtensionsRegistered();
    m_parser = cmark_parser_new(kOptions);
    for (const char *name : {"table", "strikethrough", "autolink", "tasklist"}) {
        if (cmark_syntax_extension *ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(m_parser, ext);
    }
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(m_parser, utf8.constData(), size_t(utf8.size()));
    m_root = cmark_parser_finish(m_parser);
}

CmarkDocument::~CmarkDocument()
{
    if (m_root)
        cmark_node_free(m_root);
    if (m_parser)
        cmark_parser_free(m_parser);
}

cmark_llist *CmarkDocument::extensions() const { return cmark_parser_get_syntax_extensions(m_parser); }

QString CmarkDocument::plainText(cmark_node *node)
{
    QString out;
    cmark_iter *iter = cmark_iter_new(node);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        if (ev != CMARK_EVENT_ENTER)
            continue;
        cmark_node *cur = cmark_iter_get_node(iter);
        switch (cmark_node_get_type(cur)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            out += QString::fromUtf8(cmark_node_get_literal(cur));
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            out += u' ';
            break;
        default:
            break;
        }
    }
    cmark_iter_free(iter);
    return out;
}

QStringList CmarkDocument::headingTexts() const
{
    QStringList out;
    for (cmark_node *n = cmark_node_first_child(m_root); n; n = cmark_node_next(n)) {
        if (cmark_node_get_type(n) == CMARK_NODE_HEADING)
            out.append(plainText(n));
    }
    return out;
}

} // namespace dojo

namespace dojo {

QList<CmarkDocument::LinkRef> CmarkDocument::linkReferences() const
{
    QList<LinkRef> out;
    cmark_iter *iter = cmark_iter_new(m_root);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        if (ev != CMARK_EVENT_ENTER)
            continue;
        cmark_node *cur = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(cur);
        if (type != CMARK_NODE_LINK && type != CMARK_NODE_IMAGE)
            continue;
        LinkRef ref;
        ref.url = QString::fromUtf8(cmark_node_get_url(cur));
        ref.line = cmark_node_get_start_line(cur);
        ref.column = cmark_node_get_start_column(cur);
        ref.image = type == CMARK_NODE_IMAGE;
        // Inline nodes carry no position in cmark-gfm 0.29; fall back to the enclosing block's.
        for (cmark_node *p = cur; ref.line == 0 && p; p = cmark_node_parent(p)) {
            ref.line = cmark_node_get_start_line(p);
            ref.column = cmark_node_get_start_column(p);
        }
        out.append(ref);
    }
    cmark_iter_free(iter);
    return out;
}

} // namespace dojo
