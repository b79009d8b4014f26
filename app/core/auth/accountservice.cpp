#include "auth/accountservice.h"

#include "auth/secrethasher.h"
#include "storage/database.h"

#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>

Q_LOGGING_CATEGORY(lcAuth, "dojo.auth", QtInfoMsg)

namespace dojo {

namespace {

struct AuthText {
    Q_DECLARE_TR_FUNCTIONS(dojo::Auth)
};

constexpr int kFreeFailures = 3;
constexpr int kMaxDelaySeconds = 300;
constexpr qint64 kFailureMemorySeconds = 3600;
constexpr int kMinPasswordLength = 8;
constexpr int kMaxLoginLength = 64;
constexpr int kMaxNameLength = 100;

const QString kUserColumns = QStringLiteral(
    "SELECT u.id, u.login, u.display_name, u.roles, u.team_id, t.name, u.disabled, u.created_at "
    "FROM users u LEFT JOIN teams t ON t.id = u.team_id ");

User userFromRow(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.roles = rolesFromStorage(q.value(3).toInt()).value_or(Roles());
    if (!q.value(4).isNull())
        u.teamId = q.value(4).toLongLong();
    u.teamName = q.value(5).toString();
    u.disabled = q.value(6).toInt() != 0;
    u.createdAt = fromSqlTime(q.value(7));
    return u;
}

StoreError notFound(const QString &what) { return {StoreError::Code::NotFound, what}; }

// A hash to verify against when the login does not exist, so that an unknown login costs as long as a
// wrong password.
const QString &decoyHash()
{
    static const QString hash = SecretHasher::hash(QStringLiteral("decoy-secret-for-timing")).value_or(QString());
    return hash;
}

QString wrongCredentialsMessage(AuthMode mode, int retryAfter)
{
    const QString base = mode == AuthMode::Pin ? AuthText::tr("The login or the PIN is wrong.")
                                               : AuthText::tr("The login or the password is wrong.");
    if (retryAfter <= 0)
        return base;
    return base + u' ' + AuthText::tr("Too many failed sign-ins: try again in %n s.", nullptr, retryAfter);
}

} // namespace

int signInDelaySeconds(int failures)
{
    if (failures <= kFreeFailures)
        return 0;
    const int exponent = std::min(failures - kFreeFailures, 9); // 2^9 > 300: stop doubling there
    return std::min(1 << exponent, kMaxDelaySeconds);
}

QString authModeCode(AuthMode mode) { return mode == AuthMode::Pin ? QStringLiteral("pin") : QStringLiteral("password"); }

std::optional<AuthMode> authModeFromCode(const QString &code)
{
    if (code == QLatin1String("password"))
        return AuthMode::Password;
    if (code == QLatin1String("pin"))
        return AuthMode::Pin;
    return std::nullopt;
}

AccountService::AccountService(Database &db, Clock clock) : m_db(db), m_clock(std::move(clock)) {}

QDateTime AccountService::now() const { return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc(); }

QString AccountService::normalizedLogin(const QString &login) { return login.trimmed().toCaseFolded(); }

StoreStatus AccountService::checkSecretRules(AuthMode mode, const QString &secret)
{
    if (mode == AuthMode::Pin) {
        static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
        if (!sixDigits.match(secret).hasMatch())
            return StoreError{StoreError::Code::InvalidInput, AuthText::tr("A PIN is exactly 6 digits (0–9).")};
        return {};
    }
    if (secret.size() < kMinPasswordLength)
        return StoreError{StoreError::Code::InvalidInput,
                          AuthText::tr("A password needs at least %1 characters.").arg(kMinPasswordLength)};
    return {};
}

QString AccountService::generatePin()
{
    return QStringLiteral("%1").arg(QRandomGenerator::system()->bounded(1000000), 6, 10, QLatin1Char('0'));
}

StoreResult<AuthMode> AccountService::authMode()
{
    StoreResult<QSqlQuery> q = m_db.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'auth_mode'"));
    if (!q)
        return q.error();
    if (!q->next())
        return AuthMode::Password;
    const QString code = q->value(0).toString();
    if (const std::optional<AuthMode> mode = authModeFromCode(code))
        return *mode;
    return StoreError{StoreError::Code::Corrupt,
                      AuthText::tr("The setting auth_mode in %1 holds \"%2\"; it must be \"password\" or "
                                   "\"pin\". Set it again with: servicedojo users auth-mode password")
                          .arg(m_db.path(), code)};
}

StoreStatus AccountService::setAuthMode(const Actor &actor, AuthMode mode)
{
    if (!canManageUsers(actor))
        return permissionDenied(AuthText::tr("change how people sign in"));
    return m_db.write([&]() -> StoreStatus {
        return m_db.execute(QStringLiteral("INSERT INTO settings (key, value) VALUES ('auth_mode', ?) "
                                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                            {authModeCode(mode)});
    });
}

StoreResult<bool> AccountService::needsFirstManager()
{
    StoreResult<QSqlQuery> q = m_db.exec(QStringLiteral("SELECT count(*) FROM users"));
    if (!q)
        return q.error();
    return q->next() && q->value(0).toLongLong() == 0;
}

StoreStatus AccountService::checkNewUser(const NewUser &user)
{
    const QString login = normalizedLogin(user.login);
    static const QRegularExpression badLoginChar(QStringLiteral("[\\s\\p{Cc}]"));
    if (login.isEmpty() || login.size() > kMaxLoginLength || badLoginChar.match(login).hasMatch())
        return StoreError{StoreError::Code::InvalidInput,
                          AuthText::tr("A login is 1 to %1 characters without spaces.").arg(kMaxLoginLength)};
    const QString name = user.displayName.trimmed();
    if (name.isEmpty() || name.size() > kMaxNameLength)
        return StoreError{StoreError::Code::InvalidInput,
                          AuthText::tr("A display name is 1 to %1 characters.").arg(kMaxNameLength)};
    if (!rolesFromStorage(rolesToStorage(user.roles)))
        return StoreError{StoreError::Code::InvalidInput,
                          AuthText::tr("Give at least one role: trainee, trainer or manager.")};
    return {};
}

StoreResult<QString> AccountService::hashFor(AuthMode mode, const QString &secret)
{
    if (const StoreStatus rules = checkSecretRules(mode, secret); !rules)
        return rules.error();
    std::optional<QString> hash = SecretHasher::hash(secret);
    if (!hash)
        return StoreError{StoreError::Code::Failed,
                          AuthText::tr("The password could not be protected (out of memory). Close other "
                                       "programs and try again.")};
    return *hash;
}

StoreStatus AccountService::checkTeam(std::optional<qint64> teamId)
{
    if (!teamId)
        return {};
    const StoreResult<bool> found = m_db.exists(QStringLiteral("SELECT 1 FROM teams WHERE id = ?"), {*teamId});
    if (!found)
        return found.error();
    if (!*found)
        return notFound(AuthText::tr("There is no team with id %1.").arg(*teamId));
    return {};
}

StoreResult<qint64> AccountService::insertUser(const NewUser &user, const QString &hash, AuthMode mode)
{
    const QString login = normalizedLogin(user.login);
    const StoreResult<bool> taken = m_db.exists(QStringLiteral("SELECT 1 FROM users WHERE login = ?"), {login});
    if (!taken)
        return taken.error();
    if (*taken)
        return StoreError{StoreError::Code::Conflict,
                          AuthText::tr("The login \"%1\" is already taken. Choose another one.").arg(login)};
    if (const StoreStatus team = checkTeam(user.teamId); !team)
        return team.error();
    return m_db.insert(QStringLiteral("INSERT INTO users (login, display_name, roles, team_id, secret_kind, "
                                      "secret_hash, disabled, created_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?) "
                                      "RETURNING id"),
                       {login, user.displayName.trimmed(), rolesToStorage(user.roles),
                        user.teamId ? QVariant(*user.teamId) : QVariant(QMetaType::fromType<qint64>()),
                        authModeCode(mode), hash, toSqlTime(now())});
}

StoreResult<User> AccountService::createUser(const NewUser &user, const QString &secret, bool onlyFirst)
{
    if (const StoreStatus valid = checkNewUser(user); !valid)
        return valid.error();
    const StoreResult<AuthMode> mode = authMode();
    if (!mode)
        return mode.error();
    const StoreResult<QString> hash = hashFor(*mode, secret);
    if (!hash)
        return hash.error();
    qint64 id = 0;
    const StoreStatus written = m_db.write([&]() -> StoreStatus {
        if (onlyFirst) {
            const StoreResult<bool> empty = needsFirstManager();
            if (!empty)
                return empty.error();
            if (!*empty)
                return StoreError{StoreError::Code::Conflict,
                                  AuthText::tr("ServiceDojo is already set up: a manager must add new accounts.")};
        }
        StoreResult<qint64> inserted = insertUser(user, *hash, *mode);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    if (!written)
        return written.error();
    qCInfo(lcAuth) << "account created:" << normalizedLogin(user.login);
    return loadUser(QStringLiteral("id"), id);
}

StoreResult<User> AccountService::createFirstManager(const NewUser &user, const QString &secret)
{
    NewUser manager = user;
    manager.roles |= Role::Manager;
    return createUser(manager, secret, true);
}

StoreResult<User> AccountService::addUser(const Actor &actor, const NewUser &user, const QString &secret)
{
    if (!canManageUsers(actor))
        return permissionDenied(AuthText::tr("add accounts"));
    return createUser(user, secret, false);
}

StoreResult<User> AccountService::loadUser(const QString &whereColumn, const QVariant &value)
{
    StoreResult<QSqlQuery> q = m_db.exec(kUserColumns + QStringLiteral("WHERE u.%1 = ?").arg(whereColumn), {value});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(AuthText::tr("There is no account %1.").arg(value.toString()));
    return userFromRow(*q);
}

StoreResult<QList<User>> AccountService::users(const Actor &actor)
{
    if (!canManageUsers(actor))
        return permissionDenied(AuthText::tr("see the list of accounts"));
    StoreResult<QSqlQuery> q = m_db.exec(kUserColumns + QStringLiteral("ORDER BY u.login"));
    if (!q)
        return q.error();
    QList<User> list;
    while (q->next())
        list.append(userFromRow(*q));
    return list;
}

StoreResult<User> AccountService::user(const Actor &actor, qint64 userId)
{
    if (actor.userId != userId && !canManageUsers(actor))
        return permissionDenied(AuthText::tr("see another person's account"));
    return loadUser(QStringLiteral("id"), userId);
}

StoreResult<User> AccountService::userByLogin(const Actor &actor, const QString &login)
{
    if (!canManageUsers(actor))
        return permissionDenied(AuthText::tr("look up accounts"));
    StoreResult<User> found = loadUser(QStringLiteral("login"), normalizedLogin(login));
    if (!found && found.error().code == StoreError::Code::NotFound)
        return notFound(AuthText::tr("There is no account with the login \"%1\".").arg(normalizedLogin(login)));
    return found;
}

StoreStatus AccountService::storeSecret(const User &user, const QString &secret)
{
    const StoreResult<AuthMode> mode = authMode();
    if (!mode)
        return mode.error();
    const StoreResult<QString> hash = hashFor(*mode, secret);
    if (!hash)
        return hash.error();
    return m_db.write([&]() -> StoreStatus {
        if (const StoreStatus set = m_db.execute(
                QStringLiteral("UPDATE users SET secret_kind = ?, secret_hash = ? WHERE id = ?"),
                {authModeCode(*mode), *hash, user.id});
            !set)
            return set;
        // A new secret also lifts a sign-in delay.
        return m_db.execute(QStringLiteral("DELETE FROM sign_in_failures WHERE login = ?"), {user.login});
    });
}

StoreStatus AccountService::setSecret(const Actor &actor, qint64 userId, const QString &secret)
{
    if (!canManageUsers(actor))
        return permissionDenied(AuthText::tr("set another person's password or PIN"));
    const StoreResult<User> target = loadUser(QStringLiteral("id"), userId);
    if (!target)
        return target.error();
    return storeSecret(*target, secret);
}

StoreStatus AccountService::changeOwnSecret(const Actor &actor, const QString &currentSecret,
                                            const QString &newSecret)
{
    const StoreResult<User> self = loadUser(QStringLiteral("id"), actor.userId);
    if (!self)
        return self.error();
    StoreResult<QSqlQuery> q = m_db.exec(QStringLiteral("SELECT secret_hash FROM users WHERE id = ?"), {actor.userId});
    if (!q)
        return q.error();
    if (!q->next() || !SecretHasher::verify(q->value(0).toString(), currentSecret))
        return StoreError{StoreError::Code::InvalidInput, AuthText::tr("The current password or PIN is wrong.")};
    q->finish();
    return storeSecret(*self, newSecret);
}

StoreStatus AccountService::keepOneManager(qint64 userId, bool disabled, Roles roles)
{
    if (!disabled && roles.testFlag(Role::Manager))
        return {};
    StoreResult<QSqlQuery> q = m_db.exec(QStringLiteral("SELECT count(*) FROM users WHERE disabled = 0 AND "
                                                        "(roles / 4) % 2 = 1 AND id <> ?"),
                                         {userId});
    if (!q)
        return q.error();
    if (q->next() && q->value(0).toLongLong() > 0)
        return {};
    return StoreError{StoreError::Code::Conflict,
                      AuthText::tr("This is the last active manager. Make someone else a manager first, so "
                                   "that somebody can still manage accounts.")};
}

StoreStatus AccountService::setDisabled(const Actor &actor, qint64 userId, bool disabled)
{
    if (!canManageUsers(actor))
        return permissionDenied(disabled ? AuthText::tr("disable accounts") : AuthText::tr("enable accounts"));
    return m_db.write([&]() -> StoreStatus {
        const StoreResult<User> target = loadUser(QStringLiteral("id"), userId);
        if (!target)
            return target.error();
        if (const StoreStatus kept = keepOneManager(userId, disabled, target->roles); !kept)
            return kept;
        return m_db.execute(QStringLiteral("UPDATE users SET disabled = ? WHERE id = ?"), {disabled ? 1 : 0, userId});
    });
}

StoreStatus AccountService::setRoles(const Actor &actor, qint64 userId, Roles roles)
{
    if (!canManageUsers(actor))
        return permissionDenied(AuthText::tr("change roles"));
    if (!rolesFromStorage(rolesToStorage(roles)))
        return StoreError{StoreError::Code::InvalidInput,
                          AuthText::tr("Give at least one role: trainee, trainer or manager.")};
    return m_db.write([&]() -> StoreStatus {
        const StoreResult<User> target = loadUser(QStringLiteral("id"), userId);
        if (!target)
            return target.error();
        if (const StoreStatus kept = keepOneManager(userId, target->disabled, roles); !kept)
            return kept;
        return m_db.execute(QStringLiteral("UPDATE users SET roles = ? WHERE id = ?"), {rolesToStorage(roles), userId});
    });
}

StoreStatus AccountService::setTeam(const Actor &actor, qint64 userId, std::optional<qint64> teamId)
{
    if (!canManageUsers(actor))
        return permissionDenied(AuthText::tr("change teams"));
    return m_db.write([&]() -> StoreStatus {
        if (const StoreResult<User> target = loadUser(QStringLiteral("id"), userId); !target)
            return target.error();
        if (const StoreStatus team = checkTeam(teamId); !team)
            return team;
        return m_db.execute(QStringLiteral("UPDATE users SET team_id = ? WHERE id = ?"),
                            {teamId ? QVariant(*teamId) : QVariant(QMetaType::fromType<qint64>()), userId});
    });
}

StoreResult<Team> AccountService::addTeam(const Actor &actor, const QString &name)
{
    if (!canManageUsers(actor))
        return permissionDenied(AuthText::tr("add teams"));
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kMaxNameLength)
        return StoreError{StoreError::Code::InvalidInput,
                          AuthText::tr("A team name is 1 to %1 characters.").arg(kMaxNameLength)};
    Team team{0, trimmed};
    const StoreStatus written = m_db.write([&]() -> StoreStatus {
        const StoreResult<bool> taken = m_db.exists(QStringLiteral("SELECT 1 FROM teams WHERE name = ?"), {trimmed});
        if (!taken)
            return taken.error();
        if (*taken)
            return StoreError{StoreError::Code::Conflict,
                              AuthText::tr("A team named \"%1\" already exists.").arg(trimmed)};
        StoreResult<qint64> id = m_db.insert(
            QStringLiteral("INSERT INTO teams (name, created_at) VALUES (?, ?) RETURNING id"), {trimmed, toSqlTime(now())});
        if (!id)
            return id.error();
        team.id = *id;
        return {};
    });
    if (!written)
        return written.error();
    return team;
}

StoreResult<QList<Team>> AccountService::teams(const Actor &actor)
{
    if (!canManageUsers(actor))
        return permissionDenied(AuthText::tr("see the list of teams"));
    StoreResult<QSqlQuery> q = m_db.exec(QStringLiteral("SELECT id, name FROM teams ORDER BY name"));
    if (!q)
        return q.error();
    QList<Team> list;
    while (q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toString()});
    return list;
}

StoreResult<Team> AccountService::teamByName(const Actor &actor, const QString &name)
{
    if (!canManageUsers(actor))
        return permissionDenied(AuthText::tr("see the list of teams"));
    StoreResult<QSqlQuery> q = m_db.exec(QStringLiteral("SELECT id, name FROM teams WHERE name = ?"), {name.trimmed()});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(AuthText::tr("There is no team named \"%1\". Add it first with: servicedojo users "
                                     "teams add NAME")
                            .arg(name.trimmed()));
    return Team{q->value(0).toLongLong(), q->value(1).toString()};
}

SignInResult AccountService::failSignIn(const QString &login, AuthMode mode)
{
    const QDateTime at = now();
    int delay = 0;
    const StoreStatus counted = m_db.write([&]() -> StoreStatus {
        // A failure more than an hour after the previous one starts counting afresh.
        const QVariant forgetBefore = toSqlTime(at.addSecs(-kFailureMemorySeconds));
        StoreResult<QSqlQuery> q = m_db.exec(
            QStringLiteral("INSERT INTO sign_in_failures (login, failures, last_failed_at, locked_until) "
                           "VALUES (?, 1, ?, NULL) ON CONFLICT (login) DO UPDATE SET "
                           "failures = CASE WHEN sign_in_failures.last_failed_at < ? THEN 1 "
                           "ELSE sign_in_failures.failures + 1 END, "
                           "last_failed_at = excluded.last_failed_at RETURNING failures"),
            {login, toSqlTime(at), forgetBefore});
        if (!q)
            return q.error();
        const int failures = q->next() ? q->value(0).toInt() : 1;
        q->finish();
        delay = signInDelaySeconds(failures);
        return m_db.execute(QStringLiteral("UPDATE sign_in_failures SET locked_until = ? WHERE login = ?"),
                            {delay > 0 ? toSqlTime(at.addSecs(delay)) : QVariant(QMetaType::fromType<QString>()), login});
    });
    if (!counted)
        return {SignInResult::Status::Failed, {}, 0, counted.error().message};
    qCInfo(lcAuth) << "failed sign-in for" << login << "delay" << delay;
    return {SignInResult::Status::WrongCredentials, {}, delay, wrongCredentialsMessage(mode, delay)};
}

SignInResult AccountService::signIn(const QString &loginAsTyped, const QString &secret)
{
    const QString login = normalizedLogin(loginAsTyped);
    const QDateTime at = now();
    const StoreResult<AuthMode> mode = authMode();
    if (!mode)
        return {SignInResult::Status::Failed, {}, 0, mode.error().message};

    StoreResult<QSqlQuery> throttle =
        m_db.exec(QStringLiteral("SELECT locked_until FROM sign_in_failures WHERE login = ?"), {login});
    if (!throttle)
        return {SignInResult::Status::Failed, {}, 0, throttle.error().message};
    if (throttle->next()) {
        const QDateTime lockedUntil = fromSqlTime(throttle->value(0));
        if (lockedUntil.isValid() && lockedUntil > at) {
            const int wait = int((at.msecsTo(lockedUntil) + 999) / 1000);
            return {SignInResult::Status::Locked, {}, wait,
                    AuthText::tr("Too many failed sign-ins: try again in %n s.", nullptr, wait)};
        }
    }
    throttle->finish();

    StoreResult<QSqlQuery> q = m_db.exec(QStringLiteral("SELECT id, secret_hash, disabled FROM users WHERE login = ?"),
                                         {login});
    if (!q)
        return {SignInResult::Status::Failed, {}, 0, q.error().message};
    if (!q->next()) {
        (void)SecretHasher::verify(decoyHash(), secret);
        return failSignIn(login, *mode);
    }
    const qint64 id = q->value(0).toLongLong();
    const QString hash = q->value(1).toString();
    const bool disabled = q->value(2).toInt() != 0;
    q->finish();
    if (!SecretHasher::verify(hash, secret))
        return failSignIn(login, *mode);
    if (disabled)
        return {SignInResult::Status::Disabled, {}, 0,
                AuthText::tr("This account is disabled. Ask a manager to enable it again.")};

    const StoreStatus cleared = m_db.write([&]() -> StoreStatus {
        if (const StoreStatus cleared = m_db.execute(QStringLiteral("DELETE FROM sign_in_failures WHERE login = ?"), {login});
            !cleared)
            return cleared;
        // Hashes made with older limits are renewed while the secret is at hand.
        if (const std::optional<QString> fresh =
                SecretHasher::needsRehash(hash) ? SecretHasher::hash(secret) : std::nullopt)
            return m_db.execute(QStringLiteral("UPDATE users SET secret_hash = ? WHERE id = ?"), {*fresh, id});
        return {};
    });
    if (!cleared)
        return {SignInResult::Status::Failed, {}, 0, cleared.error().message};
    StoreResult<User> user = loadUser(QStringLiteral("id"), id);
    if (!user)
        return {SignInResult::Status::Failed, {}, 0, user.error().message};
    qCInfo(lcAuth) << "signed in:" << login;
    return {SignInResult::Status::SignedIn, *user, 0, {}};
}

} // namespace dojo
