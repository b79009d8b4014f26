// The Learn home: the signed-in trainee's learning path by module with each item's state, overall
// progress, the item to continue with, reviews due and assignments. Reads dojo::buildLearningPath for
// the current course and user; refreshes when the user, their records or the course change.
//
// Every list is plain data for QML (QVariantList of QVariantMap):
//   modules      [{ moduleId, title, summary, doneCount, totalCount, progress (0–100), items }]
//   items        [{ kind "lesson"|"quiz"|"scenario", id, title, summary, minutes, state
//                   "new"|"in-progress"|"done"|"outdated"|"failed", best (percent, -1 none), attempts,
//                   dueDate ("YYYY-MM-DD" or ""), daysLeft, overdue }]
//   continueItem { kind, id, title, summary, moduleTitle, minutes, state, resume (bool) } or {} when
//                everything is done
//   assignments  [{ id, kind, itemId, title, dueDate, daysLeft, overdue, state, inCourse, assignedBy,
//                   assignee, team (bool) }]
#pragma once

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class HomeController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantList modules READ modules NOTIFY changed)
    Q_PROPERTY(int progressPercent READ progressPercent NOTIFY changed)
    Q_PROPERTY(int doneCount READ doneCount NOTIFY changed)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY changed)
    Q_PROPERTY(bool hasContinue READ hasContinue NOTIFY changed)
    Q_PROPERTY(QVariantMap continueItem READ continueItem NOTIFY changed)
    Q_PROPERTY(int dueReviews READ dueReviews NOTIFY changed)
    Q_PROPERTY(QVariantList assignments READ assignments NOTIFY changed)
    Q_PROPERTY(int openAssignments READ openAssignments NOTIFY changed)
    // False when nobody is signed in or there is no database: the path shows, without states.
    Q_PROPERTY(bool tracking READ tracking NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

public:
    explicit HomeController(QObject *parent = nullptr);

    QVariantList modules() const { return m_modules; }
    int progressPercent() const { return m_progress; }
    int doneCount() const { return m_done; }
    int totalCount() const { return m_total; }
    bool hasContinue() const { return !m_continue.isEmpty(); }
    QVariantMap continueItem() const { return m_continue; }
    int dueReviews() const { return m_dueReviews; }
    QVariantList assignments() const { return m_assignments; }
    int openAssignments() const { return m_openAssignments; }
    bool tracking() const { return m_tracking; }
    QString errorText() const { return m_error; }

    // Reads the records again (also done on every change signal).
    Q_INVOKABLE void refresh();
    // Opens a path item: a lesson through Catalog.requestLesson, a quiz or scenario through
    // requestQuiz / requestScenario.
    Q_INVOKABLE void openItem(const QString &kind, const QString &id);

signals:
    void changed();

private:
    QVariantList m_modules;
    QVariantMap m_continue;
    QVariantList m_assignments;
    int m_progress = 0;
    int m_done = 0;
    int m_total = 0;
    int m_dueReviews = 0;
    int m_openAssignments = 0;
    bool m_tracking = false;
    QString m_error;
};
