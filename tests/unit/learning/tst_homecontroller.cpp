// HomeController and the reader's LessonController on the bundled course with a signed-in trainee:
// states follow what is stored, the home refreshes on recordsChanged, the reader records opening, time,
// position and completion, and copy links copy the SAY box's text.
#include "backendfixture.h"
#include "homecontroller.h"
#include "lessoncontroller.h"
#include "learning/readingposition.h"
#include "storage/assignmentstore.h"
#include "storage/lessonprogressstore.h"
#include "storage/quizattemptstore.h"
#include "web/contenturl.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QtTest>

namespace {
QVariantMap findItem(const HomeController &home, const QString &id)
{
    for (const QVariant &m : home.modules())
        for (const QVariant &i : m.toMap().value(QStringLiteral("items")).toList())
            if (i.toMap().value(QStringLiteral("id")).toString() == id)
                return i.toMap();
    return {};
}
} // namespace

class TestHomeController : public QObject {
    Q_OBJECT
private slots:
    void pathFollowsTheRecords();
    void readerRecordsProgress();
    void copyLinkCopiesTheSayBox();
};

void TestHomeController::pathFollowsTheRecords()
{
    BackendFixture world;
    QVERIFY2(world.ok(), qPrintable(world.error));
    HomeController home;
    QVERIFY(home.tracking());
    QVERIFY(home.totalCount() > 0);
    QCOMPARE(home.progressPercent(), 0);
    const dojo::Course &course = world.course();
    const dojo::ModuleItem first = course.modules.first().items.first();
    QVERIFY(home.hasContinue());
    QCOMPARE(home.continueItem().value(QStringLiteral("id")).toString(), first.id);
    QCOMPARE(home.continueItem().value(QStringLiteral("resume")).toBool(), false);

    // A quiz started and left open becomes the item to continue; the home refreshes by itself.
    const dojo::Quiz &quiz = course.quizzes.first();
    QSignalSpy changed(&home, &HomeController::changed);
    auto attempt = dojo::QuizAttemptStore(world.db()).startAttempt(world.trainee.actor(), world.trainee.id, quiz.id,
                                                                   quiz.contentHash, dojo::QuizMode::Test, 7,
                                                                   QDateTime::currentDateTimeUtc());
    QVERIFY(attempt.ok());
    world.session->notifyRecordsChanged();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(findItem(home, quiz.id).value(QStringLiteral("state")).toString(), QStringLiteral("in-progress"));
    QCOMPARE(home.continueItem().value(QStringLiteral("id")).toString(), quiz.id);
    QVERIFY(home.continueItem().value(QStringLiteral("resume")).toBool());

    // An assignment from the manager, overdue.
    const dojo::Lesson &lesson = course.lessons.first();
    QVERIFY(dojo::AssignmentStore(world.db())
                .assign(world.manager.actor(),
                        {dojo::AssignedItemKind::Lesson, lesson.id, world.trainee.id, {}, QDate::currentDate().addDays(-2)},
                        QDateTime::currentDateTimeUtc())
                .ok());
    home.refresh();
    QCOMPARE(home.assignments().size(), 1);
    const QVariantMap a = home.assignments().first().toMap();
    QCOMPARE(a.value(QStringLiteral("title")).toString(), lesson.title);
    QVERIFY(a.value(QStringLiteral("overdue")).toBool());
    QCOMPARE(a.value(QStringLiteral("daysLeft")).toInt(), -2);
    QCOMPARE(a.value(QStringLiteral("assignedBy")).toString(), world.manager.displayName);
    QCOMPARE(home.openAssignments(), 1);
    QVERIFY(findItem(home, lesson.id).value(QStringLiteral("overdue")).toBool());

    // Signed out: the path shows, without states.
    world.session->signOut();
    QVERIFY(!home.tracking());
    QVERIFY(home.totalCount() > 0);
    QVERIFY(home.assignments().isEmpty());
}

