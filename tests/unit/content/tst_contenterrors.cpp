// The broken-file corpus: every case of tests/data/content-errors is the small base course with one
// rule broken, and expected.txt holds the exact `file:line:col: severity: message` lines the validator
// must print for it. On a mismatch the actual lines are written to <case>/expected.txt.fail.
#include "content/courseloader.h"
#include "content/validationreport.h"
#include "contentfixture.h"

#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace dojo;

namespace {
ContentLibrary loadCase(const QString &name, QTemporaryDir &dir)
{
    const QString problem = test::buildErrorCase(name, dir.path());
    if (!problem.isEmpty())
        qFatal("%s: %s", qPrintable(name), qPrintable(problem));
    return loadContentLibrary(dir.path());
}
} // namespace

class TestContentErrors : public QObject {
    Q_OBJECT
private slots:
    void baseCourseIsClean();
    void brokenFile_data();
    void brokenFile();
    void everyRuleHasACase();

private:
    QSet<QString> m_codesSeen;
    qsizetype m_casesRun = 0;
};

void TestContentErrors::baseCourseIsClean()
{
    const ContentLibrary library = loadContentLibrary(test::contentErrorsDir() + QStringLiteral("/base"));
    QStringList lines;
    for (const Diagnostic &d : library.allDiagnostics())
        lines.append(formatDiagnostic(d));
    QCOMPARE(lines, QStringList());
    const Course *course = library.course(QStringLiteral("zh-CN"));
    QVERIFY(course);
    QCOMPARE(course->lessons.size(), 2);
    QCOMPARE(course->quizzes.size(), 1);
    QCOMPARE(course->scenarios.size(), 1);
    QCOMPARE(course->phrasebook.size(), 1);
}

void TestContentErrors::brokenFile_data()
{
    QTest::addColumn<QString>("name");
    const QStringList names = test::errorCaseNames();
    QVERIFY2(names.size() >= 40, "the corpus needs at least 40 cases");
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << name;
}

void TestContentErrors::brokenFile()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ContentLibrary library = loadCase(name, dir);
    QStringList actual;
    for (const Diagnostic &d : library.allDiagnostics()) {
        actual.append(formatDiagnostic(d));
        m_codesSeen.insert(d.code);
    }
    ++m_casesRun;
    const QStringList expected = test::expectedLines(name);
    QVERIFY2(!expected.isEmpty(), "the case has no expected.txt");
    const QString failFile = test::contentErrorsDir() + u'/' + name + QStringLiteral("/expected.txt.fail");
    if (actual != expected) {
        QFile fail(failFile);
        if (fail.open(QIODevice::WriteOnly))
            fail.write((actual.join(u'\n') + u'\n').toUtf8());
    } else {
        QFile::remove(failFile);
    }
    QCOMPARE(actual, expected);
    // A case about an error must make validation fail; the warning-only cases must not.
    const bool expectsError = std::any_of(expected.cbegin(), expected.cend(), [](const QString &l) {
        return l.contains(QLatin1String(": error: "));
    });
    QCOMPARE(library.errorCount() > 0, expectsError);
}

void TestContentErrors::everyRuleHasACase()
{
    // Every diagnostic code the validator has must be shown by at least one case (run just before).
    const QSet<QString> rules = {
        QStringLiteral("file-too-large"),     QStringLiteral("empty-file"),
        QStringLiteral("invalid-utf8"),       QStringLiteral("ignored-file"),
        QStringLiteral("ignored-folder"),     QStringLiteral("no-front-matter"),
        QStringLiteral("nesting-too-deep"),   QStringLiteral("yaml-syntax"),
        QStringLiteral("table-too-large"),    QStringLiteral("too-many-brackets"),
        QStringLiteral("yaml-alias"),         QStringLiteral("duplicate-key"),
        QStringLiteral("unknown-key"),        QStringLiteral("missing-field"),
        QStringLiteral("empty-value"),        QStringLiteral("wrong-type"),
        QStringLiteral("out-of-range"),       QStringLiteral("count-out-of-range"),
        QStringLiteral("invalid-value"),      QStringLiteral("invalid-id"),
        QStringLiteral("id-mismatch"),        QStringLiteral("duplicate-id"),
        QStringLiteral("missing-lesson"),     QStringLiteral("missing-quiz"),
        QStringLiteral("missing-scenario"),   QStringLiteral("missing-item"),
        QStringLiteral("missing-module"),     QStringLiteral("missing-node"),
        QStringLiteral("missing-ending"),     QStringLiteral("unknown-landmine"),
        QStringLiteral("unknown-dimension"),  QStringLiteral("missing-anchor"),
        QStringLiteral("missing-asset"),      QStringLiteral("asset-outside"),
        QStringLiteral("remote-asset"),       QStringLiteral("unsupported-asset"),
        QStringLiteral("locale-mismatch"),    QStringLiteral("invalid-item"),
        QStringLiteral("listed-twice"),       QStringLiteral("not-listed"),
        QStringLiteral("wrong-module"),       QStringLiteral("prerequisite-cycle"),
        QStringLiteral("no-correct-answer"),  QStringLiteral("several-correct-answers"),
        QStringLiteral("option-count"),       QStringLiteral("item-count"),
        QStringLiteral("pair-count"),         QStringLiteral("duplicate-text"),
        QStringLiteral("matching-unequal"),   QStringLiteral("no-explanation"),
        QStringLiteral("node-kind"),          QStringLiteral("invalid-pattern"),
        QStringLiteral("mood-range"),         QStringLiteral("unreachable-node"),
        QStringLiteral("unreachable-ending"), QStringLiteral("no-path-to-ending"),
        QStringLiteral("loop-without-exit"),  QStringLiteral("no-reference-locale"),
        QStringLiteral("locale-differs"),     QStringLiteral("locale-missing-id"),
        QStringLiteral("locale-extra-id"),
    };
    if (m_casesRun < test::errorCaseNames().size())
        QSKIP("needs every case of brokenFile() to have run");
    const QSet<QString> missing = rules - m_codesSeen;
    QVERIFY2(missing.isEmpty(), qPrintable(QStringList(missing.values()).join(u' ')));
}

QTEST_GUILESS_MAIN(TestContentErrors)
#include "tst_contenterrors.moc"
