// The Practice screen: every quiz and role-play of the course by module, with the signed-in trainee's
// best result so far. Reads again when the course, the user or their records change.
#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class PracticeController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // [{moduleId, title, quizzes: [{id, title, questions, minutes, passMark, best, passed, attempts}],
    //   scenarios: [{id, title, channel, persona, best, outcome, runs}]}]; best is -1 before any try.
    Q_PROPERTY(QVariantList modules READ modules NOTIFY changed)

public:
    explicit PracticeController(QObject *parent = nullptr);
    QVariantList modules() const { return m_modules; }
    Q_INVOKABLE void refresh();

signals:
    void changed();

private:
    QVariantList m_modules;
};
