#include "scenariocontroller.h"

#include "appsession.h"
#include "coursecatalog.h"
#include "scoring/scenariosession.h"
#include "scoring/textmatch.h"
#include "storage/scenariorunstore.h"

#include <QLoggingCategory>

#include <climits>

Q_LOGGING_CATEGORY(lcRoleplay, "dojo.roleplay", QtInfoMsg)

// ---- ScenarioTranscript ----

ScenarioTranscript::ScenarioTranscript(QObject *parent) : QAbstractListModel(parent) {}

int ScenarioTranscript::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant ScenarioTranscript::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &l = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return l.text;
    case SpeakerRole:
        return l.speaker;
    case LandmineRole:
        return l.landmine;
    case LandmineNameRole:
        return l.landmineName;
    case MoodDeltaRole:
        return l.moodDelta;
    case LateRole:
        return l.late;
    case ReplySecondsRole:
        return l.replySeconds;
    case FreeReplyRole:
        return l.freeReply;
    case TurnRole:
        return l.turn;
    }
    return {};
}

QHash<int, QByteArray> ScenarioTranscript::roleNames() const
{
    return {{SpeakerRole, "speaker"},           {TextRole, "text"},
            {LandmineRole, "landmine"},         {LandmineNameRole, "landmineName"},
            {MoodDeltaRole, "moodDelta"},       {LateRole, "late"},
            {ReplySecondsRole, "replySeconds"}, {FreeReplyRole, "freeReply"},
            {TurnRole, "turn"}};
}

void ScenarioTranscript::append(const Line &line)
{
    const int row = int(m_lines.size());
    beginInsertRows({}, row, row);
    m_lines.append(line);
    endInsertRows();
    emit countChanged();
}

void ScenarioTranscript::clear()
{
    if (m_lines.isEmpty())
        return;
    beginResetModel();
    m_lines.clear();
    endResetModel();
    emit countChanged();
}

QVariantMap ScenarioTranscript::get(int row) const
{
    QVariantMap map;
    if (row < 0 || row >= m_lines.size())
        return map;
    const QHash<int, QByteArray> roles = roleNames();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        map.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return map;
}

// ---- ScenarioController ----

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

QString joinNames(const QList<dojo::LandmineHit> &hits, const QString &locale)
{
    QStringList names;
    for (const dojo::LandmineHit &h : hits)
        names.append(h.name.isEmpty() ? h.id : h.name);
    return names.join(locale.startsWith(QLatin1String("zh")) ? QStringLiteral("、") : QStringLiteral(", "));
}

QString landmineDescription(const dojo::Course &course, const QString &id)
{
    for (const dojo::Landmine &l : course.landmines) {
        if (l.id == id)
            return l.description;
    }
    return {};
}

QVariantList toVariantList(const QStringList &list)
{
    QVariantList out;
    for (const QString &s : list)
        out.append(s);
    return out;
}

} // namespace

ScenarioController::ScenarioController(QObject *parent)
    : QObject(parent), m_transcript(new ScenarioTranscript(this))
{
    m_typingTimer.setSingleShot(true);
    connect(&m_typingTimer, &QTimer::timeout, this, &ScenarioController::revealCustomerLine);
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &ScenarioController::timersChanged);
    if (auto *session = AppSession::instance())
        connect(session, &AppSession::userChanged, this, [this] {
            // Another user: whatever was on screen belongs to someone else.
            if (m_phase == Phase::Intro || m_session)
                loadScenario();
        });
    if (auto *catalog = CourseCatalog::instance())
        connect(catalog, &CourseCatalog::courseChanged, this, [this] {
            // Mid-run the copy keeps the run going; on the intro the new language shows.
            if (m_phase == Phase::Intro)
                loadScenario();
        });
}

ScenarioController::~ScenarioController() = default;

void ScenarioController::setScenarioId(const QString &id)
{
    if (id == m_scenarioId)
        return;
    m_scenarioId = id;
    loadScenario();
}

void ScenarioController::setTypingMs(int ms)
{
    ms = std::max(0, ms);
    if (ms == m_typingMs)
        return;
    m_typingMs = ms;
    emit typingMsChanged();
}

