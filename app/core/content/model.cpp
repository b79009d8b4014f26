#include "content/model.h"

namespace dojo {

namespace {
template <typename T>
const T *findById(const QList<T> &list, const QString &id)
{
    for (const T &item : list) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}
} // namespace

const ScenarioNode *Scenario::node(const QString &nodeId) const { return findById(nodes, nodeId); }
const Ending *Scenario::ending(const QString &endingId) const { return findById(endings, endingId); }
const Lesson *Course::lesson(const QString &lessonId) const { return findById(lessons, lessonId); }
const Quiz *Course::quiz(const QString &quizId) const { return findById(quizzes, quizId); }
const Scenario *Course::scenario(const QString &scenarioId) const { return findById(scenarios, scenarioId); }
const Module *Course::module(const QString &moduleId) const { return findById(modules, moduleId); }

QList<Phrase> Course::allPhrases() const
{
    QList<Phrase> out;
    for (const PhrasebookSection &section : phrasebook)
        out += section.entries;
    for (const Lesson &l : lessons)
        out += l.phrases;
    return out;
}

int Course::errorCount() const
{
    int n = 0;
    for (const Diagnostic &d : diagnostics)
        n += d.severity == Diagnostic::Severity::Error ? 1 : 0;
    return n;
}

int Course::warningCount() const { return int(diagnostics.size()) - errorCount(); }

} // namespace dojo
