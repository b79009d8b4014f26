#include "content/yamlreader.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace dojo::content {

namespace {
QString keyName(const char *key)
{
    return QString::fromLatin1(key);
}

// Optimal string alignment distance: like Levenshtein, and a swap of neighbours counts as one edit.
int editDistance(const QString &a, const QString &b)
{
    const qsizetype n = a.size(), m = b.size();
    std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

bool parseWholeNumber(const std::string &s, qint64 &out)
{
    if (s.empty() || s.size() > 12)
        return false;
    size_t i = (s[0] == '+' || s[0] == '-') ? 1 : 0;
    if (i == s.size())
        return false;
    for (size_t j = i; j < s.size(); ++j) {
        if (s[j] < '0' || s[j] > '9')
            return false;
    }
    out = std::stoll(s);
    return true;
}

bool parseNumber(const std::string &s, double &out)
{
    bool ok = false;
    const QString text = QString::fromStdString(s);
    static const QRegularExpression decimal(QStringLiteral("^[+-]?[0-9]{1,9}(\\.[0-9]{1,6})?$"));
    if (!decimal.match(text).hasMatch())
        return false;
    out = text.toDouble(&ok);
    return ok;
}
} // namespace

bool isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64 || id.front() == u'-')
        return false;
    return std::all_of(id.begin(), id.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
    });
}

QString closestMatch(const QString &word, const QStringList &candidates)
{
    const QString lowered = word.toLower();
    QString best;
    int bestDistance = INT_MAX;
    for (const QString &c : candidates) {
        const int d = editDistance(lowered, c);
        if (d < bestDistance || (d == bestDistance && c < best)) { // ties: the same answer every run
            bestDistance = d;
            best = c;
        }
    }
    const int allowed = word.size() <= 4 ? 1 : word.size() <= 8 ? 2 : 3;
    return bestDistance <= allowed ? best : QString();
}

MapReader::MapReader(const YamlNode &node, FileDiagnostics &diag, std::initializer_list<const char *> keys)
    : m_node(node), m_diag(diag), m_keys(keys)
{
    QStringList known, absent; // suggestions come from the keys not written yet
    for (const char *k : keys) {
        known.append(keyName(k));
        if (!std::any_of(node.entries.begin(), node.entries.end(),
                         [&](const YamlEntry &e) { return e.key.scalar == k; }))
            absent.append(keyName(k));
    }
    for (size_t i = 0; i < node.entries.size(); ++i) {
        const YamlNode &key = node.entries[i].key;
        const QString name = key.text();
        for (size_t j = 0; j < i; ++j) {
            if (node.entries[j].key.scalar == key.scalar) {
                diag.error(diag.pos(key.mark),
                           msg::duplicateKey(name, diag.pos(node.entries[j].key.mark).line));
                break;
            }
        }
        if (!known.contains(name)) {
            const QString suggestion = closestMatch(name, absent);
            if (!suggestion.isEmpty())
                m_suggested.append(suggestion);
            diag.error(diag.pos(key.mark), msg::unknownKey(name, suggestion, known));
        }
    }
}

const YamlNode *MapReader::value(const char *key) const
{
    for (const YamlEntry &e : m_node.entries) {
        if (e.key.scalar == key)
            return &e.value;
    }
    return nullptr;
}

SourcePos MapReader::pos() const
{
    return m_diag.pos(m_node.mark);
}

SourcePos MapReader::keyPos(const char *key) const
{
    for (const YamlEntry &e : m_node.entries) {
        if (e.key.scalar == key)
            return m_diag.pos(e.key.mark);
    }
    return pos();
}

SourcePos MapReader::valuePos(const char *key) const
{
    const YamlNode *v = value(key);
    return v ? m_diag.pos(v->mark) : pos();
}

void MapReader::rejectKeysOutside(std::initializer_list<const char *> allowed, const QString &type)
{
    for (const YamlEntry &e : m_node.entries) {
        const bool known =
            std::any_of(m_keys.begin(), m_keys.end(), [&](const char *k) { return e.key.scalar == k; });
        const bool fits =
            std::any_of(allowed.begin(), allowed.end(), [&](const char *k) { return e.key.scalar == k; });
        if (known && !fits)
            m_diag.error(m_diag.pos(e.key.mark), msg::keyNotForType(e.key.text(), type));
    }
}

