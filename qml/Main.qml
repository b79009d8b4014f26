import QtQuick
import QtQuick.Controls
ApplicationWindow { visible: true; width: 1280; height: 720; title: "ServiceDojo" }
