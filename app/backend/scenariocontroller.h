// The role-play player screen: one scenario played by the signed-in trainee through
// dojo::ScenarioSession (every turn stored and review-recorded as it is taken). The controller holds
// what the page shows — the transcript, the customer's current line after a short "typing" pause, the
// options or the free-reply box, the mood, the reply and call timers, the landmine alert — and, once the
// run ends, the debrief: scores per dimension, the trainee's path beside the best run, the ending.
#pragma once

#include "content/model.h"

#include <QAbstractListModel>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace dojo {
class ScenarioSession;
struct TurnResult;
} // namespace dojo

// The conversation so far, one row per line. An adapter: rows are appended by ScenarioController.
class ScenarioTranscript : public QAbstractListModel {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        SpeakerRole = Qt::UserRole + 1, // "customer", "trainee" or "system"
        TextRole,
        LandmineRole,     // bool: this reply stepped on a landmine
        LandmineNameRole, // the landmine names, joined by "、"/", "
        MoodDeltaRole,    // the mood change this reply caused (trainee lines)
        LateRole,         // bool: slower than the reply target
        ReplySecondsRole, // how long the trainee took
        FreeReplyRole,    // bool: typed, not chosen
        TurnRole,         // 1-based turn of a trainee line, 0 otherwise
    };
    Q_ENUM(Role)

    struct Line {
        QString speaker;
        QString text;
        bool landmine = false;
        QString landmineName;
        int moodDelta = 0;
        bool late = false;
        double replySeconds = 0;
        bool freeReply = false;
        int turn = 0;
    };

    explicit ScenarioTranscript(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_lines.size()); }

    void append(const Line &line);
    void clear();
    // The row as a map (tests and the lead's UI test read lines this way).
    Q_INVOKABLE QVariantMap get(int row) const;

signals:
    void countChanged();

private:
    QList<Line> m_lines;
};

