// Faults of the content folder: missing, unreadable (the whole folder, a locale, a sub-folder, one
// file) and a lesson image that is missing, at validation time or vanishing after the course loaded.
// Each ends in a message naming the place, and everything else of the course still loads.
//
// Tests run as root in CI, where permission bits do not stop reads: the unreadable cases then load the
// course in a forked child that has given up root (user nobody). Only when that is impossible too are
// they skipped, with the reason.
#include "content/courseloader.h"
#include "content/validationreport.h"
#include "contentfixture.h"
#include "markdown/lessonpage.h"
#include "markdown/markdownrenderer.h"
#include "web/contenturl.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace dojo;

namespace {

struct LoadResult {
    bool ran = false;
    QString skipReason;
    int lessons = -1;
    int quizzes = -1;
    QStringList lines; // formatted diagnostics
};

QStringList formatted(const QList<Diagnostic> &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(formatDiagnostic(d));
    return lines;
}

LoadResult loadHere(const QString &root)
{
    const ContentLibrary library = loadContentLibrary(root);
    LoadResult r;
    r.ran = true;
    const Course *course = library.course(QStringLiteral("zh-CN"));
    r.lessons = course ? int(course->lessons.size()) : -1;
    r.quizzes = course ? int(course->quizzes.size()) : -1;
    r.lines = formatted(library.allDiagnostics());
    return r;
}

// Loads `root` as a user that permission bits apply to: this process when it is not root, else a
// forked child that switched to nobody and sends its result back through a pipe.
LoadResult loadAsOrdinaryUser(const QString &root)
{
    if (::geteuid() != 0)
        return loadHere(root);
    int fds[2];
    if (::pipe(fds) != 0)
        return {false, QStringLiteral("running as root and pipe() failed"), -1, -1, {}};
    const pid_t child = ::fork();
    if (child < 0)
        return {false, QStringLiteral("running as root and fork() failed"), -1, -1, {}};
    if (child == 0) {
        ::close(fds[0]);
        QByteArray out;
        if (::setgid(65534) != 0 || ::setuid(65534) != 0 || ::geteuid() == 0) {
            out = "cannot drop root";
        } else {
            const LoadResult r = loadHere(root);
            out = QByteArray::number(r.lessons) + '\n' + QByteArray::number(r.quizzes) + '\n'
                + r.lines.join(u'\n').toUtf8();
        }
        qsizetype written = 0;
        while (written < out.size()) {
            const ssize_t n = ::write(fds[1], out.constData() + written, size_t(out.size() - written));
            if (n <= 0)
                break;
            written += n;
        }
        ::_exit(0);
    }
    ::close(fds[1]);
    QByteArray in;
    char buffer[4096];
    for (ssize_t n; (n = ::read(fds[0], buffer, sizeof buffer)) > 0;)
        in.append(buffer, n);
    ::close(fds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    if (in == "cannot drop root")
        return {false, QStringLiteral("running as root, where permissions do not stop reads, and the "
                                      "test cannot switch to the user nobody"),
                -1, -1, {}};
    QStringList parts = QString::fromUtf8(in).split(u'\n');
    LoadResult r;
    r.ran = parts.size() >= 2;
    r.lessons = parts.value(0).toInt();
    r.quizzes = parts.value(1).toInt();
    r.lines = parts.mid(2);
    r.lines.removeAll(QString());
    return r;
}

// Everything under `root` readable by others (nobody must reach the files we did not lock).
void openUp(const QString &root)
{
    QFile::setPermissions(root, QFile::permissions(root) | QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup
                                    | QFile::ExeGroup);
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile::Permissions p = QFile::permissions(path) | QFile::ReadOther | QFile::ReadGroup;
        if (it.fileInfo().isDir())
            p |= QFile::ExeOther | QFile::ExeGroup;
        QFile::setPermissions(path, p);
    }
}

bool containsLine(const QStringList &lines, const QString &start, const QString &text)
{
    for (const QString &line : lines) {
        if (line.startsWith(start) && line.contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestContentFaults : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_root = m_dir->filePath(QStringLiteral("content"));
        QVERIFY(test::copyTree(test::contentErrorsDir() + QStringLiteral("/base"), m_root));
        // The dir itself must be reachable for the child that is not root.
        QFile::setPermissions(m_dir->path(), QFile::permissions(m_dir->path()) | QFile::ExeOther | QFile::ReadOther);
        openUp(m_root);
    }

    void cleanup()
    {
        openUp(m_root); // QTemporaryDir must be able to remove everything
        m_dir.reset();
    }

    void baseLoadsClean()
    {
        const LoadResult r = loadHere(m_root);
        QCOMPARE(r.lines, QStringList());
        QCOMPARE(r.lessons, 2);
        QCOMPARE(r.quizzes, 1);
    }

    void missingContentFolder()
    {
        const QString gone = m_dir->filePath(QStringLiteral("no-such-content"));
        const ContentLibrary library = loadContentLibrary(gone);
        QCOMPARE(library.locales.size(), 0);
        QCOMPARE(library.errorCount(), 1);
        const QStringList lines = formatted(library.allDiagnostics());
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines[0].contains(QStringLiteral("does not exist")) && lines[0].contains(QStringLiteral("no-such-content")),
                 qPrintable(lines[0]));
    }

    void missingLocaleFolderContents()
    {
        // A locale folder emptied (its course.yaml gone): not a locale any more, said plainly.
        QVERIFY(QDir(m_root + QStringLiteral("/zh-CN")).removeRecursively());
        QVERIFY(QDir().mkpath(m_root + QStringLiteral("/zh-CN")));
        const LoadResult r = loadHere(m_root);
        QVERIFY2(containsLine(r.lines, QString(), QStringLiteral("no locale folder")), qPrintable(r.lines.join(u'\n')));
        // One locale folder given directly with a course.yaml missing: the loader says so.
        const Course course = loadCourse(m_root + QStringLiteral("/zh-CN"));
        QVERIFY2(containsLine(formatted(course.diagnostics), QStringLiteral("zh-CN/course.yaml"),
                              QStringLiteral("no course.yaml")),
                 qPrintable(formatted(course.diagnostics).join(u'\n')));
    }

    void unreadableContentFolder()
    {
        QVERIFY(QFile::setPermissions(m_root, QFile::Permissions()));
        const LoadResult r = loadAsOrdinaryUser(m_root);
        if (!r.ran)
            QSKIP(qPrintable(r.skipReason));
        QCOMPARE(r.lines.size(), 1);
        QVERIFY2(r.lines[0].contains(QStringLiteral("cannot read the folder")) && r.lines[0].contains(QStringLiteral("content")),
                 qPrintable(r.lines[0]));
    }

    void unreadableLocaleFolder()
    {
        QVERIFY(QFile::setPermissions(m_root + QStringLiteral("/zh-CN"), QFile::Permissions()));
        const LoadResult r = loadAsOrdinaryUser(m_root);
        if (!r.ran)
            QSKIP(qPrintable(r.skipReason));
        QVERIFY2(containsLine(r.lines, QStringLiteral("zh-CN: error:"), QStringLiteral("cannot read the folder 'zh-CN'")),
                 qPrintable(r.lines.join(u'\n')));
    }

    void unreadableQuizFolder()
    {
        QVERIFY(QFile::setPermissions(m_root + QStringLiteral("/zh-CN/quizzes"), QFile::Permissions()));
        const LoadResult r = loadAsOrdinaryUser(m_root);
        if (!r.ran)
            QSKIP(qPrintable(r.skipReason));
        // The folder is named, not just its quizzes reported missing; the lessons still load.
        QVERIFY2(containsLine(r.lines, QStringLiteral("zh-CN/quizzes: error:"), QStringLiteral("cannot read the folder")),
                 qPrintable(r.lines.join(u'\n')));
        QCOMPARE(r.lessons, 2);
        QCOMPARE(r.quizzes, 0);
    }

    void unreadableLessonFile()
    {
        QVERIFY(QFile::setPermissions(m_root + QStringLiteral("/zh-CN/lessons/advanced.md"), QFile::Permissions()));
        const LoadResult r = loadAsOrdinaryUser(m_root);
        if (!r.ran)
            QSKIP(qPrintable(r.skipReason));
        QVERIFY2(containsLine(r.lines, QStringLiteral("zh-CN/lessons/advanced.md:1:1: error:"),
                              QStringLiteral("cannot read the file")),
                 qPrintable(r.lines.join(u'\n')));
        QCOMPARE(r.lessons, 1); // basics still loads
        QCOMPARE(r.quizzes, 1);
    }

    void missingImageIsNamedWithItsLine()
    {
        const QString lessonFile = m_root + QStringLiteral("/zh-CN/lessons/basics.md");
        QFile f(lessonFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(f.readAll());
        f.close();
        QVERIFY(text.contains(QStringLiteral("../assets/pic.png")));
        const int line = int(text.left(text.indexOf(QStringLiteral("../assets/pic.png"))).count(u'\n')) + 1;
        QVERIFY(QFile::remove(m_root + QStringLiteral("/zh-CN/assets/pic.png")));

        const LoadResult r = loadHere(m_root);
        QVERIFY2(containsLine(r.lines, QStringLiteral("zh-CN/lessons/basics.md:%1:").arg(line),
                              QStringLiteral("the image '../assets/pic.png' does not exist")),
                 qPrintable(r.lines.join(u'\n')));
        QCOMPARE(r.lessons, 1); // the lesson with the broken image is left out, the other one loads
    }

    void imageVanishingAfterLoadStillRenders()
    {
        const ContentLibrary library = loadContentLibrary(m_root);
        const Course *course = library.course(QStringLiteral("zh-CN"));
        QVERIFY(course);
        const Lesson *lesson = course->lesson(QStringLiteral("basics"));
        QVERIFY(lesson);
        // The trainer deletes the picture while the app runs.
        QVERIFY(QFile::remove(m_root + QStringLiteral("/zh-CN/assets/pic.png")));

        const RenderedMarkdown rendered = MarkdownRenderer().render(lesson->markdown);
        QVERIFY(rendered.html.contains(QStringLiteral("<img")));
        QVERIFY(rendered.html.contains(QStringLiteral("../assets/pic.png")));
        const QString page = LessonPage::build({QStringLiteral("zh-CN"), lesson->title, rendered.html});
        QVERIFY(page.contains(rendered.html));
        // The page asks for the image; the scheme refuses it with a reason (the browser shows the alt text).
        const ContentRequest request =
            ContentUrlResolver(m_root).resolve(QUrl(QStringLiteral("dojo://content/zh-CN/assets/pic.png")));
        QCOMPARE(request.kind, ContentRequest::Kind::Refused);
        QCOMPARE(request.reason, QStringLiteral("no such file"));
    }
};

QTEST_GUILESS_MAIN(TestContentFaults)
#include "tst_contentfaults.moc"
