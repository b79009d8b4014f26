// The WebEngine side of lessons, as a QML singleton (`LessonWeb`): one off-the-record profile with the
// dojo: scheme handler installed. Only qml/components/LessonView.qml uses it.
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>
#include <QtWebEngineQuick/qquickwebengineprofile.h>


class LessonSchemeHandler;
class CourseCatalog;

class LessonWeb : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(LessonWeb)
    QML_SINGLETON
    Q_PROPERTY(QQuickWebEngineProfile *profile READ profile CONSTANT)
public:
    explicit LessonWeb(const CourseCatalog *catalog, QObject *parent = nullptr);
    static LessonWeb *create(QQmlEngine *, QJSEngine *);
    static void setInstance(LessonWeb *web);

    QQuickWebEngineProfile *profile() const { return m_profile; }

private:
    QQuickWebEngineProfile *m_profile;
    LessonSchemeHandler *m_handler;
};
