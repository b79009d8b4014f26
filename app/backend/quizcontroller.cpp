#include "quizcontroller.h"

#include "appsession.h"
#include "coursecatalog.h"
#include "questionpresenter.h"
#include "storage/quizattemptstore.h"

#include <QCoreApplication>

#include <cmath>

using namespace dojo;

namespace {

QString modeName(QuizMode mode)
{
    return mode == QuizMode::Test ? QuizController::tr("Test") : QuizController::tr("Practice");
}

} // namespace

QuizController::QuizController(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &QuizController::tick);
    if (CourseCatalog *catalog = CourseCatalog::instance()) {
        connect(catalog, &CourseCatalog::courseChanged, this, [this] {
            // A running attempt keeps its own copy of the quiz; only the intro follows the new course.
            if (m_state == QLatin1String("intro") || m_state == QLatin1String("unavailable"))
                loadQuiz();
        });
    }
    if (AppSession *session = AppSession::instance()) {
        connect(session, &AppSession::userChanged, this, [this] {
            if (m_state == QLatin1String("intro") || m_state == QLatin1String("unavailable")) {
                refreshResume();
                emit quizChanged();
            }
        });
    }
}

QuizController::~QuizController() = default;

void QuizController::setQuizId(const QString &id)
{
    if (id == m_quizId)
        return;
    m_quizId = id;
    loadQuiz();
}

void QuizController::loadQuiz()
{
    m_timer.stop();
    m_session.reset();
    m_quiz.reset();
    m_results.clear();
    m_totals.clear();
    m_timeExpired = false;
    m_remaining = -1;
    const CourseCatalog *catalog = CourseCatalog::instance();
    const Course *course = catalog ? catalog->course() : nullptr;
    if (const Quiz *quiz = course ? course->quiz(m_quizId) : nullptr)
        m_quiz = *quiz;
    if (m_quiz && m_quiz->questions.isEmpty())
        m_quiz.reset();
    refreshResume();
    emit quizChanged();
    emit remainingChanged();
    emit resultsChanged();
    setState(m_quiz ? QStringLiteral("intro") : QStringLiteral("unavailable"));
    emit questionChanged();
}

void QuizController::refreshResume()
{
    m_resumable.reset();
    m_resumeSummary.clear();
    m_bestPercent = -1;
    m_finishedAttempts = 0;
    AppSession *session = AppSession::instance();
    if (m_quiz && session && session->canRecord()) {
        QuizAttemptStore store(*session->database());
        auto open = store.unfinishedAttempt(session->actor(), session->userId(), m_quiz->id);
        if (open.ok() && open.value()) {
            m_resumable = *open.value();
            int answered = 0;
            if (auto given = store.answers(session->actor(), m_resumable->id); given.ok())
                answered = int(given->size());
            m_resumeSummary = tr("%1 · %2 of %3 answered · started %4")
                                  .arg(modeName(m_resumable->mode))
                                  .arg(answered)
                                  .arg(m_quiz->questions.size())
                                  .arg(QLocale().toString(m_resumable->startedAt.toLocalTime(), QLocale::ShortFormat));
            if (m_quiz->timeLimitSeconds > 0
                && m_resumable->startedAt.addSecs(m_quiz->timeLimitSeconds) <= QDateTime::currentDateTimeUtc())
                m_resumeSummary += tr(" · time is up: resuming hands it in");
        }
        if (auto done = store.attempts(session->actor(), session->userId(), m_quiz->id); done.ok()) {
            for (const QuizAttempt &a : done.value()) {
                if (!a.finished() || !a.score || !a.maxScore)
                    continue;
                ++m_finishedAttempts;
                const int percent = *a.maxScore > 0 ? int(std::floor(100.0 * *a.score / *a.maxScore + 1e-9)) : 0;
                m_bestPercent = std::max(m_bestPercent, percent);
            }
        }
    }
    emit resumeChanged();
}

QString QuizController::title() const
{
    return m_quiz ? m_quiz->title : QString();
}

