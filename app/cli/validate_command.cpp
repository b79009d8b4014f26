// `servicedojo validate [DIR] [--json] [--locale L]`: checks the course files the way a compiler checks
// code. Problems are printed as `file:line:col: error: message` (file relative to DIR), then a summary
// per locale. Exit code 0 when there are no errors (warnings allowed), 1 with errors, 2 on usage errors
// (an unknown option, or DIR missing or holding no locale folder: nothing was checked).
#include "commands.h"

#include "content/courseloader.h"
#include "content/coursesummary.h"
#include "content/validationreport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace dojo::cli {

namespace {

struct ValidateText {
    Q_DECLARE_TR_FUNCTIONS(dojo::Cli)
};

constexpr int kOk = 0;
constexpr int kErrors = 1;
constexpr int kUsage = 2;

QString usage()
{
    return ValidateText::tr("Usage: servicedojo validate [DIR] [--json] [--locale L]\n"
                            "\n"
                            "Checks the course files in DIR (default: content) and prints every problem as\n"
                            "file:line:col: error: message, then what each locale holds.\n"
                            "\n"
                            "Options:\n"
                            "  --json        Print one JSON document (diagnostics and summary) instead.\n"
                            "  --locale L    Report only on locale L (it is still compared with zh-CN).\n"
                            "  --help        Show this help.\n"
                            "\n"
                            "Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage error.");
}

int usageError(const QString &problem)
{
    QTextStream(stderr) << "servicedojo validate: " << problem << '\n'
                        << ValidateText::tr("Try 'servicedojo validate --help'.") << '\n';
    return kUsage;
}

} // namespace

int validateCommand(const QStringList &args)
{
    QString dir;
    QString locale;
    bool json = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            QTextStream(stdout) << usage() << '\n';
            return kOk;
        }
        if (arg == QLatin1String("--json")) {
            json = true;
        } else if (arg == QLatin1String("--locale")) {
            if (i + 1 >= args.size() || args[i + 1].startsWith(u'-'))
                return usageError(ValidateText::tr("--locale needs a locale, e.g. --locale en"));
            locale = args[++i];
        } else if (arg.startsWith(QLatin1String("--locale="))) {
            locale = arg.mid(9);
        } else if (arg.startsWith(u'-')) {
            return usageError(ValidateText::tr("unknown option '%1'").arg(arg));
        } else if (!dir.isEmpty()) {
            return usageError(ValidateText::tr("only one folder can be checked at a time"));
        } else {
            dir = arg;
        }
    }
    if (dir.isEmpty())
        dir = QStringLiteral("content");
    if (!QFileInfo(dir).isDir())
        return usageError(ValidateText::tr("there is no folder '%1'").arg(dir));

    const ContentLibrary library = loadContentLibrary(dir);
    if (library.locales.isEmpty()) // nothing to check: the folder is not a content folder
        return usageError(library.diagnostics.value(0).message);
    if (!locale.isEmpty() && !library.locales.contains(locale))
        return usageError(ValidateText::tr("there is no locale '%1' in '%2' (found: %3)")
                              .arg(locale, dir, library.localeNames().join(QStringLiteral(", "))));

    QList<Diagnostic> diagnostics = library.allDiagnostics();
    if (!locale.isEmpty())
        diagnostics.removeIf([&](const Diagnostic &d) { return !d.pos.file.startsWith(locale + u'/'); });
    int errors = 0;
    for (const Diagnostic &d : diagnostics)
        errors += d.severity == Diagnostic::Severity::Error ? 1 : 0;
    const int warnings = int(diagnostics.size()) - errors;
    QList<CourseSummary> summaries;
    for (const Course &course : library.locales) {
        if (locale.isEmpty() || course.locale == locale)
            summaries.append(summarizeCourse(course));
    }

    QTextStream out(stdout);
    if (json) {
        QJsonArray diagnosticsJson, localesJson;
        for (const Diagnostic &d : diagnostics)
            diagnosticsJson.append(diagnosticToJson(d));
        for (const CourseSummary &s : summaries)
            localesJson.append(summaryToJson(s));
        const QJsonObject doc{{QStringLiteral("root"), dir},
                              {QStringLiteral("diagnostics"), diagnosticsJson},
                              {QStringLiteral("locales"), localesJson},
                              {QStringLiteral("errors"), errors},
                              {QStringLiteral("warnings"), warnings}};
        out << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    } else {
        for (const Diagnostic &d : diagnostics)
            out << formatDiagnostic(d) << '\n';
        for (const CourseSummary &s : summaries)
            out << formatSummary(s) << '\n';
        out << formatTotals(errors, warnings) << '\n';
    }
    return errors > 0 ? kErrors : kOk;
}

} // namespace dojo::cli
