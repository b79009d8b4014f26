// scenarios/<id>.yaml: a branching role-play conversation, and the checks on its graph of nodes.
#include "content/keywords.h"
#include "content/localecontext.h"
#include "content/yamlreader.h"

#include <QRegularExpression>

#include <functional>
#include <vector>

namespace dojo::content {

namespace {
struct Reference {
    QString target;
    SourcePos pos;
    bool endingOnly = false; // mood limits end the conversation: they name an ending
};

class ScenarioReader {
public:
    ScenarioReader(FileDiagnostics &diag, LocaleContext &ctx) : m_diag(diag), m_ctx(ctx) {}

    void readNode(const YamlNode &node, Scenario &scenario);
    void readEnding(const YamlNode &node, Scenario &scenario);
    MoodLimit readMoodLimit(MapReader &r, const char *key);
    // Returns false when some name does not resolve (reachability is not worth reporting then).
    bool checkReferences(const Scenario &scenario, const SourcePos &startPos);

private:
    void reference(const QString &target, const SourcePos &pos, bool endingOnly = false);
    void checkLandmine(const QString &id, const SourcePos &pos);
    ScoreDeltas readScores(const YamlNode *scores);
    QStringList readPatterns(MapReader &r);
    std::optional<FreeReply> readFreeReply(const YamlNode &node);

