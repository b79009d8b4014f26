import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ServiceDojo.Backend
import ServiceDojo.Ui

// One quiz question, drawn from a QuestionPresenter map (app/backend/questionpresenter.h), with the
// trainee's answer built from the controls. Used by the quiz player and the review session.
//
//   question       the presenter map (type, prompt, options, items, lefts, rights…)
//   givenAnswer    an answer to show (already given, or restored); undefined = start blank
//   feedback       a presenter feedback map; when it has a verdict the view shows right/wrong marks,
//                  the right answer and the explanation
//   locked         the answer is final: controls show it but do not change it
//   currentAnswer  the answer as the controls hold it, in the presenter's QML form
//   hasAnswer      something is chosen / typed
//   submitRequested()  Enter was pressed with an answer (the host decides what to do)
//
// Keyboard: 1–9 pick options (tick/untick in multiple choice), Up/Down move between options, Space
// toggles, Enter submits. Ordering: select an item, Alt+Up/Alt+Down (or the ▲▼ buttons) move it; or drag
// the handle. Matching: Tab between the drop-downs, Up/Down change the choice.
FocusScope {
    id: view
    objectName: "questionView"

    property var question: ({})
    property var givenAnswer
    property var feedback: ({})
    property bool locked: false
    property bool showLessonLink: true

    readonly property string type: question && question.type ? question.type : ""
    readonly property bool hasFeedback: !!feedback && feedback.verdict !== undefined
    readonly property bool readOnly: locked || hasFeedback
    readonly property bool isChoice: type === "single" || type === "multiple" || type === "truefalse"

    // Answer state of the controls.
    property var selected: []        // shown option positions
    property string fillText: ""
    property var matches: []         // per left: shown right position, -1 = none
    property int orderVersion: 0     // bumps when orderModel changes (ListModel is not bindable)
    property int highlighted: 0      // keyboard cursor among options / order items

    readonly property var currentAnswer: {
        void view.orderVersion
        if (type === "single" || type === "multiple")
            return { selected: view.selected.slice() }
        if (type === "truefalse")
            return view.selected.length > 0 ? { value: view.selected[0] === 0 } : {}
        if (type === "fill")
            return { text: view.fillText }
        if (type === "ordering") {
            let keys = []
            for (let i = 0; i < orderModel.count; ++i)
                keys.push(orderModel.get(i).key)
            return { order: keys }
        }
        if (type === "matching")
            return { matches: view.matches.slice() }
        return {}
    }
    readonly property bool hasAnswer: {
        if (isChoice)
            return view.selected.length > 0
        if (type === "fill")
            return view.fillText.trim().length > 0
        if (type === "ordering")
            return orderModel.count > 0
        if (type === "matching")
            return view.matches.some(m => m >= 0)
        return false
    }

    signal submitRequested()

    implicitHeight: column.implicitHeight

    onQuestionChanged: Qt.callLater(view.load)
    onGivenAnswerChanged: Qt.callLater(view.load)
    Component.onCompleted: load()

    // Puts the controls in the state of `givenAnswer` (or blank) for the current question.
    function load() {
        const q = view.question || {}
        const a = view.givenAnswer
        let sel = []
        if (a && a.selected !== undefined)
            sel = a.selected.slice()
        else if (a && a.value !== undefined)
            sel = [a.value ? 0 : 1]
        view.selected = sel
        view.fillText = a && a.text !== undefined ? a.text : ""
        fillInput.text = view.fillText
        orderModel.clear()
        const items = q.items || []
        let keys = a && a.order !== undefined ? a.order : items.map(it => it.key)
        for (let k of keys) {
            const it = items.find(x => x.key === k)
            if (it)
                orderModel.append({ key: it.key, itemText: it.text })
        }
        // Items the stored answer left out go at the end.
        for (let it of items) {
            if (keys.indexOf(it.key) < 0)
                orderModel.append({ key: it.key, itemText: it.text })
        }
        const lefts = q.lefts || []
        let m = []
        for (let i = 0; i < lefts.length; ++i)
            m.push(a && a.matches !== undefined && i < a.matches.length ? a.matches[i] : -1)
        view.matches = m
        view.highlighted = 0
        view.orderVersion++
    }

    // Focus the first control of the question (called by the host after a new question appears).
    function focusFirst() {
        if (view.readOnly)
            view.forceActiveFocus()
        else if (type === "fill")
            fillInput.forceActiveFocus()
        else if (type === "matching" && matchRepeater.count > 0)
            matchRepeater.itemAt(0).combo.forceActiveFocus()
        else
            view.forceActiveFocus()
    }

    function toggleOption(index) {
        if (view.readOnly)
            return
        const opts = view.question.options || []
        if (index < 0 || index >= opts.length)
            return
        view.highlighted = index
        if (type === "multiple") {
            let sel = view.selected.slice()
            const at = sel.indexOf(index)
            if (at >= 0)
                sel.splice(at, 1)
            else
                sel.push(index)
            sel.sort((x, y) => x - y)
            view.selected = sel
        } else {
            view.selected = [index]
        }
    }

    function moveItem(from, to) {
        if (view.readOnly || from === to || from < 0 || to < 0 || from >= orderModel.count || to >= orderModel.count)
            return
        orderModel.move(from, to, 1)
        view.highlighted = to
        view.orderVersion++
    }

    function setMatch(left, right) {
        if (view.readOnly)
            return
        let m = view.matches.slice()
        m[left] = right
        view.matches = m
    }

    function stateOf(index) {
        if (!view.hasFeedback || !view.feedback.optionStates)
            return "none"
        return view.feedback.optionStates[index] || "none"
    }

    Keys.onPressed: (event) => {
        if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            // The text field submits through onAccepted; its Enter must not count twice.
            if (fillInput.activeFocus)
                return
            if (view.hasAnswer || view.hasFeedback) {
                view.submitRequested()
                event.accepted = true
            }
            return
        }
        if (view.isChoice) {
            const n = (view.question.options || []).length
            if (event.key >= Qt.Key_1 && event.key <= Qt.Key_9) {
                view.toggleOption(event.key - Qt.Key_1)
                event.accepted = true
            } else if (event.key === Qt.Key_Down && n > 0) {
                view.highlighted = Math.min(n - 1, view.highlighted + 1)
                if (view.type !== "multiple")
                    view.toggleOption(view.highlighted)
                event.accepted = true
            } else if (event.key === Qt.Key_Up && n > 0) {
                view.highlighted = Math.max(0, view.highlighted - 1)
                if (view.type !== "multiple")
                    view.toggleOption(view.highlighted)
                event.accepted = true
            } else if (event.key === Qt.Key_Space) {
                view.toggleOption(view.highlighted)
                event.accepted = true
            }
        } else if (view.type === "ordering") {
            const n = orderModel.count
            if (event.key === Qt.Key_Down && n > 0) {
                if (event.modifiers & Qt.AltModifier)
                    view.moveItem(view.highlighted, Math.min(n - 1, view.highlighted + 1))
                else
                    view.highlighted = Math.min(n - 1, view.highlighted + 1)
                event.accepted = true
            } else if (event.key === Qt.Key_Up && n > 0) {
                if (event.modifiers & Qt.AltModifier)
                    view.moveItem(view.highlighted, Math.max(0, view.highlighted - 1))
                else
                    view.highlighted = Math.max(0, view.highlighted - 1)
                event.accepted = true
            }
        }
    }

    DojoColumnLayout {
        id: column
        width: parent.width
        spacing: Theme.padding

        // Prompt
        DojoColumnLayout {
            Layout.fillWidth: true
            spacing: 4
            Label {
                text: view.question.typeLabel || ""
                color: Theme.accent
                font.pixelSize: Theme.fontSmall
                font.bold: true
                Layout.fillWidth: true
            }
            Label {
                objectName: "quizPrompt"
                text: view.question.prompt || ""
                color: Theme.text
                font.pixelSize: Theme.fontLarge
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                lineHeight: 1.2
                Layout.fillWidth: true
            }
        }

        // single, multiple, true/false
        DojoColumnLayout {
            visible: view.isChoice
            Layout.fillWidth: true
            spacing: Theme.spacing
            ColumnRepeater {
                model: view.isChoice ? view.question.options : []
                delegate: AbstractButton {
                    id: option
                    required property var modelData
                    required property int index
                    readonly property bool picked: view.selected.indexOf(index) >= 0
                    readonly property string mark: view.stateOf(index)
                    objectName: "quizOption_" + index
                    Layout.fillWidth: true
                    focusPolicy: Qt.StrongFocus
                    enabled: !view.readOnly || mark !== "none" || picked
                    hoverEnabled: true
                    checkable: false
                    Accessible.role: view.type === "multiple" ? Accessible.CheckBox : Accessible.RadioButton
                    Accessible.name: (index + 1) + ". " + modelData.text
                    Accessible.checkable: true
                    Accessible.checked: picked
                    onClicked: { view.toggleOption(index); view.forceActiveFocus() }
                    Keys.forwardTo: [view]

                    padding: 12
                    // True/false are also named quizTrue / quizFalse: a click on this area reaches the button.
                    Item {
                        objectName: view.type === "truefalse" ? (option.index === 0 ? "quizTrue" : "quizFalse") : ""
                        anchors.fill: parent
                    }
                    background: Rectangle {
                        radius: Theme.radius
                        color: option.mark === "right" || option.mark === "missed"
                               ? Qt.rgba(Theme.success.r, Theme.success.g, Theme.success.b, Theme.dark ? 0.18 : 0.10)
                               : option.mark === "wrong"
                                 ? Qt.rgba(Theme.error.r, Theme.error.g, Theme.error.b, Theme.dark ? 0.18 : 0.10)
                                 : option.picked
                                   ? Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, Theme.dark ? 0.16 : 0.08)
                                   : (option.hovered && !view.readOnly ? Theme.surfaceAlt : Theme.surface)
                        border.width: option.activeFocus || (view.activeFocus && view.highlighted === option.index && !view.readOnly) ? 2 : 1
                        border.color: option.activeFocus || (view.activeFocus && view.highlighted === option.index && !view.readOnly) ? Theme.focus
                                      : option.mark === "right" || option.mark === "missed" ? Theme.success
                                      : option.mark === "wrong" ? Theme.error
                                      : option.picked ? Theme.accent : Theme.border
                        Behavior on color { ColorAnimation { duration: 120 } }
                    }
                    contentItem: DojoRowLayout {
                        id: optionRow
                        spacing: 12
                        // Number key badge
                        Rectangle {
                            Layout.preferredWidth: 26
                            Layout.preferredHeight: 26
                            Layout.alignment: Qt.AlignVCenter
                            radius: view.type === "multiple" ? 5 : 13
                            color: option.picked ? Theme.accent : "transparent"
                            border.color: option.picked ? Theme.accent : Theme.mutedText
                            border.width: 1.5
                            Label {
                                anchors.centerIn: parent
                                text: option.picked ? (view.type === "multiple" ? "✓" : "●") : (option.index + 1)
                                color: option.picked ? Theme.accentText : Theme.mutedText
                                font.pixelSize: option.picked && view.type !== "multiple" ? 10 : Theme.fontSmall
                                font.bold: true
                            }
                        }
                        Label {
                            text: option.modelData.text
                            color: Theme.text
                            font.pixelSize: Theme.fontBody
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            Layout.alignment: Qt.AlignVCenter
                        }
                        Label {
                            visible: option.mark !== "none"
                            text: option.mark === "right" ? qsTr("✓ Your choice, right")
                                  : option.mark === "missed" ? qsTr("✓ Right answer")
                                  : qsTr("✗ Your choice")
                            color: option.mark === "wrong" ? Theme.error : Theme.success
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                        }
                    }
                }
            }
        }

        // fill
        TextField {
            id: fillInput
            objectName: "quizFillInput"
            visible: view.type === "fill"
            Layout.fillWidth: true
            Layout.maximumWidth: 560
            readOnly: view.readOnly
            placeholderText: qsTr("Type your answer")
            font.pixelSize: Theme.fontBody
            color: Theme.text
            placeholderTextColor: Theme.mutedText
            Accessible.name: qsTr("Your answer")
            onTextEdited: view.fillText = text
            onAccepted: if (view.hasAnswer || view.hasFeedback) view.submitRequested()
            background: Rectangle {
                implicitHeight: 40
                radius: Theme.radius
                color: Theme.surface
                border.width: fillInput.activeFocus ? 2 : 1
                border.color: fillInput.activeFocus ? Theme.focus
                              : view.hasFeedback ? (view.feedback.correct ? Theme.success : Theme.error)
                              : Theme.border
            }
        }

        // ordering
        ListModel { id: orderModel }
        ListView {
            id: orderList
            visible: view.type === "ordering"
            Layout.fillWidth: true
            Layout.preferredHeight: contentHeight
            interactive: false
            spacing: 6
            model: orderModel
            moveDisplaced: Transition { NumberAnimation { properties: "y"; duration: 140; easing.type: Easing.OutQuad } }
            move: Transition { NumberAnimation { properties: "y"; duration: 140; easing.type: Easing.OutQuad } }
            delegate: DropArea {
                id: slot
                required property int index
                required property int key
                required property string itemText
                width: orderList.width
                height: card.implicitHeight
                keys: ["dojo-order"]
                onEntered: (drag) => {
                    const from = drag.source.slotIndex
                    if (from !== undefined && from !== slot.index)
                        view.moveItem(from, slot.index)
                }

                Rectangle {
                    id: card
                    readonly property int slotIndex: slot.index
                    readonly property bool dragging: handleArea.drag.active
                    objectName: "quizOrderItem_" + slot.index
                    width: slot.width
                    implicitHeight: cardRow.implicitHeight + 16
                    height: implicitHeight
                    anchors.horizontalCenter: parent.horizontalCenter
                    anchors.verticalCenter: parent.verticalCenter
                    radius: Theme.radius
                    activeFocusOnTab: !view.readOnly
                    Accessible.role: Accessible.ListItem
                    Accessible.name: qsTr("Position %1: %2").arg(slot.index + 1).arg(slot.itemText)
                    color: dragging ? Theme.surfaceAlt : Theme.surface
                    border.width: activeFocus || (view.activeFocus && view.highlighted === slot.index && !view.readOnly) || dragging ? 2 : 1
                    border.color: activeFocus || (view.activeFocus && view.highlighted === slot.index && !view.readOnly) ? Theme.focus
                                  : dragging ? Theme.accent : Theme.border
                    Drag.active: dragging
                    Drag.source: card
                    Drag.keys: ["dojo-order"]
                    Drag.hotSpot.x: width / 2
                    Drag.hotSpot.y: height / 2
                    onActiveFocusChanged: if (activeFocus) view.highlighted = slot.index
                    Keys.forwardTo: [view]
                    states: State {
                        when: card.dragging
                        ParentChange { target: card; parent: orderList }
                        AnchorChanges { target: card; anchors.horizontalCenter: undefined; anchors.verticalCenter: undefined }
                        PropertyChanges { target: card; z: 10; opacity: 0.95 }
                    }

                    DojoRowLayout {
                        id: cardRow
                        anchors.fill: parent
                        anchors.leftMargin: 4
                        anchors.rightMargin: 8
                        spacing: 8
                        // Drag handle
                        Item {
                            Layout.preferredWidth: 28
                            Layout.fillHeight: true
                            visible: !view.readOnly
                            Column {
                                anchors.centerIn: parent
                                spacing: 3
                                Repeater {
                                    model: 3
                                    Rectangle { width: 14; height: 2; radius: 1; color: Theme.mutedText }
                                }
                            }
                            MouseArea {
                                id: handleArea
                                objectName: "quizOrderHandle_" + slot.index
                                anchors.fill: parent
                                cursorShape: pressed ? Qt.ClosedHandCursor : Qt.OpenHandCursor
                                drag.target: view.readOnly ? null : card
                                drag.axis: Drag.YAxis
                                onPressed: view.highlighted = slot.index
                            }
                        }
                        Rectangle {
                            Layout.preferredWidth: 26
                            Layout.preferredHeight: 26
                            radius: 13
                            color: "transparent"
                            border.color: Theme.mutedText
                            Label {
                                anchors.centerIn: parent
                                text: slot.index + 1
                                color: Theme.mutedText
                                font.pixelSize: Theme.fontSmall
                                font.bold: true
                            }
                        }
                        Label {
                            text: slot.itemText
                            color: Theme.text
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                            font.pixelSize: Theme.fontBody
                            Layout.fillWidth: true
                            Layout.topMargin: 8
                            Layout.bottomMargin: 8
                        }
                        Label {
                            readonly property int rightPos: view.hasFeedback && view.feedback.rightOrder
                                                            ? view.feedback.rightOrder.indexOf(slot.itemText) : -1
                            visible: rightPos >= 0
                            text: rightPos === slot.index ? qsTr("✓ in place") : qsTr("belongs at %1").arg(rightPos + 1)
                            color: rightPos === slot.index ? Theme.success : Theme.warning
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                        }
                        ToolButton {
                            objectName: "quizOrderUp_" + slot.index
                            visible: !view.readOnly
                            enabled: slot.index > 0
                            text: "▲"
                            focusPolicy: Qt.NoFocus
                            Accessible.name: qsTr("Move up: %1").arg(slot.itemText)
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Move up (Alt+Up)")
                            onClicked: view.moveItem(slot.index, slot.index - 1)
                        }
                        ToolButton {
                            objectName: "quizOrderDown_" + slot.index
                            visible: !view.readOnly
                            enabled: slot.index < orderModel.count - 1
                            text: "▼"
                            focusPolicy: Qt.NoFocus
                            Accessible.name: qsTr("Move down: %1").arg(slot.itemText)
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Move down (Alt+Down)")
                            onClicked: view.moveItem(slot.index, slot.index + 1)
                        }
                    }
                }
            }
        }

        // matching
        DojoColumnLayout {
            visible: view.type === "matching"
            Layout.fillWidth: true
            spacing: Theme.spacing
            ColumnRepeater {
                id: matchRepeater
                model: view.type === "matching" ? view.question.lefts : []
                delegate: DojoRowLayout {
                    id: matchRow
                    required property var modelData
                    required property int index
                    property alias combo: choice
                    readonly property var pairState: view.hasFeedback && view.feedback.pairStates
                                                     ? view.feedback.pairStates[index] : undefined
                    Layout.columnSpan: 2
                    Layout.fillWidth: true
                    spacing: Theme.padding
                    Rectangle {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.fillHeight: true
                        implicitHeight: Math.max(40, leftLabel.implicitHeight + 20)
                        radius: Theme.radius
                        color: Theme.surfaceAlt
                        border.color: Theme.border
                        Label {
                            id: leftLabel
                            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 10 }
                            text: matchRow.modelData
                            color: Theme.text
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                            font.pixelSize: Theme.fontBody
                        }
                    }
                    Label { text: "→"; color: Theme.mutedText; font.pixelSize: Theme.fontLarge }
                    DojoColumnLayout {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        spacing: 2
                        ComboBox {
                            id: choice
                            objectName: "quizMatchChoice_" + matchRow.index
                            Layout.fillWidth: true
                            enabled: !view.readOnly
                            model: (view.question.rights || []).map(r => r.text)
                            currentIndex: view.matches[matchRow.index] !== undefined ? view.matches[matchRow.index] : -1
                            displayText: currentIndex < 0 ? qsTr("Choose…") : currentText
                            font.pixelSize: Theme.fontBody
                            Accessible.name: qsTr("Partner of %1").arg(matchRow.modelData)
                            onActivated: (i) => view.setMatch(matchRow.index, i)
                            Keys.onReturnPressed: (event) => { if (!choice.popup.visible) { view.submitRequested(); event.accepted = true } else event.accepted = false }
                            delegate: ItemDelegate {
                                required property int index
                                required property var modelData
                                width: choice.width
                                highlighted: choice.highlightedIndex === index
                                contentItem: Label {
                                    text: modelData
                                    wrapMode: Text.Wrap
                                    color: Theme.text
                                    font.pixelSize: Theme.fontBody
                                }
                                background: Rectangle { color: highlighted ? Theme.surfaceAlt : Theme.surface }
                            }
                            contentItem: Label {
                                leftPadding: 10
                                rightPadding: choice.indicator.width + 6
                                text: choice.displayText
                                color: choice.currentIndex < 0 ? Theme.mutedText : Theme.text
                                elide: Text.ElideRight
                                verticalAlignment: Text.AlignVCenter
                                font.pixelSize: Theme.fontBody
                            }
                            background: Rectangle {
                                implicitHeight: 40
                                radius: Theme.radius
                                color: Theme.surface
                                border.width: choice.activeFocus ? 2 : 1
                                border.color: choice.activeFocus ? Theme.focus
                                              : matchRow.pairState ? (matchRow.pairState.ok ? Theme.success : Theme.error)
                                              : Theme.border
                            }
                            ToolTip.visible: hovered && choice.currentIndex >= 0 && choice.contentItem.truncated
                            ToolTip.text: choice.currentText
                        }
                        Label {
                            visible: !!matchRow.pairState
                            text: matchRow.pairState ? (matchRow.pairState.ok ? qsTr("✓ Right")
                                                                              : qsTr("✗ Goes with: %1").arg(matchRow.pairState.right))
                                                     : ""
                            color: matchRow.pairState && matchRow.pairState.ok ? Theme.success : Theme.error
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }

        Label {
            visible: !view.readOnly && !!view.question.hint
            text: view.question.hint || ""
            color: Theme.mutedText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        // Feedback
        Rectangle {
            id: feedbackBox
            objectName: "quizFeedback"
            visible: view.hasFeedback
            Layout.fillWidth: true
            implicitHeight: feedbackColumn.implicitHeight + 2 * Theme.padding
            radius: Theme.radius
            readonly property color tone: !view.hasFeedback ? Theme.border
                                          : view.feedback.verdict === "correct" ? Theme.success
                                          : view.feedback.verdict === "partial" ? Theme.warning : Theme.error
            color: Qt.rgba(tone.r, tone.g, tone.b, Theme.dark ? 0.14 : 0.07)
            border.color: tone
            Rectangle { width: 4; radius: 2; color: feedbackBox.tone; anchors { left: parent.left; top: parent.top; bottom: parent.bottom; margins: 6 } }

            DojoColumnLayout {
                id: feedbackColumn
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.padding; leftMargin: Theme.padding + 8 }
                spacing: 6
                DojoRowLayout {
                    Layout.fillWidth: true
                    Label {
                        objectName: "quizVerdict"
                        text: (view.feedback.verdict === "correct" ? "✓ " : view.feedback.verdict === "partial" ? "◐ " : "✗ ")
                              + (view.feedback.verdictText || "")
                        color: feedbackBox.tone
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                    }
                    Item { Layout.fillWidth: true }
                    Label {
                        text: qsTr("%1 points").arg(view.feedback.pointsText || "")
                        color: Theme.mutedText
                        font.pixelSize: Theme.fontSmall
                    }
                }
                ColumnRepeater {
                    // The grader's notes (what was wrong, the right answer) and the chosen options' feedback.
                    model: view.hasFeedback ? view.feedback.details : []
                    delegate: Label {
                        required property string modelData
                        text: "• " + modelData
                        color: Theme.text
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                    }
                }
                Label {
                    visible: !!view.feedback.explanation
                    text: view.feedback.explanation || ""
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    Layout.topMargin: 4
                }
                Button {
                    objectName: "quizFeedbackSeeLesson"
                    visible: view.showLessonLink && !!view.feedback.seeLesson
                    flat: true
                    text: qsTr("See the lesson →")
                    Accessible.name: qsTr("See the lesson")
                    palette.buttonText: Theme.accent
                    onClicked: Catalog.requestLessonSection(view.feedback.seeLesson, view.feedback.seeAnchor || "")
                }
            }
        }
    }
}
