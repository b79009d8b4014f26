#include "commands.h"
#include <QCoreApplication>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtWebEngineQuick/qtwebenginequickglobal.h>
Q_IMPORT_QML_PLUGIN(ServiceDojo_BackendPlugin)
Q_IMPORT_QML_PLUGIN(ServiceDojo_UiPlugin)
int main(int argc, char **argv)
{
    if (argc > 1 && dojo::cli::isCommand(QString::fromLocal8Bit(argv[1]))) {
        QCoreApplication app(argc, argv);
        return dojo::cli::run(app.arguments().mid(1));
    }
    QtWebEngineQuick::initialize();
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/ServiceDojo/Ui/Main.qml")));
    return app.exec();
}
