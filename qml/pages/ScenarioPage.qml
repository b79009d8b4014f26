import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ServiceDojo.Backend
import ServiceDojo.Ui

// The role-play player: intro with the persona, then the conversation (chat bubbles, a phone call with
// captions, or a service counter), the reply box, mood and timers, the landmine alert, and the debrief.
// All state lives in ScenarioController (`controller`); this file lays it out.
Item {
    id: page
    objectName: "scenarioPage"

    property string scenarioId
    property alias controller: ctrl
    // Phone calls: the customer's lines are spoken when a voice is installed (never required).
    property bool muted: false
    signal back()

    ScenarioController {
        id: ctrl
        scenarioId: page.scenarioId
        onCustomerSpoke: function(text) { page.speak(text) }
        onLandmineHit: function(names, why) {
            alertHide.restart()
            shake.restart()
        }
        onTurnChanged: {
            if (ctrl.awaitingReply && ctrl.freeReplyActive)
                replyInput.forceActiveFocus()
            Qt.callLater(transcript.positionViewAtEnd)
        }
        onMoodChanged: moodMeter.pulse++
    }

    readonly property string channel: ctrl.channel
    readonly property string personaName: ctrl.persona.name || ""

    function channelLabel(code) {
        return code === "phone" ? qsTr("Phone call")
             : code === "face-to-face" ? qsTr("At the service counter")
             : qsTr("Online chat")
    }
    function outcomeLabel(code) {
        return code === "resolved" ? qsTr("Resolved")
             : code === "escalated" ? qsTr("Escalated")
             : code === "lost" ? qsTr("Customer lost")
             : qsTr("Ended")
    }
    function outcomeColor(code) {
        return code === "resolved" ? Theme.success : (code === "escalated" ? Theme.warning : Theme.error)
    }
    function clock(totalSeconds) {
        const s = Math.max(0, Math.floor(totalSeconds))
        const m = Math.floor(s / 60)
        return (m < 10 ? "0" : "") + m + ":" + (s % 60 < 10 ? "0" : "") + (s % 60)
    }
    function scoreColor(score) {
        return score >= 80 ? Theme.success : (score >= 50 ? Theme.warning : Theme.error)
    }

    // ---- Speech (optional: no engine or voice → captions only, nothing fails) ----
    property var tts: null
    readonly property bool canSpeak: tts !== null && ttsVoices > 0
    property int ttsVoices: 0
    Component.onCompleted: {
        try {
            tts = Qt.createQmlObject('import QtTextToSpeech; TextToSpeech {}', page, "ScenarioSpeech")
            ttsVoices = tts && tts.availableEngines().length > 0 && tts.state !== 3 ? tts.availableVoices().length : 0
        } catch (e) {
            tts = null
            ttsVoices = 0
        }
    }
    function speak(text) {
        if (page.channel !== "phone" || page.muted || !page.canSpeak)
            return
        try {
            tts.stop()
            tts.say(text)
        } catch (e) {
            // A broken engine must not stop the role-play; the caption is on screen anyway.
        }
    }
    onMutedChanged: if (muted && tts) { try { tts.stop() } catch (e) {} }
    Component.onDestruction: if (tts) { try { tts.stop() } catch (e) {} }

    // ---- Number keys choose an option ----
    function typingInAField() {
        const item = Window.activeFocusItem
        return item !== null && item !== undefined && item.hasOwnProperty("cursorPosition")
    }
    Repeater {
        model: 9
        delegate: Item {
            id: keyItem
            required property int index
            Shortcut {
                sequence: String(keyItem.index + 1)
                enabled: page.visible && ctrl.phase === ScenarioController.Playing && ctrl.awaitingReply
                         && !ctrl.freeReplyActive && keyItem.index < ctrl.options.length && !page.typingInAField()
                onActivated: ctrl.choose(keyItem.index)
            }
        }
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.window
    }

    DojoColumnLayout {
        id: layout
        anchors.fill: parent
        spacing: 0

        // ---- Header ----
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: header.implicitHeight + 2 * Theme.spacing
            color: Theme.surface
            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border }

            DojoRowLayout {
                id: header
                anchors.fill: parent
                anchors.leftMargin: Theme.padding
                anchors.rightMargin: Theme.padding
                anchors.topMargin: Theme.spacing
                anchors.bottomMargin: Theme.spacing
                spacing: Theme.padding

                Button {
                    id: backButton
                    objectName: "scenarioBack"
                    text: "‹ " + qsTr("Practice")
                    flat: true
                    Accessible.name: qsTr("Back to practice")
                    onClicked: { if (page.tts) { try { page.tts.stop() } catch (e) {} } page.back() }
                    background: Rectangle {
                        radius: Theme.radius
                        color: backButton.hovered ? Theme.surfaceAlt : "transparent"
                        border.color: backButton.visualFocus ? Theme.focus : "transparent"
                        border.width: 2
                    }
                }
                DojoColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        text: ctrl.title
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: Theme.text
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        text: page.channelLabel(page.channel) + (page.personaName ? " · " + page.personaName : "")
                        color: Theme.mutedText
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                        visible: ctrl.valid
                    }
                }
                // Reply timer: seconds since the customer's line appeared, against the target.
                Rectangle {
                    id: replyTimer
                    objectName: "scenarioReplyTimer"
                    visible: ctrl.phase === ScenarioController.Playing && ctrl.replyTargetSeconds > 0
                    readonly property real seconds: ctrl.replyElapsedMs / 1000
                    readonly property real ratio: ctrl.replyTargetSeconds > 0 ? seconds / ctrl.replyTargetSeconds : 0
                    readonly property color tone: ratio >= 1 ? Theme.error : (ratio >= 0.7 ? Theme.warning : Theme.accent)
                    Accessible.role: Accessible.Clock
                    Accessible.name: qsTr("Reply time %1 seconds of %2").arg(Math.floor(seconds)).arg(ctrl.replyTargetSeconds)
                    implicitWidth: timerRow.implicitWidth + 2 * Theme.spacing
                    implicitHeight: timerRow.implicitHeight + Theme.spacing
                    radius: height / 2
                    color: Theme.surfaceAlt
                    border.color: tone
                    DojoRowLayout {
                        id: timerRow
                        anchors.centerIn: parent
                        spacing: 6
                        Label { text: "◷"; color: replyTimer.tone; font.pixelSize: Theme.fontBody }
                        Label {
                            text: ctrl.awaitingReply
                                  ? qsTr("Reply %1 / %2 s").arg(Math.floor(replyTimer.seconds)).arg(ctrl.replyTargetSeconds)
                                  : qsTr("Target %1 s").arg(ctrl.replyTargetSeconds)
                            color: replyTimer.ratio >= 1 ? Theme.error : Theme.text
                            font.pixelSize: Theme.fontSmall
                            font.bold: replyTimer.ratio >= 1
                        }
                    }
                }
                Button {
                    id: restartButton
                    objectName: "scenarioRestart"
                    visible: ctrl.phase === ScenarioController.Playing
                    text: qsTr("Start over")
                    flat: true
                    Accessible.name: qsTr("Start this role-play over")
                    onClicked: ctrl.retry()
                    background: Rectangle {
                        radius: Theme.radius
                        color: restartButton.hovered ? Theme.surfaceAlt : "transparent"
                        border.color: restartButton.visualFocus ? Theme.focus : Theme.border
                        border.width: restartButton.visualFocus ? 2 : 1
                    }
                }
            }
        }

        // Errors a trainee can act on (the store refused, the scenario is missing).
        Rectangle {
            Layout.fillWidth: true
            visible: ctrl.errorText.length > 0 || ctrl.warningText.length > 0
            implicitHeight: errorLabel.implicitHeight + 2 * Theme.spacing
            color: Qt.rgba(Theme.error.r, Theme.error.g, Theme.error.b, 0.12)
            Label {
                id: errorLabel
                objectName: "scenarioError"
                anchors.fill: parent
                anchors.margins: Theme.spacing
                anchors.leftMargin: Theme.padding
                text: ctrl.errorText.length > 0 ? ctrl.errorText : ctrl.warningText
                color: Theme.error
                wrapMode: Text.WordWrap
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: ctrl.phase === ScenarioController.Finished ? 2 : (ctrl.phase === ScenarioController.Playing ? 1 : 0)

            // ---- Intro ----
            Flickable {
                id: introFlick
                clip: true
                contentWidth: width
                contentHeight: Math.max(height, introCard.implicitHeight + 4 * Theme.padding)
                ScrollBar.vertical: ScrollBar {}

                Rectangle {
                    id: introCard
                    width: Math.min(introFlick.width - 4 * Theme.padding, 720)
                    x: (introFlick.width - width) / 2
                    y: Math.max(2 * Theme.padding, (introFlick.height - implicitHeight) / 2)
                    implicitHeight: introColumn.implicitHeight + 3 * Theme.padding
                    radius: Theme.radius * 2
                    color: Theme.surface
                    border.color: Theme.border

                    DojoColumnLayout {
                        id: introColumn
                        anchors.fill: parent
                        anchors.margins: Theme.padding * 1.5
                        spacing: Theme.padding

                        DojoRowLayout {
                            spacing: Theme.padding
                            Layout.fillWidth: true
                            Avatar { size: 72; text: ctrl.persona.initial || "?"; mood: ctrl.persona.mood || 50 }
                            DojoColumnLayout {
                                Layout.fillWidth: true
                                spacing: 4
                                Label {
                                    text: qsTr("Your customer")
                                    color: Theme.mutedText
                                    font.pixelSize: Theme.fontSmall
                                }
                                Label {
                                    text: page.personaName
                                    color: Theme.text
                                    font.pixelSize: Theme.fontTitle
                                    font.bold: true
                                    wrapMode: Text.WordWrap
                                    Layout.fillWidth: true
                                }
                                Label {
                                    text: page.channelLabel(page.channel)
                                    color: Theme.accent
                                    font.bold: true
                                }
                            }
                        }
                        Label {
                            text: ctrl.persona.situation || ""
                            color: Theme.text
                            wrapMode: Text.WordWrap
                            lineHeight: 1.3
                            Layout.fillWidth: true
                        }
                        MoodMeter {
                            Layout.fillWidth: true
                            mood: ctrl.persona.mood || 0
                            floor: ctrl.moodFloor
                            visible: ctrl.valid
                        }
                        Label {
                            visible: ctrl.valid
                            text: (ctrl.targetReplySeconds > 0
                                   ? qsTr("Reply within %1 seconds: slower replies cost speed points.").arg(ctrl.targetReplySeconds) + " "
                                   : "")
                                  + qsTr("Pick a reply with the mouse or the number keys; some steps ask you to type your own. Watch out for landmines.")
                            color: Theme.mutedText
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: ctrl.valid && !ctrl.recording
                            text: qsTr("You are not signed in: this run will not be saved.")
                            color: Theme.warning
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        DojoRowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacing
                            AccentButton {
                                objectName: "scenarioStart"
                                text: ctrl.canResume ? qsTr("Start again") : qsTr("Start the conversation")
                                primary: !ctrl.canResume
                                enabled: ctrl.valid
                                onClicked: ctrl.start()
                            }
                            AccentButton {
                                objectName: "scenarioResume"
                                visible: ctrl.canResume
                                text: qsTr("Continue where you left off (%n reply(s))", "", ctrl.resumeTurns)
                                primary: true
                                onClicked: ctrl.resume()
                            }
                            Item { Layout.fillWidth: true }
                        }
                    }
                }
            }

            // ---- Conversation ----
            Item {
                id: playView

                // Shakes when a reply hits a landmine.
                transform: Translate { id: shakeShift; x: 0 }
                SequentialAnimation {
                    id: shake
                    loops: 1
                    NumberAnimation { target: shakeShift; property: "x"; to: -10; duration: 50 }
                    NumberAnimation { target: shakeShift; property: "x"; to: 10; duration: 70 }
                    NumberAnimation { target: shakeShift; property: "x"; to: -7; duration: 60 }
                    NumberAnimation { target: shakeShift; property: "x"; to: 5; duration: 60 }
                    NumberAnimation { target: shakeShift; property: "x"; to: 0; duration: 50 }
                }

                DojoRowLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.padding
                    spacing: Theme.padding

                    // The conversation column. Placed with anchors and computed heights, not a
                    // ColumnLayout: under Qt 6.4 the layout did not always take up the reply panel's new
                    // height when the options changed, leaving the options squeezed below the edge.
                    Item {
                        id: conversation
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        // Height of the card above the transcript (call or counter), with its gap.
                        readonly property real sceneHeight: page.channel === "phone" ? callCard.height + Theme.spacing
                                                          : page.channel === "face-to-face" ? counterCard.height + Theme.spacing
                                                          : 0

                        // Phone: the call card with the caption of what the customer says.
                        Rectangle {
                            id: callCard
                            visible: page.channel === "phone"
                            anchors.left: parent.left
                            anchors.right: parent.right
                            anchors.top: parent.top
                            height: callColumn.implicitHeight + 2 * Theme.padding
                            radius: Theme.radius * 2
                            color: Theme.rail
                            DojoColumnLayout {
                                id: callColumn
                                anchors.fill: parent
                                anchors.margins: Theme.padding
                                spacing: Theme.spacing
                                DojoRowLayout {
                                    Layout.fillWidth: true
                                    spacing: Theme.padding
                                    Avatar {
                                        size: 52
                                        text: ctrl.persona.initial || "?"
                                        mood: ctrl.mood
                                        ringing: ctrl.customerTyping
                                    }
                                    DojoColumnLayout {
                                        Layout.fillWidth: true
                                        spacing: 2
                                        Label { text: page.personaName; color: Theme.railText; font.bold: true; font.pixelSize: Theme.fontLarge }
                                        Label {
                                            text: ctrl.customerTyping ? qsTr("Speaking…") : qsTr("On the line")
                                            color: Theme.railText
                                            opacity: 0.8
                                            font.pixelSize: Theme.fontSmall
                                        }
                                    }
                                    Label {
                                        objectName: "scenarioCallTimer"
                                        text: "● " + page.clock(ctrl.callElapsedSeconds)
                                        color: Theme.railText
                                        font.pixelSize: Theme.fontLarge
                                        font.family: "monospace"
                                        Accessible.role: Accessible.Clock
                                        Accessible.name: qsTr("Call time %1").arg(page.clock(ctrl.callElapsedSeconds))
                                    }
                                    Button {
                                        id: muteButton
                                        objectName: "scenarioMute"
                                        checkable: true
                                        checked: page.muted
                                        onToggled: page.muted = checked
                                        text: page.muted ? qsTr("Sound off") : qsTr("Sound on")
                                        enabled: page.canSpeak
                                        Accessible.name: page.canSpeak ? (page.muted ? qsTr("Turn the customer's voice on") : qsTr("Mute the customer's voice"))
                                                                       : qsTr("No voice installed: captions only")
                                        ToolTip.visible: hovered && !page.canSpeak
                                        ToolTip.text: qsTr("No text-to-speech voice is installed; the customer's lines are shown as captions.")
                                        hoverEnabled: true
                                        palette.buttonText: Theme.railText
                                        background: Rectangle {
                                            radius: Theme.radius
                                            color: "transparent"
                                            border.color: muteButton.visualFocus ? Theme.focus : Theme.railText
                                            border.width: muteButton.visualFocus ? 2 : 1
                                            opacity: muteButton.enabled ? 1 : 0.4
                                        }
                                    }
                                }
                                Label {
                                    objectName: "scenarioCaption"
                                    Layout.fillWidth: true
                                    text: ctrl.customerTyping ? "…" : ctrl.customerLine
                                    color: "#ffffff"
                                    font.pixelSize: Theme.fontLarge + 2
                                    wrapMode: Text.WordWrap
                                    lineHeight: 1.25
                                    Layout.minimumHeight: Theme.fontLarge * 2.5
                                }
                            }
                        }

                        // Face to face: the counter, the customer across it with a speech bubble.
                        Rectangle {
                            id: counterCard
                            visible: page.channel === "face-to-face"
                            anchors.left: parent.left
                            anchors.right: parent.right
                            anchors.top: parent.top
                            height: Math.max(150, counterBubble.implicitHeight + 60)
                            radius: Theme.radius * 2
                            color: Theme.surfaceAlt
                            border.color: Theme.border
                            clip: true
                            // The counter top.
                            Rectangle {
                                anchors.left: parent.left
                                anchors.right: parent.right
                                anchors.bottom: parent.bottom
                                height: 34
                                color: Theme.dark ? "#3a3027" : "#c9a97e"
                                Rectangle { width: parent.width; height: 4; color: Theme.dark ? "#4c3f33" : "#b48e5e" }
                            }
                            // The customer (head and shoulders behind the counter).
                            Item {
                                id: figure
                                x: Theme.padding * 2
                                anchors.bottom: parent.bottom
                                anchors.bottomMargin: 30
                                width: 90
                                height: 110
                                Rectangle {
                                    anchors.horizontalCenter: parent.horizontalCenter
                                    anchors.bottom: parent.bottom
                                    width: 86; height: 52; radius: 26
                                    color: Theme.rail
                                }
                                Avatar {
                                    anchors.horizontalCenter: parent.horizontalCenter
                                    y: 0
                                    size: 60
                                    text: ctrl.persona.initial || "?"
                                    mood: ctrl.mood
                                }
                            }
                            Rectangle {
                                id: counterBubble
                                anchors.left: figure.right
                                anchors.leftMargin: Theme.padding
                                anchors.right: parent.right
                                anchors.rightMargin: Theme.padding
                                anchors.top: parent.top
                                anchors.topMargin: Theme.padding
                                implicitHeight: counterLine.implicitHeight + 2 * Theme.padding
                                radius: Theme.radius * 2
                                color: Theme.customerBubble
                                border.color: Theme.border
                                Label {
                                    id: counterLine
                                    anchors.fill: parent
                                    anchors.margins: Theme.padding
                                    text: ctrl.customerTyping ? "…" : ctrl.customerLine
                                    color: Theme.text
                                    font.pixelSize: Theme.fontLarge
                                    wrapMode: Text.WordWrap
                                }
                            }
                        }

                        // The transcript (the whole view in chat; the history in the other channels).
                        Rectangle {
                            anchors.left: parent.left
                            anchors.right: parent.right
                            y: conversation.sceneHeight
                            height: Math.max(0, conversation.height - conversation.sceneHeight - replyPanel.height - Theme.spacing)
                            radius: Theme.radius
                            color: page.channel === "chat" ? Theme.surfaceAlt : "transparent"
                            border.color: page.channel === "chat" ? Theme.border : "transparent"

                            ListView {
                                id: transcript
                                objectName: "scenarioTranscript"
                                anchors.fill: parent
                                anchors.margins: page.channel === "chat" ? Theme.spacing : 0
                                clip: true
                                spacing: Theme.spacing
                                model: ctrl.transcript
                                Accessible.role: Accessible.List
                                Accessible.name: qsTr("Conversation")
                                ScrollBar.vertical: ScrollBar {}
                                onCountChanged: Qt.callLater(transcript.positionViewAtEnd)
                                header: Item { width: 1; height: Theme.spacing }
                                footer: Item {
                                    width: transcript.width
                                    height: ctrl.customerTyping && page.channel === "chat" ? typing.height + Theme.spacing : Theme.spacing
                                    TypingBubble {
                                        id: typing
                                        visible: ctrl.customerTyping && page.channel === "chat"
                                        x: Theme.spacing
                                        y: Theme.spacing / 2
                                        name: page.personaName
                                    }
                                }
                                delegate: MessageBubble {
                                    width: transcript.width
                                    personaName: page.personaName
                                }
                            }
                        }

                        // ---- Reply area ----
                        // Sized from what it shows (options, free reply, or the typing line), up to 60% of
                        // the space under the scene card; the transcript takes the rest and scrolls.
                        Rectangle {
                            id: replyPanel
                            objectName: "scenarioReplyPanel"
                            readonly property real needed: 2 * Theme.spacing
                                + (!ctrl.awaitingReply ? typingLine.implicitHeight + 2 * Theme.spacing
                                   : ctrl.freeReplyActive ? freeReply.implicitHeight
                                   : optionColumn.implicitHeight)
                            anchors.left: parent.left
                            anchors.right: parent.right
                            anchors.bottom: parent.bottom
                            height: Math.min(needed, Math.max(140, (conversation.height - conversation.sceneHeight) * 0.6))
                            radius: Theme.radius
                            color: Theme.surface
                            border.color: Theme.border

                            Item {
                                id: replyArea
                                anchors.fill: parent
                                anchors.margins: Theme.spacing

                                Label {
                                    id: typingLine
                                    visible: !ctrl.awaitingReply
                                    anchors.left: parent.left
                                    anchors.right: parent.right
                                    anchors.top: parent.top
                                    anchors.margins: Theme.spacing
                                    text: ctrl.customerTyping
                                          ? (page.channel === "chat" ? qsTr("%1 is typing…").arg(page.personaName)
                                                                     : qsTr("%1 is speaking…").arg(page.personaName))
                                          : ""
                                    color: Theme.mutedText
                                    font.italic: true
                                    MouseArea { anchors.fill: parent; onClicked: ctrl.skipTyping() }
                                }

                                // Options.
                                ScrollView {
                                    id: optionScroll
                                    visible: ctrl.awaitingReply && !ctrl.freeReplyActive
                                    anchors.fill: parent
                                    contentWidth: availableWidth
                                    contentHeight: optionColumn.implicitHeight
                                    clip: true
                                    DojoColumnLayout {
                                        id: optionColumn
                                        width: optionScroll.availableWidth
                                        spacing: 6
                                        Label {
                                            text: qsTr("Your reply — choose one (keys 1–%1)").arg(Math.min(9, ctrl.options.length))
                                            color: Theme.mutedText
                                            font.pixelSize: Theme.fontSmall
                                        }
                                        ColumnRepeater {
                                            model: ctrl.options
                                            delegate: OptionButton {
                                                required property var modelData
                                                objectName: "scenarioOption_" + modelData.index
                                                number: modelData.index + 1
                                                text: modelData.text
                                                Layout.fillWidth: true
                                                onClicked: ctrl.choose(modelData.index)
                                            }
                                        }
                                    }
                                }

                                // Free reply.
                                DojoColumnLayout {
                                    id: freeReply
                                    visible: ctrl.awaitingReply && ctrl.freeReplyActive
                                    anchors.fill: parent
                                    spacing: 6
                                    Label {
                                        text: qsTr("Write your own reply")
                                        color: Theme.accent
                                        font.bold: true
                                        font.pixelSize: Theme.fontSmall
                                    }
                                    Label {
                                        text: ctrl.freeReplyPrompt
                                        color: Theme.mutedText
                                        wrapMode: Text.WordWrap
                                        Layout.fillWidth: true
                                        font.pixelSize: Theme.fontSmall
                                    }
                                    ScrollView {
                                        Layout.fillWidth: true
                                        Layout.preferredHeight: Math.max(64, Math.min(140, replyInput.implicitHeight))
                                        TextArea {
                                            id: replyInput
                                            objectName: "scenarioFreeReplyInput"
                                            wrapMode: TextEdit.Wrap
                                            placeholderText: qsTr("Type your reply to %1…").arg(page.personaName)
                                            Accessible.name: qsTr("Your reply")
                                            color: Theme.text
                                            background: Rectangle {
                                                radius: Theme.radius
                                                color: Theme.surfaceAlt
                                                border.color: replyInput.activeFocus ? Theme.focus : Theme.border
                                                border.width: replyInput.activeFocus ? 2 : 1
                                            }
                                            Keys.onPressed: function(event) {
                                                if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                                                        && (event.modifiers & Qt.ControlModifier)) {
                                                    page.sendReply()
                                                    event.accepted = true
                                                }
                                            }
                                        }
                                    }
                                    DojoRowLayout {
                                        Layout.fillWidth: true
                                        spacing: Theme.spacing
                                        Label {
                                            id: lengthHint
                                            readonly property int length: ctrl.replyLength(replyInput.text)
                                            readonly property bool tooShort: ctrl.freeReplyMinLength > 0 && length < ctrl.freeReplyMinLength
                                            readonly property bool tooLong: ctrl.freeReplyMaxLength > 0 && length > ctrl.freeReplyMaxLength
                                            objectName: "scenarioFreeReplyLength"
                                            text: {
                                                let s = qsTr("%n character(s)", "", length)
                                                if (ctrl.freeReplyMinLength > 0 && ctrl.freeReplyMaxLength > 0)
                                                    s += " · " + qsTr("aim for %1–%2").arg(ctrl.freeReplyMinLength).arg(ctrl.freeReplyMaxLength)
                                                else if (ctrl.freeReplyMinLength > 0)
                                                    s += " · " + qsTr("at least %1").arg(ctrl.freeReplyMinLength)
                                                else if (ctrl.freeReplyMaxLength > 0)
                                                    s += " · " + qsTr("at most %1").arg(ctrl.freeReplyMaxLength)
                                                return s
                                            }
                                            color: tooLong || (tooShort && length > 0) ? Theme.warning : Theme.mutedText
                                            font.pixelSize: Theme.fontSmall
                                            Layout.fillWidth: true
                                            wrapMode: Text.WordWrap
                                        }
                                        Label {
                                            text: qsTr("Ctrl+Enter to send")
                                            color: Theme.mutedText
                                            font.pixelSize: Theme.fontSmall
                                        }
                                        AccentButton {
                                            objectName: "scenarioFreeReplySend"
                                            text: qsTr("Send")
                                            primary: true
                                            enabled: replyInput.text.trim().length > 0
                                            onClicked: page.sendReply()
                                        }
                                    }
                                }
                            }
                        }
                    }

                    // ---- Side panel: persona, mood, progress ----
                    DojoColumnLayout {
                        Layout.preferredWidth: Math.min(300, Math.max(220, playView.width * 0.24))
                        Layout.maximumWidth: 300
                        Layout.fillHeight: true
                        spacing: Theme.padding

                        Rectangle {
                            Layout.fillWidth: true
                            implicitHeight: personaColumn.implicitHeight + 2 * Theme.padding
                            radius: Theme.radius
                            color: Theme.surface
                            border.color: Theme.border
                            DojoColumnLayout {
                                id: personaColumn
                                anchors.fill: parent
                                anchors.margins: Theme.padding
                                spacing: Theme.spacing
                                DojoRowLayout {
                                    spacing: Theme.spacing
                                    Avatar { size: 44; text: ctrl.persona.initial || "?"; mood: ctrl.mood }
                                    DojoColumnLayout {
                                        spacing: 0
                                        Layout.fillWidth: true
                                        Label { text: page.personaName; color: Theme.text; font.bold: true; font.pixelSize: Theme.fontLarge; elide: Text.ElideRight; Layout.fillWidth: true }
                                        Label { text: page.channelLabel(page.channel); color: Theme.mutedText; font.pixelSize: Theme.fontSmall }
                                    }
                                }
                                Label {
                                    text: ctrl.persona.situation || ""
                                    color: Theme.mutedText
                                    font.pixelSize: Theme.fontSmall
                                    wrapMode: Text.WordWrap
                                    Layout.fillWidth: true
                                    maximumLineCount: 6
                                    elide: Text.ElideRight
                                }
                                MoodMeter {
                                    id: moodMeter
                                    objectName: "scenarioMood"
                                    Layout.fillWidth: true
                                    mood: ctrl.mood
                                    delta: ctrl.lastMoodDelta
                                    floor: ctrl.moodFloor
                                }
                            }
                        }
                        Label {
                            text: qsTr("Reply %1").arg(Math.max(1, transcriptTurns() + (ctrl.awaitingReply ? 1 : 0)))
                            color: Theme.mutedText
                            font.pixelSize: Theme.fontSmall
                            function transcriptTurns() {
                                let n = 0
                                for (let i = 0; i < ctrl.transcript.count; ++i)
                                    if (ctrl.transcript.get(i).speaker === "trainee") ++n
                                return n
                            }
                        }
                        Item { Layout.fillHeight: true }
                    }
                }
            }

            // ---- Debrief ----
            Flickable {
                id: debrief
                objectName: "scenarioDebrief"
                clip: true
                contentWidth: width
                contentHeight: debriefColumn.implicitHeight + 2 * Theme.padding
                ScrollBar.vertical: ScrollBar {}
                boundsBehavior: Flickable.StopAtBounds

                DojoColumnLayout {
                    id: debriefColumn
                    x: Theme.padding
                    y: Theme.padding
                    width: debrief.width - 2 * Theme.padding
                    spacing: Theme.padding

                    // Headline: overall score and the ending.
                    Rectangle {
                        Layout.fillWidth: true
                        implicitHeight: headline.implicitHeight + 2 * Theme.padding
                        radius: Theme.radius * 2
                        color: Theme.surface
                        border.color: Theme.border
                        DojoRowLayout {
                            id: headline
                            anchors.fill: parent
                            anchors.margins: Theme.padding
                            spacing: Theme.padding * 1.5
                            ScoreRing {
                                objectName: "scenarioOverallScore"
                                score: ctrl.overall
                                Layout.alignment: Qt.AlignTop
                            }
                            DojoColumnLayout {
                                Layout.fillWidth: true
                                spacing: 6
                                DojoRowLayout {
                                    spacing: Theme.spacing
                                    Rectangle {
                                        Layout.preferredWidth: outcomeText.implicitWidth + 2 * Theme.spacing
                                        Layout.preferredHeight: outcomeText.implicitHeight + 6
                                        Layout.alignment: Qt.AlignVCenter
                                        radius: height / 2
                                        color: page.outcomeColor(ctrl.outcome)
                                        Label { id: outcomeText; anchors.centerIn: parent; text: page.outcomeLabel(ctrl.outcome); color: Theme.accentText; font.bold: true; font.pixelSize: Theme.fontSmall }
                                    }
                                    Label {
                                        text: ctrl.endingTitle
                                        color: Theme.text
                                        font.pixelSize: Theme.fontTitle
                                        font.bold: true
                                        wrapMode: Text.WordWrap
                                        Layout.fillWidth: true
                                    }
                                }
                                Label {
                                    text: ctrl.endingDebrief
                                    color: Theme.text
                                    wrapMode: Text.WordWrap
                                    lineHeight: 1.3
                                    Layout.fillWidth: true
                                }
                                Label {
                                    visible: ctrl.bestOutcome.length > 0 && ctrl.bestOutcome !== ctrl.outcome
                                    text: qsTr("The best run ends: %1 (%2).").arg(ctrl.bestEndingTitle).arg(page.outcomeLabel(ctrl.bestOutcome))
                                    color: Theme.mutedText
                                    wrapMode: Text.WordWrap
                                    Layout.fillWidth: true
                                }
                                ColumnRepeater {
                                    model: ctrl.scoreNotes
                                    delegate: Label {
                                        required property string modelData
                                        text: "• " + modelData
                                        color: Theme.warning
                                        font.pixelSize: Theme.fontSmall
                                        wrapMode: Text.WordWrap
                                        Layout.fillWidth: true
                                    }
                                }
                                DojoRowLayout {
                                    spacing: Theme.spacing
                                    Layout.topMargin: Theme.spacing
                                    AccentButton {
                                        objectName: "scenarioRetry"
                                        text: qsTr("Try again")
                                        primary: true
                                        onClicked: ctrl.retry()
                                    }
                                    AccentButton {
                                        objectName: "scenarioDebriefPractice"
                                        text: qsTr("Back to practice")
                                        onClicked: page.back()
                                    }
                                }
                            }
                        }
                    }

                    // Scores: radar and list.
                    Rectangle {
                        Layout.fillWidth: true
                        implicitHeight: scoresRow.implicitHeight + 2 * Theme.padding
                        radius: Theme.radius * 2
                        color: Theme.surface
                        border.color: Theme.border
                        DojoRowLayout {
                            id: scoresRow
                            anchors.fill: parent
                            anchors.margins: Theme.padding
                            spacing: Theme.padding * 2
                            RadarChart {
                                objectName: "scenarioRadar"
                                dimensions: ctrl.dimensions
                                Layout.preferredWidth: 340
                                Layout.preferredHeight: 300
                            }
                            DojoColumnLayout {
                                Layout.fillWidth: true
                                Layout.alignment: Qt.AlignVCenter
                                spacing: Theme.spacing
                                Label { text: qsTr("Scores by dimension"); color: Theme.text; font.bold: true; font.pixelSize: Theme.fontLarge }
                                ColumnRepeater {
                                    model: ctrl.dimensions
                                    delegate: DojoRowLayout {
                                        id: dimRow
                                        required property var modelData
                                        Layout.fillWidth: true
                                        spacing: Theme.spacing
                                        Label {
                                            text: dimRow.modelData.name
                                            color: dimRow.modelData.assessed ? Theme.text : Theme.mutedText
                                            Layout.preferredWidth: 116
                                            elide: Text.ElideRight
                                        }
                                        Rectangle {
                                            Layout.fillWidth: true
                                            implicitHeight: 10
                                            radius: 5
                                            color: Theme.surfaceAlt
                                            border.color: Theme.border
                                            visible: dimRow.modelData.assessed
                                            Rectangle {
                                                width: parent.width * dimRow.modelData.score / 100
                                                height: parent.height
                                                radius: 5
                                                color: page.scoreColor(dimRow.modelData.score)
                                            }
                                        }
                                        Label {
                                            visible: !dimRow.modelData.assessed
                                            text: qsTr("not assessed in this role-play")
                                            color: Theme.mutedText
                                            font.pixelSize: Theme.fontSmall
                                            Layout.fillWidth: true
                                        }
                                        Label {
                                            visible: dimRow.modelData.assessed
                                            text: dimRow.modelData.score + (dimRow.modelData.cap < 100 ? " " + qsTr("(cap %1)").arg(dimRow.modelData.cap) : "")
                                            color: page.scoreColor(dimRow.modelData.score)
                                            font.bold: true
                                            Layout.minimumWidth: 40
                                            horizontalAlignment: Text.AlignRight
                                        }
                                    }
                                }
                            }
                        }
                    }

                    // Landmines hit.
                    Rectangle {
                        visible: ctrl.landminesHit.length > 0
                        Layout.fillWidth: true
                        implicitHeight: minesColumn.implicitHeight + 2 * Theme.padding
                        radius: Theme.radius * 2
                        color: Qt.rgba(Theme.error.r, Theme.error.g, Theme.error.b, 0.08)
                        border.color: Theme.error
                        DojoColumnLayout {
                            id: minesColumn
                            anchors.fill: parent
                            anchors.margins: Theme.padding
                            spacing: Theme.spacing
                            Label {
                                text: qsTr("Landmines stepped on: %1").arg(ctrl.landminesHit.length)
                                color: Theme.error
                                font.bold: true
                                font.pixelSize: Theme.fontLarge
                            }
                            ColumnRepeater {
                                model: ctrl.landminesHit
                                delegate: DojoColumnLayout {
                                    id: mine
                                    required property var modelData
                                    Layout.fillWidth: true
                                    spacing: 2
                                    Label {
                                        text: "⚠ " + qsTr("Reply %1: %2").arg(mine.modelData.turn).arg(mine.modelData.name)
                                        color: Theme.text
                                        font.bold: true
                                        wrapMode: Text.WordWrap
                                        Layout.fillWidth: true
                                    }
                                    Label {
                                        text: mine.modelData.description
                                        visible: text.length > 0
                                        color: Theme.mutedText
                                        wrapMode: Text.WordWrap
                                        Layout.fillWidth: true
                                    }
                                }
                            }
                        }
                    }

                    // Your path beside the best one.
                    Label {
                        text: qsTr("Your replies beside the best ones")
                        color: Theme.text
                        font.bold: true
                        font.pixelSize: Theme.fontLarge
                        Layout.topMargin: Theme.spacing
                    }
                    ColumnRepeater {
                        model: ctrl.path
                        delegate: PathCard {
                            required property var modelData
                            step: modelData
                            Layout.fillWidth: true
                        }
                    }

                    // The best run from the start.
                    Rectangle {
                        Layout.fillWidth: true
                        implicitHeight: bestColumn.implicitHeight + 2 * Theme.padding
                        radius: Theme.radius * 2
                        color: Theme.surface
                        border.color: Theme.border
                        DojoColumnLayout {
                            id: bestColumn
                            anchors.fill: parent
                            anchors.margins: Theme.padding
                            spacing: Theme.spacing
                            Label {
                                text: qsTr("The best run, start to finish") + (ctrl.bestEndingTitle ? " → " + ctrl.bestEndingTitle : "")
                                color: Theme.text
                                font.bold: true
                                wrapMode: Text.WordWrap
                                Layout.fillWidth: true
                            }
                            ColumnRepeater {
                                model: ctrl.bestPath
                                delegate: DojoRowLayout {
                                    id: bestStep
                                    required property var modelData
                                    required property int index
                                    Layout.fillWidth: true
                                    spacing: Theme.spacing
                                    Label {
                                        text: bestStep.index + 1
                                        color: Theme.accent
                                        font.bold: true
                                        Layout.alignment: Qt.AlignTop
                                        Layout.preferredWidth: 20
                                    }
                                    DojoColumnLayout {
                                        Layout.fillWidth: true
                                        spacing: 2
                                        Label {
                                            text: "“" + bestStep.modelData.customer + "”"
                                            color: Theme.mutedText
                                            font.pixelSize: Theme.fontSmall
                                            wrapMode: Text.WordWrap
                                            Layout.fillWidth: true
                                        }
                                        Label {
                                            text: bestStep.modelData.freeReply
                                                  ? qsTr("Your own words, covering: %1").arg(bestStep.modelData.elements.join(" · "))
                                                  : bestStep.modelData.text
                                            color: Theme.text
                                            wrapMode: Text.WordWrap
                                            Layout.fillWidth: true
                                        }
                                    }
                                }
                            }
                        }
                    }
                    Item { implicitHeight: Theme.padding }
                }
            }
        }
    }

    // ---- Landmine alert: the moment a reply steps on one ----
    Rectangle {
        id: alert
        objectName: "scenarioLandmineAlert"
        readonly property bool active: ctrl.landmineAlert.names !== undefined
        visible: active && opacity > 0
        opacity: active ? 1 : 0
        Behavior on opacity { NumberAnimation { duration: 200 } }
        anchors.horizontalCenter: parent.horizontalCenter
        y: 72
        width: Math.min(parent.width - 4 * Theme.padding, 760)
        implicitHeight: alertRow.implicitHeight + 2 * Theme.padding
        radius: Theme.radius * 1.5
        color: Theme.error
        z: 10
        Accessible.role: Accessible.AlertMessage
        Accessible.name: qsTr("Landmine: %1").arg(ctrl.landmineAlert.names || "")
        DojoRowLayout {
            id: alertRow
            anchors.fill: parent
            anchors.margins: Theme.padding
            spacing: Theme.padding
            Label {
                text: "⚠"
                color: "#ffffff"
                font.pixelSize: 30
                Layout.alignment: Qt.AlignTop
            }
            DojoColumnLayout {
                Layout.fillWidth: true
                spacing: 4
                Label {
                    text: qsTr("Landmine: %1").arg(ctrl.landmineAlert.names || "")
                    color: "#ffffff"
                    font.bold: true
                    font.pixelSize: Theme.fontLarge
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Label {
                    text: ctrl.landmineAlert.feedback || ""
                    visible: text.length > 0
                    color: "#ffffff"
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Label {
                    text: ctrl.landmineAlert.description || ""
                    visible: text.length > 0
                    color: "#ffffff"
                    opacity: 0.85
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
            Button {
                id: alertClose
                objectName: "scenarioLandmineDismiss"
                text: "✕"
                flat: true
                Accessible.name: qsTr("Dismiss the landmine alert")
                onClicked: ctrl.dismissLandmineAlert()
                Layout.alignment: Qt.AlignTop
                palette.buttonText: "#ffffff"
                background: Rectangle {
                    radius: Theme.radius
                    color: alertClose.hovered ? Qt.rgba(1, 1, 1, 0.15) : "transparent"
                    border.color: alertClose.visualFocus ? "#ffffff" : "transparent"
                    border.width: 2
                }
            }
        }
    }
    Timer {
        id: alertHide
        interval: 9000
        onTriggered: ctrl.dismissLandmineAlert()
    }

    function sendReply() {
        const text = replyInput.text
        if (text.trim().length === 0)
            return
        ctrl.sendFreeReply(text)
        if (ctrl.errorText.length === 0)
            replyInput.text = ""
    }

    // ---- Pieces ----

    component Avatar: Rectangle {
        id: avatar
        property int size: 48
        property string text
        property int mood: 50
        property bool ringing: false
        implicitWidth: size
        implicitHeight: size
        width: size
        height: size
        radius: size / 2
        color: mood < 20 ? Theme.error : (mood < 45 ? Theme.warning : Theme.accent)
        Behavior on color { ColorAnimation { duration: 400 } }
        Label {
            anchors.centerIn: parent
            text: avatar.text
            color: Theme.accentText
            font.pixelSize: avatar.size * 0.42
            font.bold: true
        }
        Rectangle {
            anchors.centerIn: parent
            width: parent.width + 8
            height: width
            radius: width / 2
            color: "transparent"
            border.color: avatar.color
            border.width: 2
            visible: avatar.ringing
            SequentialAnimation on opacity {
                running: avatar.ringing
                loops: Animation.Infinite
                NumberAnimation { from: 1; to: 0.2; duration: 500 }
                NumberAnimation { from: 0.2; to: 1; duration: 500 }
            }
        }
    }

    component AccentButton: Button {
        id: btn
        property bool primary: false
        Accessible.name: text
        padding: Theme.spacing
        leftPadding: Theme.padding
        rightPadding: Theme.padding
        contentItem: Label {
            text: btn.text
            color: btn.primary ? Theme.accentText : Theme.text
            font.bold: btn.primary
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            opacity: btn.enabled ? 1 : 0.5
        }
        background: Rectangle {
            implicitHeight: 36
            radius: Theme.radius
            color: btn.primary ? (btn.down ? Qt.darker(Theme.accent, 1.15) : Theme.accent)
                               : (btn.hovered ? Theme.surfaceAlt : Theme.surface)
            opacity: btn.enabled ? 1 : 0.5
            border.color: btn.visualFocus ? Theme.focus : (btn.primary ? Theme.accent : Theme.border)
            border.width: btn.visualFocus ? 2 : 1
        }
    }

    component OptionButton: AbstractButton {
        id: option
        property int number: 1
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Reply %1: %2").arg(number).arg(text)
        hoverEnabled: true
        padding: Theme.spacing + 2
        implicitHeight: optionRow.implicitHeight + 2 * padding
        contentItem: DojoRowLayout {
            id: optionRow
            spacing: Theme.spacing + 2
            Rectangle {
                implicitWidth: 24
                implicitHeight: 24
                radius: 12
                color: option.hovered || option.visualFocus ? Theme.accent : Theme.surfaceAlt
                border.color: Theme.accent
                Layout.alignment: Qt.AlignTop
                Label {
                    anchors.centerIn: parent
                    text: option.number
                    color: option.hovered || option.visualFocus ? Theme.accentText : Theme.accent
                    font.bold: true
                    font.pixelSize: Theme.fontSmall
                }
            }
            Label {
                text: option.text
                color: Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                lineHeight: 1.2
            }
        }
        background: Rectangle {
            radius: Theme.radius
            color: option.down ? Theme.traineeBubble : (option.hovered ? Theme.surfaceAlt : Theme.surface)
            border.color: option.visualFocus ? Theme.focus : (option.hovered ? Theme.accent : Theme.border)
            border.width: option.visualFocus ? 2 : 1
        }
    }

    component TypingBubble: Rectangle {
        id: bubble
        property string name
        implicitWidth: dots.implicitWidth + 2 * Theme.padding
        implicitHeight: 36
        width: implicitWidth
        height: implicitHeight
        radius: Theme.radius * 2
        color: Theme.customerBubble
        border.color: Theme.border
        Accessible.name: qsTr("%1 is typing").arg(name)
        Row {
            id: dots
            anchors.centerIn: parent
            spacing: 5
            Repeater {
                model: 3
                delegate: Rectangle {
                    required property int index
                    width: 7; height: 7; radius: 3.5
                    color: Theme.mutedText
                    SequentialAnimation on opacity {
                        running: bubble.visible
                        loops: Animation.Infinite
                        PauseAnimation { duration: index * 150 }
                        NumberAnimation { from: 0.25; to: 1; duration: 300 }
                        NumberAnimation { from: 1; to: 0.25; duration: 300 }
                        PauseAnimation { duration: (2 - index) * 150 }
                    }
                }
            }
        }
    }

    component MessageBubble: Item {
        id: msg
        required property string speaker
        required property string text
        required property bool landmine
        required property string landmineName
        required property int moodDelta
        required property bool late
        required property real replySeconds
        required property bool freeReply
        property string personaName
        readonly property bool mine: speaker === "trainee"
        readonly property bool system: speaker === "system"
        readonly property real maxBubble: Math.max(200, width * 0.72)
        implicitHeight: system ? systemBox.height : bubbleBox.height + (meta.visible ? meta.height + 2 : 0)
        height: implicitHeight

        Accessible.role: Accessible.StaticText
        Accessible.name: (mine ? qsTr("You") : (system ? qsTr("Context") : msg.personaName)) + ": " + text

        // Context for the trainee (what the order shows, the time of day).
        Rectangle {
            id: systemBox
            visible: msg.system
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(msg.width - 2 * Theme.padding, systemLabel.implicitWidth + 2 * Theme.padding)
            height: systemLabel.implicitHeight + Theme.spacing * 1.5
            radius: Theme.radius
            color: Qt.rgba(Theme.focus.r, Theme.focus.g, Theme.focus.b, 0.10)
            Label {
                id: systemLabel
                anchors.centerIn: parent
                width: Math.min(implicitWidth, msg.width - 4 * Theme.padding)
                text: "ⓘ " + msg.text
                color: Theme.mutedText
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
            }
        }

        Rectangle {
            id: bubbleBox
            visible: !msg.system
            x: msg.mine ? msg.width - width - Theme.spacing : Theme.spacing
            width: Math.min(msg.maxBubble, bubbleLabel.implicitWidth + 2 * Theme.padding)
            height: bubbleLabel.implicitHeight + 1.5 * Theme.padding
            radius: Theme.radius * 2
            color: msg.mine ? Theme.traineeBubble : Theme.customerBubble
            border.color: msg.landmine ? Theme.error : (msg.mine ? "transparent" : Theme.border)
            border.width: msg.landmine ? 2 : 1
            Label {
                id: bubbleLabel
                x: Theme.padding
                anchors.verticalCenter: parent.verticalCenter
                width: Math.min(implicitWidth, msg.maxBubble - 2 * Theme.padding)
                text: msg.text
                color: Theme.text
                wrapMode: Text.Wrap
                lineHeight: 1.2
            }
        }
        Row {
            id: meta
            visible: msg.mine
            anchors.top: bubbleBox.bottom
            anchors.topMargin: 2
            anchors.right: msg.mine ? bubbleBox.right : undefined
            spacing: Theme.spacing
            Label {
                visible: msg.landmine
                text: "⚠ " + msg.landmineName
                color: Theme.error
                font.pixelSize: Theme.fontSmall
                font.bold: true
            }
            Label {
                visible: msg.moodDelta !== 0
                text: qsTr("mood %1").arg((msg.moodDelta > 0 ? "+" : "") + msg.moodDelta)
                color: msg.moodDelta > 0 ? Theme.success : Theme.error
                font.pixelSize: Theme.fontSmall
            }
            Label {
                text: qsTr("%1 s").arg(msg.replySeconds.toFixed(0)) + (msg.late ? " · " + qsTr("slow") : "")
                color: msg.late ? Theme.warning : Theme.mutedText
                font.pixelSize: Theme.fontSmall
            }
        }
    }

    component ScoreRing: Item {
        id: ring
        property int score: 0
        readonly property string text: String(score)
        implicitWidth: 128
        implicitHeight: 128
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("Overall score %1 of 100").arg(score)
        onScoreChanged: ringCanvas.requestPaint()
        Connections { target: Theme; function onDarkChanged() { ringCanvas.requestPaint() } }
        Canvas {
            id: ringCanvas
            anchors.fill: parent
            onPaint: {
                const ctx = getContext("2d")
                ctx.reset()
                const r = Math.min(width, height) / 2 - 8
                ctx.lineWidth = 10
                ctx.lineCap = "round"
                ctx.strokeStyle = Theme.border
                ctx.beginPath(); ctx.arc(width / 2, height / 2, r, 0, 2 * Math.PI); ctx.stroke()
                ctx.strokeStyle = ring.score >= 80 ? Theme.success : (ring.score >= 50 ? Theme.warning : Theme.error)
                ctx.beginPath()
                ctx.arc(width / 2, height / 2, r, -Math.PI / 2, -Math.PI / 2 + 2 * Math.PI * Math.max(0.001, ring.score / 100))
                ctx.stroke()
            }
        }
        Column {
            anchors.centerIn: parent
            Label {
                anchors.horizontalCenter: parent.horizontalCenter
                text: ring.score
                color: Theme.text
                font.pixelSize: 40
                font.bold: true
            }
            Label {
                anchors.horizontalCenter: parent.horizontalCenter
                text: qsTr("of 100")
                color: Theme.mutedText
                font.pixelSize: Theme.fontSmall
            }
        }
    }

    component PathCard: Rectangle {
        id: card
        property var step: ({})
        readonly property bool best: step.wasBest === true
        implicitHeight: cardColumn.implicitHeight + 2 * Theme.padding
        radius: Theme.radius * 2
        color: Theme.surface
        border.color: (step.landmines || []).length > 0 ? Theme.error : Theme.border
        DojoColumnLayout {
            id: cardColumn
            anchors.fill: parent
            anchors.margins: Theme.padding
            spacing: Theme.spacing
            DojoRowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label { text: qsTr("Reply %1").arg(card.step.turn); color: Theme.mutedText; font.bold: true; font.pixelSize: Theme.fontSmall }
                Rectangle {
                    implicitWidth: verdict.implicitWidth + 2 * Theme.spacing
                    implicitHeight: verdict.implicitHeight + 4
                    radius: height / 2
                    color: (card.step.landmines || []).length > 0 ? Theme.error : (card.best ? Theme.success : (card.step.wrong ? Theme.error : Theme.warning))
                    Label {
                        id: verdict
                        anchors.centerIn: parent
                        text: (card.step.landmines || []).length > 0 ? qsTr("Landmine: %1").arg(card.step.landmines.join(", "))
                              : card.best ? qsTr("Best reply")
                              : card.step.wrong ? qsTr("Wrong move") : qsTr("Could be better")
                        color: Theme.accentText
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                    }
                }
                Item { Layout.fillWidth: true }
                Label {
                    text: qsTr("mood %1 → %2").arg(card.step.moodBefore).arg(card.step.moodAfter)
                    color: card.step.moodAfter >= card.step.moodBefore ? Theme.success : Theme.error
                    font.pixelSize: Theme.fontSmall
                }
                Label {
                    text: qsTr("%1 s").arg(Number(card.step.replySeconds || 0).toFixed(0)) + (card.step.late ? " · " + qsTr("slow") : "")
                    color: card.step.late ? Theme.warning : Theme.mutedText
                    font.pixelSize: Theme.fontSmall
                }
            }
            Label {
                text: "“" + (card.step.customer || "") + "”"
                color: Theme.mutedText
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            DojoGridLayout {
                Layout.fillWidth: true
                columns: card.width > 640 && !card.best ? 2 : 1
                columnSpacing: Theme.padding
                rowSpacing: Theme.spacing
                Rectangle {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.fillHeight: true
                    implicitHeight: yours.implicitHeight + 2 * Theme.spacing
                    radius: Theme.radius
                    color: Theme.traineeBubble
                    DojoColumnLayout {
                        id: yours
                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        spacing: 2
                        Label { text: card.step.freeReply ? qsTr("You wrote") : qsTr("You said"); color: Theme.mutedText; font.pixelSize: Theme.fontSmall }
                        Label { text: card.step.yourText || ""; color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                    }
                }
                Rectangle {
                    visible: !card.best
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.fillHeight: true
                    implicitHeight: better.implicitHeight + 2 * Theme.spacing
                    radius: Theme.radius
                    color: Theme.surfaceAlt
                    border.color: Theme.success
                    DojoColumnLayout {
                        id: better
                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        spacing: 2
                        Label { text: qsTr("Best reply here"); color: Theme.success; font.pixelSize: Theme.fontSmall; font.bold: true }
                        Label {
                            text: card.step.bestIsFreeReply
                                  ? qsTr("Your own words, covering: %1").arg((card.step.bestElements || []).join(" · "))
                                  : (card.step.bestText || "")
                            color: Theme.text
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }
            ColumnRepeater {
                model: card.step.explanations || []
                delegate: Label {
                    required property string modelData
                    text: "• " + modelData
                    color: Theme.mutedText
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
        }
    }
}
