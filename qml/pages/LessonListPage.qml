import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ServiceDojo.Backend
import ServiceDojo.Ui

// The learning path: every lesson of the course, grouped by module, in learning order.
Page {
    id: page
    signal openLesson(string lessonId)
    background: Rectangle { color: Theme.window }

    header: ColumnLayout {
        spacing: 4
        Label {
            text: Catalog.courseTitle
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            Layout.topMargin: Theme.padding * 1.5
            Layout.leftMargin: Theme.padding * 2
        }
        Label {
            text: qsTr("%n lesson(s) in your learning path", "", Catalog.lessons.count)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.mutedText
            Layout.leftMargin: Theme.padding * 2
            Layout.bottomMargin: Theme.padding
        }
    }

    Label {
        anchors.centerIn: parent
        visible: Catalog.lessons.count === 0
        width: parent.width * 0.6
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        text: qsTr("No lessons could be loaded from %1. Open Studio to see what is wrong with the course files.")
                .arg(Catalog.contentRoot)
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontLarge
        color: Theme.mutedText
    }

    ListView {
        id: list
        objectName: "lessonList"
        anchors.fill: parent
        anchors.leftMargin: Theme.padding * 2
        anchors.rightMargin: Theme.padding * 2
        clip: true
        spacing: 6
        model: Catalog.lessons
        keyNavigationEnabled: true
        activeFocusOnTab: true
        ScrollBar.vertical: ScrollBar {}

        section.property: "moduleTitle"
        section.criteria: ViewSection.FullString
        section.delegate: Label {
            required property string section
            width: ListView.view.width
            topPadding: Theme.padding
            bottomPadding: 6
            text: section
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.accent
        }

        delegate: ItemDelegate {
            id: row
            required property int index
            required property string lessonId
            required property string title
            required property string summary
            required property int minutes

            objectName: "lessonItem_" + lessonId
            width: ListView.view.width
            highlighted: ListView.isCurrentItem
            Accessible.name: title
            onClicked: page.openLesson(lessonId)
            Keys.onReturnPressed: page.openLesson(lessonId)

            contentItem: RowLayout {
                spacing: Theme.padding
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        text: row.title
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontLarge
                        color: Theme.text
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        text: row.summary
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        color: Theme.mutedText
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
                Label {
                    text: qsTr("%n min", "", row.minutes)
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.mutedText
                }
            }
            background: Rectangle {
                radius: Theme.radius
                color: row.hovered ? Theme.surfaceAlt : Theme.surface
                border.color: row.visualFocus || row.highlighted && list.activeFocus ? Theme.focus : Theme.border
                border.width: row.visualFocus ? 2 : 1
            }
        }
    }
}
