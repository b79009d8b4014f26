// `servicedojo validate`: exit codes 0 / 1 / 2, the compiler-style lines, the summary and --json.
#include "commands.h"
#include "contentfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QtTest>

#include <cstdio>
#include <unistd.h>

using namespace dojo;

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the command in this process with stdout and stderr sent to temporary files.
Run validate(const QStringList &args)
{
    QTemporaryFile outFile, errFile;
    if (!outFile.open() || !errFile.open())
        qFatal("cannot create temporary files");
    std::fflush(stdout);
    std::fflush(stderr);
    const int savedOut = dup(STDOUT_FILENO), savedErr = dup(STDERR_FILENO);
    dup2(outFile.handle(), STDOUT_FILENO);
    dup2(errFile.handle(), STDERR_FILENO);
    Run run;
    run.exitCode = dojo::cli::validateCommand(args);
    std::fflush(stdout);
    std::fflush(stderr);
    dup2(savedOut, STDOUT_FILENO);
    dup2(savedErr, STDERR_FILENO);
    close(savedOut);
    close(savedErr);
    run.out = test::readText(outFile.fileName());
    run.err = test::readText(errFile.fileName());
    return run;
}

const QString kSampleSummary = QStringLiteral(
    ": modules 2, lessons 3, quizzes 2, questions 6 (single 1, multiple 1, truefalse 1, fill 1, ordering 1, "
    "matching 1), scenarios 2, nodes 5, endings 6, phrasebook entries 6\n");
} // namespace

class TestContentCli : public QObject {
    Q_OBJECT
private slots:
    void cleanCourseExitsZero();
    void errorsExitOne();
    void warningsAloneExitZero();
    void localeFilter();
    void jsonOutput();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void help();
    void defaultFolderIsContent();
};

void TestContentCli::cleanCourseExitsZero()
{
    const Run run = validate({test::sampleCourseDir()});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("en") + kSampleSummary + QStringLiteral("zh-CN") + kSampleSummary +
                          QStringLiteral("errors 0, warnings 0\n"));
    QCOMPARE(run.err, QString());
}

void TestContentCli::errorsExitOne()
{
    QTemporaryDir dir;
    QCOMPARE(test::buildErrorCase(QStringLiteral("missing-quiz"), dir.path()), QString());
    const Run run = validate({dir.path()});
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.mid(0, 2), test::expectedLines(QStringLiteral("missing-quiz")));
    QCOMPARE(lines.value(2),
             QStringLiteral("zh-CN: modules 2, lessons 2, quizzes 1, questions 1 (single 1, multiple 0, "
                            "truefalse 0, fill 0, ordering 0, matching 0), scenarios 1, nodes 1, "
                            "endings 2, phrasebook entries 2"));
    QCOMPARE(lines.value(3), QStringLiteral("errors 1, warnings 1"));
    QCOMPARE(lines.size(), 4);
}

