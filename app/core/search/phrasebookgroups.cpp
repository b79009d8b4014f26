#include "search/phrasebookgroups.h"

#include "content/localecontext.h"

#include <QCoreApplication>

namespace dojo {

namespace {

QString builtInSituationName(const QString &situation)
{
    struct Name {
        const char *id;
        const char *text;
    };
    static constexpr Name names[] = {
        {"greeting", QT_TRANSLATE_NOOP("dojo::search", "Greetings and openers")},
        {"waiting", QT_TRANSLATE_NOOP("dojo::search", "Waiting and checking")},
        {"apology", QT_TRANSLATE_NOOP("dojo::search", "Apologising")},
        {"refund", QT_TRANSLATE_NOOP("dojo::search", "Returns and refunds")},
        {"exchange", QT_TRANSLATE_NOOP("dojo::search", "Exchanges")},
        {"cod", QT_TRANSLATE_NOOP("dojo::search", "Cash on delivery")},
        {"bargaining", QT_TRANSLATE_NOOP("dojo::search", "Bargaining")},
        {"negative-review", QT_TRANSLATE_NOOP("dojo::search", "Negative reviews")},
        {"closing", QT_TRANSLATE_NOOP("dojo::search", "Closing the conversation")},
        {"phone", QT_TRANSLATE_NOOP("dojo::search", "On the phone")},
        {"complaint", QT_TRANSLATE_NOOP("dojo::search", "Complaints")},
        {"shipping", QT_TRANSLATE_NOOP("dojo::search", "Shipping and delivery")},
    };
    for (const Name &name : names) {
        if (situation == QLatin1String(name.id))
            return QCoreApplication::translate("dojo::search", name.text);
    }
    return {};
}

} // namespace

QString situationTitle(const Course &course, const QString &situation)
{
    for (const PhrasebookSection &section : course.phrasebook) {
        if (section.situation == situation && !section.title.trimmed().isEmpty())
            return section.title;
    }
    const QString builtIn = builtInSituationName(situation);
    return builtIn.isEmpty() ? situation : builtIn;
}

QList<PhrasebookGroup> phrasebookBySituation(const Course &course)
{
    QStringList order = content::phrasebookSituations();
    QHash<QString, QList<Phrase>> bySituation;
    for (const Phrase &phrase : course.allPhrases()) {
        if (!order.contains(phrase.situation))
            order.append(phrase.situation);
        bySituation[phrase.situation].append(phrase);
    }
    QList<PhrasebookGroup> groups;
    for (const QString &situation : std::as_const(order)) {
        const auto it = bySituation.constFind(situation);
        if (it == bySituation.constEnd() || it->isEmpty())
            continue;
        groups.append({situation, situationTitle(course, situation), *it});
    }
    return groups;
}

} // namespace dojo
