#include "quizsession.h"

#include "review/reviewrecorder.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcQuizSession, "dojo.quiz")

namespace dojo {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dojo::QuizSession", text);
}

StoreError sessionError(StoreError::Code code, const QString &message)
{
    return StoreError{code, message};
}

} // namespace

QuizSession::QuizSession(const Quiz &quiz, Database *database, const Actor &actor, qint64 userId, Clock clock)
    : m_quiz(quiz), m_db(database), m_actor(actor), m_userId(userId), m_clock(std::move(clock))
{
}

QDateTime QuizSession::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

bool QuizSession::recording() const
{
    return m_db != nullptr && m_userId > 0;
}

StoreResult<std::optional<QuizAttempt>> QuizSession::unfinishedAttempt() const
{
    if (!recording())
        return std::optional<QuizAttempt>{};
    QuizAttemptStore store(*m_db);
    return store.unfinishedAttempt(m_actor, m_userId, m_quiz.id);
}

StoreStatus QuizSession::start(QuizMode mode, std::optional<quint64> seed)
{
    m_mode = mode;
    m_layout = QuizLayout::build(m_quiz, seed.value_or(QuizLayout::newSeed()));
    m_answers.clear();
    m_results.clear();
    m_spentMs.clear();
    m_finished = false;
    m_started = true;
    m_attemptId = 0;
    m_startedAt = now();
    m_current = 0;
    m_currentSince = m_startedAt;
    if (!recording())
        return {};
    QuizAttemptStore store(*m_db);
    auto made = store.startAttempt(m_actor, m_userId, m_quiz.id, m_quiz.contentHash, mode,
                                   qint64(m_layout.seed), m_startedAt);
    if (!made.ok()) {
        qCWarning(lcQuizSession) << "cannot start attempt of" << m_quiz.id << made.error().message;
        return made.error();
    }
    m_attemptId = made->id;
    return {};
}

StoreStatus QuizSession::resume(const QuizAttempt &attempt)
{
    if (attempt.quizId != m_quiz.id)
        return sessionError(StoreError::Code::InvalidInput,
                            tr("Attempt %1 belongs to quiz “%2”, not “%3”.")
                                .arg(attempt.id)
                                .arg(attempt.quizId, m_quiz.id));
    if (attempt.finished())
        return sessionError(StoreError::Code::Conflict,
                            tr("Attempt %1 is already finished; start a new one.").arg(attempt.id));
    if (recording() && attempt.userId != m_userId)
        return sessionError(StoreError::Code::PermissionDenied,
                            tr("Attempt %1 belongs to another trainee.").arg(attempt.id));
    QList<QuizAnswerRecord> records;
    if (recording()) {
        QuizAttemptStore store(*m_db);
        auto stored = store.answers(m_actor, attempt.id);
        if (!stored.ok())
            return stored.error();
        records = stored.value();
    }

    m_mode = attempt.mode;
    m_layout = QuizLayout::build(m_quiz, quint64(attempt.shuffleSeed));
    m_answers.clear();
    m_results.clear();
    m_spentMs.clear();
    m_finished = false;
    m_started = true;
    m_attemptId = attempt.id;
    m_startedAt = attempt.startedAt;

    for (const QuizAnswerRecord &record : records) {
        int shown = -1;
        for (int s = 0; s < m_layout.questions.size(); ++s) {
            if (m_quiz.questions[m_layout.questions[s].question].id == record.questionId) {
                shown = s;
                break;
            }
        }
        if (shown < 0) {
            qCInfo(lcQuizSession) << "resume: question" << record.questionId << "is no longer in" << m_quiz.id;
            continue;
        }
        QString why;
        const auto parsed = QuizAnswer::fromJson(record.answerJson.toUtf8(), &why);
        if (!parsed) {
            qCWarning(lcQuizSession) << "resume: stored answer to" << record.questionId << "unreadable:" << why;
            continue;
        }
        m_answers.insert(shown, *parsed);
        m_results.insert(shown, QuizGrader::grade(*question(shown), *parsed));
        if (record.durationMs)
            m_spentMs.insert(shown, *record.durationMs);
    }
    const int first = nextUnanswered(0);
    m_current = first >= 0 ? first : 0;
    m_currentSince = now();
    if (expired()) {
        StoreStatus status = finish();
        if (!status.ok())
            return status;
    }
    return {};
}

const Question *QuizSession::question(int shown) const
{
    const int qi = m_layout.originalQuestion(shown);
    return qi >= 0 && qi < m_quiz.questions.size() ? &m_quiz.questions[qi] : nullptr;
}

const QuestionLayout *QuizSession::questionLayout(int shown) const
{
    return shown >= 0 && shown < m_layout.questions.size() ? &m_layout.questions[shown] : nullptr;
}

void QuizSession::stopTimingCurrent()
{
    if (!m_currentSince.isValid() || m_answers.contains(m_current))
        return;
    const qint64 ms = std::max<qint64>(0, m_currentSince.msecsTo(now()));
    m_spentMs[m_current] += ms;
}

void QuizSession::setCurrent(int shown)
{
    if (shown < 0 || shown >= questionCount() || shown == m_current)
        return;
    stopTimingCurrent();
    m_current = shown;
    m_currentSince = now();
}

int QuizSession::nextUnanswered(int from) const
{
    const int n = questionCount();
    for (int k = 0; k < n; ++k) {
        const int s = ((from + k) % n + n) % n;
        if (!m_answers.contains(s))
            return s;
    }
    return -1;
}

