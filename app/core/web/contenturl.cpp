#include "web/contenturl.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QUrlQuery>

namespace dojo {

namespace {

const QRegularExpression &idPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    return re;
}

const QRegularExpression &localePattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    return re;
}

QString mimeForSuffix(const QString &suffix)
{
    static const QHash<QString, QString> types = {
        {QStringLiteral("png"), QStringLiteral("image/png")},
        {QStringLiteral("jpg"), QStringLiteral("image/jpeg")},
        {QStringLiteral("jpeg"), QStringLiteral("image/jpeg")},
        {QStringLiteral("gif"), QStringLiteral("image/gif")},
        {QStringLiteral("webp"), QStringLiteral("image/webp")},
        {QStringLiteral("svg"), QStringLiteral("image/svg+xml")},
    };
    return types.value(suffix.toLower());
}

ContentRequest refused(const QString &reason)
{
    ContentRequest r;
    r.reason = reason;
    return r;
}

} // namespace

ContentUrlResolver::ContentUrlResolver(const QString &contentRoot)
    : m_root(QFileInfo(contentRoot).canonicalFilePath())
{
}

QUrl ContentUrlResolver::lessonUrl(const QString &locale, const QString &lessonId)
{
    QUrl url;
    url.setScheme(QString::fromLatin1(kDojoScheme));
    url.setHost(QStringLiteral("content"));
    url.setPath(QStringLiteral("/%1/lessons/%2").arg(locale, lessonId));
    return url;
}

ContentRequest ContentUrlResolver::resolve(const QUrl &url) const
{
    if (url.scheme() != QLatin1String(kDojoScheme))
        return refused(QStringLiteral("not a dojo: URL"));
    if (!url.userInfo().isEmpty() || url.port() != -1)
        return refused(QStringLiteral("user info or port in URL"));
    // Decode exactly once; anything still encoded afterwards is a double-encoding trick.
    const QString encoded = url.path(QUrl::FullyEncoded);
    const QString decoded = QUrl::fromPercentEncoding(encoded.toUtf8());
    if (url.host() == u"app") {
        if (decoded == u"/lesson.css") {
            ContentRequest r;
            r.kind = ContentRequest::Kind::Stylesheet;
            return r;
        }
        return refused(QStringLiteral("unknown app resource"));
    }
    if (url.host() != u"content")
        return refused(QStringLiteral("unknown host"));
    if (m_root.isEmpty())
        return refused(QStringLiteral("content folder missing"));

    if (const std::optional<LessonPageRef> page = lessonPageOf(url)) {
        ContentRequest r;
        r.kind = ContentRequest::Kind::LessonPage;
        r.locale = page->locale;
        r.lessonId = page->lessonId;
        return r;
    }
    return resolveAsset(decoded);
}

ContentRequest ContentUrlResolver::resolveAsset(const QString &path) const
{
    if (!path.startsWith(u'/') || path.startsWith(QStringLiteral("//")))
        return refused(QStringLiteral("absolute or malformed path"));
    if (path.contains(u'%'))
        return refused(QStringLiteral("encoded characters left after decoding"));
    if (path.contains(u'\\') || path.contains(QChar(0)))
        return refused(QStringLiteral("backslash or NUL in path"));
    const QStringList segments = path.mid(1).split(u'/');
    for (const QString &segment : segments) {
        if (segment.isEmpty() || segment == u"." || segment == u"..")
            return refused(QStringLiteral("empty, '.' or '..' path segment"));
    }
    const QFileInfo requested(m_root + path);
    const QString mime = mimeForSuffix(requested.suffix());
    if (mime.isEmpty())
        return refused(QStringLiteral("not an image type"));
    const QString canonical = requested.canonicalFilePath(); // follows symlinks; empty if missing
    if (canonical.isEmpty())
        return refused(QStringLiteral("no such file"));
    if (!canonical.startsWith(m_root + u'/'))
        return refused(QStringLiteral("resolves outside the content folder"));
    const QFileInfo target(canonical);
    if (!target.isFile() || !target.isReadable())
        return refused(QStringLiteral("not a readable file"));
    if (target.size() > kMaxAssetBytes)
        return refused(QStringLiteral("file larger than the asset limit"));
    ContentRequest r;
    r.kind = ContentRequest::Kind::Asset;
    r.filePath = canonical;
    r.mimeType = mime;
    return r;
}

std::optional<LessonPageRef> lessonPageOf(const QUrl &url)
{
    if (url.scheme() != QLatin1String(kDojoScheme) || url.host() != u"content")
        return std::nullopt;
    const QString decoded = QUrl::fromPercentEncoding(url.path(QUrl::FullyEncoded).toUtf8());
    // "/<locale>/lessons/<id>" splits into "", locale, "lessons", id.
    const QStringList parts = decoded.split(u'/');
    if (parts.size() == 4 && parts[0].isEmpty() && parts[2] == u"lessons" &&
        localePattern().match(parts[1]).hasMatch() && idPattern().match(parts[3]).hasMatch())
        return LessonPageRef{parts[1], parts[3]};
    return std::nullopt;
}

QUrl copyPhraseUrl(const QString &lessonId, int index)
{
    QUrl url;
    url.setScheme(QLatin1String(kDojoScheme));
    url.setHost(QStringLiteral("action"));
    url.setPath(QStringLiteral("/copy-say"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("lesson"), lessonId);
    query.addQueryItem(QStringLiteral("n"), QString::number(index));
    url.setQuery(query);
    return url;
}

std::optional<CopyPhraseRef> copyPhraseOf(const QUrl &url)
{
    if (url.scheme() != QLatin1String(kDojoScheme) || url.host() != u"action" || url.path() != u"/copy-say")
        return std::nullopt;
    const QUrlQuery query(url);
    const QString lessonId = query.queryItemValue(QStringLiteral("lesson"), QUrl::FullyDecoded);
    const QString n = query.queryItemValue(QStringLiteral("n"));
    bool ok = false;
    const int index = n.toInt(&ok);
    if (!ok || index < 0 || n.size() > 6 || !idPattern().match(lessonId).hasMatch())
        return std::nullopt;
    return CopyPhraseRef{lessonId, index};
}

NavigationDecision decideNavigation(const QUrl &url)
{
    if (copyPhraseOf(url))
        return NavigationDecision::AppAction;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http" || scheme == u"https")
        return url.host().isEmpty() ? NavigationDecision::Refuse : NavigationDecision::OpenExternally;
    if (lessonPageOf(url))
        return NavigationDecision::Allow;
    return NavigationDecision::Refuse;
}

} // namespace dojo
