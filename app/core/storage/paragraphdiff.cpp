#include "storage/paragraphdiff.h"

#include <algorithm>
#include <vector>

namespace dojo {

namespace {

bool isFence(const QString &line)
{
    const QString t = line.trimmed();
    return t.startsWith(QLatin1String("```")) || t.startsWith(QLatin1String("~~~"));
}

QString trimRight(const QString &line)
{
    qsizetype end = line.size();
    while (end > 0 && line.at(end - 1).isSpace())
        --end;
    return line.left(end);
}

// Pairs the removed and added paragraphs between two matched ones: in order as changed, the rest as is.
void flushGap(QList<ParagraphChange> &out, QStringList &removed, QStringList &added)
{
    const qsizetype paired = std::min(removed.size(), added.size());
    for (qsizetype i = 0; i < paired; ++i)
        out.append({ParagraphChange::Kind::Changed, removed[i], added[i]});
    for (qsizetype i = paired; i < removed.size(); ++i)
        out.append({ParagraphChange::Kind::Removed, removed[i], {}});
    for (qsizetype i = paired; i < added.size(); ++i)
        out.append({ParagraphChange::Kind::Added, {}, added[i]});
    removed.clear();
    added.clear();
}

} // namespace

QStringList ParagraphDiff::paragraphs(const QString &markdown)
{
    QString text = markdown;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(u'\r', u'\n');
    QStringList result;
    QStringList current;
    bool inFence = false;
    for (const QString &rawLine : text.split(u'\n')) {
        const QString line = trimRight(rawLine);
        if (isFence(line))
            inFence = !inFence;
        if (line.isEmpty() && !inFence) {
            if (!current.isEmpty())
                result.append(current.join(u'\n'));
            current.clear();
            continue;
        }
        current.append(line);
    }
    if (!current.isEmpty())
        result.append(current.join(u'\n'));
    return result;
}

ParagraphDiff::ParagraphDiff(const QString &beforeMarkdown, const QString &afterMarkdown)
{
    const QStringList a = paragraphs(beforeMarkdown);
    const QStringList b = paragraphs(afterMarkdown);

    // Common head and tail need no table.
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;

    for (qsizetype i = 0; i < head; ++i)
        m_changes.append({ParagraphChange::Kind::Unchanged, a[i], b[i]});

    // LCS table over the middle: lcs[i][j] = longest common subsequence of a[i..] and b[j..].
    const qsizetype n = a.size() - head - tail;
    const qsizetype m = b.size() - head - tail;
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            lcs[i][j] = a[head + i] == b[head + j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    QStringList removed;
    QStringList added;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[head + i] == b[head + j]) {
            flushGap(m_changes, removed, added);
            m_changes.append({ParagraphChange::Kind::Unchanged, a[head + i], b[head + j]});
            ++i;
            ++j;
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            added.append(b[head + j++]);
        } else {
            removed.append(a[head + i++]);
        }
    }
    flushGap(m_changes, removed, added);

    for (qsizetype k = 0; k < tail; ++k)
        m_changes.append({ParagraphChange::Kind::Unchanged, a[a.size() - tail + k], b[b.size() - tail + k]});
}

int ParagraphDiff::count(ParagraphChange::Kind kind) const
{
    return int(std::count_if(m_changes.cbegin(), m_changes.cend(),
                             [kind](const ParagraphChange &c) { return c.kind == kind; }));
}

} // namespace dojo
