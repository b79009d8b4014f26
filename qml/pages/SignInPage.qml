import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ServiceDojo.Backend
import ServiceDojo.Ui

// Sign-in: pick a recent name or type one, then the password or PIN. Shown over everything until
// somebody is signed in (only when the database is open: without it, lessons work unsigned).
Rectangle {
    id: page
    objectName: "signInPage"
    color: Theme.window

    SignInController { id: controller }

    MouseArea { anchors.fill: parent; acceptedButtons: Qt.AllButtons; hoverEnabled: true }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.padding, 480)
        height: form.implicitHeight + 3 * Theme.padding
        radius: Theme.radius * 2
        color: Theme.surface
        border.color: Theme.border

        DojoColumnLayout {
            id: form
            anchors.fill: parent
            anchors.margins: Theme.padding * 1.5
            spacing: Theme.spacing

            DojoRowLayout {
                Layout.fillWidth: true
                Label {
                    text: qsTr("Sign in to ServiceDojo")
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                }
                ComboBox {
                    id: languageBox
                    objectName: "signInLanguage"
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
            }
            Label {
                text: controller.recentLogins.length > 0
                      ? qsTr("Pick your name or type it, then your %1.").arg(controller.pinMode ? qsTr("PIN") : qsTr("password"))
                      : qsTr("Type the sign-in name your trainer gave you, then your %1.").arg(controller.pinMode ? qsTr("PIN") : qsTr("password"))
                wrapMode: Text.WordWrap
                color: Theme.mutedText
                Layout.fillWidth: true
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                visible: controller.recentLogins.length > 0
                Repeater {
                    model: controller.recentLogins
                    delegate: Button {
                        required property string modelData
                        objectName: "recentLogin_" + modelData
                        text: modelData
                        checkable: true
                        checked: loginField.text === modelData
                        Accessible.name: qsTr("Sign in as %1").arg(modelData)
                        onClicked: { loginField.text = modelData; secretField.forceActiveFocus() }
                    }
                }
            }
            Label { text: qsTr("Sign-in name"); color: Theme.text }
            TextField {
                id: loginField
                objectName: "signInLogin"
                Layout.fillWidth: true
                text: controller.login
                Accessible.name: qsTr("Sign-in name")
                onTextChanged: controller.login = text
                onAccepted: secretField.forceActiveFocus()
                focus: controller.recentLogins.length === 0
            }
            Label { text: controller.pinMode ? qsTr("PIN") : qsTr("Password"); color: Theme.text }
            TextField {
                id: secretField
                objectName: "signInSecret"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                inputMethodHints: controller.pinMode ? Qt.ImhDigitsOnly : Qt.ImhSensitiveData
                Accessible.name: controller.pinMode ? qsTr("PIN") : qsTr("Password")
                onTextChanged: controller.secret = text
                onAccepted: signInButton.clicked()
                focus: controller.recentLogins.length > 0
            }
            Label {
                objectName: "signInError"
                visible: controller.errorText.length > 0
                text: controller.errorText
                wrapMode: Text.WordWrap
                color: Theme.error
                Layout.fillWidth: true
            }
            Button {
                id: signInButton
                objectName: "signInButton"
                text: qsTr("Sign in")
                highlighted: true
                Layout.alignment: Qt.AlignRight
                Layout.topMargin: Theme.spacing
                Accessible.name: text
                onClicked: {
                    controller.signIn()
                    secretField.text = ""
                }
            }
            Label {
                text: qsTr("Forgot your password or PIN? Ask a manager to set a new one.")
                wrapMode: Text.WordWrap
                color: Theme.mutedText
                font.pixelSize: Theme.fontSmall
                Layout.fillWidth: true
            }
        }
    }
}
