#include "review/reviewsession.h"

#include "review/reviewrecorder.h"

#include <QHash>
#include <QLoggingCategory>
#include <QQueue>
#include <QSet>

#include <algorithm>

Q_LOGGING_CATEGORY(lcReview, "dojo.review")

namespace dojo {

namespace {

// Far enough ahead that every stored card is "due" by then: dueCards() up to it lists them all.
QDateTime endOfTime()
{
    return QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC);
}

struct QuestionPlace {
    const Quiz *quiz = nullptr;
    int index = -1;
};

QuestionPlace findQuestion(const Course &course, const QString &questionId)
{
    for (const Quiz &quiz : course.quizzes)
        for (int i = 0; i < quiz.questions.size(); ++i)
            if (quiz.questions[i].id == questionId)
                return {&quiz, i};
    return {};
}

bool answerable(const ScenarioNode *node)
{
    return node && (node->freeReply || !node->options.isEmpty());
}

// Whether the card's content still exists, without copying it.
bool resolvable(const Course &course, const ReviewCardRecord &card)
{
    const std::optional<ReviewItemKey> key = ReviewSession::keyOf(card);
    if (!key)
        return false;
    if (key->kind == ReviewItemKey::Kind::Question)
        return findQuestion(course, key->id).quiz != nullptr;
    const Scenario *scenario = course.scenario(key->id);
    return scenario && answerable(scenario->node(key->nodeId));
}

int clampMood(int mood)
{
    return std::clamp(mood, 0, 100);
}

// Where a turn that changes the mood by `change` goes: the mood limit's ending when the turn crosses
// it (the same rule as ScenarioRun), else `next`.
QString turnTarget(const Scenario &s, int before, int change, const QString &next, int *after)
{
    *after = clampMood(before + change);
    const MoodLimit &floor = s.moodFloor;
    const MoodLimit &ceiling = s.moodCeiling;
    if (floor.value >= 0 && !floor.ending.isEmpty() && *after <= floor.value && (before > floor.value || change < 0))
        return floor.ending;
    if (ceiling.value >= 0 && !ceiling.ending.isEmpty() && *after >= ceiling.value &&
        (before < ceiling.value || change > 0))
        return ceiling.ending;
    return next;
}

QString ratingName(Rating r)
{
    switch (r) {
    case Rating::Again:
        return QStringLiteral("again");
    case Rating::Hard:
        return QStringLiteral("hard");
    case Rating::Good:
        return QStringLiteral("good");
    case Rating::Easy:
        return QStringLiteral("easy");
    }
    return {};
}

StoreError invalid(const QString &message)
{
    return StoreError{StoreError::Code::InvalidInput, message};
}

} // namespace

bool ReviewAnswer::right() const
{
    if (grade)
        return grade->verdict == Verdict::Correct;
    if (turn)
        return turn->bestChoice && !turn->wrongDecision;
    return false;
}

ReviewSession::ReviewSession(Database &db, const Course &course, Actor actor, qint64 userId, Clock clock,
                             FsrsScheduler scheduler)
    : m_db(db), m_course(course), m_actor(std::move(actor)), m_userId(userId),
      m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); })),
      m_scheduler(std::move(scheduler))
{
}

std::optional<ReviewItemKey> ReviewSession::keyOf(const ReviewCardRecord &card)
{
    if (card.itemKind == ReviewItemKind::Question)
        return card.itemId.isEmpty() || card.itemId.contains(u'/')
                   ? std::nullopt
                   : std::optional<ReviewItemKey>(ReviewItemKey::question(card.itemId));
    const qsizetype slash = card.itemId.indexOf(u'/');
    if (slash <= 0 || slash == card.itemId.size() - 1 || card.itemId.indexOf(u'/', slash + 1) >= 0)
        return std::nullopt;
    return ReviewItemKey::decision(card.itemId.left(slash), card.itemId.mid(slash + 1));
}

