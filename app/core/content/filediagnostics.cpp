#include "content/filediagnostics.h"

#include "content/sourcetext.h"

namespace dojo::content {

void FileDiagnostics::setSource(const QByteArray &text, int firstLine)
{
    m_source = text;
    m_firstLine = firstLine;
}

SourcePos FileDiagnostics::pos(const TextMark &mark) const
{
    const int column = characterColumn(m_source, qsizetype(mark.offset) - mark.column, mark.offset);
    return {m_path, m_firstLine + mark.line, column};
}

void FileDiagnostics::error(const SourcePos &pos, const Problem &problem)
{
    add(Diagnostic::Severity::Error, pos, problem);
}

void FileDiagnostics::warning(const SourcePos &pos, const Problem &problem)
{
    add(Diagnostic::Severity::Warning, pos, problem);
}

void FileDiagnostics::add(Diagnostic::Severity severity, const SourcePos &pos, const Problem &problem)
{
    if (severity == Diagnostic::Severity::Error)
        ++m_errors;
    m_diagnostics.append({severity, pos, QString::fromLatin1(problem.code), problem.message});
}

void FileDiagnostics::add(const Diagnostic &diagnostic)
{
    if (diagnostic.severity == Diagnostic::Severity::Error)
        ++m_errors;
    m_diagnostics.append(diagnostic);
}

} // namespace dojo::content
