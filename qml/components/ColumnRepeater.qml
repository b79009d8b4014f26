import QtQuick
import QtQuick.Layouts

// A Repeater for use inside a ColumnLayout: the delegates stack in a Column that is the layout's one
// cell. Under Qt 6.4 a Repeater placed directly in a Quick Layout can leave the layout holding a
// delegate it already destroyed when the model changes (a crash, seen on exit after a language switch).
// Delegates that ask for Layout.fillWidth get the column's width.
Column {
    id: box
    property alias model: repeater.model
    property alias delegate: repeater.delegate
    readonly property alias count: repeater.count
    function itemAt(index) { return repeater.itemAt(index) }

    Layout.fillWidth: true
    visible: repeater.count > 0
    spacing: parent && parent.spacing !== undefined ? parent.spacing : 0

    Repeater {
        id: repeater
        onItemAdded: function(index, item) {
            if (item.Layout.fillWidth)
                item.width = Qt.binding(function() { return box.width })
        }
    }
}
