import QtQuick
import QtQuick.Controls
import ServiceDojo.Backend
import ServiceDojo.Ui

// Learn: the home (learning path, continue, progress, reviews, assignments), and the lesson reader on
// top of it.
StackView {
    id: stack
    objectName: "learnPage"

    // anchor: a heading to scroll to, or "".
    function openLesson(lessonId, anchor) {
        const heading = anchor ? anchor : ""
        if (stack.depth > 1)
            stack.currentItem.open(lessonId, heading)
        else
            stack.push(readerComponent, { lessonId: lessonId, initialAnchor: heading })
    }

    // Back to the home (closes the reader).
    function showHome() { stack.pop(null) }

    initialItem: HomePage {
        onOpenLesson: function(lessonId) { stack.openLesson(lessonId, "") }
    }

    Component {
        id: readerComponent
        LessonReaderPage {
            onBack: stack.pop()
        }
    }
}
