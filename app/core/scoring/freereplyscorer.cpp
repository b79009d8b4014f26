#include "scoring/freereplyscorer.h"

#include "scoring/rubric.h"
#include "scoring/textmatch.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace dojo {

namespace {

QString quoted(const QString &s)
{
    return QStringLiteral("“") + s + QStringLiteral("”");
}

QRegularExpression compilePattern(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::UseUnicodePropertiesOption);
}

// The text a pattern or phrase matched in the reply, or a null string when nothing matched. Invalid
// patterns are skipped (reported separately by checkPatterns()).
QString firstMatch(const QStringList &phrases, const QStringList &patterns, const QString &normalizedText,
                   const QString &nfkcText)
{
    for (const QString &phrase : phrases) {
        if (containsPhrase(normalizedText, normalizedForMatch(phrase)))
            return phrase;
    }
    for (const QString &pattern : patterns) {
        const QRegularExpression re = compilePattern(pattern);
        if (!re.isValid())
            continue;
        const QRegularExpressionMatch m = re.match(nfkcText);
        if (m.hasMatch())
            return m.captured(0).isEmpty() ? pattern : m.captured(0);
    }
    return {};
}

} // namespace

FreeReplyScorer::FreeReplyScorer(QList<RubricDimension> rubric, QList<Landmine> landmines)
    : m_rubric(rubric.isEmpty() ? defaultRubric() : std::move(rubric)), m_landmines(std::move(landmines))
{
}

int FreeReplyScorer::effectivePassCount(const FreeReply &reply)
{
    const int all = int(reply.required.size());
    return reply.passCount < 0 ? all : std::min(reply.passCount, all);
}

QStringList FreeReplyScorer::checkPatterns(const FreeReply &reply)
{
    QStringList problems;
    const auto check = [&problems](const QString &owner, const QStringList &patterns) {
        for (const QString &pattern : patterns) {
            const QRegularExpression re = compilePattern(pattern);
            if (!re.isValid())
                problems.append(
                    QCoreApplication::translate("dojo::Scoring", "%1: pattern %2 is invalid: %3 at offset %4")
                        .arg(owner, quoted(pattern), re.errorString())
                        .arg(re.patternErrorOffset()));
        }
    };
    for (const ReplyElement &e : reply.required)
        check(QCoreApplication::translate("dojo::Scoring", "required element %1").arg(quoted(e.id)),
              e.patterns);
    for (qsizetype i = 0; i < reply.forbidden.size(); ++i)
        check(QCoreApplication::translate("dojo::Scoring", "forbidden rule %1").arg(i + 1),
              reply.forbidden[i].patterns);
    return problems;
}