const YamlNode *MapReader::present(const char *key, Need need)
{
    const YamlNode *v = value(key);
    if (!v && need == Need::Required && !m_suggested.contains(keyName(key)))
        m_diag.error(pos(), msg::missingField(keyName(key)));
    if (v && v->isNull()) {
        if (need == Need::Required)
            m_diag.error(m_diag.pos(v->mark), msg::emptyValue(keyName(key)));
        return nullptr;
    }
    return v;
}

QString MapReader::text(const char *key, Need need)
{
    const YamlNode *v = present(key, need);
    if (!v)
        return {};
    if (!v->isScalar()) {
        m_diag.error(m_diag.pos(v->mark), msg::notText(keyName(key)));
        return {};
    }
    QString t = v->text();
    if (need == Need::Required && t.trimmed().isEmpty())
        m_diag.error(m_diag.pos(v->mark), msg::emptyValue(keyName(key)));
    return t;
}

QString MapReader::id(const char *key, Need need)
{
    const YamlNode *v = value(key);
    const QString t = text(key, need);
    if (v && !t.isEmpty() && !isValidId(t))
        m_diag.error(m_diag.pos(v->mark), msg::invalidId(t));
    return t;
}

std::optional<int> readInteger(const YamlNode &value, const QString &key, int min, int max,
                               FileDiagnostics &diag)
{
    qint64 n = 0;
    if (!value.isScalar() || !parseWholeNumber(value.scalar, n)) {
        diag.error(diag.pos(value.mark), msg::notWholeNumber(key));
        return std::nullopt;
    }
    if (n < min || n > max) {
        diag.error(diag.pos(value.mark), msg::outOfRange(key, min, max));
        return std::nullopt;
    }
    return int(n);
}

std::optional<int> MapReader::integer(const char *key, Need need, int min, int max)
{
    const YamlNode *v = present(key, need);
    return v ? readInteger(*v, keyName(key), min, max, m_diag) : std::nullopt;
}

std::optional<double> MapReader::number(const char *key, Need need)
{
    const YamlNode *v = present(key, need);
    if (!v)
        return std::nullopt;
    double d = 0;
    if (!v->isScalar() || !parseNumber(v->scalar, d)) {
        m_diag.error(m_diag.pos(v->mark), msg::notNumber(keyName(key)));
        return std::nullopt;
    }
    return d;
}

std::optional<bool> MapReader::boolean(const char *key, Need need)
{
    const YamlNode *v = present(key, need);
    if (!v)
        return std::nullopt;
    const QString t = v->isScalar() ? v->text().toLower() : QString();
    if (t == QLatin1String("true") || t == QLatin1String("yes"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("no"))
        return false;
    m_diag.error(m_diag.pos(v->mark), msg::notBoolean(keyName(key)));
    return std::nullopt;
}

QList<LocatedText> MapReader::texts(const char *key, Need need)
{
    QList<LocatedText> out;
    const YamlNode *v = list(key, need);
    if (!v)
        return out;
    out.reserve(qsizetype(v->items.size()));
    for (const YamlNode &item : v->items) {
        if (!item.isScalar() || item.scalar.empty()) {
            m_diag.error(m_diag.pos(item.mark), msg::listEntryNotText(keyName(key)));
            continue;
        }
        out.append({item.text(), m_diag.pos(item.mark)});
    }
    return out;
}

const YamlNode *MapReader::list(const char *key, Need need)
{
    const YamlNode *v = present(key, need);
    if (v && !v->isSequence()) {
        m_diag.error(m_diag.pos(v->mark), msg::notList(keyName(key)));
        return nullptr;
    }
    return v;
}

const YamlNode *MapReader::mapping(const char *key, Need need)
{
    const YamlNode *v = present(key, need);
    if (v && !v->isMap()) {
        m_diag.error(m_diag.pos(v->mark), msg::notMapping(keyName(key)));
        return nullptr;
    }
    return v;
}

bool MapReader::checkCount(const char *key, qsizetype count, int min, int max)
{
    if (count >= min && count <= max)
        return true;
    m_diag.error(valuePos(key), msg::countOutOfRange(keyName(key), min, max, int(count)));
    return false;
}

} // namespace dojo::content
