#include "lessonlistmodel.h"

void LessonListModel::setCourse(const dojo::Course *course)
{
    beginResetModel();
    m_rows.clear();
    if (course) {
        for (const dojo::Module &module : course->modules) {
            for (const dojo::ModuleItem &item : module.items) {
                if (item.kind != dojo::ItemKind::Lesson)
                    continue;
                if (const dojo::Lesson *lesson = course->lesson(item.id))
                    m_rows.append({lesson, &module});
            }
        }
    }
    endResetModel();
    emit countChanged();
}

int LessonListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LessonListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.lesson->title;
    case IdRole:
        return row.lesson->id;
    case SummaryRole:
        return row.lesson->summary;
    case MinutesRole:
        return row.lesson->minutes;
    case ModuleIdRole:
        return row.module->id;
    case ModuleTitleRole:
        return row.module->title;
    case TagsRole:
        return row.lesson->tags;
    default:
        return {};
    }
}

QHash<int, QByteArray> LessonListModel::roleNames() const
{
    return {{IdRole, "lessonId"},      {TitleRole, "title"},       {SummaryRole, "summary"},
            {MinutesRole, "minutes"},  {ModuleIdRole, "moduleId"}, {ModuleTitleRole, "moduleTitle"},
            {TagsRole, "tags"}};
}

int LessonListModel::indexOf(const QString &lessonId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].lesson->id == lessonId)
            return i;
    }
    return -1;
}

QString LessonListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].lesson->id : QString();
}
