// The learning path rules (states, progress, continue, assignments) on a course built in code, and the
// per-user queries on a real temporary database: the stores write, loadLearnerRecords reads back.
#include "learning/learningpath.h"
#include "learning/readingposition.h"
#include "storage/assignmentstore.h"
#include "storage/database.h"
#include "storage/lessonprogressstore.h"
#include "storage/quizattemptstore.h"
#include "storage/reviewstore.h"
#include "storage/scenariorunstore.h"
#include "storetestsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace dojo;

namespace {

Course sampleCourse()
{
    Course c;
    c.id = QStringLiteral("c");
    const auto lesson = [](const char *id, const char *module) {
        Lesson l;
        l.id = QString::fromLatin1(id);
        l.moduleId = QString::fromLatin1(module);
        l.title = l.id.toUpper();
        l.minutes = 6;
        l.contentHash = "hash-" + QByteArray(id);
        return l;
    };
    c.lessons = {lesson("a", "m1"), lesson("b", "m1"), lesson("c", "m2")};
    Quiz q;
    q.id = QStringLiteral("q");
    q.moduleId = QStringLiteral("m1");
    q.lessonId = QStringLiteral("b");
    c.quizzes = {q};
    Scenario s;
    s.id = QStringLiteral("s");
    s.moduleId = QStringLiteral("m1");
    c.scenarios = {s};
    Module m1;
    m1.id = QStringLiteral("m1");
    m1.items = {{ItemKind::Lesson, QStringLiteral("a"), {}, {}},
                {ItemKind::Lesson, QStringLiteral("b"), {}, {}},
                {ItemKind::Quiz, QStringLiteral("q"), {}, {}},
                {ItemKind::Scenario, QStringLiteral("s"), {}, {}},
                {ItemKind::Lesson, QStringLiteral("broken"), {}, {}}}; // listed, did not load
    Module m2;
    m2.id = QStringLiteral("m2");
    m2.items = {{ItemKind::Lesson, QStringLiteral("c"), {}, {}}};
    c.modules = {m1, m2};
    return c;
}

QDateTime at(int minute) { return QDateTime(QDate(2026, 3, 2), QTime(9, minute), Qt::UTC); }

const PathItem *find(const LearningPath &path, const QString &id)
{
    for (const PathModule &m : path.modules)
        for (const PathItem &i : m.items)
            if (i.id == id)
                return &i;
    return nullptr;
}

} // namespace

class TestLearningPath : public QObject {
    Q_OBJECT
private slots:
    void emptyRecordsStartAtTheFirstItem();
    void lessonStates();
    void quizStates_data();
    void quizStates();
    void scenarioStates_data();
    void scenarioStates();
    void continueIsTheLatestItemInProgress();
    void everythingDoneHasNothingToContinue();
    void assignmentsAreOverdueOnlyWhenNotDone();
    void recordsReadBackFromTheDatabase();
    void othersCannotReadOrAssign();
    void teamAssignmentsReachTeamMembers();
    void queriesUseTheUserIndexes();
    void readingRules();
    void readingPositionRoundTrip();
};

void TestLearningPath::emptyRecordsStartAtTheFirstItem()
{
    const LearningPath path = buildLearningPath(sampleCourse(), {}, QDate(2026, 3, 2));
    QCOMPARE(path.modules.size(), 2);
    QCOMPARE(path.modules[0].items.size(), 4); // the broken lesson is left out
    QCOMPARE(path.totalCount, 5);
    QCOMPARE(path.doneCount, 0);
    QCOMPARE(path.progressPercent, 0);
    QVERIFY(path.continueItem);
    QCOMPARE(path.continueItem->id, QStringLiteral("a"));
    QVERIFY(!path.continueIsResume);
    for (const PathModule &m : path.modules)
        for (const PathItem &i : m.items)
            QCOMPARE(i.state, PathItemState::New);
}

