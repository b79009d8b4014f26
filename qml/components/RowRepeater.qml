import QtQuick
import QtQuick.Layouts

// A Repeater for use inside a RowLayout (see ColumnRepeater for why). With `fill`, the delegates share
// the row's width equally; otherwise each keeps its own width.
Row {
    id: box
    property alias model: repeater.model
    property alias delegate: repeater.delegate
    property bool fill: false
    readonly property alias count: repeater.count

    Layout.fillWidth: fill
    visible: repeater.count > 0
    spacing: parent && parent.spacing !== undefined ? parent.spacing : 0

    Repeater {
        id: repeater
        onItemAdded: function(index, item) {
            if (box.fill)
                item.width = Qt.binding(function() {
                    return (box.width - box.spacing * Math.max(0, repeater.count - 1)) / Math.max(1, repeater.count)
                })
        }
    }
}
