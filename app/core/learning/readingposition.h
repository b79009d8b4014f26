// Where a trainee stopped reading a lesson, and when reading a lesson counts as finishing it.
//
// The reader cannot run scripts in the lesson page (JavaScript is off), so the position is what the
// view reports from outside: the scroll offset as a fraction of the scrollable height (0 top, 1 end),
// plus the heading the reader last jumped to. It is saved per user and lesson (table lesson_positions)
// and restored when the lesson is opened again.
//
// Automatic completion: the reader reached the end of the page (the bottom edge within
// kEndSlackPx of the content's end, or a page that fits on screen) AND the time spent on the lesson,
// over every visit, is at least minimumReadingMs(minutes) = half the lesson's stated minutes, and
// never less than 60 s.
#pragma once

#include "auth/actor.h"
#include "storage/storeerror.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace dojo {

class Database;

struct ReadingPosition {
    QString anchor;           // the last heading jumped to, may be empty
    double scrollFraction = 0; // 0 top … 1 end
    QDateTime updatedAt;
};

class ReadingPositionStore {
public:
    explicit ReadingPositionStore(Database &db);
    // The trainee's own position (fraction clamped to 0…1).
    StoreStatus save(const Actor &actor, qint64 userId, const QString &lessonId, const ReadingPosition &position,
                     const QDateTime &at);
    StoreResult<std::optional<ReadingPosition>> position(const Actor &actor, qint64 userId, const QString &lessonId);

private:
    Database &m_db;
};

namespace reading {
inline constexpr qint64 kMinimumReadingMs = 60 * 1000;
inline constexpr double kEndSlackPx = 48;

qint64 minimumReadingMs(int lessonMinutes);
// scrollY: top of the viewport in the page; viewportHeight, contentHeight in the same units.
double scrollFraction(double scrollY, double viewportHeight, double contentHeight);
bool reachedEnd(double scrollY, double viewportHeight, double contentHeight);
bool shouldCompleteAutomatically(bool atEnd, qint64 timeSpentMs, int lessonMinutes);
} // namespace reading

} // namespace dojo
