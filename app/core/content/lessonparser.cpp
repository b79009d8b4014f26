// lessons/<id>.md: YAML front matter, then GitHub-flavoured Markdown. The body is parsed once with
// cmark-gfm, for the heading anchors (`see:` targets) and the images (which must exist in the locale).
#include "content/courseloader.h"
#include "content/localecontext.h"
#include "content/sourcetext.h"
#include "content/yamlreader.h"
#include "markdown/anchors.h"
#include "markdown/cmarkdocument.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace dojo::content {

namespace {
// Where an image's url is written: cmark-gfm only knows the line of the enclosing block, so look for the
// url text from there on.
SourcePos imagePos(const QByteArray &body, int bodyFirstLine, const CmarkDocument::LinkRef &ref,
                   const QString &url, const FileDiagnostics &diag)
{
    qsizetype lineStart = 0;
    for (int l = 1; l < ref.line && lineStart >= 0; ++l) {
        lineStart = body.indexOf('\n', lineStart);
        lineStart = lineStart < 0 ? -1 : lineStart + 1;
    }
    const qsizetype found = lineStart < 0 || url.isEmpty() ? -1 : body.indexOf(url.toUtf8(), lineStart);
    if (found < 0) {
        const TextPosition p = positionOfByteColumn(body, ref.line, ref.column);
        return diag.pos(bodyFirstLine + p.line - 1, p.column);
    }
    const int line = ref.line + int(QByteArrayView(body).sliced(lineStart, found - lineStart).count('\n'));
    const qsizetype foundLineStart = body.lastIndexOf('\n', found - 1) + 1;
    return diag.pos(bodyFirstLine + line - 1, characterColumn(body, foundLineStart, found));
}

// `where()` gives the position to report; only computed when there is something to report.
template <typename Where>
void checkImage(const QString &url, Where where, const QString &lessonPath, FileDiagnostics &diag,
                LocaleContext &ctx)
{
    const QUrl parsed(url);
    if (url.startsWith(QLatin1String("//")) || parsed.scheme().size() > 1) {
        diag.error(where(), msg::remoteImage(url));
        return;
    }
    QString path = url.section(u'#', 0, 0).section(u'?', 0, 0);
    path = QUrl::fromPercentEncoding(path.toUtf8());
    const QString resolved = QDir::cleanPath(QFileInfo(lessonPath).absolutePath() + u'/' + path);
    if (path.startsWith(u'/') || !resolved.startsWith(ctx.localeDir + u'/')) {
        diag.error(where(), msg::imageOutsideLocale(url, ctx.locale));
        return;
    }
    ctx.note(ContextFact::Kind::Image, resolved);
    static const QStringList kImageSuffixes = {QStringLiteral("png"),  QStringLiteral("jpg"),
                                               QStringLiteral("jpeg"), QStringLiteral("svg"),
                                               QStringLiteral("webp"), QStringLiteral("gif")};
    const QFileInfo file(resolved);
    if (!kImageSuffixes.contains(file.suffix().toLower())) {
        diag.error(where(), msg::unsupportedImage(url));
        return;
    }
    if (!file.isFile()) {
        diag.error(where(), msg::missingImage(url));
        return;
    }
    if (!ctx.resolvesInside(file)) {
        diag.error(where(), msg::imageOutsideLocale(url, ctx.locale)); // a symlink pointing out
        return;
    }
    if (file.size() > limits::kAssetBytes && !resolved.startsWith(ctx.localeDir + QLatin1String("/assets/")))
        diag.error(where(),
                   msg::assetTooLarge(double(file.size()) / (1024 * 1024), limits::kAssetBytes >> 20));
}
} // namespace

