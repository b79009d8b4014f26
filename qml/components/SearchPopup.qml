import QtQuick
import QtQuick.Controls
import ServiceDojo.Backend
import ServiceDojo.Ui

// Placeholder: being written.
Popup {
    objectName: "searchPopup"
    function openWith(text) { open() }
}
