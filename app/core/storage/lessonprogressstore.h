// Lesson progress: when a trainee opened a lesson, how long they spent on it, and which versions of it
// (by content hash) they completed. A completion of another version than the current one is
// "outdated": the lesson changed since. The trainee writes their own progress; they and managers read it.
#pragma once

#include "auth/actor.h"
#include "storage/storeerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace dojo {

class Database;

enum class LessonStatus {
    NotStarted, // never opened
    Opened,     // opened, never completed
    Completed,  // the current version was completed
    Outdated,   // an earlier version was completed; the current one not yet
};

struct LessonProgress {
    qint64 userId = 0;
    QString lessonId;
    LessonStatus status = LessonStatus::NotStarted;
    QDateTime firstOpenedAt;
    QDateTime lastOpenedAt;
    qint64 timeSpentMs = 0;
    QDateTime completedAt;     // latest completion of any version
    QByteArray completedHash;  // the version of that completion
};

class LessonProgressStore {
public:
    explicit LessonProgressStore(Database &db);

    StoreStatus recordOpened(const Actor &actor, qint64 userId, const QString &lessonId,
                             const QByteArray &contentHash, const QDateTime &at);
    // Adds to the time spent (the lesson must have been opened).
    StoreStatus addTimeSpent(const Actor &actor, qint64 userId, const QString &lessonId, qint64 ms);
    // Completing the same version again keeps the first completion time.
    StoreStatus recordCompleted(const Actor &actor, qint64 userId, const QString &lessonId,
                                const QByteArray &contentHash, const QDateTime &at);

    // The status is relative to currentHash, the hash of the lesson as loaded now.
    StoreResult<LessonProgress> progress(const Actor &actor, qint64 userId, const QString &lessonId,
                                         const QByteArray &currentHash);
    // Every lesson the user opened or completed; currentHashes maps lesson id -> current hash.
    StoreResult<QList<LessonProgress>> allProgress(const Actor &actor, qint64 userId,
                                                   const QHash<QString, QByteArray> &currentHashes);

private:
    StoreResult<LessonProgress> load(qint64 userId, const QString &lessonId, const QByteArray &currentHash);

    Database &m_db;
};

} // namespace dojo
