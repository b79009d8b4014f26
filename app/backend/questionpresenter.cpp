#include "questionpresenter.h"

#include <QCoreApplication>
#include <QSet>
#include <QVariantList>

#include <algorithm>

using namespace dojo;

namespace QuestionPresenter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("QuestionPresenter", text);
}

QString quoted(const QString &text)
{
    return tr("“%1”").arg(text);
}

QString trueText()
{
    return tr("True");
}

QString falseText()
{
    return tr("False");
}

QString typeLabel(QuestionType type)
{
    switch (type) {
    case QuestionType::Single:
        return tr("Choose one answer");
    case QuestionType::Multiple:
        return tr("Choose every right answer");
    case QuestionType::TrueFalse:
        return tr("True or false");
    case QuestionType::Fill:
        return tr("Type the answer");
    case QuestionType::Ordering:
        return tr("Put in the right order");
    case QuestionType::Matching:
        return tr("Match each item");
    }
    return {};
}

QString hint(QuestionType type)
{
    switch (type) {
    case QuestionType::Single:
        return tr("Click an answer or press its number key. Enter checks.");
    case QuestionType::Multiple:
        return tr("Click answers or press their number keys to tick them. Enter checks.");
    case QuestionType::TrueFalse:
        return tr("Press 1 for true or 2 for false. Enter checks.");
    case QuestionType::Fill:
        return tr("Type your answer and press Enter.");
    case QuestionType::Ordering:
        return tr("Drag the handles, or select an item and press Alt+Up / Alt+Down.");
    case QuestionType::Matching:
        return tr("For each item on the left, choose its partner on the right.");
    }
    return {};
}

QString fmt(double value)
{
    // 1, 0.5, 0.33 — no trailing zeros.
    QString s = QString::number(value, 'f', 2);
    while (s.contains(QLatin1Char('.')) && (s.endsWith(QLatin1Char('0')) || s.endsWith(QLatin1Char('.'))))
        s.chop(1);
    return s;
}

QList<int> intList(const QVariant &value)
{
    QList<int> out;
    const QVariantList list = value.toList();
    for (const QVariant &v : list) {
        bool ok = false;
        const int i = v.toInt(&ok);
        if (ok)
            out.append(i);
    }
    return out;
}

QVariantMap asMap(const QVariant &answer)
{
    // QML hands over a QJSValue-converted QVariantMap; tolerate a plain list for choice questions.
    return answer.toMap();
}

} // namespace