std::optional<ReviewItem> ReviewSession::resolve(const Course &course, const ReviewCardRecord &card, quint64 seed)
{
    const std::optional<ReviewItemKey> key = keyOf(card);
    if (!key)
        return std::nullopt;
    ReviewItem item;
    item.key = *key;
    item.card = card;
    if (key->kind == ReviewItemKey::Kind::Question) {
        const QuestionPlace place = findQuestion(course, key->id);
        if (!place.quiz)
            return std::nullopt;
        item.quizId = place.quiz->id;
        item.quizTitle = place.quiz->title;
        item.question = place.quiz->questions[place.index];
        const QuizLayout layout = QuizLayout::build(*place.quiz, seed);
        const auto shown = std::find_if(layout.questions.cbegin(), layout.questions.cend(),
                                        [&](const QuestionLayout &q) { return q.question == place.index; });
        if (shown != layout.questions.cend()) {
            item.layout = *shown;
        } else {
            item.layout.question = place.index;
            for (int i = 0; i < item.question.options.size(); ++i)
                item.layout.options.append(i);
        }
        return item;
    }
    const Scenario *scenario = course.scenario(key->id);
    if (!scenario || !answerable(scenario->node(key->nodeId)))
        return std::nullopt;
    item.scenario = *scenario;
    item.nodeId = key->nodeId;
    item.mood = referenceMood(*scenario, key->nodeId);
    return item;
}

int ReviewSession::referenceMood(const Scenario &scenario, const QString &nodeId)
{
    const int start = clampMood(scenario.persona.mood);
    // Along the best run: what the trainee meets when everything before went well.
    const ScenarioPath best = ScenarioRun::findBestPath(scenario, scenario.start, start);
    int mood = start;
    for (const PathStep &step : best.steps) {
        if (step.nodeId == nodeId)
            return mood;
        mood = step.moodAfter;
    }
    // Off the best run: the first way there in the fewest turns.
    struct Visit {
        QString node;
        int mood;
    };
    QQueue<Visit> queue;
    QSet<QString> seen;
    queue.enqueue({scenario.start, start});
    seen.insert(scenario.start);
    while (!queue.isEmpty()) {
        const Visit v = queue.dequeue();
        if (v.node == nodeId)
            return v.mood;
        const ScenarioNode *node = scenario.node(v.node);
        if (!node)
            continue; // an ending
        auto follow = [&](int change, const QString &next) {
            int after = 0;
            const QString target = turnTarget(scenario, v.mood, change, next, &after);
            if (!target.isEmpty() && !seen.contains(target)) {
                seen.insert(target);
                queue.enqueue({target, after});
            }
        };
        if (node->freeReply) {
            follow(node->freeReply->moodPass, node->freeReply->next);
            follow(node->freeReply->moodFail,
                   node->freeReply->failNext.isEmpty() ? node->freeReply->next : node->freeReply->failNext);
        }
        for (const ScenarioOption &o : node->options)
            follow(o.mood, o.next);
    }
    return start;
}

StoreStatus ReviewSession::load(quint64 seed)
{
    m_items.clear();
    m_answers.clear();
    m_skipped.clear();
    m_position = 0;
    ReviewStore store(m_db);
    auto due = store.dueCards(m_actor, m_userId, m_clock());
    if (!due.ok())
        return due.error();
    if (seed == 0)
        seed = QuizLayout::newSeed();
    for (const ReviewCardRecord &card : due.value()) {
        if (std::optional<ReviewItem> item = resolve(m_course, card, seed)) {
            m_items.append(std::move(*item));
        } else {
            const std::optional<ReviewItemKey> key = keyOf(card);
            const QString name = key ? key->toString() : reviewItemKindCode(card.itemKind) + u':' + card.itemId;
            qCInfo(lcReview) << "review card" << name << "skipped: its content is no longer in the course";
            m_skipped.append(name);
        }
    }
    m_answers.resize(m_items.size());
    return {};
}

const ReviewItem *ReviewSession::current() const
{
    return isFinished() ? nullptr : &m_items[m_position];
}

const ReviewAnswer *ReviewSession::currentAnswer() const
{
    if (isFinished() || !m_answers[m_position])
        return nullptr;
    return &*m_answers[m_position];
}

StoreResult<ReviewAnswer> ReviewSession::answerQuestion(const QuizAnswer &answer, qint64 answerMs)
{
    const ReviewItem *item = current();
    if (!item || !item->isQuestion())
        return invalid(QCoreApplication::translate("dojo::Review", "There is no question to answer here."));
    if (currentAnswer())
        return invalid(QCoreApplication::translate("dojo::Review", "This card has already been answered."));
    ReviewAnswer a;
    a.durationMs = answerMs;
    a.grade = QuizGrader::grade(item->question, answer);
    a.rating = ReviewPolicy::rating(*a.grade, item->question.type, answerMs);
    return store(std::move(a));
}

