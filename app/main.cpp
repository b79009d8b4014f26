// servicedojo: `servicedojo <command> …` runs a command-line tool (see app/cli); anything else starts
// the desktop app. Thin on purpose: WebEngine set-up, options, the composition root, the window.
#include "appcomposition.h"
#include "coursecatalog.h"
#include "commands.h"
#include "lessonschemehandler.h"
#include "screenshottour.h"
#include "selftest.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>
#include <QtWebEngineQuick/qtwebenginequickglobal.h>

#include <unistd.h>

Q_IMPORT_QML_PLUGIN(ServiceDojo_BackendPlugin)
Q_IMPORT_QML_PLUGIN(ServiceDojo_UiPlugin)

namespace {
void prepareWebEngine()
{
    // Chromium refuses to start its sandbox as root; a root user gets a working app and a warning.
    if (geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX")) {
        QTextStream(stderr) << "servicedojo: warning: running as root, so the WebEngine sandbox is turned off. "
                               "Run as a normal user for the sandbox.\n";
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    }
    LessonSchemeHandler::registerScheme();
    QtWebEngineQuick::initialize();
}

struct Options {
    QCommandLineOption content, db, language, selfTest, firstFrame, lesson, demo, screenshots;
};

Options describeOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "ServiceDojo: customer-service training studio.\n"
        "Commands: servicedojo validate|users|backup|export --help"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption contentOption(QStringLiteral("content"),
                                           QStringLiteral("The course folder (default: ./content)."),
                                           QStringLiteral("DIR"), QStringLiteral("content"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("The database file (default: %1).")
                                          .arg(AppComposition::defaultDatabasePath()),
                                      QStringLiteral("FILE"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QStringLiteral("UI language: zh_CN or en (default: remembered "
                                                           "choice, else the system locale)."),
                                            QStringLiteral("LANG"));
    const QCommandLineOption lessonOption(QStringLiteral("lesson"),
                                          QStringLiteral("Open this lesson at start (e.g. to preview an edit)."),
                                          QStringLiteral("ID"));
    const QCommandLineOption firstFrameOption(QStringLiteral("quit-after-first-frame"),
                                              QStringLiteral("Print the milliseconds from start to the first "
                                                             "frame of the window, then quit (benchmarks)."));
    const QCommandLineOption selfTestOption(QStringLiteral("self-test"),
                                            QStringLiteral("Load the UI on a temporary database, open a "
                                                           "lesson, exit 0 if it rendered, else 1."));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Try the app on a demo team with two weeks of records "
                                                       "(a temporary database unless --db names a new file; "
                                                       "every demo password is demo-password)."));
    const QCommandLineOption screenshotsOption(QStringLiteral("screenshots"),
                                               QStringLiteral("With --demo: save every trainee screen as PNG "
                                                              "files in DIR, in both languages and themes, "
                                                              "then quit."),
                                               QStringLiteral("DIR"));
    parser.addOptions({contentOption, dbOption, languageOption, selfTestOption, firstFrameOption, lessonOption,
                       demoOption, screenshotsOption});
    return {contentOption, dbOption, languageOption, selfTestOption, firstFrameOption, lessonOption, demoOption,
            screenshotsOption};
}
} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QCoreApplication::setOrganizationName(QStringLiteral("ServiceDojo"));
    QCoreApplication::setApplicationName(QStringLiteral("ServiceDojo"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOJO_VERSION));

    if (argc > 1 && dojo::cli::isCommand(QString::fromLocal8Bit(argv[1]))) {
        QCoreApplication app(argc, argv);
        return dojo::cli::run(app.arguments().mid(1));
    }

    // --help and --version answer without a display, WebEngine or a window.
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" || arg == "-v") {
            QCoreApplication info(argc, argv);
            QCommandLineParser parser;
            describeOptions(parser);
            parser.process(info); // prints and exits
            return 0;
        }
    }

    prepareWebEngine();
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("ServiceDojo"));

    QCommandLineParser parser;
    const Options o = describeOptions(parser);
    const QCommandLineOption &contentOption = o.content, &dbOption = o.db, &languageOption = o.language,
                             &selfTestOption = o.selfTest, &firstFrameOption = o.firstFrame, &lessonOption = o.lesson;
    parser.process(app);

    const bool selfTest = parser.isSet(selfTestOption);
    const bool screenshots = parser.isSet(o.screenshots);
    const bool demo = parser.isSet(o.demo) || screenshots;
    QTemporaryDir scratch;
    AppOptions options;
    options.contentDir = QDir(parser.value(contentOption)).absolutePath();
    options.language = parser.value(languageOption);
    if (selfTest) {
        if (!scratch.isValid()) {
            QTextStream(stderr) << "self-test: FAILED: cannot create a temporary folder\n";
            return 1;
        }
        options.databasePath = scratch.filePath(QStringLiteral("selftest.sqlite"));
    } else if (demo && !parser.isSet(dbOption)) {
        if (!scratch.isValid()) {
            QTextStream(stderr) << "servicedojo: cannot create a temporary folder for the demo database\n";
            return 1;
        }
        options.databasePath = scratch.filePath(QStringLiteral("demo.sqlite"));
    } else {
        options.databasePath =
            parser.isSet(dbOption) ? parser.value(dbOption) : AppComposition::defaultDatabasePath();
    }
    if (!QDir(options.contentDir).exists()) {
        QTextStream(stderr) << "servicedojo: the course folder " << options.contentDir
                            << " does not exist. Pass --content DIR with the folder that holds zh-CN/ and en/.\n";
        if (selfTest)
            return 1;
    }

    AppComposition composition(options);
    QString error;
    if (demo && !composition.prepareDemo(&error)) {
        QTextStream(stderr) << "servicedojo: the demo could not be prepared: " << error << '\n';
        return 1;
    }
    if (!composition.loadUi(&error)) {
        QTextStream(stderr) << "servicedojo: " << error << '\n';
        return 1;
    }
    if (parser.isSet(lessonOption)) {
        const QString lessonId = parser.value(lessonOption);
        QTimer::singleShot(0, composition.catalog(), [&composition, lessonId] {
            if (!composition.catalog()->course() || !composition.catalog()->course()->lesson(lessonId))
                QTextStream(stderr) << "servicedojo: no lesson \"" << lessonId << "\" in the course; showing the list.\n";
            composition.catalog()->requestLesson(lessonId);
        });
    }
    if (parser.isSet(firstFrameOption)) {
        QObject::connect(composition.window(), &QQuickWindow::frameSwapped, &app, [&sinceStart] {
            QTextStream(stdout) << "first-frame-ms " << sinceStart.elapsed() << Qt::endl;
            QCoreApplication::exit(0);
        }, Qt::QueuedConnection);
    }
    if (screenshots) {
        auto *tour = new ScreenshotTour(&composition, parser.value(o.screenshots), &composition);
        QTimer::singleShot(0, tour, &ScreenshotTour::start);
    }
    if (selfTest) {
        auto *test = new SelfTest(&composition, 90000, &composition);
        QTimer::singleShot(0, test, &SelfTest::start);
    }
    return app.exec();
}
