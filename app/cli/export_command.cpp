// `servicedojo export --format csv|xapi`: the training records of every account, for a spreadsheet
// or a learning record store (see RecordExporter for the formats).
#include "commands.h"

#include "storage/database.h"
#include "storage/recordexport.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>
#include <QUrl>

namespace dojo::cli {

namespace {
struct ExportText {
    Q_DECLARE_TR_FUNCTIONS(dojo::Cli)
};

int failed(const QString &message)
{
    QTextStream(stderr) << "servicedojo export: " << message << '\n';
    return 1;
}

int usageError(const QString &message)
{
    QTextStream(stderr) << "servicedojo export: " << message << '\n'
                        << ExportText::tr("Run 'servicedojo export --help' for the usage.") << '\n';
    return 2;
}
} // namespace

int exportCommand(const QStringList &args)
{
    // The command says what happened in its own words; the storage log stays for warnings.
    QLoggingCategory::setFilterRules(QStringLiteral("dojo.*.info=false"));
    QCommandLineParser p;
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption dbOption(QStringLiteral("db"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QString(), QStringLiteral("FORMAT"));
    const QCommandLineOption outOption(QStringLiteral("out"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption homePageOption(QStringLiteral("home-page"), QString(), QStringLiteral("URL"));
    p.addOptions({help, dbOption, formatOption, outOption, homePageOption});
    if (!p.parse(QStringList{QStringLiteral("export")} + args))
        return usageError(p.errorText());
    const XapiOptions defaults;
    if (p.isSet(help)) {
        QTextStream(stdout) << ExportText::tr(
                                   "Usage: servicedojo export --format csv|xapi [--out FILE] [--db FILE] "
                                   "[--home-page URL]\n"
                                   "\n"
                                   "Exports every account's training records.\n"
                                   "  csv    one row per quiz answer and per scenario turn (UTF-8, for Excel)\n"
                                   "  xapi   a JSON array of xAPI statements: answered, completed, passed, failed\n"
                                   "\n"
                                   "Options:\n"
                                   "  --format FORMAT  csv or xapi.\n"
                                   "  --out FILE       Write to FILE instead of standard output.\n"
                                   "  --db FILE        The database (default: %1).\n"
                                   "  --home-page URL  xAPI: the address of the system the logins belong to\n"
                                   "                   (actor.account.homePage; default: %2).\n"
                                   "  -h, --help       Show this help.\n"
                                   "\n"
                                   "Exit status: 0 done, 1 failed, 2 wrong usage.")
                                   .arg(QDir::toNativeSeparators(Database::defaultPath()), defaults.homePage)
                            << '\n';
        return 0;
    }
    if (!p.positionalArguments().isEmpty())
        return usageError(ExportText::tr("unexpected argument \"%1\".").arg(p.positionalArguments().first()));
    const QString format = p.value(formatOption);
    if (format != QLatin1String("csv") && format != QLatin1String("xapi"))
        return usageError(ExportText::tr("give --format csv or --format xapi."));
    XapiOptions xapi;
    if (p.isSet(homePageOption)) {
        const QUrl url(p.value(homePageOption), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return usageError(ExportText::tr("--home-page needs an http:// or https:// address."));
        xapi.homePage = url.toString();
    }

    Database::Options options;
    options.createIfMissing = false;
    StoreResult<std::unique_ptr<Database>> db =
        Database::open(p.isSet(dbOption) ? p.value(dbOption) : Database::defaultPath(), options);
    if (!db)
        return failed(db.error().message);
    if (!(*db)->migrationBackupPath().isEmpty())
        QTextStream(stderr) << ExportText::tr("Upgraded the database to schema %1; the previous file was kept as %2.")
                                   .arg((*db)->schemaVersion())
                                   .arg(QDir::toNativeSeparators((*db)->migrationBackupPath()))
                            << '\n';
    RecordExporter exporter(**db);

    QByteArray bytes;
    if (format == QLatin1String("csv")) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (const StoreStatus written = exporter.writeCsv(Actor::console(), buffer); !written)
            return failed(written.error().message);
    } else {
        const StoreResult<QJsonArray> statements = exporter.xapiStatements(Actor::console(), xapi);
        if (!statements)
            return failed(statements.error().message);
        bytes = QJsonDocument(*statements).toJson(QJsonDocument::Indented);
    }

    if (!p.isSet(outOption)) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return failed(ExportText::tr("could not write to standard output."));
        return 0;
    }
    const QString path = p.value(outOption);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return failed(ExportText::tr("could not write %1: %2. Check the folder exists and you may write there.")
                          .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), out.errorString()));
    QTextStream(stderr) << ExportText::tr("Exported to %1.").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
                        << '\n';
    return 0;
}

} // namespace dojo::cli
