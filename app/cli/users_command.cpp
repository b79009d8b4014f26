// `servicedojo users …`: accounts, teams and the sign-in mode of a database, for whoever administers
// the training PCs. Acts as Actor::console(): having the database file is already full access to it.
// Secrets come from the terminal (not echoed) or from standard input, never from the command line.
#include "commands.h"

#include "auth/accountservice.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QDir>
#include <QTextStream>

#include <algorithm>
#include <iostream>
#include <optional>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace dojo::cli {

namespace {

struct UsersText {
    Q_DECLARE_TR_FUNCTIONS(dojo::Cli)
};

constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kUsage = 2;

void printOut(const QString &text) { QTextStream(stdout) << text << '\n'; }
void printErr(const QString &text) { QTextStream(stderr) << text << '\n'; }

QString usage()
{
    return UsersText::tr(
               "Usage: servicedojo users <subcommand> [options]\n"
               "\n"
               "Manage the accounts of a ServiceDojo database.\n"
               "\n"
               "Subcommands:\n"
               "  add LOGIN --name NAME --role ROLE[,ROLE...] [--team TEAM] [--password-stdin | --pin]\n"
               "                      Add an account. ROLE is trainee, trainer or manager.\n"
               "  list                List the accounts.\n"
               "  passwd LOGIN [--password-stdin | --pin]\n"
               "                      Set a new password (or PIN) for an account.\n"
               "  disable LOGIN       Stop an account from signing in (its records are kept).\n"
               "  enable LOGIN        Let a disabled account sign in again.\n"
               "  teams               List the teams.\n"
               "  teams add NAME      Add a team.\n"
               "  auth-mode [password|pin]\n"
               "                      Show or set how people sign in: passwords, or 6-digit PINs\n"
               "                      (for shared training PCs).\n"
               "\n"
               "Options:\n"
               "  --db FILE           The database (default: %1).\n"
               "  --password-stdin    Read the password or PIN from the first line of standard input.\n"
               "  --pin               Make up a random 6-digit PIN and print it once (PIN sign-in only).\n"
               "  -h, --help          Show this help.\n"
               "\n"
               "Without --password-stdin or --pin, the password is asked for twice at the terminal and is\n"
               "not shown while typed. Passwords are never taken from the command line.\n"
               "Exit status: 0 done, 1 failed, 2 wrong usage.")
        .arg(QDir::toNativeSeparators(Database::defaultPath()));
}

int usageError(const QString &message)
{
    printErr(QStringLiteral("servicedojo users: ") + message);
    printErr(UsersText::tr("Run 'servicedojo users --help' for the usage."));
    return kUsage;
}

std::optional<Roles> rolesOption(const QCommandLineParser &p)
{
    return rolesFromCodes(p.value(QStringLiteral("role")).split(u',', Qt::SkipEmptyParts));
}

class EchoOff {
public:
    EchoOff()
    {
        m_active = tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_active) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
    }
    ~EchoOff()
    {
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};

std::optional<QString> readLine()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
}

// The secret from the terminal (asked twice, not echoed) or from the first line of standard input.
std::optional<QString> readSecret(bool fromStdin, AuthMode mode, const QString &login, QString *error)
{
    const QString what = mode == AuthMode::Pin ? UsersText::tr("PIN") : UsersText::tr("password");
    if (fromStdin || !isatty(STDIN_FILENO)) {
        std::optional<QString> line = readLine();
        if (!line || line->isEmpty()) {
            *error = UsersText::tr("no %1 on standard input: give it as the first line.").arg(what);
            return std::nullopt;
        }
        return line;
    }
    std::optional<QString> first;
    std::optional<QString> second;
    {
        EchoOff quiet;
        QTextStream(stderr) << UsersText::tr("New %1 for %2: ").arg(what, login) << Qt::flush;
        first = readLine();
        QTextStream(stderr) << '\n' << UsersText::tr("Again: ") << Qt::flush;
        second = readLine();
        QTextStream(stderr) << '\n';
    }
    if (!first || first->isEmpty()) {
        *error = UsersText::tr("no %1 was typed; nothing changed.").arg(what);
        return std::nullopt;
    }
    if (first != second) {
        *error = UsersText::tr("the two entries differ; nothing changed.");
        return std::nullopt;
    }
    return first;
}

struct Context {
    std::unique_ptr<Database> db;
    std::unique_ptr<AccountService> accounts;
    QString command; // "servicedojo users add" for messages
};

int fail(const Context &ctx, const QString &message)
{
    printErr(ctx.command + QStringLiteral(": ") + message);
    return kFailed;
}

