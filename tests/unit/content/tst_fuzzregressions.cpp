// Every input that ever crashed, hung or tripped a sanitizer in a fuzz target (tests/fuzz), fed again to
// the same entry point: tests/data/fuzz-regressions/<target>/<file>, target being lesson, quiz, scenario,
// manifest or validator. The entry points only produce diagnostics; a regression shows as a crash, a
// sanitizer report (the asan preset) or a ctest timeout. Checks of the messages such inputs must give
// live with the loader's own tests (tst_contentloader, tst_pathological).
#include "../../fuzz/fuzzentries.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

class TestFuzzRegressions : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { dojo::fuzz::setUp(QStringLiteral(DOJO_CONTENT_DIR "/zh-CN")); }

    void replay_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("file");
        const QDir root(QStringLiteral(DOJO_TEST_DATA "/fuzz-regressions"));
        int rows = 0;
        for (const QString &target : dojo::fuzz::entryNames()) {
            QDirIterator it(root.filePath(target), QDir::Files);
            QStringList files;
            while (it.hasNext())
                files.append(it.next());
            files.sort();
            for (const QString &file : files) {
                QTest::newRow(qPrintable(target + u'/' + QFileInfo(file).fileName())) << target << file;
                ++rows;
            }
        }
        // Every folder of the regressions is a known target (a typo would silently skip its inputs).
        for (const QString &folder : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            QVERIFY2(dojo::fuzz::entryNames().contains(folder), qPrintable(folder));
        QVERIFY2(rows > 0, "no regression inputs found");
    }

    void replay()
    {
        QFETCH(QString, target);
        QFETCH(QString, file);
        const dojo::fuzz::Entry entry = dojo::fuzz::entry(target);
        QVERIFY(entry);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray input = f.readAll();
        entry(input);
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
