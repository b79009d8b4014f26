// The lesson reader screen: which lesson, its page URL, table of contents, neighbours, and what to do
// with navigations inside the page. The page itself is rendered by LessonSchemeHandler.
//
// It also keeps the signed-in trainee's progress on the lesson (see app/core/learning/readingposition.h):
//   - opening a lesson records it as opened (LessonProgressStore::recordOpened);
//   - while `reading` is true (the reader is on screen and the window active) the time is counted and
//     added to the stored time spent every 30 s, on a lesson change and when the reader goes away;
//   - markComplete() completes the current version; it also happens automatically once the view
//     reported the end of the page (reportScroll) and the time spent reached minimumReadingSeconds;
//   - the scroll position (fraction) and the last heading jumped to are saved per lesson and offered
//     back as savedScrollFraction / savedAnchor when the lesson is opened again;
//   - a SAY box's "Copy" link (dojo://action/copy-say…) puts the box's plain text on the clipboard and
//     emits phraseCopied.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class LessonController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString lessonId READ lessonId WRITE setLessonId NOTIFY lessonChanged)
    Q_PROPERTY(bool darkTheme READ darkTheme WRITE setDarkTheme NOTIFY lessonChanged)
    Q_PROPERTY(bool valid READ isValid NOTIFY lessonChanged)
    Q_PROPERTY(QString title READ title NOTIFY lessonChanged)
    Q_PROPERTY(QString moduleTitle READ moduleTitle NOTIFY lessonChanged)
    Q_PROPERTY(int minutes READ minutes NOTIFY lessonChanged)
    Q_PROPERTY(QUrl pageUrl READ pageUrl NOTIFY lessonChanged)
    Q_PROPERTY(QVariantList toc READ toc NOTIFY lessonChanged)
    Q_PROPERTY(QString previousLessonId READ previousLessonId NOTIFY lessonChanged)
    Q_PROPERTY(QString nextLessonId READ nextLessonId NOTIFY lessonChanged)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY statusChanged)
    // [{ id, title, questions }] the quizzes whose lesson is this one; [{ id, title }] the scenarios of
    // the lesson's module.
    Q_PROPERTY(QVariantList quizLinks READ quizLinks NOTIFY lessonChanged)
    Q_PROPERTY(QVariantList scenarioLinks READ scenarioLinks NOTIFY lessonChanged)

    Q_PROPERTY(bool reading READ reading WRITE setReading NOTIFY readingChanged)
    Q_PROPERTY(bool canRecord READ canRecord NOTIFY progressChanged)
    Q_PROPERTY(bool completed READ completed NOTIFY progressChanged)
    Q_PROPERTY(bool outdated READ outdated NOTIFY progressChanged) // an earlier version was completed
    Q_PROPERTY(int minimumReadingSeconds READ minimumReadingSeconds NOTIFY lessonChanged)
    Q_PROPERTY(double savedScrollFraction READ savedScrollFraction NOTIFY progressChanged)
    Q_PROPERTY(QString savedAnchor READ savedAnchor NOTIFY progressChanged)
    Q_PROPERTY(QString recordError READ recordError NOTIFY progressChanged)

public:
    enum class Status { Empty, Loading, Ready, Failed };
    Q_ENUM(Status)
    // What the view does with a navigation request (maps to WebEngineNavigationRequest actions).
    enum class NavigationAction { Accept, Ignore };
    Q_ENUM(NavigationAction)

    explicit LessonController(QObject *parent = nullptr);
    ~LessonController() override;

    QString lessonId() const { return m_lessonId; }
    void setLessonId(const QString &id);
    bool darkTheme() const { return m_dark; }
    void setDarkTheme(bool dark);
    bool isValid() const;
    QString title() const;
    QString moduleTitle() const;
    int minutes() const;
    QUrl pageUrl() const;
    QVariantList toc() const;
    QString previousLessonId() const;
    QString nextLessonId() const;
    Status status() const { return m_status; }
    QString errorText() const { return m_errorText; }
    QVariantList quizLinks() const;
    QVariantList scenarioLinks() const;

    bool reading() const { return m_reading; }
    void setReading(bool reading);
    bool canRecord() const;
    bool completed() const { return m_completed; }
    bool outdated() const { return m_outdated; }
    int minimumReadingSeconds() const;
    double savedScrollFraction() const { return m_savedFraction; }
    QString savedAnchor() const { return m_savedAnchor; }
    QString recordError() const { return m_recordError; }
    // Time spent on this lesson over every visit, including the running one.
    qint64 timeSpentMs() const;

    // Called by the view when the page finished loading (ok) or failed (message from WebEngine).
    Q_INVOKABLE void pageLoadFinished(bool ok, const QString &message);
    // Decides a navigation: lesson pages load in place, http(s) opens the system browser, copy links
    // copy, the rest is refused and logged.
    Q_INVOKABLE NavigationAction navigationRequested(const QUrl &url);
    // Completes the current version of the lesson for the signed-in trainee.
    Q_INVOKABLE void markComplete();
    // The view's scroll state (CSS pixels): remembered as the reading position, and the end of the
    // page may complete the lesson.
    Q_INVOKABLE void reportScroll(double scrollY, double viewportHeight, double contentHeight);
    // The reader jumped to a heading (table of contents, a quiz's "see the lesson").
    Q_INVOKABLE void reportAnchor(const QString &anchor);
    // Puts the plain text of SAY box `index` of this lesson on the clipboard; false if there is none.
    Q_INVOKABLE bool copyPhrase(int index);

signals:
    void lessonChanged();
    void statusChanged();
    void openLessonRequested(const QString &lessonId);
    void readingChanged();
    void progressChanged();
    void phraseCopied(const QString &text);
    void completedAutomatically();

private:
    void setStatus(Status status, const QString &error = {});
    QString neighbour(int offset) const;
    void leaveLesson();     // stores the time and position of the lesson being left
    void enterLesson();     // records the opening, reads progress and position
    void flushTime();
    void savePosition();
    void tick();
    void complete(bool automatic);
    void updateClock();
    void setRecordError(const QString &message);

    QString m_lessonId;
    bool m_dark = false;
    Status m_status = Status::Empty;
    QString m_errorText;

    bool m_reading = false;
    bool m_completed = false;
    bool m_outdated = false;
    qint64 m_storedMs = 0;      // time spent as stored
    QElapsedTimer m_clock;      // running while reading, since the last flush
    QTimer m_tick;
    bool m_atEnd = false;
    double m_fraction = 0;      // current position
    bool m_positionDirty = false;
    QString m_anchor;
    double m_savedFraction = 0; // position found when the lesson was opened
    QString m_savedAnchor;
    QString m_recordError;
    QPointer<QObject> m_session; // the AppSession seen at construction; null once it is gone
};
