#include "content/localecontext.h"

#include "content/yamlreader.h"

namespace dojo::content {

namespace {
QString kindWord(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Lesson:
        return msg::kindLesson();
    case ItemKind::Quiz:
        return msg::kindQuiz();
    case ItemKind::Scenario:
        return msg::kindScenario();
    }
    return {};
}
} // namespace

bool IdRegistry::claim(const QString &id, const SourcePos &pos, FileDiagnostics &diag)
{
    if (id.isEmpty())
        return true;
    const auto it = m_first.constFind(id);
    if (it == m_first.cend()) {
        m_first.insert(id, pos);
        return true;
    }
    diag.error(pos, msg::duplicateId(id, it->file, it->line));
    return false;
}

void LocaleContext::checkListing(ItemKind kind, const QString &id, const SourcePos &idPos,
                                 const QString &module, const SourcePos &modulePos,
                                 FileDiagnostics &diag) const
{
    if (!manifest.usable)
        return;
    const auto listed = manifest.items.constFind(id);
    if (listed == manifest.items.cend()) {
        if (!module.isEmpty() && !manifest.moduleIds.contains(module))
            diag.error(modulePos, msg::withSuggestion(msg::missingModule(module),
                                                      closestMatch(module, manifest.moduleIds.values())));
        diag.warning(idPos, msg::notListed(kindWord(kind), id));
    } else if (listed->kind == kind && !module.isEmpty() && module != listed->module) {
        diag.error(modulePos, msg::wrongModule(module, listed->module));
    }
}

bool LocaleContext::checkItemExists(ItemKind kind, const QString &id, const SourcePos &pos,
                                    FileDiagnostics &diag) const
{
    const QSet<QString> *files[] = {&lessonFiles, &quizFiles, &scenarioFiles};
    const ItemKind kinds[] = {ItemKind::Lesson, ItemKind::Quiz, ItemKind::Scenario};
    if (id.isEmpty() || files[int(kind)]->contains(id))
        return true;
    for (int k = 0; k < 3; ++k) {
        if (files[k]->contains(id)) {
            diag.error(pos, msg::wrongItemKind(kindWord(kind), id, kindWord(kinds[k])));
            return false;
        }
    }
    const QString suggestion = closestMatch(id, files[int(kind)]->values());
    switch (kind) {
    case ItemKind::Lesson:
        diag.error(pos, msg::withSuggestion(msg::missingLesson(id), suggestion));
        break;
    case ItemKind::Quiz:
        diag.error(pos, msg::withSuggestion(msg::missingQuiz(id), suggestion));
        break;
    case ItemKind::Scenario:
        diag.error(pos, msg::withSuggestion(msg::missingScenario(id), suggestion));
        break;
    }
    return false;
}

bool LocaleContext::resolvesInside(const QFileInfo &file)
{
    QString resolved;
    if (file.isSymLink()) {
        resolved = file.canonicalFilePath();
    } else {
        const QString folder = file.absolutePath();
        auto it = canonicalFolders.constFind(folder);
        if (it == canonicalFolders.cend())
            it = canonicalFolders.insert(folder, QFileInfo(folder).canonicalFilePath());
        resolved = *it + u'/' + file.fileName();
    }
    return resolved.startsWith(canonicalLocaleDir + u'/');
}

std::optional<YamlNode> parseItemFile(const QByteArray &text, const QString &fileId, FileDiagnostics &diag,
                                      LocaleContext &ctx)
{
    std::optional<YamlNode> root = parseYaml(text, 1, diag);
    if (root && !root->isMap()) {
        diag.error(diag.pos(root->mark), msg::notMapping(fileId + QStringLiteral(".yaml")));
        root.reset();
    }
    if (!root)
        ctx.ids.claim(fileId, diag.filePos(), diag);
    return root;
}

SourcePos readItemId(MapReader &r, const QString &fileId, LocaleContext &ctx)
{
    const QString id = r.id("id", Need::Required);
    const SourcePos pos = r.valuePos("id");
    if (!id.isEmpty() && id != fileId)
        r.diagnostics().error(pos, msg::idMismatch(id, fileId));
    ctx.ids.claim(fileId, pos, r.diagnostics());
    return pos;
}

const QStringList &phrasebookSituations()
{
    static const QStringList situations = {
        QStringLiteral("greeting"),   QStringLiteral("waiting"),         QStringLiteral("apology"),
        QStringLiteral("refund"),     QStringLiteral("exchange"),        QStringLiteral("cod"),
        QStringLiteral("bargaining"), QStringLiteral("negative-review"), QStringLiteral("closing"),
        QStringLiteral("phone"),      QStringLiteral("complaint"),       QStringLiteral("shipping")};
    return situations;
}

} // namespace dojo::content