class ScenarioController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // Input: which scenario. Setting it shows the intro (persona, resume offer); nothing is stored yet.
    Q_PROPERTY(QString scenarioId READ scenarioId WRITE setScenarioId NOTIFY scenarioChanged)
    // How long the customer "types" before each line, in ms (tests set 0).
    Q_PROPERTY(int typingMs READ typingMs WRITE setTypingMs NOTIFY typingMsChanged)

    Q_PROPERTY(bool valid READ isValid NOTIFY scenarioChanged)
    Q_PROPERTY(QString title READ title NOTIFY scenarioChanged)
    Q_PROPERTY(QString channel READ channel NOTIFY scenarioChanged) // "chat", "phone", "face-to-face"
    // {name, situation, mood (at the start), initial (first letter for the avatar)}
    Q_PROPERTY(QVariantMap persona READ persona NOTIFY scenarioChanged)
    Q_PROPERTY(int targetReplySeconds READ targetReplySeconds NOTIFY scenarioChanged)
    Q_PROPERTY(int moodFloor READ moodFloor NOTIFY scenarioChanged) // -1 when none

    // Intro / play / debrief.
    Q_PROPERTY(Phase phase READ phase NOTIFY stateChanged)
    Q_PROPERTY(bool started READ isStarted NOTIFY stateChanged)
    Q_PROPERTY(bool finished READ isFinished NOTIFY stateChanged)
    Q_PROPERTY(bool recording READ isRecording NOTIFY stateChanged) // runs are saved (signed in)
    Q_PROPERTY(bool canResume READ canResume NOTIFY stateChanged)
    Q_PROPERTY(int resumeTurns READ resumeTurns NOTIFY stateChanged) // turns taken in the run to resume
    Q_PROPERTY(qint64 runId READ runId NOTIFY stateChanged)          // 0 when not saved
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
    Q_PROPERTY(QString warningText READ warningText NOTIFY errorChanged)

    // The conversation.
    Q_PROPERTY(ScenarioTranscript *transcript READ transcript CONSTANT)
    Q_PROPERTY(QString currentNodeId READ currentNodeId NOTIFY turnChanged)
    Q_PROPERTY(QString customerLine READ customerLine NOTIFY turnChanged) // the line on screen (captions)
    Q_PROPERTY(bool customerTyping READ customerTyping NOTIFY turnChanged)
    Q_PROPERTY(bool awaitingReply READ awaitingReply NOTIFY turnChanged) // options / free reply usable
    Q_PROPERTY(QVariantList options READ options NOTIFY turnChanged)     // [{index, text}] in content order
    Q_PROPERTY(bool freeReplyActive READ freeReplyActive NOTIFY turnChanged)
    Q_PROPERTY(QString freeReplyPrompt READ freeReplyPrompt NOTIFY turnChanged)
    Q_PROPERTY(int freeReplyMinLength READ freeReplyMinLength NOTIFY turnChanged)
    Q_PROPERTY(int freeReplyMaxLength READ freeReplyMaxLength NOTIFY turnChanged) // 0 = no limit
    Q_PROPERTY(int mood READ mood NOTIFY moodChanged)
    Q_PROPERTY(int lastMoodDelta READ lastMoodDelta NOTIFY moodChanged)
    Q_PROPERTY(int replyElapsedMs READ replyElapsedMs NOTIFY timersChanged)
    Q_PROPERTY(int replyTargetSeconds READ replyTargetSeconds NOTIFY turnChanged) // 0 = not timed
    Q_PROPERTY(int callElapsedSeconds READ callElapsedSeconds NOTIFY timersChanged)
    // The landmine of the last reply: {names, description, feedback}; empty when it hit none.
    Q_PROPERTY(QVariantMap landmineAlert READ landmineAlert NOTIFY landmineAlertChanged)

    // The debrief (valid once finished).
    Q_PROPERTY(int overall READ overall NOTIFY debriefChanged)
    Q_PROPERTY(int overallCap READ overallCap NOTIFY debriefChanged)
    // [{id, name, score, cap, assessed, points, bestPoints}] in rubric order
    Q_PROPERTY(QVariantList dimensions READ dimensions NOTIFY debriefChanged)
    // [{turn, nodeId, customer, yourText, freeReply, passed, bestText, bestIsFreeReply, bestElements,
    //   wasBest, wrong, feedback, explanations, landmines, moodBefore, moodAfter, late, replySeconds,
    //   targetSeconds}]
    Q_PROPERTY(QVariantList path READ path NOTIFY debriefChanged)
    // [{nodeId, customer, text, freeReply, elements}]: the best run from the start
    Q_PROPERTY(QVariantList bestPath READ bestPath NOTIFY debriefChanged)
    // [{id, name, description, turn, yourText}]
    Q_PROPERTY(QVariantList landminesHit READ landminesHit NOTIFY debriefChanged)
    Q_PROPERTY(QStringList scoreNotes READ scoreNotes NOTIFY debriefChanged) // the caps that applied
    Q_PROPERTY(QString endingTitle READ endingTitle NOTIFY debriefChanged)
    Q_PROPERTY(QString endingDebrief READ endingDebrief NOTIFY debriefChanged)
    Q_PROPERTY(QString outcome READ outcome NOTIFY debriefChanged) // "resolved", "escalated", "lost", ""
    Q_PROPERTY(QString bestEndingTitle READ bestEndingTitle NOTIFY debriefChanged)
    Q_PROPERTY(QString bestOutcome READ bestOutcome NOTIFY debriefChanged)

