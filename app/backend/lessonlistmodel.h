// The lessons of the current course in learning order (module by module). An adapter: no logic.
#pragma once

#include "content/model.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class LessonListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read it from Catalog.lessons")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        SummaryRole,
        MinutesRole,
        ModuleIdRole,
        ModuleTitleRole,
        TagsRole,
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    void setCourse(const dojo::Course *course);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE int indexOf(const QString &lessonId) const;
    Q_INVOKABLE QString idAt(int row) const;

signals:
    void countChanged();

private:
    struct Row {
        const dojo::Lesson *lesson;
        const dojo::Module *module;
    };
    QList<Row> m_rows;
};