void TestLearningPath::lessonStates()
{
    LearnerRecords r;
    r.lessons[QStringLiteral("a")] = {at(1), 1000, {"hash-a"}, true};             // this version done
    r.lessons[QStringLiteral("b")] = {at(2), 1000, {"an-older-version"}, true};  // outdated
    r.lessons[QStringLiteral("c")] = {at(3), 1000, {}, true};                    // opened
    const LearningPath path = buildLearningPath(sampleCourse(), r, QDate(2026, 3, 2));
    QCOMPARE(find(path, QStringLiteral("a"))->state, PathItemState::Done);
    QCOMPARE(find(path, QStringLiteral("b"))->state, PathItemState::Outdated);
    QCOMPARE(find(path, QStringLiteral("c"))->state, PathItemState::InProgress);
    QCOMPARE(path.doneCount, 1);
    QCOMPARE(path.progressPercent, 20);
    QCOMPARE(path.modules[0].doneCount, 1);
    QCOMPARE(pathItemStateCode(PathItemState::InProgress), QStringLiteral("in-progress"));
}

void TestLearningPath::quizStates_data()
{
    QTest::addColumn<bool>("passed");
    QTest::addColumn<int>("finished");
    QTest::addColumn<bool>("unfinished");
    QTest::addColumn<int>("state");
    QTest::newRow("passed") << true << 1 << false << int(PathItemState::Done);
    QTest::newRow("passed, another open") << true << 2 << true << int(PathItemState::Done);
    QTest::newRow("open") << false << 0 << true << int(PathItemState::InProgress);
    QTest::newRow("failed, retrying") << false << 1 << true << int(PathItemState::InProgress);
    QTest::newRow("failed") << false << 2 << false << int(PathItemState::Failed);
}

void TestLearningPath::quizStates()
{
    QFETCH(bool, passed);
    QFETCH(int, finished);
    QFETCH(bool, unfinished);
    QFETCH(int, state);
    LearnerRecords r;
    r.quizzes[QStringLiteral("q")] = {passed, finished, unfinished, 70.0, at(5)};
    const LearningPath path = buildLearningPath(sampleCourse(), r, QDate(2026, 3, 2));
    QCOMPARE(int(find(path, QStringLiteral("q"))->state), state);
    QCOMPARE(find(path, QStringLiteral("q"))->attempts, finished);
}

void TestLearningPath::scenarioStates_data()
{
    QTest::addColumn<bool>("passed");
    QTest::addColumn<int>("finished");
    QTest::addColumn<bool>("unfinished");
    QTest::addColumn<int>("state");
    QTest::newRow("won") << true << 1 << false << int(PathItemState::Done);
    QTest::newRow("lost twice") << false << 2 << false << int(PathItemState::Failed);
    QTest::newRow("lost, playing again") << false << 1 << true << int(PathItemState::Failed);
    QTest::newRow("playing") << false << 0 << true << int(PathItemState::InProgress);
}

void TestLearningPath::scenarioStates()
{
    QFETCH(bool, passed);
    QFETCH(int, finished);
    QFETCH(bool, unfinished);
    QFETCH(int, state);
    LearnerRecords r;
    r.scenarios[QStringLiteral("s")] = {passed, finished, unfinished, 55.0, at(5)};
    const LearningPath path = buildLearningPath(sampleCourse(), r, QDate(2026, 3, 2));
    QCOMPARE(int(find(path, QStringLiteral("s"))->state), state);
}

void TestLearningPath::continueIsTheLatestItemInProgress()
{
    LearnerRecords r;
    r.lessons[QStringLiteral("a")] = {at(1), 1000, {}, true};
    r.lessons[QStringLiteral("c")] = {at(9), 1000, {}, true};
    r.quizzes[QStringLiteral("q")] = {false, 0, true, {}, at(5)};
    LearningPath path = buildLearningPath(sampleCourse(), r, QDate(2026, 3, 2));
    QVERIFY(path.continueItem);
    QCOMPARE(path.continueItem->id, QStringLiteral("c"));
    QVERIFY(path.continueIsResume);

    // Nothing in progress: the first item not done, in path order (a failed quiz counts as not done).
    r = {};
    r.lessons[QStringLiteral("a")] = {at(1), 1000, {"hash-a"}, true};
    r.lessons[QStringLiteral("b")] = {at(2), 1000, {"hash-b"}, true};
    r.quizzes[QStringLiteral("q")] = {false, 1, false, 10.0, at(3)};
    path = buildLearningPath(sampleCourse(), r, QDate(2026, 3, 2));
    QCOMPARE(path.continueItem->id, QStringLiteral("q"));
    QCOMPARE(path.continueItem->kind, ItemKind::Quiz);
    QVERIFY(!path.continueIsResume);
}

