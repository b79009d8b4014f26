pragma Singleton
import QtQuick
import ServiceDojo.Backend

// Colours, type and spacing of the app, light and dark. Everything visual reads from here.
QtObject {
    readonly property bool dark: AppSettings.darkTheme

    readonly property color window: dark ? "#17191c" : "#f4f2ec"
    readonly property color surface: dark ? "#1f2226" : "#ffffff"
    readonly property color surfaceAlt: dark ? "#262a2f" : "#faf8f3"
    readonly property color rail: dark ? "#111315" : "#1f3b34"
    readonly property color railText: dark ? "#c9cdd2" : "#dfeae5"
    readonly property color railActive: dark ? "#2d6b5a" : "#2f6b5b"
    readonly property color text: dark ? "#e6e6e3" : "#1f2328"
    readonly property color mutedText: dark ? "#a3a9b1" : "#5b636c"
    readonly property color border: dark ? "#353a40" : "#dcd8cd"
    readonly property color accent: dark ? "#5cc9a7" : "#1a7f64"
    // Text on accent-coloured fills: white on the dark green of the light theme, near-black on the
    // light green of the dark theme (white there has a contrast of about 2:1).
    readonly property color accentText: dark ? "#0b231c" : "#ffffff"
    readonly property color error: dark ? "#f07167" : "#c2372d"
    readonly property color warning: dark ? "#e0a84a" : "#a86a12"
    readonly property color focus: dark ? "#8ab4f8" : "#2f6fbf"
    readonly property color success: dark ? "#5cc98a" : "#1f7a3f"
    readonly property color customerBubble: dark ? "#2a2f35" : "#ffffff"
    readonly property color traineeBubble: dark ? "#1f4a3f" : "#dff1ea"

    readonly property string fontFamily: "Noto Sans CJK SC"
    readonly property int fontSmall: 13
    readonly property int fontBody: 15
    readonly property int fontLarge: 18
    readonly property int fontTitle: 24

    readonly property int spacing: 8
    readonly property int padding: 16
    readonly property int radius: 8
    readonly property int railWidth: 200
}
