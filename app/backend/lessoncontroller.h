// The lesson reader screen: which lesson, its page URL, table of contents, neighbours, and what to do
// with navigations inside the page. The page itself is rendered by LessonSchemeHandler.
#pragma once

#include <QObject>
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

public:
    enum class Status { Empty, Loading, Ready, Failed };
    Q_ENUM(Status)
    // What the view does with a navigation request (maps to WebEngineNavigationRequest actions).
    enum class NavigationAction { Accept, Ignore };
    Q_ENUM(NavigationAction)

    explicit LessonController(QObject *parent = nullptr);

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

    // Called by the view when the page finished loading (ok) or failed (message from WebEngine).
    Q_INVOKABLE void pageLoadFinished(bool ok, const QString &message);
    // Decides a navigation: lesson pages load in place, http(s) opens the system browser, the rest
    // is refused and logged.
    Q_INVOKABLE NavigationAction navigationRequested(const QUrl &url);

signals:
    void lessonChanged();
    void statusChanged();
    void openLessonRequested(const QString &lessonId);

private:
    void setStatus(Status status, const QString &error = {});
    QString neighbour(int offset) const;

    QString m_lessonId;
    bool m_dark = false;
    Status m_status = Status::Empty;
    QString m_errorText;
};