void TestLearningPath::everythingDoneHasNothingToContinue()
{
    LearnerRecords r;
    for (const char *id : {"a", "b", "c"})
        r.lessons[QString::fromLatin1(id)] = {at(1), 1000, {"hash-" + QByteArray(id)}, true};
    r.quizzes[QStringLiteral("q")] = {true, 1, false, 90.0, at(3)};
    r.scenarios[QStringLiteral("s")] = {true, 1, false, 80.0, at(4)};
    const LearningPath path = buildLearningPath(sampleCourse(), r, QDate(2026, 3, 2));
    QCOMPARE(path.progressPercent, 100);
    QVERIFY(!path.continueItem);
}

void TestLearningPath::assignmentsAreOverdueOnlyWhenNotDone()
{
    LearnerRecords r;
    r.lessons[QStringLiteral("a")] = {at(1), 1000, {"hash-a"}, true};
    Assignment done;
    done.itemKind = AssignedItemKind::Lesson;
    done.itemId = QStringLiteral("a");
    done.dueOn = QDate(2026, 3, 1);
    Assignment late = done;
    late.itemKind = AssignedItemKind::Quiz;
    late.itemId = QStringLiteral("q");
    Assignment dueToday = done;
    dueToday.itemId = QStringLiteral("c");
    dueToday.dueOn = QDate(2026, 3, 2);
    Assignment gone = done;
    gone.itemId = QStringLiteral("removed-from-course");
    gone.dueOn = QDate(2026, 4, 1);
    r.assignments = {done, late, dueToday, gone};
    const LearningPath path = buildLearningPath(sampleCourse(), r, QDate(2026, 3, 2));
    QCOMPARE(path.assignments.size(), 4);
    // Open work first, the done one last.
    QCOMPARE(path.assignments[0].assignment.itemId, QStringLiteral("q"));
    QVERIFY(path.assignments[0].overdue);
    QCOMPARE(path.assignments[1].assignment.itemId, QStringLiteral("c"));
    QVERIFY(!path.assignments[1].overdue); // due today is not late yet
    QCOMPARE(path.assignments[2].assignment.itemId, QStringLiteral("removed-from-course"));
    QVERIFY(!path.assignments[2].inCourse);
    QCOMPARE(path.assignments[3].assignment.itemId, QStringLiteral("a"));
    QCOMPARE(path.assignments[3].state, PathItemState::Done);
    QVERIFY(!path.assignments[3].overdue);
    QVERIFY(find(path, QStringLiteral("q"))->overdue);
    QCOMPARE(*find(path, QStringLiteral("q"))->dueOn, QDate(2026, 3, 1));
    QVERIFY(!find(path, QStringLiteral("a"))->overdue);
}

