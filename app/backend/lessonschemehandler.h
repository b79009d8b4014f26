// Serves the dojo: scheme to WebEngine: rendered lesson pages, the stylesheet, and image assets from
// the content folder only. Every refusal is logged with its reason (category dojo.web).
#pragma once

#include "web/contenturl.h"

#include <QWebEngineUrlSchemeHandler>

class CourseCatalog;

class LessonSchemeHandler : public QWebEngineUrlSchemeHandler {
    Q_OBJECT
public:
    explicit LessonSchemeHandler(const CourseCatalog *catalog, QObject *parent = nullptr);
    void requestStarted(QWebEngineUrlRequestJob *job) override;

    // Registers the scheme with WebEngine; must run before the application object exists.
    static void registerScheme();

private:
    const CourseCatalog *m_catalog;
};
