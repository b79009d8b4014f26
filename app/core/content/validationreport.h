// How validation results are written out: diagnostics in the compiler convention that editors jump to,
// a one-line summary per locale, and the same as JSON for machines (`servicedojo validate --json`).
#pragma once

#include "content/courseloader.h"
#include "content/coursesummary.h"

#include <QJsonObject>

namespace dojo {

// "file:line:col: error: message"; a problem without a line (a missing folder) as "file: error: message".
QString formatDiagnostic(const Diagnostic &diagnostic);

// "zh-CN: modules 2, lessons 3, quizzes 1, questions 6 (single 1, …), scenarios 1, nodes 4, endings 3,
// phrasebook entries 5"
QString formatSummary(const CourseSummary &summary);

// "errors 0, warnings 1"
QString formatTotals(int errors, int warnings);

QJsonObject diagnosticToJson(const Diagnostic &diagnostic);
QJsonObject summaryToJson(const CourseSummary &summary);

} // namespace dojo