void TestLearningPath::recordsReadBackFromTheDatabase()
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir.filePath(QStringLiteral("path.sqlite")));
    const Actor trainee = test::addUserRow(*db, QStringLiteral("lin"), Roles(Role::Trainee));
    const Actor other = test::addUserRow(*db, QStringLiteral("zhao"), Roles(Role::Trainee));
    const Actor boss = test::addUserRow(*db, QStringLiteral("boss"), Roles(Role::Manager));

    LessonProgressStore lessons(*db);
    QVERIFY(lessons.recordOpened(trainee, trainee.userId, QStringLiteral("a"), "hash-a", at(1)).ok());
    QVERIFY(lessons.recordCompleted(trainee, trainee.userId, QStringLiteral("a"), "hash-a", at(2)).ok());
    QVERIFY(lessons.recordOpened(trainee, trainee.userId, QStringLiteral("b"), "hash-b", at(3)).ok());
    QVERIFY(lessons.addTimeSpent(trainee, trainee.userId, QStringLiteral("b"), 42000).ok());
    QVERIFY(lessons.recordOpened(other, other.userId, QStringLiteral("c"), "hash-c", at(3)).ok()); // not lin's

    QuizAttemptStore quizzes(*db);
    auto failed = quizzes.startAttempt(trainee, trainee.userId, QStringLiteral("q"), "h", QuizMode::Test, 1, at(4));
    QVERIFY(failed.ok());
    QVERIFY(quizzes.finishAttempt(trainee, failed->id, 3, 10, false, at(5)).ok());
    auto open = quizzes.startAttempt(trainee, trainee.userId, QStringLiteral("q"), "h", QuizMode::Test, 2, at(6));
    QVERIFY(open.ok());

    ScenarioRunStore runs(*db);
    // Resolved but overall 59: below the rule, so failed.
    auto run = runs.startRun(trainee, trainee.userId, QStringLiteral("s"), "h", at(7));
    QVERIFY(run.ok());
    QVERIFY(runs.finishRun(trainee, run->id, Outcome::Resolved, QStringLiteral("end"), {}, 59, at(8)).ok());

    ReviewStore reviews(*db);
    ReviewCardRecord card;
    card.userId = trainee.userId;
    card.itemId = QStringLiteral("q/1");
    card.due = at(0);
    QVERIFY(reviews.upsertCard(trainee, card).ok());
    card.itemId = QStringLiteral("q/2");
    card.due = at(30); // later than "now"
    QVERIFY(reviews.upsertCard(trainee, card).ok());

    AssignmentStore assignments(*db);
    QVERIFY(assignments.assign(boss, {AssignedItemKind::Scenario, QStringLiteral("s"), trainee.userId, {}, QDate(2026, 3, 1)},
                               at(0)).ok());

    const StoreResult<LearnerRecords> records = loadLearnerRecords(*db, trainee, trainee.userId, at(10));
    QVERIFY2(records.ok(), records.ok() ? "" : qPrintable(records.error().message));
    QCOMPARE(records->lessons.size(), 2);
    QVERIFY(records->lessons[QStringLiteral("a")].completedHashes.contains("hash-a"));
    QCOMPARE(records->lessons[QStringLiteral("b")].timeSpentMs, qint64(42000));
    QCOMPARE(records->quizzes[QStringLiteral("q")].finishedAttempts, 1);
    QVERIFY(records->quizzes[QStringLiteral("q")].unfinished);
    QCOMPARE(*records->quizzes[QStringLiteral("q")].bestPercent, 30.0);
    QCOMPARE(records->quizzes[QStringLiteral("q")].lastActivity, at(6));
    QCOMPARE(records->scenarios[QStringLiteral("s")].finishedRuns, 1);
    QVERIFY(!records->scenarios[QStringLiteral("s")].passed);
    QCOMPARE(records->dueReviews, 1);
    QCOMPARE(records->assignments.size(), 1);
    QCOMPARE(records->assignments[0].assignedByName, QStringLiteral("BOSS"));

    const LearningPath path = buildLearningPath(sampleCourse(), *records, QDate(2026, 3, 2));
    QCOMPARE(find(path, QStringLiteral("a"))->state, PathItemState::Done);
    QCOMPARE(find(path, QStringLiteral("b"))->state, PathItemState::InProgress);
    QCOMPARE(find(path, QStringLiteral("c"))->state, PathItemState::New);
    QCOMPARE(find(path, QStringLiteral("q"))->state, PathItemState::InProgress);
    QCOMPARE(find(path, QStringLiteral("s"))->state, PathItemState::Failed);
    QCOMPARE(path.continueItem->id, QStringLiteral("q")); // the latest thing in progress
    QVERIFY(path.assignments[0].overdue);

    // A second run that wins makes the scenario done.
    auto win = runs.startRun(trainee, trainee.userId, QStringLiteral("s"), "h", at(11));
    QVERIFY(runs.finishRun(trainee, win->id, Outcome::Escalated, QStringLiteral("end"), {}, 60, at(12)).ok());
    const auto again = loadLearnerRecords(*db, boss, trainee.userId, at(13)); // a manager may read it too
    QVERIFY(again.ok());
    QVERIFY(again->scenarios[QStringLiteral("s")].passed);
    QCOMPARE(*again->scenarios[QStringLiteral("s")].bestOverall, 60.0);
}

