#include "reviewcontroller.h"

#include "appsession.h"
#include "coursecatalog.h"
#include "questionpresenter.h"

#include <QJSValue>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {

QString channelCode(dojo::Channel channel)
{
    switch (channel) {
    case dojo::Channel::Chat:
        return QStringLiteral("chat");
    case dojo::Channel::Phone:
        return QStringLiteral("phone");
    case dojo::Channel::FaceToFace:
        return QStringLiteral("face-to-face");
    }
    return {};
}

QString ratingCode(dojo::Rating rating)
{
    switch (rating) {
    case dojo::Rating::Again:
        return QStringLiteral("again");
    case dojo::Rating::Hard:
        return QStringLiteral("hard");
    case dojo::Rating::Good:
        return QStringLiteral("good");
    case dojo::Rating::Easy:
        return QStringLiteral("easy");
    }
    return {};
}

// How often the idle screen reads the queue again at most, so "in 5 minutes" stays true.
constexpr int kRefreshMs = 60 * 1000;

} // namespace

ReviewController::ReviewController(QObject *parent) : QObject(parent)
{
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &ReviewController::refresh);
    if (auto *catalog = CourseCatalog::instance())
        connect(catalog, &CourseCatalog::courseChanged, this, &ReviewController::onCourseChanged);
    if (auto *session = AppSession::instance()) {
        connect(session, &AppSession::userChanged, this, &ReviewController::onUserChanged);
        connect(session, &AppSession::recordsChanged, this, &ReviewController::refresh);
        connect(session, &AppSession::databaseChanged, this, &ReviewController::onUserChanged);
    }
    refresh();
}

ReviewController::~ReviewController() = default;

void ReviewController::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    refresh();
}

QDateTime ReviewController::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

bool ReviewController::available() const
{
    const AppSession *session = AppSession::instance();
    const CourseCatalog *catalog = CourseCatalog::instance();
    return session && session->canRecord() && catalog && catalog->course();
}

QString ReviewController::unavailableReason() const
{
    const AppSession *session = AppSession::instance();
    const CourseCatalog *catalog = CourseCatalog::instance();
    if (!session || !session->databaseReady())
        return tr("Your review queue is kept in the database, which could not be opened.");
    if (!session->canRecord())
        return tr("Sign in to see your review queue.");
    if (!catalog || !catalog->course())
        return tr("No course is loaded, so there is nothing to review.");
    return {};
}

int ReviewController::dueCount() const
{
    if (!m_session)
        return m_dueCount;
    // In a session: the cards not answered yet.
    const int left = int(m_session->items().size()) - m_session->position();
    return std::max(0, left - (answered() ? 1 : 0));
}

int ReviewController::position() const
{
    if (!m_session)
        return 0;
    return m_sessionDone + std::min(m_session->position() + 1, int(m_session->items().size()));
}

int ReviewController::total() const
{
    return m_session ? m_sessionDone + int(m_session->items().size()) : 0;
}

void ReviewController::refresh()
{
    m_wake.stop();
    m_dueCount = 0;
    m_skipped = 0;
    m_nextDue = {};
    if (available()) {
        AppSession *session = AppSession::instance();
        dojo::ReviewSession probe(*session->database(), *CourseCatalog::instance()->course(), session->actor(),
                                  session->userId(), [this] { return now(); });
        if (dojo::StoreStatus loaded = probe.load(1); loaded.ok()) {
            m_dueCount = int(probe.items().size());
            m_skipped = probe.skippedCount();
            if (auto next = probe.nextDue(); next.ok())
                m_nextDue = next.value();
        } else {
            m_error = loaded.error().message;
        }
    }
    if (m_finished) {
        m_summary.insert(QStringLiteral("nextDue"), m_nextDue);
        m_summary.insert(QStringLiteral("nextDueText"), dueText(m_nextDue));
        m_summary.insert(QStringLiteral("nextText"), m_nextDue.isValid()
                                                         ? tr("Next card due: %1.").arg(dueText(m_nextDue))
                                                         : tr("Your review queue is empty."));
    }
    scheduleWake();
    emit changed();
}

void ReviewController::scheduleWake()
{
    if (active() || !m_nextDue.isValid())
        return;
    const qint64 untilDue = now().msecsTo(m_nextDue);
    if (untilDue <= 0)
        return; // due already: counted in dueCount
    m_wake.start(int(std::clamp<qint64>(untilDue + 500, 1000, kRefreshMs)));
}

