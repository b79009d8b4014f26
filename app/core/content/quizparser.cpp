// quizzes/<id>.yaml: a quiz and its questions of six types.
#include "content/keywords.h"
#include "content/localecontext.h"
#include "content/yamlreader.h"

namespace dojo::content {

namespace {
// Reports a text already seen in the same question.
class UniqueTexts {
public:
    void check(const QString &text, const SourcePos &pos, FileDiagnostics &diag)
    {
        if (text.isEmpty())
            return;
        if (m_seen.contains(text))
            diag.error(pos, msg::duplicateText(text));
        else
            m_seen.insert(text);
    }

private:
    QSet<QString> m_seen;
};

void readSee(MapReader &q, Question &question, LocaleContext &ctx)
{
    FileDiagnostics &diag = q.diagnostics();
    const QString see = q.text("see", Need::Required);
    if (see.isEmpty())
        return;
    const SourcePos pos = q.valuePos("see");
    const qsizetype hash = see.indexOf(u'#');
    question.seeLesson = see.left(hash);
    question.seeAnchor = hash < 0 ? QString() : see.mid(hash + 1);
    if (!isValidId(question.seeLesson) || (hash >= 0 && question.seeAnchor.isEmpty())) {
        diag.error(pos, msg::badSee(see));
        return;
    }
    if (!ctx.checkItemExists(ItemKind::Lesson, question.seeLesson, pos, diag) || question.seeAnchor.isEmpty())
        return;
    ctx.note(ContextFact::Kind::Anchors, question.seeLesson);
    const auto anchors = ctx.lessonAnchors.constFind(question.seeLesson);
    if (anchors != ctx.lessonAnchors.cend() && !anchors->contains(question.seeAnchor))
        diag.error(pos, msg::missingAnchor(question.seeLesson, question.seeAnchor,
                                           closestMatch(question.seeAnchor, *anchors)));
}

void readChoices(MapReader &q, Question &question, const QString &typeWord)
{
    FileDiagnostics &diag = q.diagnostics();
    const YamlNode *options = q.list("options", Need::Required);
    if (!options)
        return;
    UniqueTexts texts;
    std::optional<SourcePos> secondCorrect;
    int correct = 0;
    bool unreadable = false; // a `correct:` that is neither true nor false is reported already
    forEachMap(options, "options", diag, [&](const YamlNode &node) {
        MapReader o(node, diag, {"text", "correct", "feedback"});
        ChoiceOption option;
        option.pos = o.pos();
        option.text = o.text("text", Need::Required);
        texts.check(option.text, o.valuePos("text"), diag);
        const std::optional<bool> isCorrect = o.boolean("correct", Need::Optional);
        unreadable |= o.has("correct") && !isCorrect;
        option.correct = isCorrect.value_or(false);
        option.feedback = o.text("feedback", Need::Optional);
        if (option.correct && ++correct == 2)
            secondCorrect = o.valuePos("correct");
        question.options.append(option);
    });
    const int count = int(options->items.size());
    if (count < 2 || count > 8)
        diag.error(q.valuePos("options"), msg::optionCount(typeWord, 2, 8, count));
    if (correct == 0 && !unreadable)
        diag.error(q.keyPos("options"), msg::noCorrectOption());
    else if (question.type == QuestionType::Single && secondCorrect)
        diag.error(*secondCorrect, msg::severalCorrectOptions(correct));
}

void readOrdering(MapReader &q, Question &question)
{
    FileDiagnostics &diag = q.diagnostics();
    const QList<LocatedText> items = q.texts("items", Need::Required);
    UniqueTexts texts;
    for (const LocatedText &item : items) {
        texts.check(item.text, item.pos, diag);
        question.items.append(item.text);
    }
    if (q.has("items") && (items.size() < 3 || items.size() > 10))
        diag.error(q.valuePos("items"), msg::orderingItemCount(3, 10, int(items.size())));
}

void readMatching(MapReader &q, Question &question)
{
    FileDiagnostics &diag = q.diagnostics();
    const YamlNode *pairs = q.list("pairs", Need::Required);
    if (!pairs)
        return;
    UniqueTexts lefts, rights;
    forEachMap(pairs, "pairs", diag, [&](const YamlNode &node) {
        MapReader p(node, diag, {"left", "right"});
        const bool hasLeft = p.has("left"), hasRight = p.has("right");
        if (hasLeft != hasRight) {
            diag.error(p.pos(),
                       hasLeft ? msg::matchingMissingSide(QStringLiteral("right"), QStringLiteral("left"))
                               : msg::matchingMissingSide(QStringLiteral("left"), QStringLiteral("right")));
            return;
        }
        MatchPair pair{p.text("left", Need::Required), p.text("right", Need::Required)};
        lefts.check(pair.left, p.valuePos("left"), diag);
        rights.check(pair.right, p.valuePos("right"), diag);
        question.pairs.append(pair);
    });
    const int count = int(pairs->items.size());
    if (count < 2 || count > 8)
        diag.error(q.valuePos("pairs"), msg::pairCount(2, 8, count));
}

std::optional<Question> parseQuestion(const YamlNode &node, FileDiagnostics &diag, LocaleContext &ctx)
{
    MapReader q(node, diag,
                {"id", "type", "prompt", "points", "options", "answer", "answers", "items", "pairs",
                 "explanation", "see"});
    Question question;
    question.id = q.id("id", Need::Required);
    question.pos = q.valuePos("id");
    ctx.claimId(question.id, question.pos, diag);
    const QString typeWord = q.text("type", Need::Required);
    const std::optional<QuestionType> type = questionTypeFromKeyword(typeWord);
    if (!typeWord.isEmpty() && !type)
        diag.error(q.valuePos("type"),
                   msg::invalidChoice(QStringLiteral("type"), typeWord, questionTypeKeywords()));
    question.prompt = q.text("prompt", Need::Required);
    if (const std::optional<double> points = q.number("points", Need::Optional)) {
        if (*points <= 0 || *points > 100)
            diag.error(q.valuePos("points"), msg::pointsOutOfRange(100));
        question.points = *points;
    }
    question.explanation = q.text("explanation", Need::Optional);
    if (question.explanation.trimmed().isEmpty())
        diag.warning(q.pos(), msg::noExplanation(question.id));
    readSee(q, question, ctx);
    if (!type)
        return question;

    question.type = *type;
    switch (*type) {
    case QuestionType::Single:
    case QuestionType::Multiple:
        q.rejectKeysOutside({"id", "type", "prompt", "points", "explanation", "see", "options"}, typeWord);
        readChoices(q, question, typeWord);
        break;
    case QuestionType::TrueFalse:
        q.rejectKeysOutside({"id", "type", "prompt", "points", "explanation", "see", "answer"}, typeWord);
        question.answer = q.boolean("answer", Need::Required).value_or(false);
        break;
    case QuestionType::Fill:
        q.rejectKeysOutside({"id", "type", "prompt", "points", "explanation", "see", "answers"}, typeWord);
        for (const LocatedText &answer : q.texts("answers", Need::Required))
            question.answers.append(answer.text);
        if (q.has("answers"))
            q.checkCount("answers", question.answers.size(), 1, 20);
        break;
    case QuestionType::Ordering:
        q.rejectKeysOutside({"id", "type", "prompt", "points", "explanation", "see", "items"}, typeWord);
        readOrdering(q, question);
        break;
    case QuestionType::Matching:
        q.rejectKeysOutside({"id", "type", "prompt", "points", "explanation", "see", "pairs"}, typeWord);
        readMatching(q, question);
        break;
    }
    return question;
}
} // namespace

std::optional<Quiz> parseQuiz(const QByteArray &text, const QString &fileId, FileDiagnostics &diag,
                              LocaleContext &ctx)
{
    const std::optional<YamlNode> root = parseItemFile(text, fileId, diag, ctx);
    if (!root)
        return std::nullopt;
    MapReader r(*root, diag,
                {"id", "title", "module", "lesson", "pass_mark", "shuffle", "time_limit", "questions"});
    Quiz quiz;
    quiz.id = fileId;
    quiz.pos = readItemId(r, fileId, ctx);
    quiz.title = r.text("title", Need::Required);
    quiz.moduleId = r.id("module", Need::Required);
    quiz.lessonId = r.id("lesson", Need::Optional);
    if (isValidId(quiz.lessonId))
        ctx.checkItemExists(ItemKind::Lesson, quiz.lessonId, r.valuePos("lesson"), diag);
    quiz.passMark = r.integer("pass_mark", Need::Optional, 0, 100).value_or(80);
    quiz.shuffle = r.boolean("shuffle", Need::Optional).value_or(false);
    quiz.timeLimitSeconds = r.integer("time_limit", Need::Optional, 10, 7200).value_or(0);
    const YamlNode *questions = r.list("questions", Need::Required);
    if (questions)
        r.checkCount("questions", qsizetype(questions->items.size()), 1, 200);
    forEachMap(questions, "questions", diag, [&](const YamlNode &node) {
        if (std::optional<Question> q = parseQuestion(node, diag, ctx))
            quiz.questions.append(*q);
    });
    ctx.checkListing(ItemKind::Quiz, fileId, quiz.pos, quiz.moduleId, r.valuePos("module"), diag);
    return quiz;
}

} // namespace dojo::content
