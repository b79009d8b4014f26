// `servicedojo --self-test`: the whole UI on a temporary database opens the first lesson, waits for
// WebEngine to finish the page, and ends the process with 0 (ok) or 1 and the reason on stderr.
#pragma once

#include <QObject>
#include <QTimer>

class AppComposition;

class SelfTest : public QObject {
    Q_OBJECT
public:
    explicit SelfTest(AppComposition *app, int timeoutMs = 90000, QObject *parent = nullptr);
    void start();

private:
    void finish(bool ok, const QString &reason);

    AppComposition *m_app;
    QTimer m_timeout;
    QString m_lessonId;
};
