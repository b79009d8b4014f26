#include "content/localecomparison.h"

#include "content/filediagnostics.h"
#include "content/keywords.h"

namespace dojo::content {

namespace {
// Ids of one kind in one locale (or inside one item), each with where it is written, in file order.
struct IdSet {
    QStringList order;
    QHash<QString, SourcePos> pos;
    QHash<QString, QString> container; // phrases: "lesson:<id>" or "phrasebook:<situation>"

    void add(const QString &id, const SourcePos &p, const QString &in = QString())
    {
        if (id.isEmpty() || pos.contains(id))
            return;
        order.append(id);
        pos.insert(id, p);
        if (!in.isEmpty())
            container.insert(id, in);
    }
};

QString where(const SourcePos &p)
{
    return p.file + u':' + QString::number(p.line);
}

struct LocaleIds {
    IdSet modules, dimensions, landmines, lessons, quizzes, scenarios, sections, phrases;
    QSet<QString> leftOutContainers; // "lesson:<id>" / "phrasebook:<situation>"
};

LocaleIds collect(const Course &course)
{
    LocaleIds ids;
    for (const Module &m : course.modules)
        ids.modules.add(m.id, m.pos);
    // Rubric dimensions and landmines carry no position: name them at the top of course.yaml.
    const SourcePos manifest{course.locale + QStringLiteral("/course.yaml"), 1, 1};
    for (const RubricDimension &d : course.rubric)
        ids.dimensions.add(d.id, manifest);
    for (const Landmine &l : course.landmines)
        ids.landmines.add(l.id, manifest);
    for (const Lesson &l : course.lessons) {
        ids.lessons.add(l.id, l.pos);
        for (const Phrase &p : l.phrases)
            ids.phrases.add(p.id, p.pos, QStringLiteral("lesson:") + l.id);
    }
    for (const Quiz &q : course.quizzes)
        ids.quizzes.add(q.id, q.pos);
    for (const Scenario &s : course.scenarios)
        ids.scenarios.add(s.id, s.pos);
    for (const PhrasebookSection &s : course.phrasebook) {
        ids.sections.add(s.situation, s.pos);
        for (const Phrase &p : s.entries)
            ids.phrases.add(p.id, p.pos, QStringLiteral("phrasebook:") + s.situation);
    }
    for (const LeftOutItem &item : course.leftOut) {
        switch (item.kind) {
        case LeftOutItem::Kind::Module:
            ids.modules.add(item.id, item.pos);
            break;
        case LeftOutItem::Kind::RubricDimension:
            ids.dimensions.add(item.id, item.pos);
            break;
        case LeftOutItem::Kind::Landmine:
            ids.landmines.add(item.id, item.pos);
            break;
        case LeftOutItem::Kind::Lesson:
            ids.lessons.add(item.id, item.pos);
            ids.leftOutContainers.insert(QStringLiteral("lesson:") + item.id);
            break;
        case LeftOutItem::Kind::Quiz:
            ids.quizzes.add(item.id, item.pos);
            break;
        case LeftOutItem::Kind::Scenario:
            ids.scenarios.add(item.id, item.pos);
            break;
        case LeftOutItem::Kind::PhrasebookSection:
            ids.sections.add(item.id, item.pos);
            ids.leftOutContainers.insert(QStringLiteral("phrasebook:") + item.id);
            break;
        case LeftOutItem::Kind::ModuleItem:
            break;
        }
    }
    return ids;
}

class Comparison {
public:
    explicit Comparison(const QString &reference) : m_reference(reference) {}

    // Reports ids of `ref` missing from `loc` (at `missingAt`) and ids of `loc` that `ref` lacks.
    void compare(const QString &kind, const IdSet &ref, const IdSet &loc, const SourcePos &missingAt)
    {
        for (const QString &id : ref.order) {
            if (!loc.pos.contains(id))
                add(missingAt, msg::missingInLocale(kind, id, m_reference, where(ref.pos.value(id))));
        }
        for (const QString &id : loc.order) {
            if (!ref.pos.contains(id))
                add(loc.pos.value(id), msg::extraInLocale(kind, id, m_reference));
        }
    }

    void add(const SourcePos &pos, const Problem &problem)
    {
        m_out.append({Diagnostic::Severity::Error, pos, QString::fromLatin1(problem.code), problem.message});
    }

