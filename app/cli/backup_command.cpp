// `servicedojo backup FILE`: a consistent copy of the live database (VACUUM INTO), safe while the app
// is running, checked after writing.
#include "commands.h"

#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace dojo::cli {

namespace {
struct BackupText {
    Q_DECLARE_TR_FUNCTIONS(dojo::Cli)
};

int failed(const QString &message)
{
    QTextStream(stderr) << "servicedojo backup: " << message << '\n';
    return 1;
}

int usageError(const QString &message)
{
    QTextStream(stderr) << "servicedojo backup: " << message << '\n'
                        << BackupText::tr("Run 'servicedojo backup --help' for the usage.") << '\n';
    return 2;
}
} // namespace

int backupCommand(const QStringList &args)
{
    // The command says what happened in its own words; the storage log stays for warnings.
    QLoggingCategory::setFilterRules(QStringLiteral("dojo.*.info=false"));
    QCommandLineParser p;
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption dbOption(QStringLiteral("db"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption force(QStringLiteral("force"));
    p.addOptions({help, dbOption, force});
    if (!p.parse(QStringList{QStringLiteral("backup")} + args))
        return usageError(p.errorText());
    if (p.isSet(help)) {
        QTextStream(stdout) << BackupText::tr(
                                   "Usage: servicedojo backup FILE [--force] [--db FILE]\n"
                                   "\n"
                                   "Copies the database to FILE, consistently, also while the app is running.\n"
                                   "\n"
                                   "Options:\n"
                                   "  --db FILE    The database to copy (default: %1).\n"
                                   "  --force      Replace FILE if it exists (the old copy stays until the new\n"
                                   "               one is complete).\n"
                                   "  -h, --help   Show this help.\n"
                                   "\n"
                                   "Exit status: 0 done, 1 failed, 2 wrong usage.")
                                   .arg(QDir::toNativeSeparators(Database::defaultPath()))
                            << '\n';
        return 0;
    }
    if (p.positionalArguments().size() != 1)
        return usageError(BackupText::tr("give the backup file name, once."));
    const QString target = p.positionalArguments().first();
    const QString shownTarget = QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath());
    if (QFileInfo::exists(target) && !p.isSet(force))
        return failed(BackupText::tr("%1 already exists; nothing was written. Choose another name, or pass --force "
                                     "to replace it.")
                          .arg(shownTarget));

    Database::Options options;
    options.migrate = false; // a backup copies the file as it is, whatever its version
    options.createIfMissing = false;
    const QString source = p.isSet(dbOption) ? p.value(dbOption) : Database::defaultPath();
    StoreResult<std::unique_ptr<Database>> db = Database::open(source, options);
    if (!db)
        return failed(db.error().message);
    if (const StoreStatus copied = (*db)->backupTo(target, p.isSet(force)); !copied)
        return failed(copied.error().message);

    // Read the copy back: a backup nobody can open is worse than none.
    StoreResult<std::unique_ptr<Database>> copy = Database::open(target, options);
    if (!copy)
        return failed(BackupText::tr("the copy %1 was written but cannot be read back: %2")
                          .arg(shownTarget, copy.error().message));
    const StoreResult<QStringList> problems = (*copy)->integrityProblems();
    if (!problems || !problems->isEmpty())
        return failed(BackupText::tr("the copy %1 failed its integrity check: %2")
                          .arg(shownTarget, problems ? problems->join(QLatin1String("; ")) : problems.error().message));
    QTextStream(stdout) << BackupText::tr("Backed up %1 to %2 (%3 KiB, integrity ok).")
                               .arg(QDir::toNativeSeparators((*db)->path()), shownTarget)
                               .arg((QFileInfo(target).size() + 1023) / 1024)
                        << '\n';
    return 0;
}

} // namespace dojo::cli
