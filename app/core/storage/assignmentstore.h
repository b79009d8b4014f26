// Assignments: a manager gives one trainee, or a whole team, a lesson, quiz or scenario to finish by a
// date. A trainee sees the assignments made to them and to their team; managers make, list and remove
// them. The due date is a calendar day (the trainee's local day): an assignment is overdue from the day
// after it, unless the item is done.
#pragma once

#include "auth/actor.h"
#include "storage/storeerror.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace dojo {

class Database;

enum class AssignedItemKind { Lesson, Quiz, Scenario };
QString assignedItemKindCode(AssignedItemKind kind); // "lesson", "quiz", "scenario"
std::optional<AssignedItemKind> assignedItemKindFromCode(const QString &code);

struct Assignment {
    qint64 id = 0;
    AssignedItemKind itemKind = AssignedItemKind::Lesson;
    QString itemId;
    std::optional<qint64> userId; // exactly one of userId and teamId
    std::optional<qint64> teamId;
    QString assigneeName; // the user's display name or the team's name (filled when read)
    QDate dueOn;
    std::optional<qint64> assignedBy; // empty when made from the command line
    QString assignedByName;
    QDateTime createdAt;

    // Overdue on `today` when the due day has passed (the caller knows whether the item is done).
    bool isPastDue(const QDate &today) const { return dueOn.isValid() && today > dueOn; }
};

struct NewAssignment {
    AssignedItemKind itemKind = AssignedItemKind::Lesson;
    QString itemId;
    std::optional<qint64> userId;
    std::optional<qint64> teamId;
    QDate dueOn;
};

class AssignmentStore {
public:
    explicit AssignmentStore(Database &db);

    // Managers only (and the console). The user or team must exist; exactly one of them is given.
    // Whether the item exists in the course is the caller's check (the store does not know content).
    StoreResult<Assignment> assign(const Actor &actor, const NewAssignment &assignment, const QDateTime &at);
    StoreStatus remove(const Actor &actor, qint64 assignmentId);
    // What `userId` has to do: assignments to them and to their current team, soonest due first.
    // The user themselves or a manager. Two indexed lookups, whatever the size of the table.
    StoreResult<QList<Assignment>> assignmentsFor(const Actor &actor, qint64 userId);
    // Every assignment, soonest due first (managers).
    StoreResult<QList<Assignment>> allAssignments(const Actor &actor);

private:
    StoreResult<QList<Assignment>> select(const QString &where, const QVariantList &binds);

    Database &m_db;
};

} // namespace dojo