QVariantMap questionMap(const Question &question, const QuestionLayout &layout)
{
    QVariantMap m;
    m.insert(QStringLiteral("id"), question.id);
    m.insert(QStringLiteral("type"), questionTypeName(question.type));
    m.insert(QStringLiteral("typeLabel"), typeLabel(question.type));
    m.insert(QStringLiteral("hint"), hint(question.type));
    m.insert(QStringLiteral("prompt"), question.prompt);
    m.insert(QStringLiteral("points"), question.points);
    m.insert(QStringLiteral("seeLesson"), question.seeLesson);
    m.insert(QStringLiteral("seeAnchor"), question.seeAnchor);

    QVariantList options;
    if (question.type == QuestionType::Single || question.type == QuestionType::Multiple) {
        for (int shown = 0; shown < layout.options.size(); ++shown) {
            const int o = layout.options[shown];
            if (o < 0 || o >= question.options.size())
                continue;
            options.append(QVariantMap{{QStringLiteral("index"), shown},
                                       {QStringLiteral("text"), question.options[o].text}});
        }
        // A layout made without options (should not happen) still shows the question.
        if (layout.options.isEmpty()) {
            for (int o = 0; o < question.options.size(); ++o)
                options.append(QVariantMap{{QStringLiteral("index"), o},
                                           {QStringLiteral("text"), question.options[o].text}});
        }
    } else if (question.type == QuestionType::TrueFalse) {
        options.append(QVariantMap{{QStringLiteral("index"), 0}, {QStringLiteral("text"), trueText()}});
        options.append(QVariantMap{{QStringLiteral("index"), 1}, {QStringLiteral("text"), falseText()}});
    }
    m.insert(QStringLiteral("options"), options);

    QVariantList items;
    if (question.type == QuestionType::Ordering) {
        QList<int> start = layout.items;
        if (start.isEmpty()) {
            for (int i = 0; i < question.items.size(); ++i)
                start.append(i);
        }
        for (int key = 0; key < start.size(); ++key) {
            const int i = start[key];
            if (i < 0 || i >= question.items.size())
                continue;
            items.append(QVariantMap{{QStringLiteral("key"), key}, {QStringLiteral("text"), question.items[i]}});
        }
    }
    m.insert(QStringLiteral("items"), items);

    QVariantList lefts, rights;
    if (question.type == QuestionType::Matching) {
        for (const MatchPair &p : question.pairs)
            lefts.append(p.left);
        QList<int> shownRights = layout.rights;
        if (shownRights.isEmpty()) {
            for (int i = 0; i < question.pairs.size(); ++i)
                shownRights.append(i);
        }
        for (int shown = 0; shown < shownRights.size(); ++shown) {
            const int p = shownRights[shown];
            if (p < 0 || p >= question.pairs.size())
                continue;
            rights.append(
                QVariantMap{{QStringLiteral("index"), shown}, {QStringLiteral("text"), question.pairs[p].right}});
        }
    }
    m.insert(QStringLiteral("lefts"), lefts);
    m.insert(QStringLiteral("rights"), rights);
    return m;
}

QuizAnswer answerFromQml(const Question &question, const QuestionLayout &layout, const QVariant &answer)
{
    const QVariantMap a = asMap(answer);
    switch (question.type) {
    case QuestionType::Single:
    case QuestionType::Multiple: {
        QList<int> original;
        const QList<int> shownList = a.contains(QStringLiteral("selected")) ? intList(a.value(QStringLiteral("selected")))
                                                                            : intList(answer);
        for (const int shown : shownList) {
            const int o = layout.options.isEmpty() ? shown
                          : (shown >= 0 && shown < layout.options.size() ? layout.options[shown] : -1);
            if (o >= 0 && o < question.options.size() && !original.contains(o))
                original.append(o);
        }
        std::sort(original.begin(), original.end());
        return QuizAnswer::choice(question.type, original);
    }
    case QuestionType::TrueFalse: {
        const QVariant v = a.value(QStringLiteral("value"));
        if (v.isValid() && !v.isNull() && v.canConvert<bool>())
            return QuizAnswer::trueFalse(v.toBool());
        QuizAnswer empty;
        empty.type = QuestionType::TrueFalse;
        return empty;
    }
    case QuestionType::Fill:
        return QuizAnswer::fill(a.value(QStringLiteral("text")).toString());
    case QuestionType::Ordering: {
        QList<int> order;
        QList<int> start = layout.items;
        if (start.isEmpty()) {
            for (int i = 0; i < question.items.size(); ++i)
                start.append(i);
        }
        for (const int key : intList(a.value(QStringLiteral("order")))) {
            const int i = key >= 0 && key < start.size() ? start[key] : -1;
            if (i >= 0 && i < question.items.size() && !order.contains(i))
                order.append(i);
        }
        return QuizAnswer::ordering(order);
    }
    case QuestionType::Matching: {
        QMap<int, int> matches;
        QList<int> shownRights = layout.rights;
        if (shownRights.isEmpty()) {
            for (int i = 0; i < question.pairs.size(); ++i)
                shownRights.append(i);
        }
        const QList<int> chosen = intList(a.value(QStringLiteral("matches")));
        for (int left = 0; left < chosen.size() && left < question.pairs.size(); ++left) {
            const int shown = chosen[left];
            const int p = shown >= 0 && shown < shownRights.size() ? shownRights[shown] : -1;
            if (p >= 0 && p < question.pairs.size())
                matches.insert(left, p);
        }
        return QuizAnswer::matching(matches);
    }
    }
    return {};
}

