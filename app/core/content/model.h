// The in-memory course: what the loader builds from content/<locale>/ and every other part reads.
// Plain value types, no behaviour beyond small look-ups and member-wise ==. The file format is
// docs/content-format.md.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace dojo {

// Where something was written: file path (relative to the content root when possible), 1-based line
// and column. line 0 means "the whole file".
struct SourcePos {
    QString file;
    int line = 0;
    int column = 0;

    bool operator==(const SourcePos &) const = default;
};

// One problem found while loading. `code` is a stable machine name (e.g. "unknown-key"); `message` is
// the translated sentence a trainer reads.
struct Diagnostic {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    SourcePos pos;
    QString code;
    QString message;

    bool operator==(const Diagnostic &) const = default;
};

struct RubricDimension {
    QString id;   // attitude, empathy, knowledge, speed, resolution, compliance
    QString name; // in the course's locale

    bool operator==(const RubricDimension &) const = default;
};

struct Landmine {
    QString id;
    QString name;
    QString description;

    bool operator==(const Landmine &) const = default;
};

enum class ItemKind { Lesson, Quiz, Scenario };

struct ModuleItem {
    ItemKind kind = ItemKind::Lesson;
    QString id;
    QStringList prerequisites; // item ids
    SourcePos pos;

    bool operator==(const ModuleItem &) const = default;
};

struct Module {
    QString id;
    QString title;
    QString summary;
    QStringList prerequisites; // module ids
    QList<ModuleItem> items;
    SourcePos pos;

    bool operator==(const Module &) const = default;
};

struct Phrase {
    QString id;
    QString situation;
    QString text;
    QString never; // "never say" counterpart, may be empty
    QString note;
    QStringList tags;
    QString lessonId; // set when the phrase lives in a lesson's front matter
    SourcePos pos;

    bool operator==(const Phrase &) const = default;
};

struct PhrasebookSection {
    QString situation;
    QString title;
    QList<Phrase> entries;
    SourcePos pos;

    bool operator==(const PhrasebookSection &) const = default;
};

struct Lesson {
    QString id;
    QString title;
    QString moduleId;
    QString summary;
    int minutes = 0;
    QStringList tags;
    QList<Phrase> phrases;
    QString markdown;     // the body after the front matter
    int bodyFirstLine = 1; // line of the file where `markdown` starts (for error positions)
    QString filePath;     // absolute path of the .md file (image paths resolve against it)
    QByteArray contentHash; // SHA-256 hex of the whole file; changes when the lesson changes
    QStringList headingAnchors; // anchors of the top-level headings, in order (what `see:` links name)
    SourcePos pos;

    bool operator==(const Lesson &) const = default;
};

enum class QuestionType { Single, Multiple, TrueFalse, Fill, Ordering, Matching };

struct ChoiceOption {
    QString text;
    bool correct = false;
    QString feedback;
    SourcePos pos;

    bool operator==(const ChoiceOption &) const = default;
};

struct MatchPair {
    QString left;
    QString right;

    bool operator==(const MatchPair &) const = default;
};

struct Question {
    QString id;
    QuestionType type = QuestionType::Single;
    QString prompt;
    double points = 1.0;
    QList<ChoiceOption> options; // single, multiple
    bool answer = false;         // truefalse
    QStringList answers;         // fill: accepted answers
    QStringList items;           // ordering: in the correct order
    QList<MatchPair> pairs;      // matching
    QString explanation;
    QString seeLesson; // lesson id
    QString seeAnchor; // heading anchor in that lesson, may be empty
    SourcePos pos;

    bool operator==(const Question &) const = default;
};

struct Quiz {
    QString id;
    QString title;
    QString moduleId;
    QString lessonId;
    int passMark = 80; // percent
    bool shuffle = false;
    int timeLimitSeconds = 0; // 0 = none
    QList<Question> questions;
    QString filePath;
    QByteArray contentHash;
    SourcePos pos;

    bool operator==(const Quiz &) const = default;
};

enum class Channel { Chat, Phone, FaceToFace };
enum class Outcome { Resolved, Escalated, Lost };

