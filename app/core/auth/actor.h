// Who is acting, and what their roles allow. Every service call takes the acting user (an Actor) and
// asks these rules before reading or writing; the QML only hides what the services would refuse.
//
//   trainee  reads and writes only their own records; cannot change content
//   trainer  edits content; sees individual results only when also a manager
//   manager  sees every trainee's records, manages users, teams and the sign-in mode
// Anyone signed in may write and read their own training records, whatever their roles.
#pragma once

#include "storage/storeerror.h"

#include <QFlags>
#include <QString>
#include <QStringList>

#include <optional>

namespace dojo {

// Fixed bits, stored as they are in users.roles: never renumber.
enum class Role : int {
    Trainee = 0x1,
    Trainer = 0x2,
    Manager = 0x4,
};
Q_DECLARE_FLAGS(Roles, Role)
Q_DECLARE_OPERATORS_FOR_FLAGS(Roles)

// "trainee", "trainer", "manager": the names used by the CLI and in exports.
QString roleCode(Role role);
std::optional<Role> roleFromCode(const QString &code);
QStringList roleCodes(Roles roles);                   // in the order trainee, trainer, manager
std::optional<Roles> rolesFromCodes(const QStringList &codes); // nullopt on an unknown name or none
int rolesToStorage(Roles roles);
std::optional<Roles> rolesFromStorage(int bits);

struct Actor {
    qint64 userId = 0; // 0: not a stored user (the console)
    Roles roles;

    bool has(Role role) const { return roles.testFlag(role); }

    // The operator of the command line: whoever can run `servicedojo users …` on the database file
    // already has the file itself, so the CLI acts as a manager (and trainer) that is not a user.
    static Actor console();
};

bool canEditContent(const Actor &actor);
bool canManageUsers(const Actor &actor);
// Individual results of `ownerId`: one's own, or anyone's for a manager.
bool canReadRecordsOf(const Actor &actor, qint64 ownerId);
// Training records are written only by the person training.
bool canWriteRecordsOf(const Actor &actor, qint64 ownerId);
bool canReadAllRecords(const Actor &actor);

// The StoreError for a refusal; `what` says what was refused ("read another trainee's attempts").
StoreError permissionDenied(const QString &what);

} // namespace dojo
