import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ServiceDojo.Backend
import ServiceDojo.Ui

// First run: the database has no account yet, so the first person creates the manager account.
Rectangle {
    id: page
    objectName: "firstRunPage"
    color: Theme.window

    FirstRunController { id: controller }

    // Nothing behind this page takes clicks while it is shown.
    MouseArea { anchors.fill: parent; acceptedButtons: Qt.AllButtons; hoverEnabled: true }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.padding, 520)
        height: form.implicitHeight + 3 * Theme.padding
        radius: Theme.radius * 2
        color: Theme.surface
        border.color: Theme.border

        DojoColumnLayout {
            id: form
            anchors.fill: parent
            anchors.margins: Theme.padding * 1.5
            spacing: Theme.spacing

            Label {
                text: qsTr("Welcome to ServiceDojo")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }
            Label {
                text: qsTr("This training database has no accounts yet. Create the first manager account: it can add trainees, trainers and other managers later.")
                wrapMode: Text.WordWrap
                color: Theme.mutedText
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.spacing
            }
            Label { text: qsTr("Your name"); color: Theme.text }
            TextField {
                objectName: "firstRunName"
                Layout.fillWidth: true
                placeholderText: qsTr("e.g. Wang Fang")
                Accessible.name: qsTr("Your name")
                onTextChanged: controller.displayName = text
                focus: true
            }
            Label { text: qsTr("Sign-in name"); color: Theme.text }
            TextField {
                objectName: "firstRunLogin"
                Layout.fillWidth: true
                placeholderText: qsTr("e.g. wangfang")
                Accessible.name: qsTr("Sign-in name")
                onTextChanged: controller.login = text
            }
            Label { text: controller.pinMode ? qsTr("6-digit PIN") : qsTr("Password (at least 8 characters)"); color: Theme.text }
            TextField {
                objectName: "firstRunSecret"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                inputMethodHints: controller.pinMode ? Qt.ImhDigitsOnly : Qt.ImhSensitiveData
                Accessible.name: controller.pinMode ? qsTr("PIN") : qsTr("Password")
                onTextChanged: controller.secret = text
            }
            Label { text: controller.pinMode ? qsTr("PIN again") : qsTr("Password again"); color: Theme.text }
            TextField {
                objectName: "firstRunSecretRepeat"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                Accessible.name: controller.pinMode ? qsTr("PIN again") : qsTr("Password again")
                onTextChanged: controller.secretRepeat = text
                onAccepted: controller.create()
            }
            Label {
                objectName: "firstRunError"
                visible: controller.errorText.length > 0
                text: controller.errorText
                wrapMode: Text.WordWrap
                color: Theme.error
                Layout.fillWidth: true
            }
            Button {
                objectName: "firstRunCreate"
                text: qsTr("Create manager account")
                highlighted: true
                Layout.alignment: Qt.AlignRight
                Layout.topMargin: Theme.spacing
                Accessible.name: text
                onClicked: controller.create()
            }
        }
    }
}
