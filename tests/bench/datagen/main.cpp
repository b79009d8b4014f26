// dojo_datagen: writes the benchmark course and/or history.
//   dojo_datagen [--course DIR] [--history FILE] [--seed N] [--size large|tiny] [--locales zh-CN,en]
// The same seed and size give the same files and rows.
#include "coursegen.h"
#include "historygen.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace dojo::bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes the deterministic benchmark course and history."));
    parser.addHelpOption();
    const QCommandLineOption courseOpt(QStringLiteral("course"), QStringLiteral("Write the course into DIR (content root)."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption historyOpt(QStringLiteral("history"), QStringLiteral("Write the history database FILE."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("Random seed (default 7)."), QStringLiteral("N"),
                                     QStringLiteral("7"));
    const QCommandLineOption sizeOpt(QStringLiteral("size"), QStringLiteral("large (default) or tiny."), QStringLiteral("SIZE"),
                                     QStringLiteral("large"));
    const QCommandLineOption localesOpt(QStringLiteral("locales"), QStringLiteral("Course locales (default zh-CN,en)."),
                                        QStringLiteral("LIST"), QStringLiteral("zh-CN,en"));
    parser.addOptions({courseOpt, historyOpt, seedOpt, sizeOpt, localesOpt});
    parser.process(app);
    QTextStream out(stdout), err(stderr);

    bool seedOk = false;
    const quint64 seed = parser.value(seedOpt).toULongLong(&seedOk);
    const QString sizeName = parser.value(sizeOpt);
    if (!seedOk || (sizeName != u"large" && sizeName != u"tiny") || (!parser.isSet(courseOpt) && !parser.isSet(historyOpt))) {
        err << "dojo_datagen: give --course DIR and/or --history FILE; --seed is a number; --size is large or tiny\n";
        return 2;
    }
    const bool tiny = sizeName == u"tiny";
    const CourseGenerator course(seed, tiny ? CourseSize::tiny() : CourseSize::large());
    QElapsedTimer timer;
    QString error;
    if (parser.isSet(courseOpt)) {
        timer.start();
        const QStringList locales = parser.value(localesOpt).split(u',', Qt::SkipEmptyParts);
        if (!course.write(parser.value(courseOpt), locales, &error)) {
            err << "dojo_datagen: " << error << '\n';
            return 1;
        }
        out << "course: " << course.size().lessons() << " lessons, " << course.size().questions() << " questions, "
            << course.size().scenarios() << " scenarios in " << locales.join(u',') << " (" << timer.elapsed() << " ms)\n";
    }
    if (parser.isSet(historyOpt)) {
        timer.start();
        HistoryCounts n;
        if (!generateHistory(parser.value(historyOpt), seed, course, tiny ? HistorySize::tiny() : HistorySize::large(), &n,
                             &error)) {
            err << "dojo_datagen: " << error << '\n';
            return 1;
        }
        out << "history: " << n.users << " users, " << n.attempts << " attempts, " << n.answers << " answers, " << n.runs
            << " runs, " << n.turns << " turns, " << n.progress << " lessons opened, " << n.completions
            << " completions, " << n.cards << " review cards (" << timer.elapsed() << " ms)\n";
    }
    return 0;
}
