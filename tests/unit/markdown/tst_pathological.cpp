// cmark's known pathological inputs (cmark's test/pathological_tests.py, plus cmark-gfm's tables,
// autolinks and strikethrough, plus our own heading anchors and callouts), each generated as a lesson
// at the lesson size limit. Every one must either load and render, or be refused by the loader with a
// message naming the lesson file and a line — never hang, never crash.
//
// This test asserts the outcome only. How long each takes is measured by hand (docs/quality.md):
//   DOJO_PATHOLOGICAL_TIMINGS=1 tst_pathological timings -median 5
#include "content/courseloader.h"
#include "content/validationreport.h"
#include "markdown/markdownrenderer.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace dojo;

namespace {

const QByteArray kFrontMatter = "---\nid: patho\ntitle: Pathological\nmodule: basics\nsummary: S\nminutes: 5\n---\n";

// Room left for the body in a lesson at the size limit.
qsizetype bodyBudget()
{
    return limits::kLessonBytes - kFrontMatter.size() - 16;
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

const char *kRendered = "rendered";

} // namespace

class TestPathological : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_root;
    QString lessonPath() const { return m_root + QStringLiteral("/zh-CN/lessons/patho.md"); }

    void writeLesson(const QByteArray &body)
    {
        QFile f(lessonPath());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray(kFrontMatter + body));
        f.close();
        QVERIFY2(QFileInfo(lessonPath()).size() <= limits::kLessonBytes, "generated over the lesson limit");
    }

    void addRows()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("outcome"); // kRendered, or a fragment of the refusal message

        const QString brackets = QStringLiteral("more than %1 '['").arg(limits::kLessonBrackets);
        const QString nesting = QStringLiteral("nested more than %1 levels").arg(limits::kLessonNesting);
        const QString cells = QStringLiteral("more than %1 cells").arg(limits::kLessonTableCells);

        // cmark's test/pathological_tests.py
        QTest::newRow("nested strong emph") << nest("*a **a ", "b", " a** a*") << kRendered;
        QTest::newRow("many emph closers with no openers") << fill("a_ ") << kRendered;
        QTest::newRow("many emph openers with no closers") << fill("_a ") << kRendered;
        QTest::newRow("many link closers with no openers") << fill("a]") << kRendered;
        QTest::newRow("many link openers with no closers") << fill("[a") << brackets;
        QTest::newRow("mismatched openers and closers") << fill("*a_ ") << kRendered;
        QTest::newRow("openers and closers multiple of 3") << fill("c* ", "a**b") << kRendered;
        QTest::newRow("link openers and emph closers") << fill("[ a_") << brackets;
        QTest::newRow("pattern [ (]( repeated") << fill("[ (](") << brackets;
        QTest::newRow("hard link/emph case") << fill("**x [a*b**c*](d)\n\n") << brackets;
        QTest::newRow("nested brackets") << nest("[", "a", "]") << brackets;
        QTest::newRow("nested block quotes") << nest("> ", "a", "") << nesting;
        QTest::newRow("deeply nested lists") << lines([](int i) -> QByteArray { return QByteArray(2 * i, ' ') + "* a\n"; })
                                             << nesting;
        QTest::newRow("backticks") << lines([](int i) -> QByteArray { return "e" + QByteArray(i + 1, '`'); }) << kRendered;
        QTest::newRow("unclosed links A") << fill("[a](<b") << brackets;
        QTest::newRow("unclosed links B") << fill("[a](b") << brackets;
        QTest::newRow("unclosed <!--") << fill("<!--", "</") << kRendered;
        QTest::newRow("many link reference definitions")
            << lines([](int i) -> QByteArray { return "[" + QByteArray::number(i) + "]: u\n"; }) << brackets;
        QTest::newRow("reference links just under the bracket limit")
            << QByteArray(lines([](int i) -> QByteArray {
                              return i < limits::kLessonBrackets / 2 ? "[" + QByteArray::number(i) + "]: u\n"
                                                                     : QByteArray("x\n");
                          }).left(bodyBudget() / 2)
                          + QByteArray("[0] ").repeated(limits::kLessonBrackets / 2 - 1))
            << kRendered;
        QTest::newRow("many emph in link text") << fill("a*b_") << kRendered;
        QTest::newRow("deep emphasis nesting") << nest("*", "a", "*") << kRendered;
        QTest::newRow("unclosed html tags") << fill("<a ") << kRendered;
        QTest::newRow("many entities") << fill("&amp;&#123;&#x1F;") << kRendered;
        QTest::newRow("many backslash escapes") << fill("\\*\\_\\`") << kRendered;
        QTest::newRow("one long line") << fill("a") << kRendered;
        QTest::newRow("many short lines") << fill("a\n") << kRendered;
        QTest::newRow("many hard line breaks") << fill("a  \n") << kRendered;
        QTest::newRow("many setext headings") << fill("a\n=\n") << kRendered;
        QTest::newRow("many thematic breaks") << fill("***\n") << kRendered;
        QTest::newRow("many fenced code blocks") << fill("```\na\n```\n") << kRendered;
        QTest::newRow("unclosed fences") << fill("```\n") << kRendered;
        QTest::newRow("many indented code lines") << fill("    a\n") << kRendered;
        QTest::newRow("many html blocks") << fill("<div>\n\n") << kRendered;
        QTest::newRow("flat list") << fill("- a\n") << kRendered;
        QTest::newRow("ordered list with large numbers") << fill("999999999. a\n") << kRendered;
        QTest::newRow("list items alternating markers") << fill("- a\n+ b\n* c\n") << kRendered;
        QTest::newRow("nesting at the limit")
            << lines([](int i) -> QByteArray { return QByteArray(2 * (i % limits::kLessonNesting), ' ') + "* a\n"; })
            << kRendered;
        QTest::newRow("block quotes at the limit")
            << fill(QByteArray("> ").repeated(limits::kLessonNesting) + "a\n\n") << kRendered;

        // cmark-gfm extensions
        QTest::newRow("table: many columns at the cell limit")
            << table(limits::kLessonTableCells / 3, 1) << kRendered;
        QTest::newRow("table: many rows at the cell limit")
            << table(2, limits::kLessonTableCells / 2 - 2) << kRendered;
        QTest::newRow("table: beyond the cell limit") << fill("| c | c |\n", "| h | h |\n| - | - |\n") << cells;
        QTest::newRow("table: ragged rows") << fill("| c |\n", table(60, 1)) << cells;
        QTest::newRow("table: many one-cell tables") << fill("| a |\n| - |\n\n") << cells;
        QTest::newRow("table: pipes without delimiter row") << fill("| a | b | c |\n") << kRendered;
        QTest::newRow("strikethrough openers") << fill("~~a ") << kRendered;
        QTest::newRow("strikethrough nested") << nest("~~", "a", "~~") << kRendered;
        QTest::newRow("tildes") << fill("~") << kRendered;
        QTest::newRow("autolink www with underscores") << fill("_a", "www.a") << kRendered;
        QTest::newRow("many www autolinks") << fill("www.a.b ") << kRendered;
        QTest::newRow("many email autolinks") << fill("a@b.c ") << kRendered;
        QTest::newRow("email-like without domain") << fill("a@") << kRendered;
        QTest::newRow("many url autolinks") << fill("https://a.b/c?d ") << kRendered;

        // Our own passes: heading anchors, table of contents, callouts, images
        QTest::newRow("many identical headings") << fill("## a\n") << kRendered;
        QTest::newRow("many numbered-looking headings")
            << lines([](int i) -> QByteArray { return "## a-" + QByteArray::number(i % 50) + "\n## a\n"; }) << kRendered;
        QTest::newRow("many callouts") << fill("> [!SAY]\n> a\n\n") << brackets;
        QTest::newRow("callouts under the bracket limit")
            << QByteArray(QByteArray("> [!TIP]\n> a\n\n").repeated(limits::kLessonBrackets)
                          + fill("a\n").left(1000))
                   .left(bodyBudget())
            << kRendered;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_root = m_dir.filePath(QStringLiteral("content"));
        // A small valid course; the lesson under test is added to it.
        const QString base = QStringLiteral(DOJO_TEST_DATA "/content-errors/base");
        QDirIterator it(base, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString from = it.next();
            const QString to = m_root + from.mid(base.size());
            QVERIFY(QDir().mkpath(QFileInfo(to).absolutePath()));
            QVERIFY(QFile::copy(from, to));
        }
        QCOMPARE(loadContentLibrary(m_root).errorCount(), 0);
    }

    void outcome_data() { addRows(); }

    void outcome()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, outcome);
        writeLesson(body);
        const ContentLibrary library = loadContentLibrary(m_root);
        const Course *course = library.course(QStringLiteral("zh-CN"));
        QVERIFY(course);
        QStringList errors;
        for (const Diagnostic &d : library.allDiagnostics()) {
            if (d.severity == Diagnostic::Severity::Error)
                errors.append(formatDiagnostic(d));
        }
        const Lesson *lesson = course->lesson(QStringLiteral("patho"));
        if (outcome == QLatin1String(kRendered)) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
            QVERIFY(lesson);
            const RenderedMarkdown rendered = MarkdownRenderer().render(lesson->markdown);
            QVERIFY(!rendered.html.isEmpty());
        } else {
            QVERIFY2(!lesson, "loaded although it should have been refused");
            QCOMPARE(errors.size(), 1);
            // "zh-CN/lessons/patho.md:<line>:<column>: error: <message>" with a real line.
            const QString &e = errors.first();
            QVERIFY2(e.startsWith(QStringLiteral("zh-CN/lessons/patho.md:")), qPrintable(e));
            const int line = e.section(u':', 1, 1).toInt();
            QVERIFY2(line >= 8, qPrintable(e)); // the body starts on line 8, after the front matter
            QVERIFY2(e.contains(outcome), qPrintable(e));
        }
    }

    void timings_data() { addRows(); }

    // Load of the small course with this lesson, plus rendering when it loads. By hand only.
    void timings()
    {
        if (qEnvironmentVariableIsEmpty("DOJO_PATHOLOGICAL_TIMINGS"))
            QSKIP("timings are measured by hand: DOJO_PATHOLOGICAL_TIMINGS=1 tst_pathological timings -median 5");
        QFETCH(QByteArray, body);
        writeLesson(body);
        QElapsedTimer parts;
        qint64 loadNs = 0, renderNs = 0;
        QBENCHMARK {
            parts.start();
            const Course course = loadCourse(m_root + QStringLiteral("/zh-CN"));
            loadNs = parts.nsecsElapsed();
            if (const Lesson *lesson = course.lesson(QStringLiteral("patho"))) {
                parts.start();
                const RenderedMarkdown rendered = MarkdownRenderer().render(lesson->markdown);
                renderNs = parts.nsecsElapsed();
                Q_UNUSED(rendered);
            }
        }
        qInfo("TIMING %-50s load %8.1f ms  render %8.1f ms", QTest::currentDataTag(), loadNs / 1e6, renderNs / 1e6);
    }
};

QTEST_GUILESS_MAIN(TestPathological)
#include "tst_pathological.moc"
