// The running session as a QML singleton (`Session`): the database the app works on and whether it
// opened. A database that cannot be opened (newer schema, read-only, locked, damaged) leaves the app
// usable for reading lessons and shows the store's message, which names the file and what to do.
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>

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

signals:
    void databaseChanged();
    void accountsChanged();

private:
    QString m_path;
    std::unique_ptr<dojo::Database> m_database;
    QString m_error;
    bool m_needsFirstManager = false;
};
