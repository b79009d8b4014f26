#include "homecontroller.h"

#include "appsession.h"
#include "coursecatalog.h"
#include "learning/learningpath.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHome, "dojo.home")

namespace {

struct ItemInfo {
    QString title;
    QString summary;
    int minutes = 0;
};

ItemInfo infoOf(const dojo::Course &course, dojo::ItemKind kind, const QString &id)
{
    switch (kind) {
    case dojo::ItemKind::Lesson:
        if (const dojo::Lesson *l = course.lesson(id))
            return {l->title, l->summary, l->minutes};
        break;
    case dojo::ItemKind::Quiz:
        if (const dojo::Quiz *q = course.quiz(id))
            return {q->title, HomeController::tr("%n question(s)", "", int(q->questions.size())),
                    q->timeLimitSeconds > 0 ? (q->timeLimitSeconds + 59) / 60 : 0};
        break;
    case dojo::ItemKind::Scenario:
        if (const dojo::Scenario *s = course.scenario(id))
            return {s->title, s->persona.situation.isEmpty() ? s->persona.name : s->persona.situation, 0};
        break;
    }
    return {id, QString(), 0};
}

dojo::ItemKind kindOf(dojo::AssignedItemKind kind)
{
    switch (kind) {
    case dojo::AssignedItemKind::Quiz:
        return dojo::ItemKind::Quiz;
    case dojo::AssignedItemKind::Scenario:
        return dojo::ItemKind::Scenario;
    case dojo::AssignedItemKind::Lesson:
        break;
    }
    return dojo::ItemKind::Lesson;
}

QVariantMap itemMap(const dojo::Course &course, const dojo::PathItem &item, const QDate &today)
{
    const ItemInfo info = infoOf(course, item.kind, item.id);
    return QVariantMap{
        {QStringLiteral("kind"), dojo::itemKindCode(item.kind)},
        {QStringLiteral("id"), item.id},
        {QStringLiteral("title"), info.title},
        {QStringLiteral("summary"), info.summary},
        {QStringLiteral("minutes"), info.minutes},
        {QStringLiteral("state"), dojo::pathItemStateCode(item.state)},
        {QStringLiteral("best"), item.bestPercent ? qRound(*item.bestPercent) : -1},
        {QStringLiteral("attempts"), item.attempts},
        {QStringLiteral("dueDate"), item.dueOn ? item.dueOn->toString(Qt::ISODate) : QString()},
        {QStringLiteral("daysLeft"), item.dueOn ? int(today.daysTo(*item.dueOn)) : 0},
        {QStringLiteral("overdue"), item.overdue},
    };
}

} // namespace

HomeController::HomeController(QObject *parent) : QObject(parent)
{
    if (auto *catalog = CourseCatalog::instance())
        connect(catalog, &CourseCatalog::courseChanged, this, &HomeController::refresh);
    if (auto *session = AppSession::instance()) {
        connect(session, &AppSession::userChanged, this, &HomeController::refresh);
        connect(session, &AppSession::recordsChanged, this, &HomeController::refresh);
        connect(session, &AppSession::databaseChanged, this, &HomeController::refresh);
    }
    refresh();
}

void HomeController::refresh()
{
    m_modules.clear();
    m_continue.clear();
    m_assignments.clear();
    m_progress = m_done = m_total = m_dueReviews = m_openAssignments = 0;
    m_tracking = false;
    m_error.clear();

    const CourseCatalog *catalog = CourseCatalog::instance();
    const dojo::Course *course = catalog ? catalog->course() : nullptr;
    if (!course) {
        emit changed();
        return;
    }
    const QDate today = QDate::currentDate();
    dojo::LearnerRecords records;
    AppSession *session = AppSession::instance();
    if (session && session->canRecord()) {
        dojo::StoreResult<dojo::LearnerRecords> loaded = dojo::loadLearnerRecords(
            *session->database(), session->actor(), session->userId(), QDateTime::currentDateTimeUtc());
        if (loaded) {
            records = std::move(loaded).value();
            m_tracking = true;
        } else {
            m_error = loaded.error().message;
            qCWarning(lcHome) << "cannot read the learning records:" << m_error;
        }
    }
    const dojo::LearningPath path = dojo::buildLearningPath(*course, records, today, [catalog](const dojo::Lesson &l) {
        return catalog->lessonVersion(l.id);
    });

    for (const dojo::PathModule &pm : path.modules) {
        const dojo::Module *module = course->module(pm.moduleId);
        QVariantList items;
        for (const dojo::PathItem &item : pm.items)
            items.append(itemMap(*course, item, today));
        const int total = int(pm.items.size());
        m_modules.append(QVariantMap{
            {QStringLiteral("moduleId"), pm.moduleId},
            {QStringLiteral("title"), module ? module->title : pm.moduleId},
            {QStringLiteral("summary"), module ? module->summary : QString()},
            {QStringLiteral("doneCount"), pm.doneCount},
            {QStringLiteral("totalCount"), total},
            {QStringLiteral("progress"), total > 0 ? 100 * pm.doneCount / total : 0},
            {QStringLiteral("items"), items},
        });
    }
    m_progress = path.progressPercent;
    m_done = path.doneCount;
    m_total = path.totalCount;
    m_dueReviews = path.dueReviews;
    if (path.continueItem) {
        m_continue = itemMap(*course, *path.continueItem, today);
        const dojo::Module *module = course->module(path.continueItem->moduleId);
        m_continue.insert(QStringLiteral("moduleTitle"), module ? module->title : QString());
        m_continue.insert(QStringLiteral("resume"), path.continueIsResume);
    }
    for (const dojo::PathAssignment &pa : path.assignments) {
        const dojo::Assignment &a = pa.assignment;
        const dojo::ItemKind kind = kindOf(a.itemKind);
        const QString title = pa.inCourse ? infoOf(*course, kind, a.itemId).title
                                          : tr("%1 (no longer in the course)").arg(a.itemId);
        if (pa.state != dojo::PathItemState::Done)
            ++m_openAssignments;
        m_assignments.append(QVariantMap{
            {QStringLiteral("id"), a.id},
            {QStringLiteral("kind"), dojo::itemKindCode(kind)},
            {QStringLiteral("itemId"), a.itemId},
            {QStringLiteral("title"), title},
            {QStringLiteral("dueDate"), a.dueOn.toString(Qt::ISODate)},
            {QStringLiteral("daysLeft"), int(today.daysTo(a.dueOn))},
            {QStringLiteral("overdue"), pa.overdue},
            {QStringLiteral("state"), dojo::pathItemStateCode(pa.state)},
            {QStringLiteral("inCourse"), pa.inCourse},
            {QStringLiteral("assignedBy"), a.assignedByName},
            {QStringLiteral("assignee"), a.assigneeName},
            {QStringLiteral("team"), a.teamId.has_value()},
        });
    }
    emit changed();
}

void HomeController::openItem(const QString &kind, const QString &id)
{
    CourseCatalog *catalog = CourseCatalog::instance();
    if (!catalog || id.isEmpty())
        return;
    if (kind == u"lesson")
        catalog->requestLesson(id);
    else if (kind == u"quiz")
        catalog->requestQuiz(id);
    else if (kind == u"scenario")
        catalog->requestScenario(id);
    else
        qCWarning(lcHome) << "unknown item kind" << kind;
}