void TestContentCli::warningsAloneExitZero()
{
    QTemporaryDir dir;
    QCOMPARE(test::buildErrorCase(QStringLiteral("not-listed"), dir.path()), QString());
    const Run run = validate({dir.path()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(test::expectedLines(QStringLiteral("not-listed")).join(u'\n') + u'\n'));
    QVERIFY(run.out.endsWith(QStringLiteral("errors 0, warnings 1\n")));
}

void TestContentCli::localeFilter()
{
    QTemporaryDir dir;
    QCOMPARE(test::buildErrorCase(QStringLiteral("locale-question-type"), dir.path()), QString());
    Run run = validate({dir.path(), QStringLiteral("--locale"), QStringLiteral("zh-CN")});
    QCOMPARE(run.exitCode, 0); // the problem is in en
    QVERIFY(run.out.startsWith(QStringLiteral("zh-CN: modules 2")));
    run = validate({QStringLiteral("--locale=en"), dir.path()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(
        run.out.startsWith(test::expectedLines(QStringLiteral("locale-question-type")).join(u'\n') + u'\n'));
    QVERIFY(run.out.contains(QStringLiteral("\nen: modules 2")));
    QVERIFY(!run.out.contains(QStringLiteral("zh-CN: modules")));
}

void TestContentCli::jsonOutput()
{
    QTemporaryDir dir;
    QCOMPARE(test::buildErrorCase(QStringLiteral("missing-quiz"), dir.path()), QString());
    const Run run = validate({QStringLiteral("--json"), dir.path()});
    QCOMPARE(run.exitCode, 1);
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.value(QStringLiteral("errors")).toInt(), 1);
    QCOMPARE(doc.value(QStringLiteral("warnings")).toInt(), 1);
    const QJsonArray diagnostics = doc.value(QStringLiteral("diagnostics")).toArray();
    QCOMPARE(diagnostics.size(), 2);
    const QJsonObject first = diagnostics.first().toObject();
    QCOMPARE(first.value(QStringLiteral("file")).toString(), QStringLiteral("zh-CN/course.yaml"));
    QCOMPARE(first.value(QStringLiteral("line")).toInt(), 18);
    QCOMPARE(first.value(QStringLiteral("column")).toInt(), 15);
    QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(first.value(QStringLiteral("code")).toString(), QStringLiteral("missing-quiz"));
    QVERIFY(first.value(QStringLiteral("message")).toString().startsWith(QStringLiteral("there is no quiz")));
    const QJsonObject zh = doc.value(QStringLiteral("locales")).toArray().first().toObject();
    QCOMPARE(zh.value(QStringLiteral("locale")).toString(), QStringLiteral("zh-CN"));
    QCOMPARE(zh.value(QStringLiteral("lessons")).toInt(), 2);
    QCOMPARE(zh.value(QStringLiteral("questionsByType")).toObject().value(QStringLiteral("single")).toInt(),
             1);
    QCOMPARE(zh.value(QStringLiteral("phrasebookEntries")).toInt(), 2);
}

void TestContentCli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString sample = test::sampleCourseDir();
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--fast"), sample}
                                    << QStringLiteral("unknown option '--fast'");
    QTest::newRow("missing folder") << QStringList{QStringLiteral("/no/such/folder")}
                                    << QStringLiteral("there is no folder '/no/such/folder'");
    QTest::newRow("two folders") << QStringList{sample, sample} << QStringLiteral("only one folder");
    QTest::newRow("locale without value")
        << QStringList{sample, QStringLiteral("--locale")} << QStringLiteral("--locale needs a locale");
    QTest::newRow("a locale folder") << QStringList{sample + QStringLiteral("/zh-CN")}
                                     << QStringLiteral("'zh-CN' is one locale of a course");
    QTest::newRow("not a content folder")
        << QStringList{sample + QStringLiteral("/zh-CN/lessons")} << QStringLiteral("no locale folder");
    QTest::newRow("unknown locale") << QStringList{sample, QStringLiteral("--locale"), QStringLiteral("fr")}
                                    << QStringLiteral("there is no locale 'fr'");
}

void TestContentCli::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run run = validate(args);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.startsWith(QStringLiteral("servicedojo validate: ") + message), qPrintable(run.err));
}

void TestContentCli::help()
{
    const Run run = validate({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(QStringLiteral("Usage: servicedojo validate [DIR] [--json] [--locale L]")));
}

void TestContentCli::defaultFolderIsContent()
{
    QTemporaryDir dir;
    QVERIFY(test::copyTree(test::sampleCourseDir(), dir.path() + QStringLiteral("/content")));
    const QString cwd = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    const Run run = validate({});
    QDir::setCurrent(cwd);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.endsWith(QStringLiteral("errors 0, warnings 0\n")));
}

QTEST_GUILESS_MAIN(TestContentCli)
#include "tst_contentcli.moc"
