// User interface settings as a QML singleton (`AppSettings`): language and theme, remembered between
// runs. Switching language installs the translation, retranslates QML and switches the course locale.
#pragma once

#include <QObject>
#include <QStringList>
#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>


class QTranslator;
class CourseCatalog;

class AppSettings : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(AppSettings)
    QML_SINGLETON
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QStringList languages READ languages CONSTANT)
    Q_PROPERTY(bool darkTheme READ darkTheme WRITE setDarkTheme NOTIFY darkThemeChanged)

public:
    AppSettings(CourseCatalog *catalog, QObject *parent = nullptr);
    static AppSettings *create(QQmlEngine *engine, QJSEngine *);
    static void setInstance(AppSettings *settings);

    // "zh_CN" or "en". `initial` overrides the remembered choice; empty follows the system locale.
    void initialise(const QString &initial);
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QStringList languages() const;
    Q_INVOKABLE QString languageName(const QString &language) const;
    bool darkTheme() const { return m_dark; }
    void setDarkTheme(bool dark);

    // The content locale folder that matches a UI language ("zh_CN" -> "zh-CN").
    static QString contentLocaleFor(const QString &language);

signals:
    void languageChanged();
    void darkThemeChanged();

private:
    void apply(const QString &language);

    CourseCatalog *m_catalog;
    QQmlEngine *m_engine = nullptr;
    QTranslator *m_translator = nullptr;
    QString m_language;
    bool m_dark = false;
};
