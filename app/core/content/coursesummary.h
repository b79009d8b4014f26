// What a loaded course holds, counted: for `servicedojo validate`, the trainer's content screen and
// anything else that wants the size of a course at a glance.
#pragma once

#include "content/model.h"

#include <array>

namespace dojo {

struct CourseSummary {
    QString locale;
    int modules = 0;
    int lessons = 0;
    int quizzes = 0;
    int questions = 0;
    std::array<int, 6> questionsByType{}; // indexed by QuestionType
    int scenarios = 0;
    int nodes = 0; // of which free-reply nodes:
    int freeReplyNodes = 0;
    int endings = 0;
    int phrases = 0; // phrasebook entries, from phrasebook files and lessons
    int leftOut = 0; // items and files left out because of errors
    int errors = 0;
    int warnings = 0;

    int questionCount(QuestionType type) const { return questionsByType[size_t(type)]; }
};

CourseSummary summarizeCourse(const Course &course);

} // namespace dojo
