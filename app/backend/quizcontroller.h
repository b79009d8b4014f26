// The quiz player screen (QuizPage.qml): one QuizController per page. Set quizId, then start() a
// practice or test attempt, or resume() the unfinished one. Questions come as QuestionPresenter maps
// (questionpresenter.h); QML hands answers back to submit(). Practice shows feedback after each answer
// (state "feedback"); test keeps it for the results. A timed quiz counts down in remainingSeconds and
// hands itself in at zero. Everything is stored through dojo::QuizSession for the signed-in trainee.
//
// States: "intro" (title, rules, mode choice, resume offer) → "question" ⇄ "feedback" (practice) →
// "results". "unavailable" when the quiz id is not in the course.
#pragma once

#include "scoring/quizsession.h"

#include <QObject>
#include <QTimer>
#include <QVariant>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

class QuizController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString quizId READ quizId WRITE setQuizId NOTIFY quizChanged)
    // About the quiz (intro card).
    Q_PROPERTY(bool available READ available NOTIFY quizChanged)
    Q_PROPERTY(QString title READ title NOTIFY quizChanged)
    Q_PROPERTY(int questionCount READ questionCount NOTIFY quizChanged)
    Q_PROPERTY(int timeLimitSeconds READ timeLimitSeconds NOTIFY quizChanged)
    Q_PROPERTY(int passMark READ passMark NOTIFY quizChanged)
    Q_PROPERTY(double totalPoints READ totalPoints NOTIFY quizChanged)
    Q_PROPERTY(QString lessonId READ lessonId NOTIFY quizChanged)
    // False when nobody is signed in or the database is not open: the attempt is not saved.
    Q_PROPERTY(bool recording READ recording NOTIFY quizChanged)
    // An unfinished attempt to continue, and a line describing it ("Test · 3 of 20 answered").
    Q_PROPERTY(bool canResume READ canResume NOTIFY resumeChanged)
    Q_PROPERTY(QString resumeSummary READ resumeSummary NOTIFY resumeChanged)
    // Earlier finished attempts: the best percent so far (-1 before any) and how many.
    Q_PROPERTY(int bestPercent READ bestPercent NOTIFY resumeChanged)
    Q_PROPERTY(int finishedAttempts READ finishedAttempts NOTIFY resumeChanged)

    // "intro" | "question" | "feedback" | "results" | "unavailable"
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)
    // "practice" | "test"
    Q_PROPERTY(QString mode READ mode NOTIFY stateChanged)

    // The question on screen (shown position, 0-based) and its presenter map.
    Q_PROPERTY(int currentIndex READ currentIndex NOTIFY questionChanged)
    Q_PROPERTY(QVariantMap question READ question NOTIFY questionChanged)
    // The answer already given to it, in QML form (undefined when none) and whether it is final.
    Q_PROPERTY(QVariant givenAnswer READ givenAnswer NOTIFY questionChanged)
    Q_PROPERTY(bool currentAnswered READ currentAnswered NOTIFY questionChanged)
    // Feedback for the current question (presenter map); empty until it may be shown.
    Q_PROPERTY(QVariantMap feedback READ feedback NOTIFY questionChanged)
    Q_PROPERTY(bool isLastQuestion READ isLastQuestion NOTIFY questionChanged)
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY questionChanged)
    // Per shown question: "open" | "answered" (test, before the end) | a verdict name (practice, results).
    Q_PROPERTY(QVariantList questionStates READ questionStates NOTIFY questionChanged)

    // Seconds left; -1 when the quiz has no time limit.
    Q_PROPERTY(int remainingSeconds READ remainingSeconds NOTIFY remainingChanged)
    Q_PROPERTY(bool timed READ timed NOTIFY quizChanged)

    // Results (state "results").
    // [{questionId, number, prompt, typeLabel, verdict, verdictText, given, rightAnswer, explanation,
    //   details, pointsText, seeLesson, seeAnchor}] in the order shown.
    Q_PROPERTY(QVariantList results READ results NOTIFY resultsChanged)
    // {percent (int), points, maxPoints, pointsText, passed, passMark, correct, partial, wrong, unanswered}
    Q_PROPERTY(QVariantMap totals READ totals NOTIFY resultsChanged)
    // True when the results came because the time ran out.
    Q_PROPERTY(bool timeExpired READ timeExpired NOTIFY resultsChanged)

    // The last problem to show (a store error, a refused answer); empty when none.
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)

