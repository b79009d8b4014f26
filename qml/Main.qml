import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ServiceDojo.Backend
import ServiceDojo.Ui

ApplicationWindow {
    id: window
    objectName: "mainWindow"
    width: 1280
    height: 800
    minimumWidth: 960
    minimumHeight: 600
    visible: true
    title: Catalog.courseTitle.length > 0 ? "ServiceDojo — " + Catalog.courseTitle : "ServiceDojo"
    color: Theme.window
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody

    // Every Basic-style control takes its colours from the palette, so light and dark follow Theme.
    palette.window: Theme.window
    palette.windowText: Theme.text
    palette.base: Theme.surface
    palette.alternateBase: Theme.surfaceAlt
    palette.text: Theme.text
    palette.button: Theme.surfaceAlt
    palette.buttonText: Theme.text
    palette.brightText: Theme.accentText
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.accentText
    palette.light: Theme.surfaceAlt
    palette.midlight: Theme.border
    palette.mid: Theme.border
    palette.dark: Theme.mutedText
    palette.shadow: Theme.border
    palette.placeholderText: Theme.mutedText
    palette.toolTipBase: Theme.surface
    palette.toolTipText: Theme.text

    property int section: 0

    Connections {
        target: Catalog
        function onLessonRequested(lessonId) {
            window.section = 0
            learnPage.openLesson(lessonId)
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.preferredWidth: Theme.railWidth
            Layout.fillHeight: true
            color: Theme.rail

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: 4

                Label {
                    text: "ServiceDojo"
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.railText
                    Layout.margins: Theme.spacing
                    Layout.bottomMargin: Theme.padding
                }
                NavButton {
                    objectName: "navLearn"
                    glyph: "◆"
                    text: qsTr("Learn")
                    current: window.section === 0
                    onClicked: window.section = 0
                }
                NavButton {
                    objectName: "navPractice"
                    glyph: "◎"
                    text: qsTr("Practice")
                    current: window.section === 1
                    onClicked: window.section = 1
                }
                NavButton {
                    objectName: "navKnowledge"
                    glyph: "◇"
                    text: qsTr("Knowledge base")
                    current: window.section === 2
                    onClicked: window.section = 2
                }
                NavButton {
                    objectName: "navStudio"
                    glyph: "✎"
                    text: Catalog.errorCount > 0 ? qsTr("Studio") + " (" + Catalog.errorCount + ")" : qsTr("Studio")
                    current: window.section === 3
                    onClicked: window.section = 3
                }
                NavButton {
                    objectName: "navTeam"
                    glyph: "●"
                    text: qsTr("Team")
                    current: window.section === 4
                    onClicked: window.section = 4
                }

                Item { Layout.fillHeight: true }

                Label {
                    text: qsTr("Language")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.railText
                    Layout.leftMargin: Theme.spacing
                }
                ComboBox {
                    id: languageBox
                    objectName: "languageSwitch"
                    Layout.fillWidth: true
                    model: AppSettings.languages
                    displayText: AppSettings.languageName(AppSettings.language)
                    currentIndex: AppSettings.languages.indexOf(AppSettings.language)
                    Accessible.name: qsTr("Language")
                    delegate: ItemDelegate {
                        required property string modelData
                        width: languageBox.width
                        text: AppSettings.languageName(modelData)
                    }
                    onActivated: function(index) { AppSettings.language = AppSettings.languages[index] }
                }
                Switch {
                    id: themeSwitch
                    objectName: "themeSwitch"
                    text: qsTr("Dark theme")
                    checked: AppSettings.darkTheme
                    onToggled: AppSettings.darkTheme = checked
                    Accessible.name: text
                    contentItem: Label {
                        text: themeSwitch.text
                        leftPadding: themeSwitch.indicator.width + themeSwitch.spacing
                        verticalAlignment: Text.AlignVCenter
                        color: Theme.railText
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

        // Progress cannot be saved: say so, with the store's message (it names the file and what to do).
        Rectangle {
            objectName: "databaseBanner"
            Layout.fillWidth: true
            Layout.preferredHeight: bannerText.implicitHeight + Theme.padding
            visible: !Session.databaseReady
            color: Theme.dark ? "#3b1f1f" : "#fdecec"
            border.color: Theme.error
            Label {
                id: bannerText
                anchors.fill: parent
                anchors.margins: Theme.spacing
                wrapMode: Text.WordWrap
                color: Theme.text
                text: qsTr("Lessons work, but your progress cannot be saved: %1").arg(Session.databaseError)
                Accessible.name: text
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: window.section

            LearnPage { id: learnPage }
            EmptyStatePage {
                heading: qsTr("Practice")
                explanation: qsTr("Quizzes and role-play scenarios will appear here once your course has them enabled.")
            }
            EmptyStatePage {
                heading: qsTr("Knowledge base")
                explanation: qsTr("Search across lessons and the phrasebook will appear here.")
            }
            StudioPage {}
            EmptyStatePage {
                heading: qsTr("Team")
                explanation: qsTr("Progress reports for managers will appear here.")
            }
        }
        }
    }

    // First run: shown over everything until the first manager account exists.
    Loader {
        anchors.fill: parent
        z: 10
        active: Session.databaseReady && Session.needsFirstManager
        sourceComponent: FirstRunPage {}
    }
}