// The secret for `login`: a generated PIN (printed by the caller), or one read as readSecret() does.
std::optional<QString> obtainSecret(Context &ctx, bool fromStdin, bool generatePin, const QString &login, int *exitCode)
{
    const StoreResult<AuthMode> mode = ctx.accounts->authMode();
    if (!mode) {
        *exitCode = fail(ctx, mode.error().message);
        return std::nullopt;
    }
    if (generatePin) {
        if (*mode != AuthMode::Pin) {
            *exitCode = fail(ctx, UsersText::tr("this database signs in with passwords, so --pin cannot be used. "
                                                "Switch to PINs first with: servicedojo users auth-mode pin"));
            return std::nullopt;
        }
        return AccountService::generatePin();
    }
    QString error;
    std::optional<QString> secret = readSecret(fromStdin, *mode, login, &error);
    if (!secret) {
        *exitCode = fail(ctx, error);
        return std::nullopt;
    }
    if (const StoreStatus rules = AccountService::checkSecretRules(*mode, *secret); !rules) {
        *exitCode = fail(ctx, rules.error().message);
        return std::nullopt;
    }
    return secret;
}

void printGeneratedPin(const QString &login, const QString &pin)
{
    printOut(UsersText::tr("PIN for %1: %2 (give it to the person; it is not shown again)").arg(login, pin));
}

int addUser(Context &ctx, const QCommandLineParser &p, const QStringList &args)
{
    const std::optional<Roles> roles = rolesOption(p);
    const Actor console = Actor::console();
    NewUser user{args[0], p.value(QStringLiteral("name")), *roles, std::nullopt};
    if (p.isSet(QStringLiteral("team"))) {
        const StoreResult<Team> team = ctx.accounts->teamByName(console, p.value(QStringLiteral("team")));
        if (!team)
            return fail(ctx, team.error().message);
        user.teamId = team->id;
    }
    // Tell about a taken login before asking for a password.
    if (const StoreResult<User> existing = ctx.accounts->userByLogin(console, user.login); existing)
        return fail(ctx, UsersText::tr("the login \"%1\" is already taken. Choose another one.").arg(existing->login));

    int exitCode = kOk;
    const bool generatePin = p.isSet(QStringLiteral("pin"));
    const std::optional<QString> secret =
        obtainSecret(ctx, p.isSet(QStringLiteral("password-stdin")), generatePin, user.login, &exitCode);
    if (!secret)
        return exitCode;
    const StoreResult<User> added = ctx.accounts->addUser(console, user, *secret);
    if (!added)
        return fail(ctx, added.error().message);
    printOut(UsersText::tr("Added %1 (%2), roles: %3%4.")
                 .arg(added->login, added->displayName, roleCodes(added->roles).join(QLatin1String(", ")),
                      added->teamName.isEmpty() ? QString() : UsersText::tr(", team: %1").arg(added->teamName)));
    if (generatePin)
        printGeneratedPin(added->login, *secret);
    if (const StoreResult<QList<User>> all = ctx.accounts->users(console); all) {
        const bool anyManager = std::any_of(all->cbegin(), all->cend(), [](const User &u) {
            return !u.disabled && u.roles.testFlag(Role::Manager);
        });
        if (!anyManager)
            printOut(UsersText::tr("Note: there is no manager yet. Add one with --role manager so that someone "
                                   "can manage accounts in the app."));
    }
    return kOk;
}

// Pads to `columns` terminal cells: Chinese, Japanese and Korean characters take two.
QString padded(const QString &text, int columns)
{
    int width = 0;
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
                          || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
                          || (u >= 0xFFE0 && u <= 0xFFE6);
        if (!ch.isLowSurrogate())
            width += wide ? 2 : 1;
    }
    return text + QString(std::max(0, columns - width), u' ');
}

int listUsers(Context &ctx)
{
    const StoreResult<QList<User>> users = ctx.accounts->users(Actor::console());
    if (!users)
        return fail(ctx, users.error().message);
    if (users->isEmpty()) {
        printOut(UsersText::tr("No accounts yet. Add the first manager with: servicedojo users add LOGIN --name "
                               "NAME --role manager"));
        return kOk;
    }
    QTextStream out(stdout);
    out << padded(UsersText::tr("LOGIN"), 16) << "  " << padded(UsersText::tr("NAME"), 20) << "  "
        << padded(UsersText::tr("ROLES"), 24) << "  " << padded(UsersText::tr("TEAM"), 12) << "  " << UsersText::tr("STATUS")
        << '\n';
    for (const User &u : *users) {
        out << padded(u.login, 16) << "  " << padded(u.displayName, 20) << "  "
            << padded(roleCodes(u.roles).join(u','), 24) << "  "
            << padded(u.teamName.isEmpty() ? QStringLiteral("-") : u.teamName, 12) << "  "
            << (u.disabled ? UsersText::tr("disabled") : UsersText::tr("active")) << '\n';
    }
    return kOk;
}

