#include "contentproblemsmodel.h"

void ContentProblemsModel::setDiagnostics(const QList<dojo::Diagnostic> &diagnostics)
{
    beginResetModel();
    m_items = diagnostics;
    endResetModel();
}

int ContentProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ContentProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const dojo::Diagnostic &d = m_items.at(index.row());
    switch (role) {
    case FileRole:
        return d.pos.file;
    case LineRole:
        return d.pos.line;
    case ColumnRole:
        return d.pos.column;
    case IsErrorRole:
        return d.severity == dojo::Diagnostic::Severity::Error;
    case Qt::DisplayRole:
    case MessageRole:
        return d.message;
    case LocationRole:
        return d.pos.line > 0 ? QStringLiteral("%1:%2:%3").arg(d.pos.file).arg(d.pos.line).arg(d.pos.column)
                              : d.pos.file;
    default:
        return {};
    }
}

QHash<int, QByteArray> ContentProblemsModel::roleNames() const
{
    return {{FileRole, "file"},       {LineRole, "line"},       {ColumnRole, "column"},
            {IsErrorRole, "isError"}, {MessageRole, "message"}, {LocationRole, "location"}};
}
