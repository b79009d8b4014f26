// Crash safety: a real child process answers questions while this test kills it with SIGKILL at random
// moments (at least 50 times), restarting it each time on the same attempt. Afterwards every answer
// acknowledged before a kill is stored, none twice, and the file passes PRAGMA integrity_check.
#include "storage/database.h"
#include "storage/quizattemptstore.h"
#include "storetestsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace dojo;

class TestCrashSafety : public QObject {
    Q_OBJECT

private slots:
    void acknowledgedAnswersSurviveSigkill()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("crash.sqlite"));
        Actor trainee;
        qint64 attemptId = 0;
        {
            auto db = test::openDatabase(dbPath);
            trainee = test::addUserRow(*db, QStringLiteral("crash"), Role::Trainee);
            QuizAttemptStore store(*db);
            attemptId = store.startAttempt(trainee, trainee.userId, QStringLiteral("crash-quiz"), "h", QuizMode::Test, 1,
                                           QDateTime::currentDateTimeUtc())
                            ->id;
        }

        const quint32 seed = qEnvironmentVariableIsSet("DOJO_CRASH_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("DOJO_CRASH_SEED"))
                                 : QRandomGenerator::system()->generate();
        QRandomGenerator random(seed);
        const QByteArray seedNote = "DOJO_CRASH_SEED=" + QByteArray::number(seed);

        const int kills = 60;
        QSet<QString> acked;
        int killedWhileWriting = 0;
        QElapsedTimer total;
        total.start();
        for (int round = 0; round < kills; ++round) {
            QProcess child;
            child.setProcessChannelMode(QProcess::SeparateChannels);
            child.start(QStringLiteral(DOJO_CRASH_ANSWERER),
                        {dbPath, QString::number(trainee.userId), QString::number(attemptId)});
            QVERIFY2(child.waitForStarted(5000), seedNote.constData());
            // Most rounds: let it get going, then kill somewhere in the middle of its writes. Some
            // rounds: kill it while it is still opening the database (recovery after the last kill).
            if (random.bounded(5) != 0) {
                QVERIFY2(child.waitForReadyRead(10000), QByteArray(seedNote + " " + child.readAllStandardError()).constData());
                QThread::usleep(random.bounded(30000));
                ++killedWhileWriting;
            } else {
                QThread::usleep(random.bounded(40000));
            }
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished(5000));
            const QByteArray err = child.readAllStandardError();
            QVERIFY2(child.exitStatus() == QProcess::CrashExit, QByteArray(seedNote + " child ended by itself: " + err).constData());

            // Only complete lines count: a line cut by the kill was not acknowledged.
            const QByteArray out = child.readAllStandardOutput();
            const QList<QByteArray> lines = out.split('\n');
            for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
                QVERIFY2(lines[i].startsWith("ACK "), QByteArray(seedNote + " unexpected output: " + lines[i]).constData());
                const QString id = QString::fromUtf8(lines[i].mid(4));
                QVERIFY2(!acked.contains(id), QByteArray(seedNote + " acknowledged twice: " + lines[i]).constData());
                acked.insert(id);
            }
        }
        qInfo("%d kills (%d while answering), %lld answers acknowledged, %lld ms",
              kills, killedWhileWriting, qlonglong(acked.size()), qlonglong(total.elapsed()));
        QVERIFY(killedWhileWriting >= 30);
        QVERIFY(acked.size() >= kills);

        auto db = test::openDatabase(dbPath);
        QCOMPARE(db->integrityProblems().value(), QStringList());
        QuizAttemptStore store(*db);
        const StoreResult<QList<QuizAnswerRecord>> stored = store.answers(trainee, attemptId);
        QVERIFY(stored.ok());
        QSet<QString> storedIds;
        for (const QuizAnswerRecord &a : *stored) {
            QVERIFY2(!storedIds.contains(a.questionId), qPrintable(QStringLiteral("duplicate %1").arg(a.questionId)));
            storedIds.insert(a.questionId);
        }
        for (const QString &id : std::as_const(acked))
            QVERIFY2(storedIds.contains(id), QByteArray(seedNote + " lost acknowledged answer " + id.toUtf8()).constData());
        // Answers are given in order, so the stored ones are q00000 … without gaps.
        for (qsizetype i = 0; i < stored->size(); ++i)
            QCOMPARE(stored->at(i).questionId, QStringLiteral("q%1").arg(i, 5, 10, QLatin1Char('0')));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM quiz_answers")).toLongLong(),
                 test::scalar(*db, QStringLiteral("SELECT count(DISTINCT question_id) FROM quiz_answers")).toLongLong());
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
