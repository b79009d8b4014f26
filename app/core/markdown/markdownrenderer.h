// Lesson Markdown → HTML with cmark-gfm (GFM tables, strikethrough, autolinks, task lists).
//
// Safe by default, always: raw HTML is replaced by a comment and `javascript:`/`data:`/`file:` link
// targets are emptied by cmark's safe mode (CMARK_OPT_UNSAFE is never set). On top of cmark we add:
// - heading ids (see anchors.h) and a table of contents;
// - callouts: a blockquote whose first line is `[!SAY]`, `[!NEVER]`, `[!TIP]`, `[!NOTE]` or `[!WARNING]`
//   becomes an <aside class="callout callout-say"> with a translated title; with copy links enabled,
//   each SAY box gets a "Copy" link (dojo://action/copy-say?lesson=<id>&n=<index>, see contenturl.h)
//   and its plain text is returned in `sayTexts` at that index, for the app to put on the clipboard;
// - images: only relative paths (resolved by the page's own scheme) and `dojo:` URLs are kept; any other
//   image source is dropped, so a lesson never loads from the network.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dojo {

struct TocEntry {
    int level = 2;
    QString text;
    QString anchor;
};

struct RenderedMarkdown {
    QString html;          // an HTML fragment (the page template wraps it)
    QList<TocEntry> toc;   // headings of level 2 and 3, in order
    QString firstHeading;  // plain text of the first level-1 heading, if any
    QStringList sayTexts;  // plain text of each SAY callout, in document order (paragraphs and list
                           // items on their own lines)
};

struct CalloutTitles {
    QString say;
    QString never;
    QString tip;
    QString note;
    QString warning;
    QString copy; // the label of a SAY box's copy link
    // Titles in the current UI language (QCoreApplication::translate, context "dojo::Markdown").
    static CalloutTitles translated();
};

class MarkdownRenderer {
public:
    explicit MarkdownRenderer(CalloutTitles titles = CalloutTitles::translated());
    RenderedMarkdown render(const QString &markdown) const;
    // SAY boxes get a copy link naming this lesson (off by default: no link, sayTexts still filled).
    void enableCopyLinks(const QString &lessonId) { m_copyLessonId = lessonId; }

private:
    CalloutTitles m_titles;
    QString m_copyLessonId;
};

} // namespace dojo
