// Heading anchors: the ids lesson headings get in rendered HTML, and that quiz `see:` links name.
// GitHub's rule: lower-case, spaces become '-', punctuation and symbols dropped, letters and digits of
// every script kept; a repeated anchor gets "-1", "-2"… appended.
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace dojo {

// The anchor for one heading's plain text (before de-duplication).
QString headingAnchor(const QString &headingText);

// Assigns anchors to headings in document order, de-duplicating like GitHub.
class AnchorAllocator {
public:
    QString allocate(const QString &headingText);

private:
    QSet<QString> m_used;
    QHash<QString, int> m_nextSuffix; // per base anchor: the n to try first (keeps many repeats linear)
};

// The anchors of every heading (levels 1–6) of a Markdown document, in order.
QStringList headingAnchors(const QString &markdown);

} // namespace dojo
