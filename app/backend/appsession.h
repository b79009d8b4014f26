// The running session as a QML singleton (`Session`): the database the app works on and whether it
// opened. A database that cannot be opened (newer schema, read-only, locked, damaged) leaves the app
// usable for reading lessons and shows the store's message, which names the file and what to do.
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>

#include "auth/accountservice.h"

#include <memory>

namespace dojo {
class Database;
}

class AppSession : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Session)
    QML_SINGLETON
    Q_PROPERTY(QString databasePath READ databasePath CONSTANT)
    Q_PROPERTY(bool databaseReady READ databaseReady NOTIFY databaseChanged)
    Q_PROPERTY(QString databaseError READ databaseError NOTIFY databaseChanged)
    // True while the database holds no account: the first-run screen creates the first manager.
    Q_PROPERTY(bool needsFirstManager READ needsFirstManager NOTIFY accountsChanged)
    // Who is signed in. Training records are written for this user; nobody signed in = nothing saved.
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY userChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY userChanged)
    Q_PROPERTY(QString userLogin READ userLogin NOTIFY userChanged)
    Q_PROPERTY(bool isManager READ isManager NOTIFY userChanged)
    Q_PROPERTY(bool isTrainer READ isTrainer NOTIFY userChanged)

public:
    // No default constructor on purpose: Qt 6.4 would prefer it over create() for the singleton.
    AppSession(const QString &databasePath, QObject *parent);
    ~AppSession() override;
    static AppSession *create(QQmlEngine *, QJSEngine *);
    static void setInstance(AppSession *session);
    static AppSession *instance();

    // Opens (and migrates) the database; on failure keeps the message for the UI.
    bool openDatabase();

    QString databasePath() const { return m_path; }
    bool databaseReady() const { return m_database != nullptr; }
    QString databaseError() const { return m_error; }
    dojo::Database *database() const { return m_database.get(); }
    bool needsFirstManager() const { return m_needsFirstManager; }
    // Reads again whether any account exists (after the first-run screen made one).
    void refreshAccounts();

    bool signedIn() const { return m_user.has_value(); }
    QString userName() const { return m_user ? m_user->displayName : QString(); }
    QString userLogin() const { return m_user ? m_user->login : QString(); }
    bool isManager() const { return m_user && m_user->roles.testFlag(dojo::Role::Manager); }
    bool isTrainer() const { return m_user && m_user->roles.testFlag(dojo::Role::Trainer); }
    // The signed-in user (id 0 and no roles when nobody is).
    qint64 userId() const { return m_user ? m_user->id : 0; }
    dojo::Actor actor() const { return m_user ? m_user->actor() : dojo::Actor{}; }
    const std::optional<dojo::User> &user() const { return m_user; }
    // True when records can be written: a database and a signed-in user.
    bool canRecord() const { return m_database && m_user; }

    // Checks the sign-in with AccountService and, when it succeeds, makes the user current.
    dojo::SignInResult signIn(const QString &login, const QString &secret);
    // Makes `user` current without a secret: the first-run screen (the account just made) and the demo.
    void setSignedInUser(const dojo::User &user);
    Q_INVOKABLE void signOut();

signals:
    void databaseChanged();
    void accountsChanged();
    void userChanged();
    // Something was stored for the signed-in user (an answer, a run, a completion…): screens that show
    // progress read it again.
    void recordsChanged();

public:
    void notifyRecordsChanged() { emit recordsChanged(); }

private:
    QString m_path;
    std::unique_ptr<dojo::Database> m_database;
    QString m_error;
    bool m_needsFirstManager = false;
    std::optional<dojo::User> m_user;
};
