#include "lessoncontroller.h"

#include "coursecatalog.h"
#include "lessonlistmodel.h"
#include "markdown/markdownrenderer.h"
#include "web/contenturl.h"

#include <QDesktopServices>
#include <QLoggingCategory>
#include <QUrlQuery>
#include <QVariantMap>

Q_LOGGING_CATEGORY(lcLesson, "dojo.lesson")

namespace {
const dojo::Lesson *findLesson(const QString &id)
{
    const CourseCatalog *catalog = CourseCatalog::instance();
    return catalog && catalog->course() ? catalog->course()->lesson(id) : nullptr;
}
} // namespace

LessonController::LessonController(QObject *parent) : QObject(parent)
{
    if (CourseCatalog *catalog = CourseCatalog::instance())
        connect(catalog, &CourseCatalog::courseChanged, this, &LessonController::lessonChanged);
}

void LessonController::setLessonId(const QString &id)
{
    if (id == m_lessonId)
        return;
    m_lessonId = id;
    emit lessonChanged();
    if (id.isEmpty())
        setStatus(Status::Empty);
    else if (!isValid())
        setStatus(Status::Failed, tr("The lesson \"%1\" is not in this course.").arg(id));
    else
        setStatus(Status::Loading);
}

void LessonController::setDarkTheme(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    emit lessonChanged();
}

bool LessonController::isValid() const { return findLesson(m_lessonId) != nullptr; }

QString LessonController::title() const
{
    const dojo::Lesson *l = findLesson(m_lessonId);
    return l ? l->title : QString();
}

QString LessonController::moduleTitle() const
{
    const dojo::Lesson *l = findLesson(m_lessonId);
    const CourseCatalog *catalog = CourseCatalog::instance();
    if (!l || !catalog || !catalog->course())
        return {};
    const dojo::Module *m = catalog->course()->module(l->moduleId);
    return m ? m->title : QString();
}

int LessonController::minutes() const
{
    const dojo::Lesson *l = findLesson(m_lessonId);
    return l ? l->minutes : 0;
}

QUrl LessonController::pageUrl() const
{
    const CourseCatalog *catalog = CourseCatalog::instance();
    if (!isValid() || !catalog)
        return {};
    QUrl url = dojo::ContentUrlResolver::lessonUrl(catalog->locale(), m_lessonId);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("theme"), m_dark ? QStringLiteral("dark") : QStringLiteral("light"));
    url.setQuery(query);
    return url;
}

QVariantList LessonController::toc() const
{
    QVariantList out;
    const dojo::Lesson *l = findLesson(m_lessonId);
    if (!l)
        return out;
    // Rendering again here is cheap (well under a millisecond for a lesson) and keeps one source of
    // truth for anchors: the renderer.
    const dojo::RenderedMarkdown rendered = dojo::MarkdownRenderer().render(l->markdown);
    for (const dojo::TocEntry &e : rendered.toc)
        out.append(QVariantMap{{QStringLiteral("text"), e.text},
                               {QStringLiteral("anchor"), e.anchor},
                               {QStringLiteral("level"), e.level}});
    return out;
}

QString LessonController::neighbour(int offset) const
{
    const CourseCatalog *catalog = CourseCatalog::instance();
    if (!catalog)
        return {};
    const int at = catalog->lessons()->indexOf(m_lessonId);
    return at < 0 ? QString() : catalog->lessons()->idAt(at + offset);
}

QString LessonController::previousLessonId() const { return neighbour(-1); }
QString LessonController::nextLessonId() const { return neighbour(+1); }

void LessonController::pageLoadFinished(bool ok, const QString &message)
{
    if (ok)
        setStatus(Status::Ready);
    else
        setStatus(Status::Failed, tr("The lesson page could not be shown: %1").arg(message));
    if (CourseCatalog *catalog = CourseCatalog::instance())
        catalog->reportLessonPage(m_lessonId, ok, message);
}

LessonController::NavigationAction LessonController::navigationRequested(const QUrl &url)
{
    switch (dojo::decideNavigation(url)) {
    case dojo::NavigationDecision::Allow: {
        const QString id = dojo::lessonPageOf(url)->lessonId; // Allow means it names a lesson page
        if (id != m_lessonId && findLesson(id)) {
            emit openLessonRequested(id);
            return NavigationAction::Ignore; // the reader switches lesson itself
        }
        return NavigationAction::Accept;
    }
    case dojo::NavigationDecision::OpenExternally:
        qCInfo(lcLesson) << "opening in the system browser:" << url.toString();
        QDesktopServices::openUrl(url);
        return NavigationAction::Ignore;
    case dojo::NavigationDecision::Refuse:
        break;
    }
    qCWarning(lcLesson) << "refused navigation to" << url.toString();
    return NavigationAction::Ignore;
}

void LessonController::setStatus(Status status, const QString &error)
{
    if (status == m_status && error == m_errorText)
        return;
    m_status = status;
    m_errorText = error;
    emit statusChanged();
}
