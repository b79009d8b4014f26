// dojo_bare_window: the floor for ServiceDojo's start-up. A QGuiApplication, WebEngine initialised the
// way the app does it, and a QML window holding a WebEngineView; prints "first-frame-ms N" (from the
// start of main) at the window's first frame and quits, exactly as `servicedojo --quit-after-first-frame`.
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTextStream>
#include <QtWebEngineQuick/qtwebenginequickglobal.h>

#include <unistd.h>

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QtWebEngineQuick::initialize();
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.load(QUrl(QStringLiteral("qrc:/bare/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window)
        return 1;
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&sinceStart] {
        QTextStream(stdout) << "first-frame-ms " << sinceStart.elapsed() << Qt::endl;
        QCoreApplication::exit(0);
    }, Qt::QueuedConnection);
    return app.exec();
}
