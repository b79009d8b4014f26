// course.yaml: the course's spine. Unlike the other files it is read entry by entry: a broken module,
// item, rubric dimension or landmine is left out on its own, so one typo does not hide the whole course.
#include "content/localecontext.h"
#include "content/yamlreader.h"

#include <functional>

namespace dojo::content {

namespace {
struct Requirement {
    QString owner;
    QString target;
    SourcePos pos;
};

// Depth-first search over `requirements` (owner -> target); reports each cycle once, at the requirement
// that closes it, and returns those requirements so the caller can leave them out.
QList<Requirement> findCycles(const QStringList &order, const QList<Requirement> &requirements,
                              FileDiagnostics &diag)
{
    QHash<QString, QList<const Requirement *>> edges;
    for (const Requirement &r : requirements)
        edges[r.owner].append(&r);
    enum class State { New, Active, Done };
    QHash<QString, State> state;
    QStringList path;
    QList<Requirement> closing;
    std::function<void(const QString &)> visit = [&](const QString &node) {
        state[node] = State::Active;
        path.append(node);
        for (const Requirement *r : edges.value(node)) {
            const State s = state.value(r->target, State::New);
            if (s == State::Active) {
                QStringList cycle = path.mid(path.indexOf(r->target));
                cycle.append(r->target);
                diag.error(r->pos, msg::prerequisiteCycle(cycle));
                closing.append(*r);
            } else if (s == State::New) {
                visit(r->target);
            }
        }
        path.removeLast();
        state[node] = State::Done;
    };
    for (const QString &node : order) {
        if (state.value(node, State::New) == State::New)
            visit(node);
    }
    return closing;
}

bool contains(const QList<Requirement> &list, const QString &owner, const QString &target)
{
    for (const Requirement &r : list) {
        if (r.owner == owner && r.target == target)
            return true;
    }
    return false;
}

const char *const kKindKeys[] = {"lesson", "quiz", "scenario"};
} // namespace

void parseManifest(const QByteArray &text, FileDiagnostics &diag, LocaleContext &ctx, Course &course)
{
    course.locale = ctx.locale;
    course.version = 1;
    const std::optional<YamlNode> root = parseYaml(text, 1, diag);
    if (!root)
        return;
    if (!root->isMap()) {
        diag.error(diag.pos(root->mark), msg::notMapping(QStringLiteral("course.yaml")));
        return;
    }
    ctx.manifest.usable = true;
    ManifestIndex &index = ctx.manifest;

    MapReader r(*root, diag, {"id", "title", "locale", "version", "rubric", "landmines", "modules"});
    course.id = r.id("id", Need::Required);
    course.title = r.text("title", Need::Required);
    const QString locale = r.text("locale", Need::Required);
    if (!locale.isEmpty() && locale != ctx.locale)
        diag.error(r.valuePos("locale"), msg::localeMismatch(locale, ctx.locale));
    course.version = r.integer("version", Need::Optional, 1, 1000000).value_or(1);

    IdRegistry dimensionIds, landmineIds, moduleIds;

    const YamlNode *rubric = r.list("rubric", Need::Required);
    if (rubric)
        r.checkCount("rubric", qsizetype(rubric->items.size()), 1, 20);
    forEachMap(rubric, "rubric", diag, [&](const YamlNode &node) {
        const int before = diag.errorCount();
        MapReader d(node, diag, {"id", "name"});
        RubricDimension dim{d.id("id", Need::Required), d.text("name", Need::Required)};
        dimensionIds.claim(dim.id, d.valuePos("id"), diag);
        if (!dim.id.isEmpty())
            index.dimensionIds.insert(dim.id);
        if (diag.errorCount() == before)
            course.rubric.append(dim);
        else
            course.leftOut.append({LeftOutItem::Kind::RubricDimension, dim.id, d.pos()});
    });

    forEachMap(r.list("landmines", Need::Optional), "landmines", diag, [&](const YamlNode &node) {
        const int before = diag.errorCount();
        MapReader d(node, diag, {"id", "name", "description"});
        Landmine mine{d.id("id", Need::Required), d.text("name", Need::Required),
                      d.text("description", Need::Optional)};
        landmineIds.claim(mine.id, d.valuePos("id"), diag);
        if (!mine.id.isEmpty())
            index.landmineIds.insert(mine.id);
        if (diag.errorCount() == before)
            course.landmines.append(mine);
        else
            course.leftOut.append({LeftOutItem::Kind::Landmine, mine.id, d.pos()});
    });

    QStringList moduleOrder, itemOrder;
    QList<Requirement> moduleRequirements, itemRequirements;
    const YamlNode *modules = r.list("modules", Need::Required);
    if (modules)
        r.checkCount("modules", qsizetype(modules->items.size()), 1, 200);
    forEachMap(modules, "modules", diag, [&](const YamlNode &node) {
        const int before = diag.errorCount();
        MapReader m(node, diag, {"id", "title", "summary", "requires", "items"});
        Module module;
        module.id = m.id("id", Need::Required);
        module.title = m.text("title", Need::Required);
        module.summary = m.text("summary", Need::Optional);
        module.pos = m.pos();
        moduleIds.claim(module.id, m.valuePos("id"), diag);
        if (!module.id.isEmpty()) {
            index.moduleIds.insert(module.id);
            moduleOrder.append(module.id);
        }
        for (const LocatedText &req : m.texts("requires", Need::Optional)) {
            module.prerequisites.append(req.text);
            moduleRequirements.append({module.id, req.text, req.pos});
        }
        const YamlNode *items = m.list("items", Need::Required);
        if (items)
            m.checkCount("items", qsizetype(items->items.size()), 1, 500);
        const bool moduleOk = diag.errorCount() == before;

        forEachMap(items, "items", diag, [&](const YamlNode &itemNode) {
            const int itemBefore = diag.errorCount();
            MapReader it(itemNode, diag, {"lesson", "quiz", "scenario", "requires"});
            int kinds = 0;
            ModuleItem item;
            item.pos = it.pos();
            for (int k = 0; k < 3; ++k) {
                if (it.has(kKindKeys[k])) {
                    ++kinds;
                    item.kind = ItemKind(k);
                }
            }
            if (kinds != 1) {
                diag.error(it.pos(), msg::itemKindCount());
            } else {
                const char *key = kKindKeys[int(item.kind)];
                item.id = it.id(key, Need::Required);
                const SourcePos idPos = it.valuePos(key);
                item.pos = idPos;
                if (!item.id.isEmpty()) {
                    itemOrder.append(item.id);
                    const auto listed = index.items.constFind(item.id);
                    if (listed != index.items.cend())
                        diag.error(idPos, msg::listedTwice(item.id, listed->module, listed->pos.line));
                    else
                        index.items.insert(item.id, {item.kind, module.id, idPos});
                    if (isValidId(item.id))
                        ctx.checkItemExists(item.kind, item.id, idPos, diag);
                }
            }
            for (const LocatedText &req : it.texts("requires", Need::Optional)) {
                item.prerequisites.append(req.text);
                itemRequirements.append({item.id, req.text, req.pos});
            }
            if (diag.errorCount() == itemBefore)
                module.items.append(item);
            else
                course.leftOut.append({LeftOutItem::Kind::ModuleItem, item.id, item.pos});
        });

        if (moduleOk)
            course.modules.append(module);
        else
            course.leftOut.append({LeftOutItem::Kind::Module, module.id, module.pos});
    });

    // Prerequisites name modules / items that exist, never themselves, and never go round in a circle.
    // A broken requirement is left out of its module or item.
    auto brokenOnes = [&](const QList<Requirement> &requirements, const QStringList &order,
                          const std::function<bool(const QString &)> &exists,
                          const std::function<Problem(const QString &)> &missing) {
        QList<Requirement> broken, valid;
        for (const Requirement &req : requirements) {
            if (req.owner == req.target) {
                diag.error(req.pos, msg::requiresItself(req.target));
                broken.append(req);
            } else if (!exists(req.target)) {
                diag.error(req.pos, missing(req.target));
                broken.append(req);
            } else if (!req.owner.isEmpty()) {
                valid.append(req);
            }
        }
        return broken + findCycles(order, valid, diag);
    };
    const QList<Requirement> brokenModules = brokenOnes(
        moduleRequirements, moduleOrder, [&](const QString &id) { return index.moduleIds.contains(id); },
        msg::missingModule);
    const QList<Requirement> brokenItems = brokenOnes(
        itemRequirements, itemOrder, [&](const QString &id) { return index.items.contains(id); },
        msg::missingItem);
    for (Module &module : course.modules) {
        module.prerequisites.removeIf(
            [&](const QString &t) { return contains(brokenModules, module.id, t); });
        for (ModuleItem &item : module.items)
            item.prerequisites.removeIf([&](const QString &t) { return contains(brokenItems, item.id, t); });
    }
}

} // namespace dojo::content
