// ParagraphDiff: paragraph splitting and the added / removed / changed summary.
#include "storage/paragraphdiff.h"

#include <QTest>

using namespace dojo;
using Kind = ParagraphChange::Kind;

namespace {
QList<Kind> kinds(const ParagraphDiff &diff)
{
    QList<Kind> list;
    for (const ParagraphChange &c : diff.changes())
        list.append(c.kind);
    return list;
}
} // namespace

class TestParagraphDiff : public QObject {
    Q_OBJECT

private slots:
    void splitsOnBlankLines()
    {
        const QString md = QStringLiteral("# Title\r\n\r\nFirst line\nsecond line   \n\n\n\n- item\n- item\n   \n");
        QCOMPARE(ParagraphDiff::paragraphs(md),
                 (QStringList{QStringLiteral("# Title"), QStringLiteral("First line\nsecond line"),
                              QStringLiteral("- item\n- item")}));
        QCOMPARE(ParagraphDiff::paragraphs(QString()), QStringList());
    }

    void fencedCodeStaysOneParagraph()
    {
        const QString md = QStringLiteral("Before\n\n```\ncode\n\nmore code\n```\n\nAfter");
        QCOMPARE(ParagraphDiff::paragraphs(md),
                 (QStringList{QStringLiteral("Before"), QStringLiteral("```\ncode\n\nmore code\n```"),
                              QStringLiteral("After")}));
    }

    void sameTextHasNoChanges()
    {
        const QString md = QStringLiteral("一\n\n二\n\n三");
        const ParagraphDiff diff(md, md + QStringLiteral("\n\n"));
        QVERIFY(diff.isEmpty());
        QCOMPARE(kinds(diff), (QList<Kind>{Kind::Unchanged, Kind::Unchanged, Kind::Unchanged}));
    }

    void addedRemovedAndChanged()
    {
        const QString before = QStringLiteral("A\n\nB\n\nC\n\nD");
        const QString after = QStringLiteral("A\n\nB2\n\nC\n\nE\n\nF");
        const ParagraphDiff diff(before, after);
        QCOMPARE(kinds(diff), (QList<Kind>{Kind::Unchanged, Kind::Changed, Kind::Unchanged, Kind::Changed, Kind::Added}));
        QCOMPARE(diff.changes().at(1).before, QStringLiteral("B"));
        QCOMPARE(diff.changes().at(1).after, QStringLiteral("B2"));
        QCOMPARE(diff.changes().at(3).before, QStringLiteral("D"));
        QCOMPARE(diff.changes().at(3).after, QStringLiteral("E"));
        QCOMPARE(diff.changes().at(4).after, QStringLiteral("F"));
        QCOMPARE(diff.changedCount(), 2);
        QCOMPARE(diff.addedCount(), 1);
        QCOMPARE(diff.removedCount(), 0);
    }

    void removalsAtStartAndInsertionsInTheMiddle()
    {
        const ParagraphDiff diff(QStringLiteral("X\n\nA\n\nB"), QStringLiteral("A\n\nN1\n\nN2\n\nB"));
        QCOMPARE(kinds(diff), (QList<Kind>{Kind::Removed, Kind::Unchanged, Kind::Added, Kind::Added, Kind::Unchanged}));
        QCOMPARE(diff.changes().first().before, QStringLiteral("X"));
        QVERIFY(diff.changes().first().after.isEmpty());
    }

    void movedParagraphIsRemovedAndAdded()
    {
        const ParagraphDiff diff(QStringLiteral("A\n\nB\n\nC"), QStringLiteral("B\n\nC\n\nA"));
        QCOMPARE(diff.removedCount(), 1);
        QCOMPARE(diff.addedCount(), 1);
        QCOMPARE(diff.changedCount(), 0);
    }

    void chineseLessonEdit()
    {
        const QString before = QStringLiteral("# 退换货\n\n先道歉。\n\n查看订单。\n\n提出方案。");
        const QString after = QStringLiteral("# 退换货\n\n先真诚地道歉。\n\n查看订单。\n\n提出方案。\n\n跟进到客户满意。");
        const ParagraphDiff diff(before, after);
        QCOMPARE(diff.changedCount(), 1);
        QCOMPARE(diff.addedCount(), 1);
        QCOMPARE(diff.changes().at(1).after, QStringLiteral("先真诚地道歉。"));
    }

    void everythingNewOrEverythingGone()
    {
        QCOMPARE(ParagraphDiff(QString(), QStringLiteral("A\n\nB")).addedCount(), 2);
        QCOMPARE(ParagraphDiff(QStringLiteral("A\n\nB"), QString()).removedCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestParagraphDiff)
#include "tst_paragraphdiff.moc"