using ScoreDeltas = QMap<QString, int>; // dimension id -> points

struct Persona {
    QString name;
    QString situation;
    int mood = 50;

    bool operator==(const Persona &) const = default;
};

struct ScenarioOption {
    QString text;
    QString next; // node or ending id
    int mood = 0;
    ScoreDeltas scores;
    QString feedback;
    QString landmine; // landmine id, may be empty
    SourcePos pos;

    bool operator==(const ScenarioOption &) const = default;
};

struct ReplyElement {
    QString id;
    QString label;
    QStringList phrases;
    QStringList patterns; // regular expressions
    ScoreDeltas scores;
    SourcePos pos;

    bool operator==(const ReplyElement &) const = default;
};

struct ForbiddenRule {
    QStringList phrases;
    QStringList patterns;
    QString landmine;
    QString feedback;
    SourcePos pos;

    bool operator==(const ForbiddenRule &) const = default;
};

struct FreeReply {
    QString prompt;
    QList<ReplyElement> required;
    QList<ForbiddenRule> forbidden;
    int minLength = 0;
    int maxLength = 0;      // 0 = no upper bound
    int targetSeconds = 0;  // 0 = use the scenario's target
    int passCount = -1;     // -1 = all required elements
    QString next;
    QString failNext;       // empty = same as next
    int moodPass = 0;
    int moodFail = 0;
    SourcePos pos;

    bool operator==(const FreeReply &) const = default;
};

struct ScenarioNode {
    QString id;
    QString customer;
    QString note;
    QList<ScenarioOption> options;
    std::optional<FreeReply> freeReply;
    SourcePos pos;

    bool operator==(const ScenarioNode &) const = default;
};

struct Ending {
    QString id;
    Outcome outcome = Outcome::Resolved;
    QString title;
    QString debrief;
    SourcePos pos;

    bool operator==(const Ending &) const = default;
};

struct MoodLimit {
    int value = -1; // -1 = not set
    QString ending;

    bool operator==(const MoodLimit &) const = default;
};

struct Scenario {
    QString id;
    QString title;
    QString moduleId;
    Channel channel = Channel::Chat;
    Persona persona;
    MoodLimit moodFloor;
    MoodLimit moodCeiling;
    int targetReplySeconds = 0;
    QString start;
    QList<ScenarioNode> nodes;
    QList<Ending> endings;
    QString filePath;
    QByteArray contentHash;
    SourcePos pos;

    const ScenarioNode *node(const QString &nodeId) const;
    const Ending *ending(const QString &endingId) const;

    bool operator==(const Scenario &) const = default;
};

// Something written in the files but left out of the course because of errors (its problems are in
// Course::diagnostics). Lets the UI say "lesson x has errors" and keeps cross-locale checks quiet about
// ids that exist but are broken.
struct LeftOutItem {
    enum class Kind { Module, ModuleItem, RubricDimension, Landmine, Lesson, Quiz, Scenario, PhrasebookSection };
    Kind kind = Kind::Lesson;
    QString id; // for a phrasebook section: its situation
    SourcePos pos;

    bool operator==(const LeftOutItem &) const = default;
};

struct Course {
    QString rootDir; // content/<locale>
    QString id;
    QString title;
    QString locale;
    int version = 0;
    QList<RubricDimension> rubric;
    QList<Landmine> landmines;
    QList<Module> modules;
    QList<Lesson> lessons;
    QList<Quiz> quizzes;
    QList<Scenario> scenarios;
    QList<PhrasebookSection> phrasebook; // sections from phrasebook/ files
    QList<Diagnostic> diagnostics;       // everything the loader and validator found
    QList<LeftOutItem> leftOut;          // what exists in the files but did not load

    const Lesson *lesson(const QString &lessonId) const;
    const Quiz *quiz(const QString &quizId) const;
    const Scenario *scenario(const QString &scenarioId) const;
    const Module *module(const QString &moduleId) const;
    // Every phrase: phrasebook files first, then the ones from lesson front matter.
    QList<Phrase> allPhrases() const;
    int errorCount() const;
    int warningCount() const;

    bool operator==(const Course &) const = default;
};

} // namespace dojo