void ScenarioController::loadScenario()
{
    m_typingTimer.stop();
    m_tick.stop();
    m_session.reset();
    m_transcript->clear();
    m_customerLine.clear();
    m_typing = false;
    m_awaiting = false;
    m_landmineAlert.clear();
    m_resumeRunId = 0;
    m_resumeTurns = 0;
    m_phase = Phase::Intro;
    m_warning.clear();
    m_error.clear();
    clearDebrief();

    const CourseCatalog *catalog = CourseCatalog::instance();
    const dojo::Course *course = catalog ? catalog->course() : nullptr;
    const dojo::Scenario *scenario = course ? course->scenario(m_scenarioId) : nullptr;
    m_valid = scenario != nullptr;
    if (scenario) {
        m_course = *course;
        m_scenario = *scenario;
    } else {
        m_course = {};
        m_scenario = {};
        if (!m_scenarioId.isEmpty())
            m_error = tr("The role-play “%1” is not in this course. It may have been removed or have errors "
                         "a trainer needs to fix in the Studio.")
                          .arg(m_scenarioId);
    }
    m_mood = m_scenario.persona.mood;
    m_lastMoodDelta = 0;
    refreshResumeOffer();
    emit scenarioChanged();
    emit stateChanged();
    emit errorChanged();
    emit turnChanged();
    emit moodChanged();
    emit timersChanged();
    emit landmineAlertChanged();
}

void ScenarioController::refreshResumeOffer()
{
    m_resumeRunId = 0;
    m_resumeTurns = 0;
    AppSession *session = AppSession::instance();
    if (!m_valid || !session || !session->canRecord())
        return;
    dojo::ScenarioRunStore store(*session->database());
    auto open = store.unfinishedRun(session->actor(), session->userId(), m_scenario.id);
    if (!open.ok()) {
        m_error = open.error().message;
        return;
    }
    if (!open.value())
        return;
    auto turns = store.turns(session->actor(), open.value()->id);
    if (!turns.ok() || turns->isEmpty())
        return; // a run with no turn is nothing worth resuming
    m_resumeRunId = open.value()->id;
    m_resumeTurns = int(turns->size());
}

QString ScenarioController::channel() const
{
    return m_valid ? channelCode(m_scenario.channel) : QString();
}

QVariantMap ScenarioController::persona() const
{
    const dojo::Persona &p = m_scenario.persona;
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("situation"), p.situation},
            {QStringLiteral("mood"), p.mood},
            {QStringLiteral("initial"), p.name.isEmpty() ? QString() : p.name.left(1)}};
}

bool ScenarioController::isRecording() const
{
    if (m_session)
        return m_session->isRecording();
    const AppSession *session = AppSession::instance();
    return session && session->canRecord();
}

qint64 ScenarioController::runId() const
{
    return m_session ? m_session->runId() : 0;
}

QString ScenarioController::currentNodeId() const
{
    return m_session ? m_session->run().currentNodeId() : QString();
}

QVariantList ScenarioController::options() const
{
    QVariantList list;
    const dojo::ScenarioNode *node = m_session && m_awaiting ? m_session->run().currentNode() : nullptr;
    if (!node || node->freeReply)
        return list;
    for (qsizetype i = 0; i < node->options.size(); ++i)
        list.append(QVariantMap{{QStringLiteral("index"), int(i)}, {QStringLiteral("text"), node->options[i].text}});
    return list;
}

bool ScenarioController::freeReplyActive() const
{
    const dojo::ScenarioNode *node = m_session && m_awaiting ? m_session->run().currentNode() : nullptr;
    return node && node->freeReply;
}

QString ScenarioController::freeReplyPrompt() const
{
    const dojo::ScenarioNode *node = m_session ? m_session->run().currentNode() : nullptr;
    return node && node->freeReply ? node->freeReply->prompt : QString();
}

int ScenarioController::freeReplyMinLength() const
{
    const dojo::ScenarioNode *node = m_session ? m_session->run().currentNode() : nullptr;
    return node && node->freeReply ? node->freeReply->minLength : 0;
}

int ScenarioController::freeReplyMaxLength() const
{
    const dojo::ScenarioNode *node = m_session ? m_session->run().currentNode() : nullptr;
    return node && node->freeReply ? node->freeReply->maxLength : 0;
}

int ScenarioController::replyElapsedMs() const
{
    return m_session && m_awaiting ? int(std::min<qint64>(m_session->replyElapsedMs(), INT_MAX)) : 0;
}

