#include "storage/assignmentstore.h"

#include "storage/database.h"
#include "storage/recordaccess.h"

namespace dojo {

QString assignedItemKindCode(AssignedItemKind kind)
{
    switch (kind) {
    case AssignedItemKind::Lesson:
        return QStringLiteral("lesson");
    case AssignedItemKind::Quiz:
        return QStringLiteral("quiz");
    case AssignedItemKind::Scenario:
        return QStringLiteral("scenario");
    }
    return {};
}

std::optional<AssignedItemKind> assignedItemKindFromCode(const QString &code)
{
    if (code == u"lesson")
        return AssignedItemKind::Lesson;
    if (code == u"quiz")
        return AssignedItemKind::Quiz;
    if (code == u"scenario")
        return AssignedItemKind::Scenario;
    return std::nullopt;
}

AssignmentStore::AssignmentStore(Database &db) : m_db(db) {}

namespace {
const QString kSelect = QStringLiteral(
    "SELECT a.id, a.item_kind, a.item_id, a.user_id, a.team_id, COALESCE(u.display_name, t.name), a.due_on, "
    "a.assigned_by, b.display_name, a.created_at FROM assignments a "
    "LEFT JOIN users u ON u.id = a.user_id LEFT JOIN teams t ON t.id = a.team_id "
    "LEFT JOIN users b ON b.id = a.assigned_by ");
const QString kOrder = QStringLiteral(" ORDER BY a.due_on, a.id");

std::optional<qint64> optionalId(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}
} // namespace

StoreResult<Assignment> AssignmentStore::assign(const Actor &actor, const NewAssignment &a, const QDateTime &at)
{
    if (!canManageUsers(actor))
        return permissionDenied(StoreText::tr("assign training"));
    if (a.userId.has_value() == a.teamId.has_value())
        return StoreError{StoreError::Code::InvalidInput,
                          StoreText::tr("An assignment goes to one person or to one team: name exactly one.")};
    if (a.itemId.trimmed().isEmpty())
        return StoreError{StoreError::Code::InvalidInput, StoreText::tr("Name the lesson, quiz or scenario to assign.")};
    if (!a.dueOn.isValid())
        return StoreError{StoreError::Code::InvalidInput,
                          StoreText::tr("The due date is not a valid date; write it as YYYY-MM-DD.")};
    qint64 id = 0;
    const StoreStatus written = m_db.write([&]() -> StoreStatus {
        if (a.userId) {
            const StoreResult<bool> found = m_db.exists(QStringLiteral("SELECT 1 FROM users WHERE id = ?"), {*a.userId});
            if (!found)
                return found.error();
            if (!*found)
                return StoreError{StoreError::Code::NotFound, StoreText::tr("There is no user %1.").arg(*a.userId)};
        } else {
            const StoreResult<bool> found = m_db.exists(QStringLiteral("SELECT 1 FROM teams WHERE id = ?"), {*a.teamId});
            if (!found)
                return found.error();
            if (!*found)
                return StoreError{StoreError::Code::NotFound, StoreText::tr("There is no team %1.").arg(*a.teamId)};
        }
        const StoreResult<qint64> inserted = m_db.insert(
            QStringLiteral("INSERT INTO assignments (item_kind, item_id, user_id, team_id, due_on, assigned_by, "
                           "created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {assignedItemKindCode(a.itemKind), a.itemId, a.userId ? QVariant(*a.userId) : records::nullInt(),
             a.teamId ? QVariant(*a.teamId) : records::nullInt(), a.dueOn.toString(Qt::ISODate),
             actor.userId != 0 ? QVariant(actor.userId) : records::nullInt(), toSqlTime(at)});
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    if (!written)
        return written.error();
    return records::firstOrNotFound(select(QStringLiteral("WHERE a.id = ?"), {id}),
                                    StoreText::tr("assignment %1").arg(id));
}

StoreStatus AssignmentStore::remove(const Actor &actor, qint64 assignmentId)
{
    if (!canManageUsers(actor))
        return permissionDenied(StoreText::tr("remove an assignment"));
    return m_db.write([&]() -> StoreStatus {
        const StoreResult<int> changed = m_db.update(QStringLiteral("DELETE FROM assignments WHERE id = ?"), {assignmentId});
        if (!changed)
            return changed.error();
        if (*changed == 0)
            return StoreError{StoreError::Code::NotFound, StoreText::tr("There is no assignment %1.").arg(assignmentId)};
        return {};
    });
}

StoreResult<QList<Assignment>> AssignmentStore::assignmentsFor(const Actor &actor, qint64 userId)
{
    if (const StoreStatus allowed = records::checkAccess(actor, userId, records::Access::Read); !allowed)
        return allowed.error();
    // Two index lookups (assignments_by_user, assignments_by_team) joined with UNION ALL: an OR over
    // both columns would make SQLite scan the table.
    return select(QStringLiteral("WHERE a.id IN (SELECT id FROM assignments WHERE user_id = ? UNION ALL "
                                 "SELECT id FROM assignments WHERE team_id = (SELECT team_id FROM users WHERE id = ?))"),
                  {userId, userId});
}

StoreResult<QList<Assignment>> AssignmentStore::allAssignments(const Actor &actor)
{
    if (!canReadAllRecords(actor))
        return permissionDenied(StoreText::tr("see every assignment"));
    return select(QString(), {});
}

StoreResult<QList<Assignment>> AssignmentStore::select(const QString &where, const QVariantList &binds)
{
    StoreResult<QSqlQuery> q = m_db.exec(kSelect + where + kOrder, binds);
    if (!q)
        return q.error();
    QList<Assignment> list;
    while (q->next()) {
        Assignment a;
        a.id = q->value(0).toLongLong();
        a.itemKind = assignedItemKindFromCode(q->value(1).toString()).value_or(AssignedItemKind::Lesson);
        a.itemId = q->value(2).toString();
        a.userId = optionalId(q->value(3));
        a.teamId = optionalId(q->value(4));
        a.assigneeName = q->value(5).toString();
        a.dueOn = QDate::fromString(q->value(6).toString(), Qt::ISODate);
        a.assignedBy = optionalId(q->value(7));
        a.assignedByName = q->value(8).toString();
        a.createdAt = fromSqlTime(q->value(9));
        list.append(a);
    }
    return list;
}

} // namespace dojo
