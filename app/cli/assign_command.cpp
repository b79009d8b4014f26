// `servicedojo assign …`: a manager gives a trainee or a team a lesson, quiz or scenario to finish by a
// date, lists the assignments, removes one. Acts as Actor::console() (see users_command.cpp). The item
// is checked against the course folder (--content, default ./content) so that a typo is caught here,
// not discovered by a trainee.
#include "commands.h"

#include "auth/accountservice.h"
#include "content/courseloader.h"
#include "storage/assignmentstore.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>
#include <QTextStream>

namespace dojo::cli {

namespace {

struct AssignText {
    Q_DECLARE_TR_FUNCTIONS(dojo::Cli)
};

constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kUsage = 2;

void printOut(const QString &text) { QTextStream(stdout) << text << '\n'; }
void printErr(const QString &text) { QTextStream(stderr) << text << '\n'; }

QString usage()
{
    return AssignText::tr(
               "Usage: servicedojo assign KIND:ID (--to LOGIN | --team TEAM) --due YYYY-MM-DD [options]\n"
               "       servicedojo assign list [--to LOGIN]\n"
               "       servicedojo assign remove NUMBER\n"
               "\n"
               "Give a trainee or a whole team a lesson, quiz or scenario to finish by a date. It shows on\n"
               "their Learn home with the due date, and as overdue once the day has passed.\n"
               "\n"
               "  KIND:ID             lesson:ID, quiz:ID or scenario:ID, as in the course files.\n"
               "\n"
               "Options:\n"
               "  --to LOGIN          The trainee.\n"
               "  --team TEAM         Everyone in the team (also people who join it later).\n"
               "  --due YYYY-MM-DD    The last day to finish it.\n"
               "  --content DIR       The course folder to check the item against (default: ./content).\n"
               "  --db FILE           The database (default: %1).\n"
               "  -h, --help          Show this help.\n"
               "\n"
               "Exit status: 0 done, 1 failed, 2 wrong usage.")
        .arg(QDir::toNativeSeparators(Database::defaultPath()));
}

int usageError(const QString &message)
{
    printErr(QStringLiteral("servicedojo assign: ") + message);
    printErr(AssignText::tr("Run 'servicedojo assign --help' for the usage."));
    return kUsage;
}

int fail(const QString &message)
{
    printErr(QStringLiteral("servicedojo assign: ") + message);
    return kFailed;
}

// Whether the item is in some locale of the course; empty when it is, else what is wrong.
QString checkItem(const QString &contentRoot, AssignedItemKind kind, const QString &id)
{
    if (!QDir(contentRoot).exists())
        return AssignText::tr("the course folder %1 does not exist; pass --content DIR.")
            .arg(QDir::toNativeSeparators(contentRoot));
    const ContentLibrary library = loadContentLibrary(contentRoot);
    if (library.locales.isEmpty())
        return AssignText::tr("no course was found in %1; pass --content DIR.").arg(QDir::toNativeSeparators(contentRoot));
    for (const Course &course : library.locales) {
        const bool found = (kind == AssignedItemKind::Lesson && course.lesson(id))
                           || (kind == AssignedItemKind::Quiz && course.quiz(id))
                           || (kind == AssignedItemKind::Scenario && course.scenario(id));
        if (found)
            return {};
    }
    return AssignText::tr("there is no %1 \"%2\" in the course at %3.")
        .arg(assignedItemKindCode(kind), id, QDir::toNativeSeparators(contentRoot));
}

int listAssignments(Database &db, const QCommandLineParser &p)
{
    AssignmentStore store(db);
    StoreResult<QList<Assignment>> list = QList<Assignment>();
    if (p.isSet(QStringLiteral("to"))) {
        const StoreResult<User> user = AccountService(db).userByLogin(Actor::console(), p.value(QStringLiteral("to")));
        if (!user)
            return fail(user.error().message);
        list = store.assignmentsFor(Actor::console(), user->id);
    } else {
        list = store.allAssignments(Actor::console());
    }
    if (!list)
        return fail(list.error().message);
    if (list->isEmpty()) {
        printOut(AssignText::tr("No assignments. Make one with: servicedojo assign quiz:ID --to LOGIN --due YYYY-MM-DD"));
        return kOk;
    }
    QTextStream out(stdout);
    const QDate today = QDate::currentDate();
    for (const Assignment &a : *list) {
        const QString who = a.teamId ? AssignText::tr("team %1").arg(a.assigneeName) : a.assigneeName;
        out << '#' << a.id << "  " << assignedItemKindCode(a.itemKind) << ':' << a.itemId << "  → " << who << "  "
            << AssignText::tr("due %1").arg(a.dueOn.toString(Qt::ISODate))
            << (a.isPastDue(today) ? AssignText::tr(" (date passed)") : QString()) << '\n';
    }
    return kOk;
}

} // namespace

int assignCommand(const QStringList &args)
{
    QLoggingCategory::setFilterRules(QStringLiteral("dojo.*.info=false"));
    QCommandLineParser p;
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    p.addOptions({help, QCommandLineOption(QStringLiteral("db"), QString(), QStringLiteral("FILE")),
                  QCommandLineOption(QStringLiteral("to"), QString(), QStringLiteral("LOGIN")),
                  QCommandLineOption(QStringLiteral("team"), QString(), QStringLiteral("TEAM")),
                  QCommandLineOption(QStringLiteral("due"), QString(), QStringLiteral("DATE")),
                  QCommandLineOption(QStringLiteral("content"), QString(), QStringLiteral("DIR"), QStringLiteral("content"))});
    if (!p.parse(QStringList{QStringLiteral("assign")} + args))
        return usageError(p.errorText());
    if (p.isSet(help)) {
        printOut(usage());
        return kOk;
    }
    const QStringList positional = p.positionalArguments();
    if (positional.isEmpty())
        return usageError(AssignText::tr("name what to assign (lesson:ID, quiz:ID or scenario:ID), or 'list'."));
    const QString first = positional.first();
    const bool listing = first == QLatin1String("list");
    const bool removing = first == QLatin1String("remove");

    // Check the arguments before opening anything.
    std::optional<AssignedItemKind> kind;
    QString itemId;
    QDate due;
    qint64 removeId = 0;
    if (listing) {
        if (positional.size() != 1 || p.isSet(QStringLiteral("team")) || p.isSet(QStringLiteral("due")))
            return usageError(AssignText::tr("'assign list' takes only --to LOGIN and --db."));
    } else if (removing) {
        bool ok = false;
        removeId = positional.value(1).toLongLong(&ok);
        if (positional.size() != 2 || !ok || removeId <= 0)
            return usageError(AssignText::tr("'assign remove' takes the number shown by 'assign list'."));
    } else {
        if (positional.size() != 1)
            return usageError(AssignText::tr("assign one item at a time."));
        const qsizetype colon = first.indexOf(u':');
        kind = colon > 0 ? assignedItemKindFromCode(first.left(colon)) : std::nullopt;
        itemId = colon > 0 ? first.mid(colon + 1) : QString();
        if (!kind || itemId.isEmpty())
            return usageError(AssignText::tr("\"%1\" is not KIND:ID; write lesson:ID, quiz:ID or scenario:ID.").arg(first));
        if (p.isSet(QStringLiteral("to")) == p.isSet(QStringLiteral("team")))
            return usageError(AssignText::tr("give either --to LOGIN or --team TEAM."));
        if (!p.isSet(QStringLiteral("due")))
            return usageError(AssignText::tr("give the due date with --due YYYY-MM-DD."));
        due = QDate::fromString(p.value(QStringLiteral("due")), Qt::ISODate);
        if (!due.isValid())
            return usageError(AssignText::tr("\"%1\" is not a date; write it as YYYY-MM-DD.").arg(p.value(QStringLiteral("due"))));
        const QString contentRoot = QDir(p.value(QStringLiteral("content"))).absolutePath();
        if (const QString problem = checkItem(contentRoot, *kind, itemId); !problem.isEmpty())
            return fail(problem);
    }

    const QString path = p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db")) : Database::defaultPath();
    Database::Options options;
    options.createIfMissing = false; // assignments go to people who exist already
    StoreResult<std::unique_ptr<Database>> opened = Database::open(path, options);
    if (!opened)
        return fail(opened.error().message);
    Database &db = *opened.value();
    if (!db.migrationBackupPath().isEmpty())
        printErr(AssignText::tr("Upgraded the database to schema %1; the previous file was kept as %2.")
                     .arg(db.schemaVersion())
                     .arg(QDir::toNativeSeparators(db.migrationBackupPath())));

    if (listing)
        return listAssignments(db, p);
    AssignmentStore store(db);
    if (removing) {
        if (const StoreStatus removed = store.remove(Actor::console(), removeId); !removed)
            return fail(removed.error().message);
        printOut(AssignText::tr("Removed assignment #%1.").arg(removeId));
        return kOk;
    }

    NewAssignment a;
    a.itemKind = *kind;
    a.itemId = itemId;
    a.dueOn = due;
    AccountService accounts(db);
    if (p.isSet(QStringLiteral("to"))) {
        const StoreResult<User> user = accounts.userByLogin(Actor::console(), p.value(QStringLiteral("to")));
        if (!user)
            return fail(user.error().message);
        a.userId = user->id;
    } else {
        const StoreResult<Team> team = accounts.teamByName(Actor::console(), p.value(QStringLiteral("team")));
        if (!team)
            return fail(team.error().message);
        a.teamId = team->id;
    }
    const StoreResult<Assignment> made = store.assign(Actor::console(), a, QDateTime::currentDateTimeUtc());
    if (!made)
        return fail(made.error().message);
    const QString who = made->teamId ? AssignText::tr("team %1").arg(made->assigneeName) : made->assigneeName;
    printOut(AssignText::tr("Assigned %1:%2 to %3, due %4 (#%5).")
                 .arg(assignedItemKindCode(made->itemKind), made->itemId, who, made->dueOn.toString(Qt::ISODate))
                 .arg(made->id));
    if (due < QDate::currentDate())
        printOut(AssignText::tr("Note: that date has already passed, so it shows as overdue."));
    return kOk;
}

} // namespace dojo::cli
