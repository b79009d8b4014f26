#include "signincontroller.h"

#include "appsession.h"
#include "auth/accountservice.h"
#include "storage/database.h"

#include <QSettings>

namespace {
const char kRecentKey[] = "signIn/recentLogins";
}

SignInController::SignInController(QObject *parent) : QObject(parent)
{
    AppSession *session = AppSession::instance();
    if (session && session->database()) {
        const auto mode = dojo::AccountService(*session->database()).authMode();
        m_pinMode = mode.ok() && mode.value() == dojo::AuthMode::Pin;
    }
    m_recent = QSettings().value(QLatin1String(kRecentKey)).toStringList();
    m_recent.removeAll(QString());
    if (!m_recent.isEmpty())
        m_login = m_recent.first();
}

bool SignInController::signIn()
{
    AppSession *session = AppSession::instance();
    if (!session) {
        setError(tr("The application is not ready yet; try again in a moment."));
        return false;
    }
    if (m_login.trimmed().isEmpty()) {
        setError(tr("Type your sign-in name, or pick it from the list."));
        return false;
    }
    if (m_secret.isEmpty()) {
        setError(m_pinMode ? tr("Type your 6-digit PIN.") : tr("Type your password."));
        return false;
    }
    const dojo::SignInResult result = session->signIn(m_login, m_secret);
    m_secret.clear();
    emit inputChanged();
    if (!result.ok()) {
        setError(result.message);
        return false;
    }
    setError({});
    remember(result.user.login);
    emit signedIn();
    return true;
}

void SignInController::forget(const QString &login)
{
    if (m_recent.removeAll(login) > 0) {
        saveRecent();
        emit recentLoginsChanged();
    }
}

void SignInController::remember(const QString &login)
{
    m_recent.removeAll(login);
    m_recent.prepend(login);
    while (m_recent.size() > kRecentLimit)
        m_recent.removeLast();
    saveRecent();
    emit recentLoginsChanged();
}

void SignInController::saveRecent()
{
    QSettings().setValue(QLatin1String(kRecentKey), m_recent);
}

void SignInController::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorTextChanged();
}
