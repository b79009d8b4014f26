#include "learning/learningpath.h"

#include "auth/actor.h"
#include "storage/database.h"
#include "storage/recordaccess.h"

#include <algorithm>

namespace dojo {

QString pathItemStateCode(PathItemState state)
{
    switch (state) {
    case PathItemState::New:
        return QStringLiteral("new");
    case PathItemState::InProgress:
        return QStringLiteral("in-progress");
    case PathItemState::Done:
        return QStringLiteral("done");
    case PathItemState::Outdated:
        return QStringLiteral("outdated");
    case PathItemState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString itemKindCode(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Lesson:
        return QStringLiteral("lesson");
    case ItemKind::Quiz:
        return QStringLiteral("quiz");
    case ItemKind::Scenario:
        return QStringLiteral("scenario");
    }
    return {};
}

StoreResult<LearnerRecords> loadLearnerRecords(Database &db, const Actor &actor, qint64 userId, const QDateTime &now)
{
    if (const StoreStatus allowed = records::checkAccess(actor, userId, records::Access::Read); !allowed)
        return allowed.error();
    LearnerRecords r;

    StoreResult<QSqlQuery> q = db.exec(
        QStringLiteral("SELECT lesson_id, last_opened_at, time_spent_ms FROM lesson_progress WHERE user_id = ?"), {userId});
    if (!q)
        return q.error();
    while (q->next()) {
        LessonRecord &l = r.lessons[q->value(0).toString()];
        l.opened = true;
        l.lastOpenedAt = fromSqlTime(q->value(1));
        l.timeSpentMs = q->value(2).toLongLong();
    }

    q = db.exec(QStringLiteral("SELECT lesson_id, content_hash FROM lesson_completions WHERE user_id = ?"), {userId});
    if (!q)
        return q.error();
    while (q->next())
        r.lessons[q->value(0).toString()].completedHashes.insert(q->value(1).toString().toLatin1());

    // One row per quiz, grouped on the (user_id, quiz_id) index.
    q = db.exec(QStringLiteral(
                    "SELECT quiz_id, MAX(COALESCE(passed, 0)), SUM(finished_at IS NOT NULL), MAX(finished_at IS NULL), "
                    "MAX(CASE WHEN finished_at IS NOT NULL AND max_score > 0 THEN 100.0 * score / max_score END), "
                    "MAX(COALESCE(finished_at, started_at)) FROM quiz_attempts WHERE user_id = ? GROUP BY quiz_id"),
                {userId});
    if (!q)
        return q.error();
    while (q->next()) {
        QuizRecord &quiz = r.quizzes[q->value(0).toString()];
        quiz.passed = q->value(1).toInt() == 1;
        quiz.finishedAttempts = q->value(2).toInt();
        quiz.unfinished = q->value(3).toInt() == 1;
        if (!q->value(4).isNull())
            quiz.bestPercent = q->value(4).toDouble();
        quiz.lastActivity = fromSqlTime(q->value(5));
    }

    q = db.exec(QStringLiteral(
                    "SELECT scenario_id, MAX(finished_at IS NOT NULL AND outcome <> 'lost' AND overall >= ?), "
                    "SUM(finished_at IS NOT NULL), MAX(finished_at IS NULL), "
                    "MAX(CASE WHEN finished_at IS NOT NULL THEN overall END), MAX(COALESCE(finished_at, started_at)) "
                    "FROM scenario_runs WHERE user_id = ? GROUP BY scenario_id"),
                {kScenarioPassOverall, userId});
    if (!q)
        return q.error();
    while (q->next()) {
        ScenarioRecord &s = r.scenarios[q->value(0).toString()];
        s.passed = q->value(1).toInt() == 1;
        s.finishedRuns = q->value(2).toInt();
        s.unfinished = q->value(3).toInt() == 1;
        if (!q->value(4).isNull())
            s.bestOverall = q->value(4).toDouble();
        s.lastActivity = fromSqlTime(q->value(5));
    }

    q = db.exec(QStringLiteral("SELECT COUNT(*) FROM review_cards WHERE user_id = ? AND due <= ?"),
                {userId, toSqlTime(now)});
    if (!q)
        return q.error();
    if (q->next())
        r.dueReviews = q->value(0).toInt();
    q->finish();

    StoreResult<QList<Assignment>> assignments = AssignmentStore(db).assignmentsFor(actor, userId);
    if (!assignments)
        return assignments.error();
    r.assignments = *assignments;
    return r;
}

namespace {

bool itemLoaded(const Course &course, const ModuleItem &item)
{
    switch (item.kind) {
    case ItemKind::Lesson:
        return course.lesson(item.id) != nullptr;
    case ItemKind::Quiz:
        return course.quiz(item.id) != nullptr;
    case ItemKind::Scenario:
        return course.scenario(item.id) != nullptr;
    }
    return false;
}

PathItem itemState(const Course &course, const ModuleItem &item, const QString &moduleId, const LearnerRecords &r,
                   const LessonVersionFn &versionOf)
{
    PathItem p;
    p.kind = item.kind;
    p.id = item.id;
    p.moduleId = moduleId;
    switch (item.kind) {
    case ItemKind::Lesson: {
        const auto it = r.lessons.constFind(item.id);
        if (it == r.lessons.cend())
            break;
        const Lesson *lesson = course.lesson(item.id);
        p.lastActivity = it->lastOpenedAt;
        if (lesson && it->completedHashes.contains(versionOf ? versionOf(*lesson) : lesson->contentHash))
            p.state = PathItemState::Done;
        else if (!it->completedHashes.isEmpty())
            p.state = PathItemState::Outdated;
        else if (it->opened)
            p.state = PathItemState::InProgress;
        break;
    }
    case ItemKind::Quiz: {
        const auto it = r.quizzes.constFind(item.id);
        if (it == r.quizzes.cend())
            break;
        p.lastActivity = it->lastActivity;
        p.bestPercent = it->bestPercent;
        p.attempts = it->finishedAttempts;
        if (it->passed)
            p.state = PathItemState::Done;
        else if (it->unfinished)
            p.state = PathItemState::InProgress;
        else if (it->finishedAttempts > 0)
            p.state = PathItemState::Failed;
        break;
    }
    case ItemKind::Scenario: {
        const auto it = r.scenarios.constFind(item.id);
        if (it == r.scenarios.cend())
            break;
        p.lastActivity = it->lastActivity;
        p.bestPercent = it->bestOverall;
        p.attempts = it->finishedRuns;
        if (it->passed)
            p.state = PathItemState::Done;
        else if (it->finishedRuns > 0)
            p.state = PathItemState::Failed;
        else if (it->unfinished)
            p.state = PathItemState::InProgress;
        break;
    }
    }
    return p;
}

std::optional<ItemKind> kindOf(AssignedItemKind kind)
{
    switch (kind) {
    case AssignedItemKind::Lesson:
        return ItemKind::Lesson;
    case AssignedItemKind::Quiz:
        return ItemKind::Quiz;
    case AssignedItemKind::Scenario:
        return ItemKind::Scenario;
    }
    return std::nullopt;
}

QString itemKey(ItemKind kind, const QString &id) { return itemKindCode(kind) + u':' + id; }

} // namespace

LearningPath buildLearningPath(const Course &course, const LearnerRecords &records, const QDate &today,
                               const LessonVersionFn &versionOf)
{
    LearningPath path;
    path.dueReviews = records.dueReviews;

    // The earliest due date per assigned item.
    QHash<QString, QDate> dueByItem;
    for (const Assignment &a : records.assignments) {
        const QString key = itemKey(*kindOf(a.itemKind), a.itemId);
        const auto it = dueByItem.constFind(key);
        if (it == dueByItem.cend() || a.dueOn < *it)
            dueByItem.insert(key, a.dueOn);
    }

    QHash<QString, PathItemState> stateByItem;
    const PathItem *resume = nullptr;
    const PathItem *next = nullptr;
    for (const Module &module : course.modules) {
        PathModule pm;
        pm.moduleId = module.id;
        for (const ModuleItem &item : module.items) {
            if (!itemLoaded(course, item))
                continue;
            PathItem p = itemState(course, item, module.id, records, versionOf);
            const QString key = itemKey(item.kind, item.id);
            if (const auto due = dueByItem.constFind(key); due != dueByItem.cend()) {
                p.dueOn = *due;
                p.overdue = p.state != PathItemState::Done && today > *due;
            }
            stateByItem.insert(key, p.state);
            if (p.state == PathItemState::Done)
                ++pm.doneCount;
            pm.items.append(p);
        }
        path.doneCount += pm.doneCount;
        path.totalCount += int(pm.items.size());
        if (!pm.items.isEmpty())
            path.modules.append(pm);
    }
    // Pointers only after the lists stop growing.
    for (const PathModule &pm : std::as_const(path.modules)) {
        for (const PathItem &p : pm.items) {
            if (p.state == PathItemState::InProgress &&
                (!resume || (p.lastActivity.isValid() && p.lastActivity > resume->lastActivity)))
                resume = &p;
            if (!next && p.state != PathItemState::Done)
                next = &p;
        }
    }
    path.progressPercent = path.totalCount > 0 ? (100 * path.doneCount) / path.totalCount : 0;
    if (resume) {
        path.continueItem = *resume;
        path.continueIsResume = true;
    } else if (next) {
        path.continueItem = *next;
    }

    for (const Assignment &a : records.assignments) {
        PathAssignment pa;
        pa.assignment = a;
        const QString key = itemKey(*kindOf(a.itemKind), a.itemId);
        const auto state = stateByItem.constFind(key);
        pa.inCourse = state != stateByItem.cend();
        pa.state = pa.inCourse ? *state : PathItemState::New;
        pa.overdue = pa.state != PathItemState::Done && a.isPastDue(today);
        path.assignments.append(pa);
    }
    // Open work first (soonest due first, as stored), finished assignments after.
    std::stable_sort(path.assignments.begin(), path.assignments.end(), [](const PathAssignment &x, const PathAssignment &y) {
        return (x.state != PathItemState::Done) > (y.state != PathItemState::Done);
    });
    return path;
}

} // namespace dojo