int ScenarioController::replyTargetSeconds() const
{
    return m_session ? m_session->currentTargetSeconds() : 0;
}

int ScenarioController::callElapsedSeconds() const
{
    return m_call.isValid() ? int(m_call.elapsed() / 1000) : 0;
}

int ScenarioController::replyLength(const QString &text) const
{
    return dojo::characterCount(text);
}

void ScenarioController::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}

void ScenarioController::setPhase(Phase phase)
{
    m_phase = phase;
    emit stateChanged();
}

void ScenarioController::start()
{
    if (!m_valid)
        return;
    AppSession *app = AppSession::instance();
    const bool record = app && app->canRecord();
    auto session = std::make_unique<dojo::ScenarioSession>(record ? app->database() : nullptr, m_course, m_scenario,
                                                           record ? app->actor() : dojo::Actor{},
                                                           record ? app->userId() : 0);
    if (const dojo::StoreStatus started = session->start(); !started) {
        setError(started.error().message);
        return;
    }
    m_session = std::move(session);
    afterStart();
    if (record)
        app->notifyRecordsChanged();
}

void ScenarioController::resume()
{
    if (!m_valid || !canResume())
        return;
    AppSession *app = AppSession::instance();
    if (!app || !app->canRecord())
        return;
    auto session = std::make_unique<dojo::ScenarioSession>(app->database(), m_course, m_scenario, app->actor(),
                                                           app->userId());
    if (const dojo::StoreStatus resumed = session->resume(); !resumed) {
        setError(resumed.error().message);
        m_resumeRunId = 0;
        emit stateChanged();
        return;
    }
    m_session = std::move(session);
    afterStart();
    if (m_session->isFinished())
        app->notifyRecordsChanged();
}

void ScenarioController::retry()
{
    if (!m_valid)
        return;
    loadScenario();
    start();
}

void ScenarioController::afterStart()
{
    m_typingTimer.stop();
    m_transcript->clear();
    m_landmineAlert.clear();
    m_warning = m_session->warning();
    m_error.clear();
    m_resumeRunId = 0;
    m_resumeTurns = 0;
    clearDebrief();
    m_mood = m_scenario.persona.mood;
    m_lastMoodDelta = 0;

    // A resumed run: the conversation so far, as it was.
    for (const dojo::TurnResult &t : m_session->run().turns()) {
        const dojo::ScenarioNode *node = m_scenario.node(t.nodeId);
        if (node)
            appendNode(*node);
        QString text = t.replyText;
        if (!t.freeReply && node && t.optionIndex >= 0 && t.optionIndex < node->options.size())
            text = node->options[t.optionIndex].text;
        ScenarioTranscript::Line line;
        line.speaker = QStringLiteral("trainee");
        line.text = text;
        line.landmine = !t.landmines.isEmpty();
        line.landmineName = joinNames(t.landmines, m_course.locale);
        line.moodDelta = t.moodAfter - t.moodBefore;
        line.late = t.late;
        line.replySeconds = t.replyMs / 1000.0;
        line.freeReply = t.freeReply.has_value();
        line.turn = t.turn;
        m_transcript->append(line);
        m_mood = t.moodAfter;
        m_lastMoodDelta = t.moodAfter - t.moodBefore;
    }
    m_call.start();
    emit errorChanged();
    emit landmineAlertChanged();
    emit moodChanged();
    if (m_session->isFinished()) {
        m_awaiting = false;
        m_typing = false;
        buildDebrief();
        setPhase(Phase::Finished);
        emit turnChanged();
        return;
    }
    m_tick.start();
    setPhase(Phase::Playing);
    presentCurrentNode(m_session->run().turns().isEmpty() && m_typingMs > 0);
}

void ScenarioController::appendNode(const dojo::ScenarioNode &node)
{
    ScenarioTranscript::Line line;
    if (!node.note.isEmpty()) {
        line.speaker = QStringLiteral("system");
        line.text = node.note;
        m_transcript->append(line);
    }
    line.speaker = QStringLiteral("customer");
    line.text = node.customer;
    m_transcript->append(line);
}