void ReviewController::onUserChanged()
{
    // Another person's queue: whatever was on screen is not theirs.
    m_session.reset();
    m_finished = false;
    m_current.clear();
    m_result.clear();
    m_summary.clear();
    m_error.clear();
    m_tally = {};
    m_sessionDone = 0;
    refresh();
}

void ReviewController::onCourseChanged()
{
    // The session points into the old course: start it again on the new one (a language switch), with
    // the cards still due, keeping the tally.
    if (m_session) {
        const bool wasActive = active();
        m_sessionDone += m_session->position() + (answered() && wasActive ? 1 : 0);
        m_session.reset();
        m_result.clear();
        m_current.clear();
        if (wasActive && available()) {
            AppSession *session = AppSession::instance();
            m_session = std::make_unique<dojo::ReviewSession>(*session->database(),
                                                              *CourseCatalog::instance()->course(),
                                                              session->actor(), session->userId(),
                                                              [this] { return now(); });
            if (dojo::StoreStatus loaded = m_session->load(m_seed); !loaded.ok()) {
                setError(loaded.error().message);
                m_session.reset();
            } else if (m_session->isFinished()) {
                finishSession();
            } else {
                showCurrent();
            }
        }
    }
    refresh();
}

bool ReviewController::start()
{
    m_error.clear();
    if (!available()) {
        setError(unavailableReason());
        return false;
    }
    AppSession *session = AppSession::instance();
    auto fresh = std::make_unique<dojo::ReviewSession>(*session->database(), *CourseCatalog::instance()->course(),
                                                       session->actor(), session->userId(),
                                                       [this] { return now(); });
    if (dojo::StoreStatus loaded = fresh->load(m_seed); !loaded.ok()) {
        setError(loaded.error().message);
        return false;
    }
    m_wake.stop();
    m_session = std::move(fresh);
    m_tally = {};
    m_sessionDone = 0;
    m_finished = false;
    m_summary.clear();
    m_skipped = m_session->skippedCount();
    if (m_session->isFinished()) {
        // Nothing due: straight to the summary, which says when the next card is.
        finishSession();
        refresh();
        return true;
    }
    showCurrent();
    emit changed();
    return true;
}

void ReviewController::showCurrent()
{
    m_result.clear();
    m_current.clear();
    const dojo::ReviewItem *item = m_session ? m_session->current() : nullptr;
    if (!item)
        return;
    m_shownAt = now();
    QVariantMap c{{QStringLiteral("key"), item->key.toString()},
                  {QStringLiteral("reps"), item->card.reps},
                  {QStringLiteral("lapses"), item->card.lapses},
                  {QStringLiteral("lastReview"), item->card.lastReview}};
    if (item->isQuestion()) {
        c.insert(QStringLiteral("kind"), QStringLiteral("question"));
        c.insert(QStringLiteral("sourceTitle"), item->quizTitle.isEmpty() ? item->quizId : item->quizTitle);
        c.insert(QStringLiteral("question"), QuestionPresenter::questionMap(item->question, item->layout));
    } else {
        const dojo::ScenarioNode *node = item->node();
        c.insert(QStringLiteral("kind"), QStringLiteral("decision"));
        c.insert(QStringLiteral("sourceTitle"), item->scenario.title.isEmpty() ? item->scenario.id : item->scenario.title);
        c.insert(QStringLiteral("persona"), item->scenario.persona.name);
        c.insert(QStringLiteral("situation"), item->scenario.persona.situation);
        c.insert(QStringLiteral("channel"), channelCode(item->scenario.channel));
        c.insert(QStringLiteral("mood"), item->mood);
        c.insert(QStringLiteral("customer"), node ? node->customer : QString());
        c.insert(QStringLiteral("note"), node ? node->note : QString());
        const bool freeReply = node && node->freeReply.has_value();
        c.insert(QStringLiteral("freeReply"), freeReply);
        c.insert(QStringLiteral("replyPrompt"), freeReply ? node->freeReply->prompt : QString());
        QVariantList options;
        if (node && !freeReply)
            for (int i = 0; i < node->options.size(); ++i)
                options.append(QVariantMap{{QStringLiteral("index"), i}, {QStringLiteral("text"), node->options[i].text}});
        c.insert(QStringLiteral("options"), options);
    }
    m_current = c;
}

