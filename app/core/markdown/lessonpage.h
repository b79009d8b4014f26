// The lesson page: a full HTML document around a rendered lesson, with the course stylesheet and a
// Content-Security-Policy that forbids scripts and any load from outside the app's `dojo:` scheme.
#pragma once

#include "markdown/markdownrenderer.h"

#include <QString>

namespace dojo {

enum class PageTheme { Light, Dark };

struct LessonPageInput {
    QString language;   // BCP 47 tag for <html lang>, e.g. "zh-CN"
    QString title;      // <title>
    QString bodyHtml;   // rendered Markdown fragment
    PageTheme theme = PageTheme::Light;
};

class LessonPage {
public:
    // The whole document, UTF-8 ready. The stylesheet is linked as dojo://app/lesson.css.
    static QString build(const LessonPageInput &input);
    // The stylesheet served at dojo://app/lesson.css.
    static QByteArray stylesheet();
    static constexpr const char *kContentSecurityPolicy =
        "default-src 'none'; img-src dojo:; style-src dojo:; font-src dojo:; "
        "script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";
};

} // namespace dojo
