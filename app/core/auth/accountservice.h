// Accounts, teams, the sign-in mode and signing in. The UI's set-up screen, sign-in screen and user
// administration call this; the CLI's `users` command too (as Actor::console()).
//
// - First run: needsFirstManager() is true while there is no user; createFirstManager() works only then.
// - Secrets: passwords (at least 8 characters) or 6-digit PINs, by the deployment setting auth_mode;
//   stored as Argon2id hashes (SecretHasher).
// - Sign-in: an unknown login and a wrong secret get the same answer. Failed sign-ins are counted per
//   login as typed; from the 4th in a row the login is locked for 2, 4, 8 … seconds (at most 5 minutes),
//   and while it is locked the secret is not even checked. A success clears the count; so does an hour
//   without failures.
// - Permissions: managers manage users, teams and the mode; everyone may change their own secret by
//   giving the current one. The last enabled manager cannot be disabled or lose the manager role.
#pragma once

#include "auth/actor.h"
#include "storage/storeerror.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace dojo {

class Database;

enum class AuthMode { Password, Pin };
QString authModeCode(AuthMode mode); // "password", "pin": the stored setting
std::optional<AuthMode> authModeFromCode(const QString &code);

struct Team {
    qint64 id = 0;
    QString name;
};

struct User {
    qint64 id = 0;
    QString login;
    QString displayName;
    Roles roles;
    std::optional<qint64> teamId;
    QString teamName; // empty without a team
    bool disabled = false;
    QDateTime createdAt;

    Actor actor() const { return Actor{id, roles}; }
};

struct NewUser {
    QString login;
    QString displayName;
    Roles roles;
    std::optional<qint64> teamId;
};

struct SignInResult {
    enum class Status { SignedIn, WrongCredentials, Locked, Disabled, Failed };
    Status status = Status::Failed;
    User user;                  // when SignedIn
    int retryAfterSeconds = 0;  // when Locked, or WrongCredentials that started a delay
    QString message;            // empty when SignedIn

    bool ok() const { return status == Status::SignedIn; }
};

// Seconds to wait after `failures` failed sign-ins in a row: 0, 0, 0, 2, 4, 8 … at most 300.
int signInDelaySeconds(int failures);

class AccountService {
public:
    using Clock = std::function<QDateTime()>;
    // `clock` gives "now" (UTC); tests pass a fake one. Default: the system clock.
    explicit AccountService(Database &db, Clock clock = {});

    StoreResult<bool> needsFirstManager();
    // Creates the first account (the manager role is added to user.roles). Refused once any user exists.
    StoreResult<User> createFirstManager(const NewUser &user, const QString &secret);

    SignInResult signIn(const QString &login, const QString &secret);

    StoreResult<AuthMode> authMode();
    StoreStatus setAuthMode(const Actor &actor, AuthMode mode);
    // Whether `secret` is acceptable under `mode` (InvalidInput with the rule otherwise).
    static StoreStatus checkSecretRules(AuthMode mode, const QString &secret);
    // A random 6-digit PIN (uniform, leading zeros allowed).
    static QString generatePin();

    StoreResult<User> addUser(const Actor &actor, const NewUser &user, const QString &secret);
    StoreResult<QList<User>> users(const Actor &actor);
    StoreResult<User> user(const Actor &actor, qint64 userId);          // oneself, or a manager
    StoreResult<User> userByLogin(const Actor &actor, const QString &login); // a manager
    StoreStatus setSecret(const Actor &actor, qint64 userId, const QString &secret); // a manager
    StoreStatus changeOwnSecret(const Actor &actor, const QString &currentSecret, const QString &newSecret);
    StoreStatus setDisabled(const Actor &actor, qint64 userId, bool disabled);
    StoreStatus setRoles(const Actor &actor, qint64 userId, Roles roles);
    StoreStatus setTeam(const Actor &actor, qint64 userId, std::optional<qint64> teamId);

    StoreResult<Team> addTeam(const Actor &actor, const QString &name);
    StoreResult<QList<Team>> teams(const Actor &actor);
    StoreResult<Team> teamByName(const Actor &actor, const QString &name);

    // Logins are compared trimmed and case-folded; this is the stored form.
    static QString normalizedLogin(const QString &login);

private:
    QDateTime now() const;
    StoreResult<User> loadUser(const QString &whereColumn, const QVariant &value);
    StoreStatus checkNewUser(const NewUser &user);
    StoreStatus checkTeam(std::optional<qint64> teamId);
    StoreResult<User> createUser(const NewUser &user, const QString &secret, bool onlyFirst);
    StoreStatus storeSecret(const User &user, const QString &secret);
    StoreResult<qint64> insertUser(const NewUser &user, const QString &hash, AuthMode mode);
    StoreStatus keepOneManager(qint64 userId, bool disabled, Roles roles);
    StoreResult<QString> hashFor(AuthMode mode, const QString &secret);
    SignInResult failSignIn(const QString &login, AuthMode mode);

    Database &m_db;
    Clock m_clock;
};

} // namespace dojo
