import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Window
import ServiceDojo.Backend
import ServiceDojo.Ui

ApplicationWindow {
    id: window
    objectName: "mainWindow"
    // Fits the screen it opens on (a 1280×720 laptop included), up to 1280×800.
    width: Math.min(1280, Screen.desktopAvailableWidth > 0 ? Screen.desktopAvailableWidth : 1280)
    height: Math.min(800, Screen.desktopAvailableHeight > 0 ? Screen.desktopAvailableHeight : 800)
    minimumWidth: 960
    minimumHeight: 560
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

    // Sections of the rail, in order.
    readonly property int sectionLearn: 0
    readonly property int sectionPractice: 1
    readonly property int sectionReview: 2
    readonly property int sectionKnowledge: 3
    readonly property int sectionStudio: 4
    readonly property int sectionTeam: 5

    // Any screen (or C++) asks Catalog to open something; the window routes it here.
    Connections {
        target: Catalog
        function onLessonRequested(lessonId) {
            window.section = window.sectionLearn
            learnPage.openLesson(lessonId, "")
        }
        function onLessonSectionRequested(lessonId, anchor) {
            window.section = window.sectionLearn
            learnPage.openLesson(lessonId, anchor)
        }
        function onQuizRequested(quizId) {
            window.section = window.sectionPractice
            practicePage.openQuiz(quizId)
        }
        function onScenarioRequested(scenarioId) {
            window.section = window.sectionPractice
            practicePage.openScenario(scenarioId)
        }
        function onReviewRequested() { window.section = window.sectionReview }
        function onSearchRequested(text) { searchPopup.openWith(text) }
    }

    // Search from anywhere.
    Shortcut {
        objectName: "searchShortcut"
        sequences: ["Ctrl+K", StandardKey.Find]
        context: Qt.ApplicationShortcut
        onActivated: searchPopup.openWith("")
    }
    SearchPopup { id: searchPopup }

    DojoRowLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.preferredWidth: Theme.railWidth
            Layout.fillHeight: true
            color: Theme.rail

            DojoColumnLayout {
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
                    current: window.section === window.sectionLearn
                    onClicked: window.section = window.sectionLearn
                }
                NavButton {
                    objectName: "navPractice"
                    glyph: "◎"
                    text: qsTr("Practice")
                    current: window.section === window.sectionPractice
                    onClicked: window.section = window.sectionPractice
                }
                NavButton {
                    objectName: "navReview"
                    glyph: "↻"
                    text: qsTr("Review")
                    current: window.section === window.sectionReview
                    onClicked: window.section = window.sectionReview
                }
                NavButton {
                    objectName: "navKnowledge"
                    glyph: "◇"
                    text: qsTr("Knowledge base")
                    current: window.section === window.sectionKnowledge
                    onClicked: window.section = window.sectionKnowledge
                }
                NavButton {
                    objectName: "navStudio"
                    glyph: "✎"
                    text: Catalog.errorCount > 0 ? qsTr("Studio") + " (" + Catalog.errorCount + ")" : qsTr("Studio")
                    current: window.section === window.sectionStudio
                    onClicked: window.section = window.sectionStudio
                }
                NavButton {
                    objectName: "navTeam"
                    glyph: "●"
                    text: qsTr("Team")
                    current: window.section === window.sectionTeam
                    onClicked: window.section = window.sectionTeam
                }

                Item { Layout.fillHeight: true }

                // Who is signed in, with "Sign out" beside the name.
                DojoRowLayout {
                    visible: Session.signedIn
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacing
                    spacing: Theme.spacing
                    Label {
                        objectName: "signedInName"
                        text: Session.userName
                        color: Theme.railText
                        font.bold: true
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Button {
                        id: signOutButton
                        objectName: "signOutButton"
                        text: qsTr("Sign out")
                        flat: true
                        Accessible.name: text
                        padding: 4
                        contentItem: Label {
                            text: signOutButton.text
                            color: Theme.railText
                            font.pixelSize: Theme.fontSmall
                            font.underline: signOutButton.hovered
                        }
                        background: Rectangle {
                            radius: Theme.radius
                            color: "transparent"
                            border.color: Theme.focus
                            border.width: signOutButton.visualFocus ? 2 : 0
                        }
                        onClicked: { window.section = window.sectionLearn; Session.signOut() }
                    }
                }

                DojoRowLayout {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacing
                    spacing: Theme.spacing
                    Label {
                        text: qsTr("Language")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.railText
                    }
                    ComboBox {
                        id: languageBox
                        objectName: "languageSwitch"
                        Layout.fillWidth: true
                        model: AppSettings.languages
                        displayText: AppSettings.languageName(AppSettings.language)
                        currentIndex: AppSettings.languages.indexOf(AppSettings.language)
                        Accessible.name: qsTr("Language")
                        font.pixelSize: Theme.fontSmall
                        delegate: ItemDelegate {
                            required property string modelData
                            width: languageBox.width
                            text: AppSettings.languageName(modelData)
                        }
                        contentItem: Label {
                            leftPadding: Theme.spacing
                            text: languageBox.displayText
                            color: Theme.railText
                            font: languageBox.font
                            verticalAlignment: Text.AlignVCenter
                            elide: Text.ElideRight
                        }
                        indicator: Label {
                            x: languageBox.width - width - Theme.spacing
                            y: (languageBox.height - height) / 2
                            text: "▾"
                            color: Theme.railText
                        }
                        background: Rectangle {
                            implicitHeight: 30
                            radius: Theme.radius
                            color: Qt.rgba(1, 1, 1, languageBox.hovered ? 0.14 : 0.08)
                            border.color: languageBox.visualFocus ? Theme.focus : Qt.rgba(1, 1, 1, 0.25)
                            border.width: languageBox.visualFocus ? 2 : 1
                        }
                        onActivated: function(index) { AppSettings.language = AppSettings.languages[index] }
                    }
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

        DojoColumnLayout {
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
            PracticePage { id: practicePage }
            ReviewPage { id: reviewPage }
            KnowledgePage { id: knowledgePage }
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
    // Sign-in: over everything while nobody is signed in (without a database, lessons work unsigned).
    Loader {
        anchors.fill: parent
        z: 9
        active: Session.databaseReady && !Session.needsFirstManager && !Session.signedIn
        sourceComponent: SignInPage {}
    }
}
