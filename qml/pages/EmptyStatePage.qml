import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ServiceDojo.Ui

// A section whose screens have not arrived yet says so plainly instead of showing an empty pane.
Page {
    property string heading
    property string explanation
    background: Rectangle { color: Theme.window }
    DojoColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width * 0.7, 560)
        spacing: Theme.padding
        Label {
            text: heading
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            text: explanation
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            color: Theme.mutedText
            Layout.fillWidth: true
        }
    }
}
