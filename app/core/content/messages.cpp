#include "content/messages.h"

#include <QCoreApplication>

#include <cmath>

namespace dojo::content::msg {

namespace {
QString quotedList(const QStringList &items)
{
    QStringList quoted;
    quoted.reserve(items.size());
    for (const QString &item : items)
        quoted.append(u'\'' + item + u'\'');
    return quoted.join(QStringLiteral(", "));
}
} // namespace

// Files and text

Problem lessonTooLarge(qint64 kib, int limitKib)
{
    return {"file-too-large",
            QCoreApplication::translate("dojo::Validator",
                                        "the lesson is %1 KiB, more than the limit of %2 KiB: split it into "
                                        "smaller lessons")
                .arg(kib)
                .arg(limitKib)};
}

Problem yamlTooLarge(qint64 kib, int limitKib)
{
    return {"file-too-large",
            QCoreApplication::translate("dojo::Validator",
                                        "the file is %1 KiB, more than the limit of %2 KiB: split it into "
                                        "smaller files")
                .arg(kib)
                .arg(limitKib)};
}

Problem assetTooLarge(double mib, int limitMib)
{
    return {"file-too-large",
            QCoreApplication::translate("dojo::Validator",
                                        "the image is %1 MiB, more than the limit of %2 MiB: make it smaller")
                .arg(std::ceil(mib * 10) / 10, 0, 'f', 1) // rounded up: never "8.0 MiB, more than 8 MiB"
                .arg(limitMib)};
}

Problem emptyFile()
{
    return {"empty-file", QCoreApplication::translate("dojo::Validator", "the file is empty")};
}

Problem invalidUtf8()
{
    return {"invalid-utf8", QCoreApplication::translate("dojo::Validator",
                                                        "the file is not UTF-8 text (the first bad byte is "
                                                        "here): save it with UTF-8 encoding")};
}

Problem unreadableFile(const QString &reason)
{
    return {"unreadable-file",
            QCoreApplication::translate("dojo::Validator", "cannot read the file: %1").arg(reason)};
}

Problem missingManifest()
{
    return {"missing-manifest",
            QCoreApplication::translate("dojo::Validator", "the locale folder has no course.yaml")};
}

Problem ignoredFile(const QString &name, const QString &expectedSuffix)
{
    return {"ignored-file", QCoreApplication::translate(
                                "dojo::Validator", "'%1' is ignored: only files ending in %2 are read here")
                                .arg(name, expectedSuffix)};
}

Problem ignoredFolder(const QString &name)
{
    return {"ignored-folder", QCoreApplication::translate("dojo::Validator",
                                                          "the folder '%1' has no course.yaml and is ignored")
                                  .arg(name)};
}

Problem noFrontMatter()
{
    return {"no-front-matter",
            QCoreApplication::translate("dojo::Validator",
                                        "a lesson starts with its front matter: a line '---', the fields "
                                        "(id, title, …), and another line '---'")};
}

Problem unclosedFrontMatter()
{
    return {"no-front-matter",
            QCoreApplication::translate("dojo::Validator",
                                        "the front matter is not closed: add a line '---' after it")};
}

Problem nestingTooDeep(int maxDepth)
{
    return {"nesting-too-deep",
            QCoreApplication::translate(
                "dojo::Validator", "lists and quotes are nested more than %1 levels deep here: flatten them")
                .arg(maxDepth)};
}

Problem tooManyTableCells(int maxCells)
{
    return {"table-too-large",
            QCoreApplication::translate(
                "dojo::Validator", "the tables of the lesson have more than %1 cells in all here: split them "
                                   "or the lesson")
                .arg(maxCells)};
}

Problem tooManyBrackets(int maxBrackets)
{
    return {
        "too-many-brackets",
        QCoreApplication::translate(
            "dojo::Validator", "the lesson has more than %1 '[' here (links, images, check boxes): split it")
            .arg(maxBrackets)};
}

Problem tooManyEmphasisRuns(int maxRuns)
{
    return {"too-many-emphasis-marks",
            QCoreApplication::translate("dojo::Validator",
                                        "the lesson has more than %1 emphasis marks ('*', '_' "
                                        "or '~' next to text) here: split it")
                .arg(maxRuns)};
}

Problem tooManyHeadings(int maxHeadings)
{
    return {"too-many-headings", QCoreApplication::translate(
                                     "dojo::Validator", "the lesson has more than %1 headings here: split it")
                                     .arg(maxHeadings)};
}

Problem tooManyListItems(int maxItems)
{
    return {"too-many-list-items",
            QCoreApplication::translate("dojo::Validator", "the lesson has more than %1 list items here: split it")
                .arg(maxItems)};
}

Problem tooManyQuoteMarkers(int maxMarkers)
{
    return {"too-many-quote-markers",
            QCoreApplication::translate("dojo::Validator",
                                        "the lesson has more than %1 quote markers ('>') here: split it")
                .arg(maxMarkers)};
}

Problem tooManyAtSigns(int maxAtSigns)
{
    return {"too-many-at-signs",
            QCoreApplication::translate("dojo::Validator",
                                        "the lesson has more than %1 '@' here (e-mail addresses): split it")
                .arg(maxAtSigns)};
}

Problem tooManyAtSignsOnLine(int maxPerLine)
{
    return {"too-many-at-signs",
            QCoreApplication::translate("dojo::Validator",
                                        "this line has more than %1 '@' (e-mail addresses): put "
                                        "them on separate lines")
                .arg(maxPerLine)};
}

// YAML

Problem yamlSyntax(const QString &yamlCppMessage)
{
    QString explained;
    if (yamlCppMessage == QLatin1String("illegal map value"))
        explained = QCoreApplication::translate("dojo::Validator",
                                                "a ':' where none is expected; put text containing ': ' in "
                                                "quotes, or check the indentation");
    else if (yamlCppMessage == QLatin1String("illegal tab when looking for indentation"))
        explained =
            QCoreApplication::translate("dojo::Validator", "a tab is used for indentation; use spaces");
    else if (yamlCppMessage == QLatin1String("end of sequence flow not found"))
        explained =
            QCoreApplication::translate("dojo::Validator", "a list opened with '[' is not closed with ']'");
    else if (yamlCppMessage == QLatin1String("end of map flow not found"))
        explained =
            QCoreApplication::translate("dojo::Validator", "a block opened with '{' is not closed with '}'");
    else if (yamlCppMessage == QLatin1String("end of sequence not found") ||
             yamlCppMessage == QLatin1String("end of map not found") ||
             yamlCppMessage == QLatin1String("illegal block entry") ||
             yamlCppMessage == QLatin1String("illegal map key"))
        explained = QCoreApplication::translate("dojo::Validator", "the indentation does not fit here");
    else if (yamlCppMessage == QLatin1String("illegal EOF in scalar"))
        explained = QCoreApplication::translate("dojo::Validator", "a quoted text is not closed");
    else if (yamlCppMessage.startsWith(QLatin1String("unknown escape character")))
        explained = QCoreApplication::translate(
            "dojo::Validator", "unknown '\\' escape in double quotes; use single quotes instead");
    else
        explained = yamlCppMessage;
    return {"yaml-syntax",
            QCoreApplication::translate("dojo::Validator", "YAML syntax error: %1").arg(explained)};
}

Problem yamlAlias()
{
    return {"yaml-alias",
            QCoreApplication::translate("dojo::Validator",
                                        "YAML aliases (*name) are not supported: write the value out")};
}

Problem yamlSecondDocument()
{
    return {"yaml-syntax", QCoreApplication::translate(
                               "dojo::Validator", "YAML syntax error: unexpected text after the end of the "
                                                  "document; check the indentation and remove any '---'")};
}

Problem duplicateKey(const QString &key, int firstLine)
{
    return {"duplicate-key",
            QCoreApplication::translate("dojo::Validator", "'%1' is given twice (first on line %2)")
                .arg(key)
                .arg(firstLine)};
}

Problem unknownKey(const QString &key, const QString &suggestion, const QStringList &known)
{
    if (!suggestion.isEmpty())
        return {"unknown-key",
                QCoreApplication::translate("dojo::Validator", "unknown key '%1'; did you mean '%2'?")
                    .arg(key, suggestion)};
    return {"unknown-key",
            QCoreApplication::translate("dojo::Validator", "unknown key '%1'; expected one of: %2")
                .arg(key, quotedList(known))};
}

Problem keyNotForType(const QString &key, const QString &type)
{
    return {"unknown-key",
            QCoreApplication::translate("dojo::Validator", "'%1' is not used by questions of type '%2'")
                .arg(key, type)};
}

Problem missingField(const QString &key)
{
    return {"missing-field",
            QCoreApplication::translate("dojo::Validator", "missing required field '%1'").arg(key)};
}

Problem emptyValue(const QString &key)
{
    return {"empty-value", QCoreApplication::translate("dojo::Validator", "'%1' is empty").arg(key)};
}

Problem notText(const QString &key)
{
    return {"wrong-type", QCoreApplication::translate("dojo::Validator", "'%1' must be text").arg(key)};
}

Problem notWholeNumber(const QString &key)
{
    return {"wrong-type",
            QCoreApplication::translate("dojo::Validator", "'%1' must be a whole number").arg(key)};
}

Problem notNumber(const QString &key)
{
    return {"wrong-type", QCoreApplication::translate("dojo::Validator", "'%1' must be a number").arg(key)};
}

Problem notBoolean(const QString &key)
{
    return {"wrong-type",
            QCoreApplication::translate("dojo::Validator", "'%1' must be true or false").arg(key)};
}

Problem notList(const QString &key)
{
    return {"wrong-type",
            QCoreApplication::translate("dojo::Validator", "'%1' must be a list ('- ' lines or [a, b])")
                .arg(key)};
}

Problem notMapping(const QString &key)
{
    return {"wrong-type",
            QCoreApplication::translate("dojo::Validator", "'%1' must be a group of 'key: value' lines")
                .arg(key)};
}

Problem listEntryNotText(const QString &key)
{
    return {"wrong-type",
            QCoreApplication::translate("dojo::Validator", "every entry of '%1' must be text").arg(key)};
}

Problem listEntryNotMapping(const QString &key)
{
    return {"wrong-type", QCoreApplication::translate(
                              "dojo::Validator", "every entry of '%1' must be a group of 'key: value' lines")
                              .arg(key)};
}

Problem outOfRange(const QString &key, qint64 min, qint64 max)
{
    return {"out-of-range", QCoreApplication::translate("dojo::Validator", "'%1' must be between %2 and %3")
                                .arg(key)
                                .arg(min)
                                .arg(max)};
}

Problem pointsOutOfRange(double max)
{
    return {"out-of-range",
            QCoreApplication::translate("dojo::Validator", "'points' must be more than 0 and at most %1")
                .arg(max)};
}

Problem countOutOfRange(const QString &key, int min, int max, int actual)
{
    return {"count-out-of-range",
            QCoreApplication::translate("dojo::Validator", "'%1' needs %2 to %3 entries, not %4")
                .arg(key)
                .arg(min)
                .arg(max)
                .arg(actual)};
}

Problem invalidChoice(const QString &key, const QString &value, const QStringList &allowed)
{
    return {"invalid-value",
            QCoreApplication::translate("dojo::Validator", "'%1' cannot be '%2'; use one of: %3")
                .arg(key, value, allowed.join(QStringLiteral(", ")))};
}

Problem invalidId(const QString &id)
{
    return {"invalid-id",
            QCoreApplication::translate(
                "dojo::Validator", "'%1' is not a valid id: use lower-case a-z, digits and '-', starting "
                                   "with a letter or digit, at most 64 characters")
                .arg(id)};
}

// Ids and references

Problem idMismatch(const QString &id, const QString &fileName)
{
    return {"id-mismatch",
            QCoreApplication::translate("dojo::Validator", "the id '%1' differs from the file name '%2'")
                .arg(id, fileName)};
}

Problem situationMismatch(const QString &situation, const QString &fileName)
{
    return {"id-mismatch", QCoreApplication::translate("dojo::Validator",
                                                       "the situation '%1' differs from the file name '%2'")
                               .arg(situation, fileName)};
}

Problem duplicateId(const QString &id, const QString &otherFile, int otherLine)
{
    return {"duplicate-id",
            QCoreApplication::translate("dojo::Validator", "the id '%1' is already used at %2:%3")
                .arg(id, otherFile)
                .arg(otherLine)};
}

Problem missingLesson(const QString &id)
{
    return {
        "missing-lesson",
        QCoreApplication::translate("dojo::Validator", "there is no lesson '%1' (lessons/%1.md)").arg(id)};
}

Problem missingQuiz(const QString &id)
{
    return {
        "missing-quiz",
        QCoreApplication::translate("dojo::Validator", "there is no quiz '%1' (quizzes/%1.yaml)").arg(id)};
}

Problem missingScenario(const QString &id)
{
    return {"missing-scenario",
            QCoreApplication::translate("dojo::Validator", "there is no scenario '%1' (scenarios/%1.yaml)")
                .arg(id)};
}

Problem wrongItemKind(const QString &writtenKind, const QString &id, const QString &actualKind)
{
    return {"missing-item",
            QCoreApplication::translate("dojo::Validator", "there is no %1 '%2', but there is a %3 '%2'")
                .arg(writtenKind, id, actualKind)};
}

Problem missingItem(const QString &id)
{
    return {"missing-item",
            QCoreApplication::translate("dojo::Validator", "no module lists a lesson, quiz or scenario '%1'")
                .arg(id)};
}

Problem missingModule(const QString &id)
{
    return {"missing-module",
            QCoreApplication::translate("dojo::Validator", "there is no module '%1' in course.yaml").arg(id)};
}

Problem missingTarget(const QString &id)
{
    return {"missing-node", QCoreApplication::translate(
                                "dojo::Validator", "'%1' is neither a node nor an ending of this scenario")
                                .arg(id)};
}

Problem missingStartNode(const QString &id)
{
    return {"missing-node",
            QCoreApplication::translate("dojo::Validator", "the start node '%1' does not exist").arg(id)};
}

Problem startIsEnding(const QString &id)
{
    return {"missing-node",
            QCoreApplication::translate("dojo::Validator", "'start' must name a node, but '%1' is an ending")
                .arg(id)};
}

Problem missingEnding(const QString &id)
{
    return {"missing-ending",
            QCoreApplication::translate("dojo::Validator", "'%1' is not an ending of this scenario").arg(id)};
}

Problem unknownLandmine(const QString &id)
{
    return {"unknown-landmine",
            QCoreApplication::translate("dojo::Validator", "the landmine '%1' is not defined in course.yaml")
                .arg(id)};
}

Problem unknownDimension(const QString &id)
{
    return {"unknown-dimension",
            QCoreApplication::translate("dojo::Validator",
                                        "the rubric dimension '%1' is not defined in course.yaml")
                .arg(id)};
}

Problem missingAnchor(const QString &lesson, const QString &anchor, const QString &suggestion)
{
    if (!suggestion.isEmpty())
        return {"missing-anchor",
                QCoreApplication::translate("dojo::Validator",
                                            "the lesson '%1' has no heading '#%2'; did you mean '#%3'?")
                    .arg(lesson, anchor, suggestion)};
    return {"missing-anchor",
            QCoreApplication::translate("dojo::Validator", "the lesson '%1' has no heading '#%2'")
                .arg(lesson, anchor)};
}

Problem badSee(const QString &value)
{
    return {"invalid-value",
            QCoreApplication::translate("dojo::Validator",
                                        "'see' cannot be '%1'; write a lesson id, optionally followed by "
                                        "'#' and a heading anchor")
                .arg(value)};
}

Problem missingImage(const QString &url)
{
    return {"missing-asset",
            QCoreApplication::translate("dojo::Validator", "the image '%1' does not exist").arg(url)};
}

Problem imageOutsideLocale(const QString &url, const QString &locale)
{
    return {"asset-outside",
            QCoreApplication::translate("dojo::Validator", "the image '%1' is outside the %2 folder")
                .arg(url, locale)};
}

Problem remoteImage(const QString &url)
{
    return {"remote-asset",
            QCoreApplication::translate(
                "dojo::Validator", "the image '%1' is not a file of the course: put it in assets/ and link "
                                   "it with a relative path")
                .arg(url)};
}

Problem unsupportedImage(const QString &url)
{
    return {"unsupported-asset",
            QCoreApplication::translate(
                "dojo::Validator", "the image '%1' has an unsupported type: use png, jpg, svg, webp or gif")
                .arg(url)};
}

// Course manifest

Problem localeMismatch(const QString &locale, const QString &folder)
{
    return {"locale-mismatch",
            QCoreApplication::translate("dojo::Validator", "'locale' is '%1' but the folder is '%2'")
                .arg(locale, folder)};
}

Problem itemKindCount()
{
    return {"invalid-item",
            QCoreApplication::translate("dojo::Validator",
                                        "an item names exactly one of 'lesson', 'quiz' or 'scenario'")};
}

Problem listedTwice(const QString &id, const QString &module, int line)
{
    return {"listed-twice",
            QCoreApplication::translate("dojo::Validator", "'%1' is already listed in module '%2' on line %3")
                .arg(id, module)
                .arg(line)};
}

Problem notListed(const QString &kind, const QString &id)
{
    return {"not-listed",
            QCoreApplication::translate(
                "dojo::Validator", "no module in course.yaml lists the %1 '%2', so trainees never see it")
                .arg(kind, id)};
}

Problem wrongModule(const QString &written, const QString &listedIn)
{
    return {"wrong-module",
            QCoreApplication::translate("dojo::Validator",
                                        "'module' is '%1', but course.yaml lists this in module '%2'")
                .arg(written, listedIn)};
}

Problem prerequisiteCycle(const QStringList &cycle)
{
    return {"prerequisite-cycle",
            QCoreApplication::translate("dojo::Validator", "the prerequisites form a cycle: %1")
                .arg(cycle.join(QStringLiteral(" → ")))};
}

Problem requiresItself(const QString &id)
{
    return {"prerequisite-cycle",
            QCoreApplication::translate("dojo::Validator", "'%1' cannot require itself").arg(id)};
}

// Quizzes

Problem noCorrectOption()
{
    return {"no-correct-answer",
            QCoreApplication::translate("dojo::Validator", "no option is marked 'correct: true'")};
}

Problem severalCorrectOptions(int count)
{
    return {"several-correct-answers",
            QCoreApplication::translate(
                "dojo::Validator", "a single-choice question has exactly one correct option, this one has "
                                   "%1 (use type: multiple)")
                .arg(count)};
}

Problem optionCount(const QString &type, int min, int max, int actual)
{
    return {"option-count", QCoreApplication::translate(
                                "dojo::Validator", "a question of type '%1' needs %2 to %3 options, not %4")
                                .arg(type)
                                .arg(min)
                                .arg(max)
                                .arg(actual)};
}

Problem orderingItemCount(int min, int max, int actual)
{
    return {"item-count", QCoreApplication::translate("dojo::Validator",
                                                      "an ordering question needs %1 to %2 items, not %3")
                              .arg(min)
                              .arg(max)
                              .arg(actual)};
}

Problem pairCount(int min, int max, int actual)
{
    return {"pair-count",
            QCoreApplication::translate("dojo::Validator", "a matching question needs %1 to %2 pairs, not %3")
                .arg(min)
                .arg(max)
                .arg(actual)};
}

Problem duplicateText(const QString &text)
{
    return {"duplicate-text",
            QCoreApplication::translate("dojo::Validator", "'%1' appears twice in this question").arg(text)};
}

Problem matchingMissingSide(const QString &missing, const QString &present)
{
    return {"matching-unequal",
            QCoreApplication::translate("dojo::Validator",
                                        "this pair has a '%1' but no '%2': every pair needs both sides")
                .arg(present, missing)};
}

Problem noExplanation(const QString &questionId)
{
    return {"no-explanation",
            QCoreApplication::translate(
                "dojo::Validator", "the question '%1' has no explanation: trainees learn most from why an "
                                   "answer is right")
                .arg(questionId)};
}

// Scenarios

Problem optionsOrFreeReply()
{
    return {"node-kind", QCoreApplication::translate(
                             "dojo::Validator", "a node needs either 'options' or 'free_reply', not both")};
}

Problem nodeOptionCount(int min, int max, int actual)
{
    return {"option-count",
            QCoreApplication::translate("dojo::Validator", "a node offers %1 to %2 options, not %3")
                .arg(min)
                .arg(max)
                .arg(actual)};
}

Problem phrasesOrPatterns()
{
    return {"missing-field",
            QCoreApplication::translate("dojo::Validator", "give at least one of 'phrases' or 'patterns'")};
}

Problem invalidPattern(const QString &pattern, const QString &reason)
{
    return {"invalid-pattern",
            QCoreApplication::translate("dojo::Validator",
                                        "the pattern '%1' is not a valid regular expression: %2")
                .arg(pattern, reason)};
}

Problem lengthBounds(int min, int max)
{
    return {"out-of-range", QCoreApplication::translate("dojo::Validator",
                                                        "'min_length' (%1) is larger than 'max_length' (%2)")
                                .arg(min)
                                .arg(max)};
}

Problem moodFloorTooHigh(int floor, int start)
{
    return {"mood-range", QCoreApplication::translate("dojo::Validator",
                                                      "the mood floor %1 must be below the starting mood %2")
                              .arg(floor)
                              .arg(start)};
}

Problem moodCeilingTooLow(int ceiling, int start)
{
    return {"mood-range", QCoreApplication::translate(
                              "dojo::Validator", "the mood ceiling %1 must be above the starting mood %2")
                              .arg(ceiling)
                              .arg(start)};
}

Problem unreachableNode(const QString &id, const QString &start)
{
    return {"unreachable-node",
            QCoreApplication::translate("dojo::Validator",
                                        "the node '%1' cannot be reached from the start node '%2'")
                .arg(id, start)};
}

Problem unreachableEnding(const QString &id)
{
    return {"unreachable-ending",
            QCoreApplication::translate("dojo::Validator", "the ending '%1' can never be reached").arg(id)};
}

Problem noPathToEnding(const QString &id)
{
    return {"no-path-to-ending",
            QCoreApplication::translate("dojo::Validator", "the node '%1' has no path to an ending").arg(id)};
}

Problem loopWithoutExit(const QStringList &nodes)
{
    return {"loop-without-exit",
            QCoreApplication::translate(
                "dojo::Validator", "the nodes %1 loop with no way to an ending: give one of them an option "
                                   "that leads out")
                .arg(quotedList(nodes))};
}

// Locales

Problem noLocales()
{
    return {"no-locales", QCoreApplication::translate(
                              "dojo::Validator", "no locale folder (a folder with a course.yaml) was found")};
}

Problem contentFolderMissing(const QString &folder)
{
    return {"no-locales",
            QCoreApplication::translate("dojo::Validator", "the content folder '%1' does not exist").arg(folder)};
}

Problem unreadableFolder(const QString &folder)
{
    return {"unreadable-folder",
            QCoreApplication::translate("dojo::Validator",
                                        "cannot read the folder '%1': check its permissions")
                .arg(folder)};
}

Problem localeFolderGiven(const QString &folder)
{
    return {"no-locales",
            QCoreApplication::translate("dojo::Validator",
                                        "'%1' is one locale of a course: check the folder that holds "
                                        "it (and its other locales) instead")
                .arg(folder)};
}

Problem noReferenceLocale(const QString &reference)
{
    return {
        "no-reference-locale",
        QCoreApplication::translate(
            "dojo::Validator", "there is no %1 folder: %1 is the reference every locale is checked against")
            .arg(reference)};
}

Problem courseIdDiffers(const QString &id, const QString &reference, const QString &referenceId)
{
    return {"locale-differs",
            QCoreApplication::translate("dojo::Validator", "the course id '%1' differs from %2's '%3'")
                .arg(id, reference, referenceId)};
}

Problem missingInLocale(const QString &kind, const QString &id, const QString &reference,
                        const QString &where)
{
    return {"locale-missing-id",
            QCoreApplication::translate("dojo::Validator", "the %1 '%2' of %3 (%4) is missing here")
                .arg(kind, id, reference, where)};
}

Problem extraInLocale(const QString &kind, const QString &id, const QString &reference)
{
    return {"locale-extra-id",
            QCoreApplication::translate("dojo::Validator",
                                        "the %1 '%2' does not exist in %3: every locale has the same ids")
                .arg(kind, id, reference)};
}

Problem questionTypeDiffers(const QString &id, const QString &reference, const QString &referenceType,
                            const QString &type)
{
    return {"locale-differs", QCoreApplication::translate(
                                  "dojo::Validator", "the question '%1' has type '%2' in %3 but '%4' here")
                                  .arg(id, referenceType, reference, type)};
}

Problem withSuggestion(Problem problem, const QString &suggestion)
{
    if (!suggestion.isEmpty())
        problem.message +=
            QCoreApplication::translate("dojo::Validator", "; did you mean '%1'?").arg(suggestion);
    return problem;
}

// Words

QString kindLesson()
{
    return QCoreApplication::translate("dojo::Validator", "lesson");
}
QString kindQuiz()
{
    return QCoreApplication::translate("dojo::Validator", "quiz");
}
QString kindScenario()
{
    return QCoreApplication::translate("dojo::Validator", "scenario");
}
QString kindModule()
{
    return QCoreApplication::translate("dojo::Validator", "module");
}
QString kindQuestion()
{
    return QCoreApplication::translate("dojo::Validator", "question");
}
QString kindNode()
{
    return QCoreApplication::translate("dojo::Validator", "node or ending");
}
QString kindPhrase()
{
    return QCoreApplication::translate("dojo::Validator", "phrase");
}
QString kindPhrasebookFile()
{
    return QCoreApplication::translate("dojo::Validator", "phrasebook file");
}
QString kindDimension()
{
    return QCoreApplication::translate("dojo::Validator", "rubric dimension");
}
QString kindLandmine()
{
    return QCoreApplication::translate("dojo::Validator", "landmine");
}

} // namespace dojo::content::msg
