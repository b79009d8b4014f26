#include "lessonweb.h"

#include "lessonschemehandler.h"

#include <QQmlEngine>
#include <QtWebEngineQuick/qquickwebengineprofile.h>

namespace {
LessonWeb *s_instance = nullptr;
}

LessonWeb::LessonWeb(const CourseCatalog *catalog, QObject *parent)
    : QObject(parent), m_profile(new QQuickWebEngineProfile(this)), m_handler(new LessonSchemeHandler(catalog, this))
{
    // A profile without a storage name is off the record: no cookies, cache or history on disk.
    m_profile->setOffTheRecord(true);
    m_profile->setHttpCacheType(QQuickWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QQuickWebEngineProfile::NoPersistentCookies);
    m_profile->installUrlSchemeHandler(dojo::kDojoScheme, m_handler);
}

LessonWeb *LessonWeb::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QQmlEngine::setObjectOwnership(s_instance, QQmlEngine::CppOwnership);
    return s_instance;
}

void LessonWeb::setInstance(LessonWeb *web) { s_instance = web; }
