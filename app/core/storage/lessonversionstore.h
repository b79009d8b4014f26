// The Markdown of every lesson version the app has loaded (by content hash), so that a trainee whose
// completion is outdated can see what changed since the version they completed.
#pragma once

#include "auth/actor.h"
#include "storage/paragraphdiff.h"
#include "storage/storeerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace dojo {

class Database;

struct LessonVersion {
    QString lessonId;
    QByteArray contentHash;
    QString markdown;
    QDateTime firstSeenAt;
};

class LessonVersionStore {
public:
    explicit LessonVersionStore(Database &db);

    // Keeps this version if it is new (a version already kept is left as it was). Any signed-in
    // person's session may record what it loaded: it is a copy of the course, not a change to it.
    StoreStatus remember(const Actor &actor, const QString &lessonId, const QByteArray &contentHash,
                         const QString &markdown, const QDateTime &at);
    StoreResult<std::optional<LessonVersion>> version(const Actor &actor, const QString &lessonId,
                                                      const QByteArray &contentHash);
    // Oldest first.
    StoreResult<QList<LessonVersion>> versions(const Actor &actor, const QString &lessonId);

    // The changes from the version `userId` last completed to the current one; nullopt when the user
    // completed the current version, never completed the lesson, or the completed version's text was
    // never kept (completions recorded before schema 2).
    StoreResult<std::optional<ParagraphDiff>> changesSinceCompletion(const Actor &actor, qint64 userId,
                                                                     const QString &lessonId,
                                                                     const QByteArray &currentHash,
                                                                     const QString &currentMarkdown);

private:
    Database &m_db;
};

} // namespace dojo