QVariant answerToQml(const Question &question, const QuestionLayout &layout, const QuizAnswer &answer)
{
    if (answer.isEmpty())
        return {};
    switch (question.type) {
    case QuestionType::Single:
    case QuestionType::Multiple: {
        QVariantList shown;
        for (const int o : answer.selected) {
            const int s = layout.options.isEmpty() ? o : int(layout.options.indexOf(o));
            if (s >= 0)
                shown.append(s);
        }
        return QVariantMap{{QStringLiteral("selected"), shown}};
    }
    case QuestionType::TrueFalse:
        if (!answer.value)
            return {};
        return QVariantMap{{QStringLiteral("value"), *answer.value}};
    case QuestionType::Fill:
        return QVariantMap{{QStringLiteral("text"), answer.text}};
    case QuestionType::Ordering: {
        QVariantList keys;
        for (const int i : answer.order) {
            const int key = layout.items.isEmpty() ? i : int(layout.items.indexOf(i));
            if (key >= 0)
                keys.append(key);
        }
        return QVariantMap{{QStringLiteral("order"), keys}};
    }
    case QuestionType::Matching: {
        QVariantList chosen;
        for (int left = 0; left < question.pairs.size(); ++left) {
            const int p = answer.matches.value(left, -1);
            chosen.append(p < 0 ? -1 : (layout.rights.isEmpty() ? p : int(layout.rights.indexOf(p))));
        }
        return QVariantMap{{QStringLiteral("matches"), chosen}};
    }
    }
    return {};
}

QString verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Correct:
        return tr("Right");
    case Verdict::Partial:
        return tr("Partly right");
    case Verdict::Wrong:
        return tr("Not right");
    case Verdict::Unanswered:
        return tr("Not answered");
    }
    return {};
}

QString pointsText(double points, double maxPoints)
{
    return tr("%1 / %2").arg(fmt(points), fmt(maxPoints));
}

QString answerInWords(const Question &question, const QuizAnswer &answer)
{
    if (answer.isEmpty())
        return tr("(no answer)");
    switch (question.type) {
    case QuestionType::Single:
    case QuestionType::Multiple: {
        QStringList texts;
        for (const int o : answer.selected) {
            if (o >= 0 && o < question.options.size())
                texts.append(quoted(question.options[o].text));
        }
        return texts.isEmpty() ? tr("(no answer)") : texts.join(tr(", "));
    }
    case QuestionType::TrueFalse:
        return answer.value.value_or(false) ? trueText() : falseText();
    case QuestionType::Fill:
        return quoted(answer.text.trimmed());
    case QuestionType::Ordering: {
        QStringList texts;
        for (const int i : answer.order) {
            if (i >= 0 && i < question.items.size())
                texts.append(question.items[i]);
        }
        return texts.join(QStringLiteral(" → "));
    }
    case QuestionType::Matching: {
        QStringList texts;
        for (int left = 0; left < question.pairs.size(); ++left) {
            const int p = answer.matches.value(left, -1);
            texts.append(tr("%1 → %2").arg(question.pairs[left].left,
                                           p >= 0 && p < question.pairs.size() ? question.pairs[p].right
                                                                               : tr("(none)")));
        }
        return texts.join(u'\n'); // one pair per line
    }
    }
    return {};
}

QString rightAnswerInWords(const Question &question)
{
    switch (question.type) {
    case QuestionType::Single:
    case QuestionType::Multiple: {
        QStringList texts;
        for (const ChoiceOption &o : question.options) {
            if (o.correct)
                texts.append(quoted(o.text));
        }
        return texts.join(tr(", "));
    }
    case QuestionType::TrueFalse:
        return question.answer ? trueText() : falseText();
    case QuestionType::Fill: {
        QStringList texts;
        for (const QString &a : question.answers)
            texts.append(quoted(a));
        return texts.join(tr(" or "));
    }
    case QuestionType::Ordering:
        return question.items.join(QStringLiteral(" → "));
    case QuestionType::Matching: {
        QStringList texts;
        for (const MatchPair &p : question.pairs)
            texts.append(tr("%1 → %2").arg(p.left, p.right));
        return texts.join(u'\n'); // one pair per line
    }
    }
    return {};
}

