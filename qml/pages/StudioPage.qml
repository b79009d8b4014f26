import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ServiceDojo.Backend
import ServiceDojo.Ui

// Studio (trainers): the content problems of the course, each with its file, line and column.
Page {
    objectName: "studioPage"
    background: Rectangle { color: Theme.window }

    header: DojoColumnLayout {
        spacing: 4
        Label {
            text: qsTr("Course problems")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            Layout.topMargin: Theme.padding * 1.5
            Layout.leftMargin: Theme.padding * 2
        }
        Label {
            text: Catalog.problemCount === 0
                  ? qsTr("Every course file in %1 is valid.").arg(Catalog.contentRoot)
                  : qsTr("%n problem(s) found. Files with errors are left out of the course until they are fixed; everything else works.", "", Catalog.problemCount)
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Catalog.errorCount > 0 ? Theme.error : Theme.mutedText
            Layout.leftMargin: Theme.padding * 2
            Layout.rightMargin: Theme.padding * 2
            Layout.bottomMargin: Theme.padding
            Layout.fillWidth: true
        }
    }

    // No problems: say what was checked and how to check again, instead of an empty list.
    DojoColumnLayout {
        objectName: "studioAllValid"
        visible: Catalog.loaded && Catalog.problemCount === 0
        anchors.centerIn: parent
        width: Math.min(560, parent.width - 4 * Theme.padding)
        spacing: Theme.spacing
        Label {
            text: "✓"
            color: Theme.success
            font.pixelSize: 48
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            text: qsTr("No problems in the course")
            color: Theme.text
            font.pixelSize: Theme.fontLarge
            font.bold: true
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            text: qsTr("Every lesson, quiz, role-play and phrasebook file was checked in both languages: the format, the ids and links between items, and that Chinese and English have the same items. When a file has a mistake, it is listed here with its line and what to change.")
            color: Theme.mutedText
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("From a terminal: servicedojo validate %1").arg(Catalog.contentRoot)
            color: Theme.mutedText
            font.pixelSize: Theme.fontSmall
            font.family: "monospace"
            wrapMode: Text.WrapAnywhere
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
    }

    ListView {
        objectName: "problemList"
        anchors.fill: parent
        anchors.leftMargin: Theme.padding * 2
        anchors.rightMargin: Theme.padding * 2
        clip: true
        spacing: 4
        model: Catalog.problems
        ScrollBar.vertical: ScrollBar {}
        delegate: Rectangle {
            required property string location
            required property string message
            required property bool isError
            width: ListView.view.width
            height: column.implicitHeight + Theme.padding
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            Accessible.name: location + " " + message
            DojoColumnLayout {
                id: column
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: 2
                Label {
                    text: (isError ? qsTr("Error") : qsTr("Warning")) + "  ·  " + location
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: isError ? Theme.error : Theme.warning
                    Layout.fillWidth: true
                    elide: Text.ElideMiddle
                }
                Label {
                    text: message
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
        }
    }
}
