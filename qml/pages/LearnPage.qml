import QtQuick
import QtQuick.Controls
import ServiceDojo.Backend
import ServiceDojo.Ui

// Learn: the learning path, and the lesson reader on top of it.
StackView {
    id: stack
    objectName: "learnPage"

    // anchor: a heading to scroll to, or "".
    function openLesson(lessonId, anchor) {
        if (stack.depth > 1)
            stack.currentItem.lessonId = lessonId
        else
            stack.push(readerComponent, { lessonId: lessonId })
    }

    initialItem: LessonListPage {
        onOpenLesson: function(lessonId) { stack.openLesson(lessonId, "") }
    }

    Component {
        id: readerComponent
        LessonReaderPage {
            onBack: stack.pop()
        }
    }
}
