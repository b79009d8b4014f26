// Course pieces the scoring tests share: the zh-CN rubric and landmines of docs/content-format.md, and
// short builders for score changes and free-reply rules.
#pragma once

#include "content/model.h"

#include <initializer_list>
#include <utility>

namespace dojo::fixtures {

inline QList<RubricDimension> zhRubric()
{
    QList<RubricDimension> out;
    const QList<QPair<QString, QString>> dims{{QStringLiteral("attitude"), QStringLiteral("态度")},
                                              {QStringLiteral("empathy"), QStringLiteral("同理心")},
                                              {QStringLiteral("knowledge"), QStringLiteral("专业")},
                                              {QStringLiteral("speed"), QStringLiteral("效率")},
                                              {QStringLiteral("resolution"), QStringLiteral("解决")},
                                              {QStringLiteral("compliance"), QStringLiteral("合规")}};
    for (const auto &[id, name] : dims) {
        RubricDimension d;
        d.id = id;
        d.name = name;
        out.append(d);
    }
    return out;
}

inline QList<Landmine> landmines()
{
    QList<Landmine> out;
    const QList<QPair<QString, QString>> mines{{QStringLiteral("interrogation"), QStringLiteral("质问顾客")},
                                               {QStringLiteral("cold-tone"), QStringLiteral("冷漠语气")},
                                               {QStringLiteral("arguing"), QStringLiteral("与顾客争辩")},
                                               {QStringLiteral("pushing"), QStringLiteral("一味推销")}};
    for (const auto &[id, name] : mines) {
        Landmine l;
        l.id = id;
        l.name = name;
        out.append(l);
    }
    return out;
}

// pts({{"attitude", 2}, {"compliance", -5}})
inline ScoreDeltas pts(std::initializer_list<std::pair<const char *, int>> list)
{
    ScoreDeltas d;
    for (const auto &[id, v] : list)
        d.insert(QString::fromLatin1(id), v);
    return d;
}

inline ReplyElement element(const QString &id, const QString &label, QStringList phrases,
                            QStringList patterns, ScoreDeltas scores)
{
    ReplyElement e;
    e.id = id;
    e.label = label;
    e.phrases = std::move(phrases);
    e.patterns = std::move(patterns);
    e.scores = std::move(scores);
    return e;
}

inline ForbiddenRule forbidden(QStringList phrases, QStringList patterns, const QString &landmine,
                               const QString &feedback)
{
    ForbiddenRule r;
    r.phrases = std::move(phrases);
    r.patterns = std::move(patterns);
    r.landmine = landmine;
    r.feedback = feedback;
    return r;
}

} // namespace dojo::fixtures