std::optional<Lesson> parseLesson(const QByteArray &text, const QString &fileId, const QString &absolutePath,
                                  FileDiagnostics &diag, LocaleContext &ctx)
{
    const FrontMatterSplit split = splitFrontMatter(text);
    if (split.status != FrontMatterSplit::Status::Ok) {
        diag.error(diag.filePos(), split.status == FrontMatterSplit::Status::NoOpening
                                       ? msg::noFrontMatter()
                                       : msg::unclosedFrontMatter());
        ctx.claimId(fileId, diag.filePos(), diag);
        return std::nullopt;
    }
    std::optional<YamlNode> root = parseYaml(split.yaml, split.yamlFirstLine, diag);
    if (!root) {
        ctx.claimId(fileId, diag.filePos(), diag);
        return std::nullopt;
    }
    if (root->isNull()) {
        root->kind = YamlNode::Kind::Map; // empty front matter: report every required field missing
    } else if (!root->isMap()) {
        diag.error(diag.pos(root->mark), msg::notMapping(QStringLiteral("front matter")));
        ctx.claimId(fileId, diag.filePos(), diag);
        return std::nullopt;
    }

    Lesson lesson;
    lesson.filePath = absolutePath;
    MapReader r(*root, diag, {"id", "title", "module", "summary", "minutes", "tags", "phrases"});
    const SourcePos idPos = readItemId(r, fileId, ctx);
    lesson.id = fileId;
    lesson.pos = idPos;
    lesson.title = r.text("title", Need::Required);
    lesson.moduleId = r.id("module", Need::Required);
    lesson.summary = r.text("summary", Need::Required);
    lesson.minutes = r.integer("minutes", Need::Required, 1, 120).value_or(0);
    for (const LocatedText &tag : r.texts("tags", Need::Optional))
        lesson.tags.append(tag.text);
    forEachMap(r.list("phrases", Need::Optional), "phrases", diag, [&](const YamlNode &node) {
        if (std::optional<Phrase> phrase = parsePhrase(node, QString(), diag, ctx)) {
            phrase->lessonId = fileId;
            lesson.phrases.append(*phrase);
        }
    });
    ctx.checkListing(ItemKind::Lesson, fileId, idPos, lesson.moduleId, r.valuePos("module"), diag);

    lesson.bodyFirstLine = split.bodyFirstLine;
    // Input that would take cmark-gfm (here and in the renderer) too long is refused before it gets there.
    std::optional<TextPosition> hazard;
    Problem problem{"", {}};
    if (const auto container = findContainerOverflow(split.body, limits::kLessonNesting,
                                                     limits::kLessonListItems, limits::kLessonQuoteMarkers)) {
        hazard = container->pos;
        switch (container->kind) {
        case ContainerOverflow::Nesting:
            problem = msg::nestingTooDeep(limits::kLessonNesting);
            break;
        case ContainerOverflow::ListItems:
            problem = msg::tooManyListItems(limits::kLessonListItems);
            break;
        case ContainerOverflow::QuoteMarkers:
            problem = msg::tooManyQuoteMarkers(limits::kLessonQuoteMarkers);
            break;
        }
    } else if ((hazard = findTableOverflow(split.body, limits::kLessonTableCells))) {
        problem = msg::tooManyTableCells(limits::kLessonTableCells);
    } else if ((hazard = findBracketOverflow(split.body, limits::kLessonBrackets))) {
        problem = msg::tooManyBrackets(limits::kLessonBrackets);
    } else if ((hazard = findEmphasisOverflow(split.body, limits::kLessonEmphasisRuns))) {
        problem = msg::tooManyEmphasisRuns(limits::kLessonEmphasisRuns);
    } else if ((hazard = findHeadingOverflow(split.body, limits::kLessonHeadings))) {
        problem = msg::tooManyHeadings(limits::kLessonHeadings);
    } else if (const auto at =
                   findAtSignOverflow(split.body, limits::kLessonAtSigns, limits::kLessonAtSignsPerLine)) {
        hazard = at->pos;
        problem = at->onOneLine ? msg::tooManyAtSignsOnLine(limits::kLessonAtSignsPerLine)
                                : msg::tooManyAtSigns(limits::kLessonAtSigns);
    }
    if (hazard) {
        diag.error(diag.pos(split.bodyFirstLine + hazard->line - 1, hazard->column), problem);
        return lesson;
    }
    lesson.markdown = QString::fromUtf8(split.body);
    const CmarkDocument doc(lesson.markdown);
    AnchorAllocator anchors;
    for (const QString &heading : doc.headingTexts())
        lesson.headingAnchors.append(anchors.allocate(heading));
    ctx.lessonAnchors.insert(fileId, lesson.headingAnchors);
    for (const CmarkDocument::LinkRef &ref : doc.linkReferences()) {
        if (ref.image)
            checkImage(
                ref.url, [&] { return imagePos(split.body, split.bodyFirstLine, ref, ref.url, diag); },
                absolutePath, diag, ctx);
    }
    return lesson;
}

} // namespace dojo::content
