#include "appsession.h"

#include "auth/accountservice.h"
#include "storage/database.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSession, "dojo.session")

namespace {
AppSession *s_instance = nullptr;
}

AppSession::AppSession(const QString &databasePath, QObject *parent) : QObject(parent), m_path(databasePath) {}

AppSession::~AppSession()
{
    if (s_instance == this)
        s_instance = nullptr;
}

AppSession *AppSession::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QQmlEngine::setObjectOwnership(s_instance, QQmlEngine::CppOwnership);
    return s_instance;
}

void AppSession::setInstance(AppSession *session) { s_instance = session; }
AppSession *AppSession::instance() { return s_instance; }

void AppSession::refreshAccounts()
{
    bool needs = false;
    if (m_database) {
        const auto answer = dojo::AccountService(*m_database).needsFirstManager();
        needs = answer.ok() && answer.value();
        if (!answer.ok())
            qCWarning(lcSession) << "cannot read accounts:" << answer.error().message;
    }
    if (needs != m_needsFirstManager) {
        m_needsFirstManager = needs;
        emit accountsChanged();
    }
}

bool AppSession::openDatabase()
{
    auto opened = dojo::Database::open(m_path);
    if (opened.ok()) {
        m_database = std::move(opened).value();
        m_error.clear();
        qCInfo(lcSession) << "database" << m_path << "schema version" << m_database->schemaVersion();
    } else {
        m_database.reset();
        m_error = opened.error().message;
        qCWarning(lcSession) << "database not opened:" << m_error;
    }
    emit databaseChanged();
    refreshAccounts();
    return databaseReady();
}
