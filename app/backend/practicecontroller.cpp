#include "practicecontroller.h"

#include "appsession.h"
#include "coursecatalog.h"
#include "storage/quizattemptstore.h"
#include "storage/scenariorunstore.h"

#include <QHash>

PracticeController::PracticeController(QObject *parent) : QObject(parent)
{
    if (auto *catalog = CourseCatalog::instance())
        connect(catalog, &CourseCatalog::courseChanged, this, &PracticeController::refresh);
    if (auto *session = AppSession::instance()) {
        connect(session, &AppSession::userChanged, this, &PracticeController::refresh);
        connect(session, &AppSession::recordsChanged, this, &PracticeController::refresh);
    }
    refresh();
}

static QString channelCode(dojo::Channel channel)
{
    switch (channel) {
    case dojo::Channel::Chat:
        return QStringLiteral("chat");
    case dojo::Channel::Phone:
        return QStringLiteral("phone");
    case dojo::Channel::FaceToFace:
        return QStringLiteral("face-to-face");
    }
    return {};
}

void PracticeController::refresh()
{
    m_modules.clear();
    const CourseCatalog *catalog = CourseCatalog::instance();
    const dojo::Course *course = catalog ? catalog->course() : nullptr;
    if (!course) {
        emit changed();
        return;
    }
    // Best results of the signed-in trainee, one query per store.
    struct Best {
        double percent = -1;
        bool passed = false;
        int count = 0;
        QString outcome;
    };
    QHash<QString, Best> quizBest, scenarioBest;
    AppSession *session = AppSession::instance();
    if (session && session->canRecord()) {
        dojo::QuizAttemptStore quizzes(*session->database());
        if (auto attempts = quizzes.attempts(session->actor(), session->userId()); attempts.ok()) {
            for (const auto &a : attempts.value()) {
                if (!a.finished() || !a.score || !a.maxScore)
                    continue;
                Best &b = quizBest[a.quizId];
                ++b.count;
                const double percent = *a.maxScore > 0 ? 100.0 * *a.score / *a.maxScore : 0;
                if (percent > b.percent) {
                    b.percent = percent;
                    b.passed = a.passed.value_or(false);
                }
            }
        }
        dojo::ScenarioRunStore runs(*session->database());
        if (auto all = runs.runs(session->actor(), session->userId()); all.ok()) {
            for (const auto &r : all.value()) {
                if (!r.finished() || !r.overall)
                    continue;
                Best &b = scenarioBest[r.scenarioId];
                ++b.count;
                if (*r.overall > b.percent) {
                    b.percent = *r.overall;
                    b.outcome = r.outcome ? dojo::outcomeCode(*r.outcome) : QString();
                }
            }
        }
    }
    for (const dojo::Module &module : course->modules) {
        QVariantList quizzes, scenarios;
        for (const dojo::ModuleItem &item : module.items) {
            if (item.kind == dojo::ItemKind::Quiz) {
                const dojo::Quiz *quiz = course->quiz(item.id);
                if (!quiz)
                    continue;
                const Best b = quizBest.value(quiz->id);
                quizzes.append(QVariantMap{{QStringLiteral("id"), quiz->id},
                                           {QStringLiteral("title"), quiz->title},
                                           {QStringLiteral("questions"), quiz->questions.size()},
                                           {QStringLiteral("minutes"), (quiz->timeLimitSeconds + 59) / 60},
                                           {QStringLiteral("passMark"), quiz->passMark},
                                           {QStringLiteral("best"), qRound(b.percent)},
                                           {QStringLiteral("passed"), b.passed},
                                           {QStringLiteral("attempts"), b.count}});
            } else if (item.kind == dojo::ItemKind::Scenario) {
                const dojo::Scenario *scenario = course->scenario(item.id);
                if (!scenario)
                    continue;
                const Best b = scenarioBest.value(scenario->id);
                scenarios.append(QVariantMap{{QStringLiteral("id"), scenario->id},
                                             {QStringLiteral("title"), scenario->title},
                                             {QStringLiteral("channel"), channelCode(scenario->channel)},
                                             {QStringLiteral("persona"), scenario->persona.name},
                                             {QStringLiteral("best"), qRound(b.percent)},
                                             {QStringLiteral("outcome"), b.outcome},
                                             {QStringLiteral("runs"), b.count}});
            }
        }
        if (quizzes.isEmpty() && scenarios.isEmpty())
            continue;
        m_modules.append(QVariantMap{{QStringLiteral("moduleId"), module.id},
                                     {QStringLiteral("title"), module.title},
                                     {QStringLiteral("quizzes"), quizzes},
                                     {QStringLiteral("scenarios"), scenarios}});
    }
    emit changed();
}
