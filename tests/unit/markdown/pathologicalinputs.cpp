#include "pathologicalinputs.h"

#include "content/courseloader.h"
#include "content/sourcetext.h"

#include <functional>

namespace dojo::pathological {

namespace {

// Room left for the body in a lesson at the size limit.
qsizetype bodyBudget()
{
    return limits::kLessonBytes - frontMatter().size() - 16;
}

// `unit` repeated to fill the budget (whole units only), between `head` and `tail`.
QByteArray fill(const QByteArray &unit, const QByteArray &head = {}, const QByteArray &tail = {})
{
    const qsizetype n = (bodyBudget() - head.size() - tail.size()) / unit.size();
    return head + unit.repeated(n) + tail;
}

// Two halves repeated the same number of times: open…close.
QByteArray nest(const QByteArray &open, const QByteArray &middle, const QByteArray &close)
{
    const qsizetype n = (bodyBudget() - middle.size()) / (open.size() + close.size());
    return open.repeated(n) + middle + close.repeated(n);
}

// Lines made by `line(i)` for i = 0, 1, … while they fit.
QByteArray lines(const std::function<QByteArray(int)> &line)
{
    QByteArray out;
    for (int i = 0;; ++i) {
        const QByteArray next = line(i);
        if (out.size() + next.size() > bodyBudget())
            return out;
        out += next;
    }
}

// A table of `columns` × `rows` body rows (plus header and delimiter rows).
QByteArray table(int columns, int rows)
{
    const QByteArray header = QByteArray("| h ").repeated(columns) + "|\n";
    const QByteArray delimiter = QByteArray("| - ").repeated(columns) + "|\n";
    const QByteArray row = QByteArray("| c ").repeated(columns) + "|\n";
    return header + delimiter + row.repeated(rows);
}

} // namespace

QByteArray frontMatter()
{
    return QByteArrayLiteral("---\nid: patho\ntitle: Pathological\nmodule: basics\nsummary: S\nminutes: 5\n---\n");
}

QList<Input> inputs()
{
    const QString rendered;
    const QString brackets = QStringLiteral("more than %1 '['").arg(limits::kLessonBrackets);
    const QString nesting = QStringLiteral("nested more than %1 levels").arg(limits::kLessonNesting);
    const QString cells = QStringLiteral("more than %1 cells").arg(limits::kLessonTableCells);
    const QString emphasis = QStringLiteral("more than %1 emphasis marks").arg(limits::kLessonEmphasisRuns);
    const QString listItems = QStringLiteral("more than %1 list items").arg(limits::kLessonListItems);
    const QString quoteMarkers = QStringLiteral("more than %1 quote markers").arg(limits::kLessonQuoteMarkers);
    const QString headings = QStringLiteral("more than %1 headings").arg(limits::kLessonHeadings);
    const QString atSigns = QStringLiteral("more than %1 '@' here").arg(limits::kLessonAtSigns);
    const QString atSignsOnLine = QStringLiteral("line has more than %1 '@'").arg(limits::kLessonAtSignsPerLine);

    // Input just within the caps, in its slowest form, then plain text up to the size limit: it must render.
    const QByteArray emphasisAtLimit = QByteArray("*a_ ").repeated(limits::kLessonEmphasisRuns / 2);
    const QByteArray listItemsAtLimit = QByteArray("- a\n+ b\n").repeated(limits::kLessonListItems / 2);
    const QByteArray headingsAtLimit = QByteArray("## a\n").repeated(limits::kLessonHeadings);
    // Each line starts with its addresses: each one linked copies the rest of the line.
    const int emailLines = limits::kLessonAtSigns / limits::kLessonAtSignsPerLine;
    const QByteArray emails = QByteArray("a@b.c ").repeated(limits::kLessonAtSignsPerLine);
    const QByteArray emailLine = emails + QByteArray(bodyBudget() / emailLines - emails.size() - 1, 'x') + "\n";

    return {
        // cmark's test/pathological_tests.py
        {"nested strong emph", nest("*a **a ", "b", " a** a*"), emphasis},
        {"many emph closers with no openers", fill("a_ "), emphasis},
        {"many emph openers with no closers", fill("_a "), emphasis},
        {"many link closers with no openers", fill("a]"), rendered},
        {"many link openers with no closers", fill("[a"), brackets},
        {"mismatched openers and closers", fill("*a_ "), emphasis},
        {"openers and closers multiple of 3", fill("c* ", "a**b"), emphasis},
        {"link openers and emph closers", fill("[ a_"), brackets},
        {"pattern [ (]( repeated", fill("[ (]("), brackets},
        {"hard link/emph case", fill("**x [a*b**c*](d)\n\n"), brackets},
        {"nested brackets", nest("[", "a", "]"), brackets},
        {"nested block quotes", nest("> ", "a", ""), nesting},
        {"deeply nested lists", lines([](int i) -> QByteArray { return QByteArray(2 * i, ' ') + "* a\n"; }), nesting},
        {"backticks", lines([](int i) -> QByteArray { return "e" + QByteArray(i + 1, '`'); }), rendered},
        {"unclosed links A", fill("[a](<b"), brackets},
        {"unclosed links B", fill("[a](b"), brackets},
        {"unclosed <!--", fill("<!--", "</"), rendered},
        {"many link reference definitions",
         lines([](int i) -> QByteArray { return "[" + QByteArray::number(i) + "]: u\n"; }), brackets},
        {"reference links just under the bracket limit",
         lines([](int i) -> QByteArray {
             return i < limits::kLessonBrackets / 2 ? "[" + QByteArray::number(i) + "]: u\n" : QByteArray("x\n");
         }).left(bodyBudget() / 2)
             + QByteArray("[0] ").repeated(limits::kLessonBrackets / 2 - 1),
         rendered},
        {"many emph in link text", fill("a*b_"), emphasis},
        {"deep emphasis nesting", nest("*", "a", "*"), rendered},
        {"unclosed html tags", fill("<a "), rendered},
        {"many entities", fill("&amp;&#123;&#x1F;"), rendered},
        {"many backslash escapes", fill("\\*\\_\\`"), rendered},
        {"one long line", fill("a"), rendered},
        {"many short lines", fill("a\n"), rendered},
        {"many hard line breaks", fill("a  \n"), rendered},
        {"many setext headings", fill("a\n=\n"), headings},
        {"many thematic breaks", fill("***\n"), rendered},
        {"many fenced code blocks", fill("```\na\n```\n"), rendered},
        {"unclosed fences", fill("```\n"), rendered},
        {"many indented code lines", fill("    a\n"), rendered},
        {"many html blocks", fill("<div>\n\n"), rendered},
        {"flat list", fill("- a\n"), listItems},
        {"ordered list with large numbers", fill("999999999. a\n"), listItems},
        {"list items alternating markers", fill("- a\n+ b\n* c\n"), listItems},
        {"list items at the limit", fill("a ", listItemsAtLimit), rendered},
        {"nesting at the limit",
         lines([](int i) -> QByteArray { return QByteArray(2 * (i % limits::kLessonNesting), ' ') + "* a\n"; }),
         rendered},
        {"block quotes at the nesting limit", fill(QByteArray("> ").repeated(limits::kLessonNesting) + "a\n\n"),
         quoteMarkers},
        {"quote markers at the limit",
         fill("a ", QByteArray(QByteArray("> ").repeated(limits::kLessonNesting) + "a\n\n")
                        .repeated(limits::kLessonQuoteMarkers / limits::kLessonNesting)),
         rendered},
        {"emphasis runs at the limit", fill("a ", emphasisAtLimit), rendered},

        // cmark-gfm extensions
        {"table: many columns at the cell limit", table(limits::kLessonTableCells / 3, 1), rendered},
        {"table: many rows at the cell limit", table(2, limits::kLessonTableCells / 2 - 2), rendered},
        {"table: beyond the cell limit", fill("| c | c |\n", "| h | h |\n| - | - |\n"), cells},
        {"table: ragged rows", fill("| c |\n", table(60, 1)), cells},
        {"table: many one-cell tables", fill("| a |\n| - |\n\n"), cells},
        {"table: pipes without delimiter row", fill("| a | b | c |\n"), rendered},
        {"strikethrough openers", fill("~~a "), emphasis},
        {"strikethrough nested", nest("~~", "a", "~~"), rendered},
        {"tildes", fill("~"), rendered},
        {"autolink www with underscores", fill("_a", "www.a"), emphasis},
        {"many www autolinks", fill("www.a.b "), rendered},
        {"many email autolinks", fill("a@b.c "), atSignsOnLine},
        {"email-like without domain", fill("a@"), atSignsOnLine},
        {"many url autolinks", fill("https://a.b/c?d "), rendered},
        {"e-mail addresses on short lines", fill("a@b.c a@b.c\n"), atSigns},
        {"e-mail addresses at the limits", emailLine.repeated(emailLines), rendered},

        // Our own passes: heading anchors, table of contents, callouts, images
        {"many identical headings", fill("## a\n"), headings},
        {"many numbered-looking headings",
         lines([](int i) -> QByteArray { return "## a-" + QByteArray::number(i % 50) + "\n## a\n"; }), headings},
        {"headings at the limit", fill("a ", headingsAtLimit), rendered},
        {"many callouts", fill("> [!SAY]\n> a\n\n"), quoteMarkers},
        {"callouts under the bracket limit",
         QByteArray(QByteArray("> [!TIP]\n> a\n\n").repeated(limits::kLessonBrackets) + fill("a\n").left(1000))
             .left(bodyBudget()),
         rendered},
    };
}

} // namespace dojo::pathological
