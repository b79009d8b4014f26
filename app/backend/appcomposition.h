// The composition root: builds every service once, publishes them to QML as singletons, and loads the
// window. main() and the UI tests both go through it, so tests run exactly what users run.
#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QQmlApplicationEngine;
class QQuickWindow;
class CourseCatalog;
class AppSettings;
class LessonWeb;
class AppSession;

struct AppOptions {
    QString contentDir;   // the course folder (content/)
    QString databasePath; // the SQLite file
    QString language;     // "zh_CN", "en", or empty to follow the saved choice / system locale
};

class AppComposition : public QObject {
    Q_OBJECT
public:
    explicit AppComposition(const AppOptions &options, QObject *parent = nullptr);
    ~AppComposition() override;

    // Fills an empty database with the demo team and records (dojo::seedDemo) and signs the demo trainee
    // in. A database that already has people is used as it is (the trainee is signed in if it is a demo
    // database). On failure returns false and says why in *error.
    bool prepareDemo(QString *error);

    // Loads Main.qml; on failure returns false and says why in *error.
    bool loadUi(QString *error);

    QQmlApplicationEngine *engine() const { return m_engine.get(); }
    QQuickWindow *window() const;
    CourseCatalog *catalog() const { return m_catalog; }
    AppSettings *settings() const { return m_settings; }
    AppSession *session() const { return m_session; }
    const AppOptions &options() const { return m_options; }

    static QString defaultDatabasePath();

private:
    AppOptions m_options;
    CourseCatalog *m_catalog;
    AppSettings *m_settings;
    LessonWeb *m_web;
    AppSession *m_session;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
};
