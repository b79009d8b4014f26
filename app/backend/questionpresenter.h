// How one quiz question looks to QML and how QML's answer comes back: the shared contract of the quiz
// player (QuizController) and the review session, both of which show questions with
// qml/components/QuestionView.qml. Free functions, no state; positions on screen map to original
// content indices only through the dojo::QuestionLayout given here.
//
// questionMap(question, layout) ->
//   { id, type: "single"|"multiple"|"truefalse"|"fill"|"ordering"|"matching", typeLabel (translated,
//     e.g. "Choose one"), hint (translated keyboard/mouse hint), prompt, points,
//     options: [{ index: shown position, text }]           single, multiple (shown order)
//     items:   [{ key: starting position, text }]           ordering (starting order on screen)
//     lefts:   [text]                                       matching: left texts, content order
//     rights:  [{ index: shown position, text }]            matching: right texts, shown order
//     seeLesson, seeAnchor }
//   truefalse shows two fixed choices: true = 0, false = 1.
//
// The answer QML gives back (a JS object; anything missing or of the wrong shape = unanswered):
//   single, multiple   { selected: [shown option positions] }
//   truefalse          { value: true|false }
//   fill               { text: "…" }
//   ordering           { order: [item keys in the trainee's order] }      (keys from `items`)
//   matching           { matches: [shown right position per left index, -1 = none] }
//
// feedbackMap(question, layout, answer, result) ->
//   { verdict: "correct"|"partial"|"wrong"|"unanswered", verdictText (translated), correct (bool),
//     points, maxPoints, pointsText ("0.5 / 1"), given (the answer in words, translated when empty),
//     rightAnswer (in words), summary (the grader's first line), details ([the grader's other lines,
//     option feedback included]), explanation (the question's own), seeLesson, seeAnchor,
//     optionStates: [per shown option: "right" (picked, right) | "missed" (right, not picked) |
//                    "wrong" (picked, not right) | "none"]      single, multiple, truefalse (0 true, 1 false)
//     rightOrder: [texts in the right order]                   ordering
//     pairStates: [{ left, given, right, ok }] per left index  matching }
#pragma once

#include "content/model.h"
#include "scoring/quizgrading.h"

#include <QVariant>
#include <QVariantMap>

namespace QuestionPresenter {

QVariantMap questionMap(const dojo::Question &question, const dojo::QuestionLayout &layout);

// QML's answer (see above) to a QuizAnswer with original indices. Unknown positions are dropped; a
// value of the wrong shape gives an empty (unanswered) answer of the question's type.
dojo::QuizAnswer answerFromQml(const dojo::Question &question, const dojo::QuestionLayout &layout,
                               const QVariant &answer);
// The reverse, to show an answer already given (test mode going back, a resumed attempt). An empty
// answer gives an invalid QVariant.
QVariant answerToQml(const dojo::Question &question, const dojo::QuestionLayout &layout,
                     const dojo::QuizAnswer &answer);

QVariantMap feedbackMap(const dojo::Question &question, const dojo::QuestionLayout &layout,
                        const dojo::QuizAnswer &answer, const dojo::GradeResult &result);

// In words, for results pages and feedback: "“A”, “C”", "True", "“a” → “b” → “c”", "x = 1; y = 2".
QString answerInWords(const dojo::Question &question, const dojo::QuizAnswer &answer);
QString rightAnswerInWords(const dojo::Question &question);
QString verdictText(dojo::Verdict verdict);
QString pointsText(double points, double maxPoints);

} // namespace QuestionPresenter
