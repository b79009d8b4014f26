#include "markdown/lessonpage.h"

#include <QFile>

namespace dojo {

namespace {
QString readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}
} // namespace

QString LessonPage::build(const LessonPageInput &input)
{
    static const QString pageTemplate = readResource(QStringLiteral(":/dojo/lesson/page.html"));
    QString page = pageTemplate;
    // Replace the body last so that placeholders inside lesson text are never expanded.
    page.replace(QStringLiteral("{{csp}}"), QString::fromLatin1(kContentSecurityPolicy));
    page.replace(QStringLiteral("{{lang}}"), input.language.toHtmlEscaped());
    page.replace(QStringLiteral("{{theme}}"), input.theme == PageTheme::Dark ? QStringLiteral("dark") : QStringLiteral("light"));
    page.replace(QStringLiteral("{{title}}"), input.title.toHtmlEscaped());
    const qsizetype at = page.indexOf(QStringLiteral("{{body}}"));
    if (at >= 0)
        page.replace(at, 8, input.bodyHtml);
    return page;
}

QByteArray LessonPage::stylesheet()
{
    static const QByteArray css = readResource(QStringLiteral(":/dojo/lesson/lesson.css")).toUtf8();
    return css;
}

} // namespace dojo
