#include "scoring/quizgrading.h"

#include "scoring/stablerandom.h"
#include "scoring/textmatch.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace dojo {

namespace {

QString formatPoints(double p)
{
    return QString::number(std::round(p * 100.0) / 100.0, 'g', 6);
}

QList<int> sortedUnique(QList<int> v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
}

QString quoted(const QString &s)
{
    return QStringLiteral("“") + s + QStringLiteral("”");
}

// The share of the points an answer earns, as an exact fraction so "all right" is never a rounding
// question.
struct Credit {
    int numerator = 0;
    int denominator = 1;
    bool full() const { return denominator > 0 && numerator >= denominator; }
    double fraction() const { return denominator > 0 ? double(numerator) / denominator : 0.0; }
};

// Length of the longest strictly increasing subsequence: the most items that are already in the right
// relative order. Out-of-range and repeated items are skipped.
int longestOrderedSubset(const QList<int> &order, int itemCount)
{
    QList<int> tails; // tails[k] = smallest last item of an increasing run of length k + 1
    QList<bool> seen(itemCount, false);
    for (const int item : order) {
        if (item < 0 || item >= itemCount || seen[item])
            continue;
        seen[item] = true;
        const auto it = std::lower_bound(tails.begin(), tails.end(), item);
        if (it == tails.end())
            tails.append(item);
        else
            *it = item;
    }
    return int(tails.size());
}

Credit gradeChoice(const Question &q, const QuizAnswer &a, QStringList *lines)
{
    const QList<int> picked = sortedUnique(a.selected);
    int right = 0, rightTotal = 0, wrongPicked = 0;
    QStringList rightTexts;
    for (qsizetype i = 0; i < q.options.size(); ++i) {
        if (q.options[i].correct) {
            ++rightTotal;
            rightTexts.append(quoted(q.options[i].text));
        }
    }
    for (const int i : picked) {
        if (i < 0 || i >= q.options.size())
            continue;
        if (q.options[i].correct)
            ++right;
        else
            ++wrongPicked;
    }
    Credit c;
    if (q.type == QuestionType::Single) {
        c = {right == 1 && wrongPicked == 0 ? 1 : 0, 1};
        if (!c.full())
            lines->append(QCoreApplication::translate("dojo::Scoring", "Not right — the answer is %1.")
                              .arg(rightTexts.join(QStringLiteral(", "))));
    } else {
        c = {std::max(0, right - wrongPicked), std::max(1, rightTotal)};
        if (!c.full()) {
            lines->append(QCoreApplication::translate("dojo::Scoring",
                                                      "You picked %1 of %2 right options and %3 wrong ones.")
                              .arg(right)
                              .arg(rightTotal)
                              .arg(wrongPicked));
            lines->append(QCoreApplication::translate("dojo::Scoring", "The right options: %1.")
                              .arg(rightTexts.join(QStringLiteral(", "))));
        }
    }
    return c;
}

Credit gradeTrueFalse(const Question &q, const QuizAnswer &a, QStringList *lines)
{
    const Credit c{a.value == q.answer ? 1 : 0, 1};
    if (!c.full())
        lines->append(
            q.answer ? QCoreApplication::translate("dojo::Scoring", "Not right — the statement is true.")
                     : QCoreApplication::translate("dojo::Scoring", "Not right — the statement is false."));
    return c;
}

Credit gradeFill(const Question &q, const QuizAnswer &a, QStringList *lines)
{
    const QString given = normalizedAnswer(a.text);
    for (const QString &accepted : q.answers) {
        if (!given.isEmpty() && normalizedAnswer(accepted) == given)
            return {1, 1};
    }
    QStringList shown;
    for (const QString &accepted : q.answers)
        shown.append(quoted(accepted));
    lines->append(QCoreApplication::translate("dojo::Scoring", "%1 is not an accepted answer — accepted: %2.")
                      .arg(quoted(a.text.trimmed()), shown.join(QStringLiteral(" / "))));
    return {0, 1};
}

Credit gradeOrdering(const Question &q, const QuizAnswer &a, QStringList *lines)
{
    const int n = int(q.items.size());
    const int longest = longestOrderedSubset(a.order, n);
    // A complete answer has every item exactly once; a longest run of n then means solved.
    const Credit c{longest >= 2 ? longest : 0, std::max(1, n)};
    if (!c.full()) {
        lines->append(QCoreApplication::translate(
                          "dojo::Scoring", "%1 of %2 items are in the right order relative to each other.")
                          .arg(longest)
                          .arg(n));
        QStringList texts;
        for (const QString &item : q.items)
            texts.append(item);
        lines->append(QCoreApplication::translate("dojo::Scoring", "The right order: %1.")
                          .arg(texts.join(QStringLiteral(" → "))));
    }
    return c;
}

Credit gradeMatching(const Question &q, const QuizAnswer &a, QStringList *lines)
{
    const int n = int(q.pairs.size());
    int right = 0;
    QStringList fixes;
    for (int left = 0; left < n; ++left) {
        if (a.matches.value(left, -1) == left)
            ++right;
        else
            fixes.append(QCoreApplication::translate("dojo::Scoring", "%1 goes with %2.")
                             .arg(quoted(q.pairs[left].left), quoted(q.pairs[left].right)));
    }
    const Credit c{right, std::max(1, n)};
    if (!c.full()) {
        lines->append(
            QCoreApplication::translate("dojo::Scoring", "%1 of %2 pairs are right.").arg(right).arg(n));
        lines->append(fixes);
    }
    return c;
}

bool answerFits(const Question &q, const QuizAnswer &a)
{
    const auto isChoice = [](QuestionType t) {
        return t == QuestionType::Single || t == QuestionType::Multiple;
    };
    return a.type == q.type || (isChoice(a.type) && isChoice(q.type));
}

QList<int> identity(qsizetype n)
{
    QList<int> v(n);
    for (qsizetype i = 0; i < n; ++i)
        v[i] = int(i);
    return v;
}

QList<int> shuffled(qsizetype n, StableRandom &rng)
{
    QList<int> v = identity(n);
    for (qsizetype i = n - 1; i > 0; --i)
        std::swap(v[i], v[qsizetype(rng.below(quint64(i) + 1))]);
    return v;
}

// Shuffled, but never the solved order: a rotation by one when the shuffle happens to be the identity.
QList<int> shuffledNotSolved(qsizetype n, StableRandom &rng)
{
    QList<int> v = shuffled(n, rng);
    if (n >= 2 && v == identity(n))
        std::rotate(v.begin(), v.begin() + 1, v.end());
    return v;
}

} // namespace

