#include "content/folderscan.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#endif

namespace dojo::content {

#ifdef Q_OS_LINUX
namespace {
FileStamp stampFrom(const struct stat &st)
{
    return FileStamp{qint64(st.st_size), qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec,
                     qint64(st.st_ctim.tv_sec) * 1'000'000'000 + st.st_ctim.tv_nsec, quint64(st.st_ino),
                     quint64(st.st_dev)};
}
} // namespace

std::optional<FileStamp> stampOf(const QString &absolutePath)
{
    struct stat st;
    if (::stat(QFile::encodeName(absolutePath).constData(), &st) != 0)
        return std::nullopt;
    return stampFrom(st);
}

QList<FolderEntry> listFolderEntries(const QString &folder)
{
    QList<FolderEntry> entries;
    DIR *dir = ::opendir(QFile::encodeName(folder).constData());
    if (!dir)
        return entries;
    const int fd = ::dirfd(dir);
    while (const dirent *e = ::readdir(dir)) {
        if (e->d_name[0] == '.') // hidden, and "." and ".."
            continue;
        bool link = e->d_type == DT_LNK;
        struct stat st;
        if (e->d_type == DT_UNKNOWN) { // some file systems do not say
            if (::fstatat(fd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
                continue;
            link = S_ISLNK(st.st_mode);
        }
        if (::fstatat(fd, e->d_name, &st, 0) != 0) // gone, or a link that leads nowhere (QDir::System)
            continue;
        const bool file = S_ISREG(st.st_mode);
        if (!file && !S_ISDIR(st.st_mode) && !link) // sockets, pipes, devices (QDir::System)
            continue;
        entries.append({QFile::decodeName(e->d_name), file, stampFrom(st)});
    }
    ::closedir(dir);
    std::sort(entries.begin(), entries.end(),
              [](const FolderEntry &a, const FolderEntry &b) { return a.name < b.name; });
    return entries;
}
#else
std::optional<FileStamp> stampOf(const QString &absolutePath)
{
    const QFileInfo info(absolutePath);
    if (!info.exists())
        return std::nullopt;
    return FileStamp{info.size(), info.lastModified().toMSecsSinceEpoch() * 1'000'000,
                     info.metadataChangeTime().toMSecsSinceEpoch() * 1'000'000, 0, 0};
}

QList<FolderEntry> listFolderEntries(const QString &folder)
{
    QList<FolderEntry> entries;
    for (const QFileInfo &info :
         QDir(folder).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        entries.append(
            {info.fileName(), info.isFile(), stampOf(info.absoluteFilePath()).value_or(FileStamp{})});
    return entries;
}
#endif

} // namespace dojo::content