public:
    explicit QuizController(QObject *parent = nullptr);
    ~QuizController() override;

    QString quizId() const { return m_quizId; }
    void setQuizId(const QString &id);

    bool available() const { return m_quiz.has_value(); }
    QString title() const;
    int questionCount() const;
    int timeLimitSeconds() const;
    int passMark() const;
    double totalPoints() const;
    QString lessonId() const;
    bool recording() const;
    bool canResume() const { return m_resumable.has_value(); }
    QString resumeSummary() const { return m_resumeSummary; }
    int bestPercent() const { return m_bestPercent; }
    int finishedAttempts() const { return m_finishedAttempts; }

    QString state() const { return m_state; }
    QString mode() const;
    int currentIndex() const;
    QVariantMap question() const;
    QVariant givenAnswer() const;
    bool currentAnswered() const;
    QVariantMap feedback() const;
    bool isLastQuestion() const;
    int answeredCount() const;
    QVariantList questionStates() const;
    int remainingSeconds() const { return m_remaining; }
    bool timed() const { return timeLimitSeconds() > 0; }
    QVariantList results() const { return m_results; }
    QVariantMap totals() const { return m_totals; }
    bool timeExpired() const { return m_timeExpired; }
    QString errorMessage() const { return m_error; }

    // mode: "practice" or "test". Starts a new attempt (an unfinished one stays resumable until
    // finished; starting anew leaves it).
    Q_INVOKABLE bool start(const QString &mode);
    Q_INVOKABLE bool resume();
    // Answers the current question with QML's answer (questionpresenter.h). Practice: grade shown
    // (state "feedback"). Test: saved, and the next open question comes up. False when refused
    // (errorMessage says why).
    Q_INVOKABLE bool submit(const QVariant &answer);
    // Practice after feedback: the next question without an answer, or the results when none is left.
    // Test: the next question in order (stays on the last).
    Q_INVOKABLE void next();
    Q_INVOKABLE void previous();
    Q_INVOKABLE void goTo(int shownIndex);
    // Hands the attempt in (test mode, or stopping a practice early); questions without an answer count 0.
    Q_INVOKABLE void finish();
    // Back to the intro for another attempt.
    Q_INVOKABLE void retry();
    Q_INVOKABLE void clearError();
    // The right answer to the question at `shownIndex`, in QML form (for tests and "show me").
    Q_INVOKABLE QVariant rightAnswer(int shownIndex) const;

    // Tests: a fake clock (also used by the running attempt), and one timer step on demand.
    void setClock(dojo::QuizSession::Clock clock);
    dojo::QuizSession *session() const { return m_session.get(); }

public slots:
    // Called every 250 ms while a timed attempt runs: updates remainingSeconds, hands in at zero.
    void tick();

signals:
    void quizChanged();
    void resumeChanged();
    void stateChanged();
    void questionChanged();
    void remainingChanged();
    void resultsChanged();
    void errorChanged();

private:
    void loadQuiz();
    void refreshResume();
    void setState(const QString &state);
    void setError(const QString &message);
    void beginRunning();
    void showResults();
    void updateRemaining();
    void notifyStored();

    QString m_quizId;
    std::optional<dojo::Quiz> m_quiz; // a copy: a language switch reloads the course under us
    std::unique_ptr<dojo::QuizSession> m_session;
    dojo::QuizSession::Clock m_clock;
    std::optional<dojo::QuizAttempt> m_resumable;
    QString m_resumeSummary;
    int m_bestPercent = -1;
    int m_finishedAttempts = 0;
    QString m_state = QStringLiteral("unavailable");
    QVariantList m_results;
    QVariantMap m_totals;
    bool m_timeExpired = false;
    int m_remaining = -1;
    QString m_error;
    QTimer m_timer;
};
