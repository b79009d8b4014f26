import QtQuick
import QtQuick.Layouts
import ServiceDojo.Backend

// A RowLayout that arranges its children again whenever its own size changes. Qt 6.4 skips that for a
// layout nested in another layout (see app/backend/relayout.h); use this type instead of RowLayout.
RowLayout {
    id: layout
    onWidthChanged: Relayout.request(layout)
    onHeightChanged: Relayout.request(layout)
}
