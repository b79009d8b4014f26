// Phrase pools for the benchmark course. Every pick takes exactly one draw from the random source,
// whichever locale is written, so zh-CN and en files share their structure draw for draw.
#pragma once

#include "rng.h"

#include <QString>
#include <QStringList>

namespace dojo::bench {

struct Pools {
    QStringList when, action, why, topic, heading, say, never, tip, listItem, customer, persona, situation,
        surname, given, fillWord, step, matchLeft, matchRight, option, feedback, tag, moduleName;
    QString orderPrefix; // order number prefix

    static const Pools &forLocale(bool en);
};

// One pick: exactly one draw.
inline const QString &pick(Rng &rng, const QStringList &pool) { return pool.at(rng.below(int(pool.size()))); }

} // namespace dojo::bench
