#include "markdown/anchors.h"

#include "markdown/cmarkdocument.h"

namespace dojo {

QString headingAnchor(const QString &headingText)
{
    QString out;
    out.reserve(headingText.size());
    for (const QChar ch : headingText.trimmed().toLower()) {
        if (ch.isLetterOrNumber() || ch == u'-' || ch == u'_')
            out += ch;
        else if (ch.isSpace())
            out += u'-';
        else if (ch.category() == QChar::Mark_NonSpacing || ch.category() == QChar::Mark_SpacingCombining)
            out += ch; // keep combining marks of letters
    }
    return out;
}

QString AnchorAllocator::allocate(const QString &headingText)
{
    const QString base = headingAnchor(headingText);
    QString candidate = base;
    for (int n = 1; m_used.contains(candidate); ++n)
        candidate = base + u'-' + QString::number(n);
    m_used.append(candidate);
    return candidate;
}

QStringList headingAnchors(const QString &markdown)
{
    CmarkDocument doc(markdown);
    AnchorAllocator anchors;
    QStringList out;
    for (const QString &text : doc.headingTexts())
        out.append(anchors.allocate(text));
    return out;
}

} // namespace dojo