QString questionTypeName(QuestionType type)
{
    switch (type) {
    case QuestionType::Single:
        return QStringLiteral("single");
    case QuestionType::Multiple:
        return QStringLiteral("multiple");
    case QuestionType::TrueFalse:
        return QStringLiteral("truefalse");
    case QuestionType::Fill:
        return QStringLiteral("fill");
    case QuestionType::Ordering:
        return QStringLiteral("ordering");
    case QuestionType::Matching:
        return QStringLiteral("matching");
    }
    return {};
}

std::optional<QuestionType> questionTypeFromName(const QString &name)
{
    for (const QuestionType t : {QuestionType::Single, QuestionType::Multiple, QuestionType::TrueFalse,
                                 QuestionType::Fill, QuestionType::Ordering, QuestionType::Matching}) {
        if (questionTypeName(t) == name)
            return t;
    }
    return std::nullopt;
}

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Correct:
        return QStringLiteral("correct");
    case Verdict::Partial:
        return QStringLiteral("partial");
    case Verdict::Wrong:
        return QStringLiteral("wrong");
    case Verdict::Unanswered:
        return QStringLiteral("unanswered");
    }
    return {};
}

// ---- QuizAnswer ----

QuizAnswer QuizAnswer::choice(QuestionType type, QList<int> selectedOptions)
{
    QuizAnswer a;
    a.type = type;
    a.selected = sortedUnique(std::move(selectedOptions));
    return a;
}

