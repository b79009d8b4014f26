// The demo database holds what the screens need to show: completed, outdated and opened lessons, a
// passed and a failed quiz, a resolved run, review cards due now — all made by the real stores.
#include "content/courseloader.h"
#include "demo/demoseed.h"
#include "scoring/quizgrading.h"
#include "storage/database.h"
#include "storage/lessonprogressstore.h"
#include "storage/quizattemptstore.h"
#include "storage/reviewstore.h"
#include "storage/scenariorunstore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace dojo;

class TestDemoSeed : public QObject {
    Q_OBJECT
private slots:
    void rightAndWrongAnswers();
    void seedsEveryKindOfRecord();
};

void TestDemoSeed::rightAndWrongAnswers()
{
    const ContentLibrary library = loadContentLibrary(QStringLiteral(DOJO_CONTENT_DIR));
    const Course *course = library.course(QStringLiteral("zh-CN"));
    QVERIFY(course);
    int checked = 0;
    for (const Quiz &quiz : course->quizzes) {
        for (const Question &q : quiz.questions) {
            QVERIFY2(QuizGrader::grade(q, QuizGrader::rightAnswer(q)).correct, qPrintable(q.id));
            QVERIFY2(!QuizGrader::grade(q, wrongAnswer(q)).correct, qPrintable(q.id));
            ++checked;
        }
    }
    QVERIFY(checked > 100);
}

void TestDemoSeed::seedsEveryKindOfRecord()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(db.ok());
    const ContentLibrary library = loadContentLibrary(QStringLiteral(DOJO_CONTENT_DIR));
    const Course *course = library.course(QStringLiteral("zh-CN"));
    QVERIFY(course);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto version = [](const Lesson &l) { return l.contentHash; };
    auto seeded = seedDemo(*db.value(), *course, now, version);
    QVERIFY2(seeded.ok(), seeded.ok() ? "" : qPrintable(seeded.error().message));
    const User trainee = seeded->trainee;
    const Actor me = trainee.actor();

    QHash<QString, QByteArray> hashes;
    for (const Lesson &l : course->lessons)
        hashes.insert(l.id, l.contentHash);
    auto progress = LessonProgressStore(*db.value()).allProgress(me, trainee.id, hashes);
    QVERIFY(progress.ok());
    QSet<LessonStatus> statuses;
    for (const LessonProgress &p : progress.value())
        statuses.insert(p.status);
    QVERIFY(statuses.contains(LessonStatus::Completed));
    QVERIFY(statuses.contains(LessonStatus::Outdated));
    QVERIFY(statuses.contains(LessonStatus::Opened));

    auto attempts = QuizAttemptStore(*db.value()).attempts(me, trainee.id);
    QVERIFY(attempts.ok());
    bool passed = false, failed = false;
    for (const QuizAttempt &a : attempts.value()) {
        QVERIFY(a.finished());
        passed |= a.passed.value_or(false);
        failed |= !a.passed.value_or(true);
    }
    QVERIFY(passed && failed);

    auto runs = ScenarioRunStore(*db.value()).runs(me, trainee.id);
    QVERIFY(runs.ok());
    QVERIFY(!runs->isEmpty());
    bool resolved = false;
    for (const ScenarioRunRecord &r : runs.value())
        resolved |= r.finished() && r.outcome == Outcome::Resolved;
    QVERIFY(resolved);

    auto due = ReviewStore(*db.value()).dueCards(me, trainee.id, now);
    QVERIFY(due.ok());
    QVERIFY(due->size() >= 3);

    // A database that already has people is never seeded.
    auto again = seedDemo(*db.value(), *course, now, version);
    QVERIFY(!again.ok());
}

QTEST_GUILESS_MAIN(TestDemoSeed)
#include "tst_demoseed.moc"
