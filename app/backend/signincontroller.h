// The sign-in screen: pick one of the people who signed in on this computer before, or type a
// sign-in name; then the password or PIN (the deployment's mode). The rules (same answer for an
// unknown name and a wrong secret, the growing delay after failures) are AccountService's.
#pragma once

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class SignInController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString login MEMBER m_login NOTIFY inputChanged)
    Q_PROPERTY(QString secret MEMBER m_secret NOTIFY inputChanged)
    Q_PROPERTY(bool pinMode READ pinMode CONSTANT)
    Q_PROPERTY(QStringList recentLogins READ recentLogins NOTIFY recentLoginsChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    explicit SignInController(QObject *parent = nullptr);

    bool pinMode() const { return m_pinMode; }
    QStringList recentLogins() const { return m_recent; }
    QString errorText() const { return m_error; }

    // Signs in with the inputs; on failure errorText says what happened and what to do.
    Q_INVOKABLE bool signIn();
    // Forgets a name from the list of recent sign-ins on this computer.
    Q_INVOKABLE void forget(const QString &login);

    static constexpr int kRecentLimit = 8;

signals:
    void inputChanged();
    void recentLoginsChanged();
    void errorTextChanged();
    void signedIn();

private:
    void setError(const QString &error);
    void remember(const QString &login);
    void saveRecent();

    QString m_login, m_secret, m_error;
    QStringList m_recent;
    bool m_pinMode = false;
};
