#include "lessoncontroller.h"

#include "appsession.h"
#include "coursecatalog.h"
#include "learning/readingposition.h"
#include "lessonlistmodel.h"
#include "markdown/markdownrenderer.h"
#include "storage/lessonprogressstore.h"
#include "web/contenturl.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QUrlQuery>
#include <QVariantMap>

// Progress is recorded against the lesson's version over every language (CourseCatalog::lessonVersion).
static QByteArray lessonVersion(const QString &lessonId)
{
    const CourseCatalog *catalog = CourseCatalog::instance();
    return catalog ? catalog->lessonVersion(lessonId) : QByteArray();
}

Q_LOGGING_CATEGORY(lcLesson, "dojo.lesson")

namespace {
const dojo::Lesson *findLesson(const QString &id)
{
    const CourseCatalog *catalog = CourseCatalog::instance();
    return catalog && catalog->course() ? catalog->course()->lesson(id) : nullptr;
}
} // namespace

namespace {
// How often the time spent is written while reading, and how often the end-of-page rule is checked.
constexpr int kFlushEveryMs = 30 * 1000;
constexpr int kTickMs = 5 * 1000;
} // namespace

LessonController::LessonController(QObject *parent) : QObject(parent)
{
    if (CourseCatalog *catalog = CourseCatalog::instance())
        connect(catalog, &CourseCatalog::courseChanged, this, &LessonController::lessonChanged);
    m_session = AppSession::instance();
    if (AppSession *session = AppSession::instance()) {
        // Another user: what was counted so far belonged to the previous one and is dropped.
        connect(session, &AppSession::userChanged, this, [this] {
            m_clock.invalidate();
            m_positionDirty = false;
            enterLesson();
            updateClock();
        });
    }
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &LessonController::tick);
}

LessonController::~LessonController()
{
    // At shutdown the session may go first: then there is nothing to store into.
    if (m_session && m_session == AppSession::instance())
        leaveLesson();
}

