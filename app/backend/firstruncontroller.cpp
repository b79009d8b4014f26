#include "firstruncontroller.h"

#include "appsession.h"
#include "auth/accountservice.h"
#include "storage/database.h"

FirstRunController::FirstRunController(QObject *parent) : QObject(parent)
{
    AppSession *session = AppSession::instance();
    if (session && session->database()) {
        dojo::AccountService accounts(*session->database());
        const auto mode = accounts.authMode();
        m_pinMode = mode.ok() && mode.value() == dojo::AuthMode::Pin;
    }
}

bool FirstRunController::create()
{
    AppSession *session = AppSession::instance();
    if (!session || !session->database()) {
        setError(tr("The database is not open, so no account can be created: %1")
                     .arg(session ? session->databaseError() : QString()));
        return false;
    }
    if (m_secret != m_secretRepeat) {
        setError(m_pinMode ? tr("The two PINs are not the same.") : tr("The two passwords are not the same."));
        return false;
    }
    dojo::AccountService accounts(*session->database());
    dojo::NewUser user;
    user.login = m_login.trimmed();
    user.displayName = m_displayName.trimmed();
    user.roles = dojo::Roles(dojo::Role::Manager) | dojo::Role::Trainer;
    const auto made = accounts.createFirstManager(user, m_secret);
    if (!made.ok()) {
        setError(made.error().message);
        return false;
    }
    setError({});
    session->refreshAccounts();
    session->setSignedInUser(made.value());
    emit created();
    return true;
}

void FirstRunController::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorTextChanged();
}