    FileDiagnostics &m_diag;
    LocaleContext &m_ctx;
    IdRegistry m_names; // node and ending ids share one namespace per scenario
    QList<Reference> m_references;
};

void ScenarioReader::reference(const QString &target, const SourcePos &pos, bool endingOnly)
{
    if (!target.isEmpty())
        m_references.append({target, pos, endingOnly});
}

void ScenarioReader::checkLandmine(const QString &id, const SourcePos &pos)
{
    if (!id.isEmpty())
        m_ctx.note(ContextFact::Kind::LandmineIds);
    if (!id.isEmpty() && m_ctx.manifest.usable && !m_ctx.manifest.landmineIds.contains(id))
        m_diag.error(pos, msg::withSuggestion(msg::unknownLandmine(id),
                                              closestMatch(id, m_ctx.manifest.landmineIds.values())));
}

ScoreDeltas ScenarioReader::readScores(const YamlNode *scores)
{
    ScoreDeltas out;
    if (!scores || scores->isNull())
        return out;
    if (!scores->isMap()) {
        m_diag.error(m_diag.pos(scores->mark), msg::notMapping(QStringLiteral("scores")));
        return out;
    }
    if (!scores->entries.empty())
        m_ctx.note(ContextFact::Kind::DimensionIds);
    for (const YamlEntry &e : scores->entries) {
        const QString dimension = e.key.text();
        const SourcePos keyPos = m_diag.pos(e.key.mark);
        if (out.contains(dimension))
            m_diag.error(keyPos, msg::duplicateKey(dimension, keyPos.line));
        else if (m_ctx.manifest.usable && !m_ctx.manifest.dimensionIds.contains(dimension))
            m_diag.error(keyPos,
                         msg::withSuggestion(msg::unknownDimension(dimension),
                                             closestMatch(dimension, m_ctx.manifest.dimensionIds.values())));
        if (const std::optional<int> points = readInteger(e.value, dimension, -10, 10, m_diag))
            out.insert(dimension, *points);
    }
    return out;
}

QStringList ScenarioReader::readPatterns(MapReader &r)
{
    QStringList out;
    for (const LocatedText &pattern : r.texts("patterns", Need::Optional)) {
        const QRegularExpression re(pattern.text);
        if (!re.isValid())
            m_diag.error(pattern.pos, msg::invalidPattern(pattern.text, re.errorString()));
        out.append(pattern.text);
    }
    return out;
}

std::optional<FreeReply> ScenarioReader::readFreeReply(const YamlNode &node)
{
    MapReader r(node, m_diag,
                {"prompt", "required", "forbidden", "min_length", "max_length", "target_seconds", "pass",
                 "next", "fail_next", "mood_pass", "mood_fail"});
    FreeReply reply;
    reply.pos = r.pos();
    reply.prompt = r.text("prompt", Need::Required);
    const YamlNode *required = r.list("required", Need::Required);
    if (required)
        r.checkCount("required", qsizetype(required->items.size()), 1, 20);
    IdRegistry elementIds;
    forEachMap(required, "required", m_diag, [&](const YamlNode &n) {
        MapReader e(n, m_diag, {"id", "label", "phrases", "patterns", "scores"});
        ReplyElement element;
        element.pos = e.pos();
        element.id = e.id("id", Need::Required);
        elementIds.claim(element.id, e.valuePos("id"), m_diag);
        element.label = e.text("label", Need::Required);
        for (const LocatedText &phrase : e.texts("phrases", Need::Optional))
            element.phrases.append(phrase.text);
        element.patterns = readPatterns(e);
        if (element.phrases.isEmpty() && element.patterns.isEmpty())
            m_diag.error(e.pos(), msg::phrasesOrPatterns());
        element.scores = readScores(e.value("scores"));
        reply.required.append(element);
    });
    forEachMap(r.list("forbidden", Need::Optional), "forbidden", m_diag, [&](const YamlNode &n) {
        MapReader f(n, m_diag, {"phrases", "patterns", "landmine", "feedback"});
        ForbiddenRule rule;
        rule.pos = f.pos();
        for (const LocatedText &phrase : f.texts("phrases", Need::Optional))
            rule.phrases.append(phrase.text);
        rule.patterns = readPatterns(f);
        if (rule.phrases.isEmpty() && rule.patterns.isEmpty())
            m_diag.error(f.pos(), msg::phrasesOrPatterns());
        rule.landmine = f.id("landmine", Need::Optional);
        checkLandmine(rule.landmine, f.valuePos("landmine"));
        rule.feedback = f.text("feedback", Need::Optional);
        reply.forbidden.append(rule);
    });
    reply.minLength = r.integer("min_length", Need::Optional, 0, 2000).value_or(0);
    reply.maxLength = r.integer("max_length", Need::Optional, 1, 5000).value_or(0);
    if (reply.maxLength > 0 && reply.minLength > reply.maxLength)
        m_diag.error(r.valuePos("min_length"), msg::lengthBounds(reply.minLength, reply.maxLength));
    reply.targetSeconds = r.integer("target_seconds", Need::Optional, 1, 600).value_or(0);
    reply.passCount = r.integer("pass", Need::Optional, 1, qMax(1, int(reply.required.size()))).value_or(-1);
    reply.next = r.id("next", Need::Required);
    reference(reply.next, r.valuePos("next"));
    reply.failNext = r.id("fail_next", Need::Optional);
    reference(reply.failNext, r.valuePos("fail_next"));
    reply.moodPass = r.integer("mood_pass", Need::Optional, -100, 100).value_or(0);
    reply.moodFail = r.integer("mood_fail", Need::Optional, -100, 100).value_or(0);
    return reply;
}

void ScenarioReader::readNode(const YamlNode &node, Scenario &scenario)
{
    MapReader r(node, m_diag, {"id", "customer", "note", "options", "free_reply"});
    ScenarioNode out;
    out.id = r.id("id", Need::Required);
    out.pos = r.valuePos("id");
    m_names.claim(out.id, out.pos, m_diag);
    out.customer = r.text("customer", Need::Required);
    out.note = r.text("note", Need::Optional);
    if (r.has("options") == r.has("free_reply"))
        m_diag.error(out.pos, msg::optionsOrFreeReply());
    if (const YamlNode *options = r.list("options", Need::Optional)) {
        forEachMap(options, "options", m_diag, [&](const YamlNode &n) {
            MapReader o(n, m_diag, {"text", "next", "mood", "scores", "feedback", "landmine"});
            ScenarioOption option;
            option.pos = o.pos();
            option.text = o.text("text", Need::Required);
            option.next = o.id("next", Need::Required);
            reference(option.next, o.valuePos("next"));
            option.mood = o.integer("mood", Need::Optional, -100, 100).value_or(0);
            option.scores = readScores(o.value("scores"));
            option.feedback = o.text("feedback", Need::Optional);
            option.landmine = o.id("landmine", Need::Optional);
            checkLandmine(option.landmine, o.valuePos("landmine"));
            out.options.append(option);
        });
        const int count = int(options->items.size());
        if (count < 2 || count > 5)
            m_diag.error(r.valuePos("options"), msg::nodeOptionCount(2, 5, count));
    }
    if (const YamlNode *reply = r.mapping("free_reply", Need::Optional))
        out.freeReply = readFreeReply(*reply);
    scenario.nodes.append(out);
}

void ScenarioReader::readEnding(const YamlNode &node, Scenario &scenario)
{
    MapReader r(node, m_diag, {"id", "outcome", "title", "debrief"});
    Ending ending;
    ending.id = r.id("id", Need::Required);
    ending.pos = r.valuePos("id");
    m_names.claim(ending.id, ending.pos, m_diag);
    const QString outcome = r.text("outcome", Need::Required);
    if (const std::optional<Outcome> o = outcomeFromKeyword(outcome))
        ending.outcome = *o;
    else if (!outcome.isEmpty())
        m_diag.error(r.valuePos("outcome"),
                     msg::invalidChoice(QStringLiteral("outcome"), outcome, outcomeKeywords()));
    ending.title = r.text("title", Need::Required);
    ending.debrief = r.text("debrief", Need::Required);
    scenario.endings.append(ending);
}

MoodLimit ScenarioReader::readMoodLimit(MapReader &r, const char *key)
{
    MoodLimit limit;
    const YamlNode *node = r.mapping(key, Need::Optional);
    if (!node)
        return limit;
    MapReader m(*node, m_diag, {"value", "ending"});
    limit.value = m.integer("value", Need::Required, 0, 100).value_or(-1);
    limit.ending = m.id("ending", Need::Required);
    reference(limit.ending, m.valuePos("ending"), true);
    return limit;
}

bool ScenarioReader::checkReferences(const Scenario &scenario, const SourcePos &startPos)
{
    const int before = m_diag.errorCount();
    QSet<QString> nodes, endings;
    for (const ScenarioNode &n : scenario.nodes)
        nodes.insert(n.id);
    for (const Ending &e : scenario.endings)
        endings.insert(e.id);
    const QStringList names = nodes.values() + endings.values();
    for (const Reference &ref : std::as_const(m_references)) {
        if (ref.endingOnly && !endings.contains(ref.target))
            m_diag.error(ref.pos, msg::withSuggestion(msg::missingEnding(ref.target),
                                                      closestMatch(ref.target, endings.values())));
        else if (!nodes.contains(ref.target) && !endings.contains(ref.target))
            m_diag.error(ref.pos, msg::withSuggestion(msg::missingTarget(ref.target),
                                                      closestMatch(ref.target, names)));
    }
    if (endings.contains(scenario.start))
        m_diag.error(startPos, msg::startIsEnding(scenario.start));
    else if (!scenario.start.isEmpty() && !nodes.contains(scenario.start))
        m_diag.error(startPos, msg::withSuggestion(msg::missingStartNode(scenario.start),
                                                   closestMatch(scenario.start, nodes.values())));
    return m_diag.errorCount() == before;
}

// Tarjan's strongly connected components over `edges` (node index -> node indices).
std::vector<std::vector<int>> stronglyConnected(const std::vector<std::vector<int>> &edges)
{
    const int n = int(edges.size());
    std::vector<int> index(n, -1), low(n, 0);
    std::vector<bool> onStack(n, false);
    std::vector<int> stack;
    std::vector<std::vector<int>> components;
    int next = 0;
    std::function<void(int)> visit = [&](int v) {
        index[v] = low[v] = next++;
        stack.push_back(v);
        onStack[v] = true;
        for (const int w : edges[v]) {
            if (index[w] < 0) {
                visit(w);
                low[v] = std::min(low[v], low[w]);
            } else if (onStack[w]) {
                low[v] = std::min(low[v], index[w]);
            }
        }
        if (low[v] == index[v]) {
            std::vector<int> component;
            int w = -1;
            do {
                w = stack.back();
                stack.pop_back();
                onStack[w] = false;
                component.push_back(w);
            } while (w != v);
            components.push_back(std::move(component));
        }
    };
    for (int v = 0; v < n; ++v) {
        if (index[v] < 0)
            visit(v);
    }
    return components;
}
} // namespace

void checkScenarioGraph(const Scenario &scenario, bool namesResolve, FileDiagnostics &diag)
{
    const int n = int(scenario.nodes.size());
    QHash<QString, int> nodeIndex;
    for (int i = 0; i < n; ++i)
        nodeIndex.insert(scenario.nodes[i].id, i);
    QSet<QString> endingsReached;
    // edges[i]: the nodes node i leads to; finishes[i]: it leads straight to an ending (or to a name that
    // does not exist — already reported, and treated as an exit so one typo does not cascade).
    std::vector<std::vector<int>> edges(n);
    std::vector<bool> finishes(n, false);
    for (int i = 0; i < n; ++i) {
        const ScenarioNode &node = scenario.nodes[i];
        QStringList targets;
        for (const ScenarioOption &o : node.options)
            targets.append(o.next);
        if (node.freeReply) {
            targets.append(node.freeReply->next);
            if (!node.freeReply->failNext.isEmpty())
                targets.append(node.freeReply->failNext);
        }
        for (const QString &t : targets) {
            const auto it = nodeIndex.constFind(t);
            if (it != nodeIndex.cend()) {
                edges[i].push_back(*it);
            } else {
                finishes[i] = true;
            }
        }
    }

    // With a broken name the graph is incomplete: what looks unreachable is usually the typo's target.
    const auto start = nodeIndex.constFind(scenario.start);
    if (namesResolve && start != nodeIndex.cend()) {
        std::vector<bool> reached(n, false);
        std::vector<int> queue{*start};
        reached[*start] = true;
        while (!queue.empty()) {
            const int v = queue.back();
            queue.pop_back();
            for (const int w : edges[v]) {
                if (!reached[w]) {
                    reached[w] = true;
                    queue.push_back(w);
                }
            }
        }
        for (int i = 0; i < n; ++i) {
            if (!reached[i]) {
                diag.error(scenario.nodes[i].pos, msg::unreachableNode(scenario.nodes[i].id, scenario.start));
                continue;
            }
            const ScenarioNode &node = scenario.nodes[i];
            for (const ScenarioOption &o : node.options)
                endingsReached.insert(o.next);
            if (node.freeReply)
                endingsReached << node.freeReply->next << node.freeReply->failNext;
        }
        endingsReached << scenario.moodFloor.ending << scenario.moodCeiling.ending;
        for (const Ending &e : scenario.endings) {
            if (!endingsReached.contains(e.id))
                diag.warning(e.pos, msg::unreachableEnding(e.id));
        }
    }

    // Nodes that can finish: those leading to an ending, and backwards from there.
    std::vector<std::vector<int>> predecessors(n);
    for (int v = 0; v < n; ++v) {
        for (const int w : edges[v])
            predecessors[w].push_back(v);
    }
    std::vector<bool> canFinish = finishes;
    std::vector<int> queue;
    for (int v = 0; v < n; ++v) {
        if (canFinish[v])
            queue.push_back(v);
    }
    while (!queue.empty()) {
        const int v = queue.back();
        queue.pop_back();
        for (const int p : predecessors[v]) {
            if (!canFinish[p]) {
                canFinish[p] = true;
                queue.push_back(p);
            }
        }
    }
    // Among the nodes that cannot finish, a loop is reported once (at its first node in the file); the
    // others only lead into such a loop.
    std::vector<std::vector<int>> stuckEdges(n);
    for (int v = 0; v < n; ++v) {
        if (!canFinish[v])
            stuckEdges[v] = edges[v];
    }
    std::vector<bool> inLoop(n, false);
    std::vector<std::pair<int, QStringList>> loops;
    for (std::vector<int> &component : stronglyConnected(stuckEdges)) {
        const int v0 = component.front();
        const bool selfLoop =
            std::find(stuckEdges[v0].begin(), stuckEdges[v0].end(), v0) != stuckEdges[v0].end();
        if (canFinish[v0] || (component.size() == 1 && !selfLoop))
            continue;
        std::sort(component.begin(), component.end());
        QStringList names;
        for (const int v : component) {
            inLoop[v] = true;
            names.append(scenario.nodes[v].id);
        }
        loops.emplace_back(component.front(), names);
    }
    for (const auto &[first, names] : loops)
        diag.error(scenario.nodes[first].pos, msg::loopWithoutExit(names));
    for (int v = 0; v < n; ++v) {
        if (!canFinish[v] && !inLoop[v])
            diag.error(scenario.nodes[v].pos, msg::noPathToEnding(scenario.nodes[v].id));
    }
}

std::optional<Scenario> parseScenario(const QByteArray &text, const QString &fileId, FileDiagnostics &diag,
                                      LocaleContext &ctx)
{
    const std::optional<YamlNode> root = parseItemFile(text, fileId, diag, ctx);
    if (!root)
        return std::nullopt;
    MapReader r(*root, diag,
                {"id", "title", "module", "channel", "persona", "mood_floor", "mood_ceiling",
                 "target_reply_seconds", "start", "nodes", "endings"});
    Scenario scenario;
    scenario.id = fileId;
    scenario.pos = readItemId(r, fileId, ctx);
    scenario.title = r.text("title", Need::Required);
    scenario.moduleId = r.id("module", Need::Required);
    const QString channel = r.text("channel", Need::Required);
    if (const std::optional<Channel> c = channelFromKeyword(channel))
        scenario.channel = *c;
    else if (!channel.isEmpty())
        diag.error(r.valuePos("channel"),
                   msg::invalidChoice(QStringLiteral("channel"), channel, channelKeywords()));
    if (const YamlNode *persona = r.mapping("persona", Need::Required)) {
        MapReader p(*persona, diag, {"name", "situation", "mood"});
        scenario.persona.name = p.text("name", Need::Required);
        scenario.persona.situation = p.text("situation", Need::Required);
        scenario.persona.mood = p.integer("mood", Need::Required, 0, 100).value_or(50);
    }
    ScenarioReader reader(diag, ctx);
    scenario.moodFloor = reader.readMoodLimit(r, "mood_floor");
    scenario.moodCeiling = reader.readMoodLimit(r, "mood_ceiling");
    if (scenario.moodFloor.value >= 0 && scenario.moodFloor.value >= scenario.persona.mood)
        diag.error(r.valuePos("mood_floor"),
                   msg::moodFloorTooHigh(scenario.moodFloor.value, scenario.persona.mood));
    if (scenario.moodCeiling.value >= 0 && scenario.moodCeiling.value <= scenario.persona.mood)
        diag.error(r.valuePos("mood_ceiling"),
                   msg::moodCeilingTooLow(scenario.moodCeiling.value, scenario.persona.mood));
    scenario.targetReplySeconds = r.integer("target_reply_seconds", Need::Optional, 1, 600).value_or(0);
    scenario.start = r.id("start", Need::Required);
    const YamlNode *nodes = r.list("nodes", Need::Required);
    if (nodes)
        r.checkCount("nodes", qsizetype(nodes->items.size()), 1, 500);
    forEachMap(nodes, "nodes", diag, [&](const YamlNode &n) { reader.readNode(n, scenario); });
    const YamlNode *endings = r.list("endings", Need::Required);
    if (endings)
        r.checkCount("endings", qsizetype(endings->items.size()), 1, 50);
    forEachMap(endings, "endings", diag, [&](const YamlNode &n) { reader.readEnding(n, scenario); });
    const bool namesResolve = reader.checkReferences(scenario, r.valuePos("start"));
    checkScenarioGraph(scenario, namesResolve, diag);
    ctx.checkListing(ItemKind::Scenario, fileId, scenario.pos, scenario.moduleId, r.valuePos("module"), diag);
    return scenario;
}

} // namespace dojo::content
