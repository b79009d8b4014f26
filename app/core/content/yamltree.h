// A YAML document as a small tree that remembers where every value was written. Built from yaml-cpp's
// event parser rather than YAML::Node: we need positions for null values too, repeated keys kept (to
// report them), aliases refused (they can multiply a small file into a huge tree), and it is faster.
// Internal to the content area.
#pragma once

#include "content/filediagnostics.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace dojo::content {

struct YamlEntry;

struct YamlNode {
    enum class Kind { Null, Scalar, Sequence, Map };
    Kind kind = Kind::Null;
    std::string scalar;             // UTF-8, for Scalar
    TextMark mark;                  // for a null map value: the position of its key
    std::vector<YamlNode> items;    // Sequence
    std::vector<YamlEntry> entries; // Map, in file order, repeated keys kept

    bool isNull() const { return kind == Kind::Null; }
    bool isScalar() const { return kind == Kind::Scalar; }
    bool isSequence() const { return kind == Kind::Sequence; }
    bool isMap() const { return kind == Kind::Map; }
    QString text() const { return QString::fromStdString(scalar); }
};

struct YamlEntry {
    YamlNode key;
    YamlNode value;
};

// Parses the one YAML document in `text`, which starts on line `firstLine` of the file `diag` reports
// for. Syntax problems are reported there; returns nullopt when the text is not valid YAML. A document
// with nothing in it (only comments) gives a Null node.
std::optional<YamlNode> parseYaml(const QByteArray &text, int firstLine, FileDiagnostics &diag);

} // namespace dojo::content
