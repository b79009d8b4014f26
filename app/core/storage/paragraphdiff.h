// What changed between two versions of a lesson, paragraph by paragraph, for the "this lesson changed
// since you completed it" summary. Paragraphs are runs of non-blank lines (a fenced code block counts as
// one paragraph even with blank lines inside); they are matched by longest common subsequence. Between
// two matched paragraphs, removed and added paragraphs are paired in order as "changed"; the rest stay
// removed or added.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dojo {

struct ParagraphChange {
    enum class Kind { Unchanged, Added, Removed, Changed };
    Kind kind = Kind::Unchanged;
    QString before; // empty for Added
    QString after;  // empty for Removed
};

class ParagraphDiff {
public:
    ParagraphDiff(const QString &beforeMarkdown, const QString &afterMarkdown);

    // Every paragraph of both versions in reading order of the new version.
    const QList<ParagraphChange> &changes() const { return m_changes; }
    int addedCount() const { return count(ParagraphChange::Kind::Added); }
    int removedCount() const { return count(ParagraphChange::Kind::Removed); }
    int changedCount() const { return count(ParagraphChange::Kind::Changed); }
    bool isEmpty() const { return addedCount() + removedCount() + changedCount() == 0; }

    // The paragraphs of a Markdown text (line ends normalised, trailing spaces dropped).
    static QStringList paragraphs(const QString &markdown);

private:
    int count(ParagraphChange::Kind kind) const;

    QList<ParagraphChange> m_changes;
};

} // namespace dojo
