#include "markdown/cmarkdocument.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <mutex>
#include <vector>

namespace dojo {

namespace {
void ensureExtensionsRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

// Where cmark-gfm puts the nodes, chunks and buffers of this thread's documents. A lesson at the size
// limit can make half a million nodes; with malloc each is also a free, and the memory goes back to the
// system between documents, so the next large one pays a page fault for every page again (slow on a
// virtual machine: it tripled the time of the densest pathological inputs). Here an allocation is a
// bump in a block, freeing is nothing, and the blocks are kept for the next document once the thread
// has none left (up to kKeptBytes; a normal lesson needs a few MiB).
class NodeArena {
public:
    static NodeArena &local()
    {
        thread_local NodeArena arena;
        return arena;
    }

    void open() { ++m_openDocuments; }
    void close()
    {
        if (--m_openDocuments > 0)
            return;
        // Nothing of any document is in use any more: start again at the first block.
        size_t kept = 0, keep = 0;
        while (keep < m_blocks.size() && kept + m_blocks[keep].size <= kKeptBytes)
            kept += m_blocks[keep++].size;
        m_blocks.resize(keep);
        m_block = 0;
        m_used = 0;
    }

    void *allocate(size_t bytes, bool zeroed)
    {
        const size_t need = kHeader + roundUp(bytes);
        while (m_block < m_blocks.size() && m_blocks[m_block].size - m_used < need) {
            ++m_block; // the rest of a kept block too small for this one stays unused until the next round
            m_used = 0;
        }
        if (m_block == m_blocks.size()) {
            const size_t size = std::max(kBlockBytes, need);
            m_blocks.push_back({std::unique_ptr<unsigned char[]>(new unsigned char[size]), size});
            m_used = 0;
        }
        unsigned char *at = m_blocks[m_block].data.get() + m_used;
        m_used += need;
        std::memcpy(at, &bytes, sizeof bytes);
        if (zeroed)
            std::memset(at + kHeader, 0, bytes);
        return at + kHeader;
    }

    void *reallocate(void *old, size_t bytes)
    {
        if (!old)
            return allocate(bytes, false);
        auto *at = static_cast<unsigned char *>(old) - kHeader;
        size_t oldBytes = 0;
        std::memcpy(&oldBytes, at, sizeof oldBytes);
        if (bytes <= oldBytes)
            return old;
        // The last allocation of the block grows where it is (cmark's buffers grow one at a time).
        Block &block = m_blocks[m_block];
        if (at + kHeader + roundUp(oldBytes) == block.data.get() + m_used
            && block.size - m_used >= roundUp(bytes) - roundUp(oldBytes)) {
            m_used += roundUp(bytes) - roundUp(oldBytes);
            std::memcpy(at, &bytes, sizeof bytes);
            return old;
        }
        void *moved = allocate(bytes, false);
        std::memcpy(moved, old, oldBytes);
        return moved;
    }

private:
    static constexpr size_t kHeader = 16; // the size of the allocation, keeping 16-byte alignment
    static constexpr size_t kBlockBytes = size_t(1) << 20;
    static constexpr size_t kKeptBytes = size_t(64) << 20;
    static size_t roundUp(size_t bytes) { return (bytes + 15) & ~size_t(15); }

    struct Block {
        std::unique_ptr<unsigned char[]> data;
        size_t size;
    };
    std::vector<Block> m_blocks;
    size_t m_block = 0; // the block allocations come from
    size_t m_used = 0;  // bytes of it in use
    int m_openDocuments = 0;
};

void *arenaCalloc(size_t count, size_t size)
{
    return NodeArena::local().allocate(count * size, true);
}
void *arenaRealloc(void *old, size_t size)
{
    return NodeArena::local().reallocate(old, size);
}
void arenaFree(void *) {}
cmark_mem g_arenaMemory = {arenaCalloc, arenaRealloc, arenaFree};
} // namespace

CmarkDocument::CmarkDocument(const QString &markdown)
{
    ensureExtensionsRegistered();
    NodeArena::local().open();
    m_parser = cmark_parser_new_with_mem(kOptions, &g_arenaMemory);
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
    NodeArena::local().close();
}

cmark_mem *CmarkDocument::memory()
{
    return &g_arenaMemory;
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