int setPassword(Context &ctx, const QCommandLineParser &p, const QStringList &args)
{
    const StoreResult<User> user = ctx.accounts->userByLogin(Actor::console(), args[0]);
    if (!user)
        return fail(ctx, user.error().message);
    int exitCode = kOk;
    const bool generatePin = p.isSet(QStringLiteral("pin"));
    const std::optional<QString> secret =
        obtainSecret(ctx, p.isSet(QStringLiteral("password-stdin")), generatePin, user->login, &exitCode);
    if (!secret)
        return exitCode;
    if (const StoreStatus set = ctx.accounts->setSecret(Actor::console(), user->id, *secret); !set)
        return fail(ctx, set.error().message);
    printOut(UsersText::tr("The password or PIN of %1 was changed.").arg(user->login));
    if (generatePin)
        printGeneratedPin(user->login, *secret);
    return kOk;
}

int setDisabled(Context &ctx, const QStringList &args, bool disabled)
{
    const StoreResult<User> user = ctx.accounts->userByLogin(Actor::console(), args[0]);
    if (!user)
        return fail(ctx, user.error().message);
    if (const StoreStatus set = ctx.accounts->setDisabled(Actor::console(), user->id, disabled); !set)
        return fail(ctx, set.error().message);
    printOut(disabled ? UsersText::tr("%1 can no longer sign in; their records are kept.").arg(user->login)
                      : UsersText::tr("%1 can sign in again.").arg(user->login));
    return kOk;
}

int teams(Context &ctx, const QStringList &args)
{
    if (args.isEmpty()) {
        const StoreResult<QList<Team>> list = ctx.accounts->teams(Actor::console());
        if (!list)
            return fail(ctx, list.error().message);
        if (list->isEmpty())
            printOut(UsersText::tr("No teams yet. Add one with: servicedojo users teams add NAME"));
        for (const Team &t : *list)
            printOut(t.name);
        return kOk;
    }
    const StoreResult<Team> added = ctx.accounts->addTeam(Actor::console(), args[1]);
    if (!added)
        return fail(ctx, added.error().message);
    printOut(UsersText::tr("Added the team %1.").arg(added->name));
    return kOk;
}

int authMode(Context &ctx, const QStringList &args)
{
    if (args.isEmpty()) {
        const StoreResult<AuthMode> mode = ctx.accounts->authMode();
        if (!mode)
            return fail(ctx, mode.error().message);
        printOut(authModeCode(*mode));
        return kOk;
    }
    const std::optional<AuthMode> mode = authModeFromCode(args[0]);
    if (const StoreStatus set = ctx.accounts->setAuthMode(Actor::console(), *mode); !set)
        return fail(ctx, set.error().message);
    printOut(*mode == AuthMode::Pin
                 ? UsersText::tr("People now sign in with a 6-digit PIN. Give each account a PIN with: "
                                 "servicedojo users passwd LOGIN --pin")
                 : UsersText::tr("People now sign in with a password. Give each account a password with: "
                                 "servicedojo users passwd LOGIN"));
    return kOk;
}

