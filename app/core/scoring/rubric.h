// The rubric a role-play is scored on, and the small rules that option, free-reply and scenario scoring
// share: the speed rule, the fixed penalties, and how score changes are written for a trainee and for
// storage. The numbers here are the ones docs/scoring.md states; change both together.
#pragma once

#include "content/model.h"

#include <QByteArray>
#include <QJsonObject>

namespace dojo {

namespace dimension {
inline const QString attitude = QStringLiteral("attitude");
inline const QString empathy = QStringLiteral("empathy");
inline const QString knowledge = QStringLiteral("knowledge");
inline const QString speed = QStringLiteral("speed");
inline const QString resolution = QStringLiteral("resolution");
inline const QString compliance = QStringLiteral("compliance");
} // namespace dimension

namespace penalty {
// A reply slower than its target costs this many speed points; slower than twice the target, veryLate.
inline constexpr int late = 2;
inline constexpr int veryLate = 4;
// Each forbidden rule a free reply breaks costs this many compliance points.
inline constexpr int forbiddenPhrase = 5;
// A free reply shorter than min_length costs attitude (it reads as curt); longer than max_length costs
// speed (the customer waits for it and has to read it).
inline constexpr int tooShort = 2;
inline constexpr int tooLong = 2;
} // namespace penalty

// The six dimensions of docs/content-format.md with English names; used when a course has no rubric.
QList<RubricDimension> defaultRubric();

// Speed points (0 or negative) for a reply that took `replyMs` against a target of `targetSeconds`
// (0 = not timed): within the target 0, slower -penalty::late, slower than twice it -penalty::veryLate.
int speedPenalty(qint64 replyMs, int targetSeconds);

// "You replied in 52.0 s; the target is 40 s — −2 speed." `cost` is the formatted penalty.
QString lateReplyExplanation(qint64 replyMs, int targetSeconds, const QString &cost);

// Adds `add` into `sum`, dimension by dimension; zero entries are dropped.
void addDeltas(ScoreDeltas &sum, const ScoreDeltas &add);
int totalPoints(const ScoreDeltas &deltas);

// "+2 态度, −5 合规": the changes in rubric order (unknown ids last, by id), names from the rubric.
QString formatDeltas(const ScoreDeltas &deltas, const QList<RubricDimension> &rubric);
QString dimensionName(const QList<RubricDimension> &rubric, const QString &id);
QString landmineName(const QList<Landmine> &landmines, const QString &id);

// {"attitude":2,"compliance":-5}: keys sorted, zero entries left out.
QJsonObject deltasToJson(const ScoreDeltas &deltas);
ScoreDeltas deltasFromJson(const QJsonObject &object);

} // namespace dojo
