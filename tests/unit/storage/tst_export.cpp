// Exports (CSV, xAPI) read back and checked, and the `backup` / `export` commands end to end.
#include "commands.h"
#include "storage/database.h"
#include "storage/lessonprogressstore.h"
#include "storage/quizattemptstore.h"
#include "storage/recordexport.h"
#include "storage/scenariorunstore.h"
#include "storetestsupport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace dojo;

namespace {
QDateTime at(int seconds) { return QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC).addSecs(seconds); }

// RFC 4180 rows, enough for our own output.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(cell);
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}

QJsonObject findStatement(const QJsonArray &statements, const QString &verb, const QString &objectEnd)
{
    for (const QJsonValue &v : statements) {
        const QJsonObject s = v.toObject();
        if (s[QStringLiteral("verb")][QStringLiteral("id")].toString().endsWith(u'/' + verb)
            && s[QStringLiteral("object")][QStringLiteral("id")].toString().endsWith(objectEnd))
            return s;
    }
    return {};
}
} // namespace

class TestExport : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Actor m_li;
    Actor m_zhao;
    Actor m_manager;
    QuizAttempt m_attempt;
    ScenarioRunRecord m_run;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("export.sqlite")); }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = test::openDatabase(dbPath());
        m_li = test::addUserRow(*m_db, QStringLiteral("li"), Role::Trainee);
        m_zhao = test::addUserRow(*m_db, QStringLiteral("zhao"), Role::Trainee);
        m_manager = test::addUserRow(*m_db, QStringLiteral("wang"), Role::Manager);
        QVERIFY(m_db->execute(QStringLiteral("UPDATE users SET display_name = ? WHERE id = ?"),
                              {QStringLiteral("=Li, \"the\" trainee"), m_li.userId}).ok());

        QuizAttemptStore quizzes(*m_db);
        m_attempt = *quizzes.startAttempt(m_li, m_li.userId, QStringLiteral("greeting-quiz"), "h1", QuizMode::Test, 5, at(0));
        QuizAnswerRecord a;
        a.questionId = QStringLiteral("q1");
        a.answerJson = QStringLiteral("{\"choice\":[1]}");
        a.pointsAwarded = 1;
        a.pointsPossible = 2;
        a.correct = false;
        a.durationMs = 12500;
        a.answeredAt = at(20);
        QVERIFY(quizzes.recordAnswer(m_li, m_attempt.id, a).ok());
        a.questionId = QStringLiteral("q2");
        a.pointsAwarded = 2;
        a.correct = true;
        a.durationMs.reset();
        a.answeredAt = at(40);
        QVERIFY(quizzes.recordAnswer(m_li, m_attempt.id, a).ok());
        QVERIFY(quizzes.finishAttempt(m_li, m_attempt.id, 3, 4, false, at(90)).ok());

        ScenarioRunStore scenarios(*m_db);
        m_run = *scenarios.startRun(m_li, m_li.userId, QStringLiteral("late-parcel"), "h2", at(100));
        ScenarioTurn t;
        t.nodeId = QStringLiteral("start");
        t.replyText = QStringLiteral("您好，我先帮您查一下，好吗？");
        t.replyMs = 8000;
        t.moodAfter = 58;
        t.scoreChanges = {{QStringLiteral("empathy"), 3}, {QStringLiteral("speed"), -1}};
        t.landmineIds = {QStringLiteral("cold-tone"), QStringLiteral("refusal")};
        t.recordedAt = at(110);
        QVERIFY(scenarios.recordTurn(m_li, m_run.id, t).ok());
        QVERIFY(scenarios.finishRun(m_li, m_run.id, Outcome::Resolved, QStringLiteral("happy"),
                                    {{QStringLiteral("empathy"), 80}}, 77, at(160)).ok());

        // Another trainee's unfinished attempt: one answer, no completion.
        const QuizAttempt other = *quizzes.startAttempt(m_zhao, m_zhao.userId, QStringLiteral("greeting-quiz"), "h1",
                                                        QuizMode::Practice, 9, at(0));
        a.questionId = QStringLiteral("q1");
        QVERIFY(quizzes.recordAnswer(m_zhao, other.id, a).ok());

        LessonProgressStore lessons(*m_db);
        QVERIFY(lessons.recordOpened(m_li, m_li.userId, QStringLiteral("greeting"), "h3", at(0)).ok());
        QVERIFY(lessons.addTimeSpent(m_li, m_li.userId, QStringLiteral("greeting"), 600000).ok());
        QVERIFY(lessons.recordCompleted(m_li, m_li.userId, QStringLiteral("greeting"), "h3", at(600)).ok());
    }

    void cleanup() { m_db.reset(); }

    void csvHasOneRowPerAnswerAndTurn()
    {
        RecordExporter exporter(*m_db);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(exporter.writeCsv(m_manager, buffer).ok());
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 BOM for Excel
        const QList<QStringList> rows = parseCsv(bytes);
        QCOMPARE(rows.size(), 1 + 3 + 1); // header, 3 answers, 1 turn
        const QStringList header = rows.first();
        QCOMPARE(header.first(), QStringLiteral("kind"));
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), header.size());
        const auto col = [&](const QStringList &row, const char *name) { return row.at(header.indexOf(QLatin1String(name))); };

        const QStringList first = rows.at(1);
        QCOMPARE(col(first, "kind"), QStringLiteral("quiz-answer"));
        QCOMPARE(col(first, "login"), QStringLiteral("li"));
        QCOMPARE(col(first, "name"), QStringLiteral("'=Li, \"the\" trainee")); // quoted, formula defused
        QCOMPARE(col(first, "activity"), QStringLiteral("greeting-quiz"));
        QCOMPARE(col(first, "item"), QStringLiteral("q1"));
        QCOMPARE(col(first, "registration"), m_attempt.registration.toString(QUuid::WithoutBraces));
        QCOMPARE(col(first, "mode"), QStringLiteral("test"));
        QCOMPARE(col(first, "score"), QStringLiteral("1"));
        QCOMPARE(col(first, "max_score"), QStringLiteral("2"));
        QCOMPARE(col(first, "correct"), QStringLiteral("0"));
        QCOMPARE(col(first, "time_ms"), QStringLiteral("12500"));
        QCOMPARE(col(first, "response"), QStringLiteral("{\"choice\":[1]}"));
        QCOMPARE(col(first, "recorded_at"), QStringLiteral("2026-03-02T08:00:20.000Z"));

        const QStringList turn = rows.last();
        QCOMPARE(col(turn, "kind"), QStringLiteral("scenario-turn"));
        QCOMPARE(col(turn, "item"), QStringLiteral("start"));
        QCOMPARE(col(turn, "score"), QStringLiteral("2"));
        QCOMPARE(col(turn, "time_ms"), QStringLiteral("8000"));
        QCOMPARE(col(turn, "mood_after"), QStringLiteral("58"));
        QCOMPARE(col(turn, "landmines"), QStringLiteral("cold-tone;refusal"));
        QCOMPARE(QJsonDocument::fromJson(col(turn, "score_changes").toUtf8()).object().value(QStringLiteral("empathy")).toInt(), 3);
        QCOMPARE(col(turn, "response"), QStringLiteral("您好，我先帮您查一下，好吗？"));
    }

    void xapiStatementsParseBack()
    {
        RecordExporter exporter(*m_db);
        XapiOptions options;
        options.homePage = QStringLiteral("https://lms.example.com/");
        const StoreResult<QJsonArray> exported = exporter.xapiStatements(m_manager, options);
        QVERIFY(exported.ok());
        // Through text and back, as an LRS would receive it.
        const QJsonArray statements =
            QJsonDocument::fromJson(QJsonDocument(*exported).toJson()).array();
        // 3 answered, completed + failed for li's attempt, 1 answered turn, 1 completed run, 1 completed lesson.
        QCOMPARE(statements.size(), 3 + 2 + 1 + 1 + 1);

        QSet<QString> ids;
        static const QRegularExpression uuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        for (const QJsonValue &v : statements) {
            const QJsonObject s = v.toObject();
            QVERIFY2(uuid.match(s[QStringLiteral("id")].toString()).hasMatch(), qPrintable(s[QStringLiteral("id")].toString()));
            ids.insert(s[QStringLiteral("id")].toString());
            QCOMPARE(s[QStringLiteral("actor")][QStringLiteral("account")][QStringLiteral("homePage")].toString(),
                     QStringLiteral("https://lms.example.com/"));
            QVERIFY(s[QStringLiteral("verb")][QStringLiteral("id")].toString().startsWith(
                QStringLiteral("http://adlnet.gov/expapi/verbs/")));
            QVERIFY(!s[QStringLiteral("timestamp")].toString().isEmpty());
        }
        QCOMPARE(ids.size(), statements.size());

        const QString registration = m_attempt.registration.toString(QUuid::WithoutBraces);
        const QJsonObject answered = findStatement(statements, QStringLiteral("answered"), QStringLiteral(":question:q1"));
        QVERIFY(!answered.isEmpty());
        QCOMPARE(answered[QStringLiteral("actor")][QStringLiteral("account")][QStringLiteral("name")].toString(),
                 QStringLiteral("li"));
        QCOMPARE(answered[QStringLiteral("context")][QStringLiteral("registration")].toString(), registration);
        QCOMPARE(answered[QStringLiteral("object")][QStringLiteral("id")].toString(),
                 QStringLiteral("urn:servicedojo:quiz:greeting-quiz:question:q1"));
        const QJsonObject score = answered[QStringLiteral("result")][QStringLiteral("score")].toObject();
        QCOMPARE(score[QStringLiteral("raw")].toDouble(), 1.0);
        QCOMPARE(score[QStringLiteral("max")].toDouble(), 2.0);
        QCOMPARE(score[QStringLiteral("scaled")].toDouble(), 0.5);
        QCOMPARE(answered[QStringLiteral("result")][QStringLiteral("duration")].toString(), QStringLiteral("PT12.5S"));
        QCOMPARE(answered[QStringLiteral("result")][QStringLiteral("success")].toBool(), false);

        const QJsonObject completed = findStatement(statements, QStringLiteral("completed"), QStringLiteral(":quiz:greeting-quiz"));
        QCOMPARE(completed[QStringLiteral("context")][QStringLiteral("registration")].toString(), registration);
        QCOMPARE(completed[QStringLiteral("result")][QStringLiteral("duration")].toString(), QStringLiteral("PT90S"));
        QCOMPARE(completed[QStringLiteral("result")][QStringLiteral("score")][QStringLiteral("scaled")].toDouble(), 0.75);
        const QJsonObject failed = findStatement(statements, QStringLiteral("failed"), QStringLiteral(":quiz:greeting-quiz"));
        QVERIFY(!failed.isEmpty());
        QCOMPARE(failed[QStringLiteral("result")][QStringLiteral("success")].toBool(), false);
        QVERIFY(findStatement(statements, QStringLiteral("passed"), QStringLiteral(":quiz:greeting-quiz")).isEmpty());

        const QJsonObject turn = findStatement(statements, QStringLiteral("answered"), QStringLiteral(":node:start"));
        QCOMPARE(turn[QStringLiteral("context")][QStringLiteral("registration")].toString(),
                 m_run.registration.toString(QUuid::WithoutBraces));
        QCOMPARE(turn[QStringLiteral("result")][QStringLiteral("response")].toString(), QStringLiteral("您好，我先帮您查一下，好吗？"));
        QCOMPARE(turn[QStringLiteral("result")][QStringLiteral("duration")].toString(), QStringLiteral("PT8S"));
        const QJsonObject extensions = turn[QStringLiteral("result")][QStringLiteral("extensions")].toObject();
        QCOMPARE(extensions[QStringLiteral("urn:servicedojo:xapi:landmines")].toArray(),
                 QJsonArray({QStringLiteral("cold-tone"), QStringLiteral("refusal")}));
        QCOMPARE(extensions[QStringLiteral("urn:servicedojo:xapi:mood-after")].toInt(), 58);
        const QJsonObject run = findStatement(statements, QStringLiteral("completed"), QStringLiteral(":scenario:late-parcel"));
        QCOMPARE(run[QStringLiteral("result")][QStringLiteral("score")][QStringLiteral("scaled")].toDouble(), 0.77);
        QCOMPARE(run[QStringLiteral("result")][QStringLiteral("success")].toBool(), true);
        const QJsonObject lesson = findStatement(statements, QStringLiteral("completed"), QStringLiteral(":lesson:greeting"));
        QCOMPARE(lesson[QStringLiteral("result")][QStringLiteral("duration")].toString(), QStringLiteral("PT600S"));
        QVERIFY(!lesson.contains(QStringLiteral("context")));

        // Stable ids: a second export names the same statements.
        const QJsonArray again = *exporter.xapiStatements(m_manager, options);
        QCOMPARE(again, *exported);
    }

    void traineeExportsOnlyOwnRecords()
    {
        RecordExporter exporter(*m_db);
        const QJsonArray mine = *exporter.xapiStatements(m_zhao);
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.first()[QStringLiteral("actor")][QStringLiteral("account")][QStringLiteral("name")].toString(),
                 QStringLiteral("zhao"));
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(exporter.writeCsv(m_zhao, buffer).ok());
        QCOMPARE(parseCsv(bytes).size(), 2);
        const StoreResult<QJsonArray> nobody = exporter.xapiStatements(Actor{});
        QCOMPARE(nobody.error().code, StoreError::Code::PermissionDenied);
    }

    void isoDurations()
    {
        QCOMPARE(RecordExporter::isoDuration(0), QStringLiteral("PT0S"));
        QCOMPARE(RecordExporter::isoDuration(1234), QStringLiteral("PT1.23S"));
        QCOMPARE(RecordExporter::isoDuration(60000), QStringLiteral("PT60S"));
        QCOMPARE(RecordExporter::isoDuration(-5), QStringLiteral("PT0S"));
    }

    void exportCommandWritesFiles()
    {
        m_db.reset();
        const QString out = m_dir->filePath(QStringLiteral("statements.json"));
        QCOMPARE(cli::exportCommand({QStringLiteral("--format"), QStringLiteral("xapi"), QStringLiteral("--db"), dbPath(),
                                     QStringLiteral("--out"), out, QStringLiteral("--home-page"),
                                     QStringLiteral("https://lms.example.com/")}),
                 0);
        QFile json(out);
        QVERIFY(json.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json.readAll(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.array().size(), 8); // the console exports everyone's

        const QString csv = m_dir->filePath(QStringLiteral("records.csv"));
        QCOMPARE(cli::exportCommand({QStringLiteral("--format=csv"), QStringLiteral("--db"), dbPath(), QStringLiteral("--out"), csv}), 0);
        QVERIFY(QFileInfo(csv).size() > 100);

        QCOMPARE(cli::exportCommand({QStringLiteral("--help")}), 0);
        QCOMPARE(cli::exportCommand({QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--db"), dbPath()}), 2);
        QCOMPARE(cli::exportCommand({QStringLiteral("--db"), dbPath()}), 2);
        QCOMPARE(cli::exportCommand({QStringLiteral("--format=xapi"), QStringLiteral("--home-page"), QStringLiteral("ftp://x"),
                                     QStringLiteral("--db"), dbPath()}),
                 2);
        QCOMPARE(cli::exportCommand({QStringLiteral("--format=csv"), QStringLiteral("--bogus")}), 2);
        QCOMPARE(cli::exportCommand({QStringLiteral("--format=csv"), QStringLiteral("--db"),
                                     m_dir->filePath(QStringLiteral("missing.sqlite"))}),
                 1);
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("missing.sqlite"))));
    }

    void backupCommandCopiesAndRefusesToOverwrite()
    {
        const QString target = m_dir->filePath(QStringLiteral("backups/copy.sqlite"));
        // Online: the app's connection stays open while the copy is taken.
        QCOMPARE(cli::backupCommand({target, QStringLiteral("--db"), dbPath()}), 0);
        {
            auto copy = test::openDatabase(target);
            QCOMPARE(test::scalar(*copy, QStringLiteral("SELECT count(*) FROM quiz_answers")).toInt(), 3);
        }
        const QByteArray first = test::fileDigest(target);
        QCOMPARE(cli::backupCommand({target, QStringLiteral("--db"), dbPath()}), 1);
        QCOMPARE(test::fileDigest(target), first);
        QVERIFY(m_db->execute(QStringLiteral("DELETE FROM quiz_answers")).ok());
        QCOMPARE(cli::backupCommand({target, QStringLiteral("--db"), dbPath(), QStringLiteral("--force")}), 0);
        {
            auto copy = test::openDatabase(target);
            QCOMPARE(test::scalar(*copy, QStringLiteral("SELECT count(*) FROM quiz_answers")).toInt(), 0);
        }
        QCOMPARE(cli::backupCommand({QStringLiteral("--help")}), 0);
        QCOMPARE(cli::backupCommand({}), 2);
        QCOMPARE(cli::backupCommand({QStringLiteral("a"), QStringLiteral("b")}), 2);
        QCOMPARE(cli::backupCommand({m_dir->filePath(QStringLiteral("x.sqlite")), QStringLiteral("--db"),
                                     m_dir->filePath(QStringLiteral("missing.sqlite"))}),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
