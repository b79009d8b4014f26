#include "appcomposition.h"

#include "appsession.h"
#include "appsettings.h"
#include "coursecatalog.h"
#include "lessonweb.h"
#include "storage/database.h"
#include "demo/demoseed.h"
#include "auth/accountservice.h"

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
    // The warnings of the load itself, for the error message. Disconnected right after: the list lives
    // on this stack frame (a later warning written into it corrupted memory and crashed the app).
    QStringList warnings;
    const QMetaObject::Connection collect =
        connect(m_engine.get(), &QQmlEngine::warnings, this, [&warnings](const QList<QQmlError> &list) {
            for (const QQmlError &e : list)
                warnings.append(e.toString());
        });
    m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/ServiceDojo/Ui/Main.qml")));
    disconnect(collect);
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

bool AppComposition::prepareDemo(QString *error)
{
    dojo::Database *db = m_session->database();
    const dojo::Course *course = m_catalog->course();
    if (!db || !course) {
        if (error)
            *error = !db ? m_session->databaseError() : QStringLiteral("the course could not be loaded");
        return false;
    }
    if (m_session->needsFirstManager()) {
        auto seeded = dojo::seedDemo(*db, *course, QDateTime::currentDateTimeUtc(),
                                     [this](const dojo::Lesson &lesson) { return m_catalog->lessonVersion(lesson.id); });
        if (!seeded.ok()) {
            if (error)
                *error = seeded.error().message;
            return false;
        }
        m_session->refreshAccounts();
        m_session->setSignedInUser(seeded->trainee);
        qCInfo(lcApp) << "demo database ready; every demo account's password is" << seeded->secret;
        return true;
    }
    // An existing demo database: sign its trainee in.
    const auto signedIn = m_session->signIn(QStringLiteral("xiaoqing"), QStringLiteral("demo-password"));
    if (!signedIn.ok()) {
        if (error)
            *error = QStringLiteral("%1 already has accounts and is not a demo database; pass --db with a new file")
                         .arg(m_session->databasePath());
        return false;
    }
    return true;
}
