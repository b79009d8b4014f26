// Reads one block of 'key: value' lines against what the format allows there: unknown keys (with a
// "did you mean"), repeated keys, missing required fields and wrong value types are reported as the
// values are read. Internal to the content area.
#pragma once

#include "content/yamltree.h"

#include <QList>

#include <climits>
#include <initializer_list>
#include <optional>
#include <vector>

namespace dojo::content {

enum class Need { Required, Optional };

struct LocatedText {
    QString text;
    SourcePos pos;
};

// Lower-case a-z, digits and '-', not starting with '-', at most 64 characters.
bool isValidId(const QString &id);

// Reads a whole number in [min, max] from `value`; reports what is wrong with it (naming `key`).
std::optional<int> readInteger(const YamlNode &value, const QString &key, int min, int max,
                               FileDiagnostics &diag);

// The closest candidate to `word` by edit distance, when close enough to be a likely typo; else empty.
QString closestMatch(const QString &word, const QStringList &candidates);

class MapReader {
public:
    // `node` must be a Map; `keys` are the keys allowed in it.
    MapReader(const YamlNode &node, FileDiagnostics &diag, std::initializer_list<const char *> keys);

    FileDiagnostics &diagnostics() const { return m_diag; }
    const YamlNode *value(const char *key) const;
    bool has(const char *key) const { return value(key) != nullptr; }
    SourcePos pos() const;                     // of the block (its first key)
    SourcePos keyPos(const char *key) const;   // of the key, or of the block when absent
    SourcePos valuePos(const char *key) const; // of the value, or of the key when it has none

    // Reports every present key not in `allowed` as not used by questions of type `type`.
    void rejectKeysOutside(std::initializer_list<const char *> allowed, const QString &type);

    QString text(const char *key, Need need);
    QString id(const char *key, Need need);
    std::optional<int> integer(const char *key, Need need, int min, int max);
    std::optional<double> number(const char *key, Need need);
    std::optional<bool> boolean(const char *key, Need need);
    QList<LocatedText> texts(const char *key, Need need);
    const YamlNode *list(const char *key, Need need);
    const YamlNode *mapping(const char *key, Need need);

    // Reports "'key' needs min to max entries" at the value when the count is outside the bounds.
    bool checkCount(const char *key, qsizetype count, int min, int max);

private:
    const YamlNode *present(const char *key, Need need);

    const YamlNode &m_node;
    FileDiagnostics &m_diag;
    std::vector<const char *> m_keys; // copied: an initializer_list does not outlive the call
    QStringList m_suggested;          // keys offered in a "did you mean": not reported missing as well
};

// Calls fn(MapReader-able node) for every entry of a list that is a block of keys; reports the others.
template <typename Fn> void forEachMap(const YamlNode *list, const char *key, FileDiagnostics &diag, Fn fn)
{
    if (!list)
        return;
    for (const YamlNode &entry : list->items) {
        if (!entry.isMap()) {
            diag.error(diag.pos(entry.mark), msg::listEntryNotMapping(QString::fromLatin1(key)));
            continue;
        }
        fn(entry);
    }
}

} // namespace dojo::content
