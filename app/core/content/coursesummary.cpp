#include "content/coursesummary.h"

namespace dojo {

CourseSummary summarizeCourse(const Course &course)
{
    CourseSummary s;
    s.locale = course.locale;
    s.modules = int(course.modules.size());
    s.lessons = int(course.lessons.size());
    s.quizzes = int(course.quizzes.size());
    for (const Quiz &quiz : course.quizzes) {
        for (const Question &q : quiz.questions)
            ++s.questionsByType[size_t(q.type)];
        s.questions += int(quiz.questions.size());
    }
    s.scenarios = int(course.scenarios.size());
    for (const Scenario &scenario : course.scenarios) {
        s.nodes += int(scenario.nodes.size());
        for (const ScenarioNode &node : scenario.nodes)
            s.freeReplyNodes += node.freeReply ? 1 : 0;
        s.endings += int(scenario.endings.size());
    }
    for (const PhrasebookSection &section : course.phrasebook)
        s.phrases += int(section.entries.size());
    for (const Lesson &lesson : course.lessons)
        s.phrases += int(lesson.phrases.size());
    s.leftOut = int(course.leftOut.size());
    s.errors = course.errorCount();
    s.warnings = course.warningCount();
    return s;
}

} // namespace dojo
