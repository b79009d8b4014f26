#include "auth/actor.h"

namespace dojo {

namespace {
struct RoleName {
    Role role;
    const char *code;
};
constexpr RoleName kRoleNames[] = {
    {Role::Trainee, "trainee"},
    {Role::Trainer, "trainer"},
    {Role::Manager, "manager"},
};
constexpr int kAllRoleBits = 0x7;
} // namespace

QString roleCode(Role role)
{
    for (const RoleName &r : kRoleNames) {
        if (r.role == role)
            return QLatin1String(r.code);
    }
    return {};
}

std::optional<Role> roleFromCode(const QString &code)
{
    for (const RoleName &r : kRoleNames) {
        if (code.trimmed().compare(QLatin1String(r.code), Qt::CaseInsensitive) == 0)
            return r.role;
    }
    return std::nullopt;
}

QStringList roleCodes(Roles roles)
{
    QStringList codes;
    for (const RoleName &r : kRoleNames) {
        if (roles.testFlag(r.role))
            codes.append(QLatin1String(r.code));
    }
    return codes;
}

std::optional<Roles> rolesFromCodes(const QStringList &codes)
{
    Roles roles;
    for (const QString &code : codes) {
        const std::optional<Role> role = roleFromCode(code);
        if (!role)
            return std::nullopt;
        roles |= *role;
    }
    if (!roles)
        return std::nullopt;
    return roles;
}

int rolesToStorage(Roles roles) { return roles.toInt() & kAllRoleBits; }

std::optional<Roles> rolesFromStorage(int bits)
{
    if (bits <= 0 || (bits & ~kAllRoleBits) != 0)
        return std::nullopt;
    return Roles::fromInt(bits);
}

Actor Actor::console() { return Actor{0, Roles(Role::Manager) | Role::Trainer}; }

bool canEditContent(const Actor &actor) { return actor.has(Role::Trainer); }
bool canManageUsers(const Actor &actor) { return actor.has(Role::Manager); }
bool canReadAllRecords(const Actor &actor) { return actor.has(Role::Manager); }

bool canReadRecordsOf(const Actor &actor, qint64 ownerId)
{
    return (actor.userId != 0 && actor.userId == ownerId) || canReadAllRecords(actor);
}

bool canWriteRecordsOf(const Actor &actor, qint64 ownerId) { return actor.userId != 0 && actor.userId == ownerId; }

StoreError permissionDenied(const QString &what)
{
    return {StoreError::Code::PermissionDenied,
            StoreText::tr("You are not allowed to %1. Ask a manager if you need this.").arg(what)};
}

} // namespace dojo
