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
    if (m_used.contains(candidate)) {
        int &n = m_nextSuffix[base];
        do
            candidate = base + u'-' + QString::number(++n);
        while (m_used.contains(candidate));
    }
    m_used.insert(candidate);
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
