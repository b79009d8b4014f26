#include "content/yamltree.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <sstream>

namespace dojo::content {

namespace {
TextMark toMark(const YAML::Mark &m)
{
    if (m.is_null())
        return {};
    return {m.pos, m.line, m.column};
}

class TreeBuilder final : public YAML::EventHandler {
public:
    std::optional<YamlNode> root;
    std::optional<TextMark> documentStart;
    std::optional<TextMark> alias;

    void OnDocumentStart(const YAML::Mark &mark) override { documentStart = toMark(mark); }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t) override
    {
        YamlNode n;
        n.mark = toMark(mark);
        add(std::move(n));
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t) override
    {
        if (!alias)
            alias = toMark(mark);
        OnNull(mark, 0);
    }

    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t,
                  const std::string &value) override
    {
        YamlNode n;
        n.kind = YamlNode::Kind::Scalar;
        n.scalar = value;
        n.mark = toMark(mark);
        add(std::move(n));
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t,
                         YAML::EmitterStyle::value) override
    {
        open(YamlNode::Kind::Sequence, mark);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t,
                    YAML::EmitterStyle::value) override
    {
        open(YamlNode::Kind::Map, mark);
    }
    void OnMapEnd() override { close(); }

private:
    struct Frame {
        YamlNode node;
        std::optional<YamlNode> key; // a map's key waiting for its value
    };
    std::vector<Frame> m_stack;

    void open(YamlNode::Kind kind, const YAML::Mark &mark)
    {
        Frame f;
        f.node.kind = kind;
        f.node.mark = toMark(mark);
        m_stack.push_back(std::move(f));
    }

    void close()
    {
        if (m_stack.empty())
            return;
        YamlNode done = std::move(m_stack.back().node);
        m_stack.pop_back();
        add(std::move(done));
    }

    void add(YamlNode &&n)
    {
        if (m_stack.empty()) {
            root = std::move(n);
            return;
        }
        Frame &top = m_stack.back();
        if (top.node.isSequence()) {
            top.node.items.push_back(std::move(n));
        } else if (!top.key) {
            top.key = std::move(n);
        } else {
            if (n.isNull())
                n.mark = top.key->mark; // yaml-cpp marks an empty value at the next token
            top.node.entries.push_back({std::move(*top.key), std::move(n)});
            top.key.reset();
        }
    }
};
} // namespace

std::optional<YamlNode> parseYaml(const QByteArray &text, int firstLine, FileDiagnostics &diag)
{
    diag.setSource(text, firstLine);
    std::istringstream in(text.toStdString());
    try {
        YAML::Parser parser(in);
        TreeBuilder first;
        if (!parser.HandleNextDocument(first))
            return YamlNode{};
        if (first.alias) {
            diag.error(diag.pos(*first.alias), msg::yamlAlias());
            return std::nullopt;
        }
        TreeBuilder second;
        if (parser.HandleNextDocument(second)) {
            diag.error(diag.pos(second.documentStart.value_or(TextMark{})), msg::yamlSecondDocument());
            return std::nullopt;
        }
        return first.root ? std::move(first.root) : YamlNode{};
    } catch (const YAML::Exception &e) {
        TextMark mark = toMark(e.mark);
        QString what = QString::fromStdString(e.msg);
        // A tab in the indentation confuses yaml-cpp into several different complaints: name the tab.
        const qsizetype lineStart = qsizetype(mark.offset) - mark.column;
        for (qsizetype i = lineStart; i >= 0 && i < text.size() && (text[i] == ' ' || text[i] == '\t'); ++i) {
            if (text[i] == '\t') {
                mark = {int(i), mark.line, int(i - lineStart)};
                what = QString::fromLatin1(YAML::ErrorMsg::TAB_IN_INDENTATION);
                break;
            }
        }
        diag.error(diag.pos(mark), msg::yamlSyntax(what));
    } catch (const std::exception &e) {
        diag.error(diag.filePos(), msg::yamlSyntax(QString::fromLocal8Bit(e.what())));
    }
    return std::nullopt;
}

} // namespace dojo::content