int QuizController::questionCount() const
{
    return m_quiz ? int(m_quiz->questions.size()) : 0;
}

int QuizController::timeLimitSeconds() const
{
    return m_quiz ? m_quiz->timeLimitSeconds : 0;
}

int QuizController::passMark() const
{
    return m_quiz ? m_quiz->passMark : 0;
}

double QuizController::totalPoints() const
{
    double sum = 0;
    if (m_quiz) {
        for (const Question &q : m_quiz->questions)
            sum += q.points;
    }
    return sum;
}

QString QuizController::lessonId() const
{
    return m_quiz ? m_quiz->lessonId : QString();
}

bool QuizController::recording() const
{
    const AppSession *session = AppSession::instance();
    return session && session->canRecord();
}

QString QuizController::mode() const
{
    return quizModeCode(m_session ? m_session->mode() : QuizMode::Practice);
}

int QuizController::currentIndex() const
{
    return m_session ? m_session->current() : 0;
}

QVariantMap QuizController::question() const
{
    if (!m_session || !m_session->started())
        return {};
    const int s = m_session->current();
    const Question *q = m_session->question(s);
    const QuestionLayout *l = m_session->questionLayout(s);
    if (!q || !l)
        return {};
    QVariantMap m = QuestionPresenter::questionMap(*q, *l);
    m.insert(QStringLiteral("number"), s + 1);
    return m;
}

QVariant QuizController::givenAnswer() const
{
    if (!m_session)
        return {};
    const int s = m_session->current();
    const auto a = m_session->answerAt(s);
    if (!a)
        return {};
    return QuestionPresenter::answerToQml(*m_session->question(s), *m_session->questionLayout(s), *a);
}

bool QuizController::currentAnswered() const
{
    return m_session && m_session->isAnswered(m_session->current());
}

QVariantMap QuizController::feedback() const
{
    if (!m_session || !m_session->feedbackVisible())
        return {};
    const int s = m_session->current();
    const auto r = m_session->resultAt(s);
    if (!r)
        return {};
    const Question *q = m_session->question(s);
    const QuizAnswer given = m_session->answerAt(s).value_or(QuizAnswer{q->type, {}, {}, {}, {}, {}});
    return QuestionPresenter::feedbackMap(*q, *m_session->questionLayout(s), given, *r);
}

bool QuizController::isLastQuestion() const
{
    return m_session && m_session->current() == m_session->questionCount() - 1;
}

int QuizController::answeredCount() const
{
    return m_session ? m_session->answeredCount() : 0;
}

QVariantList QuizController::questionStates() const
{
    QVariantList out;
    if (!m_session)
        return out;
    for (int s = 0; s < m_session->questionCount(); ++s) {
        if (m_session->feedbackVisible()) {
            const auto r = m_session->resultAt(s);
            out.append(r ? verdictName(r->verdict) : QStringLiteral("open"));
        } else {
            out.append(m_session->isAnswered(s) ? QStringLiteral("answered") : QStringLiteral("open"));
        }
    }
    return out;
}

void QuizController::setClock(QuizSession::Clock clock)
{
    m_clock = std::move(clock);
}

void QuizController::setState(const QString &state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged();
}

void QuizController::setError(const QString &message)
{
    if (message == m_error)
        return;
    m_error = message;
    emit errorChanged();
}

void QuizController::clearError()
{
    setError({});
}

void QuizController::notifyStored()
{
    if (AppSession *session = AppSession::instance(); session && session->canRecord())
        session->notifyRecordsChanged();
}

