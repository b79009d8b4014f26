import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ServiceDojo.Backend
import ServiceDojo.Ui

// The lesson reader: contents on the left, the rendered lesson, previous / next at the bottom.
Page {
    id: page
    objectName: "lessonReader"
    property alias lessonId: controller.lessonId
    signal back()

    background: Rectangle { color: Theme.window }

    LessonController {
        id: controller
        darkTheme: AppSettings.darkTheme
        onOpenLessonRequested: function(id) { controller.lessonId = id }
    }

    header: ToolBar {
        background: Rectangle { color: Theme.surface; border.color: Theme.border }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacing
            anchors.rightMargin: Theme.padding
            spacing: Theme.spacing
            ToolButton {
                objectName: "backToLessons"
                text: "‹ " + qsTr("All lessons")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Back to all lessons")
                onClicked: page.back()
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label {
                    objectName: "lessonTitle"
                    text: controller.title
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.text
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    text: controller.moduleTitle + "  ·  " + qsTr("%n min read", "", controller.minutes)
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.mutedText
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                }
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.preferredWidth: 240
            Layout.fillHeight: true
            color: Theme.surfaceAlt
            border.color: Theme.border
            visible: page.width > 900

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.padding
                spacing: Theme.spacing
                Label {
                    text: qsTr("Contents")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.mutedText
                }
                ListView {
                    objectName: "lessonToc"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: controller.toc
                    delegate: ItemDelegate {
                        required property var modelData
                        width: ListView.view.width
                        leftPadding: modelData.level === 3 ? 24 : 8
                        text: modelData.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        Accessible.name: modelData.text
                        onClicked: lessonView.showAnchor(modelData.anchor)
                        contentItem: Label {
                            text: parent.text
                            font: parent.font
                            color: Theme.text
                            wrapMode: Text.WordWrap
                        }
                        background: Rectangle {
                            radius: 4
                            color: parent.hovered ? Theme.surface : "transparent"
                            border.width: parent.visualFocus ? 2 : 0
                            border.color: Theme.focus
                        }
                    }
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            Item {
                Layout.fillWidth: true
                Layout.fillHeight: true
                LessonView {
                    id: lessonView
                    anchors.fill: parent
                    controller: controller
                }
                Label {
                    anchors.centerIn: parent
                    width: parent.width * 0.7
                    visible: controller.status === LessonController.Failed
                    text: controller.errorText
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLarge
                    color: Theme.error
                }
                BusyIndicator {
                    anchors.centerIn: parent
                    running: controller.status === LessonController.Loading
                }
            }

            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: 56
                color: Theme.surface
                border.color: Theme.border
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.padding
                    anchors.rightMargin: Theme.padding
                    Button {
                        objectName: "previousLesson"
                        text: "‹ " + qsTr("Previous")
                        font.family: Theme.fontFamily
                        enabled: controller.previousLessonId !== ""
                        Accessible.name: qsTr("Previous lesson")
                        onClicked: controller.lessonId = controller.previousLessonId
                    }
                    Item { Layout.fillWidth: true }
                    Button {
                        objectName: "nextLesson"
                        text: qsTr("Next") + " ›"
                        font.family: Theme.fontFamily
                        highlighted: true
                        enabled: controller.nextLessonId !== ""
                        Accessible.name: qsTr("Next lesson")
                        onClicked: controller.lessonId = controller.nextLessonId
                    }
                }
            }
        }
    }
}