void ScenarioController::presentCurrentNode(bool withTyping)
{
    m_awaiting = false;
    m_customerLine.clear();
    if (withTyping && m_typingMs > 0) {
        m_typing = true;
        emit turnChanged();
        m_typingTimer.start(m_typingMs);
        return;
    }
    revealCustomerLine();
}

void ScenarioController::revealCustomerLine()
{
    m_typingTimer.stop();
    const dojo::ScenarioNode *node = m_session ? m_session->run().currentNode() : nullptr;
    m_typing = false;
    if (!node) {
        emit turnChanged();
        return;
    }
    appendNode(*node);
    m_customerLine = node->customer;
    m_awaiting = true;
    m_session->presented();
    emit turnChanged();
    emit timersChanged();
    emit customerSpoke(node->customer);
}

void ScenarioController::skipTyping()
{
    if (m_typing)
        revealCustomerLine();
}

void ScenarioController::dismissLandmineAlert()
{
    if (m_landmineAlert.isEmpty())
        return;
    m_landmineAlert.clear();
    emit landmineAlertChanged();
}

void ScenarioController::choose(int index)
{
    if (!m_session || !m_awaiting || freeReplyActive())
        return;
    const dojo::ScenarioNode *node = m_session->run().currentNode();
    const QString text = node && index >= 0 && index < node->options.size() ? node->options[index].text : QString();
    auto turn = m_session->choose(index);
    if (!turn) {
        setError(turn.error().message);
        return;
    }
    applyTurn(turn.value(), text);
}

void ScenarioController::sendFreeReply(const QString &text)
{
    if (!m_session || !m_awaiting || !freeReplyActive())
        return;
    auto turn = m_session->freeReply(text.trimmed());
    if (!turn) {
        setError(turn.error().message);
        return;
    }
    applyTurn(turn.value(), text.trimmed());
}

void ScenarioController::applyTurn(const dojo::TurnResult &t, const QString &yourText)
{
    setError(QString());
    m_warning = m_session->warning();
    if (!m_warning.isEmpty())
        qCWarning(lcRoleplay) << "after a turn of" << m_scenario.id << ":" << m_warning;
    ScenarioTranscript::Line line;
    line.speaker = QStringLiteral("trainee");
    line.text = yourText;
    line.landmine = !t.landmines.isEmpty();
    line.landmineName = joinNames(t.landmines, m_course.locale);
    line.moodDelta = t.moodAfter - t.moodBefore;
    line.late = t.late;
    line.replySeconds = t.replyMs / 1000.0;
    line.freeReply = t.freeReply.has_value();
    line.turn = t.turn;
    m_transcript->append(line);

    m_mood = t.moodAfter;
    m_lastMoodDelta = t.moodAfter - t.moodBefore;
    emit moodChanged();

    if (!t.landmines.isEmpty()) {
        QStringList why;
        QStringList descriptions;
        for (const dojo::LandmineHit &h : t.landmines) {
            const QString d = landmineDescription(m_course, h.id);
            if (!d.isEmpty())
                descriptions.append(d);
        }
        if (!t.feedback.isEmpty())
            why.append(t.feedback);
        if (t.freeReply) {
            const dojo::ScenarioNode *node = m_scenario.node(t.nodeId);
            const dojo::FreeReply *fr = node && node->freeReply ? &*node->freeReply : nullptr;
            for (const dojo::ForbiddenHit &f : t.freeReply->forbidden) {
                if (fr && f.rule >= 0 && f.rule < fr->forbidden.size() && !f.landmine.isEmpty() &&
                    !fr->forbidden[f.rule].feedback.isEmpty())
                    why.append(fr->forbidden[f.rule].feedback);
            }
        }
        m_landmineAlert = {{QStringLiteral("names"), line.landmineName},
                           {QStringLiteral("description"), descriptions.join(QLatin1Char(' '))},
                           {QStringLiteral("feedback"), why.join(QLatin1Char(' '))},
                           {QStringLiteral("turn"), t.turn}};
        emit landmineAlertChanged();
        emit landmineHit(line.landmineName, why.isEmpty() ? descriptions.join(QLatin1Char(' ')) : why.join(QLatin1Char(' ')));
    } else if (!m_landmineAlert.isEmpty()) {
        m_landmineAlert.clear();
        emit landmineAlertChanged();
    }

    if (AppSession *app = AppSession::instance(); app && m_session->isRecording())
        app->notifyRecordsChanged();

    if (t.finished) {
        m_tick.stop();
        m_awaiting = false;
        m_typing = false;
        m_customerLine.clear();
        buildDebrief();
        setPhase(Phase::Finished);
        emit turnChanged();
        emit timersChanged();
        return;
    }
    presentCurrentNode(true);
}

