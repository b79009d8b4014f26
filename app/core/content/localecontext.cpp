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
                                 const QString &module, const SourcePos &modulePos, FileDiagnostics &diag)
{
    note(ContextFact::Kind::Listing, id);
    if (!manifest.usable)
        return;
    const auto listed = manifest.items.constFind(id);
    if (listed == manifest.items.cend()) {
        if (!module.isEmpty())
            note(ContextFact::Kind::ModuleIds);
        if (!module.isEmpty() && !manifest.moduleIds.contains(module))
            diag.error(modulePos, msg::withSuggestion(msg::missingModule(module),
                                                      closestMatch(module, manifest.moduleIds.values())));
        diag.warning(idPos, msg::notListed(kindWord(kind), id));
    } else if (listed->kind == kind && !module.isEmpty() && module != listed->module) {
        diag.error(modulePos, msg::wrongModule(module, listed->module));
    }
}

bool LocaleContext::checkItemExists(ItemKind kind, const QString &id, const SourcePos &pos,
                                    FileDiagnostics &diag)
{
    const QSet<QString> *files[] = {&lessonFiles, &quizFiles, &scenarioFiles};
    const ItemKind kinds[] = {ItemKind::Lesson, ItemKind::Quiz, ItemKind::Scenario};
    if (id.isEmpty())
        return true;
    note(ContextFact::Kind::ItemFiles, id);
    if (files[int(kind)]->contains(id))
        return true;
    for (int k = 0; k < 3; ++k) {
        if (files[k]->contains(id)) {
            diag.error(pos, msg::wrongItemKind(kindWord(kind), id, kindWord(kinds[k])));
            return false;
        }
    }
    note(ContextFact::Kind::FileSet, QString::number(int(kind)));
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

bool LocaleContext::claimId(const QString &id, const SourcePos &pos, FileDiagnostics &diag)
{
    const qsizetype before = diag.diagnostics().size();
    const bool first = ids.claim(id, pos, diag);
    if (recording) {
        recording->claims.append({id, pos, before - recording->claimDiagnostics.size()});
        if (!first)
            recording->claimDiagnostics.append(before);
    }
    return first;
}

void LocaleContext::note(ContextFact::Kind kind, const QString &key)
{
    if (!recording)
        return;
    const QString noted = QChar(u'a' + int(kind)) + key;
    if (recording->noted.contains(noted))
        return;
    recording->noted.insert(noted);
    recording->facts.append({kind, key, answer(kind, key)});
}

QByteArray LocaleContext::answer(ContextFact::Kind kind, const QString &key)
{
    QHash<QString, QByteArray> &answers = m_answers[int(kind)];
    auto it = answers.constFind(key);
    if (it == answers.cend())
        it = answers.insert(key, computeAnswer(kind, key));
    return *it;
}

namespace {
// Length-prefixed UTF-16, so that no list of strings reads like another.
void appendText(QByteArray &out, const QString &text)
{
    const qint32 length = qint32(text.size());
    out.append(reinterpret_cast<const char *>(&length), sizeof length);
    out.append(reinterpret_cast<const char *>(text.constData()), length * qsizetype(sizeof(QChar)));
}

QByteArray sortedIds(bool usable, const QSet<QString> &ids)
{
    QStringList sorted = ids.values();
    sorted.sort();
    QByteArray out(usable ? "u" : "-");
    for (const QString &id : std::as_const(sorted))
        appendText(out, id);
    return out;
}
} // namespace

QByteArray LocaleContext::computeAnswer(ContextFact::Kind kind, const QString &key) const
{
    switch (kind) {
    case ContextFact::Kind::Listing: {
        if (!manifest.usable)
            return QByteArrayLiteral("-");
        const auto listed = manifest.items.constFind(key);
        QByteArray out("u");
        if (listed != manifest.items.cend()) {
            out += char('0' + int(listed->kind));
            appendText(out, listed->module);
        }
        return out;
    }
    case ContextFact::Kind::ModuleIds:
        return sortedIds(manifest.usable, manifest.moduleIds);
    case ContextFact::Kind::LandmineIds:
        return sortedIds(manifest.usable, manifest.landmineIds);
    case ContextFact::Kind::DimensionIds:
        return sortedIds(manifest.usable, manifest.dimensionIds);
    case ContextFact::Kind::ItemFiles: {
        QByteArray out;
        for (const QSet<QString> *files : {&lessonFiles, &quizFiles, &scenarioFiles})
            out += files->contains(key) ? '1' : '0';
        return out;
    }
    case ContextFact::Kind::FileSet: {
        const QSet<QString> *files[] = {&lessonFiles, &quizFiles, &scenarioFiles};
        const int k = key.toInt();
        return k >= 0 && k < 3 ? sortedIds(true, *files[k]) : QByteArray();
    }
    case ContextFact::Kind::Anchors: {
        const auto anchors = lessonAnchors.constFind(key);
        if (anchors == lessonAnchors.cend())
            return QByteArrayLiteral("-");
        QByteArray out("a");
        for (const QString &anchor : *anchors)
            appendText(out, anchor);
        return out;
    }
    case ContextFact::Kind::Image: {
        // Everything the lesson reader asks about an image file (see checkImage in lessonparser.cpp).
        const QFileInfo file(key);
        QByteArray out;
        out += file.isFile() ? 'f' : '-';
        out += file.isSymLink() ? 's' : '-';
        out += QByteArray::number(file.size());
        appendText(out, file.canonicalFilePath());
        appendText(out, QFileInfo(file.absolutePath()).canonicalFilePath());
        return out;
    }
    }
    return {};
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
        ctx.claimId(fileId, diag.filePos(), diag);
    return root;
}

SourcePos readItemId(MapReader &r, const QString &fileId, LocaleContext &ctx)
{
    const QString id = r.id("id", Need::Required);
    const SourcePos pos = r.valuePos("id");
    if (!id.isEmpty() && id != fileId)
        r.diagnostics().error(pos, msg::idMismatch(id, fileId));
    ctx.claimId(fileId, pos, r.diagnostics());
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
