import QtQuick
import QtQuick.Controls
import ServiceDojo.Backend
import ServiceDojo.Ui

// A radar (spider) chart of 0–100 scores: one axis per dimension, rings at 25/50/75/100, the run's
// scores as a filled shape, the best run (100 everywhere) as the outer ring. `dimensions` is a list of
// {name, score, assessed}; the assessed ones are drawn (all of them when fewer than three are). Labels
// are Text items laid out around the chart, so they use the app's font and are never clipped.
Item {
    id: chart
    objectName: "radarChart"

    property var dimensions: []
    readonly property var shown: {
        const assessed = []
        for (let i = 0; i < dimensions.length; ++i)
            if (dimensions[i].assessed) assessed.push(dimensions[i])
        return assessed.length >= 3 ? assessed : dimensions.slice(0)
    }
    readonly property int count: shown.length
    // Room kept around the circle for the labels.
    readonly property real labelRoom: 64
    readonly property real radius: Math.max(10, Math.min(width, height) / 2 - labelRoom)
    readonly property real cx: width / 2
    readonly property real cy: height / 2

    implicitWidth: 320
    implicitHeight: 300

    Accessible.role: Accessible.Graphic
    Accessible.name: {
        const parts = []
        for (let i = 0; i < shown.length; ++i)
            parts.push(shown[i].name + " " + shown[i].score)
        return qsTr("Scores by dimension: %1").arg(parts.join(", "))
    }

    function angle(i) { return -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, count) }
    function px(i, r) { return cx + r * Math.cos(angle(i)) }
    function py(i, r) { return cy + r * Math.sin(angle(i)) }

    onShownChanged: canvas.requestPaint()
    onWidthChanged: canvas.requestPaint()
    onHeightChanged: canvas.requestPaint()
    Connections {
        target: Theme
        function onDarkChanged() { canvas.requestPaint() }
    }

    property real grow: 0
    NumberAnimation on grow { id: growIn; from: 0; to: 1; duration: 700; easing.type: Easing.OutCubic; running: true }
    onGrowChanged: canvas.requestPaint()

    Canvas {
        id: canvas
        anchors.fill: parent
        renderStrategy: Canvas.Cooperative
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            const n = chart.count
            if (n < 3) return
            const R = chart.radius
            // Rings.
            ctx.lineWidth = 1
            for (let ring = 1; ring <= 4; ++ring) {
                const r = R * ring / 4
                ctx.beginPath()
                for (let i = 0; i < n; ++i) {
                    const x = chart.px(i, r), y = chart.py(i, r)
                    if (i === 0) ctx.moveTo(x, y); else ctx.lineTo(x, y)
                }
                ctx.closePath()
                ctx.strokeStyle = ring === 4 ? Theme.mutedText : Theme.border
                if (ring === 4) ctx.setLineDash([4, 3]); else ctx.setLineDash([])
                ctx.stroke()
            }
            ctx.setLineDash([])
            // Axes.
            ctx.strokeStyle = Theme.border
            for (let i = 0; i < n; ++i) {
                ctx.beginPath()
                ctx.moveTo(chart.cx, chart.cy)
                ctx.lineTo(chart.px(i, R), chart.py(i, R))
                ctx.stroke()
            }
            // The run.
            ctx.beginPath()
            for (let i = 0; i < n; ++i) {
                const s = Math.max(0, Math.min(100, chart.shown[i].score)) / 100 * chart.grow
                const r = Math.max(2, R * s)
                const x = chart.px(i, r), y = chart.py(i, r)
                if (i === 0) ctx.moveTo(x, y); else ctx.lineTo(x, y)
            }
            ctx.closePath()
            ctx.fillStyle = Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.28)
            ctx.fill()
            ctx.lineWidth = 2
            ctx.strokeStyle = Theme.accent
            ctx.stroke()
            // Points.
            ctx.fillStyle = Theme.accent
            for (let i = 0; i < n; ++i) {
                const s = Math.max(0, Math.min(100, chart.shown[i].score)) / 100 * chart.grow
                ctx.beginPath()
                ctx.arc(chart.px(i, Math.max(2, R * s)), chart.py(i, Math.max(2, R * s)), 3.5, 0, 2 * Math.PI)
                ctx.fill()
            }
        }
    }

    Repeater {
        model: chart.count >= 3 ? chart.shown : []
        delegate: Column {
            id: label
            required property var modelData
            required property int index
            readonly property real ax: chart.px(index, chart.radius + 10)
            readonly property real ay: chart.py(index, chart.radius + 10)
            readonly property real c: Math.cos(chart.angle(index))
            readonly property real s: Math.sin(chart.angle(index))
            // Anchor the label on the side facing the chart.
            x: Math.max(0, Math.min(chart.width - width,
                   Math.abs(c) < 0.2 ? ax - width / 2 : (c > 0 ? ax : ax - width)))
            y: Math.max(0, Math.min(chart.height - height,
                   Math.abs(s) < 0.2 ? ay - height / 2 : (s > 0 ? ay : ay - height)))
            spacing: 0
            Label {
                anchors.horizontalCenter: parent.horizontalCenter
                text: label.modelData.name
                color: label.modelData.assessed ? Theme.text : Theme.mutedText
                font.pixelSize: Theme.fontSmall
                horizontalAlignment: Text.AlignHCenter
            }
            Label {
                anchors.horizontalCenter: parent.horizontalCenter
                text: label.modelData.assessed ? label.modelData.score : "—"
                color: label.modelData.score >= 80 ? Theme.success : (label.modelData.score >= 50 ? Theme.warning : Theme.error)
                font.pixelSize: Theme.fontBody
                font.bold: true
            }
        }
    }

    Label {
        anchors.centerIn: parent
        visible: chart.count < 3
        text: qsTr("Not enough scored dimensions for a chart.")
        color: Theme.mutedText
        wrapMode: Text.WordWrap
        width: parent.width - 2 * Theme.padding
        horizontalAlignment: Text.AlignHCenter
    }
}
