#include "appcomposition.h"

#include "appsession.h"
#include "appsettings.h"
#include "coursecatalog.h"
#include "lessonweb.h"
#include "storage/database.h"

#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

Q_LOGGING_CATEGORY(lcApp, "dojo.app")

AppComposition::AppComposition(const AppOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_catalog(new CourseCatalog(this)),
      m_settings(new AppSettings(m_catalog, this)), m_web(new LessonWeb(m_catalog, this)),
      m_session(new AppSession(m_options.databasePath, this))
{
    CourseCatalog::setInstance(m_catalog);
    AppSettings::setInstance(m_settings);
    LessonWeb::setInstance(m_web);
    AppSession::setInstance(m_session);

    // Language first: the loader's messages are translated as they are made.
    m_settings->initialise(m_options.language);
    m_session->openDatabase();
    m_catalog->load(m_options.contentDir);
}

AppComposition::~AppComposition()
{
    m_engine.reset(); // QML first: it refers to the services below
    CourseCatalog::setInstance(nullptr);
    AppSettings::setInstance(nullptr);
    LessonWeb::setInstance(nullptr);
    AppSession::setInstance(nullptr);
}

QString AppComposition::defaultDatabasePath()
{
    // XDG data directory; the CLI uses the same function so both always agree.
    return dojo::Database::defaultPath();
}

bool AppComposition::loadUi(QString *error)
{
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_settings->setEngine(m_engine.get());
    m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    QStringList warnings;
    connect(m_engine.get(), &QQmlEngine::warnings, this, [&warnings](const QList<QQmlError> &list) {
        for (const QQmlError &e : list)
            warnings.append(e.toString());
    });
    m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/ServiceDojo/Ui/Main.qml")));
    if (m_engine->rootObjects().isEmpty() || !window()) {
        if (error)
            *error = QStringLiteral("the main window could not be created: ") + warnings.join(u'\n');
        return false;
    }
    return true;
}

QQuickWindow *AppComposition::window() const
{
    if (!m_engine || m_engine->rootObjects().isEmpty())
        return nullptr;
    return qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
}