qint64 QuizSession::timeSpentMs(int shown) const
{
    qint64 ms = m_spentMs.value(shown, 0);
    if (shown == m_current && !m_answers.contains(shown) && !m_finished && m_currentSince.isValid())
        ms += std::max<qint64>(0, m_currentSince.msecsTo(now()));
    return ms;
}

StoreStatus QuizSession::answer(int shown, const QuizAnswer &given)
{
    const Question *q = question(shown);
    if (!m_started || !q)
        return sessionError(StoreError::Code::InvalidInput, tr("There is no question %1 in this quiz.").arg(shown + 1));
    if (m_finished)
        return sessionError(StoreError::Code::Conflict, tr("This attempt is finished; answers can no longer change."));
    if (m_answers.contains(shown))
        return sessionError(StoreError::Code::Conflict, tr("This question is already answered."));
    if (expired())
        return sessionError(StoreError::Code::Conflict, tr("Time is up; the answer came too late to count."));
    if (given.isEmpty())
        return sessionError(StoreError::Code::InvalidInput, tr("Give an answer first."));

    const qint64 ms = timeSpentMs(shown);
    const GradeResult result = QuizGrader::grade(*q, given);
    m_answers.insert(shown, given);
    m_results.insert(shown, result);
    m_spentMs.insert(shown, ms);
    if (!recording())
        return {};

    QuizAttemptStore store(*m_db);
    QuizAnswerRecord record;
    record.questionId = q->id;
    record.answerJson = QString::fromUtf8(given.toJson());
    record.pointsAwarded = result.points;
    record.pointsPossible = result.maxPoints;
    record.correct = result.correct;
    record.durationMs = ms;
    record.answeredAt = now();
    auto written = store.recordAnswer(m_actor, m_attemptId, record);
    if (!written.ok()) {
        qCWarning(lcQuizSession) << "answer to" << q->id << "not stored:" << written.error().message;
        return written.error();
    }
    if (written.value() == RecordWrite::AlreadyRecorded) {
        // A retried write after a crash: the first answer stands. Nothing more to record.
        return {};
    }
    return recordReview(*q, result, ms);
}

StoreStatus QuizSession::recordReview(const Question &q, const GradeResult &result, qint64 ms)
{
    if (!recording())
        return {};
    ReviewRecorder reviews(*m_db);
    auto reviewed = reviews.recordQuestion(m_actor, m_userId, q.id, q.type, result, ms, now());
    if (!reviewed.ok()) {
        qCWarning(lcQuizSession) << "review card for" << q.id << "not stored:" << reviewed.error().message;
        return reviewed.error();
    }
    return {};
}

bool QuizSession::isAnswered(int shown) const
{
    return m_answers.contains(shown);
}

std::optional<QuizAnswer> QuizSession::answerAt(int shown) const
{
    const auto it = m_answers.constFind(shown);
    if (it == m_answers.cend())
        return std::nullopt;
    return *it;
}

std::optional<GradeResult> QuizSession::resultAt(int shown) const
{
    const auto it = m_results.constFind(shown);
    if (it == m_results.cend())
        return std::nullopt;
    return *it;
}

QDateTime QuizSession::deadline() const
{
    if (m_quiz.timeLimitSeconds <= 0 || !m_startedAt.isValid())
        return {};
    return m_startedAt.addSecs(m_quiz.timeLimitSeconds);
}

int QuizSession::remainingSeconds() const
{
    const QDateTime end = deadline();
    if (!end.isValid())
        return -1;
    const qint64 ms = now().msecsTo(end);
    if (ms <= 0)
        return 0;
    return int((ms + 999) / 1000);
}

bool QuizSession::expired() const
{
    const QDateTime end = deadline();
    return end.isValid() && now() >= end;
}

StoreStatus QuizSession::finish()
{
    if (!m_started || m_finished)
        return {};
    stopTimingCurrent();
    m_currentSince = {};
    m_finished = true;

    StoreStatus firstError;
    // Questions left without an answer enter the review queue like wrong ones.
    for (int s = 0; s < questionCount(); ++s) {
        if (m_answers.contains(s))
            continue;
        const Question *q = question(s);
        const GradeResult none = QuizGrader::grade(*q, QuizAnswer{q->type, {}, {}, {}, {}, {}});
        m_results.insert(s, none);
        StoreStatus status = recordReview(*q, none, m_spentMs.value(s, 0));
        if (!status.ok() && firstError.ok())
            firstError = status;
    }
    if (!recording())
        return firstError;
    const QuizTotals t = totals();
    QuizAttemptStore store(*m_db);
    StoreStatus finished = store.finishAttempt(m_actor, m_attemptId, t.points, t.maxPoints, t.passed, now());
    if (!finished.ok()) {
        qCWarning(lcQuizSession) << "attempt" << m_attemptId << "not finished in the store:" << finished.error().message;
        return finished;
    }
    return firstError;
}

bool QuizSession::finishIfExpired(StoreStatus *status)
{
    if (!m_started || m_finished || !expired())
        return false;
    StoreStatus s = finish();
    if (status)
        *status = s;
    return true;
}

QHash<QString, GradeResult> QuizSession::allResults() const
{
    QHash<QString, GradeResult> out;
    for (int s = 0; s < questionCount(); ++s) {
        const Question *q = question(s);
        const auto it = m_results.constFind(s);
        out.insert(q->id, it != m_results.cend() ? *it
                                                 : QuizGrader::grade(*q, QuizAnswer{q->type, {}, {}, {}, {}, {}}));
    }
    return out;
}

QuizTotals QuizSession::totals() const
{
    return QuizGrader::total(m_quiz, allResults());
}

} // namespace dojo
