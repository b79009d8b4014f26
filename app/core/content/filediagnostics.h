// Collects the problems of one content file and turns parser positions into trainer positions:
// path relative to the content root, 1-based line, 1-based character column. Internal.
#pragma once

#include "content/messages.h"
#include "content/model.h"

#include <QByteArray>

namespace dojo::content {

// A position as yaml-cpp reports it: 0-based line and byte column, byte offset into the parsed text.
struct TextMark {
    int offset = 0;
    int line = 0;
    int column = 0;
};

class FileDiagnostics {
public:
    explicit FileDiagnostics(QString relativePath) : m_path(std::move(relativePath)) {}

    const QString &path() const { return m_path; }

    // The text that marks refer to, and the line of the file where it starts (front matter: line 2).
    void setSource(const QByteArray &text, int firstLine);
    SourcePos pos(const TextMark &mark) const;
    SourcePos pos(int line, int column) const { return {m_path, line, column}; }
    SourcePos filePos() const { return {m_path, 1, 1}; }

    void error(const SourcePos &pos, const Problem &problem);
    void warning(const SourcePos &pos, const Problem &problem);
    void add(Diagnostic::Severity severity, const SourcePos &pos, const Problem &problem);
    void add(const Diagnostic &diagnostic); // one found before (a cached reading replayed)

    int errorCount() const { return m_errors; }
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    QList<Diagnostic> takeDiagnostics() { return std::exchange(m_diagnostics, {}); }

private:
    QString m_path;
    QByteArray m_source;
    int m_firstLine = 1;
    int m_errors = 0;
    QList<Diagnostic> m_diagnostics;
};

} // namespace dojo::content