void LessonController::setLessonId(const QString &id)
{
    if (id == m_lessonId)
        return;
    leaveLesson();
    m_lessonId = id;
    m_atEnd = false;
    m_fraction = 0;
    m_anchor.clear();
    enterLesson();
    emit lessonChanged();
    updateClock();
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
    case dojo::NavigationDecision::AppAction:
        if (const std::optional<dojo::CopyPhraseRef> copy = dojo::copyPhraseOf(url); copy && copy->lessonId == m_lessonId) {
            copyPhrase(copy->index);
            return NavigationAction::Ignore;
        }
        break;
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

QVariantList LessonController::quizLinks() const
{
    QVariantList out;
    const CourseCatalog *catalog = CourseCatalog::instance();
    if (!catalog || !catalog->course() || !isValid())
        return out;
    for (const dojo::Quiz &quiz : catalog->course()->quizzes) {
        if (quiz.lessonId == m_lessonId)
            out.append(QVariantMap{{QStringLiteral("id"), quiz.id},
                                   {QStringLiteral("title"), quiz.title},
                                   {QStringLiteral("questions"), int(quiz.questions.size())}});
    }
    return out;
}

QVariantList LessonController::scenarioLinks() const
{
    QVariantList out;
    const dojo::Lesson *l = findLesson(m_lessonId);
    const CourseCatalog *catalog = CourseCatalog::instance();
    if (!l || !catalog || !catalog->course())
        return out;
    for (const dojo::Scenario &scenario : catalog->course()->scenarios) {
        if (scenario.moduleId == l->moduleId)
            out.append(QVariantMap{{QStringLiteral("id"), scenario.id}, {QStringLiteral("title"), scenario.title}});
    }
    return out;
}

bool LessonController::canRecord() const
{
    const AppSession *session = AppSession::instance();
    return session && session->canRecord() && isValid();
}

int LessonController::minimumReadingSeconds() const
{
    return int(dojo::reading::minimumReadingMs(minutes()) / 1000);
}

qint64 LessonController::timeSpentMs() const
{
    return m_storedMs + (m_clock.isValid() ? m_clock.elapsed() : 0);
}

void LessonController::setReading(bool reading)
{
    if (reading == m_reading)
        return;
    m_reading = reading;
    if (!reading) {
        flushTime();
        savePosition();
    }
    updateClock();
    emit readingChanged();
}

// The clock runs only while the trainee reads a lesson that can be recorded.
void LessonController::updateClock()
{
    const bool run = m_reading && canRecord();
    if (run && !m_clock.isValid())
        m_clock.start();
    else if (!run)
        m_clock.invalidate();
    if (run)
        m_tick.start();
    else
        m_tick.stop();
}

void LessonController::enterLesson()
{
    m_storedMs = 0;
    m_completed = m_outdated = false;
    m_savedFraction = 0;
    m_savedAnchor.clear();
    m_recordError.clear();
    const dojo::Lesson *l = findLesson(m_lessonId);
    AppSession *session = AppSession::instance();
    if (l && session && session->canRecord()) {
        dojo::Database &db = *session->database();
        dojo::LessonProgressStore progress(db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (const dojo::StoreStatus opened =
                progress.recordOpened(session->actor(), session->userId(), l->id, lessonVersion(l->id), now);
            !opened) {
            m_recordError = opened.error().message;
        }
        if (const auto p = progress.progress(session->actor(), session->userId(), l->id, lessonVersion(l->id)); p) {
            m_storedMs = p->timeSpentMs;
            m_completed = p->status == dojo::LessonStatus::Completed;
            m_outdated = p->status == dojo::LessonStatus::Outdated;
        } else {
            m_recordError = p.error().message;
        }
        if (const auto pos = dojo::ReadingPositionStore(db).position(session->actor(), session->userId(), l->id);
            pos && pos->has_value()) {
            m_savedFraction = (*pos)->scrollFraction;
            m_savedAnchor = (*pos)->anchor;
            m_fraction = m_savedFraction;
            m_anchor = m_savedAnchor;
        }
        if (m_recordError.isEmpty())
            session->notifyRecordsChanged();
        else
            qCWarning(lcLesson) << "lesson progress not recorded:" << m_recordError;
    }
    emit progressChanged();
}

void LessonController::leaveLesson()
{
    flushTime();
    savePosition();
    m_clock.invalidate();
}

void LessonController::flushTime()
{
    if (!m_clock.isValid())
        return;
    const qint64 ms = m_clock.restart();
    AppSession *session = AppSession::instance();
    if (ms <= 0 || !session || !session->canRecord() || !isValid())
        return;
    const dojo::StoreStatus added =
        dojo::LessonProgressStore(*session->database()).addTimeSpent(session->actor(), session->userId(), m_lessonId, ms);
    if (added)
        m_storedMs += ms;
    else
        setRecordError(added.error().message);
}

void LessonController::savePosition()
{
    AppSession *session = AppSession::instance();
    if (!m_positionDirty || !session || !session->canRecord() || !isValid())
        return;
    m_positionDirty = false;
    const dojo::StoreStatus saved = dojo::ReadingPositionStore(*session->database())
                                        .save(session->actor(), session->userId(), m_lessonId,
                                              {m_anchor, m_fraction, {}}, QDateTime::currentDateTimeUtc());
    if (!saved)
        setRecordError(saved.error().message);
}

void LessonController::tick()
{
    if (m_clock.isValid() && m_clock.elapsed() >= kFlushEveryMs) {
        flushTime();
        savePosition();
    }
    if (!m_completed && dojo::reading::shouldCompleteAutomatically(m_atEnd, timeSpentMs(), minutes()))
        complete(true);
}

void LessonController::reportScroll(double scrollY, double viewportHeight, double contentHeight)
{
    if (!isValid() || contentHeight <= 0)
        return;
    const double fraction = dojo::reading::scrollFraction(scrollY, viewportHeight, contentHeight);
    if (!qFuzzyCompare(1.0 + fraction, 1.0 + m_fraction)) {
        m_fraction = fraction;
        m_positionDirty = true;
    }
    m_atEnd = dojo::reading::reachedEnd(scrollY, viewportHeight, contentHeight);
    if (m_atEnd && m_reading && !m_completed && canRecord() &&
        dojo::reading::shouldCompleteAutomatically(true, timeSpentMs(), minutes()))
        complete(true);
}

void LessonController::reportAnchor(const QString &anchor)
{
    if (anchor == m_anchor)
        return;
    m_anchor = anchor;
    m_positionDirty = true;
}

void LessonController::markComplete() { complete(false); }

void LessonController::complete(bool automatic)
{
    const dojo::Lesson *l = findLesson(m_lessonId);
    AppSession *session = AppSession::instance();
    if (!l || !session || !session->canRecord() || m_completed)
        return;
    flushTime();
    const dojo::StoreStatus done = dojo::LessonProgressStore(*session->database())
                                       .recordCompleted(session->actor(), session->userId(), l->id, lessonVersion(l->id),
                                                        QDateTime::currentDateTimeUtc());
    if (!done) {
        setRecordError(done.error().message);
        return;
    }
    m_completed = true;
    m_outdated = false;
    emit progressChanged();
    if (automatic)
        emit completedAutomatically();
    session->notifyRecordsChanged();
}

bool LessonController::copyPhrase(int index)
{
    const dojo::Lesson *l = findLesson(m_lessonId);
    if (!l)
        return false;
    const QStringList texts = dojo::MarkdownRenderer().render(l->markdown).sayTexts;
    if (index < 0 || index >= texts.size())
        return false;
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        app->clipboard()->setText(texts.at(index));
    emit phraseCopied(texts.at(index));
    return true;
}

void LessonController::setRecordError(const QString &message)
{
    qCWarning(lcLesson) << "lesson progress not recorded:" << message;
    if (message == m_recordError)
        return;
    m_recordError = message;
    emit progressChanged();
}