QVariantMap feedbackMap(const Question &question, const QuestionLayout &layout, const QuizAnswer &answer,
                        const GradeResult &result)
{
    QVariantMap m;
    m.insert(QStringLiteral("verdict"), verdictName(result.verdict));
    m.insert(QStringLiteral("verdictText"), verdictText(result.verdict));
    m.insert(QStringLiteral("correct"), result.correct);
    m.insert(QStringLiteral("points"), result.points);
    m.insert(QStringLiteral("maxPoints"), result.maxPoints);
    m.insert(QStringLiteral("pointsText"), pointsText(result.points, result.maxPoints));
    m.insert(QStringLiteral("given"), answerInWords(question, answer));
    m.insert(QStringLiteral("rightAnswer"), rightAnswerInWords(question));
    m.insert(QStringLiteral("explanation"), question.explanation);
    m.insert(QStringLiteral("seeLesson"), question.seeLesson);
    m.insert(QStringLiteral("seeAnchor"), question.seeAnchor);

    QStringList lines = result.explanations;
    QString summary;
    if (!lines.isEmpty())
        summary = lines.takeFirst();
    if (!question.explanation.isEmpty() && !lines.isEmpty() && lines.last() == question.explanation)
        lines.removeLast();
    m.insert(QStringLiteral("summary"), summary);
    m.insert(QStringLiteral("details"), lines);

    QVariantList optionStates;
    if (question.type == QuestionType::Single || question.type == QuestionType::Multiple) {
        const QSet<int> picked(answer.selected.cbegin(), answer.selected.cend());
        const int shownCount = layout.options.isEmpty() ? int(question.options.size()) : int(layout.options.size());
        for (int shown = 0; shown < shownCount; ++shown) {
            const int o = layout.options.isEmpty() ? shown : layout.options[shown];
            const bool right = o >= 0 && o < question.options.size() && question.options[o].correct;
            const bool was = picked.contains(o);
            optionStates.append(right ? (was ? QStringLiteral("right") : QStringLiteral("missed"))
                                      : (was ? QStringLiteral("wrong") : QStringLiteral("none")));
        }
    } else if (question.type == QuestionType::TrueFalse) {
        for (const bool v : {true, false}) {
            const bool right = question.answer == v;
            const bool was = answer.value.has_value() && *answer.value == v;
            optionStates.append(right ? (was ? QStringLiteral("right") : QStringLiteral("missed"))
                                      : (was ? QStringLiteral("wrong") : QStringLiteral("none")));
        }
    }
    m.insert(QStringLiteral("optionStates"), optionStates);

    QVariantList rightOrder;
    if (question.type == QuestionType::Ordering) {
        for (const QString &item : question.items)
            rightOrder.append(item);
    }
    m.insert(QStringLiteral("rightOrder"), rightOrder);

    QVariantList pairStates;
    if (question.type == QuestionType::Matching) {
        for (int left = 0; left < question.pairs.size(); ++left) {
            const int p = answer.matches.value(left, -1);
            pairStates.append(QVariantMap{
                {QStringLiteral("left"), question.pairs[left].left},
                {QStringLiteral("given"),
                 p >= 0 && p < question.pairs.size() ? question.pairs[p].right : tr("(none)")},
                {QStringLiteral("right"), question.pairs[left].right},
                {QStringLiteral("ok"), p == left},
            });
        }
    }
    m.insert(QStringLiteral("pairStates"), pairStates);
    return m;
}

} // namespace QuestionPresenter
