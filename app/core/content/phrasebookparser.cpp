// phrasebook/<situation>.yaml, and the phrases that live in lesson front matter.
#include "content/localecontext.h"
#include "content/yamlreader.h"

namespace dojo::content {

std::optional<Phrase> parsePhrase(const YamlNode &node, const QString &situation, FileDiagnostics &diag,
                                  LocaleContext &ctx)
{
    const bool inLesson = situation.isEmpty();
    MapReader r = inLesson ? MapReader(node, diag, {"id", "situation", "text", "never", "note", "tags"})
                           : MapReader(node, diag, {"id", "text", "never", "note", "tags"});
    Phrase phrase;
    phrase.id = r.id("id", Need::Required);
    phrase.pos = r.valuePos("id");
    ctx.claimId(phrase.id, phrase.pos, diag);
    if (inLesson) {
        phrase.situation = r.text("situation", Need::Required);
        if (!phrase.situation.isEmpty() && !phrasebookSituations().contains(phrase.situation))
            diag.error(r.valuePos("situation"), msg::invalidChoice(QStringLiteral("situation"),
                                                                   phrase.situation, phrasebookSituations()));
    } else {
        phrase.situation = situation;
    }
    phrase.text = r.text("text", Need::Required);
    phrase.never = r.text("never", Need::Optional);
    phrase.note = r.text("note", Need::Optional);
    for (const LocatedText &tag : r.texts("tags", Need::Optional))
        phrase.tags.append(tag.text);
    return phrase;
}

std::optional<PhrasebookSection> parsePhrasebook(const QByteArray &text, const QString &fileName,
                                                 FileDiagnostics &diag, LocaleContext &ctx)
{
    const std::optional<YamlNode> root = parseYaml(text, 1, diag);
    if (!root)
        return std::nullopt;
    if (!root->isMap()) {
        diag.error(diag.pos(root->mark), msg::notMapping(fileName + QStringLiteral(".yaml")));
        return std::nullopt;
    }
    MapReader r(*root, diag, {"situation", "title", "entries"});
    PhrasebookSection section;
    section.pos = r.pos();
    section.situation = r.text("situation", Need::Required);
    if (!section.situation.isEmpty()) {
        if (!phrasebookSituations().contains(section.situation))
            diag.error(
                r.valuePos("situation"),
                msg::invalidChoice(QStringLiteral("situation"), section.situation, phrasebookSituations()));
        else if (section.situation != fileName)
            diag.error(r.valuePos("situation"), msg::situationMismatch(section.situation, fileName));
    }
    section.title = r.text("title", Need::Required);
    const YamlNode *entries = r.list("entries", Need::Required);
    if (entries)
        r.checkCount("entries", qsizetype(entries->items.size()), 1, 1000);
    forEachMap(entries, "entries", diag, [&](const YamlNode &node) {
        if (std::optional<Phrase> phrase = parsePhrase(node, section.situation, diag, ctx))
            section.entries.append(*phrase);
    });
    return section;
}

} // namespace dojo::content
