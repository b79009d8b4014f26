#include "contentfixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace dojo::test {

QString contentErrorsDir()
{
    return QStringLiteral(DOJO_TEST_DATA "/content-errors");
}
QString sampleCourseDir()
{
    return QStringLiteral(DOJO_TEST_DATA "/sample-course");
}

QStringList errorCaseNames()
{
    QStringList names = QDir(contentErrorsDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    names.removeAll(QStringLiteral("base"));
    return names;
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    const QDir source(from);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString dest = to + u'/' + source.relativeFilePath(file);
        if (!QDir().mkpath(QFileInfo(dest).absolutePath()))
            return false;
        QFile::remove(dest);
        if (!QFile::copy(file, dest))
            return false;
        QFile(dest).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

namespace {
// Appends filler until the file has `size` bytes: comment lines for YAML, text lines for Markdown,
// zero bytes for anything else.
bool grow(const QString &path, qint64 size)
{
    QFile f(path);
    if (!f.open(QIODevice::Append))
        return false;
    QByteArray line = path.endsWith(QLatin1String(".yaml")) ? QByteArray("# filler\n")
                      : path.endsWith(QLatin1String(".md")) ? QByteArray("filler\n")
                                                            : QByteArray(1, '\0');
    while (f.size() + line.size() <= size)
        f.write(line.repeated(qMax<qint64>(1, qMin<qint64>(4096, (size - f.size()) / line.size()))));
    f.write(QByteArray(size - f.size(), '\n'));
    return f.size() == size;
}
} // namespace

QString buildErrorCase(const QString &name, const QString &target)
{
    const QString caseDir = contentErrorsDir() + u'/' + name;
    if (!copyTree(contentErrorsDir() + QStringLiteral("/base"), target))
        return QStringLiteral("cannot copy the base course");
    // setup.txt: "copy A B" (a folder of the course), "move A B", "remove PATH", "grow PATH BYTES",
    // "repeat PATH COUNT TEXT" (appends the line TEXT COUNT times)
    const QStringList setup =
        readText(caseDir + QStringLiteral("/setup.txt")).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : setup) {
        const QStringList w = line.split(u' ', Qt::SkipEmptyParts);
        const QString a = w.value(1).isEmpty() ? QString() : target + u'/' + w.value(1);
        const QString b = w.value(2).isEmpty() ? QString() : target + u'/' + w.value(2);
        bool ok = w.value(0) == QLatin1String("grow") || w.value(0) == QLatin1String("repeat"); // done below
        if (w.value(0) == QLatin1String("copy"))
            ok = copyTree(a, b);
        else if (w.value(0) == QLatin1String("move"))
            ok = QDir().rename(a, b);
        else if (w.value(0) == QLatin1String("remove"))
            ok = QFileInfo(a).isDir() ? QDir(a).removeRecursively() : QFile::remove(a);
        if (!ok)
            return QStringLiteral("setup.txt: cannot do '%1'").arg(line);
    }
    // The case's own files, laid over the base (expected.txt and setup.txt are not content).
    QDirIterator it(caseDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    const QDir source(caseDir);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString rel = source.relativeFilePath(file);
        if (rel == QLatin1String("expected.txt") || rel == QLatin1String("setup.txt") ||
            rel.endsWith(QLatin1String(".fail")))
            continue;
        const QString dest = target + u'/' + rel;
        QDir().mkpath(QFileInfo(dest).absolutePath());
        QFile::remove(dest);
        if (!QFile::copy(file, dest))
            return QStringLiteral("cannot copy %1").arg(rel);
        QFile(dest).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    // Growing and repeating come last so that they can apply to a file the case brings.
    for (const QString &line : setup) {
        const QStringList w = line.split(u' ', Qt::SkipEmptyParts);
        const QString path = target + u'/' + w.value(1);
        bool ok = true;
        if (w.value(0) == QLatin1String("grow")) {
            ok = grow(path, w.value(2).toLongLong());
        } else if (w.value(0) == QLatin1String("repeat")) {
            QFile f(path);
            const QString text = line.section(u' ', 3) + u'\n';
            ok = f.open(QIODevice::Append) && f.write(text.toUtf8().repeated(w.value(2).toInt())) > 0;
        }
        if (!ok)
            return QStringLiteral("setup.txt: cannot do '%1'").arg(line);
    }
    return {};
}

QStringList expectedLines(const QString &name)
{
    return readText(contentErrorsDir() + u'/' + name + QStringLiteral("/expected.txt"))
        .split(u'\n', Qt::SkipEmptyParts);
}

} // namespace dojo::test
