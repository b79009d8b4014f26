// Content problems (errors and warnings from the loader) for the trainer's problem list.
#pragma once

#include "content/model.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class ContentProblemsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read it from Catalog.problems")
public:
    enum Role { FileRole = Qt::UserRole + 1, LineRole, ColumnRole, IsErrorRole, MessageRole, LocationRole };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    void setDiagnostics(const QList<dojo::Diagnostic> &diagnostics);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<dojo::Diagnostic> m_items;
};
