// The knowledge base and the Ctrl+K palette as QML sees them: a SearchController per screen (input:
// `query`; output: `results`), the phrasebook grouped by situation, copying to the clipboard and
// opening a hit. The index itself (dojo::SearchIndex) is built once per course and shared by every
// controller; it is rebuilt lazily, on the first search after Catalog.courseChanged (language switch).
#pragma once

#include "search/phrasebookgroups.h"
#include "search/searchindex.h"

#include <QAbstractListModel>
#include <QColor>
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <memory>

// Search hits (adapter over dojo::SearchHit). The *Html roles are the texts escaped for
// Text.StyledText with every match wrapped in <b><font color=…>.
class SearchResultModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read it from SearchController.results")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        KindRole = Qt::UserRole + 1, // "lesson" (a lesson section) or "phrase"
        LessonIdRole,
        AnchorRole,
        PhraseIdRole,
        SituationRole,
        TitleRole,
        TitleHtmlRole,
        ContextRole,
        ContextHtmlRole,
        SnippetRole,
        SnippetHtmlRole,
        NeverRole,
        NeverHtmlRole,
        TagsRole,
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    void setHits(QList<dojo::SearchHit> hits);
    void setHighlightColor(const QColor &color);
    const dojo::SearchHit *hit(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Every role of a row by name (an empty map for a row that does not exist).
    Q_INVOKABLE QVariantMap get(int row) const;

    // `text` escaped for Text.StyledText, each range in bold and `color`.
    static QString toStyledText(const dojo::HighlightedText &text, const QColor &color);

signals:
    void countChanged();

private:
    QList<dojo::SearchHit> m_hits;
    QColor m_highlight = QColor(QStringLiteral("#1a7f64"));
};

// Every phrase of the course, grouped by situation (use `situationTitle` as the ListView section).
class PhrasebookModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read it from SearchController.phrasebook")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        PhraseIdRole = Qt::UserRole + 1,
        TextRole,
        NeverRole,
        NoteRole,
        TagsRole, // joined with " · "
        SituationRole,
        SituationTitleRole,
        LessonIdRole, // the lesson whose front matter holds the phrase, or ""
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    void setGroups(const QList<dojo::PhrasebookGroup> &groups);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE QVariantMap get(int row) const;
    Q_INVOKABLE int indexOf(const QString &phraseId) const;

signals:
    void countChanged();

private:
    struct Row {
        dojo::Phrase phrase;
        QString situationTitle;
    };
    QList<Row> m_rows;
};

class SearchController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // What the user typed; results follow at once (searching is fast enough to run on every key).
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    // How many hits at most (default 30).
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY limitChanged)
    // Colour of highlighted matches in the *Html roles (bind it to Theme.accent).
    Q_PROPERTY(QColor highlightColor READ highlightColor WRITE setHighlightColor NOTIFY highlightColorChanged)
    Q_PROPERTY(SearchResultModel *results READ results CONSTANT)
    Q_PROPERTY(PhrasebookModel *phrasebook READ phrasebook CONSTANT)
    Q_PROPERTY(int resultCount READ resultCount NOTIFY resultsChanged)
    // Lesson id of the first hit that is a lesson section ("" when none) — handy for tests and the UI.
    Q_PROPERTY(QString topLessonId READ topLessonId NOTIFY resultsChanged)
    // False when no course is loaded (nothing to search).
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)

public:
    explicit SearchController(QObject *parent = nullptr);
    ~SearchController() override;

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    int limit() const { return m_limit; }
    void setLimit(int limit);
    QColor highlightColor() const { return m_highlightColor; }
    void setHighlightColor(const QColor &color);
    SearchResultModel *results() const { return m_results; }
    PhrasebookModel *phrasebook() const { return m_phrasebook; }
    int resultCount() const { return m_results->rowCount(); }
    QString topLessonId() const;
    bool available() const;

    // Puts `text` on the clipboard; emits copied(text). False for empty text or no clipboard.
    Q_INVOKABLE bool copyText(const QString &text);
    // Opens hit `row`: a lesson section through Catalog.requestLessonSection(lessonId, anchor); a
    // phrase is copied (copied() is emitted). False when the row does not exist.
    Q_INVOKABLE bool open(int row);

signals:
    void queryChanged();
    void limitChanged();
    void highlightColorChanged();
    void resultsChanged();
    void availableChanged();
    void copied(const QString &text);

private:
    void onCourseChanged();
    void runSearch();
    void refreshPhrasebook();
    const dojo::SearchIndex *index();

    QString m_query;
    int m_limit = 30;
    QColor m_highlightColor = QColor(QStringLiteral("#1a7f64"));
    SearchResultModel *m_results;
    PhrasebookModel *m_phrasebook;
    std::shared_ptr<const dojo::SearchIndex> m_index;
    quint64 m_indexGeneration = 0;
};
