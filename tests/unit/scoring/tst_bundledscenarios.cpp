// Every scenario of the bundled course can be won: its best run reaches a resolved ending without
// stepping on a landmine, in every locale. Catches content edits that make a scenario unwinnable.
#include "content/courseloader.h"
#include "scoring/scenariorun.h"

#include <QtTest>

using namespace dojo;

class TestBundledScenarios : public QObject {
    Q_OBJECT
private slots:
    void bestRunIsCleanAndResolved_data();
    void bestRunIsCleanAndResolved();

private:
    ContentLibrary m_library = loadContentLibrary(QStringLiteral(DOJO_CONTENT_DIR));
};

void TestBundledScenarios::bestRunIsCleanAndResolved_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("scenarioId");
    QCOMPARE(m_library.errorCount(), 0);
    int rows = 0;
    for (const Course &course : std::as_const(m_library.locales)) {
        for (const Scenario &s : course.scenarios) {
            QTest::newRow(qPrintable(course.locale + u'/' + s.id)) << course.locale << s.id;
            ++rows;
        }
    }
    QVERIFY(rows >= 20);
}

void TestBundledScenarios::bestRunIsCleanAndResolved()
{
    QFETCH(QString, locale);
    QFETCH(QString, scenarioId);
    const Course *course = m_library.course(locale);
    QVERIFY(course);
    const Scenario *scenario = course->scenario(scenarioId);
    QVERIFY(scenario);
    const ScenarioRun run(*course, *scenario);
    QVERIFY(run.isValid());
    const ScenarioPath &best = run.bestPath();
    QVERIFY(best.complete);
    QVERIFY(best.reachesEnding);
    QCOMPARE(best.landmines, 0);
    QCOMPARE(int(best.outcome), int(Outcome::Resolved));
}

QTEST_GUILESS_MAIN(TestBundledScenarios)
#include "tst_bundledscenarios.moc"