bool QuizController::start(const QString &modeCode)
{
    if (!m_quiz) {
        setError(tr("This quiz is not in the course."));
        return false;
    }
    const auto mode = quizModeFromCode(modeCode);
    if (!mode) {
        setError(tr("Unknown quiz mode “%1”: use practice or test.").arg(modeCode));
        return false;
    }
    AppSession *app = AppSession::instance();
    const bool canRecord = app && app->canRecord();
    m_session = std::make_unique<QuizSession>(*m_quiz, canRecord ? app->database() : nullptr,
                                              canRecord ? app->actor() : Actor{}, canRecord ? app->userId() : 0,
                                              m_clock);
    const StoreStatus started = m_session->start(*mode);
    setError(started.ok() ? QString()
                          : tr("This attempt is not being saved: %1").arg(started.error().message));
    if (started.ok())
        notifyStored();
    beginRunning();
    return true;
}

bool QuizController::resume()
{
    if (!m_quiz || !m_resumable) {
        setError(tr("There is no unfinished attempt to continue."));
        return false;
    }
    AppSession *app = AppSession::instance();
    if (!app || !app->canRecord()) {
        setError(tr("Sign in to continue a saved attempt."));
        return false;
    }
    m_session = std::make_unique<QuizSession>(*m_quiz, app->database(), app->actor(), app->userId(), m_clock);
    const StoreStatus resumed = m_session->resume(*m_resumable);
    if (!resumed.ok()) {
        setError(tr("The attempt cannot be continued: %1").arg(resumed.error().message));
        m_session.reset();
        refreshResume();
        return false;
    }
    m_resumable.reset();
    emit resumeChanged();
    clearError();
    if (m_session->finished()) {
        m_timeExpired = true;
        notifyStored();
        showResults();
        return true;
    }
    beginRunning();
    return true;
}

void QuizController::beginRunning()
{
    m_results.clear();
    m_totals.clear();
    m_timeExpired = false;
    emit resultsChanged();
    updateRemaining();
    if (m_session->deadline().isValid())
        m_timer.start();
    else
        m_timer.stop();
    emit stateChanged(); // mode may have changed
    setState(m_session->isAnswered(m_session->current()) && m_session->feedbackVisible() ? QStringLiteral("feedback")
                                                                                          : QStringLiteral("question"));
    emit questionChanged();
}

void QuizController::updateRemaining()
{
    const int left = m_session ? m_session->remainingSeconds() : -1;
    if (left != m_remaining) {
        m_remaining = left;
        emit remainingChanged();
    }
}

void QuizController::tick()
{
    if (!m_session || m_session->finished()) {
        m_timer.stop();
        return;
    }
    StoreStatus status;
    if (m_session->finishIfExpired(&status)) {
        m_timeExpired = true;
        if (!status.ok())
            setError(tr("The result could not be saved: %1").arg(status.error().message));
        notifyStored();
        showResults();
        return;
    }
    updateRemaining();
}

bool QuizController::submit(const QVariant &answer)
{
    if (!m_session || m_session->finished() || (m_state != QLatin1String("question"))) {
        setError(tr("There is no open question to answer."));
        return false;
    }
    // The deadline may have passed between two timer ticks: hand in instead of taking the answer.
    if (m_session->expired()) {
        tick();
        return false;
    }
    const int s = m_session->current();
    if (m_session->isAnswered(s)) {
        setError(tr("This question is already answered; your first answer counts."));
        return false;
    }
    const Question *q = m_session->question(s);
    const QuizAnswer given = QuestionPresenter::answerFromQml(*q, *m_session->questionLayout(s), answer);
    if (given.isEmpty()) {
        setError(tr("Choose or type an answer first."));
        return false;
    }
    const StoreStatus stored = m_session->answer(s, given);
    if (!m_session->isAnswered(s)) {
        setError(stored.ok() ? tr("The answer was not taken.") : stored.error().message);
        return false;
    }
    setError(stored.ok() ? QString() : tr("Your answer counts, but it could not be saved: %1").arg(stored.error().message));
    notifyStored();
    if (m_session->mode() == QuizMode::Practice) {
        setState(QStringLiteral("feedback"));
    } else {
        const int nextOpen = m_session->nextUnanswered(s + 1);
        if (nextOpen >= 0)
            m_session->setCurrent(nextOpen);
    }
    emit questionChanged();
    return true;
}