// What is wrong with the arguments of `sub`, before anything is opened; empty when nothing.
QString usageProblem(const QString &sub, const QStringList &args, const QCommandLineParser &p)
{
    const auto onlyFor = [&](const char *option, const QStringList &subs) {
        return !p.isSet(QLatin1String(option)) || subs.contains(sub);
    };
    const QStringList add{QStringLiteral("add")};
    const QStringList addOrPasswd{QStringLiteral("add"), QStringLiteral("passwd")};
    if (!onlyFor("name", add) || !onlyFor("role", add) || !onlyFor("team", add)
        || !onlyFor("password-stdin", addOrPasswd) || !onlyFor("pin", addOrPasswd))
        return UsersText::tr("an option was given that 'users %1' does not take.").arg(sub);
    if (p.isSet(QStringLiteral("pin")) && p.isSet(QStringLiteral("password-stdin")))
        return UsersText::tr("give either --password-stdin or --pin, not both.");
    if (sub == QLatin1String("add")) {
        if (args.size() != 1)
            return UsersText::tr("'users add' takes one LOGIN.");
        if (!p.isSet(QStringLiteral("name")) || !p.isSet(QStringLiteral("role")))
            return UsersText::tr("'users add' needs --name NAME and --role ROLE.");
        if (!rolesOption(p))
            return UsersText::tr("unknown role in \"%1\": use trainee, trainer or manager, separated by commas.")
                .arg(p.value(QStringLiteral("role")));
    } else if (sub == QLatin1String("list")) {
        if (!args.isEmpty())
            return UsersText::tr("'users list' takes no arguments.");
    } else if (sub == QLatin1String("teams")) {
        if (!args.isEmpty() && (args.size() != 2 || args[0] != QLatin1String("add")))
            return UsersText::tr("use 'users teams' to list the teams or 'users teams add NAME' to add one.");
    } else if (sub == QLatin1String("auth-mode")) {
        if (args.size() > 1 || (args.size() == 1 && !authModeFromCode(args[0])))
            return UsersText::tr("'users auth-mode' takes password or pin.");
    } else if (args.size() != 1) {
        return UsersText::tr("'users %1' takes one LOGIN.").arg(sub);
    }
    return {};
}

} // namespace

int usersCommand(const QStringList &args)
{
    // The command says what happened in its own words; the storage log stays for warnings.
    QLoggingCategory::setFilterRules(QStringLiteral("dojo.*.info=false"));
    QCommandLineParser p;
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    p.addOptions({help, QCommandLineOption(QStringLiteral("db"), QString(), QStringLiteral("FILE")),
                  QCommandLineOption(QStringLiteral("name"), QString(), QStringLiteral("NAME")),
                  QCommandLineOption(QStringLiteral("role"), QString(), QStringLiteral("ROLES")),
                  QCommandLineOption(QStringLiteral("team"), QString(), QStringLiteral("TEAM")),
                  QCommandLineOption(QStringLiteral("password-stdin")), QCommandLineOption(QStringLiteral("pin"))});
    if (!p.parse(QStringList{QStringLiteral("users")} + args))
        return usageError(p.errorText());
    if (p.isSet(help)) {
        printOut(usage());
        return kOk;
    }
    QStringList positional = p.positionalArguments();
    if (positional.isEmpty())
        return usageError(UsersText::tr("name a subcommand: add, list, passwd, disable, enable, teams or auth-mode."));
    const QString sub = positional.takeFirst();
    static const QStringList known{QStringLiteral("add"),    QStringLiteral("list"),  QStringLiteral("passwd"),
                                   QStringLiteral("disable"), QStringLiteral("enable"), QStringLiteral("teams"),
                                   QStringLiteral("auth-mode")};
    if (!known.contains(sub))
        return usageError(UsersText::tr("unknown subcommand \"%1\".").arg(sub));
    if (const QString problem = usageProblem(sub, positional, p); !problem.isEmpty())
        return usageError(problem);

    Context ctx;
    ctx.command = QStringLiteral("servicedojo users ") + sub;
    const QString path = p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db")) : Database::defaultPath();
    // Only commands that store something may create a new database (a mistyped --db would otherwise
    // show an empty list of a database made just now).
    Database::Options options;
    options.createIfMissing = sub == QLatin1String("add")
                              || ((sub == QLatin1String("teams") || sub == QLatin1String("auth-mode"))
                                  && !positional.isEmpty());
    StoreResult<std::unique_ptr<Database>> db = Database::open(path, options);
    if (!db)
        return fail(ctx, db.error().message);
    ctx.db = std::move(db).value();
    if (!ctx.db->migrationBackupPath().isEmpty())
        printErr(UsersText::tr("Upgraded the database to schema %1; the previous file was kept as %2.")
                     .arg(ctx.db->schemaVersion())
                     .arg(QDir::toNativeSeparators(ctx.db->migrationBackupPath())));
    ctx.accounts = std::make_unique<AccountService>(*ctx.db);

    if (sub == QLatin1String("add"))
        return addUser(ctx, p, positional);
    if (sub == QLatin1String("list"))
        return listUsers(ctx);
    if (sub == QLatin1String("passwd"))
        return setPassword(ctx, p, positional);
    if (sub == QLatin1String("disable") || sub == QLatin1String("enable"))
        return setDisabled(ctx, positional, sub == QLatin1String("disable"));
    if (sub == QLatin1String("teams"))
        return teams(ctx, positional);
    return authMode(ctx, positional);
}

} // namespace dojo::cli
