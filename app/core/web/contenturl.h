// The `dojo:` URL scheme that lesson pages live in, and the rules that keep it inside the course.
//
//   dojo://app/lesson.css                     the app's own stylesheet
//   dojo://content/<locale>/lessons/<id>      a rendered lesson page
//   dojo://content/<locale>/<path>            an asset file under the content folder (images only)
//   dojo://action/copy-say?lesson=<id>&n=<i>  not a page: a link the reader handles itself (copy the
//                                             i-th SAY box of the lesson to the clipboard)
//
// Every asset path is checked before any file is touched: percent-decoding happens once, and a path
// that still holds '%', a backslash, a NUL, a '.' or '..' segment, or that resolves (after following
// symlinks) outside the content folder is refused with a reason that is logged.
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace dojo {

inline constexpr char kDojoScheme[] = "dojo";

struct ContentRequest {
    enum class Kind { Refused, Stylesheet, LessonPage, Asset };
    Kind kind = Kind::Refused;
    QString locale;   // LessonPage
    QString lessonId; // LessonPage
    QString filePath; // Asset: absolute, canonical path inside the content root
    QString mimeType; // Asset
    QString reason;   // Refused: why, for the log
};

class ContentUrlResolver {
public:
    explicit ContentUrlResolver(const QString &contentRoot);

    ContentRequest resolve(const QUrl &url) const;

    static QUrl lessonUrl(const QString &locale, const QString &lessonId);
    static constexpr qint64 kMaxAssetBytes = 8 * 1024 * 1024;

private:
    ContentRequest resolveAsset(const QString &decodedPath) const;
    QString m_root; // canonical
};

struct LessonPageRef {
    QString locale;
    QString lessonId;
};

// The lesson a `dojo://content/<locale>/lessons/<id>` URL names; nullopt for any other URL.
std::optional<LessonPageRef> lessonPageOf(const QUrl &url);

// The link of the SAY box number `index` (0-based, document order) of a lesson.
QUrl copyPhraseUrl(const QString &lessonId, int index);

struct CopyPhraseRef {
    QString lessonId;
    int index = 0;
};

// The SAY box a copy link names; nullopt for any other URL (also for a malformed one).
std::optional<CopyPhraseRef> copyPhraseOf(const QUrl &url);

enum class NavigationDecision { Allow, OpenExternally, AppAction, Refuse };

// What the lesson view does with a navigation: lesson pages of our scheme load in the view, http(s)
// links go to the system browser, our action links (copyPhraseOf) are handled by the app and never
// loaded, anything else (file:, javascript:, data:, other schemes) is refused.
NavigationDecision decideNavigation(const QUrl &url);

} // namespace dojo
