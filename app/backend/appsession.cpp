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

dojo::SignInResult AppSession::signIn(const QString &login, const QString &secret)
{
    if (!m_database) {
        dojo::SignInResult result;
        result.status = dojo::SignInResult::Status::Failed;
        result.message = tr("The database is not open, so nobody can sign in: %1").arg(m_error);
        return result;
    }
    dojo::SignInResult result = dojo::AccountService(*m_database).signIn(login, secret);
    if (result.ok())
        setSignedInUser(result.user);
    return result;
}

void AppSession::setSignedInUser(const dojo::User &user)
{
    m_user = user;
    qCInfo(lcSession) << "signed in:" << user.login;
    emit userChanged();
}

void AppSession::signOut()
{
    if (!m_user)
        return;
    qCInfo(lcSession) << "signed out:" << m_user->login;
    m_user.reset();
    emit userChanged();
}
