// Child process of tst_crashsafety: resumes a quiz attempt and answers questions q00000, q00001 … in a
// loop, printing "ACK <question-id>" only after the answer is committed. The test kills it with
// SIGKILL at random moments.
//   dojo_crash_answerer DB USER_ID ATTEMPT_ID
#include "storage/database.h"
#include "storage/quizattemptstore.h"

#include <QCoreApplication>
#include <QSet>

#include <cstdio>
#include <unistd.h>

using namespace dojo;

namespace {
void writeLine(int fd, const QByteArray &line)
{
    QByteArray bytes = line + '\n';
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(left));
        if (n <= 0)
            return;
        data += n;
        left -= n;
    }
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        writeLine(STDERR_FILENO, "usage: dojo_crash_answerer DB USER_ID ATTEMPT_ID");
        return 2;
    }
    StoreResult<std::unique_ptr<Database>> db = Database::open(args[1]);
    if (!db) {
        writeLine(STDERR_FILENO, "ERROR open: " + db.error().message.toUtf8());
        return 1;
    }
    const Actor trainee{args[2].toLongLong(), Role::Trainee};
    const qint64 attemptId = args[3].toLongLong();
    QuizAttemptStore store(**db);

    // Resume: skip what is already stored (also answers committed just before the last kill, whose
    // ACK never got out).
    const StoreResult<QList<QuizAnswerRecord>> stored = store.answers(trainee, attemptId);
    if (!stored) {
        writeLine(STDERR_FILENO, "ERROR resume: " + stored.error().message.toUtf8());
        return 1;
    }
    QSet<QString> answered;
    for (const QuizAnswerRecord &a : *stored)
        answered.insert(a.questionId);

    for (int i = 0; i < 1000000; ++i) {
        QuizAnswerRecord answer;
        answer.questionId = QStringLiteral("q%1").arg(i, 5, 10, QLatin1Char('0'));
        if (answered.contains(answer.questionId))
            continue;
        answer.answerJson = QStringLiteral("{\"choice\":[%1]}").arg(i % 4);
        answer.pointsAwarded = i % 2;
        answer.pointsPossible = 1;
        answer.correct = i % 2 == 1;
        answer.durationMs = 1000 + i;
        const StoreResult<RecordWrite> written = store.recordAnswer(trainee, attemptId, answer);
        if (!written) {
            writeLine(STDERR_FILENO, "ERROR answer: " + written.error().message.toUtf8());
            return 1;
        }
        if (*written == RecordWrite::Recorded)
            writeLine(STDOUT_FILENO, "ACK " + answer.questionId.toUtf8());
    }
    return 0;
}
