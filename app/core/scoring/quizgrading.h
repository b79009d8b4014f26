// Quiz grading: what a trainee answered (QuizAnswer), what it is worth (QuizGrader), the quiz total
// against its pass mark, and the shuffled order a quiz attempt is shown in (QuizLayout).
//
// Every index here is an ORIGINAL index into the content (Question::options, ::items, ::pairs), never
// a position on screen: the screen maps through QuizLayout, storage keeps QuizAnswer::toJson() and the
// layout seed, and grading never depends on how the question was shown.
//
// The rules (docs/scoring.md, "Quizzes"):
//   single, truefalse  all or nothing.
//   multiple           Canvas "multiple answers" partial credit: points × (right picked − wrong picked) /
//                      number of right options, never below 0.
//   fill               all or nothing against any accepted answer, compared after normalizedAnswer()
//                      (case, full/half width, white space and trailing punctuation ignored).
//   ordering           Moodle "longest ordered subset": points × L / n, where L is the length of the
//                      longest run of items (not necessarily adjacent) already in the right relative
//                      order; L = 1 earns nothing.
//   matching           points × right pairs / n; a wrong pair costs nothing.
#pragma once

#include "content/model.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace dojo {

// The machine name of a question type, as written in quiz files ("single", "truefalse"…).
QString questionTypeName(QuestionType type);
std::optional<QuestionType> questionTypeFromName(const QString &name);

// A trainee's answer to one question. Only the fields of its type are used; an empty answer (nothing
// selected, no value, blank text, no order, no pairs) is "unanswered".
struct QuizAnswer {
    QuestionType type = QuestionType::Single;
    QList<int> selected;       // single, multiple: option indices
    std::optional<bool> value; // truefalse
    QString text;              // fill
    QList<int> order;          // ordering: item indices in the order the trainee put them
    QMap<int, int> matches;    // matching: left pair index -> right pair index

    static QuizAnswer choice(QuestionType type, QList<int> selectedOptions);
    static QuizAnswer trueFalse(bool value);
    static QuizAnswer fill(const QString &text);
    static QuizAnswer ordering(QList<int> itemOrder);
    static QuizAnswer matching(QMap<int, int> leftToRight);

    bool isEmpty() const;

    // Compact JSON with sorted keys, the same bytes for the same answer:
    //   {"selected":[0,2],"type":"multiple"}   {"type":"truefalse","value":true}
    //   {"text":"快捷短语","type":"fill"}        {"order":[2,0,1],"type":"ordering"}
    //   {"pairs":[[0,1],[1,0]],"type":"matching"}
    QByteArray toJson() const;
    // nullopt (and *error set) for text that is not such an object.
    static std::optional<QuizAnswer> fromJson(const QByteArray &json, QString *error = nullptr);

    friend bool operator==(const QuizAnswer &, const QuizAnswer &) = default;
};

enum class Verdict { Correct, Partial, Wrong, Unanswered };
QString verdictName(Verdict verdict); // "correct", "partial", "wrong", "unanswered"

struct GradeResult {
    double points = 0;
    double maxPoints = 0;
    bool correct = false; // full points
    Verdict verdict = Verdict::Unanswered;
    // For the trainee, in order: what was right or wrong and what it earned, the feedback of each chosen
    // option, then the question's explanation.
    QStringList explanations;

    double fraction() const { return maxPoints > 0 ? points / maxPoints : 0.0; }
};

struct QuizTotals {
    double points = 0;
    double maxPoints = 0;
    double percent = 0; // 0–100
    int passMark = 0;
    bool passed = false; // percent >= passMark
    int correct = 0;
    int partial = 0;
    int wrong = 0;
    int unanswered = 0;
};

class QuizGrader {
public:
    static GradeResult grade(const Question &question, const QuizAnswer &answer);
    // The answer that earns full points (single: the first right option; fill: the first accepted
    // answer). Used to show "the right answer" and by the demo data and tests.
    static QuizAnswer rightAnswer(const Question &question);

    // The total of graded questions against the quiz's pass mark. A question of the quiz missing from
    // `results` counts as unanswered (0 of its points).
    static QuizTotals total(const Quiz &quiz, const QHash<QString, GradeResult> &results);
    // Grades every question of the quiz from answers keyed by question id, then totals them.
    static QuizTotals gradeQuiz(const Quiz &quiz, const QHash<QString, QuizAnswer> &answers,
                                QHash<QString, GradeResult> *results = nullptr);
};

// The order a quiz attempt is shown in, derived only from the quiz and a seed: store the seed with the
// attempt and a resumed attempt shows the same order. The generator is StableRandom (SplitMix64 with
// Fisher–Yates, question ids hashed with FNV-1a), so the order survives Qt and compiler updates.
//   question order and choice options: shuffled only when the quiz says `shuffle: true`;
//   ordering items and the right side of matching: always shown shuffled, never in the solved order.
struct QuestionLayout {
    int question = 0;   // original index into Quiz::questions
    QList<int> options; // single/multiple: shown position -> original option index
    QList<int> items;   // ordering: starting order on screen -> original item index
    QList<int> rights;  // matching: shown position of a right-hand text -> original pair index
};

struct QuizLayout {
    quint64 seed = 0;
    QList<QuestionLayout> questions; // in the order shown

    static QuizLayout build(const Quiz &quiz, quint64 seed);
    static quint64 newSeed(); // a random seed for a new attempt

    // Shown position -> original index, or -1 when out of range.
    int originalQuestion(int shownQuestion) const;
    int originalOption(int shownQuestion, int shownOption) const;
    // The answer a choice question gets from options picked by their shown positions.
    QuizAnswer choiceAnswer(const Quiz &quiz, int shownQuestion, const QList<int> &shownOptions) const;
};

} // namespace dojo