void TestLearningPath::othersCannotReadOrAssign()
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir.filePath(QStringLiteral("perm.sqlite")));
    const Actor lin = test::addUserRow(*db, QStringLiteral("lin"), Roles(Role::Trainee));
    const Actor zhao = test::addUserRow(*db, QStringLiteral("zhao"), Roles(Role::Trainee) | Role::Trainer);
    const Actor boss = test::addUserRow(*db, QStringLiteral("boss"), Roles(Role::Manager));
    QCOMPARE(loadLearnerRecords(*db, zhao, lin.userId, at(0)).error().code, StoreError::Code::PermissionDenied);

    AssignmentStore store(*db);
    const NewAssignment a{AssignedItemKind::Lesson, QStringLiteral("a"), lin.userId, {}, QDate(2026, 3, 9)};
    QCOMPARE(store.assign(zhao, a, at(0)).error().code, StoreError::Code::PermissionDenied);
    QCOMPARE(store.assignmentsFor(zhao, lin.userId).error().code, StoreError::Code::PermissionDenied);
    QCOMPARE(store.allAssignments(lin).error().code, StoreError::Code::PermissionDenied);

    NewAssignment both = a;
    both.teamId = 1;
    QCOMPARE(store.assign(boss, both, at(0)).error().code, StoreError::Code::InvalidInput);
    NewAssignment noDate = a;
    noDate.dueOn = QDate();
    QCOMPARE(store.assign(boss, noDate, at(0)).error().code, StoreError::Code::InvalidInput);
    NewAssignment nobody = a;
    nobody.userId = 9999;
    QCOMPARE(store.assign(boss, nobody, at(0)).error().code, StoreError::Code::NotFound);

    const auto made = store.assign(boss, a, at(0));
    QVERIFY(made.ok());
    QCOMPARE(store.remove(lin, made->id).error().code, StoreError::Code::PermissionDenied);
    QVERIFY(store.remove(boss, made->id).ok());
    QCOMPARE(store.remove(boss, made->id).error().code, StoreError::Code::NotFound);
    QVERIFY(store.assignmentsFor(lin, lin.userId)->isEmpty());
}

void TestLearningPath::teamAssignmentsReachTeamMembers()
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir.filePath(QStringLiteral("team.sqlite")));
    const Actor lin = test::addUserRow(*db, QStringLiteral("lin"), Roles(Role::Trainee));
    const Actor zhao = test::addUserRow(*db, QStringLiteral("zhao"), Roles(Role::Trainee));
    const Actor boss = test::addUserRow(*db, QStringLiteral("boss"), Roles(Role::Manager));
    const auto team = db->insert(QStringLiteral("INSERT INTO teams (name, created_at) VALUES ('前台', "
                                                "'2026-01-01T00:00:00.000Z') RETURNING id"), {});
    QVERIFY(team.ok());
    QVERIFY(db->execute(QStringLiteral("UPDATE users SET team_id = ? WHERE id = ?"), {*team, lin.userId}).ok());

    AssignmentStore store(*db);
    QVERIFY(store.assign(boss, {AssignedItemKind::Quiz, QStringLiteral("q"), {}, *team, QDate(2026, 3, 9)}, at(0)).ok());
    QVERIFY(store.assign(Actor::console(), {AssignedItemKind::Lesson, QStringLiteral("a"), lin.userId, {}, QDate(2026, 3, 5)},
                         at(1)).ok());
    const auto mine = store.assignmentsFor(lin, lin.userId);
    QVERIFY(mine.ok());
    QCOMPARE(mine->size(), 2);
    QCOMPARE(mine->at(0).itemId, QStringLiteral("a")); // soonest due first
    QVERIFY(!mine->at(0).assignedBy);                   // made from the command line
    QCOMPARE(mine->at(1).assigneeName, QStringLiteral("前台"));
    QVERIFY(store.assignmentsFor(zhao, zhao.userId)->isEmpty()); // not in the team
    QCOMPARE(store.allAssignments(boss)->size(), 2);
}

