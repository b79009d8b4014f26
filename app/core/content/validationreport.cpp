#include "content/validationreport.h"

#include "content/keywords.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dojo {

QString formatDiagnostic(const Diagnostic &d)
{
    const QString severity = d.severity == Diagnostic::Severity::Error
                                 ? QCoreApplication::translate("dojo::Validator", "error")
                                 : QCoreApplication::translate("dojo::Validator", "warning");
    QString where = d.pos.file.isEmpty() ? QStringLiteral("servicedojo") : d.pos.file;
    if (d.pos.line > 0)
        where += u':' + QString::number(d.pos.line) + u':' + QString::number(qMax(1, d.pos.column));
    return where + QStringLiteral(": ") + severity + QStringLiteral(": ") + d.message;
}

QString formatSummary(const CourseSummary &s)
{
    QStringList byType;
    for (const QuestionType t : kAllQuestionTypes)
        byType.append(questionTypeKeyword(t) + u' ' + QString::number(s.questionCount(t)));
    return QCoreApplication::translate(
               "dojo::Validator", "%1: modules %2, lessons %3, quizzes %4, questions %5 (%6), scenarios %7, "
                                  "nodes %8, endings %9, phrasebook entries %10")
        .arg(s.locale)
        .arg(s.modules)
        .arg(s.lessons)
        .arg(s.quizzes)
        .arg(s.questions)
        .arg(byType.join(QStringLiteral(", ")))
        .arg(s.scenarios)
        .arg(s.nodes)
        .arg(s.endings)
        .arg(s.phrases);
}

QString formatTotals(int errors, int warnings)
{
    return QCoreApplication::translate("dojo::Validator", "errors %1, warnings %2").arg(errors).arg(warnings);
}

QJsonObject diagnosticToJson(const Diagnostic &d)
{
    return {{QStringLiteral("file"), d.pos.file},
            {QStringLiteral("line"), d.pos.line},
            {QStringLiteral("column"), d.pos.column},
            {QStringLiteral("severity"),
             d.severity == Diagnostic::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning")},
            {QStringLiteral("code"), d.code},
            {QStringLiteral("message"), d.message}};
}

QJsonObject summaryToJson(const CourseSummary &s)
{
    QJsonObject byType;
    for (const QuestionType t : kAllQuestionTypes)
        byType.insert(questionTypeKeyword(t), s.questionCount(t));
    return {{QStringLiteral("locale"), s.locale},
            {QStringLiteral("modules"), s.modules},
            {QStringLiteral("lessons"), s.lessons},
            {QStringLiteral("quizzes"), s.quizzes},
            {QStringLiteral("questions"), s.questions},
            {QStringLiteral("questionsByType"), byType},
            {QStringLiteral("scenarios"), s.scenarios},
            {QStringLiteral("nodes"), s.nodes},
            {QStringLiteral("freeReplyNodes"), s.freeReplyNodes},
            {QStringLiteral("endings"), s.endings},
            {QStringLiteral("phrasebookEntries"), s.phrases},
            {QStringLiteral("leftOut"), s.leftOut},
            {QStringLiteral("errors"), s.errors},
            {QStringLiteral("warnings"), s.warnings}};
}

} // namespace dojo
