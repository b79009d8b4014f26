import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ServiceDojo.Ui

// One entry of the navigation rail.
ItemDelegate {
    id: control
    property string glyph
    property bool current: false

    Layout.fillWidth: true
    implicitHeight: 48
    highlighted: current
    Accessible.name: text
    Accessible.role: Accessible.PageTab

    contentItem: DojoRowLayout {
        spacing: 12
        Label {
            text: control.glyph
            font.pixelSize: 18
            color: Theme.railText
            Layout.preferredWidth: 24
            horizontalAlignment: Text.AlignHCenter
        }
        Label {
            text: control.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: control.current
            color: Theme.railText
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
    }
    background: Rectangle {
        radius: Theme.radius
        color: control.current ? Theme.railActive : (control.hovered ? Qt.rgba(1, 1, 1, 0.08) : "transparent")
        border.width: control.visualFocus ? 2 : 0
        border.color: Theme.focus
    }
}
