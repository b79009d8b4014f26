import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ServiceDojo.Backend
import ServiceDojo.Ui

// Practice: every quiz and role-play by module with the trainee's best result; the quiz player and
// the role-play player open on top.
StackView {
    id: stack
    objectName: "practicePage"

    // Back to the list (closes a player).
    function showList() { stack.pop(null) }

    function openQuiz(quizId) {
        stack.pop(null)
        stack.push(quizComponent, { quizId: quizId })
    }
    function openScenario(scenarioId) {
        stack.pop(null)
        stack.push(scenarioComponent, { scenarioId: scenarioId })
    }

    Component {
        id: quizComponent
        QuizPage { onBack: stack.pop(null) }
    }
    Component {
        id: scenarioComponent
        ScenarioPage { onBack: stack.pop(null) }
    }

    PracticeController { id: controller }

    initialItem: Pane {
        padding: 0
        background: Rectangle { color: Theme.window }

        ListView {
            id: list
            objectName: "practiceList"
            anchors.fill: parent
            anchors.margins: Theme.padding
            clip: true
            spacing: Theme.padding
            model: controller.modules
            ScrollBar.vertical: ScrollBar {}
            header: DojoColumnLayout {
                width: list.width
                spacing: 4
                Label {
                    text: qsTr("Practice")
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                }
                Label {
                    text: qsTr("Quizzes check what you know; role-plays let you talk to a simulated customer and score every reply.")
                    color: Theme.mutedText
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                    Layout.bottomMargin: Theme.spacing
                }
            }
            delegate: Rectangle {
                id: moduleCard
                required property var modelData
                width: list.width
                height: moduleColumn.implicitHeight + 2 * Theme.padding
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border

                DojoColumnLayout {
                    id: moduleColumn
                    anchors.fill: parent
                    anchors.margins: Theme.padding
                    spacing: Theme.spacing
                    Label {
                        text: moduleCard.modelData.title
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    ColumnRepeater {
                        model: moduleCard.modelData.quizzes
                        delegate: PracticeRow {
                            required property var modelData
                            objectName: "practiceQuiz_" + modelData.id
                            glyph: "?"
                            title: modelData.title
                            detail: (modelData.minutes > 0
                                     ? qsTr("Quiz · %n question(s)", "", modelData.questions) + " · " + qsTr("%n minute(s)", "", modelData.minutes)
                                     : qsTr("Quiz · %n question(s)", "", modelData.questions))
                                    + " · " + qsTr("pass mark %1%").arg(modelData.passMark)
                            result: modelData.best < 0 ? qsTr("Not tried yet")
                                  : (modelData.passed ? qsTr("Best %1% · passed").arg(modelData.best)
                                                      : qsTr("Best %1% · not passed yet").arg(modelData.best))
                            good: modelData.passed
                            onActivated: stack.openQuiz(modelData.id)
                        }
                    }
                    ColumnRepeater {
                        model: moduleCard.modelData.scenarios
                        delegate: PracticeRow {
                            required property var modelData
                            objectName: "practiceScenario_" + modelData.id
                            glyph: modelData.channel === "phone" ? "☎" : (modelData.channel === "chat" ? "✉" : "☺")
                            title: modelData.title
                            detail: (modelData.channel === "phone" ? qsTr("Role-play · phone call")
                                     : modelData.channel === "chat" ? qsTr("Role-play · online chat")
                                     : qsTr("Role-play · at the counter")) + " · " + modelData.persona
                            result: modelData.best < 0 ? qsTr("Not tried yet") : qsTr("Best %1 / 100").arg(modelData.best)
                            good: modelData.best >= 80
                            onActivated: stack.openScenario(modelData.id)
                        }
                    }
                }
            }
        }
    }

    component PracticeRow: ItemDelegate {
        id: row
        property string glyph
        property string title
        property string detail
        property string result
        property bool good: false
        signal activated()
        Layout.fillWidth: true
        Accessible.name: title + ", " + detail + ", " + result
        onClicked: row.activated()
        Keys.onReturnPressed: row.activated()
        background: Rectangle {
            radius: Theme.radius
            color: row.hovered ? Theme.surfaceAlt : "transparent"
            border.color: row.visualFocus ? Theme.focus : "transparent"
            border.width: 2
        }
        contentItem: DojoRowLayout {
            spacing: Theme.padding
            Label {
                text: row.glyph
                font.pixelSize: Theme.fontLarge
                color: Theme.accent
                Layout.preferredWidth: 28
                horizontalAlignment: Text.AlignHCenter
            }
            DojoColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label { text: row.title; color: Theme.text; font.bold: true; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                Label { text: row.detail; color: Theme.mutedText; font.pixelSize: Theme.fontSmall; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            }
            Label {
                text: row.result
                color: row.good ? Theme.success : Theme.mutedText
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}