StoreResult<ReviewAnswer> ReviewSession::chooseOption(int optionIndex, qint64 replyMs)
{
    return decide([&](ScenarioRun &run) { return run.choose(optionIndex, replyMs); }, replyMs);
}

StoreResult<ReviewAnswer> ReviewSession::freeReply(const QString &text, qint64 replyMs)
{
    return decide([&](ScenarioRun &run) { return run.freeReply(text, replyMs); }, replyMs);
}

StoreResult<ReviewAnswer> ReviewSession::decide(const std::function<TurnResult(ScenarioRun &)> &play, qint64 replyMs)
{
    const ReviewItem *item = current();
    if (!item || item->isQuestion())
        return invalid(QCoreApplication::translate("dojo::Review", "There is no decision to take here."));
    if (currentAnswer())
        return invalid(QCoreApplication::translate("dojo::Review", "This card has already been answered."));
    // The same turn the scenario player would play at this node, in the mood the customer is in there.
    Scenario fromHere = item->scenario;
    fromHere.start = item->nodeId;
    fromHere.persona.mood = item->mood;
    ScenarioRun run(fromHere, m_course.rubric, m_course.landmines);
    const TurnResult turn = play(run);
    if (!turn.accepted)
        return invalid(turn.error);
    ReviewAnswer a;
    a.durationMs = replyMs;
    a.turn = turn;
    a.rating = ReviewPolicy::rating(turn);
    if (const ScenarioNode *node = item->node(); node && !node->freeReply) {
        const ScenarioPath best = ScenarioRun::findBestPath(item->scenario, item->nodeId, item->mood);
        if (!best.steps.isEmpty())
            a.bestOptionIndex = best.steps.first().optionIndex;
    }
    return store(std::move(a));
}

StoreResult<ReviewAnswer> ReviewSession::store(ReviewAnswer answer)
{
    const ReviewItem &item = m_items[m_position];
    ReviewRecorder recorder(m_db, m_scheduler);
    const std::optional<qint64> duration =
        answer.durationMs >= 0 ? std::optional<qint64>(answer.durationMs) : std::nullopt;
    auto stored = recorder.rate(m_actor, m_userId, item.key, answer.rating, m_clock(), duration);
    if (!stored.ok())
        return stored.error();
    answer.cardAfter = stored.value();
    qCDebug(lcReview) << "reviewed" << item.key.toString() << ratingName(answer.rating) << "next due"
                      << answer.cardAfter.due;
    m_answers[m_position] = answer;
    return answer;
}

void ReviewSession::next()
{
    if (!isFinished())
        ++m_position;
}

ReviewSummary ReviewSession::summary() const
{
    ReviewSummary s;
    s.skipped = skippedCount();
    for (const std::optional<ReviewAnswer> &a : m_answers) {
        if (!a) {
            ++s.remaining;
            continue;
        }
        ++s.reviewed;
        switch (a->rating) {
        case Rating::Again:
            ++s.again;
            break;
        case Rating::Hard:
            ++s.hard;
            break;
        case Rating::Good:
            ++s.good;
            break;
        case Rating::Easy:
            ++s.easy;
            break;
        }
    }
    if (auto next = nextDue(); next.ok())
        s.nextDue = next.value();
    return s;
}

StoreResult<QDateTime> ReviewSession::nextDue() const
{
    ReviewStore store(m_db);
    auto all = store.dueCards(m_actor, m_userId, endOfTime());
    if (!all.ok())
        return all.error();
    for (const ReviewCardRecord &card : all.value()) // earliest due first
        if (resolvable(m_course, card))
            return card.due;
    return QDateTime();
}

StoreResult<int> ReviewSession::dueCount(Database &db, const Course &course, const Actor &actor, qint64 userId,
                                         const QDateTime &now)
{
    ReviewStore store(db);
    auto due = store.dueCards(actor, userId, now);
    if (!due.ok())
        return due.error();
    return int(std::count_if(due.value().cbegin(), due.value().cend(),
                             [&](const ReviewCardRecord &card) { return resolvable(course, card); }));
}

} // namespace dojo
