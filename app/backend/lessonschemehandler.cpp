#include "lessonschemehandler.h"

#include "coursecatalog.h"
#include "markdown/lessonpage.h"
#include "markdown/markdownrenderer.h"

#include <QBuffer>
#include <QFile>
#include <QLoggingCategory>
#include <QUrlQuery>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

Q_LOGGING_CATEGORY(lcWeb, "dojo.web")

namespace {
void replyWith(QWebEngineUrlRequestJob *job, const QByteArray &mime, const QByteArray &data)
{
    auto *buffer = new QBuffer(job);
    buffer->setData(data);
    job->reply(mime, buffer);
}
} // namespace

LessonSchemeHandler::LessonSchemeHandler(const CourseCatalog *catalog, QObject *parent)
    : QWebEngineUrlSchemeHandler(parent), m_catalog(catalog)
{
}

void LessonSchemeHandler::registerScheme()
{
    QWebEngineUrlScheme scheme(dojo::kDojoScheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    scheme.setDefaultPort(QWebEngineUrlScheme::PortUnspecified);
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme);
    QWebEngineUrlScheme::registerScheme(scheme);
}

void LessonSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    if (job->requestMethod() != "GET") {
        qCWarning(lcWeb) << "refused" << job->requestMethod() << url.toString();
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    const dojo::ContentUrlResolver resolver(m_catalog->contentRoot());
    const dojo::ContentRequest request = resolver.resolve(url);
    switch (request.kind) {
    case dojo::ContentRequest::Kind::Stylesheet:
        replyWith(job, "text/css", dojo::LessonPage::stylesheet());
        return;
    case dojo::ContentRequest::Kind::LessonPage: {
        const dojo::Course *course = m_catalog->library().course(request.locale);
        const dojo::Lesson *lesson = course ? course->lesson(request.lessonId) : nullptr;
        if (!lesson) {
            qCWarning(lcWeb) << "no lesson for" << url.toString();
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        const bool dark = QUrlQuery(url).queryItemValue(QStringLiteral("theme")) == u"dark";
        dojo::MarkdownRenderer renderer;
        renderer.enableCopyLinks(lesson->id); // SAY boxes get a "Copy" link the reader handles
        const dojo::RenderedMarkdown rendered = renderer.render(lesson->markdown);
        const QString page = dojo::LessonPage::build(
            {course->locale, lesson->title, rendered.html, dark ? dojo::PageTheme::Dark : dojo::PageTheme::Light});
        replyWith(job, "text/html", page.toUtf8());
        return;
    }
    case dojo::ContentRequest::Kind::Asset: {
        QFile file(request.filePath);
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcWeb) << "cannot read" << request.filePath << file.errorString();
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        replyWith(job, request.mimeType.toLatin1(), file.readAll());
        return;
    }
    case dojo::ContentRequest::Kind::Refused:
        break;
    }
    qCWarning(lcWeb) << "refused" << url.toString(QUrl::FullyEncoded) << "-" << request.reason;
    job->fail(QWebEngineUrlRequestJob::RequestDenied);
}
