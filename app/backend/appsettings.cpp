#include "appsettings.h"

#include "coursecatalog.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QQmlEngine>
#include <QSettings>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcSettings, "dojo.settings")

namespace {
AppSettings *s_instance = nullptr;
const QStringList kLanguages = {QStringLiteral("zh_CN"), QStringLiteral("en")};
} // namespace

AppSettings::AppSettings(CourseCatalog *catalog, QObject *parent) : QObject(parent), m_catalog(catalog)
{
    m_dark = QSettings().value(QStringLiteral("ui/darkTheme"), false).toBool();
}

AppSettings *AppSettings::create(QQmlEngine *engine, QJSEngine *)
{
    Q_ASSERT(s_instance);
    s_instance->setEngine(engine);
    QQmlEngine::setObjectOwnership(s_instance, QQmlEngine::CppOwnership);
    return s_instance;
}

void AppSettings::setInstance(AppSettings *settings) { s_instance = settings; }

QStringList AppSettings::languages() const { return kLanguages; }

QString AppSettings::languageName(const QString &language) const
{
    // Each language is named in itself, so a user can always find their own.
    return language == u"zh_CN" ? QStringLiteral("简体中文") : QStringLiteral("English");
}

QString AppSettings::contentLocaleFor(const QString &language)
{
    return language == u"zh_CN" ? QStringLiteral("zh-CN") : QStringLiteral("en");
}

void AppSettings::initialise(const QString &initial)
{
    QString language = initial;
    if (language.isEmpty())
        language = QSettings().value(QStringLiteral("ui/language")).toString();
    if (language.isEmpty())
        language = QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    if (language == u"zh" || language == u"zh-CN")
        language = QStringLiteral("zh_CN");
    if (!kLanguages.contains(language)) {
        qCWarning(lcSettings) << "unknown language" << language << "- using English";
        language = QStringLiteral("en");
    }
    apply(language);
}

void AppSettings::setLanguage(const QString &language)
{
    if (language == m_language || !kLanguages.contains(language))
        return;
    apply(language);
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

void AppSettings::apply(const QString &language)
{
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator);
        delete m_translator;
        m_translator = nullptr;
    }
    // English is the source language: its file holds only the plural forms ("1 item", "2 items").
    auto *translator = new QTranslator(this);
    if (translator->load(QStringLiteral(":/i18n/servicedojo_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(translator);
        m_translator = translator;
    } else {
        qCWarning(lcSettings) << "no translation for" << language;
        delete translator;
    }
    m_language = language;
    QLocale::setDefault(QLocale(language));
    if (m_catalog && m_catalog->isLoaded())
        m_catalog->load(m_catalog->contentRoot(), contentLocaleFor(language)); // problems in the new language
    else if (m_catalog)
        m_catalog->setLocale(contentLocaleFor(language));
    if (m_engine)
        m_engine->retranslate();
    emit languageChanged();
}

void AppSettings::setDarkTheme(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    QSettings().setValue(QStringLiteral("ui/darkTheme"), dark);
    emit darkThemeChanged();
}
