#pragma once

#include <QObject>
#include <QQuickItem>
#include <QtQml/qqmlregistration.h>


// Works around a Qt 6.4 layout defect: when a parent layout resizes a nested RowLayout/ColumnLayout
// whose own arrangement is not marked dirty, the nested layout keeps the positions it computed for its
// old size (a chip centred for a taller row, a label overlapping its neighbour). Asking the nested layout
// for a polish makes it arrange its children again for the size it has now (QQuickLayout::updatePolish).
// Used by the Dojo layouts in qml/components (DojoRowLayout, DojoColumnLayout) on every size change.
class Relayout : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    Q_INVOKABLE void request(QQuickItem *layout) const;
};
