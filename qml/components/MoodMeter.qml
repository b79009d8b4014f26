import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ServiceDojo.Backend
import ServiceDojo.Ui

// The customer's mood, 0–100: a bar from red (angry) through amber to green (happy), the mood in words,
// and the change of the last reply flashing beside it. `floor` marks the point where the customer
// leaves (-1 = none).
Item {
    id: meter
    objectName: "moodMeter"

    property int mood: 50
    property int delta: 0
    property int floor: -1
    property bool compact: false
    // Bumped by the page after every reply so the same delta twice still flashes.
    property int pulse: 0

    readonly property color moodColor: mood < 20 ? Theme.error : (mood < 45 ? Theme.warning : (mood < 70 ? Theme.accent : Theme.success))
    readonly property string moodWord: mood < 20 ? qsTr("Furious")
                                     : mood < 35 ? qsTr("Upset")
                                     : mood < 50 ? qsTr("Impatient")
                                     : mood < 65 ? qsTr("Calm")
                                     : mood < 80 ? qsTr("Pleased")
                                     : qsTr("Delighted")

    implicitWidth: 240
    implicitHeight: column.implicitHeight

    Accessible.role: Accessible.ProgressBar
    Accessible.name: qsTr("Customer mood: %1 of 100, %2").arg(meter.mood).arg(meter.moodWord)

    onPulseChanged: if (delta !== 0) flash.restart()

    DojoColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 6

        DojoRowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                text: qsTr("Mood")
                color: Theme.mutedText
                font.pixelSize: Theme.fontSmall
            }
            Label {
                text: meter.moodWord
                color: meter.moodColor
                font.pixelSize: Theme.fontSmall
                font.bold: true
                Layout.fillWidth: true
                elide: Text.ElideRight
                Behavior on color { ColorAnimation { duration: 300 } }
            }
            Label {
                id: deltaLabel
                // Always in the row (only its opacity changes): under Qt 6.4 the row was not always laid
                // out again when the delta appeared, and it then sat on top of "Mood".
                // Its width is fixed (wide enough for "-100") so a new delta never needs a new layout.
                text: meter.delta === 0 ? "" : (meter.delta > 0 ? "+" : "") + meter.delta
                horizontalAlignment: Text.AlignRight
                Layout.preferredWidth: deltaWidth.advanceWidth
                opacity: 0
                TextMetrics { id: deltaWidth; font: deltaLabel.font; text: "-100" }
                color: meter.delta > 0 ? Theme.success : Theme.error
                font.pixelSize: Theme.fontSmall
                font.bold: true
            }
            Label {
                text: meter.mood
                color: Theme.text
                font.pixelSize: meter.compact ? Theme.fontBody : Theme.fontLarge
                font.bold: true
            }
        }

        Item {
            Layout.fillWidth: true
            implicitHeight: 12

            Rectangle {
                id: track
                anchors.fill: parent
                radius: height / 2
                color: Theme.surfaceAlt
                border.color: Theme.border
                clip: true
                Rectangle {
                    width: Math.max(track.height, track.width * Math.max(0, Math.min(100, meter.mood)) / 100)
                    height: parent.height
                    radius: height / 2
                    color: meter.moodColor
                    Behavior on width { NumberAnimation { duration: 450; easing.type: Easing.OutCubic } }
                    Behavior on color { ColorAnimation { duration: 300 } }
                }
            }
            // Where the customer gives up.
            Rectangle {
                visible: meter.floor >= 0
                x: track.width * meter.floor / 100 - width / 2
                y: -3
                width: 2
                height: parent.height + 6
                color: Theme.error
            }
        }
    }

    SequentialAnimation {
        id: flash
        NumberAnimation { target: deltaLabel; property: "opacity"; from: 0; to: 1; duration: 150 }
        PauseAnimation { duration: 1600 }
        NumberAnimation { target: deltaLabel; property: "opacity"; to: 0; duration: 500 }
    }
}