void QuizController::goTo(int shownIndex)
{
    if (!m_session || m_session->finished() || shownIndex < 0 || shownIndex >= m_session->questionCount())
        return;
    m_session->setCurrent(shownIndex);
    clearError();
    setState(m_session->isAnswered(shownIndex) && m_session->feedbackVisible() ? QStringLiteral("feedback")
                                                                                : QStringLiteral("question"));
    emit questionChanged();
}

void QuizController::next()
{
    if (!m_session || m_session->finished())
        return;
    const int s = m_session->current();
    if (m_session->mode() == QuizMode::Practice && m_state == QLatin1String("feedback")) {
        const int open = m_session->nextUnanswered(s + 1);
        if (open < 0) {
            finish();
            return;
        }
        goTo(open);
        return;
    }
    if (s + 1 < m_session->questionCount())
        goTo(s + 1);
}

void QuizController::previous()
{
    if (!m_session || m_session->finished())
        return;
    const int s = m_session->current();
    if (s > 0)
        goTo(s - 1);
}

void QuizController::finish()
{
    if (!m_session || !m_session->started() || m_session->finished())
        return;
    const StoreStatus status = m_session->finish();
    if (!status.ok())
        setError(tr("The result could not be saved: %1").arg(status.error().message));
    notifyStored();
    showResults();
}

void QuizController::showResults()
{
    m_timer.stop();
    m_results.clear();
    for (int s = 0; s < m_session->questionCount(); ++s) {
        const Question *q = m_session->question(s);
        const QuestionLayout *l = m_session->questionLayout(s);
        const QuizAnswer given = m_session->answerAt(s).value_or(QuizAnswer{q->type, {}, {}, {}, {}, {}});
        const GradeResult r = m_session->resultAt(s).value_or(QuizGrader::grade(*q, given));
        QVariantMap row = QuestionPresenter::feedbackMap(*q, *l, given, r);
        row.insert(QStringLiteral("questionId"), q->id);
        row.insert(QStringLiteral("number"), s + 1);
        row.insert(QStringLiteral("prompt"), q->prompt);
        row.insert(QStringLiteral("type"), questionTypeName(q->type));
        row.insert(QStringLiteral("typeLabel"), QuestionPresenter::questionMap(*q, *l).value(QStringLiteral("typeLabel")));
        m_results.append(row);
    }
    const QuizTotals t = m_session->totals();
    m_totals = QVariantMap{
        {QStringLiteral("percent"), int(std::floor(t.percent + 1e-9))},
        {QStringLiteral("points"), t.points},
        {QStringLiteral("maxPoints"), t.maxPoints},
        {QStringLiteral("pointsText"), QuestionPresenter::pointsText(t.points, t.maxPoints)},
        {QStringLiteral("passed"), t.passed},
        {QStringLiteral("passMark"), t.passMark},
        {QStringLiteral("correct"), t.correct},
        {QStringLiteral("partial"), t.partial},
        {QStringLiteral("wrong"), t.wrong},
        {QStringLiteral("unanswered"), t.unanswered},
    };
    updateRemaining();
    emit resultsChanged();
    setState(QStringLiteral("results"));
    emit questionChanged();
}

void QuizController::retry()
{
    m_timer.stop();
    m_session.reset();
    m_results.clear();
    m_totals.clear();
    m_timeExpired = false;
    m_remaining = -1;
    clearError();
    refreshResume();
    emit remainingChanged();
    emit resultsChanged();
    setState(m_quiz ? QStringLiteral("intro") : QStringLiteral("unavailable"));
    emit questionChanged();
}

QVariant QuizController::rightAnswer(int shownIndex) const
{
    if (!m_session)
        return {};
    const Question *q = m_session->question(shownIndex);
    const QuestionLayout *l = m_session->questionLayout(shownIndex);
    if (!q || !l)
        return {};
    return QuestionPresenter::answerToQml(*q, *l, QuizGrader::rightAnswer(*q));
}
