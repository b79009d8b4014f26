// The large benchmark course: a deterministic course of any size (by default 1,000 lessons, 10,000
// questions, 500 scenarios) in zh-CN and en, valid by docs/content-format.md with no error and no warning.
// Text is made from phrase pools: Chinese sentences with English product terms, order numbers and
// codes mixed in (as real shop chat is), headings, lists, tables and SAY/NEVER/TIP callouts.
// The same seed gives byte-identical files; zh-CN and en have the same ids and question types.
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace dojo::bench {

struct CourseSize {
    int modules = 50;
    int lessonsPerModule = 20;
    int quizzesPerModule = 10;
    int questionsPerQuiz = 20;
    int scenariosPerModule = 10;

    static CourseSize large() { return {}; }
    static CourseSize tiny() { return {2, 3, 2, 6, 2}; }
    int lessons() const { return modules * lessonsPerModule; }
    int quizzes() const { return modules * quizzesPerModule; }
    int questions() const { return quizzes() * questionsPerQuiz; }
    int scenarios() const { return modules * scenariosPerModule; }
};

// What the history generator needs to know about the course to write believable records.
struct GeneratedQuestion {
    QString id;
    QString type; // single | multiple | truefalse | fill | ordering | matching
};
struct GeneratedQuiz {
    QString id;
    QList<GeneratedQuestion> questions;
    QByteArray contentHash; // SHA-256 hex of the zh-CN file, as the loader computes it
};
struct GeneratedScenario {
    QString id;
    QStringList pathNodes; // the node ids of the best path, in order
    QByteArray contentHash;
};
struct GeneratedLesson {
    QString id;
    QByteArray contentHash;
};

class CourseGenerator {
public:
    CourseGenerator(std::uint64_t seed, CourseSize size);

    // Every file of one locale ("zh-CN" or "en"), by path relative to the locale folder.
    QMap<QString, QByteArray> files(const QString &locale) const;
    // Writes content/<locale>/… for each locale under contentRoot (created; existing files replaced).
    bool write(const QString &contentRoot, const QStringList &locales, QString *error) const;

    QList<GeneratedLesson> lessons() const;   // zh-CN hashes
    QList<GeneratedQuiz> quizzes() const;     // zh-CN hashes
    QList<GeneratedScenario> scenarios() const;
    CourseSize size() const { return m_size; }

    static QString lessonId(int index);   // 0-based over the whole course
    static QString quizId(int index);
    static QString questionId(int quiz, int question);
    static QString scenarioId(int index);
    static QString questionType(int question); // by position in its quiz

    // The Markdown bodies (front matter included) of every zh-CN lesson, for rendering benchmarks.
    QList<QByteArray> lessonFiles(const QString &locale) const;

private:
    QByteArray lessonFile(int index, bool en) const;
    QByteArray quizFile(int index, bool en) const;
    QByteArray scenarioFile(int index, bool en) const;
    QByteArray phrasebookFile(int situation, bool en) const;
    QByteArray manifest(bool en) const;

    std::uint64_t m_seed;
    CourseSize m_size;
};

} // namespace dojo::bench
