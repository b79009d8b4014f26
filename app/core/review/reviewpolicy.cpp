#include "review/reviewpolicy.h"

namespace dojo {

namespace {
const QString kQuestionPrefix = QStringLiteral("question:");
const QString kDecisionPrefix = QStringLiteral("decision:");
} // namespace

ReviewItemKey ReviewItemKey::question(const QString &questionId)
{
    return {Kind::Question, questionId, {}};
}

ReviewItemKey ReviewItemKey::decision(const QString &scenarioId, const QString &nodeId)
{
    return {Kind::Decision, scenarioId, nodeId};
}

QString ReviewItemKey::itemId() const
{
    if (kind == Kind::Question)
        return id;
    return id + u'/' + nodeId;
}

QString ReviewItemKey::toString() const
{
    return (kind == Kind::Question ? kQuestionPrefix : kDecisionPrefix) + itemId();
}

std::optional<ReviewItemKey> ReviewItemKey::parse(const QString &key)
{
    if (key.startsWith(kQuestionPrefix)) {
        const QString id = key.mid(kQuestionPrefix.size());
        if (!id.isEmpty() && !id.contains(u'/'))
            return question(id);
    } else if (key.startsWith(kDecisionPrefix)) {
        const QStringList parts = key.mid(kDecisionPrefix.size()).split(u'/');
        if (parts.size() == 2 && !parts[0].isEmpty() && !parts[1].isEmpty())
            return decision(parts[0], parts[1]);
    }
    return std::nullopt;
}

bool ReviewPolicy::entersQueue(const GradeResult &result)
{
    return result.verdict != Verdict::Correct;
}

bool ReviewPolicy::entersQueue(const TurnResult &turn)
{
    return turn.accepted && turn.wrongDecision;
}

qint64 ReviewPolicy::fastAnswerMs(QuestionType type)
{
    switch (type) {
    case QuestionType::Single:
    case QuestionType::TrueFalse:
        return 10000;
    case QuestionType::Multiple:
    case QuestionType::Fill:
    case QuestionType::Ordering:
    case QuestionType::Matching:
        return 20000;
    }
    return 10000;
}

Rating ReviewPolicy::rating(const GradeResult &result, QuestionType type, qint64 answerMs)
{
    switch (result.verdict) {
    case Verdict::Wrong:
    case Verdict::Unanswered:
        return Rating::Again;
    case Verdict::Partial:
        return Rating::Hard;
    case Verdict::Correct:
        return answerMs >= 0 && answerMs <= fastAnswerMs(type) ? Rating::Easy : Rating::Good;
    }
    return Rating::Again;
}

Rating ReviewPolicy::rating(const TurnResult &turn)
{
    if (turn.wrongDecision)
        return Rating::Again;
    if (!turn.bestChoice)
        return Rating::Hard;
    const bool fast = turn.targetSeconds > 0 && turn.replyMs * 2 <= qint64(turn.targetSeconds) * 1000;
    return fast ? Rating::Easy : Rating::Good;
}

} // namespace dojo
