import QtQuick
import QtQuick.Controls
import ServiceDojo.Backend
import ServiceDojo.Ui

// Placeholder: being written.
Item {
    objectName: "questionView"

}
