// The first-run screen: with no account in the database, the first person creates the manager account.
// The rules (secret strength, PIN format, "only while there is no user") are AccountService's.
#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

class FirstRunController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString displayName MEMBER m_displayName NOTIFY inputChanged)
    Q_PROPERTY(QString login MEMBER m_login NOTIFY inputChanged)
    Q_PROPERTY(QString secret MEMBER m_secret NOTIFY inputChanged)
    Q_PROPERTY(QString secretRepeat MEMBER m_secretRepeat NOTIFY inputChanged)
    Q_PROPERTY(bool pinMode READ pinMode NOTIFY modeChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    explicit FirstRunController(QObject *parent = nullptr);

    bool pinMode() const { return m_pinMode; }
    QString errorText() const { return m_error; }

    // Creates the first manager from the inputs; on failure errorText says what to fix.
    Q_INVOKABLE bool create();

signals:
    void inputChanged();
    void modeChanged();
    void errorTextChanged();
    void created();

private:
    void setError(const QString &error);

    QString m_displayName, m_login, m_secret, m_secretRepeat, m_error;
    bool m_pinMode = false;
};
