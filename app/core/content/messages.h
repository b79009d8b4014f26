// Every problem the content validator reports: a stable code (for --json and tests) and the sentence a
// trainer reads, translated in the "dojo::Validator" context. One place, so wording stays consistent
// and translators see all of it together. Internal to the content area.
#pragma once

#include <QString>
#include <QStringList>

namespace dojo::content {

struct Problem {
    const char *code;
    QString message;
};

namespace msg {

// Files and text
Problem lessonTooLarge(qint64 kib, int limitKib);
Problem yamlTooLarge(qint64 kib, int limitKib);
Problem assetTooLarge(double mib, int limitMib);
Problem emptyFile();
Problem invalidUtf8();
Problem unreadableFile(const QString &reason);
Problem missingManifest();
Problem ignoredFile(const QString &name, const QString &expectedSuffix);
Problem ignoredFolder(const QString &name);
Problem noFrontMatter();
Problem unclosedFrontMatter();
Problem nestingTooDeep(int maxDepth);
Problem tooManyTableCells(int maxCells);
Problem tooManyBrackets(int maxBrackets);
Problem tooManyEmphasisRuns(int maxRuns);
Problem tooManyHeadings(int maxHeadings);
Problem tooManyListItems(int maxItems);
Problem tooManyQuoteMarkers(int maxMarkers);
Problem tooManyAtSigns(int maxAtSigns);
Problem tooManyAtSignsOnLine(int maxPerLine);

// YAML
Problem yamlSyntax(const QString &yamlCppMessage);
Problem yamlAlias();
Problem yamlSecondDocument();
Problem duplicateKey(const QString &key, int firstLine);
Problem unknownKey(const QString &key, const QString &suggestion, const QStringList &known);
Problem keyNotForType(const QString &key, const QString &type);
Problem missingField(const QString &key);
Problem emptyValue(const QString &key);
Problem notText(const QString &key);
Problem notWholeNumber(const QString &key);
Problem notNumber(const QString &key);
Problem notBoolean(const QString &key);
Problem notList(const QString &key);
Problem notMapping(const QString &key);
Problem listEntryNotText(const QString &key);
Problem listEntryNotMapping(const QString &key);
Problem outOfRange(const QString &key, qint64 min, qint64 max);
Problem pointsOutOfRange(double max);
Problem countOutOfRange(const QString &key, int min, int max, int actual);
Problem invalidChoice(const QString &key, const QString &value, const QStringList &allowed);
Problem invalidId(const QString &id);

// Ids and references
Problem idMismatch(const QString &id, const QString &fileName);
Problem situationMismatch(const QString &situation, const QString &fileName);
Problem duplicateId(const QString &id, const QString &otherFile, int otherLine);
Problem missingLesson(const QString &id);
Problem missingQuiz(const QString &id);
Problem missingScenario(const QString &id);
Problem wrongItemKind(const QString &writtenKind, const QString &id, const QString &actualKind);
Problem missingItem(const QString &id);
Problem missingModule(const QString &id);
Problem missingTarget(const QString &id);
Problem missingStartNode(const QString &id);
Problem startIsEnding(const QString &id);
Problem missingEnding(const QString &id);
Problem unknownLandmine(const QString &id);
Problem unknownDimension(const QString &id);
Problem missingAnchor(const QString &lesson, const QString &anchor, const QString &suggestion);
Problem badSee(const QString &value);
Problem missingImage(const QString &url);
Problem imageOutsideLocale(const QString &url, const QString &locale);
Problem remoteImage(const QString &url);
Problem unsupportedImage(const QString &url);

// Course manifest
Problem localeMismatch(const QString &locale, const QString &folder);
Problem itemKindCount();
Problem listedTwice(const QString &id, const QString &module, int line);
Problem notListed(const QString &kind, const QString &id);
Problem wrongModule(const QString &written, const QString &listedIn);
Problem prerequisiteCycle(const QStringList &cycle);
Problem requiresItself(const QString &id);

// Quizzes
Problem noCorrectOption();
Problem severalCorrectOptions(int count);
Problem optionCount(const QString &type, int min, int max, int actual);
Problem orderingItemCount(int min, int max, int actual);
Problem pairCount(int min, int max, int actual);
Problem duplicateText(const QString &text);
Problem matchingMissingSide(const QString &missing, const QString &present);
Problem noExplanation(const QString &questionId);

// Scenarios
Problem optionsOrFreeReply();
Problem nodeOptionCount(int min, int max, int actual);
Problem phrasesOrPatterns();
Problem invalidPattern(const QString &pattern, const QString &reason);
Problem lengthBounds(int min, int max);
Problem moodFloorTooHigh(int floor, int start);
Problem moodCeilingTooLow(int ceiling, int start);
Problem unreachableNode(const QString &id, const QString &start);
Problem unreachableEnding(const QString &id);
Problem noPathToEnding(const QString &id);
Problem loopWithoutExit(const QStringList &nodes);

// Locales
Problem noLocales();
Problem contentFolderMissing(const QString &folder);
Problem unreadableFolder(const QString &folder);
Problem localeFolderGiven(const QString &folder);
Problem noReferenceLocale(const QString &reference);
Problem courseIdDiffers(const QString &id, const QString &reference, const QString &referenceId);
Problem missingInLocale(const QString &kind, const QString &id, const QString &reference,
                        const QString &where);
Problem extraInLocale(const QString &kind, const QString &id, const QString &reference);
Problem questionTypeDiffers(const QString &id, const QString &reference, const QString &referenceType,
                            const QString &type);

// Adds "; did you mean 'x'?" when `suggestion` is not empty.
Problem withSuggestion(Problem problem, const QString &suggestion);

// Words used inside messages
QString kindLesson();
QString kindQuiz();
QString kindScenario();
QString kindModule();
QString kindQuestion();
QString kindNode();
QString kindPhrase();
QString kindPhrasebookFile();
QString kindDimension();
QString kindLandmine();

} // namespace msg
} // namespace dojo::content
