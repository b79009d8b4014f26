import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ServiceDojo.Backend
import ServiceDojo.Ui

// The knowledge base: a search field over lessons and the phrasebook; with no query, the phrasebook
// by situation, each phrase with a copy button and its "never say" counterpart.
Page {
    id: page
    objectName: "knowledgePage"
    background: Rectangle { color: Theme.window }

    // The page's SearchController (tests read controller.topLessonId, controller.results.get(i)).
    readonly property alias controller: search

    // Shows the page's search with `text` typed in and the field focused.
    function focusSearch(text) {
        field.text = text === undefined ? "" : text
        field.forceActiveFocus()
        field.selectAll()
    }

    SearchController {
        id: search
        query: field.text
        highlightColor: Theme.accent
        onCopied: copiedNote.show()
    }

    header: DojoColumnLayout {
        spacing: Theme.spacing
        Label {
            text: qsTr("Knowledge base")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            Layout.topMargin: Theme.padding * 1.5
            Layout.leftMargin: Theme.padding * 2
            Layout.rightMargin: Theme.padding * 2
        }
        Label {
            text: qsTr("Search every lesson and phrase, or browse the phrasebook. Ctrl+K searches from anywhere.")
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            color: Theme.mutedText
            Layout.fillWidth: true
            Layout.leftMargin: Theme.padding * 2
            Layout.rightMargin: Theme.padding * 2
        }
        DojoRowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Layout.leftMargin: Theme.padding * 2
            Layout.rightMargin: Theme.padding * 2
            Layout.bottomMargin: Theme.padding

            TextField {
                id: field
                objectName: "knowledgeSearchField"
                Layout.fillWidth: true
                placeholderText: qsTr("Search lessons and phrases, e.g. 退货 or refund")
                font.pixelSize: Theme.fontLarge
                selectByMouse: true
                enabled: search.available
                Accessible.name: qsTr("Search the knowledge base")
                background: Rectangle {
                    implicitHeight: 40
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: field.activeFocus ? Theme.focus : Theme.border
                    border.width: field.activeFocus ? 2 : 1
                }
                Keys.onDownPressed: {
                    if (results.count > 0) {
                        results.currentIndex = 0
                        results.forceActiveFocus()
                    }
                }
                Keys.onReturnPressed: if (results.count > 0) search.open(0)
                Keys.onEnterPressed: if (results.count > 0) search.open(0)
                Keys.onEscapePressed: field.text = ""
            }
            Button {
                objectName: "knowledgeSearchClear"
                text: qsTr("Clear")
                visible: field.text.length > 0
                Accessible.name: qsTr("Clear the search")
                onClicked: { field.text = ""; field.forceActiveFocus() }
            }
        }
    }

    // Search results (when something is typed).
    DojoColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.padding * 2
        anchors.rightMargin: Theme.padding * 2
        visible: field.text.trim().length > 0
        spacing: Theme.spacing

        Label {
            objectName: "knowledgeResultCount"
            text: search.resultCount === 0
                  ? qsTr("Nothing found for “%1”. Try a shorter word or another spelling.").arg(field.text.trim())
                  : qsTr("%n result(s)", "", search.resultCount)
            wrapMode: Text.WordWrap
            color: Theme.mutedText
            font.pixelSize: Theme.fontSmall
            Layout.fillWidth: true
        }

        ListView {
            id: results
            objectName: "knowledgeResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 6
            model: search.results
            keyNavigationEnabled: true
            activeFocusOnTab: true
            Accessible.name: qsTr("Search results")
            ScrollBar.vertical: ScrollBar {}
            Keys.onUpPressed: function(event) {
                if (currentIndex <= 0)
                    field.forceActiveFocus()
                else
                    event.accepted = false
            }

            delegate: ItemDelegate {
                id: row
                required property int index
                required property string kind
                required property string lessonId
                required property string anchor
                required property string phraseId
                required property string title
                required property string titleHtml
                required property string contextHtml
                required property string context
                required property string snippetHtml
                required property string neverHtml
                required property string never

                objectName: "knowledgeResult_" + index
                width: ListView.view.width
                highlighted: ListView.isCurrentItem && results.activeFocus
                Accessible.name: (kind === "phrase" ? qsTr("Phrase: %1") : qsTr("Lesson: %1")).arg(title)
                    + (context.length > 0 ? " — " + context : "")
                onClicked: search.open(index)
                Keys.onReturnPressed: search.open(index)
                Keys.onEnterPressed: search.open(index)

                contentItem: DojoRowLayout {
                    spacing: Theme.padding
                    Label {
                        text: row.kind === "phrase" ? qsTr("Phrase") : qsTr("Lesson")
                        font.pixelSize: Theme.fontSmall
                        color: row.kind === "phrase" ? Theme.accent : Theme.mutedText
                        Layout.alignment: Qt.AlignTop
                        Layout.preferredWidth: Math.max(implicitWidth, 48)
                    }
                    DojoColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            textFormat: Text.StyledText
                            text: row.kind === "phrase" || row.context.length === 0
                                  ? row.titleHtml : row.titleHtml + "  ›  " + row.contextHtml
                            wrapMode: Text.WordWrap
                            font.pixelSize: Theme.fontLarge
                            color: Theme.text
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: row.kind === "phrase" && row.never.length > 0
                            textFormat: Text.StyledText
                            text: qsTr("Never say:") + " <s>" + row.neverHtml + "</s>"
                            wrapMode: Text.WordWrap
                            font.pixelSize: Theme.fontBody
                            color: Theme.error
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: text.length > 0
                            textFormat: Text.StyledText
                            text: row.kind === "phrase" && row.context.length > 0
                                  ? (row.snippetHtml.length > 0 ? row.contextHtml + " · " + row.snippetHtml : row.contextHtml)
                                  : row.snippetHtml
                            wrapMode: Text.WordWrap
                            maximumLineCount: 3
                            elide: Text.ElideRight
                            font.pixelSize: Theme.fontBody
                            color: Theme.mutedText
                            Layout.fillWidth: true
                        }
                    }
                    Button {
                        objectName: "knowledgeResultCopy_" + row.index
                        visible: row.kind === "phrase"
                        text: qsTr("Copy")
                        Accessible.name: qsTr("Copy the phrase")
                        Layout.alignment: Qt.AlignTop
                        onClicked: search.copyText(row.title)
                    }
                }
                background: Rectangle {
                    radius: Theme.radius
                    color: row.hovered ? Theme.surfaceAlt : Theme.surface
                    border.color: row.visualFocus || row.highlighted ? Theme.focus : Theme.border
                    border.width: row.visualFocus || row.highlighted ? 2 : 1
                }
            }
        }
    }

    // The phrasebook (when nothing is typed).
    ListView {
        id: phrasebook
        objectName: "phrasebook"
        anchors.fill: parent
        anchors.leftMargin: Theme.padding * 2
        anchors.rightMargin: Theme.padding * 2
        visible: field.text.trim().length === 0
        clip: true
        spacing: 6
        model: search.phrasebook
        activeFocusOnTab: true
        keyNavigationEnabled: true
        Accessible.name: qsTr("Phrasebook")
        ScrollBar.vertical: ScrollBar {}

        header: Label {
            width: phrasebook.width
            visible: search.phrasebook.count === 0
            height: visible ? implicitHeight + Theme.padding : 0
            text: qsTr("This course has no phrasebook yet.")
            wrapMode: Text.WordWrap
            color: Theme.mutedText
        }

        section.property: "situationTitle"
        section.criteria: ViewSection.FullString
        section.delegate: Label {
            // Qt 6.4 reuses section headers after a model reset (a language switch) without updating a
            // required "section" property; the context property is kept current.
            width: ListView.view.width
            topPadding: Theme.padding
            bottomPadding: 6
            text: section
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.accent
        }

        delegate: Rectangle {
            id: phraseRow
            required property int index
            required property string phraseId
            required property string text
            required property string never
            required property string note
            required property string tags

            objectName: "phrase_" + phraseId
            width: ListView.view.width
            implicitHeight: phraseLayout.implicitHeight + Theme.padding
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border

            DojoRowLayout {
                id: phraseLayout
                anchors.fill: parent
                anchors.margins: Theme.padding / 2
                anchors.leftMargin: Theme.padding
                spacing: Theme.padding
                DojoColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        text: phraseRow.text
                        wrapMode: Text.WordWrap
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: phraseRow.never.length > 0
                        textFormat: Text.StyledText
                        text: qsTr("Never say:") + " <s>" + phraseRow.never.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;") + "</s>"
                        wrapMode: Text.WordWrap
                        font.pixelSize: Theme.fontSmall
                        color: Theme.error
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: phraseRow.note.length > 0
                        text: phraseRow.note
                        wrapMode: Text.WordWrap
                        font.pixelSize: Theme.fontSmall
                        color: Theme.mutedText
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: phraseRow.tags.length > 0
                        text: phraseRow.tags
                        wrapMode: Text.WordWrap
                        font.pixelSize: Theme.fontSmall
                        color: Theme.mutedText
                        opacity: 0.8
                        Layout.fillWidth: true
                    }
                }
                Button {
                    id: copyButton
                    objectName: "phraseCopy_" + phraseRow.phraseId
                    text: qsTr("Copy")
                    Accessible.name: qsTr("Copy: %1").arg(phraseRow.text)
                    Layout.alignment: Qt.AlignVCenter
                    onClicked: search.copyText(phraseRow.text)
                    background: Rectangle {
                        implicitWidth: 64
                        implicitHeight: 32
                        radius: Theme.radius
                        color: copyButton.down ? Theme.border : (copyButton.hovered ? Theme.surfaceAlt : Theme.surface)
                        border.color: copyButton.visualFocus ? Theme.focus : Theme.border
                        border.width: copyButton.visualFocus ? 2 : 1
                    }
                }
            }
        }
    }

    // "Copied" note at the bottom, for a moment.
    Rectangle {
        id: copiedNote
        objectName: "knowledgeCopiedNote"
        function show() { opacity = 1; hideTimer.restart() }
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.padding * 2
        width: copiedLabel.implicitWidth + Theme.padding * 2
        height: copiedLabel.implicitHeight + Theme.spacing * 2
        radius: Theme.radius
        color: Theme.rail
        opacity: 0
        visible: opacity > 0
        Behavior on opacity { NumberAnimation { duration: 150 } }
        Label {
            id: copiedLabel
            anchors.centerIn: parent
            text: qsTr("Copied to the clipboard")
            color: Theme.railText
        }
        Timer { id: hideTimer; interval: 1600; onTriggered: copiedNote.opacity = 0 }
    }
}
