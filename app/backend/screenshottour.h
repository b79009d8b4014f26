// `servicedojo --demo --screenshots DIR`: walks every trainee screen on the demo database and saves each
// one as a PNG, in both languages and both themes at 1280×720, plus zh_CN light at 1920×1080
// (DIR/<language>-<theme>-<width>x<height>/NN-<screen>.png), then quits.
// Anyone can review the whole UI without clicking. Screens are reached the way a trainee reaches them:
// through Catalog's requests and the controllers' own invokables, found by objectName.
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QTimer>

#include "auth/accountservice.h"

#include <functional>
#include <optional>

class AppComposition;
class QQuickItem;

class ScreenshotTour : public QObject {
    Q_OBJECT
public:
    ScreenshotTour(AppComposition *app, const QString &outputDir, QObject *parent = nullptr);

    struct Pass {
        QString language; // "zh_CN", "en"
        bool dark = false;
        QSize size;
        QString folderName() const;
    };
    // Replaces the default passes.
    void setPasses(const QList<Pass> &passes) { m_passes = passes; }
    void start();

    // The files written so far (absolute paths).
    const QStringList &written() const { return m_written; }

private:
    struct Step {
        QString name;                  // file name part
        std::function<void()> action;  // what a trainee would do to get there
        std::function<bool()> ready;   // true once the screen shows what it should
        int settleMs = 350;            // animations, fonts
    };

    void buildSteps();
    void runNext();
    void capture(const Step &step);
    void finish(bool ok, const QString &reason);

    QQuickItem *item(const QString &objectName) const;
    QObject *controllerOf(const QString &objectName) const;
    bool visible(const QString &objectName) const;
    void click(const QString &objectName) const;

    AppComposition *m_app;
    QString m_dir;
    QList<Pass> m_passes{{QStringLiteral("zh_CN"), false, {1280, 720}},
                         {QStringLiteral("zh_CN"), true, {1280, 720}},
                         {QStringLiteral("en"), false, {1280, 720}},
                         {QStringLiteral("en"), true, {1280, 720}},
                         {QStringLiteral("zh_CN"), false, {1920, 1080}}};
    QList<Step> m_steps;
    int m_pass = 0;  // index into m_passes
    int m_index = 0; // index into m_steps
    QTimer m_poll;
    QElapsedTimer m_waiting;
    QStringList m_written;
    QStringList m_problems;
    QString m_lastLessonLoaded;
    QString m_savedLanguage;
    bool m_savedDark = false;
    std::optional<dojo::User> m_demoTrainee;
};
