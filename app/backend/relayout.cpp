#include "relayout.h"

#include <QQuickItem>

void Relayout::request(QQuickItem *layout) const
{
    // Only a layout placed by another layout is affected; one anchored or in a positioner is arranged
    // by Qt itself, and polishing it again can start a polish loop.
    if (layout && layout->window() && layout->parentItem() && layout->parentItem()->inherits("QQuickLayout"))
        layout->polish();
}
