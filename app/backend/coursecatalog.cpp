#include "coursecatalog.h"

#include <QCryptographicHash>

#include "contentproblemsmodel.h"
#include "lessonlistmodel.h"

#include <QLoggingCategory>
#include <QQmlEngine>

Q_LOGGING_CATEGORY(lcCatalog, "dojo.catalog")

namespace {
CourseCatalog *s_instance = nullptr;
}

CourseCatalog::CourseCatalog(QObject *parent)
    : QObject(parent), m_lessons(new LessonListModel(this)), m_problems(new ContentProblemsModel(this))
{
}

CourseCatalog::~CourseCatalog()
{
    if (s_instance == this)
        s_instance = nullptr;
}

CourseCatalog *CourseCatalog::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QQmlEngine::setObjectOwnership(s_instance, QQmlEngine::CppOwnership);
    return s_instance;
}

void CourseCatalog::setInstance(CourseCatalog *catalog) { s_instance = catalog; }
CourseCatalog *CourseCatalog::instance() { return s_instance; }

void CourseCatalog::load(const QString &contentRoot)
{
    // The models point into the library: empty them before it is replaced.
    m_course = nullptr;
    refreshModels();
    m_library = dojo::loadContentLibrary(contentRoot, dojo::defaultContentCacheDir()); // parsed-course cache
    qCInfo(lcCatalog) << "loaded" << m_library.localeNames() << "from" << contentRoot << "with"
                      << m_library.errorCount() << "errors and" << m_library.warningCount() << "warnings";
    m_course = nullptr;
    setLocale(m_requestedLocale.isEmpty() ? QStringLiteral("zh-CN") : m_requestedLocale);
}

void CourseCatalog::load(const QString &contentRoot, const QString &locale)
{
    m_requestedLocale = locale;
    load(contentRoot);
}

void CourseCatalog::setLocale(const QString &locale)
{
    m_requestedLocale = locale;
    const dojo::Course *next = m_library.course(locale);
    if (!next)
        next = m_library.course(QStringLiteral("zh-CN"));
    if (!next && !m_library.locales.isEmpty())
        next = &m_library.locales.first();
    m_course = next;
    refreshModels();
    emit courseChanged();
}

QString CourseCatalog::locale() const { return m_course ? m_course->locale : QString(); }
QString CourseCatalog::courseTitle() const { return m_course ? m_course->title : QString(); }
int CourseCatalog::problemCount() const { return m_problems->rowCount(); }
int CourseCatalog::errorCount() const { return m_library.errorCount(); }

void CourseCatalog::refreshModels()
{
    m_lessons->setCourse(m_course);
    m_problems->setDiagnostics(m_library.allDiagnostics());
}

void CourseCatalog::requestLesson(const QString &lessonId)
{
    if (m_course && m_course->lesson(lessonId))
        emit lessonRequested(lessonId);
    else
        qCWarning(lcCatalog) << "no such lesson" << lessonId;
}

void CourseCatalog::reportLessonPage(const QString &lessonId, bool ok, const QString &message)
{
    emit lessonPageFinished(lessonId, ok, message);
}

void CourseCatalog::requestLessonSection(const QString &lessonId, const QString &anchor)
{
    if (m_course && m_course->lesson(lessonId))
        emit lessonSectionRequested(lessonId, anchor);
    else
        qCWarning(lcCatalog) << "no such lesson" << lessonId;
}

void CourseCatalog::requestQuiz(const QString &quizId)
{
    if (m_course && m_course->quiz(quizId))
        emit quizRequested(quizId);
    else
        qCWarning(lcCatalog) << "no such quiz" << quizId;
}

void CourseCatalog::requestScenario(const QString &scenarioId)
{
    if (m_course && m_course->scenario(scenarioId))
        emit scenarioRequested(scenarioId);
    else
        qCWarning(lcCatalog) << "no such scenario" << scenarioId;
}

void CourseCatalog::requestReview() { emit reviewRequested(); }

void CourseCatalog::requestSearch(const QString &text) { emit searchRequested(text); }

QByteArray CourseCatalog::lessonVersion(const QString &lessonId) const
{
    const QStringList locales = m_library.localeNames(); // sorted: QMap keys
    QCryptographicHash hash(QCryptographicHash::Sha256);
    bool found = false;
    for (const QString &locale : locales) {
        const dojo::Course *course = m_library.course(locale);
        const dojo::Lesson *lesson = course ? course->lesson(lessonId) : nullptr;
        if (!lesson)
            continue;
        found = true;
        hash.addData(locale.toUtf8());
        hash.addData(lesson->contentHash);
    }
    return found ? hash.result().toHex() : QByteArray();
}
