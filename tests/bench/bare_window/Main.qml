import QtQuick
import QtQuick.Window
import QtWebEngine

Window {
    width: 1280
    height: 720
    visible: true
    title: "bare window"

    WebEngineView {
        anchors.fill: parent
        Component.onCompleted: loadHtml("<html><body><p>bare window</p></body></html>")
    }
}
