#include "selftest.h"

#include "appcomposition.h"
#include "coursecatalog.h"
#include "lessonlistmodel.h"

#include <QCoreApplication>
#include <QQuickWindow>
#include <QTextStream>

SelfTest::SelfTest(AppComposition *app, int timeoutMs, QObject *parent) : QObject(parent), m_app(app)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(false, QStringLiteral("timed out waiting for lesson \"%1\" to load").arg(m_lessonId));
    });
}

void SelfTest::start()
{
    CourseCatalog *catalog = m_app->catalog();
    QQuickWindow *window = m_app->window();
    if (!window || !window->isVisible())
        return finish(false, QStringLiteral("the main window is not visible"));
    if (!catalog->isLoaded() || catalog->lessons()->rowCount() == 0)
        return finish(false, QStringLiteral("no lesson could be loaded from %1").arg(catalog->contentRoot()));
    m_lessonId = catalog->lessons()->idAt(0);
    connect(catalog, &CourseCatalog::lessonPageFinished, this,
            [this](const QString &id, bool ok, const QString &message) {
                if (id != m_lessonId)
                    return;
                finish(ok, ok ? QStringLiteral("lesson \"%1\" rendered").arg(id)
                              : QStringLiteral("lesson \"%1\" failed to load: %2").arg(id, message));
            });
    m_timeout.start();
    catalog->requestLesson(m_lessonId);
}

void SelfTest::finish(bool ok, const QString &reason)
{
    m_timeout.stop();
    QTextStream(stderr) << "self-test: " << (ok ? "ok: " : "FAILED: ") << reason << '\n';
    QCoreApplication::exit(ok ? 0 : 1);
}
