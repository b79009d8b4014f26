import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ServiceDojo.Backend
import ServiceDojo.Ui

// The quiz player: intro (rules, mode, resume) → questions (practice: feedback after each answer;
// test: feedback at the end, optional countdown) → results (every question with the answer given, the
// right answer, the explanation and a link to the lesson) → retry. State lives in QuizController.
Page {
    id: page
    objectName: "quizPage"

    property string quizId
    readonly property QuizController controller: quiz
    signal back()

    QuizController {
        id: quiz
        quizId: page.quizId
        onQuestionChanged: Qt.callLater(page.focusQuestion)
        onStateChanged: Qt.callLater(page.focusQuestion)
    }

    function focusQuestion() {
        if (quiz.state === "question" || quiz.state === "feedback")
            questionView.focusFirst()
    }

    function formatTime(seconds) {
        const s = Math.max(0, seconds)
        const h = Math.floor(s / 3600)
        const m = Math.floor((s % 3600) / 60)
        const r = s % 60
        const two = (n) => (n < 10 ? "0" : "") + n
        return h > 0 ? h + ":" + two(m) + ":" + two(r) : two(m) + ":" + two(r)
    }

    function minutesText(seconds) {
        return qsTr("%n minute(s)", "", Math.round(seconds / 60))
    }

    function handIn() {
        const open = quiz.questionCount - quiz.answeredCount
        if (open > 0)
            finishDialog.open()
        else
            quiz.finish()
    }

    // Enter on the question: check it (or go on after the feedback).
    function primaryAction() {
        if (quiz.state === "feedback")
            quiz.next()
        else if (quiz.state === "question" && !quiz.currentAnswered && questionView.hasAnswer)
            quiz.submit(questionView.currentAnswer)
        else if (quiz.state === "question" && quiz.currentAnswered && !quiz.isLastQuestion)
            quiz.next()
    }

    Keys.onPressed: (event) => {
        if (quiz.state !== "question" && quiz.state !== "feedback")
            return
        if (event.key === Qt.Key_Right && quiz.mode === "test") {
            quiz.next(); event.accepted = true
        } else if (event.key === Qt.Key_Left) {
            quiz.previous(); event.accepted = true
        } else if (event.key === Qt.Key_Right && quiz.state === "feedback") {
            quiz.next(); event.accepted = true
        }
    }

    background: Rectangle { color: Theme.window }

    // ── Header: back, title, progress and timer ─────────────────────────────────────────────
    header: ToolBar {
        background: Rectangle {
            color: Theme.surface
            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border }
        }
        contentItem: DojoRowLayout {
            spacing: Theme.spacing
            ToolButton {
                objectName: "quizBack"
                text: qsTr("← Back")
                Accessible.name: qsTr("Back to practice")
                palette.buttonText: Theme.text
                onClicked: page.back()
                Layout.leftMargin: Theme.spacing
                background: Rectangle {
                    radius: Theme.radius
                    color: parent.hovered ? Theme.surfaceAlt : "transparent"
                    border.width: parent.visualFocus ? 2 : 0
                    border.color: Theme.focus
                }
            }
            Label {
                text: quiz.title
                color: Theme.text
                font.pixelSize: Theme.fontLarge
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                objectName: "quizProgress"
                visible: quiz.state === "question" || quiz.state === "feedback"
                text: qsTr("%1 / %2").arg(quiz.currentIndex + 1).arg(quiz.questionCount)
                color: Theme.mutedText
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Question %1 of %2").arg(quiz.currentIndex + 1).arg(quiz.questionCount)
            }
            Rectangle {
                id: timerChip
                objectName: "quizTimer"
                readonly property bool urgent: quiz.remainingSeconds >= 0 && quiz.remainingSeconds <= 60
                readonly property bool critical: quiz.remainingSeconds >= 0 && quiz.remainingSeconds <= 10
                visible: quiz.timed && quiz.remainingSeconds >= 0 && (quiz.state === "question" || quiz.state === "feedback")
                Layout.rightMargin: Theme.padding
                implicitWidth: timerLabel.implicitWidth + 24
                implicitHeight: timerLabel.implicitHeight + 10
                radius: height / 2
                color: urgent ? Qt.rgba(Theme.warning.r, Theme.warning.g, Theme.warning.b, Theme.dark ? 0.25 : 0.14)
                              : Theme.surfaceAlt
                border.color: critical ? Theme.error : urgent ? Theme.warning : Theme.border
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Time left: %1").arg(page.formatTime(quiz.remainingSeconds))
                Label {
                    id: timerLabel
                    anchors.centerIn: parent
                    text: qsTr("Time left %1").arg(page.formatTime(quiz.remainingSeconds))
                    color: timerChip.critical ? Theme.error : timerChip.urgent ? Theme.warning : Theme.text
                    font.pixelSize: Theme.fontBody
                    font.bold: timerChip.urgent
                }
                SequentialAnimation on opacity {
                    running: timerChip.critical && timerChip.visible
                    loops: Animation.Infinite
                    onRunningChanged: if (!running) timerChip.opacity = 1
                    NumberAnimation { to: 0.55; duration: 450 }
                    NumberAnimation { to: 1; duration: 450 }
                }
            }
        }
    }

    // ── Error banner ────────────────────────────────────────────────────────────────────────
    Rectangle {
        id: banner
        objectName: "quizError"
        z: 5
        visible: quiz.errorMessage.length > 0
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
        height: bannerRow.implicitHeight + 16
        radius: Theme.radius
        color: Qt.rgba(Theme.error.r, Theme.error.g, Theme.error.b, Theme.dark ? 0.25 : 0.12)
        border.color: Theme.error
        DojoRowLayout {
            id: bannerRow
            anchors.fill: parent
            anchors.margins: 8
            Label {
                text: quiz.errorMessage
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            ToolButton {
                objectName: "quizErrorClose"
                text: "✕"
                Accessible.name: qsTr("Dismiss")
                onClicked: quiz.clearError()
            }
        }
    }

    StackLayout {
        anchors.fill: parent
        anchors.topMargin: banner.visible ? banner.height + Theme.spacing : 0
        currentIndex: quiz.state === "intro" ? 0
                    : (quiz.state === "question" || quiz.state === "feedback") ? 1
                    : quiz.state === "results" ? 2 : 3

        // ── Intro ───────────────────────────────────────────────────────────────────────────
        ScrollView {
            id: introScroll
            contentWidth: availableWidth
            clip: true
            DojoColumnLayout {
                width: introScroll.availableWidth
                spacing: 0
                Rectangle {
                    Layout.alignment: Qt.AlignHCenter
                    Layout.topMargin: 32
                    Layout.bottomMargin: 32
                    Layout.preferredWidth: Math.min(760, introScroll.availableWidth - 2 * Theme.padding)
                    implicitHeight: introColumn.implicitHeight + 2 * 28
                    radius: Theme.radius * 1.5
                    color: Theme.surface
                    border.color: Theme.border

                    DojoColumnLayout {
                        id: introColumn
                        anchors { left: parent.left; right: parent.right; top: parent.top; margins: 28 }
                        spacing: Theme.padding

                        Label {
                            text: qsTr("Quiz")
                            color: Theme.accent
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                        }
                        Label {
                            objectName: "quizTitle"
                            text: quiz.title
                            color: Theme.text
                            font.pixelSize: Theme.fontTitle
                            font.bold: true
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: Theme.spacing
                            Repeater {
                                model: [
                                    qsTr("%n question(s)", "", quiz.questionCount),
                                    quiz.timed ? qsTr("Time limit %1").arg(page.minutesText(quiz.timeLimitSeconds)) : qsTr("No time limit"),
                                    qsTr("Pass mark %1%").arg(quiz.passMark),
                                    quiz.finishedAttempts > 0 ? qsTr("Best so far %1%").arg(quiz.bestPercent) : qsTr("First try")
                                ]
                                delegate: Rectangle {
                                    required property string modelData
                                    implicitWidth: chipText.implicitWidth + 20
                                    implicitHeight: chipText.implicitHeight + 10
                                    radius: height / 2
                                    color: Theme.surfaceAlt
                                    border.color: Theme.border
                                    Label {
                                        id: chipText
                                        anchors.centerIn: parent
                                        text: parent.modelData
                                        color: Theme.text
                                        font.pixelSize: Theme.fontSmall
                                    }
                                }
                            }
                        }
                        Label {
                            visible: !quiz.recording
                            text: qsTr("You are not signed in, or the database is not available: this attempt will not be saved.")
                            color: Theme.warning
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }

                        // Resume offer
                        Rectangle {
                            visible: quiz.canResume
                            Layout.fillWidth: true
                            implicitHeight: resumeRow.implicitHeight + 2 * Theme.padding
                            radius: Theme.radius
                            color: Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, Theme.dark ? 0.14 : 0.07)
                            border.color: Theme.accent
                            DojoRowLayout {
                                id: resumeRow
                                anchors.fill: parent
                                anchors.margins: Theme.padding
                                spacing: Theme.padding
                                DojoColumnLayout {
                                    Layout.fillWidth: true
                                    spacing: 2
                                    Label {
                                        text: qsTr("You have an unfinished attempt")
                                        color: Theme.text
                                        font.bold: true
                                        wrapMode: Text.Wrap
                                        Layout.fillWidth: true
                                    }
                                    Label {
                                        text: quiz.resumeSummary
                                        color: Theme.mutedText
                                        font.pixelSize: Theme.fontSmall
                                        wrapMode: Text.Wrap
                                        Layout.fillWidth: true
                                    }
                                }
                                DojoButton {
                                    objectName: "quizResume"
                                    text: qsTr("Continue")
                                    primary: true
                                    onClicked: quiz.resume()
                                }
                            }
                        }

                        Label {
                            text: quiz.canResume ? qsTr("Or start again:") : qsTr("Choose how to take it:")
                            color: Theme.mutedText
                            Layout.topMargin: 4
                        }
                        DojoGridLayout {
                            Layout.fillWidth: true
                            columns: introScroll.availableWidth > 640 ? 2 : 1
                            columnSpacing: Theme.padding
                            rowSpacing: Theme.padding
                            ModeCard {
                                objectName: "quizStartPractice"
                                title: qsTr("Practice")
                                description: qsTr("See right away whether each answer is right, with the explanation. Good for learning.")
                                onActivated: quiz.start("practice")
                            }
                            ModeCard {
                                objectName: "quizStartTest"
                                title: qsTr("Test")
                                description: quiz.timed
                                             ? qsTr("Answer everything first, then see your score. The clock runs for %1 and hands in at zero.").arg(page.minutesText(quiz.timeLimitSeconds))
                                             : qsTr("Answer everything first, then see your score and every explanation.")
                                onActivated: quiz.start("test")
                            }
                        }
                        Label {
                            text: qsTr("Each answer is saved the moment you give it and cannot be changed afterwards. Keys: 1–9 choose, ↑↓ move, Enter checks.")
                            color: Theme.mutedText
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }

        // ── Question ────────────────────────────────────────────────────────────────────────
        DojoColumnLayout {
            spacing: 0

            // Progress: one segment per question, coloured by its state; click to jump.
            Item {
                Layout.fillWidth: true
                Layout.preferredHeight: 26
                Layout.topMargin: Theme.spacing
                DojoRowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.padding * 2
                    anchors.rightMargin: Theme.padding * 2
                    spacing: 3
                    RowRepeater {
                        fill: true
                        Layout.preferredHeight: 10
                        model: quiz.questionStates
                        delegate: Rectangle {
                            id: seg
                            required property string modelData
                            required property int index
                            objectName: "quizStep_" + index
                            height: index === quiz.currentIndex ? 10 : 6
                            y: (10 - height) / 2
                            radius: 3
                            color: modelData === "correct" ? Theme.success
                                   : modelData === "partial" ? Theme.warning
                                   : modelData === "wrong" || modelData === "unanswered" ? Theme.error
                                   : modelData === "answered" ? Theme.accent
                                   : index === quiz.currentIndex ? Theme.mutedText : Theme.border
                            Behavior on color { ColorAnimation { duration: 150 } }
                            MouseArea {
                                anchors.fill: parent
                                anchors.margins: -8
                                cursorShape: Qt.PointingHandCursor
                                onClicked: quiz.goTo(seg.index)
                            }
                            ToolTip.visible: stepHover.hovered
                            ToolTip.text: qsTr("Question %1").arg(index + 1)
                            HoverHandler { id: stepHover }
                        }
                    }
                }
            }

            ScrollView {
                id: questionScroll
                Layout.fillWidth: true
                Layout.fillHeight: true
                contentWidth: availableWidth
                clip: true
                DojoColumnLayout {
                    width: questionScroll.availableWidth
                    Rectangle {
                        Layout.alignment: Qt.AlignHCenter
                        Layout.topMargin: Theme.padding
                        Layout.bottomMargin: Theme.padding
                        Layout.preferredWidth: Math.min(860, questionScroll.availableWidth - 2 * Theme.padding)
                        implicitHeight: qColumn.implicitHeight + 2 * 24
                        radius: Theme.radius * 1.5
                        color: Theme.surface
                        border.color: Theme.border
                        DojoColumnLayout {
                            id: qColumn
                            anchors { left: parent.left; right: parent.right; top: parent.top; margins: 24 }
                            spacing: Theme.padding
                            DojoRowLayout {
                                Layout.fillWidth: true
                                Label {
                                    text: qsTr("Question %1").arg(quiz.currentIndex + 1)
                                    color: Theme.mutedText
                                    font.pixelSize: Theme.fontSmall
                                }
                                Item { Layout.fillWidth: true }
                                Label {
                                    visible: quiz.mode === "test" && quiz.currentAnswered
                                    objectName: "quizSaved"
                                    text: qsTr("✓ Answer saved")
                                    color: Theme.accent
                                    font.pixelSize: Theme.fontSmall
                                    font.bold: true
                                }
                                Label {
                                    text: qsTr("%n point(s)", "", quiz.question.points || 0)
                                    color: Theme.mutedText
                                    font.pixelSize: Theme.fontSmall
                                }
                            }
                            QuestionView {
                                id: questionView
                                Layout.fillWidth: true
                                question: quiz.question
                                givenAnswer: quiz.givenAnswer
                                feedback: quiz.feedback
                                locked: quiz.currentAnswered
                                focus: true
                                onSubmitRequested: page.primaryAction()
                            }
                        }
                    }
                }
            }

            // Action bar
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: actions.implicitHeight + 2 * 12
                color: Theme.surface
                Rectangle { width: parent.width; height: 1; color: Theme.border }
                DojoRowLayout {
                    id: actions
                    anchors.fill: parent
                    anchors.leftMargin: Theme.padding * 2
                    anchors.rightMargin: Theme.padding * 2
                    spacing: Theme.spacing
                    DojoButton {
                        objectName: "quizPrevious"
                        text: qsTr("← Previous")
                        enabled: quiz.currentIndex > 0
                        onClicked: quiz.previous()
                    }
                    Label {
                        text: quiz.mode === "test"
                              ? qsTr("%1 of %2 answered").arg(quiz.answeredCount).arg(quiz.questionCount)
                              : qsTr("Practice · %1 of %2 answered").arg(quiz.answeredCount).arg(quiz.questionCount)
                        color: Theme.mutedText
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                    }
                    DojoButton {
                        objectName: "quizFinish"
                        visible: quiz.mode === "test" || quiz.answeredCount < quiz.questionCount
                        text: quiz.mode === "test" ? qsTr("Hand in") : qsTr("End quiz")
                        primary: quiz.mode === "test" && quiz.answeredCount === quiz.questionCount
                        onClicked: page.handIn()
                    }
                    DojoButton {
                        objectName: "quizSubmit"
                        visible: !quiz.currentAnswered
                        enabled: questionView.hasAnswer
                        primary: true
                        text: quiz.mode === "test" ? qsTr("Save answer") : qsTr("Check")
                        onClicked: quiz.submit(questionView.currentAnswer)
                    }
                    DojoButton {
                        objectName: "quizNext"
                        visible: quiz.currentAnswered || quiz.mode === "test"
                        enabled: quiz.mode === "practice" || !quiz.isLastQuestion
                        primary: quiz.currentAnswered
                        text: quiz.mode === "practice"
                              ? (quiz.answeredCount === quiz.questionCount ? qsTr("See results →") : qsTr("Next →"))
                              : qsTr("Next →")
                        onClicked: quiz.next()
                    }
                }
            }
        }

        // ── Results ─────────────────────────────────────────────────────────────────────────
        ScrollView {
            id: resultsScroll
            objectName: "quizResults"
            contentWidth: availableWidth
            clip: true
            property bool wrongOnly: false
            DojoColumnLayout {
                width: resultsScroll.availableWidth
                spacing: Theme.padding
                Item { Layout.preferredHeight: Theme.padding }

                // Score card
                Rectangle {
                    Layout.alignment: Qt.AlignHCenter
                    Layout.preferredWidth: Math.min(860, resultsScroll.availableWidth - 2 * Theme.padding)
                    implicitHeight: scoreRow.implicitHeight + 2 * 24
                    radius: Theme.radius * 1.5
                    color: Theme.surface
                    border.color: Theme.border
                    readonly property bool passed: !!quiz.totals.passed
                    DojoRowLayout {
                        id: scoreRow
                        anchors { left: parent.left; right: parent.right; top: parent.top; margins: 24 }
                        spacing: 24
                        ScoreRing {
                            Layout.preferredWidth: 120
                            Layout.preferredHeight: 120
                            percent: quiz.totals.percent || 0
                            passMark: quiz.passMark
                            good: !!quiz.totals.passed
                        }
                        DojoColumnLayout {
                            Layout.fillWidth: true
                            spacing: 6
                            Label {
                                objectName: "quizScore"
                                text: qsTr("%1%").arg(quiz.totals.percent || 0)
                                color: Theme.text
                                font.pixelSize: 34
                                font.bold: true
                                Accessible.name: qsTr("Score %1 percent").arg(quiz.totals.percent || 0)
                            }
                            Label {
                                objectName: "quizVerdictOverall"
                                text: quiz.totals.passed ? qsTr("Passed — the pass mark is %1%.").arg(quiz.passMark)
                                                         : qsTr("Not passed yet — the pass mark is %1%.").arg(quiz.passMark)
                                color: quiz.totals.passed ? Theme.success : Theme.error
                                font.pixelSize: Theme.fontLarge
                                font.bold: true
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            Label {
                                text: qsTr("%1 points · %2 right · %3 partly right · %4 wrong · %5 not answered")
                                      .arg(quiz.totals.pointsText || "")
                                      .arg(quiz.totals.correct || 0).arg(quiz.totals.partial || 0)
                                      .arg(quiz.totals.wrong || 0).arg(quiz.totals.unanswered || 0)
                                color: Theme.mutedText
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            Label {
                                visible: quiz.timeExpired
                                objectName: "quizTimeUp"
                                text: qsTr("Time ran out, so the quiz was handed in automatically.")
                                color: Theme.warning
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            Label {
                                visible: (quiz.totals.correct || 0) < quiz.questionCount && quiz.recording
                                text: qsTr("Questions you missed are added to your review queue.")
                                color: Theme.mutedText
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            DojoRowLayout {
                                spacing: Theme.spacing
                                Layout.topMargin: 6
                                DojoButton {
                                    objectName: "quizRetry"
                                    text: qsTr("Try again")
                                    primary: true
                                    onClicked: quiz.retry()
                                }
                                DojoButton {
                                    objectName: "quizResultsBack"
                                    text: qsTr("Back to practice")
                                    onClicked: page.back()
                                }
                            }
                        }
                    }
                }

                DojoRowLayout {
                    Layout.alignment: Qt.AlignHCenter
                    Layout.fillWidth: false // a nested layout fills by default; this one lines up with the cards
                    Layout.preferredWidth: Math.min(860, resultsScroll.availableWidth - 2 * Theme.padding)
                    Label {
                        text: qsTr("Your answers")
                        color: Theme.text
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        Layout.fillWidth: true
                    }
                    Switch {
                        id: wrongOnlySwitch
                        objectName: "quizResultsWrongOnly"
                        text: qsTr("Only the ones to review")
                        checked: resultsScroll.wrongOnly
                        onToggled: resultsScroll.wrongOnly = checked
                        palette.windowText: Theme.text
                    }
                }

                ColumnRepeater {
                    Layout.alignment: Qt.AlignHCenter
                    Layout.fillWidth: false
                    Layout.preferredWidth: Math.min(860, resultsScroll.availableWidth - 2 * Theme.padding)
                    model: quiz.results
                    delegate: Rectangle {
                        id: row
                        required property var modelData
                        readonly property color tone: modelData.verdict === "correct" ? Theme.success
                                                      : modelData.verdict === "partial" ? Theme.warning : Theme.error
                        objectName: "quizResultRow_" + modelData.questionId
                        visible: !resultsScroll.wrongOnly || modelData.verdict !== "correct"
                        Layout.fillWidth: true
                        implicitHeight: rowColumn.implicitHeight + 2 * Theme.padding
                        radius: Theme.radius
                        color: Theme.surface
                        border.color: Theme.border
                        Rectangle { width: 4; radius: 2; color: row.tone; anchors { left: parent.left; top: parent.top; bottom: parent.bottom; margins: 6 } }
                        DojoColumnLayout {
                            id: rowColumn
                            anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.padding; leftMargin: Theme.padding + 8 }
                            spacing: 6
                            DojoRowLayout {
                                Layout.fillWidth: true
                                spacing: Theme.spacing
                                Label {
                                    text: qsTr("Question %1").arg(row.modelData.number)
                                    color: Theme.mutedText
                                    font.pixelSize: Theme.fontSmall
                                }
                                Label {
                                    text: (row.modelData.verdict === "correct" ? "✓ " : row.modelData.verdict === "partial" ? "◐ " : "✗ ")
                                          + row.modelData.verdictText
                                    color: row.tone
                                    font.pixelSize: Theme.fontSmall
                                    font.bold: true
                                }
                                Item { Layout.fillWidth: true }
                                Label {
                                    text: qsTr("%1 points").arg(row.modelData.pointsText)
                                    color: Theme.mutedText
                                    font.pixelSize: Theme.fontSmall
                                }
                            }
                            Label {
                                text: row.modelData.prompt
                                color: Theme.text
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                wrapMode: Text.Wrap
                                textFormat: Text.PlainText
                                Layout.fillWidth: true
                            }
                            DojoGridLayout {
                                Layout.fillWidth: true
                                columns: 2
                                columnSpacing: Theme.spacing
                                rowSpacing: 4
                                Label { text: qsTr("Your answer"); color: Theme.mutedText; font.pixelSize: Theme.fontSmall; Layout.alignment: Qt.AlignTop }
                                Label {
                                    objectName: "quizResultGiven_" + row.modelData.questionId
                                    text: row.modelData.given
                                    color: row.modelData.verdict === "correct" ? Theme.success : Theme.text
                                    wrapMode: Text.Wrap
                                    textFormat: Text.PlainText
                                    Layout.fillWidth: true
                                }
                                Label { text: qsTr("Right answer"); color: Theme.mutedText; font.pixelSize: Theme.fontSmall; Layout.alignment: Qt.AlignTop }
                                Label {
                                    objectName: "quizResultRight_" + row.modelData.questionId
                                    text: row.modelData.rightAnswer
                                    color: Theme.text
                                    font.bold: row.modelData.verdict !== "correct"
                                    wrapMode: Text.Wrap
                                    textFormat: Text.PlainText
                                    Layout.fillWidth: true
                                }
                            }
                            Label {
                                visible: !!row.modelData.explanation
                                text: row.modelData.explanation
                                color: Theme.mutedText
                                wrapMode: Text.Wrap
                                textFormat: Text.PlainText
                                Layout.fillWidth: true
                            }
                            Button {
                                objectName: "quizSeeLesson_" + row.modelData.questionId
                                visible: !!row.modelData.seeLesson
                                flat: true
                                leftPadding: 0
                                text: qsTr("See the lesson →")
                                Accessible.name: qsTr("See the lesson for question %1").arg(row.modelData.number)
                                contentItem: Label {
                                    text: parent.text
                                    color: Theme.accent
                                    font.underline: parent.hovered || parent.visualFocus
                                }
                                background: Rectangle {
                                    color: "transparent"
                                    border.width: parent.visualFocus ? 2 : 0
                                    border.color: Theme.focus
                                    radius: 4
                                }
                                onClicked: Catalog.requestLessonSection(row.modelData.seeLesson, row.modelData.seeAnchor || "")
                            }
                        }
                    }
                }
                Item { Layout.preferredHeight: Theme.padding * 2 }
            }
        }

        // ── Unavailable ─────────────────────────────────────────────────────────────────────
        Item {
            DojoColumnLayout {
                anchors.centerIn: parent
                width: Math.min(520, parent.width - 2 * Theme.padding)
                spacing: Theme.padding
                Label {
                    text: qsTr("This quiz is not available")
                    color: Theme.text
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                }
                Label {
                    text: qsTr("“%1” is not in the current course, or it has no questions. A trainer can check the content problems in Studio.").arg(page.quizId)
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                }
                DojoButton {
                    objectName: "quizUnavailableBack"
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("Back to practice")
                    onClicked: page.back()
                }
            }
        }
    }

    // ── Hand in with open questions ─────────────────────────────────────────────────────────
    Dialog {
        id: finishDialog
        objectName: "quizFinishDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        width: Math.min(460, page.width - 2 * Theme.padding)
        title: quiz.mode === "test" ? qsTr("Hand in now?") : qsTr("End the quiz now?")
        background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: Theme.radius }
        header: Label {
            text: finishDialog.title
            color: Theme.text
            font.pixelSize: Theme.fontLarge
            font.bold: true
            padding: Theme.padding
            wrapMode: Text.Wrap
        }
        contentItem: Label {
            text: qsTr("%n question(s) have no answer yet and will count as 0 points.", "", quiz.questionCount - quiz.answeredCount)
            color: Theme.text
            wrapMode: Text.Wrap
        }
        footer: DojoRowLayout {
            spacing: Theme.spacing
            Item { Layout.fillWidth: true }
            DojoButton {
                objectName: "quizFinishCancel"
                text: qsTr("Keep going")
                onClicked: finishDialog.close()
                Layout.bottomMargin: Theme.padding
            }
            DojoButton {
                objectName: "quizFinishConfirm"
                text: quiz.mode === "test" ? qsTr("Hand in") : qsTr("End quiz")
                primary: true
                onClicked: { finishDialog.close(); quiz.finish() }
                Layout.bottomMargin: Theme.padding
                Layout.rightMargin: Theme.padding
            }
        }
    }

    // ── Small pieces ────────────────────────────────────────────────────────────────────────
    component DojoButton: Button {
        id: btn
        property bool primary: false
        font.pixelSize: Theme.fontBody
        padding: 10
        leftPadding: 18
        rightPadding: 18
        Accessible.name: text
        contentItem: Label {
            text: btn.text
            color: btn.primary ? Theme.accentText : Theme.text
            opacity: btn.enabled ? 1 : 0.5
            font: btn.font
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        background: Rectangle {
            implicitHeight: 38
            radius: Theme.radius
            color: btn.primary ? (btn.down ? Qt.darker(Theme.accent, 1.15) : btn.hovered ? Qt.lighter(Theme.accent, 1.08) : Theme.accent)
                               : (btn.down ? Theme.border : btn.hovered ? Theme.surfaceAlt : Theme.surface)
            opacity: btn.enabled ? 1 : 0.55
            border.width: btn.visualFocus ? 2 : 1
            border.color: btn.visualFocus ? Theme.focus : btn.primary ? Theme.accent : Theme.border
        }
    }

    component ModeCard: AbstractButton {
        id: card
        property string title
        property string description
        signal activated()
        Layout.fillWidth: true
        Layout.fillHeight: true
        hoverEnabled: true
        focusPolicy: Qt.StrongFocus
        Accessible.role: Accessible.Button
        Accessible.name: title + ". " + description
        onClicked: card.activated()
        Keys.onReturnPressed: card.activated()
        Keys.onEnterPressed: card.activated()
                background: Rectangle {
            radius: Theme.radius
            color: card.down ? Theme.border : card.hovered ? Theme.surfaceAlt : Theme.surface
            border.width: card.visualFocus || card.hovered ? 2 : 1
            border.color: card.visualFocus ? Theme.focus : card.hovered ? Theme.accent : Theme.border
        }
        padding: 18
        contentItem: DojoColumnLayout {
            id: cardColumn
            spacing: 6
            Label {
                text: card.title + "  →"
                color: Theme.accent
                font.pixelSize: Theme.fontLarge
                font.bold: true
                Layout.fillWidth: true
            }
            Label {
                text: card.description
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }

    component ScoreRing: Canvas {
        id: ring
        property int percent: 0
        property int passMark: 80
        property bool good: false
        // The arc follows the score directly (an animation from 0 left it at 0 when the score was
        // set before the page was shown).
        readonly property real shown: percent
        onShownChanged: requestPaint()
        onGoodChanged: requestPaint()
        Connections { target: Theme; function onDarkChanged() { ring.requestPaint() } }
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            const r = Math.min(width, height) / 2 - 8
            const cx = width / 2, cy = height / 2
            ctx.lineWidth = 10
            ctx.lineCap = "round"
            ctx.strokeStyle = Theme.border
            ctx.beginPath(); ctx.arc(cx, cy, r, 0, 2 * Math.PI); ctx.stroke()
            ctx.strokeStyle = good ? Theme.success : Theme.error
            ctx.beginPath(); ctx.arc(cx, cy, r, -Math.PI / 2, -Math.PI / 2 + 2 * Math.PI * shown / 100); ctx.stroke()
            // pass mark tick
            const a = -Math.PI / 2 + 2 * Math.PI * passMark / 100
            ctx.strokeStyle = Theme.mutedText
            ctx.lineWidth = 2
            ctx.beginPath()
            ctx.moveTo(cx + (r - 8) * Math.cos(a), cy + (r - 8) * Math.sin(a))
            ctx.lineTo(cx + (r + 8) * Math.cos(a), cy + (r + 8) * Math.sin(a))
            ctx.stroke()
        }
        Label {
            anchors.centerIn: parent
            text: Math.round(ring.shown) + "%"
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.bold: true
        }
    }
}