public:
    enum class Phase { Intro, Playing, Finished };
    Q_ENUM(Phase)

    explicit ScenarioController(QObject *parent = nullptr);
    ~ScenarioController() override;

    QString scenarioId() const { return m_scenarioId; }
    void setScenarioId(const QString &id);
    int typingMs() const { return m_typingMs; }
    void setTypingMs(int ms);

    bool isValid() const { return m_valid; }
    QString title() const { return m_scenario.title; }
    QString channel() const;
    QVariantMap persona() const;
    int targetReplySeconds() const { return m_scenario.targetReplySeconds; }
    int moodFloor() const { return m_scenario.moodFloor.value; }

    Phase phase() const { return m_phase; }
    bool isStarted() const { return m_phase != Phase::Intro; }
    bool isFinished() const { return m_phase == Phase::Finished; }
    bool isRecording() const;
    bool canResume() const { return m_resumeRunId > 0; }
    int resumeTurns() const { return m_resumeTurns; }
    qint64 runId() const;
    QString errorText() const { return m_error; }
    QString warningText() const { return m_warning; }

    ScenarioTranscript *transcript() const { return m_transcript; }
    QString currentNodeId() const;
    QString customerLine() const { return m_customerLine; }
    bool customerTyping() const { return m_typing; }
    bool awaitingReply() const { return m_awaiting; }
    QVariantList options() const;
    bool freeReplyActive() const;
    QString freeReplyPrompt() const;
    int freeReplyMinLength() const;
    int freeReplyMaxLength() const;
    int mood() const { return m_mood; }
    int lastMoodDelta() const { return m_lastMoodDelta; }
    int replyElapsedMs() const;
    int replyTargetSeconds() const;
    int callElapsedSeconds() const;
    QVariantMap landmineAlert() const { return m_landmineAlert; }

    int overall() const { return m_overall; }
    int overallCap() const { return m_overallCap; }
    QVariantList dimensions() const { return m_dimensions; }
    QVariantList path() const { return m_path; }
    QVariantList bestPath() const { return m_bestPath; }
    QVariantList landminesHit() const { return m_landminesHit; }
    QStringList scoreNotes() const { return m_scoreNotes; }
    QString endingTitle() const { return m_endingTitle; }
    QString endingDebrief() const { return m_endingDebrief; }
    QString outcome() const { return m_outcome; }
    QString bestEndingTitle() const { return m_bestEndingTitle; }
    QString bestOutcome() const { return m_bestOutcome; }

    // A new run from the start (the unfinished one, if any, stays as it was).
    Q_INVOKABLE void start();
    // Continues the trainee's unfinished run of this scenario.
    Q_INVOKABLE void resume();
    // After the debrief (or mid-run): a fresh run of the same scenario.
    Q_INVOKABLE void retry();
    // Picks option `index` (content order) of the current step.
    Q_INVOKABLE void choose(int index);
    // Sends a typed reply to the current step's free reply.
    Q_INVOKABLE void sendFreeReply(const QString &text);
    // Characters as the scorer counts them (for the length hint).
    Q_INVOKABLE int replyLength(const QString &text) const;
    // Shows the customer's line now instead of waiting for the typing pause.
    Q_INVOKABLE void skipTyping();
    Q_INVOKABLE void dismissLandmineAlert();

signals:
    void scenarioChanged();
    void typingMsChanged();
    void stateChanged();
    void errorChanged();
    void turnChanged();
    void moodChanged();
    void timersChanged();
    void landmineAlertChanged();
    void debriefChanged();
    // The customer just said `text` (the phone view speaks it).
    void customerSpoke(const QString &text);
    // A reply stepped on a landmine (the page shakes and shows the alert).
    void landmineHit(const QString &names, const QString &why);

private:
    void loadScenario();
    void refreshResumeOffer();
    void afterStart();
    void presentCurrentNode(bool withTyping);
    void revealCustomerLine();
    void applyTurn(const dojo::TurnResult &turn, const QString &yourText);
    void buildDebrief();
    void clearDebrief();
    void setError(const QString &error);
    void setPhase(Phase phase);
    void appendNode(const dojo::ScenarioNode &node);

    QString m_scenarioId;
    int m_typingMs = 800;
    bool m_valid = false;
    dojo::Course m_course;     // a copy: a language switch mid-run does not pull the scenario away
    dojo::Scenario m_scenario; // from m_course
    std::unique_ptr<dojo::ScenarioSession> m_session;
    Phase m_phase = Phase::Intro;
    qint64 m_resumeRunId = 0;
    int m_resumeTurns = 0;
    QString m_error;
    QString m_warning;

    ScenarioTranscript *m_transcript;
    QString m_customerLine;
    bool m_typing = false;
    bool m_awaiting = false;
    int m_mood = 50;
    int m_lastMoodDelta = 0;
    QVariantMap m_landmineAlert;
    QTimer m_typingTimer;
    QTimer m_tick;
    QElapsedTimer m_call;

    int m_overall = 0;
    int m_overallCap = 100;
    QVariantList m_dimensions;
    QVariantList m_path;
    QVariantList m_bestPath;
    QVariantList m_landminesHit;
    QStringList m_scoreNotes;
    QString m_endingTitle;
    QString m_endingDebrief;
    QString m_outcome;
    QString m_bestEndingTitle;
    QString m_bestOutcome;
};
