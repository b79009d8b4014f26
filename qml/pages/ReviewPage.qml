import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ServiceDojo.Backend
import ServiceDojo.Ui

// Review: the questions and role-play decisions from the trainee's review queue that are due now, one
// card at a time (ReviewController). A question is shown with QuestionView; a decision with the
// customer, their line and the replies. After each answer: right or not, the explanation, and when
// the card comes back. A summary at the end; when nothing is due, when the next card is.
//
// Keyboard: Enter starts, checks the answer and moves on; 1–9 pick an option (questions and
// decisions), Up/Down move between a decision's replies; in a typed reply Enter sends, Shift+Enter
// starts a new line; Esc ends the session early.
Page {
    id: page
    objectName: "reviewPage"

    property alias controller: ctl

    background: Rectangle { color: Theme.window }

    ReviewController { id: ctl }

    // Counts go stale while the page is hidden (cards fall due): read again when it is shown.
    onVisibleChanged: {
        if (!visible)
            return
        if (!ctl.active && !ctl.finished)
            ctl.refresh()
        Qt.callLater(page.focusCard)
    }

    readonly property string mode: !ctl.available ? "unavailable"
                                 : ctl.active ? "card"
                                 : ctl.finished ? "summary"
                                 : ctl.dueCount > 0 ? "start" : "empty"
    readonly property bool isQuestion: ctl.active && ctl.current.kind === "question"
    readonly property bool isDecision: ctl.active && ctl.current.kind === "decision"
    readonly property bool isFreeReply: isDecision && !!ctl.current.freeReply

    // The decision reply picked with the mouse or a number key, before it is sent.
    property int pickedOption: -1

    readonly property bool canSubmit: ctl.active && !ctl.answered
                                      && (isQuestion ? questionView.hasAnswer
                                          : isFreeReply ? replyInput.text.trim().length > 0
                                          : pickedOption >= 0)

    function submit() {
        if (!page.canSubmit)
            return
        let ok = false
        if (page.isQuestion)
            ok = ctl.answer(questionView.currentAnswer)
        else if (page.isFreeReply)
            ok = ctl.answer(replyInput.text)
        else
            ok = ctl.answer(page.pickedOption)
        if (ok)
            nextButton.forceActiveFocus()
    }

    function advance() {
        if (ctl.answered)
            ctl.next()
    }

    function begin() {
        if (ctl.start())
            Qt.callLater(page.focusCard)
    }

    // Puts the keyboard on the card that has just appeared.
    function focusCard() {
        if (!page.visible)
            return // never take the keyboard from the screen the trainee is on
        if (page.isQuestion)
            questionView.focusFirst()
        else if (page.isFreeReply)
            replyInput.forceActiveFocus()
        else if (page.isDecision)
            decisionCard.forceActiveFocus()
        else if (page.mode === "summary")
            summaryDone.forceActiveFocus()
        else if (page.mode === "start")
            startButton.forceActiveFocus()
    }

    // A new card (or the summary) after next(), or a restart after a language switch: focus it.
    property string shownKey: ctl.active ? ctl.current.key + "#" + ctl.position : page.mode
    onShownKeyChanged: {
        page.pickedOption = -1
        replyInput.text = ""
        scroller.contentItem.contentY = 0
        Qt.callLater(page.focusCard)
    }

    Shortcut {
        sequence: "Esc"
        enabled: page.visible && ctl.active
        onActivated: ctl.finish()
    }

    DojoColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.padding

        // ---- Header ----
        DojoRowLayout {
            Layout.fillWidth: true
            Layout.maximumWidth: 920
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.padding
            DojoColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    text: qsTr("Review")
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                }
                Label {
                    text: qsTr("Questions and role-play decisions you got wrong come back here, spaced out so they stick.")
                    color: Theme.mutedText
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
            Label {
                visible: ctl.active
                text: qsTr("Card %1 of %2").arg(ctl.position).arg(ctl.total)
                color: Theme.mutedText
                font.pixelSize: Theme.fontSmall
            }
            Rectangle {
                id: dueBadge
                visible: ctl.available
                radius: height / 2
                color: ctl.dueCount > 0 ? Theme.accent : Theme.surfaceAlt
                border.color: ctl.dueCount > 0 ? Theme.accent : Theme.border
                implicitWidth: dueLabel.implicitWidth + 2 * Theme.padding
                implicitHeight: dueLabel.implicitHeight + Theme.spacing
                Label {
                    id: dueLabel
                    objectName: "reviewDueCount"
                    anchors.centerIn: parent
                    text: qsTr("%1 due").arg(ctl.dueCount)
                    color: ctl.dueCount > 0 ? Theme.accentText : Theme.mutedText
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    Accessible.name: qsTr("Cards due now: %1").arg(ctl.dueCount)
                }
            }
        }

        // A session progress bar.
        Rectangle {
            visible: ctl.active
            Layout.fillWidth: true
            Layout.maximumWidth: 920
            Layout.alignment: Qt.AlignHCenter
            implicitHeight: 6
            radius: 3
            color: Theme.border
            Accessible.role: Accessible.ProgressBar
            Accessible.name: qsTr("Card %1 of %2").arg(ctl.position).arg(ctl.total)
            Rectangle {
                height: parent.height
                radius: 3
                color: Theme.accent
                width: parent.width * Math.max(0, ctl.position - (ctl.answered ? 0 : 1)) / Math.max(1, ctl.total)
            }
        }

        Label {
            objectName: "reviewError"
            visible: ctl.error.length > 0
            text: ctl.error
            color: Theme.error
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Layout.maximumWidth: 920
            Layout.alignment: Qt.AlignHCenter
        }

        // ---- Body ----
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: ["unavailable", "empty", "start", "card", "summary"].indexOf(page.mode)

            // Not signed in / no database / no course.
            StateMessage {
                objectName: "reviewUnavailable"
                glyph: "↻"
                heading: qsTr("Review is not available")
                explanation: ctl.unavailableReason
            }

            // Nothing due.
            StateMessage {
                objectName: "reviewEmpty"
                glyph: "✓"
                heading: ctl.hasCards ? qsTr("Nothing to review right now") : qsTr("Your review queue is empty")
                explanation: ctl.hasCards
                             ? qsTr("Well done. The next card is due %1.").arg(ctl.nextDueText)
                             : qsTr("When you get a quiz question or a role-play decision wrong, it is added here and comes back when it is time to practise it again.")
                note: page.skippedNote
            }

            // Cards due: start.
            StateMessage {
                objectName: "reviewStartPane"
                glyph: "↻"
                heading: qsTr("%n card(s) due", "", ctl.dueCount)
                explanation: qsTr("Answer each one again. Right answers come back later and later; wrong ones come back soon.")
                note: page.skippedNote
                DojoRowLayout {
                Layout.fillWidth: true
                Item { Layout.fillWidth: true }
                Button {
                    id: startButton
                    objectName: "reviewStart"
                    text: qsTr("Start review")
                    highlighted: true
                    Accessible.name: text
                    Layout.alignment: Qt.AlignHCenter
                    Layout.topMargin: Theme.spacing
                    onClicked: page.begin()
                    Keys.onReturnPressed: page.begin()
                    Keys.onEnterPressed: page.begin()
                    background: Rectangle {
                        implicitWidth: 160
                        implicitHeight: 40
                        radius: Theme.radius
                        color: startButton.down ? Qt.darker(Theme.accent, 1.15) : Theme.accent
                        border.width: startButton.visualFocus ? 2 : 0
                        border.color: Theme.focus
                    }
                    contentItem: Label {
                        text: startButton.text
                        color: Theme.accentText
                        font.bold: true
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                }
                Item { Layout.fillWidth: true }
                }
            }

            // The card.
            DojoColumnLayout {
                spacing: Theme.padding

                ScrollView {
                    id: scroller
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    // Fill what is left, never ask for the card's full height (the actions stay on screen).
                    Layout.preferredHeight: 120
                    Layout.minimumHeight: 120
                    contentWidth: availableWidth
                    clip: true

                    Rectangle {
                        id: card
                        objectName: "reviewCard"
                        width: Math.min(scroller.availableWidth, 920)
                        x: (scroller.availableWidth - width) / 2
                        implicitHeight: cardColumn.implicitHeight + 2 * Theme.padding
                        height: implicitHeight
                        radius: Theme.radius
                        color: Theme.surface
                        border.color: Theme.border

                        DojoColumnLayout {
                            id: cardColumn
                            anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.padding }
                            spacing: Theme.padding

                            // Where the card comes from.
                            DojoRowLayout {
                                Layout.fillWidth: true
                                spacing: Theme.spacing
                                Label {
                                    text: page.isQuestion ? "?" : (ctl.current.channel === "phone" ? "☎" : ctl.current.channel === "chat" ? "✉" : "☺")
                                    color: Theme.accent
                                    font.pixelSize: Theme.fontLarge
                                }
                                Label {
                                    text: page.isQuestion ? qsTr("Quiz question · %1").arg(ctl.current.sourceTitle || "")
                                                          : qsTr("Role-play decision · %1").arg(ctl.current.sourceTitle || "")
                                    color: Theme.mutedText
                                    font.pixelSize: Theme.fontSmall
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                                Label {
                                    visible: (ctl.current.lapses || 0) > 0
                                    text: qsTr("Missed %1 times before").arg(ctl.current.lapses || 0)
                                    color: Theme.warning
                                    font.pixelSize: Theme.fontSmall
                                }
                            }

                            // ---- A question ----
                            QuestionView {
                                id: questionView
                                visible: page.isQuestion
                                Layout.fillWidth: true
                                question: page.isQuestion ? ctl.current.question : ({})
                                feedback: page.isQuestion && ctl.answered ? ctl.result.feedback : ({})
                                locked: ctl.answered
                                onSubmitRequested: ctl.answered ? page.advance() : page.submit()
                            }

                            // ---- A decision ----
                            FocusScope {
                                id: decisionCard
                                objectName: "reviewDecision"
                                visible: page.isDecision
                                Layout.fillWidth: true
                                implicitHeight: decisionColumn.implicitHeight
                                activeFocusOnTab: true

                                readonly property var options: page.isDecision && ctl.current.options ? ctl.current.options : []

                                Keys.onPressed: (event) => {
                                    const n = decisionCard.options.length
                                    if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                                        if (ctl.answered) page.advance(); else page.submit()
                                        event.accepted = true
                                    } else if (ctl.answered || page.isFreeReply) {
                                        return
                                    } else if (event.key >= Qt.Key_1 && event.key <= Qt.Key_9 && event.key - Qt.Key_1 < n) {
                                        page.pickedOption = event.key - Qt.Key_1
                                        event.accepted = true
                                    } else if (event.key === Qt.Key_Down && n > 0) {
                                        page.pickedOption = Math.min(n - 1, page.pickedOption + 1)
                                        event.accepted = true
                                    } else if (event.key === Qt.Key_Up && n > 0) {
                                        page.pickedOption = Math.max(0, page.pickedOption - 1)
                                        event.accepted = true
                                    }
                                }

                                DojoColumnLayout {
                                    id: decisionColumn
                                    width: parent.width
                                    spacing: Theme.padding

                                    // The customer.
                                    Label {
                                        text: (ctl.current.persona || "") + (ctl.current.situation ? " — " + ctl.current.situation : "")
                                        color: Theme.mutedText
                                        wrapMode: Text.Wrap
                                        textFormat: Text.PlainText
                                        Layout.fillWidth: true
                                    }
                                    DojoRowLayout {
                                        Layout.fillWidth: true
                                        spacing: Theme.spacing
                                        Rectangle {
                                            Layout.preferredWidth: 36
                                            Layout.preferredHeight: 36
                                            Layout.alignment: Qt.AlignTop
                                            radius: 18
                                            color: Theme.surfaceAlt
                                            border.color: Theme.border
                                            Label {
                                                anchors.centerIn: parent
                                                text: (ctl.current.persona || "?").charAt(0)
                                                color: Theme.text
                                                font.bold: true
                                            }
                                        }
                                        Rectangle {
                                            Layout.fillWidth: true
                                            Layout.maximumWidth: implicitWidth
                                            implicitWidth: customerLine.implicitWidth + 2 * Theme.padding
                                            implicitHeight: customerLine.implicitHeight + 2 * 12
                                            radius: Theme.radius
                                            color: Theme.customerBubble
                                            border.color: Theme.border
                                            Label {
                                                id: customerLine
                                                objectName: "reviewCustomerLine"
                                                anchors { fill: parent; leftMargin: Theme.padding; rightMargin: Theme.padding; topMargin: 12; bottomMargin: 12 }
                                                text: ctl.current.customer || ""
                                                color: Theme.text
                                                font.pixelSize: Theme.fontLarge
                                                wrapMode: Text.Wrap
                                                textFormat: Text.PlainText
                                            }
                                        }
                                    }
                                    Label {
                                        visible: !!ctl.current.note
                                        text: ctl.current.note || ""
                                        color: Theme.mutedText
                                        font.italic: true
                                        wrapMode: Text.Wrap
                                        textFormat: Text.PlainText
                                        Layout.fillWidth: true
                                    }
                                    Label {
                                        text: page.isFreeReply ? (ctl.current.replyPrompt || qsTr("Type your reply to the customer."))
                                                               : qsTr("What do you reply?")
                                        color: Theme.accent
                                        font.pixelSize: Theme.fontSmall
                                        font.bold: true
                                        wrapMode: Text.Wrap
                                        Layout.fillWidth: true
                                    }

                                    // The replies to choose from.
                                    ColumnRepeater {
                                        model: decisionCard.options
                                        delegate: AbstractButton {
                                            id: reply
                                            required property var modelData
                                            required property int index
                                            readonly property bool picked: ctl.answered ? ctl.result.chosen === index : page.pickedOption === index
                                            readonly property bool isBest: ctl.answered && ctl.result.bestIndex === index
                                            readonly property string mark: !ctl.answered ? "none"
                                                                           : picked ? (ctl.result.best ? "right" : ctl.result.wrong ? "wrong" : "ok")
                                                                           : isBest ? "best" : "none"
                                            objectName: "reviewDecisionOption_" + index
                                            Layout.fillWidth: true
                                            focusPolicy: Qt.StrongFocus
                                            hoverEnabled: true
                                            Accessible.role: Accessible.RadioButton
                                            Accessible.name: (index + 1) + ". " + modelData.text
                                            Accessible.checkable: true
                                            Accessible.checked: picked
                                            onClicked: {
                                                if (!ctl.answered)
                                                    page.pickedOption = index
                                                decisionCard.forceActiveFocus()
                                            }
                                            onDoubleClicked: { if (!ctl.answered) { page.pickedOption = index; page.submit() } }
                                            Keys.forwardTo: [decisionCard]
                                            implicitHeight: replyRow.implicitHeight + 2 * 12

                                            readonly property color tone: mark === "right" || mark === "best" ? Theme.success
                                                                          : mark === "wrong" ? Theme.error
                                                                          : mark === "ok" ? Theme.warning : Theme.accent
                                            background: Rectangle {
                                                radius: Theme.radius
                                                readonly property bool keyed: reply.activeFocus || (decisionCard.activeFocus && page.pickedOption === reply.index && !ctl.answered)
                                                color: reply.mark !== "none" ? Qt.rgba(reply.tone.r, reply.tone.g, reply.tone.b, Theme.dark ? 0.18 : 0.10)
                                                       : reply.picked ? Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, Theme.dark ? 0.16 : 0.08)
                                                       : (reply.hovered && !ctl.answered ? Theme.surfaceAlt : Theme.surface)
                                                border.width: keyed ? 2 : 1
                                                border.color: keyed ? Theme.focus
                                                              : reply.mark !== "none" ? reply.tone
                                                              : reply.picked ? Theme.accent : Theme.border
                                            }
                                            contentItem: DojoRowLayout {
                                                id: replyRow
                                                spacing: 12
                                                Rectangle {
                                                    Layout.preferredWidth: 26
                                                    Layout.preferredHeight: 26
                                                    Layout.leftMargin: 12
                                                    Layout.alignment: Qt.AlignTop
                                                    radius: 13
                                                    color: reply.picked ? Theme.accent : "transparent"
                                                    border.color: reply.picked ? Theme.accent : Theme.mutedText
                                                    border.width: 1.5
                                                    Label {
                                                        anchors.centerIn: parent
                                                        text: reply.index + 1
                                                        color: reply.picked ? Theme.accentText : Theme.mutedText
                                                        font.pixelSize: Theme.fontSmall
                                                        font.bold: true
                                                    }
                                                }
                                                Label {
                                                    text: reply.modelData.text
                                                    color: Theme.text
                                                    wrapMode: Text.Wrap
                                                    textFormat: Text.PlainText
                                                    Layout.fillWidth: true
                                                    Layout.alignment: Qt.AlignVCenter
                                                }
                                                Label {
                                                    visible: reply.mark !== "none"
                                                    text: reply.mark === "right" ? qsTr("✓ Your reply, the best one")
                                                          : reply.mark === "best" ? qsTr("✓ Best reply")
                                                          : reply.mark === "wrong" ? qsTr("✗ Your reply")
                                                          : qsTr("◐ Your reply")
                                                    color: reply.tone
                                                    font.pixelSize: Theme.fontSmall
                                                    font.bold: true
                                                    Layout.rightMargin: 12
                                                }
                                            }
                                        }
                                    }

                                    // Or a typed reply.
                                    TextArea {
                                        id: replyInput
                                        objectName: "reviewReplyInput"
                                        visible: page.isFreeReply
                                        Layout.fillWidth: true
                                        Layout.minimumHeight: 96
                                        wrapMode: TextEdit.Wrap
                                        readOnly: ctl.answered
                                        placeholderText: qsTr("Your reply… (Enter sends, Shift+Enter starts a new line)")
                                        Accessible.name: qsTr("Your reply")
                                        color: Theme.text
                                        background: Rectangle {
                                            radius: Theme.radius
                                            color: Theme.surface
                                            border.width: replyInput.activeFocus ? 2 : 1
                                            border.color: replyInput.activeFocus ? Theme.focus : Theme.border
                                        }
                                        Keys.onPressed: (event) => {
                                            if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                                                    && !(event.modifiers & Qt.ShiftModifier)) {
                                                if (ctl.answered) page.advance(); else page.submit()
                                                event.accepted = true
                                            }
                                        }
                                    }

                                    // What the decision was worth.
                                    Rectangle {
                                        id: verdictBox
                                        objectName: "reviewDecisionFeedback"
                                        visible: page.isDecision && ctl.answered
                                        Layout.fillWidth: true
                                        implicitHeight: verdictColumn.implicitHeight + 2 * Theme.padding
                                        radius: Theme.radius
                                        readonly property color tone: ctl.result.best ? Theme.success : ctl.result.wrong ? Theme.error : Theme.warning
                                        color: Qt.rgba(tone.r, tone.g, tone.b, Theme.dark ? 0.14 : 0.07)
                                        border.color: tone
                                        DojoColumnLayout {
                                            id: verdictColumn
                                            anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.padding }
                                            spacing: 6
                                            Label {
                                                objectName: "reviewDecisionVerdict"
                                                text: (ctl.result.best ? "✓ " : ctl.result.wrong ? "✗ " : "◐ ") + (ctl.result.verdictText || "")
                                                color: verdictBox.tone
                                                font.pixelSize: Theme.fontLarge
                                                font.bold: true
                                                wrapMode: Text.Wrap
                                                Layout.fillWidth: true
                                            }
                                            Label {
                                                visible: !!ctl.result.feedback && page.isDecision
                                                text: page.isDecision ? (ctl.result.feedback || "") : ""
                                                color: Theme.text
                                                wrapMode: Text.Wrap
                                                textFormat: Text.PlainText
                                                Layout.fillWidth: true
                                            }
                                            Label {
                                                visible: page.isDecision && ctl.answered && !ctl.result.best && !!ctl.result.bestText
                                                text: qsTr("The best reply here: “%1”").arg(ctl.result.bestText || "")
                                                color: Theme.text
                                                wrapMode: Text.Wrap
                                                textFormat: Text.PlainText
                                                Layout.fillWidth: true
                                            }
                                            ColumnRepeater {
                                                model: page.isDecision && ctl.answered ? ctl.result.explanations : []
                                                delegate: Label {
                                                    required property string modelData
                                                    text: "• " + modelData
                                                    color: Theme.mutedText
                                                    wrapMode: Text.Wrap
                                                    textFormat: Text.PlainText
                                                    Layout.fillWidth: true
                                                }
                                            }
                                        }
                                    }
                                }
                            }

                            // When the card comes back.
                            Label {
                                objectName: "reviewSchedule"
                                visible: ctl.answered
                                text: ctl.answered ? (ctl.result.ratingText || "") + " " + (ctl.result.nextDueText || "") : ""
                                color: Theme.mutedText
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                        }
                    }
                }

                // Actions.
                DojoRowLayout {
                    Layout.fillWidth: true
                    Layout.maximumWidth: 920
                    Layout.alignment: Qt.AlignHCenter
                    spacing: Theme.spacing
                    Button {
                        objectName: "reviewFinish"
                        text: qsTr("End review")
                        flat: true
                        Accessible.name: text
                        onClicked: ctl.finish()
                    }
                    Label {
                        text: ctl.answered ? qsTr("Enter: next card")
                              : page.isDecision && !page.isFreeReply ? qsTr("1–9: pick a reply · Enter: check")
                              : qsTr("Enter: check")
                        color: Theme.mutedText
                        font.pixelSize: Theme.fontSmall
                        horizontalAlignment: Text.AlignRight
                        Layout.fillWidth: true
                        elide: Text.ElideLeft
                    }
                    AccentButton {
                        id: submitButton
                        objectName: "reviewSubmit"
                        visible: !ctl.answered
                        text: qsTr("Check")
                        enabled: page.canSubmit
                        onActivated: page.submit()
                    }
                    AccentButton {
                        id: nextButton
                        objectName: "reviewNext"
                        visible: ctl.answered
                        text: ctl.position >= ctl.total ? qsTr("See the summary") : qsTr("Next card")
                        onActivated: page.advance()
                    }
                }
            }

            // The summary.
            StateMessage {
                objectName: "reviewSummary"
                glyph: "★"
                heading: qsTr("Review done")
                explanation: (ctl.summary.reviewedText || "") + (ctl.summary.reviewed > 0 ? " · " + (ctl.summary.rightText || "") : "")
                note: page.summaryNote

                DojoRowLayout {
                    visible: (ctl.summary.reviewed || 0) > 0
                    Layout.fillWidth: true
                    spacing: Theme.padding * 2
                    Item { Layout.fillWidth: true }
                    RowRepeater {
                        model: [
                            { label: qsTr("Again"), count: ctl.summary.again || 0, tone: Theme.error },
                            { label: qsTr("Hard"), count: ctl.summary.hard || 0, tone: Theme.warning },
                            { label: qsTr("Good"), count: ctl.summary.good || 0, tone: Theme.success },
                            { label: qsTr("Easy"), count: ctl.summary.easy || 0, tone: Theme.accent }
                        ]
                        delegate: DojoColumnLayout {
                            required property var modelData
                            spacing: 0
                            Label {
                                text: modelData.count
                                color: modelData.tone
                                font.pixelSize: Theme.fontTitle
                                font.bold: true
                                Layout.alignment: Qt.AlignHCenter
                            }
                            Label {
                                text: modelData.label
                                color: Theme.mutedText
                                font.pixelSize: Theme.fontSmall
                                Layout.alignment: Qt.AlignHCenter
                            }
                        }
                    }
                    Item { Layout.fillWidth: true }
                }
                Label {
                    objectName: "reviewNextDue"
                    text: ctl.summary.nextText || ""
                    color: Theme.text
                    font.pixelSize: Theme.fontLarge
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    Layout.fillWidth: true
                }
                DojoRowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Item { Layout.fillWidth: true }
                    Button {
                        objectName: "reviewRestart"
                        visible: ctl.dueCount > 0
                        text: qsTr("Review the %n card(s) due", "", ctl.dueCount)
                        Accessible.name: text
                        onClicked: page.begin()
                        Keys.onReturnPressed: page.begin()
                    }
                    AccentButton {
                        id: summaryDone
                        objectName: "reviewDone"
                        text: qsTr("Done")
                        onActivated: ctl.close()
                    }
                    Item { Layout.fillWidth: true }
                }
            }
        }
    }

    readonly property string skippedNote: ctl.skippedCount === 0 ? ""
        : qsTr("%n due card(s) left out: the question or role-play step is no longer in the course.", "", ctl.skippedCount)
    readonly property string summaryNote: {
        let parts = []
        const skipped = ctl.summary.skipped || 0
        const remaining = ctl.summary.remaining || 0
        if (remaining > 0)
            parts.push(qsTr("%n card(s) not answered, still due.", "", remaining))
        if (skipped > 0)
            parts.push(qsTr("%n card(s) left out: the question or role-play step is no longer in the course.", "", skipped))
        return parts.join(" ")
    }

    // A centred message with a glyph, a heading, a sentence, an optional note, and room for buttons.
    component StateMessage: Item {
        id: message
        property string glyph
        property string heading
        property string explanation
        property string note
        default property alias content: extra.data
        Accessible.role: Accessible.Pane
        Accessible.name: heading

        DojoColumnLayout {
            anchors.centerIn: parent
            width: Math.min(parent.width - 2 * Theme.padding, 600)
            spacing: Theme.padding
            Label {
                text: message.glyph
                color: Theme.accent
                font.pixelSize: 40
                Layout.alignment: Qt.AlignHCenter
            }
            Label {
                text: message.heading
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            Label {
                visible: text.length > 0
                text: message.explanation
                color: Theme.mutedText
                font.pixelSize: Theme.fontLarge
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            DojoColumnLayout {
                id: extra
                Layout.fillWidth: true
                spacing: Theme.padding
            }
            Label {
                visible: text.length > 0
                text: message.note
                color: Theme.warning
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
        }
    }

    // The main action of a step: accent colour, visible focus, Enter activates it.
    component AccentButton: Button {
        id: accentButton
        signal activated()
        highlighted: true
        Accessible.name: text
        onClicked: accentButton.activated()
        Keys.onReturnPressed: accentButton.activated()
        Keys.onEnterPressed: accentButton.activated()
        background: Rectangle {
            implicitWidth: 128
            implicitHeight: 40
            radius: Theme.radius
            color: !accentButton.enabled ? Theme.surfaceAlt
                   : accentButton.down ? Qt.darker(Theme.accent, 1.15) : Theme.accent
            border.width: accentButton.visualFocus ? 2 : (accentButton.enabled ? 0 : 1)
            border.color: accentButton.visualFocus ? Theme.focus : Theme.border
        }
        contentItem: Label {
            text: accentButton.text
            color: accentButton.enabled ? Theme.accentText : Theme.mutedText
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
    }
}
