import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ServiceDojo.Backend
import ServiceDojo.Ui

// The lesson reader: contents and practice links on the left, the rendered lesson, previous / next at
// the bottom. Time on the page, the reading position and completion are kept by the LessonController.
Page {
    id: page
    objectName: "lessonReader"
    property alias lessonId: controller.lessonId
    // A heading to show once the first lesson has loaded (set when pushed).
    property string initialAnchor: ""
    signal back()

    // Shows `lessonId`, at `anchor` when given.
    function open(lessonId, anchor) {
        if (lessonId === controller.lessonId) {
            if (anchor.length > 0)
                lessonView.showAnchor(anchor)
            return
        }
        lessonView.pendingAnchor = anchor
        controller.lessonId = lessonId
    }

    function showToast(text) {
        toastLabel.text = text
        toast.opacity = 1
        toastTimer.restart()
    }

    background: Rectangle { color: Theme.window }

    LessonController {
        id: controller
        darkTheme: AppSettings.darkTheme
        reading: page.visible && Qt.application.state === Qt.ApplicationActive
                 && controller.status === LessonController.Ready
        onOpenLessonRequested: function(id) { page.open(id, "") }
        onPhraseCopied: function(text) {
            page.showToast(qsTr("Copied: %1").arg(text.length > 60 ? text.substring(0, 60) + "…" : text))
        }
        onCompletedAutomatically: page.showToast(qsTr("Lesson complete — you read it to the end."))
    }

    header: ToolBar {
        background: Rectangle { color: Theme.surface; border.color: Theme.border }
        implicitHeight: headerRow.implicitHeight + Theme.spacing * 2
        DojoRowLayout {
            id: headerRow
            anchors.fill: parent
            anchors.leftMargin: Theme.spacing
            anchors.rightMargin: Theme.padding
            spacing: Theme.spacing
            ToolButton {
                id: backButton
                objectName: "backToLessons"
                text: "‹ " + qsTr("Learning path")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Back to the learning path")
                onClicked: page.back()
                background: Rectangle {
                    radius: Theme.radius
                    color: backButton.hovered ? Theme.surfaceAlt : "transparent"
                    border.width: backButton.visualFocus ? 2 : 0
                    border.color: Theme.focus
                }
            }
            DojoColumnLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
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
            Rectangle {
                objectName: "lessonCompleted"
                visible: controller.completed
                implicitWidth: completedLabel.implicitWidth + 24
                implicitHeight: 32
                radius: 16
                color: Qt.alpha(Theme.success, 0.15)
                Accessible.role: Accessible.StaticText
                Accessible.name: completedLabel.text
                Label {
                    id: completedLabel
                    anchors.centerIn: parent
                    text: "✓ " + qsTr("Completed")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.success
                }
            }
            Button {
                id: completeButton
                objectName: "lessonMarkComplete"
                visible: !controller.completed
                enabled: controller.canRecord && controller.valid
                text: qsTr("Mark as complete")
                font.family: Theme.fontFamily
                highlighted: true
                Accessible.name: text
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: controller.canRecord
                              ? qsTr("Also done for you when you reach the end of the lesson after %n minute(s) of reading.", "",
                                     Math.round(controller.minimumReadingSeconds / 60))
                              : qsTr("Sign in to keep track of your progress.")
                onClicked: controller.markComplete()
            }
        }
    }

    DojoColumnLayout {
        anchors.fill: parent
        spacing: 0

        // An earlier version was completed; this one changed since.
        Rectangle {
            Layout.fillWidth: true
            visible: controller.outdated
            implicitHeight: outdatedLabel.implicitHeight + Theme.spacing * 2
            color: Qt.alpha(Theme.warning, 0.14)
            Label {
                id: outdatedLabel
                anchors.fill: parent
                anchors.margins: Theme.spacing
                anchors.leftMargin: Theme.padding
                text: qsTr("This lesson was updated after you completed it. Read it again and mark it complete.")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                color: Theme.text
                wrapMode: Text.WordWrap
            }
        }

        DojoRowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            Rectangle {
                Layout.preferredWidth: page.width > 1500 ? 300 : 250
                Layout.fillHeight: true
                color: Theme.surfaceAlt
                border.color: Theme.border
                visible: page.width > 900

                DojoColumnLayout {
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
                        boundsBehavior: Flickable.StopAtBounds
                        ScrollBar.vertical: ScrollBar {}
                        delegate: ItemDelegate {
                            id: tocEntry
                            required property var modelData
                            required property int index
                            objectName: "lessonTocEntry_" + modelData.anchor
                            width: ListView.view.width
                            leftPadding: modelData.level === 3 ? 24 : 8
                            text: modelData.text
                            font.family: Theme.fontFamily
                            font.pixelSize: modelData.level === 3 ? Theme.fontSmall : Theme.fontBody
                            Accessible.name: modelData.text
                            onClicked: lessonView.showAnchor(modelData.anchor)
                            contentItem: Label {
                                text: tocEntry.text
                                font: tocEntry.font
                                color: tocEntry.modelData.level === 3 ? Theme.mutedText : Theme.text
                                wrapMode: Text.WordWrap
                            }
                            background: Rectangle {
                                radius: 4
                                color: tocEntry.hovered ? Theme.surface : "transparent"
                                border.width: tocEntry.visualFocus ? 2 : 0
                                border.color: Theme.focus
                            }
                        }
                    }

                    // Practice what the lesson teaches.
                    Label {
                        visible: controller.quizLinks.length + controller.scenarioLinks.length > 0
                        Layout.topMargin: Theme.spacing
                        text: qsTr("Practice this")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                        color: Theme.mutedText
                    }
                    ColumnRepeater {
                        model: controller.quizLinks
                        delegate: practiceLink
                    }
                    ColumnRepeater {
                        model: controller.scenarioLinks
                        delegate: practiceLink
                    }
                }
            }

            Item {
                Layout.fillWidth: true
                Layout.fillHeight: true
                LessonView {
                    id: lessonView
                    anchors.fill: parent
                    controller: controller
                    pendingAnchor: page.initialAnchor
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

                // "Copied" and "completed" notices.
                Rectangle {
                    id: toast
                    objectName: "copyToast"
                    anchors.horizontalCenter: parent.horizontalCenter
                    anchors.bottom: parent.bottom
                    anchors.bottomMargin: Theme.padding * 1.5
                    width: Math.min(parent.width - Theme.padding * 4, toastLabel.implicitWidth + Theme.padding * 2)
                    height: toastLabel.implicitHeight + Theme.spacing * 2
                    radius: height / 2
                    color: Theme.dark ? "#e6e6e3" : "#1f2328"
                    opacity: 0
                    visible: opacity > 0
                    Behavior on opacity { NumberAnimation { duration: 180 } }
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: toastLabel.text
                    Label {
                        id: toastLabel
                        anchors.centerIn: parent
                        width: Math.min(implicitWidth, toast.parent.width - Theme.padding * 6)
                        elide: Text.ElideRight
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        color: Theme.dark ? "#17191c" : "#ffffff"
                    }
                    Timer {
                        id: toastTimer
                        interval: 2500
                        onTriggered: toast.opacity = 0
                    }
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 56
            color: Theme.surface
            border.color: Theme.border
            DojoRowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.padding
                anchors.rightMargin: Theme.padding
                Button {
                    objectName: "previousLesson"
                    text: "‹ " + qsTr("Previous")
                    font.family: Theme.fontFamily
                    enabled: controller.previousLessonId !== ""
                    Accessible.name: qsTr("Previous lesson")
                    onClicked: page.open(controller.previousLessonId, "")
                }
                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    visible: controller.recordError.length > 0
                    text: qsTr("Your progress on this lesson could not be saved: %1").arg(controller.recordError)
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.error
                    elide: Text.ElideRight
                }
                Item { Layout.fillWidth: true; visible: controller.recordError.length === 0 }
                Button {
                    objectName: "nextLesson"
                    text: qsTr("Next") + " ›"
                    font.family: Theme.fontFamily
                    highlighted: true
                    enabled: controller.nextLessonId !== ""
                    Accessible.name: qsTr("Next lesson")
                    onClicked: page.open(controller.nextLessonId, "")
                }
            }
        }
    }

    // A button to a quiz (modelData has `questions`) or a role-play of this lesson.
    Component {
        id: practiceLink
        ItemDelegate {
            id: link
            required property var modelData
            readonly property bool isQuiz: modelData.questions !== undefined
            objectName: (isQuiz ? "lessonQuizLink_" : "lessonScenarioLink_") + modelData.id
            Layout.fillWidth: true
            leftPadding: 10
            rightPadding: 10
            Accessible.name: (isQuiz ? qsTr("Quiz") : qsTr("Role-play")) + ": " + modelData.title
            onClicked: isQuiz ? Catalog.requestQuiz(modelData.id) : Catalog.requestScenario(modelData.id)
            background: Rectangle {
                radius: Theme.radius
                color: link.hovered ? Theme.surface : "transparent"
                border.width: link.visualFocus ? 2 : 1
                border.color: link.visualFocus ? Theme.focus : Theme.border
            }
            contentItem: DojoColumnLayout {
                spacing: 0
                Label {
                    text: link.isQuiz ? qsTr("Quiz") + " · " + qsTr("%n question(s)", "", link.modelData.questions)
                                      : qsTr("Role-play")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.accent
                }
                Label {
                    Layout.fillWidth: true
                    text: link.modelData.title
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
            }
        }
    }
}
