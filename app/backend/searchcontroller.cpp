#include "searchcontroller.h"

#include "coursecatalog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcSearchUi, "dojo.search.ui")

namespace {

// One index per course, shared by every controller (the knowledge page and the palette) and freed
// when the last of them goes. `generation` counts Catalog.courseChanged; the cache connects to the
// catalog before any controller does, so it has counted a change before a controller hears of it.
struct SharedIndex {
    QPointer<CourseCatalog> catalog;
    QMetaObject::Connection connection;
    quint64 generation = 1;
    quint64 builtGeneration = 0;
    const dojo::Course *builtFor = nullptr;
    std::weak_ptr<const dojo::SearchIndex> index;

    static SharedIndex &instance()
    {
        static SharedIndex shared;
        return shared;
    }

    void watch(CourseCatalog *c)
    {
        if (catalog == c)
            return;
        QObject::disconnect(connection);
        catalog = c;
        index.reset();
        builtFor = nullptr;
        ++generation;
        if (c)
            connection = QObject::connect(c, &CourseCatalog::courseChanged, c, [this] { ++generation; });
    }

    std::shared_ptr<const dojo::SearchIndex> acquire(CourseCatalog *c)
    {
        watch(c);
        if (!c || !c->course())
            return {};
        if (auto existing = index.lock(); existing && builtGeneration == generation && builtFor == c->course())
            return existing;
        auto built = std::make_shared<dojo::SearchIndex>(*c->course());
        if (!built->isReady())
            qCWarning(lcSearchUi) << "search index incomplete, only 1–2 character words will be found:"
                                  << built->error();
        index = built;
        builtGeneration = generation;
        builtFor = c->course();
        return built;
    }
};

QString kindName(dojo::SearchHit::Kind kind)
{
    return kind == dojo::SearchHit::Kind::Phrase ? QStringLiteral("phrase") : QStringLiteral("lesson");
}

} // namespace

// ---- SearchResultModel ----------------------------------------------------------------------------

void SearchResultModel::setHits(QList<dojo::SearchHit> hits)
{
    const bool countChanges = hits.size() != m_hits.size();
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
    if (countChanges)
        emit countChanged();
}

void SearchResultModel::setHighlightColor(const QColor &color)
{
    if (color == m_highlight)
        return;
    m_highlight = color;
    if (!m_hits.isEmpty())
        emit dataChanged(index(0), index(int(m_hits.size()) - 1),
                         {TitleHtmlRole, ContextHtmlRole, SnippetHtmlRole, NeverHtmlRole});
}

const dojo::SearchHit *SearchResultModel::hit(int row) const
{
    return row >= 0 && row < m_hits.size() ? &m_hits.at(row) : nullptr;
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QString SearchResultModel::toStyledText(const dojo::HighlightedText &text, const QColor &color)
{
    const QString open = QStringLiteral("<b><font color=\"%1\">").arg(color.name());
    const QString close = QStringLiteral("</font></b>");
    QString out;
    int at = 0;
    for (const dojo::TextRange &r : text.matches) {
        if (r.start < at || r.start + r.length > text.text.size())
            continue;
        out += text.text.mid(at, r.start - at).toHtmlEscaped();
        out += open + text.text.mid(r.start, r.length).toHtmlEscaped() + close;
        at = r.start + r.length;
    }
    out += text.text.mid(at).toHtmlEscaped();
    return out;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    const dojo::SearchHit *h = hit(index.row());
    if (!h || index.parent().isValid())
        return {};
    switch (role) {
    case KindRole:
        return kindName(h->kind);
    case LessonIdRole:
        return h->lessonId;
    case AnchorRole:
        return h->anchor;
    case PhraseIdRole:
        return h->phraseId;
    case SituationRole:
        return h->situation;
    case TitleRole:
        return h->title.text;
    case TitleHtmlRole:
        return toStyledText(h->title, m_highlight);
    case ContextRole:
        return h->context.text;
    case ContextHtmlRole:
        return toStyledText(h->context, m_highlight);
    case SnippetRole:
        return h->snippet.text;
    case SnippetHtmlRole:
        return toStyledText(h->snippet, m_highlight);
    case NeverRole:
        return h->never.text;
    case NeverHtmlRole:
        return toStyledText(h->never, m_highlight);
    case TagsRole:
        return h->tags.text;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultModel::roleNames() const
{
    return {
        {KindRole, "kind"},
        {LessonIdRole, "lessonId"},
        {AnchorRole, "anchor"},
        {PhraseIdRole, "phraseId"},
        {SituationRole, "situation"},
        {TitleRole, "title"},
        {TitleHtmlRole, "titleHtml"},
        {ContextRole, "context"},
        {ContextHtmlRole, "contextHtml"},
        {SnippetRole, "snippet"},
        {SnippetHtmlRole, "snippetHtml"},
        {NeverRole, "never"},
        {NeverHtmlRole, "neverHtml"},
        {TagsRole, "tags"},
    };
}

QVariantMap SearchResultModel::get(int row) const
{
    QVariantMap out;
    if (!hit(row))
        return out;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        out.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return out;
}

// ---- PhrasebookModel ------------------------------------------------------------------------------

void PhrasebookModel::setGroups(const QList<dojo::PhrasebookGroup> &groups)
{
    const qsizetype before = m_rows.size();
    beginResetModel();
    m_rows.clear();
    for (const dojo::PhrasebookGroup &group : groups) {
        for (const dojo::Phrase &phrase : group.phrases)
            m_rows.append({phrase, group.title});
    }
    endResetModel();
    if (before != m_rows.size())
        emit countChanged();
}

int PhrasebookModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PhrasebookModel::data(const QModelIndex &index, int role) const
{
    if (index.parent().isValid() || index.row() < 0 || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case PhraseIdRole:
        return row.phrase.id;
    case TextRole:
        return row.phrase.text;
    case NeverRole:
        return row.phrase.never;
    case NoteRole:
        return row.phrase.note;
    case TagsRole:
        return row.phrase.tags.join(QStringLiteral(" · "));
    case SituationRole:
        return row.phrase.situation;
    case SituationTitleRole:
        return row.situationTitle;
    case LessonIdRole:
        return row.phrase.lessonId;
    default:
        return {};
    }
}

QHash<int, QByteArray> PhrasebookModel::roleNames() const
{
    return {
        {PhraseIdRole, "phraseId"},   {TextRole, "text"},
        {NeverRole, "never"},         {NoteRole, "note"},
        {TagsRole, "tags"},           {SituationRole, "situation"},
        {SituationTitleRole, "situationTitle"}, {LessonIdRole, "lessonId"},
    };
}

QVariantMap PhrasebookModel::get(int row) const
{
    QVariantMap out;
    if (row < 0 || row >= m_rows.size())
        return out;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        out.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return out;
}

int PhrasebookModel::indexOf(const QString &phraseId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).phrase.id == phraseId)
            return int(i);
    }
    return -1;
}

