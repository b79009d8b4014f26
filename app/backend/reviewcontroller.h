// The Review screen: the signed-in trainee's review-queue cards that are due now, one at a time
// (dojo::ReviewSession): a question shown with QuestionView (QuestionPresenter maps), a scenario
// decision with the persona, the customer's line and the options (or the free reply); the answer is
// graded, rated for FSRS and stored, then the next card; a summary at the end; when nothing is due,
// when the next card is. Reads again when the user, their records or the course change, and when the
// next card falls due.
//
// States: idle (dueCount, nextDueText; start()) → active (current, answered/result; answer(), next())
// → finished (summary; close() or start() again).
#pragma once

#include "review/reviewsession.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

class ReviewController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // A database, a signed-in user and a course: reviews can be stored.
    Q_PROPERTY(bool available READ available NOTIFY changed)
    // Why not available (translated), empty when available.
    Q_PROPERTY(QString unavailableReason READ unavailableReason NOTIFY changed)
    // Cards due now whose content exists; outside a session. During one: the cards not yet answered.
    Q_PROPERTY(int dueCount READ dueCount NOTIFY changed)
    // Cards in the user's queue at all (due or not, content existing).
    Q_PROPERTY(bool hasCards READ hasCards NOTIFY changed)
    // When the next card is due (invalid when none), and that in words ("in 3 hours, at 14:20").
    Q_PROPERTY(QDateTime nextDue READ nextDue NOTIFY changed)
    Q_PROPERTY(QString nextDueText READ nextDueText NOTIFY changed)
    // Due cards left out because their question or scenario step is no longer in the course.
    Q_PROPERTY(int skippedCount READ skippedCount NOTIFY changed)

    Q_PROPERTY(bool active READ active NOTIFY changed)   // a session is showing cards
    Q_PROPERTY(bool finished READ finished NOTIFY changed) // a session ended: show the summary
    Q_PROPERTY(int position READ position NOTIFY changed) // 1-based number of the current card
    Q_PROPERTY(int total READ total NOTIFY changed)       // cards in the session
    // The current card:
    //   { kind: "question"|"decision", key, reps, lapses, lastReviewText,
    //     question:  sourceTitle (the quiz), question (QuestionPresenter::questionMap)
    //     decision:  sourceTitle (the scenario), persona, situation, channel ("chat"|"phone"|
    //                "face-to-face"), mood, customer, note, freeReply (bool), replyPrompt,
    //                options: [{ index, text }] }
    Q_PROPERTY(QVariantMap current READ current NOTIFY changed)
    Q_PROPERTY(bool answered READ answered NOTIFY changed)
    // After answer():
    //   { right (bool), rating: "again"|"hard"|"good"|"easy", ratingText, nextDue, nextDueText,
    //     question:  feedback (QuestionPresenter::feedbackMap)
    //     decision:  chosen (index, -1 free reply), best (bool), wrong (bool), bestIndex, bestText,
    //                verdictText, feedback, explanations: [..], landmines: [names], reply (free reply) }
    Q_PROPERTY(QVariantMap result READ result NOTIFY changed)
    // { reviewed, again, hard, good, easy, right, skipped, remaining, nextDue, nextDueText,
    //   reviewedText ("12 reviewed"), nextText ("Next card: tomorrow at 09:00") }
    Q_PROPERTY(QVariantMap summary READ summary NOTIFY changed)
    // The last thing that went wrong (a store error, an answer that does not fit), translated.
    Q_PROPERTY(QString error READ error NOTIFY changed)

public:
    explicit ReviewController(QObject *parent = nullptr);
    ~ReviewController() override;

    bool available() const;
    QString unavailableReason() const;
    int dueCount() const;
    bool hasCards() const { return m_nextDue.isValid(); }
    QDateTime nextDue() const { return m_nextDue; }
    QString nextDueText() const { return dueText(m_nextDue); }
    int skippedCount() const { return m_skipped; }
    bool active() const { return m_session && !m_session->isFinished(); }
    bool finished() const { return m_finished; }
    int position() const;
    int total() const;
    QVariantMap current() const { return m_current; }
    bool answered() const { return !m_result.isEmpty(); }
    QVariantMap result() const { return m_result; }
    QVariantMap summary() const { return m_summary; }
    QString error() const { return m_error; }

    // Reads the due count and next due time again (does not disturb a session).
    Q_INVOKABLE void refresh();
    // Starts a session over the cards due now; false (and `error`) when nothing could be loaded.
    Q_INVOKABLE bool start();
    // Answers the current card. Questions: QML's answer object (questionpresenter.h). Decisions: the
    // option index (number), or the free reply (string). False (and `error`) when refused.
    Q_INVOKABLE bool answer(const QVariant &value);
    // The next card; after the last one the session finishes and `summary` is filled.
    Q_INVOKABLE void next();
    // Ends the session early (unanswered cards stay due) and shows the summary.
    Q_INVOKABLE void finish();
    // Leaves the summary for the idle screen.
    Q_INVOKABLE void close();

    // "now", "in 5 minutes", "today at 14:20", "tomorrow at 09:00", "in 3 days (Friday, 12 March)"…
    // relative to the controller's clock; empty for an invalid time.
    QString dueText(const QDateTime &due) const;

    // Tests: a fake clock (UTC), and the session's layout seed (0 = random).
    void setClock(std::function<QDateTime()> clock);
    void setSeed(quint64 seed) { m_seed = seed; }

signals:
    void changed();

private:
    QDateTime now() const;
    void onUserChanged();
    void onCourseChanged();
    void showCurrent();
    void finishSession();
    void setError(const QString &message);
    void scheduleWake();
    QVariantMap decisionResult(const dojo::ReviewItem &item, const dojo::ReviewAnswer &a) const;

    std::function<QDateTime()> m_clock;
    quint64 m_seed = 0;
    int m_dueCount = 0;
    int m_skipped = 0;
    QDateTime m_nextDue;
    bool m_finished = false;
    QString m_error;
    QVariantMap m_current;
    QVariantMap m_result;
    QVariantMap m_summary;
    std::unique_ptr<dojo::ReviewSession> m_session;
    // Tally over the whole session: a language switch reloads the course and restarts the session.
    struct Tally {
        int reviewed = 0, again = 0, hard = 0, good = 0, easy = 0, right = 0;
    } m_tally;
    int m_sessionDone = 0; // cards moved past before the session was restarted on a course change
    QDateTime m_shownAt;   // when the current card appeared (answer time = clock now − this)
    QTimer m_wake;         // refreshes when the next card falls due, and the "in 5 minutes" texts
};