    QList<Diagnostic> take() { return std::exchange(m_out, {}); }

private:
    QString m_reference;
    QList<Diagnostic> m_out;
};
} // namespace

QList<Diagnostic> compareLocales(const QMap<QString, Course> &locales, const QString &reference)
{
    QList<Diagnostic> out;
    const auto refIt = locales.constFind(reference);
    if (refIt == locales.cend())
        return out;
    const Course &ref = *refIt;
    const LocaleIds refIds = collect(ref);
    QHash<QString, const Quiz *> refQuizzes;
    QHash<QString, const Scenario *> refScenarios;
    refQuizzes.reserve(ref.quizzes.size());
    refScenarios.reserve(ref.scenarios.size());
    // As Course::quiz() and scenario() (the first of an id), without their linear search.
    for (const Quiz &q : ref.quizzes) {
        if (!refQuizzes.contains(q.id))
            refQuizzes.insert(q.id, &q);
    }
    for (const Scenario &s : ref.scenarios) {
        if (!refScenarios.contains(s.id))
            refScenarios.insert(s.id, &s);
    }
    for (auto it = locales.cbegin(); it != locales.cend(); ++it) {
        if (it.key() == reference)
            continue;
        const Course &loc = *it;
        const LocaleIds locIds = collect(loc);
        Comparison cmp(reference);
        const SourcePos manifest{it.key() + QStringLiteral("/course.yaml"), 1, 1};
        if (!ref.id.isEmpty() && !loc.id.isEmpty() && ref.id != loc.id)
            cmp.add(manifest, msg::courseIdDiffers(loc.id, reference, ref.id));
        cmp.compare(msg::kindModule(), refIds.modules, locIds.modules, manifest);
        cmp.compare(msg::kindDimension(), refIds.dimensions, locIds.dimensions, manifest);
        cmp.compare(msg::kindLandmine(), refIds.landmines, locIds.landmines, manifest);
        cmp.compare(msg::kindLesson(), refIds.lessons, locIds.lessons, manifest);
        cmp.compare(msg::kindQuiz(), refIds.quizzes, locIds.quizzes, manifest);
        cmp.compare(msg::kindScenario(), refIds.scenarios, locIds.scenarios, manifest);
        cmp.compare(msg::kindPhrasebookFile(), refIds.sections, locIds.sections, manifest);

        // Phrases are compared where their lesson or phrasebook file loaded on both sides; a missing one
        // is reported at the lesson or file that should hold it.
        for (const QString &id : refIds.phrases.order) {
            if (locIds.phrases.pos.contains(id))
                continue;
            const QString in = refIds.phrases.container.value(id);
            if (refIds.leftOutContainers.contains(in) || locIds.leftOutContainers.contains(in))
                continue;
            const QString containerId = in.section(u':', 1);
            const IdSet &containers =
                in.startsWith(QLatin1String("lesson:")) ? locIds.lessons : locIds.sections;
            if (!containers.pos.contains(containerId))
                continue; // the lesson or file itself is reported missing
            cmp.add(
                containers.pos.value(containerId),
                msg::missingInLocale(msg::kindPhrase(), id, reference, where(refIds.phrases.pos.value(id))));
        }
        for (const QString &id : locIds.phrases.order) {
            const QString in = locIds.phrases.container.value(id);
            if (!refIds.phrases.pos.contains(id) && !refIds.leftOutContainers.contains(in) &&
                !locIds.leftOutContainers.contains(in))
                cmp.add(locIds.phrases.pos.value(id), msg::extraInLocale(msg::kindPhrase(), id, reference));
        }

        for (const Quiz &locQuiz : loc.quizzes) {
            const Quiz *refQuiz = refQuizzes.value(locQuiz.id);
            if (!refQuiz)
                continue;
            IdSet refQuestions, locQuestions;
            QHash<QString, QuestionType> refTypes;
            for (const Question &q : refQuiz->questions) {
                refQuestions.add(q.id, q.pos);
                refTypes.insert(q.id, q.type);
            }
            for (const Question &q : locQuiz.questions) {
                locQuestions.add(q.id, q.pos);
                const auto type = refTypes.constFind(q.id);
                if (type != refTypes.cend() && *type != q.type)
                    cmp.add(q.pos, msg::questionTypeDiffers(q.id, reference, questionTypeKeyword(*type),
                                                            questionTypeKeyword(q.type)));
            }
            cmp.compare(msg::kindQuestion(), refQuestions, locQuestions, locQuiz.pos);
        }
        for (const Scenario &locScenario : loc.scenarios) {
            const Scenario *refScenario = refScenarios.value(locScenario.id);
            if (!refScenario)
                continue;
            IdSet refNodes, locNodes;
            for (const ScenarioNode &n : refScenario->nodes)
                refNodes.add(n.id, n.pos);
            for (const Ending &e : refScenario->endings)
                refNodes.add(e.id, e.pos);
            for (const ScenarioNode &n : locScenario.nodes)
                locNodes.add(n.id, n.pos);
            for (const Ending &e : locScenario.endings)
                locNodes.add(e.id, e.pos);
            cmp.compare(msg::kindNode(), refNodes, locNodes, locScenario.pos);
        }
        out += cmp.take();
    }
    return out;
}

} // namespace dojo::content