bool ReviewController::answer(const QVariant &value)
{
    m_error.clear();
    const dojo::ReviewItem *item = m_session ? m_session->current() : nullptr;
    if (!item) {
        setError(tr("There is no card to answer. Start a review first."));
        return false;
    }
    if (answered()) {
        setError(tr("This card has already been answered."));
        return false;
    }
    QVariant v = value;
    if (v.metaType() == QMetaType::fromType<QJSValue>())
        v = v.value<QJSValue>().toVariant();
    const qint64 ms = m_shownAt.isValid() ? m_shownAt.msecsTo(now()) : -1;
    const qint64 durationMs = ms >= 0 ? ms : -1;

    dojo::StoreResult<dojo::ReviewAnswer> outcome = dojo::StoreError{};
    dojo::QuizAnswer quizAnswer;
    if (item->isQuestion()) {
        quizAnswer = QuestionPresenter::answerFromQml(item->question, item->layout, v);
        if (quizAnswer.isEmpty()) {
            setError(tr("Choose or type an answer first."));
            return false;
        }
        outcome = m_session->answerQuestion(quizAnswer, durationMs);
    } else {
        const dojo::ScenarioNode *node = item->node();
        if (node && node->freeReply) {
            const QString text = v.toString();
            if (v.metaType().id() != QMetaType::QString || text.trimmed().isEmpty()) {
                setError(tr("Type your reply first."));
                return false;
            }
            outcome = m_session->freeReply(text, durationMs);
        } else {
            bool isNumber = false;
            const int index = v.toInt(&isNumber);
            if (!isNumber || v.metaType().id() == QMetaType::QString || !node || index < 0 ||
                index >= node->options.size()) {
                setError(tr("Pick one of the replies."));
                return false;
            }
            outcome = m_session->chooseOption(index, durationMs);
        }
    }
    if (!outcome.ok()) {
        setError(outcome.error().message);
        return false;
    }
    const dojo::ReviewAnswer &a = outcome.value();
    ++m_tally.reviewed;
    if (a.right())
        ++m_tally.right;
    switch (a.rating) {
    case dojo::Rating::Again:
        ++m_tally.again;
        break;
    case dojo::Rating::Hard:
        ++m_tally.hard;
        break;
    case dojo::Rating::Good:
        ++m_tally.good;
        break;
    case dojo::Rating::Easy:
        ++m_tally.easy;
        break;
    }

    QVariantMap r;
    r.insert(QStringLiteral("right"), a.right());
    r.insert(QStringLiteral("rating"), ratingCode(a.rating));
    switch (a.rating) {
    case dojo::Rating::Again:
        r.insert(QStringLiteral("ratingText"), tr("Again: it comes back soon."));
        break;
    case dojo::Rating::Hard:
        r.insert(QStringLiteral("ratingText"), tr("Hard: it comes back a little sooner."));
        break;
    case dojo::Rating::Good:
        r.insert(QStringLiteral("ratingText"), tr("Good: the gap before the next review grows."));
        break;
    case dojo::Rating::Easy:
        r.insert(QStringLiteral("ratingText"), tr("Easy: quick and right, the gap grows most."));
        break;
    }
    r.insert(QStringLiteral("nextDue"), a.cardAfter.due);
    r.insert(QStringLiteral("nextDueText"), tr("Next review of this card: %1.").arg(dueText(a.cardAfter.due)));
    if (a.grade)
        r.insert(QStringLiteral("feedback"),
                 QuestionPresenter::feedbackMap(item->question, item->layout, quizAnswer, *a.grade));
    else
        r.insert(decisionResult(*item, a));
    m_result = r;
    emit changed();
    if (AppSession *session = AppSession::instance())
        session->notifyRecordsChanged();
    return true;
}