void TestLearningPath::queriesUseTheUserIndexes()
{
    // The home screen must stay fast with millions of rows: every per-user query is an index search,
    // never a scan of a records table (speed itself is measured by the benchmarks).
    QTemporaryDir dir;
    auto db = test::openDatabase(dir.filePath(QStringLiteral("plan.sqlite")));
    const QStringList queries{
        QStringLiteral("SELECT quiz_id, MAX(passed) FROM quiz_attempts WHERE user_id = 1 GROUP BY quiz_id"),
        QStringLiteral("SELECT scenario_id, MAX(overall) FROM scenario_runs WHERE user_id = 1 GROUP BY scenario_id"),
        QStringLiteral("SELECT lesson_id FROM lesson_progress WHERE user_id = 1"),
        QStringLiteral("SELECT lesson_id FROM lesson_completions WHERE user_id = 1"),
        QStringLiteral("SELECT COUNT(*) FROM review_cards WHERE user_id = 1 AND due <= 'x'"),
        QStringLiteral("SELECT id FROM assignments WHERE user_id = 1 UNION ALL SELECT id FROM assignments "
                       "WHERE team_id = (SELECT team_id FROM users WHERE id = 1)"),
    };
    for (const QString &sql : queries) {
        auto plan = db->exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
        QVERIFY(plan.ok());
        QStringList lines;
        while (plan->next())
            lines.append(plan->value(3).toString());
        const QString text = lines.join(u'\n');
        QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("^SCAN "), QRegularExpression::MultilineOption)),
                 qPrintable(sql + u'\n' + text));
    }
}

void TestLearningPath::readingRules()
{
    QCOMPARE(reading::minimumReadingMs(0), qint64(60000));
    QCOMPARE(reading::minimumReadingMs(1), qint64(60000));
    QCOMPARE(reading::minimumReadingMs(8), qint64(240000));
    QVERIFY(reading::reachedEnd(1000, 600, 1600));
    QVERIFY(reading::reachedEnd(960, 600, 1600));  // within the slack
    QVERIFY(!reading::reachedEnd(900, 600, 1600));
    QVERIFY(reading::reachedEnd(0, 720, 500));    // fits on screen
    QVERIFY(!reading::reachedEnd(0, 720, 0));     // nothing loaded yet
    QCOMPARE(reading::scrollFraction(500, 600, 1600), 0.5);
    QCOMPARE(reading::scrollFraction(0, 720, 500), 0.0);
    QCOMPARE(reading::scrollFraction(5000, 600, 1600), 1.0);
    QVERIFY(!reading::shouldCompleteAutomatically(true, 59999, 0));
    QVERIFY(reading::shouldCompleteAutomatically(true, 60000, 0));
    QVERIFY(!reading::shouldCompleteAutomatically(false, 600000, 4));
    QVERIFY(!reading::shouldCompleteAutomatically(true, 119999, 4));
}

void TestLearningPath::readingPositionRoundTrip()
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir.filePath(QStringLiteral("pos.sqlite")));
    const Actor lin = test::addUserRow(*db, QStringLiteral("lin"), Roles(Role::Trainee));
    const Actor boss = test::addUserRow(*db, QStringLiteral("boss"), Roles(Role::Manager));
    ReadingPositionStore store(*db);
    QVERIFY(!store.position(lin, lin.userId, QStringLiteral("a"))->has_value());
    QVERIFY(store.save(lin, lin.userId, QStringLiteral("a"), {QStringLiteral("step-2"), 0.4, {}}, at(1)).ok());
    QVERIFY(store.save(lin, lin.userId, QStringLiteral("a"), {QString(), 7.0, {}}, at(2)).ok()); // clamped
    const auto pos = store.position(lin, lin.userId, QStringLiteral("a"));
    QVERIFY(pos.ok() && pos->has_value());
    QCOMPARE((*pos)->scrollFraction, 1.0);
    QCOMPARE((*pos)->anchor, QString());
    QCOMPARE((*pos)->updatedAt, at(2));
    QCOMPARE(store.save(boss, lin.userId, QStringLiteral("a"), {}, at(3)).error().code, StoreError::Code::PermissionDenied);
}

QTEST_GUILESS_MAIN(TestLearningPath)
#include "tst_learningpath.moc"