void TestHomeController::readerRecordsProgress()
{
    BackendFixture world;
    QVERIFY2(world.ok(), qPrintable(world.error));
    const dojo::Course &course = world.course();
    const dojo::Lesson &lesson = course.lessons.first();
    HomeController home;

    LessonController reader;
    reader.setLessonId(lesson.id);
    QVERIFY(reader.canRecord());
    QVERIFY(!reader.completed());
    QCOMPARE(findItem(home, lesson.id).value(QStringLiteral("state")).toString(), QStringLiteral("in-progress"));
    QCOMPARE(reader.minimumReadingSeconds(), int(dojo::reading::minimumReadingMs(lesson.minutes) / 1000));

    // Quiz links: the quizzes of this lesson; scenario links: the scenarios of its module.
    for (const QVariant &q : reader.quizLinks())
        QCOMPARE(course.quiz(q.toMap().value(QStringLiteral("id")).toString())->lessonId, lesson.id);
    for (const QVariant &s : reader.scenarioLinks())
        QCOMPARE(course.scenario(s.toMap().value(QStringLiteral("id")).toString())->moduleId, lesson.moduleId);

    // The end of the page right away does not complete it: not read long enough.
    reader.setReading(true);
    reader.reportScroll(1000, 600, 1600);
    QVERIFY(!reader.completed());

    // The position is kept when the reader leaves the lesson.
    reader.reportScroll(500, 600, 1600);
    reader.reportAnchor(QStringLiteral("some-heading"));
    reader.setReading(false);
    auto pos = dojo::ReadingPositionStore(world.db()).position(world.trainee.actor(), world.trainee.id, lesson.id);
    QVERIFY(pos.ok() && pos->has_value());
    QCOMPARE((*pos)->scrollFraction, 0.5);
    QCOMPARE((*pos)->anchor, QStringLiteral("some-heading"));

    // Opened again: the saved position is offered back.
    LessonController again;
    again.setLessonId(lesson.id);
    QCOMPARE(again.savedScrollFraction(), 0.5);
    QCOMPARE(again.savedAnchor(), QStringLiteral("some-heading"));

    // Enough time stored already: reaching the end completes it automatically.
    QVERIFY(dojo::LessonProgressStore(world.db())
                .addTimeSpent(world.trainee.actor(), world.trainee.id, lesson.id, dojo::reading::minimumReadingMs(lesson.minutes))
                .ok());
    LessonController third;
    third.setLessonId(lesson.id);
    QSignalSpy automatic(&third, &LessonController::completedAutomatically);
    third.setReading(true);
    third.reportScroll(0, 600, 4000);
    QVERIFY(!third.completed());
    third.reportScroll(3400, 600, 4000);
    QVERIFY(third.completed());
    QCOMPARE(automatic.count(), 1);
    QCOMPARE(findItem(home, lesson.id).value(QStringLiteral("state")).toString(), QStringLiteral("done"));

    // Mark as complete on another lesson.
    const dojo::Lesson &second = course.lessons.at(1);
    third.setLessonId(second.id);
    QVERIFY(!third.completed());
    third.markComplete();
    QVERIFY(third.completed());
    auto progress = dojo::LessonProgressStore(world.db()).progress(world.trainee.actor(), world.trainee.id, second.id,
                                                                   world.catalog->lessonVersion(second.id));
    QVERIFY(progress.ok());
    QCOMPARE(progress->status, dojo::LessonStatus::Completed);

    // Signed out: nothing is recorded and the button is off.
    world.session->signOut();
    QVERIFY(!third.canRecord());
}

void TestHomeController::copyLinkCopiesTheSayBox()
{
    BackendFixture world;
    QVERIFY2(world.ok(), qPrintable(world.error));
    // A lesson of the bundled course with a SAY box.
    const dojo::Lesson *withSay = nullptr;
    for (const dojo::Lesson &l : world.course().lessons) {
        if (l.markdown.contains(QStringLiteral("[!SAY]"))) {
            withSay = &l;
            break;
        }
    }
    QVERIFY2(withSay, "the bundled course needs a lesson with a SAY box");
    LessonController reader;
    reader.setLessonId(withSay->id);
    QSignalSpy copied(&reader, &LessonController::phraseCopied);
    QCOMPARE(reader.navigationRequested(dojo::copyPhraseUrl(withSay->id, 0)), LessonController::NavigationAction::Ignore);
    QCOMPARE(copied.count(), 1);
    const QString text = copied.first().first().toString();
    QVERIFY(!text.isEmpty());
    QVERIFY(!text.contains(QStringLiteral("[!SAY]")));
    QCOMPARE(QGuiApplication::clipboard()->text(), text);
    // Another lesson's link or a box that does not exist copies nothing.
    QCOMPARE(reader.navigationRequested(dojo::copyPhraseUrl(QStringLiteral("other-lesson"), 0)),
             LessonController::NavigationAction::Ignore);
    QVERIFY(!reader.copyPhrase(9999));
    QCOMPARE(copied.count(), 1);
}

QTEST_MAIN(TestHomeController)
#include "tst_homecontroller.moc"
