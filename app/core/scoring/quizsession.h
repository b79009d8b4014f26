// One attempt at a quiz, from start to result: the shuffled layout (from a seed stored with the
// attempt), the trainee's answers, the time spent on each question, the deadline of a timed quiz, the
// grades and the total. Every answer is written when given (QuizAttemptStore::recordAnswer commits it)
// and put into the review queue (ReviewRecorder); finishing writes the score. A crashed or closed
// attempt is resumed from the store: same seed, same layout, the stored answers replayed.
//
// Modes (docs/scoring.md, "Quizzes"):
//   practice  each answer is graded and shown at once (result(shown) is set by answer()).
//   test      the grade is kept back until the attempt is finished (feedbackVisible() is false until
//             then); the trainee moves freely between questions and hands in when done.
// In both modes an answer, once given, is final: the store keeps the first answer to a question, so
// the screen never lets the trainee think a later change counted.
//
// Time: the clock is injectable (tests use a fake one). A quiz with a time limit has a deadline of
// startedAt + limit — also for a resumed attempt, so closing the window does not stop the clock.
// When the deadline has passed, finishIfExpired() hands the attempt in; questions without an answer
// count 0 and, like wrong answers, enter the review queue.
//
// Without a database or a signed-in user (database == nullptr or userId == 0) the attempt runs in
// memory only and nothing is written; recording() says which.
#pragma once

#include "auth/actor.h"
#include "content/model.h"
#include "scoring/quizgrading.h"
#include "storage/quizattemptstore.h"
#include "storage/storeerror.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace dojo {

class Database;

class QuizSession {
public:
    using Clock = std::function<QDateTime()>;

    // `quiz` must outlive the session. An empty clock means the system clock (UTC).
    QuizSession(const Quiz &quiz, Database *database, const Actor &actor, qint64 userId, Clock clock = {});

    // The unfinished attempt of this quiz for the user, if any (to offer "resume").
    StoreResult<std::optional<QuizAttempt>> unfinishedAttempt() const;

    // Starts a new attempt. `seed` fixes the layout (tests); otherwise a random one.
    StoreStatus start(QuizMode mode, std::optional<quint64> seed = {});
    // Continues a stored, unfinished attempt of this quiz: its seed, mode and start time, its answers
    // replayed (answers to questions no longer in the quiz are skipped). Lands on the first question
    // without an answer. A timed attempt whose deadline has passed is finished at once.
    StoreStatus resume(const QuizAttempt &attempt);

    bool started() const { return m_started; }
    bool finished() const { return m_finished; }
    bool recording() const;
    const Quiz &quiz() const { return m_quiz; }
    const QuizLayout &layout() const { return m_layout; }
    QuizMode mode() const { return m_mode; }
    qint64 attemptId() const { return m_attemptId; }
    QDateTime startedAt() const { return m_startedAt; }
    int questionCount() const { return int(m_layout.questions.size()); }

    // Shown position -> the question there (nullptr when out of range).
    const Question *question(int shown) const;
    const QuestionLayout *questionLayout(int shown) const;

    // The question on screen. Moving adds the time spent to the question left.
    int current() const { return m_current; }
    void setCurrent(int shown);
    // The first question without an answer at or after `from` (wrapping), or -1 when all are answered.
    int nextUnanswered(int from = 0) const;

    // Answers the question at `shown`: grades it, writes it (store + review queue) and remembers it.
    // Refused (Conflict) when the question was already answered, the attempt is finished or the
    // deadline has passed; refused (InvalidInput) for an empty answer or a bad position. On a store
    // error the answer is still kept in memory and graded, and the error is returned.
    StoreStatus answer(int shown, const QuizAnswer &answer);

    bool isAnswered(int shown) const;
    int answeredCount() const { return int(m_answers.size()); }
    std::optional<QuizAnswer> answerAt(int shown) const;
    // The grade of the answer at `shown`; nullopt until it is answered (and, in test mode, always
    // available here — the screen asks feedbackVisible() before showing it).
    std::optional<GradeResult> resultAt(int shown) const;
    // Milliseconds spent on the question so far (including the running stretch when it is current).
    qint64 timeSpentMs(int shown) const;
    bool feedbackVisible() const { return m_mode == QuizMode::Practice || m_finished; }

    // Deadline, or a null QDateTime when the quiz has no time limit.
    QDateTime deadline() const;
    // Whole seconds left (rounded up, never below 0); -1 when the quiz has no time limit.
    int remainingSeconds() const;
    bool expired() const;

    // Hands the attempt in: questions without an answer count 0 and enter the review queue; the score
    // is written. Calling it again does nothing.
    StoreStatus finish();
    // finish() when the deadline has passed; returns true when it finished the attempt now.
    bool finishIfExpired(StoreStatus *status = nullptr);

    // Meaningful once finished (and in practice mode for the answered part): every question graded,
    // unanswered ones as Unanswered.
    QuizTotals totals() const;
    // The grade of every question, unanswered included, keyed by question id.
    QHash<QString, GradeResult> allResults() const;

private:
    QDateTime now() const;
    void stopTimingCurrent();
    StoreStatus recordReview(const Question &q, const GradeResult &result, qint64 ms);

    const Quiz &m_quiz;
    Database *m_db;
    Actor m_actor;
    qint64 m_userId;
    Clock m_clock;

    bool m_started = false;
    bool m_finished = false;
    QuizMode m_mode = QuizMode::Practice;
    QuizLayout m_layout;
    qint64 m_attemptId = 0;
    QDateTime m_startedAt;
    int m_current = 0;
    QDateTime m_currentSince;
    QHash<int, QuizAnswer> m_answers;   // by shown position
    QHash<int, GradeResult> m_results;  // by shown position
    QHash<int, qint64> m_spentMs;       // by shown position, closed stretches only
};

} // namespace dojo
