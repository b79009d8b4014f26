// A parsed cmark-gfm document with the GFM extensions we use attached (table, strikethrough, autolink,
// tasklist). Owns the cmark node tree; internal to the markdown area.
#pragma once

#include <QString>
#include <QList>
#include <QStringList>

struct cmark_mem;
struct cmark_node;
struct cmark_parser;
struct _cmark_llist;

namespace dojo {

class CmarkDocument {
public:
    explicit CmarkDocument(const QString &markdown);
    ~CmarkDocument();
    CmarkDocument(const CmarkDocument &) = delete;
    CmarkDocument &operator=(const CmarkDocument &) = delete;

    cmark_node *root() const { return m_root; }
    _cmark_llist *extensions() const;
    // The allocator of this document's nodes: a node added to the tree must come from it
    // (cmark_node_new_with_mem), as cmark refuses to mix allocators in one tree.
    static cmark_mem *memory();
    // Plain text of every heading, in document order.
    QStringList headingTexts() const;
    struct LinkRef {
        QString url;
        int line = 0;   // 1-based, relative to the Markdown text given
        int column = 0;
        bool image = false;
    };
    // Every link and image destination, in document order.
    QList<LinkRef> linkReferences() const;
    // Plain text of a node and its descendants (text, code, line breaks as spaces).
    static QString plainText(cmark_node *node);

    static constexpr int kOptions = 0; // CMARK_OPT_DEFAULT: safe mode (no raw HTML, no unsafe links)

private:
    cmark_parser *m_parser = nullptr;
    cmark_node *m_root = nullptr;
};

} // namespace dojo