// ---- SearchController -----------------------------------------------------------------------------

SearchController::SearchController(QObject *parent)
    : QObject(parent)
    , m_results(new SearchResultModel(this))
    , m_phrasebook(new PhrasebookModel(this))
{
    if (CourseCatalog *catalog = CourseCatalog::instance()) {
        SharedIndex::instance().watch(catalog); // before our own connection: see SharedIndex
        connect(catalog, &CourseCatalog::courseChanged, this, &SearchController::onCourseChanged);
    }
    refreshPhrasebook();
}

SearchController::~SearchController() = default;

void SearchController::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    emit queryChanged();
    runSearch();
}

void SearchController::setLimit(int limit)
{
    limit = std::clamp(limit, 1, 500);
    if (limit == m_limit)
        return;
    m_limit = limit;
    emit limitChanged();
    runSearch();
}

void SearchController::setHighlightColor(const QColor &color)
{
    if (color == m_highlightColor || !color.isValid())
        return;
    m_highlightColor = color;
    m_results->setHighlightColor(color);
    emit highlightColorChanged();
}

QString SearchController::topLessonId() const
{
    for (int row = 0; row < m_results->rowCount(); ++row) {
        const dojo::SearchHit *h = m_results->hit(row);
        if (h->kind == dojo::SearchHit::Kind::LessonSection)
            return h->lessonId;
    }
    return {};
}

bool SearchController::available() const
{
    const CourseCatalog *catalog = CourseCatalog::instance();
    return catalog && catalog->course();
}

const dojo::SearchIndex *SearchController::index()
{
    SharedIndex &shared = SharedIndex::instance();
    if (!m_index || m_indexGeneration != shared.generation) {
        m_index.reset(); // let the old index go before a new one is built
        m_index = shared.acquire(CourseCatalog::instance());
        m_indexGeneration = shared.generation;
    }
    return m_index.get();
}

void SearchController::runSearch()
{
    QList<dojo::SearchHit> hits;
    if (!m_query.trimmed().isEmpty()) {
        if (const dojo::SearchIndex *idx = index())
            hits = idx->search(m_query, m_limit);
    }
    if (hits.isEmpty() && m_results->rowCount() == 0)
        return;
    m_results->setHits(std::move(hits));
    emit resultsChanged();
}

void SearchController::refreshPhrasebook()
{
    const CourseCatalog *catalog = CourseCatalog::instance();
    if (catalog && catalog->course())
        m_phrasebook->setGroups(dojo::phrasebookBySituation(*catalog->course()));
    else
        m_phrasebook->setGroups({});
}

void SearchController::onCourseChanged()
{
    m_index.reset();
    refreshPhrasebook();
    emit availableChanged();
    runSearch(); // the old course's hits go, even when the new course finds nothing
}

bool SearchController::copyText(const QString &text)
{
    if (text.isEmpty())
        return false;
    QClipboard *clipboard = qobject_cast<QGuiApplication *>(QCoreApplication::instance())
                                ? QGuiApplication::clipboard()
                                : nullptr;
    if (!clipboard) {
        qCWarning(lcSearchUi) << "no clipboard to copy to";
        return false;
    }
    clipboard->setText(text);
    emit copied(text);
    return true;
}

bool SearchController::open(int row)
{
    const dojo::SearchHit *h = m_results->hit(row);
    if (!h)
        return false;
    if (h->kind == dojo::SearchHit::Kind::Phrase)
        return copyText(h->title.text);
    CourseCatalog *catalog = CourseCatalog::instance();
    if (!catalog)
        return false;
    catalog->requestLessonSection(h->lessonId, h->anchor);
    return true;
}
