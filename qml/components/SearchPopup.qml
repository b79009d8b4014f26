import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ServiceDojo.Backend
import ServiceDojo.Ui

// The Ctrl+K palette: search lessons and phrases from any screen. Type for live results; Up/Down
// move, Enter opens (a lesson section opens in Learn, a phrase is copied), Esc closes.
Popup {
    id: popup
    objectName: "searchPopup"

    // The palette's SearchController (tests read controller.topLessonId, controller.results.get(i)).
    readonly property alias controller: search
    // True after Enter copied a phrase, until the user types again.
    property bool justCopied: false

    // Opens the palette with `text` in the field (selected) and the field focused.
    function openWith(text) {
        field.text = text === undefined ? "" : text
        popup.justCopied = false
        list.currentIndex = search.resultCount > 0 ? 0 : -1
        open()
        field.forceActiveFocus()
        field.selectAll()
    }

    function activate(row) {
        if (row < 0 || row >= search.resultCount)
            return
        const item = search.results.get(row)
        if (!search.open(row))
            return
        if (item.kind !== "phrase")
            popup.close()
    }

    parent: Overlay.overlay
    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    width: parent ? Math.min(760, parent.width - Theme.padding * 4) : 760
    x: parent ? Math.round((parent.width - width) / 2) : 0
    y: parent ? Math.round(parent.height * 0.1) : 0
    height: Math.min(content.implicitHeight + topPadding + bottomPadding,
                     parent ? parent.height * 0.8 : 600)
    padding: Theme.padding

    onClosed: field.text = ""

    SearchController {
        id: search
        query: field.text
        limit: 20
        highlightColor: Theme.accent
        onCopied: popup.justCopied = true
        onResultsChanged: list.currentIndex = resultCount > 0 ? 0 : -1
    }

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
    }

    DojoColumnLayout {
        id: content
        anchors.fill: parent
        spacing: Theme.spacing

        TextField {
            id: field
            objectName: "searchPopupField"
            Layout.fillWidth: true
            placeholderText: qsTr("Search lessons and phrases…")
            font.pixelSize: Theme.fontLarge
            selectByMouse: true
            Accessible.name: qsTr("Search lessons and phrases")
            background: Rectangle {
                implicitHeight: 40
                radius: Theme.radius
                color: Theme.surfaceAlt
                border.color: field.activeFocus ? Theme.focus : Theme.border
                border.width: field.activeFocus ? 2 : 1
            }
            onTextEdited: popup.justCopied = false
            Keys.onDownPressed: {
                if (list.count > 0)
                    list.currentIndex = Math.min(list.currentIndex + 1, list.count - 1)
            }
            Keys.onUpPressed: {
                if (list.count > 0)
                    list.currentIndex = Math.max(list.currentIndex - 1, 0)
            }
            Keys.onReturnPressed: popup.activate(list.currentIndex)
            Keys.onEnterPressed: popup.activate(list.currentIndex)
            Keys.onEscapePressed: popup.close()
        }

        Label {
            id: status
            objectName: "searchPopupStatus"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: popup.justCopied ? Theme.success : Theme.mutedText
            text: popup.justCopied
                  ? qsTr("Copied to the clipboard.")
                  : !search.available
                    ? qsTr("No course is loaded.")
                    : field.text.trim().length === 0
                      ? qsTr("Type a word from a lesson or a phrase — one Chinese character is enough.")
                      : search.resultCount === 0
                        ? qsTr("Nothing found for “%1”.").arg(field.text.trim())
                        : qsTr("%n result(s) · ↑↓ to choose · Enter to open a lesson or copy a phrase · Esc to close", "", search.resultCount)
        }

        ListView {
            id: list
            objectName: "searchPopupResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: contentHeight
            Layout.maximumHeight: popup.parent ? popup.parent.height * 0.8 - 140 : 480
            visible: count > 0
            clip: true
            spacing: 2
            model: search.results
            currentIndex: -1
            highlightMoveDuration: 0
            boundsBehavior: Flickable.StopAtBounds
            Accessible.name: qsTr("Search results")
            ScrollBar.vertical: ScrollBar {}

            delegate: ItemDelegate {
                id: row
                required property int index
                required property string kind
                required property string lessonId
                required property string title
                required property string titleHtml
                required property string context
                required property string contextHtml
                required property string snippetHtml
                required property string never

                objectName: "searchPopupResult_" + index
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                focusPolicy: Qt.NoFocus
                Accessible.name: (kind === "phrase" ? qsTr("Phrase: %1") : qsTr("Lesson: %1")).arg(title)
                    + (context.length > 0 ? " — " + context : "")
                onClicked: popup.activate(index)

                contentItem: DojoColumnLayout {
                    spacing: 2
                    DojoRowLayout {
                        spacing: Theme.spacing
                        Layout.fillWidth: true
                        Label {
                            text: row.kind === "phrase" ? qsTr("Phrase") : qsTr("Lesson")
                            font.pixelSize: Theme.fontSmall
                            color: row.kind === "phrase" ? Theme.accent : Theme.mutedText
                        }
                        Label {
                            textFormat: Text.StyledText
                            text: row.kind === "phrase" || row.context.length === 0
                                  ? row.titleHtml : row.titleHtml + "  ›  " + row.contextHtml
                            elide: Text.ElideRight
                            maximumLineCount: 2
                            wrapMode: Text.WordWrap
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                            Layout.fillWidth: true
                        }
                    }
                    Label {
                        visible: text.length > 0
                        textFormat: Text.StyledText
                        text: row.kind === "phrase" ? row.contextHtml : row.snippetHtml
                        elide: Text.ElideRight
                        maximumLineCount: 1
                        font.pixelSize: Theme.fontSmall
                        color: Theme.mutedText
                        Layout.fillWidth: true
                    }
                }
                background: Rectangle {
                    radius: Theme.radius
                    color: row.highlighted ? Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.16)
                                           : (row.hovered ? Theme.surfaceAlt : "transparent")
                    border.color: row.highlighted ? Theme.focus : "transparent"
                    border.width: row.highlighted ? 1 : 0
                }
            }
        }
    }
}
