// The loaded course library as QML sees it: the course of the current language, its lessons in
// learning order, and the content problems trainers must fix. A QML singleton (`Catalog`) whose
// instance is made by the composition root.
#pragma once

#include "content/courseloader.h"

#include <QObject>
#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>
#include "contentproblemsmodel.h"
#include "lessonlistmodel.h"



class CourseCatalog : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Catalog)
    QML_SINGLETON
    Q_PROPERTY(QString locale READ locale NOTIFY courseChanged)
    Q_PROPERTY(QString courseTitle READ courseTitle NOTIFY courseChanged)
    Q_PROPERTY(QString contentRoot READ contentRoot NOTIFY courseChanged)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY courseChanged)
    Q_PROPERTY(LessonListModel *lessons READ lessons CONSTANT)
    Q_PROPERTY(ContentProblemsModel *problems READ problems CONSTANT)
    Q_PROPERTY(int problemCount READ problemCount NOTIFY courseChanged)
    Q_PROPERTY(int errorCount READ errorCount NOTIFY courseChanged)

public:
    // No default constructor on purpose: Qt 6.4 would prefer it over create() for the singleton.
    explicit CourseCatalog(QObject *parent);
    ~CourseCatalog() override;

    static CourseCatalog *create(QQmlEngine *, QJSEngine *);
    static void setInstance(CourseCatalog *catalog);
    static CourseCatalog *instance();

    // Loads every locale under contentRoot; never fails — problems become entries of `problems`.
    void load(const QString &contentRoot);
    // Loads again and shows the course of `locale` (after a language switch).
    void load(const QString &contentRoot, const QString &locale);
    // Picks the course for a content locale ("zh-CN", "en"); falls back to zh-CN, then any.
    void setLocale(const QString &locale);

    QString locale() const;
    QString courseTitle() const;
    QString contentRoot() const { return m_library.rootDir; }
    bool isLoaded() const { return m_course != nullptr; }
    LessonListModel *lessons() const { return m_lessons; }
    ContentProblemsModel *problems() const { return m_problems; }
    int problemCount() const;
    int errorCount() const;

    const dojo::Course *course() const { return m_course; }
    // The version of a lesson that progress is recorded against: one hash over every language's file
    // of the lesson, so switching the UI language does not make finished lessons look outdated, while
    // an edit in any language does. Empty for an unknown lesson.
    QByteArray lessonVersion(const QString &lessonId) const;
    const dojo::ContentLibrary &library() const { return m_library; }

    // Asks the UI to show a lesson (used by links, search, and the self-test).
    Q_INVOKABLE void requestLesson(const QString &lessonId);
    Q_INVOKABLE void requestLessonSection(const QString &lessonId, const QString &anchor);
    // Asks the UI to open a quiz player, a role-play, the review queue or a search (from any screen).
    Q_INVOKABLE void requestQuiz(const QString &quizId);
    Q_INVOKABLE void requestScenario(const QString &scenarioId);
    Q_INVOKABLE void requestReview();
    Q_INVOKABLE void requestSearch(const QString &text = {});
    // The lesson view reports how its page load ended.
    void reportLessonPage(const QString &lessonId, bool ok, const QString &message);

signals:
    void courseChanged();
    void lessonRequested(const QString &lessonId);
    // anchor: a heading anchor to scroll to (a quiz result's "see the lesson"), may be empty.
    void lessonSectionRequested(const QString &lessonId, const QString &anchor);
    void quizRequested(const QString &quizId);
    void scenarioRequested(const QString &scenarioId);
    void reviewRequested();
    void searchRequested(const QString &text);
    void lessonPageFinished(const QString &lessonId, bool ok, const QString &message);

private:
    void refreshModels();

    dojo::ContentLibrary m_library;
    const dojo::Course *m_course = nullptr;
    QString m_requestedLocale;
    LessonListModel *m_lessons;
    ContentProblemsModel *m_problems;
};
