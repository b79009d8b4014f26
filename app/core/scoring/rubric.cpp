#include "scoring/rubric.h"

#include <QCoreApplication>

namespace dojo {

QList<RubricDimension> defaultRubric()
{
    const auto dim = [](const QString &id, const QString &name) {
        RubricDimension d;
        d.id = id;
        d.name = name;
        return d;
    };
    return {
        dim(dimension::attitude, QCoreApplication::translate("dojo::Scoring", "attitude")),
        dim(dimension::empathy, QCoreApplication::translate("dojo::Scoring", "empathy")),
        dim(dimension::knowledge, QCoreApplication::translate("dojo::Scoring", "knowledge")),
        dim(dimension::speed, QCoreApplication::translate("dojo::Scoring", "speed")),
        dim(dimension::resolution, QCoreApplication::translate("dojo::Scoring", "resolution")),
        dim(dimension::compliance, QCoreApplication::translate("dojo::Scoring", "compliance")),
    };
}

int speedPenalty(qint64 replyMs, int targetSeconds)
{
    if (targetSeconds <= 0)
        return 0;
    const qint64 targetMs = qint64(targetSeconds) * 1000;
    if (replyMs > 2 * targetMs)
        return -penalty::veryLate;
    if (replyMs > targetMs)
        return -penalty::late;
    return 0;
}

QString lateReplyExplanation(qint64 replyMs, int targetSeconds, const QString &cost)
{
    return QCoreApplication::translate("dojo::Scoring", "You replied in %1 s; the target is %2 s — %3.")
        .arg(QString::number(double(replyMs) / 1000.0, 'f', 1))
        .arg(targetSeconds)
        .arg(cost);
}

void addDeltas(ScoreDeltas &sum, const ScoreDeltas &add)
{
    for (auto it = add.cbegin(); it != add.cend(); ++it) {
        const int v = sum.value(it.key()) + it.value();
        if (v == 0)
            sum.remove(it.key());
        else
            sum.insert(it.key(), v);
    }
}

int totalPoints(const ScoreDeltas &deltas)
{
    int total = 0;
    for (const int v : deltas)
        total += v;
    return total;
}

QString dimensionName(const QList<RubricDimension> &rubric, const QString &id)
{
    for (const RubricDimension &d : rubric) {
        if (d.id == id)
            return d.name.isEmpty() ? id : d.name;
    }
    for (const RubricDimension &d : defaultRubric()) {
        if (d.id == id)
            return d.name;
    }
    return id;
}

QString landmineName(const QList<Landmine> &landmines, const QString &id)
{
    for (const Landmine &l : landmines) {
        if (l.id == id)
            return l.name.isEmpty() ? id : l.name;
    }
    return id;
}

QString formatDeltas(const ScoreDeltas &deltas, const QList<RubricDimension> &rubric)
{
    QStringList ids;
    for (const RubricDimension &d : rubric) {
        if (deltas.value(d.id) != 0)
            ids.append(d.id);
    }
    for (auto it = deltas.cbegin(); it != deltas.cend(); ++it) { // QMap: sorted by id
        if (it.value() != 0 && !ids.contains(it.key()))
            ids.append(it.key());
    }
    QStringList parts;
    for (const QString &id : std::as_const(ids)) {
        const int v = deltas.value(id);
        // U+2212 MINUS SIGN reads better than a hyphen next to Chinese text.
        const QString sign = v > 0 ? QStringLiteral("+") : QStringLiteral("\u2212");
        parts.append(sign + QString::number(std::abs(v)) + u' ' + dimensionName(rubric, id));
    }
    return parts.join(QStringLiteral(", "));
}

QJsonObject deltasToJson(const ScoreDeltas &deltas)
{
    QJsonObject o;
    for (auto it = deltas.cbegin(); it != deltas.cend(); ++it) {
        if (it.value() != 0)
            o.insert(it.key(), it.value());
    }
    return o;
}

ScoreDeltas deltasFromJson(const QJsonObject &object)
{
    ScoreDeltas out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const int v = it.value().toInt();
        if (v != 0)
            out.insert(it.key(), v);
    }
    return out;
}

} // namespace dojo