void ScenarioController::clearDebrief()
{
    m_overall = 0;
    m_overallCap = 100;
    m_dimensions.clear();
    m_path.clear();
    m_bestPath.clear();
    m_landminesHit.clear();
    m_scoreNotes.clear();
    m_endingTitle.clear();
    m_endingDebrief.clear();
    m_outcome.clear();
    m_bestEndingTitle.clear();
    m_bestOutcome.clear();
    emit debriefChanged();
}

void ScenarioController::buildDebrief()
{
    clearDebrief();
    if (!m_session)
        return;
    const dojo::ScenarioDebrief d = m_session->debrief();
    m_overall = d.score.overall;
    m_overallCap = d.score.overallCap;
    m_scoreNotes = d.score.explanations;
    for (const dojo::DimensionScore &dim : d.score.dimensions)
        m_dimensions.append(QVariantMap{{QStringLiteral("id"), dim.id},
                                        {QStringLiteral("name"), dim.name},
                                        {QStringLiteral("score"), dim.score},
                                        {QStringLiteral("cap"), dim.cap},
                                        {QStringLiteral("assessed"), dim.assessed},
                                        {QStringLiteral("points"), dim.points},
                                        {QStringLiteral("bestPoints"), dim.bestPoints}});
    for (const dojo::DebriefStep &s : d.steps) {
        const dojo::TurnResult &t = s.turn;
        QVariantList mines;
        for (const dojo::LandmineHit &h : t.landmines) {
            mines.append(h.name.isEmpty() ? h.id : h.name);
            m_landminesHit.append(QVariantMap{{QStringLiteral("id"), h.id},
                                              {QStringLiteral("name"), h.name.isEmpty() ? h.id : h.name},
                                              {QStringLiteral("description"), landmineDescription(m_course, h.id)},
                                              {QStringLiteral("turn"), t.turn},
                                              {QStringLiteral("yourText"), s.yourText}});
        }
        m_path.append(QVariantMap{
            {QStringLiteral("turn"), t.turn},
            {QStringLiteral("nodeId"), t.nodeId},
            {QStringLiteral("customer"), s.customer},
            {QStringLiteral("yourText"), s.yourText},
            {QStringLiteral("freeReply"), t.freeReply.has_value()},
            {QStringLiteral("passed"), t.freeReply ? t.freeReply->passed : false},
            {QStringLiteral("bestText"), s.bestText},
            {QStringLiteral("bestIsFreeReply"), s.bestIsFreeReply},
            {QStringLiteral("bestElements"), toVariantList(s.bestElements)},
            {QStringLiteral("wasBest"), t.bestChoice},
            {QStringLiteral("wrong"), t.wrongDecision},
            {QStringLiteral("feedback"), t.feedback},
            {QStringLiteral("explanations"), toVariantList(t.explanations)},
            {QStringLiteral("landmines"), mines},
            {QStringLiteral("moodBefore"), t.moodBefore},
            {QStringLiteral("moodAfter"), t.moodAfter},
            {QStringLiteral("late"), t.late},
            {QStringLiteral("replySeconds"), t.replyMs / 1000.0},
            {QStringLiteral("targetSeconds"), t.targetSeconds},
        });
    }
    for (const dojo::BestStep &b : d.best)
        m_bestPath.append(QVariantMap{{QStringLiteral("nodeId"), b.nodeId},
                                      {QStringLiteral("customer"), b.customer},
                                      {QStringLiteral("text"), b.text},
                                      {QStringLiteral("freeReply"), b.optionIndex < 0},
                                      {QStringLiteral("elements"), toVariantList(b.elements)}});
    m_endingTitle = d.endingTitle;
    m_endingDebrief = d.endingDebrief;
    m_outcome = d.outcome ? dojo::outcomeName(*d.outcome) : QString();
    m_bestEndingTitle = d.bestEndingTitle;
    m_bestOutcome = d.bestOutcome ? dojo::outcomeName(*d.bestOutcome) : QString();
    emit debriefChanged();
}