QuizAnswer QuizAnswer::trueFalse(bool value)
{
    QuizAnswer a;
    a.type = QuestionType::TrueFalse;
    a.value = value;
    return a;
}

QuizAnswer QuizAnswer::fill(const QString &text)
{
    QuizAnswer a;
    a.type = QuestionType::Fill;
    a.text = text;
    return a;
}

QuizAnswer QuizAnswer::ordering(QList<int> itemOrder)
{
    QuizAnswer a;
    a.type = QuestionType::Ordering;
    a.order = std::move(itemOrder);
    return a;
}

QuizAnswer QuizAnswer::matching(QMap<int, int> leftToRight)
{
    QuizAnswer a;
    a.type = QuestionType::Matching;
    a.matches = std::move(leftToRight);
    return a;
}

bool QuizAnswer::isEmpty() const
{
    switch (type) {
    case QuestionType::Single:
    case QuestionType::Multiple:
        return selected.isEmpty();
    case QuestionType::TrueFalse:
        return !value.has_value();
    case QuestionType::Fill:
        return text.trimmed().isEmpty();
    case QuestionType::Ordering:
        return order.isEmpty();
    case QuestionType::Matching:
        return matches.isEmpty();
    }
    return true;
}

QByteArray QuizAnswer::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("type"), questionTypeName(type));
    switch (type) {
    case QuestionType::Single:
    case QuestionType::Multiple: {
        QJsonArray a;
        for (const int i : sortedUnique(selected))
            a.append(i);
        o.insert(QStringLiteral("selected"), a);
        break;
    }
    case QuestionType::TrueFalse:
        if (value)
            o.insert(QStringLiteral("value"), *value);
        break;
    case QuestionType::Fill:
        o.insert(QStringLiteral("text"), text);
        break;
    case QuestionType::Ordering: {
        QJsonArray a;
        for (const int i : order)
            a.append(i);
        o.insert(QStringLiteral("order"), a);
        break;
    }
    case QuestionType::Matching: {
        QJsonArray a;
        for (auto it = matches.cbegin(); it != matches.cend(); ++it)
            a.append(QJsonArray{it.key(), it.value()});
        o.insert(QStringLiteral("pairs"), a);
        break;
    }
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<QuizAnswer> QuizAnswer::fromJson(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<QuizAnswer> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const auto toIntList = [](const QJsonValue &v, QList<int> *out) {
        if (!v.isArray())
            return false;
        for (const QJsonValue &e : v.toArray()) {
            const double d = e.toDouble(-1.5);
            if (!e.isDouble() || d != std::floor(d) || std::abs(d) > 1e9)
                return false;
            out->append(int(d));
        }
        return true;
    };

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(parseError.errorString());
    if (!doc.isObject())
        return fail(QStringLiteral("an answer must be a JSON object"));
    const QJsonObject o = doc.object();
    const std::optional<QuestionType> type = questionTypeFromName(o.value(QStringLiteral("type")).toString());
    if (!type)
        return fail(QStringLiteral("unknown answer type"));

    QuizAnswer a;
    a.type = *type;
    switch (*type) {
    case QuestionType::Single:
    case QuestionType::Multiple:
        if (o.contains(QStringLiteral("selected")) &&
            !toIntList(o.value(QStringLiteral("selected")), &a.selected))
            return fail(QStringLiteral("\"selected\" must be a list of option indices"));
        a.selected = sortedUnique(a.selected);
        break;
    case QuestionType::TrueFalse:
        if (o.contains(QStringLiteral("value"))) {
            if (!o.value(QStringLiteral("value")).isBool())
                return fail(QStringLiteral("\"value\" must be true or false"));
            a.value = o.value(QStringLiteral("value")).toBool();
        }
        break;
    case QuestionType::Fill:
        if (o.contains(QStringLiteral("text")) && !o.value(QStringLiteral("text")).isString())
            return fail(QStringLiteral("\"text\" must be a string"));
        a.text = o.value(QStringLiteral("text")).toString();
        break;
    case QuestionType::Ordering:
        if (o.contains(QStringLiteral("order")) && !toIntList(o.value(QStringLiteral("order")), &a.order))
            return fail(QStringLiteral("\"order\" must be a list of item indices"));
        break;
    case QuestionType::Matching:
        for (const QJsonValue &pair : o.value(QStringLiteral("pairs")).toArray()) {
            QList<int> lr;
            if (!toIntList(pair, &lr) || lr.size() != 2)
                return fail(QStringLiteral("\"pairs\" must be a list of [left, right] index pairs"));
            a.matches.insert(lr[0], lr[1]);
        }
        break;
    }
    return a;
}

// ---- QuizGrader ----

QuizAnswer QuizGrader::rightAnswer(const Question &q)
{
    switch (q.type) {
    case QuestionType::Single:
    case QuestionType::Multiple: {
        QList<int> right;
        for (int i = 0; i < q.options.size(); ++i) {
            if (q.options[i].correct)
                right.append(i);
        }
        if (q.type == QuestionType::Single && right.size() > 1)
            right = right.mid(0, 1);
        return QuizAnswer::choice(q.type, right);
    }
    case QuestionType::TrueFalse:
        return QuizAnswer::trueFalse(q.answer);
    case QuestionType::Fill:
        return QuizAnswer::fill(q.answers.value(0));
    case QuestionType::Ordering: {
        QList<int> order;
        for (int i = 0; i < q.items.size(); ++i)
            order.append(i);
        return QuizAnswer::ordering(order);
    }
    case QuestionType::Matching: {
        QMap<int, int> pairs;
        for (int i = 0; i < q.pairs.size(); ++i)
            pairs.insert(i, i);
        return QuizAnswer::matching(pairs);
    }
    }
    return {};
}

GradeResult QuizGrader::grade(const Question &question, const QuizAnswer &answer)
{
    GradeResult r;
    r.maxPoints = question.points;
    QStringList lines;
    Credit credit;
    const bool answered = answerFits(question, answer) && !answer.isEmpty();
    if (answered) {
        switch (question.type) {
        case QuestionType::Single:
        case QuestionType::Multiple:
            credit = gradeChoice(question, answer, &lines);
            break;
        case QuestionType::TrueFalse:
            credit = gradeTrueFalse(question, answer, &lines);
            break;
        case QuestionType::Fill:
            credit = gradeFill(question, answer, &lines);
            break;
        case QuestionType::Ordering:
            credit = gradeOrdering(question, answer, &lines);
            break;
        case QuestionType::Matching:
            credit = gradeMatching(question, answer, &lines);
            break;
        }
    }
    r.correct = answered && credit.full();
    r.points = r.correct ? question.points : question.points * credit.fraction();
    if (!answered)
        r.verdict = Verdict::Unanswered;
    else if (r.correct)
        r.verdict = Verdict::Correct;
    else
        r.verdict = credit.numerator > 0 ? Verdict::Partial : Verdict::Wrong;

    switch (r.verdict) {
    case Verdict::Correct:
        r.explanations.append(QCoreApplication::translate("dojo::Scoring", "Right — %1 of %2 points.")
                                  .arg(formatPoints(r.points), formatPoints(r.maxPoints)));
        break;
    case Verdict::Partial:
        r.explanations.append(QCoreApplication::translate("dojo::Scoring", "Partly right — %1 of %2 points.")
                                  .arg(formatPoints(r.points), formatPoints(r.maxPoints)));
        break;
    case Verdict::Wrong:
        r.explanations.append(QCoreApplication::translate("dojo::Scoring", "Not right — 0 of %1 points.")
                                  .arg(formatPoints(r.maxPoints)));
        break;
    case Verdict::Unanswered:
        r.explanations.append(QCoreApplication::translate("dojo::Scoring", "Not answered — 0 of %1 points.")
                                  .arg(formatPoints(r.maxPoints)));
        break;
    }
    r.explanations += lines;
    if (answered && (question.type == QuestionType::Single || question.type == QuestionType::Multiple)) {
        for (const int i : sortedUnique(answer.selected)) {
            if (i >= 0 && i < question.options.size() && !question.options[i].feedback.isEmpty())
                r.explanations.append(question.options[i].feedback);
        }
    }
    if (!question.explanation.isEmpty())
        r.explanations.append(question.explanation);
    return r;
}

QuizTotals QuizGrader::total(const Quiz &quiz, const QHash<QString, GradeResult> &results)
{
    QuizTotals t;
    t.passMark = quiz.passMark;
    for (const Question &q : quiz.questions) {
        t.maxPoints += q.points;
        const auto it = results.constFind(q.id);
        const Verdict v = it == results.cend() ? Verdict::Unanswered : it->verdict;
        if (it != results.cend())
            t.points += it->points;
        switch (v) {
        case Verdict::Correct:
            ++t.correct;
            break;
        case Verdict::Partial:
            ++t.partial;
            break;
        case Verdict::Wrong:
            ++t.wrong;
            break;
        case Verdict::Unanswered:
            ++t.unanswered;
            break;
        }
    }
    t.percent = t.maxPoints > 0 ? 100.0 * t.points / t.maxPoints : 0.0;
    // A small tolerance: 4 of 5 one-third-point questions must reach an 80 % pass mark.
    t.passed = t.percent + 1e-9 >= quiz.passMark;
    return t;
}

QuizTotals QuizGrader::gradeQuiz(const Quiz &quiz, const QHash<QString, QuizAnswer> &answers,
                                 QHash<QString, GradeResult> *results)
{
    QHash<QString, GradeResult> graded;
    for (const Question &q : quiz.questions) {
        const auto it = answers.constFind(q.id);
        QuizAnswer blank;
        blank.type = q.type;
        graded.insert(q.id, grade(q, it == answers.cend() ? blank : *it));
    }
    if (results)
        *results = graded;
    return total(quiz, graded);
}

// ---- QuizLayout ----

QuizLayout QuizLayout::build(const Quiz &quiz, quint64 seed)
{
    QuizLayout layout;
    layout.seed = seed;
    StableRandom orderRng(seed);
    const QList<int> order =
        quiz.shuffle ? shuffled(quiz.questions.size(), orderRng) : identity(quiz.questions.size());
    for (const int qi : order) {
        const Question &q = quiz.questions[qi];
        StableRandom rng(seed ^ stableHash(q.id.isEmpty() ? QString::number(qi) : q.id));
        QuestionLayout ql;
        ql.question = qi;
        switch (q.type) {
        case QuestionType::Single:
        case QuestionType::Multiple:
            ql.options = quiz.shuffle ? shuffled(q.options.size(), rng) : identity(q.options.size());
            break;
        case QuestionType::Ordering:
            ql.items = shuffledNotSolved(q.items.size(), rng);
            break;
        case QuestionType::Matching:
            ql.rights = shuffledNotSolved(q.pairs.size(), rng);
            break;
        case QuestionType::TrueFalse:
        case QuestionType::Fill:
            break;
        }
        layout.questions.append(ql);
    }
    return layout;
}

quint64 QuizLayout::newSeed()
{
    return QRandomGenerator::global()->generate64();
}

int QuizLayout::originalQuestion(int shownQuestion) const
{
    return shownQuestion >= 0 && shownQuestion < questions.size() ? questions[shownQuestion].question : -1;
}

int QuizLayout::originalOption(int shownQuestion, int shownOption) const
{
    if (shownQuestion < 0 || shownQuestion >= questions.size())
        return -1;
    const QList<int> &options = questions[shownQuestion].options;
    return shownOption >= 0 && shownOption < options.size() ? options[shownOption] : -1;
}

QuizAnswer QuizLayout::choiceAnswer(const Quiz &quiz, int shownQuestion, const QList<int> &shownOptions) const
{
    const int qi = originalQuestion(shownQuestion);
    const QuestionType type = qi >= 0 ? quiz.questions[qi].type : QuestionType::Single;
    QList<int> original;
    for (const int shown : shownOptions) {
        const int o = originalOption(shownQuestion, shown);
        if (o >= 0)
            original.append(o);
    }
    return QuizAnswer::choice(type, original);
}

} // namespace dojo
