import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ServiceDojo.Backend
import ServiceDojo.Ui

// The Learn home: the learning path by module with each item's state on the left; continue, overall
// progress, reviews due and assignments on the right.
Page {
    id: page
    objectName: "homePage"
    signal openLesson(string lessonId)

    background: Rectangle { color: Theme.window }

    HomeController { id: home }

    function openItem(kind, id) {
        if (kind === "lesson")
            page.openLesson(id)
        else if (kind === "quiz")
            Catalog.requestQuiz(id)
        else if (kind === "scenario")
            Catalog.requestScenario(id)
    }

    function kindLabel(kind) {
        if (kind === "quiz")
            return qsTr("Quiz")
        if (kind === "scenario")
            return qsTr("Role-play")
        return qsTr("Lesson")
    }

    function stateLabel(state) {
        switch (state) {
        case "done": return qsTr("Done")
        case "in-progress": return qsTr("In progress")
        case "outdated": return qsTr("Updated — read again")
        case "failed": return qsTr("Not passed yet")
        default: return qsTr("New")
        }
    }

    function stateColor(state) {
        switch (state) {
        case "done": return Theme.success
        case "in-progress": return Theme.accent
        case "outdated": return Theme.warning
        case "failed": return Theme.error
        default: return Theme.mutedText
        }
    }

    function dueText(daysLeft, dueDate) {
        if (daysLeft < 0)
            return qsTr("Overdue by %n day(s)", "", -daysLeft)
        if (daysLeft === 0)
            return qsTr("Due today")
        if (daysLeft === 1)
            return qsTr("Due tomorrow")
        const d = new Date(dueDate + "T00:00:00")
        return qsTr("Due %1").arg(d.toLocaleDateString(Qt.locale(AppSettings.language === "zh_CN" ? "zh_CN" : "en_US"),
                                                        AppSettings.language === "zh_CN" ? "M月d日" : "MMM d"))
    }

    // A round state mark: filled with a tick when done, a ring otherwise.
    component StateMark: Rectangle {
        property string itemState: "new"
        property string kind: "lesson"
        readonly property color tone: itemState === "done" ? Theme.success : itemState === "in-progress" ? Theme.accent
                                    : itemState === "outdated" ? Theme.warning : itemState === "failed" ? Theme.error
                                    : Theme.mutedText
        implicitWidth: 30
        implicitHeight: 30
        radius: width / 2
        color: itemState === "done" ? Theme.success : itemState === "failed" ? Qt.alpha(Theme.error, 0.14)
             : itemState === "in-progress" ? Qt.alpha(Theme.accent, 0.14) : itemState === "outdated" ? Qt.alpha(Theme.warning, 0.14)
             : Theme.surface
        border.width: itemState === "done" ? 0 : 2
        border.color: tone
        Label {
            anchors.centerIn: parent
            text: parent.itemState === "done" ? "✓" : parent.itemState === "failed" ? "✕" : parent.itemState === "outdated" ? "↻"
                : parent.kind === "quiz" ? "?" : parent.kind === "scenario" ? "»" : "·"
            color: parent.itemState === "done" ? Theme.accentText : parent.tone
            font.pixelSize: parent.kind === "lesson" && parent.itemState !== "done" && parent.itemState !== "failed"
                            && parent.itemState !== "outdated" ? Theme.fontTitle : Theme.fontBody
            font.bold: true
        }
    }

    // A thin progress bar.
    component Bar: Rectangle {
        property real value: 0 // 0…1
        property color fill: Theme.accent
        implicitHeight: 6
        radius: height / 2
        color: Theme.dark ? Qt.alpha("#ffffff", 0.10) : Qt.alpha("#000000", 0.08)
        Rectangle {
            width: parent.width * Math.max(0, Math.min(1, parent.value))
            height: parent.height
            radius: parent.radius
            color: parent.fill
            Behavior on width { NumberAnimation { duration: 250; easing.type: Easing.OutCubic } }
        }
    }

    component Card: Rectangle {
        color: Theme.surface
        radius: Theme.radius + 4
        border.color: Theme.border
    }

    DojoRowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.padding * 2
        anchors.rightMargin: Theme.padding * 2
        spacing: Theme.padding * 1.5

        // ── The path ─────────────────────────────────────────────────────────────
        ListView {
            id: list
            objectName: "lessonList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.padding
            model: home.modules
            cacheBuffer: 20000 // every module stays built: few, and the UI test finds items by name
            activeFocusOnTab: false
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            Accessible.name: qsTr("Learning path")

            header: DojoColumnLayout {
                width: ListView.view.width
                spacing: 4
                Label {
                    Layout.topMargin: Theme.padding * 1.5
                    Layout.fillWidth: true
                    text: Session.signedIn ? qsTr("Welcome back, %1").arg(Session.userName) : qsTr("Your learning path")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    Layout.bottomMargin: Theme.padding
                    text: Catalog.courseTitle.length > 0
                          ? Catalog.courseTitle + " · " + qsTr("%n item(s)", "", home.totalCount) + " · " + qsTr("%n module(s)", "", home.modules.length)
                          : ""
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.mutedText
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: home.errorText.length > 0
                    text: qsTr("Your progress could not be read: %1").arg(home.errorText)
                    color: Theme.error
                    wrapMode: Text.WordWrap
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
            }

            footer: Item { width: 1; height: Theme.padding * 2 }

            delegate: Card {
                id: moduleCard
                required property var modelData
                required property int index
                width: ListView.view.width
                height: moduleColumn.implicitHeight + Theme.padding * 2

                DojoColumnLayout {
                    id: moduleColumn
                    anchors.fill: parent
                    anchors.margins: Theme.padding
                    spacing: 6

                    DojoRowLayout {
                        Layout.fillWidth: true
                        Layout.bottomMargin: 6
                        spacing: Theme.padding
                        Rectangle {
                            Layout.alignment: Qt.AlignTop
                            implicitWidth: 40
                            implicitHeight: 40
                            radius: 10
                            color: moduleCard.modelData.doneCount === moduleCard.modelData.totalCount
                                   ? Theme.success : Qt.alpha(Theme.accent, 0.14)
                            Label {
                                anchors.centerIn: parent
                                text: moduleCard.modelData.doneCount === moduleCard.modelData.totalCount
                                      ? "✓" : String(moduleCard.index + 1)
                                color: moduleCard.modelData.doneCount === moduleCard.modelData.totalCount
                                       ? Theme.accentText : Theme.accent
                                font.pixelSize: Theme.fontLarge
                                font.bold: true
                            }
                        }
                        DojoColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Label {
                                Layout.fillWidth: true
                                text: moduleCard.modelData.title
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontLarge
                                font.bold: true
                                color: Theme.text
                                wrapMode: Text.WordWrap
                            }
                            Label {
                                Layout.fillWidth: true
                                visible: text.length > 0
                                text: moduleCard.modelData.summary
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                                color: Theme.mutedText
                                wrapMode: Text.WordWrap
                                maximumLineCount: 2
                                elide: Text.ElideRight
                            }
                        }
                        DojoColumnLayout {
                            Layout.alignment: Qt.AlignTop
                            Layout.preferredWidth: 120
                            spacing: 4
                            Label {
                                Layout.alignment: Qt.AlignRight
                                text: qsTr("%1 of %2 done").arg(moduleCard.modelData.doneCount).arg(moduleCard.modelData.totalCount)
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                                color: Theme.mutedText
                            }
                            Bar {
                                Layout.fillWidth: true
                                value: moduleCard.modelData.progress / 100
                                fill: moduleCard.modelData.progress === 100 ? Theme.success : Theme.accent
                            }
                        }
                    }

                    ColumnRepeater {
                        model: moduleCard.modelData.items
                        delegate: ItemDelegate {
                            id: row
                            required property var modelData
                            objectName: modelData.kind + "Item_" + modelData.id
                            Layout.fillWidth: true
                            leftPadding: 10
                            rightPadding: 12
                            topPadding: 10
                            bottomPadding: 10
                            Accessible.name: page.kindLabel(modelData.kind) + ": " + modelData.title + ", "
                                             + page.stateLabel(modelData.state)
                            onClicked: page.openItem(modelData.kind, modelData.id)
                            Keys.onReturnPressed: page.openItem(modelData.kind, modelData.id)
                            Keys.onEnterPressed: page.openItem(modelData.kind, modelData.id)

                            background: Rectangle {
                                radius: Theme.radius
                                color: row.down ? Theme.surfaceAlt : row.hovered ? Theme.surfaceAlt : "transparent"
                                border.width: row.visualFocus ? 2 : 0
                                border.color: Theme.focus
                            }

                            contentItem: DojoRowLayout {
                                spacing: Theme.padding
                                StateMark {
                                    itemState: row.modelData.state
                                    kind: row.modelData.kind
                                    Layout.alignment: Qt.AlignVCenter
                                }
                                DojoColumnLayout {
                                    Layout.fillWidth: true
                                    spacing: 2
                                    DojoRowLayout {
                                        Layout.fillWidth: true
                                        spacing: Theme.spacing
                                        Label {
                                            text: page.kindLabel(row.modelData.kind)
                                            font.family: Theme.fontFamily
                                            font.pixelSize: Theme.fontSmall
                                            font.bold: true
                                            color: row.modelData.kind === "lesson" ? Theme.mutedText : Theme.accent
                                        }
                                        Label {
                                            Layout.fillWidth: true
                                            text: row.modelData.title
                                            font.family: Theme.fontFamily
                                            font.pixelSize: Theme.fontBody
                                            font.bold: row.modelData.state === "in-progress"
                                            color: Theme.text
                                            elide: Text.ElideRight
                                        }
                                    }
                                    Label {
                                        Layout.fillWidth: true
                                        visible: text.length > 0
                                        text: row.modelData.summary
                                        font.family: Theme.fontFamily
                                        font.pixelSize: Theme.fontSmall
                                        color: Theme.mutedText
                                        elide: Text.ElideRight
                                    }
                                }
                                Rectangle {
                                    visible: row.modelData.dueDate.length > 0 && row.modelData.state !== "done"
                                    implicitWidth: dueLabel.implicitWidth + 16
                                    implicitHeight: dueLabel.implicitHeight + 6
                                    radius: height / 2
                                    color: row.modelData.overdue ? Qt.alpha(Theme.error, 0.14) : Qt.alpha(Theme.warning, 0.14)
                                    Label {
                                        id: dueLabel
                                        anchors.centerIn: parent
                                        text: page.dueText(row.modelData.daysLeft, row.modelData.dueDate)
                                        font.family: Theme.fontFamily
                                        font.pixelSize: Theme.fontSmall
                                        color: row.modelData.overdue ? Theme.error : Theme.warning
                                    }
                                }
                                Label {
                                    Layout.preferredWidth: implicitWidth
                                    text: row.modelData.best >= 0 && row.modelData.kind !== "lesson"
                                          ? qsTr("Best %1%").arg(row.modelData.best)
                                          : row.modelData.minutes > 0 ? qsTr("%n min", "", row.modelData.minutes) : ""
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontSmall
                                    color: Theme.mutedText
                                }
                                Label {
                                    Layout.preferredWidth: Math.max(implicitWidth, 72)
                                    horizontalAlignment: Text.AlignRight
                                    visible: home.tracking
                                    text: page.stateLabel(row.modelData.state)
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontSmall
                                    font.bold: row.modelData.state !== "new"
                                    color: page.stateColor(row.modelData.state)
                                }
                            }
                        }
                    }
                }
            }

            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                width: parent.width * 0.8
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("No lessons could be loaded from %1. Open Studio to see what is wrong with the course files.")
                        .arg(Catalog.contentRoot)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
                color: Theme.mutedText
            }
        }

        // ── Today ────────────────────────────────────────────────────────────────
        Flickable {
            id: side
            Layout.preferredWidth: page.width > 1500 ? 400 : 330
            Layout.fillHeight: true
            contentHeight: sideColumn.implicitHeight + Theme.padding * 3
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            DojoColumnLayout {
                id: sideColumn
                width: side.width
                y: Theme.padding * 1.5
                spacing: Theme.padding

                // Continue where you left off
                Rectangle {
                    objectName: "homeContinueCard"
                    Layout.fillWidth: true
                    implicitHeight: continueColumn.implicitHeight + Theme.padding * 2.5
                    radius: Theme.radius + 4
                    gradient: Gradient {
                        GradientStop { position: 0; color: Theme.dark ? "#2a6d5a" : "#1a7f64" }
                        GradientStop { position: 1; color: Theme.dark ? "#1d4a3e" : "#135c48" }
                    }
                    DojoColumnLayout {
                        id: continueColumn
                        anchors.fill: parent
                        anchors.margins: Theme.padding * 1.25
                        spacing: 6
                        Label {
                            text: !home.hasContinue ? qsTr("All done")
                                  : home.continueItem.resume ? qsTr("Continue where you left off") : qsTr("Up next")
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                            color: "#cdeee2"
                        }
                        Label {
                            Layout.fillWidth: true
                            text: home.hasContinue ? home.continueItem.title
                                                   : qsTr("You finished every item of this course.")
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontLarge
                            font.bold: true
                            color: "#ffffff"
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: home.hasContinue
                            text: home.hasContinue ? page.kindLabel(home.continueItem.kind) + " · " + home.continueItem.moduleTitle : ""
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            color: "#cdeee2"
                            wrapMode: Text.WordWrap
                        }
                        Button {
                            id: continueButton
                            objectName: "homeContinue"
                            Layout.topMargin: 6
                            visible: home.hasContinue
                            text: home.hasContinue && home.continueItem.resume ? qsTr("Continue") : qsTr("Start")
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            Accessible.name: text + ": " + (home.hasContinue ? home.continueItem.title : "")
                            onClicked: page.openItem(home.continueItem.kind, home.continueItem.id)
                            contentItem: Label {
                                text: continueButton.text + "  ›"
                                font: continueButton.font
                                color: "#135c48"
                                horizontalAlignment: Text.AlignHCenter
                            }
                            background: Rectangle {
                                implicitWidth: 120
                                implicitHeight: 36
                                radius: 18
                                color: continueButton.down ? "#dff1ea" : "#ffffff"
                                border.width: continueButton.visualFocus ? 3 : 0
                                border.color: Theme.focus
                            }
                        }
                    }
                }

                // Overall progress
                Card {
                    objectName: "homeProgress"
                    Layout.fillWidth: true
                    implicitHeight: progressColumn.implicitHeight + Theme.padding * 2
                    Accessible.name: qsTr("Overall progress: %1%").arg(home.progressPercent)
                    DojoColumnLayout {
                        id: progressColumn
                        anchors.fill: parent
                        anchors.margins: Theme.padding
                        spacing: 8
                        Label {
                            text: qsTr("Overall progress")
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                            color: Theme.mutedText
                        }
                        DojoRowLayout {
                            spacing: Theme.spacing
                            Label {
                                text: home.progressPercent + "%"
                                font.family: Theme.fontFamily
                                font.pixelSize: 34
                                font.bold: true
                                color: Theme.text
                            }
                            Label {
                                Layout.fillWidth: true
                                Layout.alignment: Qt.AlignBottom
                                Layout.bottomMargin: 6
                                text: qsTr("%1 of %2 items done").arg(home.doneCount).arg(home.totalCount)
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                                color: Theme.mutedText
                                wrapMode: Text.WordWrap
                            }
                        }
                        Bar {
                            Layout.fillWidth: true
                            implicitHeight: 10
                            value: home.progressPercent / 100
                            fill: home.progressPercent === 100 ? Theme.success : Theme.accent
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: !home.tracking
                            text: qsTr("Sign in to keep track of your progress.")
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            color: Theme.mutedText
                            wrapMode: Text.WordWrap
                        }
                    }
                }

                // Reviews due
                Card {
                    Layout.fillWidth: true
                    implicitHeight: reviewRow.implicitHeight + Theme.padding * 2
                    DojoRowLayout {
                        id: reviewRow
                        anchors.fill: parent
                        anchors.margins: Theme.padding
                        spacing: Theme.padding
                        Rectangle {
                            implicitWidth: 44
                            implicitHeight: 44
                            radius: 22
                            color: home.dueReviews > 0 ? Qt.alpha(Theme.warning, 0.16) : Qt.alpha(Theme.success, 0.14)
                            Label {
                                anchors.centerIn: parent
                                text: home.dueReviews > 0 ? String(home.dueReviews) : "✓"
                                font.pixelSize: Theme.fontLarge
                                font.bold: true
                                color: home.dueReviews > 0 ? Theme.warning : Theme.success
                            }
                        }
                        DojoColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Label {
                                Layout.fillWidth: true
                                text: home.dueReviews > 0 ? qsTr("%n review(s) due", "", home.dueReviews) : qsTr("No reviews due")
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                color: Theme.text
                                wrapMode: Text.WordWrap
                            }
                            Label {
                                Layout.fillWidth: true
                                text: home.dueReviews > 0 ? qsTr("Questions you missed, back at the right time.")
                                                          : qsTr("Missed questions come back here for review.")
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                                color: Theme.mutedText
                                wrapMode: Text.WordWrap
                            }
                        }
                        Button {
                            objectName: "homeReviewsDue"
                            text: qsTr("Review")
                            enabled: home.dueReviews > 0
                            highlighted: home.dueReviews > 0
                            font.family: Theme.fontFamily
                            Accessible.name: qsTr("Review %n due item(s)", "", home.dueReviews)
                            onClicked: Catalog.requestReview()
                        }
                    }
                }

                // Assignments
                Card {
                    objectName: "homeAssignments"
                    Layout.fillWidth: true
                    implicitHeight: assignmentColumn.implicitHeight + Theme.padding * 2
                    DojoColumnLayout {
                        id: assignmentColumn
                        anchors.fill: parent
                        anchors.margins: Theme.padding
                        spacing: 6
                        DojoRowLayout {
                            Layout.fillWidth: true
                            Label {
                                Layout.fillWidth: true
                                text: qsTr("Assigned to you")
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                                font.bold: true
                                color: Theme.mutedText
                            }
                            Label {
                                visible: home.openAssignments > 0
                                text: qsTr("%n open", "", home.openAssignments)
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                                color: Theme.mutedText
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: home.assignments.length === 0
                            text: qsTr("Nothing assigned right now. Your manager's assignments and their due dates appear here.")
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            color: Theme.mutedText
                            wrapMode: Text.WordWrap
                        }
                        ColumnRepeater {
                            model: home.assignments
                            delegate: ItemDelegate {
                                id: assignment
                                required property var modelData
                                objectName: "homeAssignment_" + modelData.id
                                Layout.fillWidth: true
                                leftPadding: 8
                                rightPadding: 8
                                enabled: modelData.inCourse
                                Accessible.name: modelData.title + ", " + page.dueText(modelData.daysLeft, modelData.dueDate)
                                onClicked: page.openItem(modelData.kind, modelData.itemId)
                                background: Rectangle {
                                    radius: Theme.radius
                                    color: assignment.hovered ? Theme.surfaceAlt : "transparent"
                                    border.width: assignment.visualFocus ? 2 : 0
                                    border.color: Theme.focus
                                }
                                contentItem: DojoRowLayout {
                                    spacing: Theme.spacing + 2
                                    StateMark {
                                        implicitWidth: 24
                                        implicitHeight: 24
                                        itemState: assignment.modelData.state
                                        kind: assignment.modelData.kind
                                    }
                                    DojoColumnLayout {
                                        Layout.fillWidth: true
                                        spacing: 0
                                        Label {
                                            Layout.fillWidth: true
                                            text: assignment.modelData.title
                                            font.family: Theme.fontFamily
                                            font.pixelSize: Theme.fontBody
                                            font.strikeout: assignment.modelData.state === "done"
                                            color: assignment.modelData.state === "done" ? Theme.mutedText : Theme.text
                                            elide: Text.ElideRight
                                        }
                                        Label {
                                            Layout.fillWidth: true
                                            text: assignment.modelData.state === "done"
                                                  ? qsTr("Done")
                                                  : page.dueText(assignment.modelData.daysLeft, assignment.modelData.dueDate)
                                            font.family: Theme.fontFamily
                                            font.pixelSize: Theme.fontSmall
                                            font.bold: assignment.modelData.overdue
                                            color: assignment.modelData.state === "done" ? Theme.success
                                                 : assignment.modelData.overdue ? Theme.error : Theme.mutedText
                                            elide: Text.ElideRight
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
