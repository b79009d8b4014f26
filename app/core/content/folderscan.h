// What the loader asks the file system about content files: a folder's entries, listed as
// QDir::entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name) lists them, with each
// file's stamp (size, times, inode) from the same single stat — a large course has thousands of files and
// every load looks at each. Internal to the content area.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace dojo::content {

// What the file system says about a file, enough to tell that it changed.
struct FileStamp {
    qint64 size = -1;
    qint64 modifiedNs = 0; // since the epoch
    qint64 changedNs = 0;  // inode change time: moves with every write, rename over, chmod…
    quint64 inode = 0;
    quint64 device = 0;

    bool operator==(const FileStamp &) const = default;
};
std::optional<FileStamp> stampOf(const QString &absolutePath);

struct FolderEntry {
    QString name;
    bool isFile = false; // a regular file, symbolic links followed; else a folder or something else
    FileStamp stamp;
};

// Entries of `folder` sorted by name (code units, as QDir::Name): regular files and folders, symbolic
// links that resolve (to anything), no hidden entries, no sockets, pipes or devices. Empty when the
// folder cannot be read.
QList<FolderEntry> listFolderEntries(const QString &folder);

} // namespace dojo::content