QVariantMap ReviewController::decisionResult(const dojo::ReviewItem &item, const dojo::ReviewAnswer &a) const
{
    QVariantMap r;
    const dojo::TurnResult &t = *a.turn;
    const dojo::ScenarioNode *node = item.node();
    r.insert(QStringLiteral("chosen"), t.optionIndex);
    r.insert(QStringLiteral("best"), t.bestChoice);
    r.insert(QStringLiteral("wrong"), t.wrongDecision);
    r.insert(QStringLiteral("bestIndex"), a.bestOptionIndex);
    r.insert(QStringLiteral("bestText"), node && a.bestOptionIndex >= 0 && a.bestOptionIndex < node->options.size()
                                             ? node->options[a.bestOptionIndex].text
                                             : QString());
    r.insert(QStringLiteral("reply"), t.replyText);
    QString verdict;
    if (t.freeReply)
        verdict = t.wrongDecision ? tr("This reply would not work: see what was missing or out of place.")
                  : t.bestChoice  ? tr("A good reply: it covers what the customer needs.")
                                  : tr("The reply works, but it could be better.");
    else
        verdict = t.wrongDecision ? tr("A wrong decision: this reply hurts the conversation.")
                  : t.bestChoice  ? tr("The best reply at this point.")
                                  : tr("Acceptable, but not the best reply here.");
    r.insert(QStringLiteral("verdictText"), verdict);
    r.insert(QStringLiteral("feedback"), t.feedback);
    QStringList lines = t.explanations;
    if (!t.feedback.isEmpty() && !lines.isEmpty() && lines.first() == t.feedback)
        lines.removeFirst();
    r.insert(QStringLiteral("explanations"), lines);
    QStringList mines;
    for (const dojo::LandmineHit &hit : t.landmines)
        mines.append(hit.name.isEmpty() ? hit.id : hit.name);
    r.insert(QStringLiteral("landmines"), mines);
    return r;
}

void ReviewController::next()
{
    if (!m_session)
        return;
    m_session->next();
    if (m_session->isFinished()) {
        finishSession();
        refresh();
        return;
    }
    showCurrent();
    emit changed();
}

void ReviewController::finish()
{
    if (!m_session)
        return;
    finishSession();
    refresh();
}

void ReviewController::close()
{
    m_finished = false;
    m_summary.clear();
    m_session.reset();
    m_current.clear();
    m_result.clear();
    refresh();
}

void ReviewController::finishSession()
{
    dojo::ReviewSummary s = m_session ? m_session->summary() : dojo::ReviewSummary{};
    m_finished = true;
    m_summary = QVariantMap{{QStringLiteral("reviewed"), m_tally.reviewed},
                            {QStringLiteral("again"), m_tally.again},
                            {QStringLiteral("hard"), m_tally.hard},
                            {QStringLiteral("good"), m_tally.good},
                            {QStringLiteral("easy"), m_tally.easy},
                            {QStringLiteral("right"), m_tally.right},
                            {QStringLiteral("skipped"), s.skipped},
                            {QStringLiteral("remaining"), s.remaining},
                            {QStringLiteral("reviewedText"), m_tally.reviewed == 1
                                                                 ? tr("1 card reviewed")
                                                                 : tr("%1 cards reviewed").arg(m_tally.reviewed)},
                            {QStringLiteral("rightText"), tr("%1 of %2 right").arg(m_tally.right).arg(m_tally.reviewed)}};
    // The session is over: drop it (it points into the course, which may be reloaded later).
    m_session.reset();
    m_current.clear();
    m_result.clear();
    m_sessionDone = 0;
}

void ReviewController::setError(const QString &message)
{
    m_error = message;
    emit changed();
}

QString ReviewController::dueText(const QDateTime &due) const
{
    if (!due.isValid())
        return {};
    const QDateTime current = now();
    const qint64 secs = current.secsTo(due);
    if (secs <= 30)
        return tr("now");
    if (secs < 3600) {
        const int minutes = int((secs + 59) / 60);
        return minutes == 1 ? tr("in 1 minute") : tr("in %1 minutes").arg(minutes);
    }
    const QLocale locale;
    const QDateTime localDue = due.toLocalTime();
    const qint64 days = current.toLocalTime().date().daysTo(localDue.date());
    const QString time = locale.toString(localDue.time(), QLocale::ShortFormat);
    if (days == 0)
        return tr("today at %1").arg(time);
    if (days == 1)
        return tr("tomorrow at %1").arg(time);
    if (days < 7)
        return tr("in %1 days, %2").arg(days).arg(locale.dayName(localDue.date().dayOfWeek()));
    return tr("on %1").arg(locale.toString(localDue.date(), QLocale::LongFormat));
}
