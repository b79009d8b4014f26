// What the loader knows about one locale folder while it reads the files one after the other, and the
// per-format readers that use it. Each reader checks its own file completely — including references to
// other files, which is why course.yaml and the lessons are read first — so that every problem is
// reported where it is written, in a single pass. Internal to the content area.
#pragma once

#include "content/filediagnostics.h"
#include "content/model.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <optional>

namespace dojo::content {

struct ListedItem {
    ItemKind kind = ItemKind::Lesson;
    QString module;
    SourcePos pos;

    bool operator==(const ListedItem &) const = default;
};

// What course.yaml declares, as far as it could be read (broken entries included when they have an id,
// so that files naming them do not get a second, misleading error).
struct ManifestIndex {
    bool usable = false; // false when course.yaml is missing or not valid YAML: skip checks against it
    QSet<QString> moduleIds;
    QSet<QString> dimensionIds;
    QSet<QString> landmineIds;
    QHash<QString, ListedItem> items; // item id -> its first listing

    bool operator==(const ManifestIndex &) const = default;
};

// A namespace of ids where the second use of an id is an error naming the first. Lesson, quiz, scenario,
// question and phrase ids share one per locale; course.yaml and each scenario have their own.
class IdRegistry {
public:
    // Claims `id` for `pos`; when another place has it, reports the duplicate and returns false.
    bool claim(const QString &id, const SourcePos &pos, FileDiagnostics &diag);
    void reserve(qsizetype ids) { m_first.reserve(ids); }

private:
    QHash<QString, SourcePos> m_first;
};

// Something a file's reader looked at outside the file itself, and what it saw. The parsed-course cache
// keeps the facts of each file with its reading and reuses the reading only while every fact still gives
// the same answer (coursecache.h).
struct ContextFact {
    enum class Kind : quint8 {
        Listing,      // key: item id; how course.yaml lists it
        ModuleIds,    // every module id of course.yaml
        LandmineIds,  // every landmine id
        DimensionIds, // every rubric dimension id
        ItemFiles,    // key: item id; which of lessons/, quizzes/, scenarios/ have a file of that name
        FileSet,      // key: "0", "1", "2" (ItemKind); every file id of that folder
        Anchors,      // key: lesson id; the heading anchors of that lesson, if its body was read
        Image,        // key: absolute path; what the file system says about that image
    };
    static constexpr quint8 kLastKind = quint8(Kind::Image);
    Kind kind = Kind::Listing;
    QString key;
    QByteArray answer;

    bool operator==(const ContextFact &) const = default;
};

// An id claimed in the locale-wide namespace while a file was read; `before` counts the file's other
// diagnostics reported before it. Replayed on reuse, so duplicates across files are found on every load.
struct IdClaim {
    QString id;
    SourcePos pos;
    qsizetype before = 0;

    bool operator==(const IdClaim &) const = default;
};

// What one file's reading depended on: filled while a file is read for the cache.
struct FileRecording {
    QList<ContextFact> facts;
    QSet<QString> noted; // kind + key of the facts above
    QList<IdClaim> claims;
    QList<qsizetype> claimDiagnostics; // indexes in the file's diagnostics of duplicates found by claims
};

struct LocaleContext {
    QString localeDir;          // absolute, clean
    QString canonicalLocaleDir; // symlinks resolved
    QString locale;             // the folder name
    ManifestIndex manifest;
    QSet<QString> lessonFiles, quizFiles, scenarioFiles; // ids (file names) of the files present
    QHash<QString, QStringList> lessonAnchors;           // lessons whose body was parsed
    QHash<QString, QString> canonicalFolders; // for resolvesInside()
    IdRegistry ids;                            // claim through claimId(), so that a recording sees it
    FileRecording *recording = nullptr;        // set while a file is read for the parsed-course cache

    // Claims an id of the locale-wide namespace (lesson, quiz, scenario, question and phrase ids).
    bool claimId(const QString &id, const SourcePos &pos, FileDiagnostics &diag);
    void reserveIds(qsizetype count) { ids.reserve(count); }
    // Every look at this context from a reader, beyond the file being read, is noted here first: while a
    // file is recorded, the fact and its answer are kept with it. Answers are computed once per phase of
    // the load (forgetAnswers() between phases, when what they depend on may have changed).
    void note(ContextFact::Kind kind, const QString &key = QString());
    QByteArray answer(ContextFact::Kind kind, const QString &key);
    void forgetAnswers()
    {
        for (QHash<QString, QByteArray> &answers : m_answers)
            answers.clear();
    }

    // Path of a file of this locale as diagnostics show it (relative to the content root).
    QString displayPath(const QString &pathInLocale) const { return locale + u'/' + pathInLocale; }
    // Checks a lesson/quiz/scenario's `module:` against course.yaml and warns when no module lists it.
    void checkListing(ItemKind kind, const QString &id, const SourcePos &idPos, const QString &module,
                      const SourcePos &modulePos, FileDiagnostics &diag);
    // True when an existing file, symbolic links resolved, is inside the locale folder. Folders are
    // resolved once each (most images share a few folders).
    bool resolvesInside(const QFileInfo &file);
    // Checks that a referenced lesson/quiz/scenario file exists.
    bool checkItemExists(ItemKind kind, const QString &id, const SourcePos &pos, FileDiagnostics &diag);

private:
    QByteArray computeAnswer(ContextFact::Kind kind, const QString &key) const;

    QHash<QString, QByteArray> m_answers[ContextFact::kLastKind + 1]; // by kind: key -> answer
};

class MapReader;
struct YamlNode;

// Parses a quiz or scenario file, whose root must be a block of keys: nullopt after reporting why not.
// The file's id is claimed when it fails here (the file exists, whatever is in it).
std::optional<YamlNode> parseItemFile(const QByteArray &text, const QString &fileId, FileDiagnostics &diag,
                                      LocaleContext &ctx);
// Reads an item's `id:`, reports it when it differs from the file name, and claims the file name as the
// id. Returns where the id is written.
SourcePos readItemId(MapReader &r, const QString &fileId, LocaleContext &ctx);

void parseManifest(const QByteArray &text, FileDiagnostics &diag, LocaleContext &ctx, Course &course);
std::optional<Lesson> parseLesson(const QByteArray &text, const QString &fileId, const QString &absolutePath,
                                  FileDiagnostics &diag, LocaleContext &ctx);
std::optional<Quiz> parseQuiz(const QByteArray &text, const QString &fileId, FileDiagnostics &diag,
                              LocaleContext &ctx);
std::optional<Scenario> parseScenario(const QByteArray &text, const QString &fileId, FileDiagnostics &diag,
                                      LocaleContext &ctx);
std::optional<PhrasebookSection> parsePhrasebook(const QByteArray &text, const QString &fileName,
                                                 FileDiagnostics &diag, LocaleContext &ctx);

// Reads a phrase (lesson front matter or phrasebook entry); `situation` is given for phrasebook entries.
std::optional<Phrase> parsePhrase(const YamlNode &node, const QString &situation, FileDiagnostics &diag,
                                  LocaleContext &ctx);

// Reachability (only when `namesResolve`), paths to an ending and loops without exit (scenarioparser.cpp).
void checkScenarioGraph(const Scenario &scenario, bool namesResolve, FileDiagnostics &diag);

// The fixed phrasebook situations.
const QStringList &phrasebookSituations();

} // namespace dojo::content