FreeReplyResult FreeReplyScorer::score(const FreeReply &reply, const QString &text, qint64 replyMs,
                                       int scenarioTargetSeconds) const
{
    FreeReplyResult r;
    r.problems = checkPatterns(reply);
    const QString normalized = normalizedForMatch(text);
    const QString nfkc = text.normalized(QString::NormalizationForm_KC).simplified();

    // Required elements.
    QStringList missingLines;
    for (const ReplyElement &e : reply.required) {
        const QString label = e.label.isEmpty() ? e.id : e.label;
        if (firstMatch(e.phrases, e.patterns, normalized, nfkc).isNull()) {
            r.missingElements.append(e.id);
            missingLines.append(
                QCoreApplication::translate("dojo::Scoring", "You did not cover %1.").arg(quoted(label)));
            continue;
        }
        r.foundElements.append(e.id);
        addDeltas(r.scores, e.scores);
        r.explanations.append(
            e.scores.isEmpty()
                ? QCoreApplication::translate("dojo::Scoring", "You covered %1.").arg(quoted(label))
                : QCoreApplication::translate("dojo::Scoring", "You covered %1 — %2.")
                      .arg(quoted(label), formatDeltas(e.scores, m_rubric)));
    }
    r.explanations += missingLines;
    r.required = int(reply.required.size());
    r.found = int(r.foundElements.size());
    r.passCount = effectivePassCount(reply);
    r.passed = r.found >= r.passCount;

    // Adds a cost to the result and says it in words: "−5 合规".
    const auto charge = [&r, this](const QString &dimensionId, int points) {
        const ScoreDeltas cost{{dimensionId, points}};
        addDeltas(r.scores, cost);
        return formatDeltas(cost, m_rubric);
    };

    // Forbidden phrases.
    for (qsizetype i = 0; i < reply.forbidden.size(); ++i) {
        const ForbiddenRule &rule = reply.forbidden[i];
        const QString matched = firstMatch(rule.phrases, rule.patterns, normalized, nfkc);
        if (matched.isNull())
            continue;
        r.forbidden.append({int(i), matched, rule.landmine});
        if (!rule.landmine.isEmpty() && !r.landmines.contains(rule.landmine))
            r.landmines.append(rule.landmine);
        const QString points = charge(dimension::compliance, -penalty::forbiddenPhrase);
        const QString mine = quoted(landmineName(m_landmines, rule.landmine));
        if (!rule.landmine.isEmpty() && !rule.feedback.isEmpty())
            r.explanations.append(QCoreApplication::translate("dojo::Scoring", "%1: %2 — landmine %3, %4.")
                                      .arg(quoted(matched), rule.feedback, mine, points));
        else if (!rule.landmine.isEmpty())
            r.explanations.append(
                QCoreApplication::translate("dojo::Scoring", "You wrote %1 — landmine %2, %3.")
                    .arg(quoted(matched), mine, points));
        else if (!rule.feedback.isEmpty())
            r.explanations.append(QCoreApplication::translate("dojo::Scoring", "%1: %2 — %3.")
                                      .arg(quoted(matched), rule.feedback, points));
        else
            r.explanations.append(
                QCoreApplication::translate("dojo::Scoring", "You wrote %1, which should not be said — %2.")
                    .arg(quoted(matched), points));
    }

    // Length.
    r.length = characterCount(text);
    if (reply.minLength > 0 && r.length < reply.minLength) {
        r.tooShort = true;
        const QString points = charge(dimension::attitude, -penalty::tooShort);
        r.explanations.append(
            QCoreApplication::translate(
                "dojo::Scoring",
                "Your reply has %1 characters; at least %2 are expected, or it reads as curt — %3.")
                .arg(r.length)
                .arg(reply.minLength)
                .arg(points));
    } else if (reply.maxLength > 0 && r.length > reply.maxLength) {
        r.tooLong = true;
        const QString points = charge(dimension::speed, -penalty::tooLong);
        r.explanations.append(QCoreApplication::translate(
                                  "dojo::Scoring", "Your reply has %1 characters; at most %2 are expected, "
                                                   "so the customer waits and reads long — %3.")
                                  .arg(r.length)
                                  .arg(reply.maxLength)
                                  .arg(points));
    }

    // Reply time.
    r.replyMs = std::max<qint64>(0, replyMs);
    r.targetSeconds = reply.targetSeconds > 0 ? reply.targetSeconds : std::max(0, scenarioTargetSeconds);
    if (const int late = speedPenalty(r.replyMs, r.targetSeconds); late < 0) {
        r.late = true;
        r.explanations.append(
            lateReplyExplanation(r.replyMs, r.targetSeconds, charge(dimension::speed, late)));
    } else if (r.targetSeconds > 0) {
        r.explanations.append(
            QCoreApplication::translate("dojo::Scoring", "You replied in %1 s, within the %2 s target.")
                .arg(QString::number(double(r.replyMs) / 1000.0, 'f', 1))
                .arg(r.targetSeconds));
    }

    r.explanations.append(
        r.passed ? QCoreApplication::translate(
                       "dojo::Scoring", "Your reply covered %1 of %2 key points (%3 needed) — it works.")
                       .arg(r.found)
                       .arg(r.required)
                       .arg(r.passCount)
                 : QCoreApplication::translate(
                       "dojo::Scoring", "Your reply covered %1 of %2 key points (%3 needed) — not enough.")
                       .arg(r.found)
                       .arg(r.required)
                       .arg(r.passCount));
    return r;
}

QJsonObject FreeReplyResult::toJson() const
{
    QJsonArray hits;
    for (const ForbiddenHit &h : forbidden) {
        QJsonObject o{{QStringLiteral("rule"), h.rule}, {QStringLiteral("matched"), h.matched}};
        if (!h.landmine.isEmpty())
            o.insert(QStringLiteral("landmine"), h.landmine);
        hits.append(o);
    }
    return {
        {QStringLiteral("passed"), passed},
        {QStringLiteral("found"), QJsonArray::fromStringList(foundElements)},
        {QStringLiteral("missing"), QJsonArray::fromStringList(missingElements)},
        {QStringLiteral("forbidden"), hits},
        {QStringLiteral("length"), length},
        {QStringLiteral("tooShort"), tooShort},
        {QStringLiteral("tooLong"), tooLong},
        {QStringLiteral("replyMs"), replyMs},
        {QStringLiteral("targetSeconds"), targetSeconds},
        {QStringLiteral("late"), late},
        {QStringLiteral("scores"), deltasToJson(scores)},
    };
}

} // namespace dojo
