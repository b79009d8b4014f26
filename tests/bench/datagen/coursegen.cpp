#include "coursegen.h"

#include "markdown/anchors.h"
#include "rng.h"
#include "textpools.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace dojo::bench {

namespace {
const QStringList kSituations = {QStringLiteral("greeting"),   QStringLiteral("waiting"),
                                 QStringLiteral("apology"),    QStringLiteral("refund"),
                                 QStringLiteral("exchange"),   QStringLiteral("cod"),
                                 QStringLiteral("bargaining"), QStringLiteral("negative-review"),
                                 QStringLiteral("closing"),    QStringLiteral("phone"),
                                 QStringLiteral("complaint"),  QStringLiteral("shipping")};
const QStringList kLandmines = {QStringLiteral("arguing"), QStringLiteral("cold-tone"), QStringLiteral("interrogation"),
                                QStringLiteral("pushing"), QStringLiteral("wrong-promise")};
const QStringList kChannels = {QStringLiteral("chat"), QStringLiteral("phone"), QStringLiteral("face-to-face")};

// A YAML double-quoted scalar.
QString q(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        out += c;
    }
    out += u'"';
    return out;
}

QString moduleId(int m) { return QStringLiteral("m-%1").arg(m + 1, 2, 10, QChar(u'0')); }

// A template with an optional %1 (an order or ticket number): always one draw for the number.
QString filled(Rng &rng, const QString &tmpl, const Pools &p)
{
    const int n = rng.between(100000, 999999);
    return tmpl.contains(QStringLiteral("%1")) ? tmpl.arg(p.orderPrefix + QString::number(n)) : tmpl;
}

// One sentence: four draws (+1 for the number), the same in every locale.
QString sentence(Rng &rng, const Pools &p, bool en)
{
    const QString when = filled(rng, pick(rng, p.when), p);
    const QString action = filled(rng, pick(rng, p.action), p);
    const QString why = pick(rng, p.why);
    const bool bold = rng.chance(25);
    const QString act = bold ? QStringLiteral("**") + action + QStringLiteral("**") : action;
    if (en)
        return when + QStringLiteral(", ") + act + QStringLiteral(": ") + why + QStringLiteral(".");
    return when + QStringLiteral("，") + act + QStringLiteral("，因为") + why + QStringLiteral("。");
}

QString paragraph(Rng &rng, const Pools &p, bool en)
{
    const int n = rng.between(3, 5);
    QStringList s;
    for (int i = 0; i < n; ++i)
        s += sentence(rng, p, en);
    return s.join(en ? QStringLiteral(" ") : QString());
}

// count distinct entries of pool, starting at a drawn index (one draw).
QStringList distinct(Rng &rng, const QStringList &pool, int count)
{
    const int start = rng.below(int(pool.size()));
    QStringList out;
    for (int i = 0; i < count; ++i)
        out += pool.at((start + i) % pool.size());
    return out;
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QString lessonTitle(Rng &rng, const Pools &p, bool en, int index)
{
    const QString topic = pick(rng, p.topic);
    return en ? QStringLiteral("%1, part %2").arg(topic).arg(index + 1)
              : QStringLiteral("%1（第 %2 讲）").arg(topic).arg(index + 1);
}
} // namespace

CourseGenerator::CourseGenerator(std::uint64_t seed, CourseSize size) : m_seed(seed), m_size(size) {}

QString CourseGenerator::lessonId(int index) { return QStringLiteral("l-%1").arg(index + 1, 4, 10, QChar(u'0')); }
QString CourseGenerator::quizId(int index) { return QStringLiteral("q-%1").arg(index + 1, 3, 10, QChar(u'0')); }
QString CourseGenerator::questionId(int quiz, int question)
{
    return quizId(quiz) + QStringLiteral("-%1").arg(question + 1, 2, 10, QChar(u'0'));
}
QString CourseGenerator::scenarioId(int index) { return QStringLiteral("s-%1").arg(index + 1, 3, 10, QChar(u'0')); }
QString CourseGenerator::questionType(int question)
{
    static const QStringList types = {QStringLiteral("single"), QStringLiteral("multiple"), QStringLiteral("truefalse"),
                                      QStringLiteral("fill"),   QStringLiteral("ordering"), QStringLiteral("matching")};
    return types.at(question % types.size());
}

QByteArray CourseGenerator::lessonFile(int index, bool en) const
{
    const Pools &p = Pools::forLocale(en);
    const QString id = lessonId(index);
    Rng rng(m_seed, QStringLiteral("lesson:") + id);
    const QString title = lessonTitle(rng, p, en, index);
    QString s;
    s += QStringLiteral("---\nid: ") + id + QStringLiteral("\ntitle: ") + q(title);
    s += QStringLiteral("\nmodule: ") + moduleId(index / m_size.lessonsPerModule);
    s += QStringLiteral("\nsummary: ") + q(sentence(rng, p, en));
    s += QStringLiteral("\nminutes: ") + QString::number(rng.between(3, 20));
    const QStringList tags = distinct(rng, p.tag, 3);
    s += QStringLiteral("\ntags: [") + q(tags[0]) + QStringLiteral(", ") + q(tags[1]) + QStringLiteral(", ") + q(tags[2]) +
         u']';
    if (index % 10 == 0) {
        s += QStringLiteral("\nphrases:");
        for (int k = 1; k <= 2; ++k) {
            s += QStringLiteral("\n  - id: ph-%1-%2").arg(id).arg(k);
            s += QStringLiteral("\n    situation: ") + kSituations.at((index / 10 + k) % kSituations.size());
            s += QStringLiteral("\n    text: ") + q(filled(rng, pick(rng, p.say), p));
            s += QStringLiteral("\n    never: ") + q(pick(rng, p.never));
            s += QStringLiteral("\n    tags: [") + q(pick(rng, p.tag)) + u']';
        }
    }
    s += QStringLiteral("\n---\n# ") + title + QStringLiteral("\n\n") + paragraph(rng, p, en) + QStringLiteral("\n");

    const int sections = rng.between(4, 6);
    const QStringList headings = distinct(rng, p.heading, sections);
    for (int k = 0; k < sections; ++k) {
        s += QStringLiteral("\n## ") + headings[k] + QStringLiteral("\n\n") + paragraph(rng, p, en) + QStringLiteral("\n");
        switch (k % 4) {
        case 0: {
            s += QStringLiteral("\n") + paragraph(rng, p, en) + QStringLiteral("\n\n");
            for (const QString &item : distinct(rng, p.listItem, rng.between(3, 5)))
                s += QStringLiteral("- ") + item + u'\n';
            s += QStringLiteral("\n> [!SAY]\n> ") + filled(rng, pick(rng, p.say), p) + u'\n';
            break;
        }
        case 1: {
            s += en ? QStringLiteral("\n| Situation | What to do | Why |\n|---|---|---|\n")
                    : QStringLiteral("\n| 情形 | 做法 | 原因 |\n|---|---|---|\n");
            const int rows = rng.between(3, 5);
            for (int r = 0; r < rows; ++r)
                s += QStringLiteral("| ") + filled(rng, pick(rng, p.when), p) + QStringLiteral(" | ") +
                     filled(rng, pick(rng, p.action), p) + QStringLiteral(" | ") + pick(rng, p.why) + QStringLiteral(" |\n");
            s += QStringLiteral("\n> [!NEVER]\n> ") + pick(rng, p.never) + u'\n';
            break;
        }
        case 2: {
            s += u'\n';
            int n = 1;
            for (const QString &item : distinct(rng, p.step, rng.between(3, 6)))
                s += QString::number(n++) + QStringLiteral(". ") + item + u'\n';
            s += QStringLiteral("\n> [!TIP]\n> ") + pick(rng, p.tip) + u'\n';
            s += QStringLiteral("\n### ") + (en ? QStringLiteral("Example %1").arg(k + 1) : QStringLiteral("例子 %1").arg(k + 1)) +
                 QStringLiteral("\n\n") + paragraph(rng, p, en) + u'\n';
            break;
        }
        default:
            s += QStringLiteral("\n") + paragraph(rng, p, en) + QStringLiteral("\n");
            s += QStringLiteral("\n> [!SAY]\n> ") + filled(rng, pick(rng, p.say), p) + u'\n';
            s += QStringLiteral("\n> [!NEVER]\n> ") + pick(rng, p.never) + u'\n';
            break;
        }
    }
    return s.toUtf8();
}

namespace {
// The anchors a lesson's headings get (what `see: lesson#anchor` may name).
QStringList anchorsOf(const QByteArray &lessonFile)
{
    const qsizetype end = lessonFile.indexOf("\n---\n");
    return headingAnchors(QString::fromUtf8(lessonFile.mid(end + 5)));
}
} // namespace

QByteArray CourseGenerator::quizFile(int index, bool en) const
{
    const Pools &p = Pools::forLocale(en);
    const QString id = quizId(index);
    const int module = index / m_size.quizzesPerModule;
    const int firstLesson = module * m_size.lessonsPerModule;
    Rng rng(m_seed, QStringLiteral("quiz:") + id);
    QString s;
    s += QStringLiteral("id: ") + id + QStringLiteral("\ntitle: ") +
         q(en ? QStringLiteral("%1 check %2").arg(pick(rng, p.topic)).arg(index + 1)
              : QStringLiteral("%1小测 %2").arg(pick(rng, p.topic)).arg(index + 1));
    s += QStringLiteral("\nmodule: ") + moduleId(module);
    s += QStringLiteral("\nlesson: ") + lessonId(firstLesson + index % m_size.lessonsPerModule);
    s += QStringLiteral("\npass_mark: 80\nshuffle: true\ntime_limit: 900\nquestions:");
    QHash<int, QStringList> anchors;
    for (int j = 0; j < m_size.questionsPerQuiz; ++j) {
        const QString type = questionType(j);
        s += QStringLiteral("\n  - id: ") + questionId(index, j) + QStringLiteral("\n    type: ") + type;
        const QString situation = filled(rng, pick(rng, p.when), p);
        if (type == u"single" || type == u"multiple") {
            s += QStringLiteral("\n    prompt: ") +
                 q(en ? situation + (type == u"single" ? QStringLiteral(", what is the best reply?")
                                                        : QStringLiteral(", which of these help? Pick every one."))
                      : situation + (type == u"single" ? QStringLiteral("，哪种做法最合适？")
                                                        : QStringLiteral("，下面哪些做法是对的？（多选）")));
            const QStringList options = distinct(rng, p.option, 4);
            const int correct = rng.below(4);
            const int second = rng.below(4);
            s += QStringLiteral("\n    options:");
            for (int o = 0; o < 4; ++o) {
                s += QStringLiteral("\n      - text: ") + q(options[o]);
                if (o == correct || (type == u"multiple" && o == second))
                    s += QStringLiteral("\n        correct: true");
                s += QStringLiteral("\n        feedback: ") + q(pick(rng, p.feedback));
            }
        } else if (type == u"truefalse") {
            s += QStringLiteral("\n    prompt: ") + q(sentence(rng, p, en));
            s += rng.chance(50) ? QStringLiteral("\n    answer: true") : QStringLiteral("\n    answer: false");
        } else if (type == u"fill") {
            s += QStringLiteral("\n    prompt: ") +
                 q(en ? situation + QStringLiteral(", have the ____ ready.") : situation + QStringLiteral("，要先准备好____。"));
            const QStringList answers = distinct(rng, p.fillWord, 2);
            s += QStringLiteral("\n    answers: [") + q(answers[0]) + QStringLiteral(", ") + q(answers[1]) + u']';
        } else if (type == u"ordering") {
            s += QStringLiteral("\n    prompt: ") +
                 q(en ? situation + QStringLiteral(", put the steps in order.") : situation + QStringLiteral("，把处理步骤排成正确的顺序。"));
            s += QStringLiteral("\n    items:");
            for (const QString &item : distinct(rng, p.step, rng.between(3, 5)))
                s += QStringLiteral("\n      - ") + q(item);
        } else {
            s += QStringLiteral("\n    prompt: ") +
                 q(en ? QStringLiteral("Match each situation with what to do.") : QStringLiteral("把每种情形与合适的做法连起来。"));
            const int start = rng.below(int(p.matchLeft.size()));
            s += QStringLiteral("\n    pairs:");
            for (int k = 0; k < 3; ++k) {
                const int i = (start + k) % int(p.matchLeft.size());
                s += QStringLiteral("\n      - left: ") + q(p.matchLeft[i]) + QStringLiteral("\n        right: ") +
                     q(p.matchRight[i]);
            }
        }
        s += QStringLiteral("\n    explanation: ") + q(sentence(rng, p, en));
        const int lesson = firstLesson + j % m_size.lessonsPerModule;
        auto it = anchors.find(lesson);
        if (it == anchors.end())
            it = anchors.insert(lesson, anchorsOf(lessonFile(lesson, en)));
        s += QStringLiteral("\n    see: ") + lessonId(lesson) + u'#' + it->at(rng.below(int(it->size())));
        s += u'\n';
    }
    return s.toUtf8();
}

QByteArray CourseGenerator::scenarioFile(int index, bool en) const
{
    const Pools &p = Pools::forLocale(en);
    const QString id = scenarioId(index);
    Rng rng(m_seed, QStringLiteral("scenario:") + id);
    QString s;
    s += QStringLiteral("id: ") + id + QStringLiteral("\ntitle: ") + q(pick(rng, p.topic) + u' ' + QString::number(index + 1));
    s += QStringLiteral("\nmodule: ") + moduleId(index / m_size.scenariosPerModule);
    s += QStringLiteral("\nchannel: ") + kChannels.at(rng.below(3));
    s += QStringLiteral("\npersona:\n  name: ") + q(pick(rng, p.persona)) + QStringLiteral("\n  situation: ") +
         q(pick(rng, p.situation)) + QStringLiteral("\n  mood: ") + QString::number(rng.between(25, 50));
    s += QStringLiteral("\nmood_floor:\n  value: 5\n  ending: lost\ntarget_reply_seconds: 40\nstart: open\nnodes:");
    auto node = [&](const QString &nodeId) {
        s += QStringLiteral("\n  - id: ") + nodeId + QStringLiteral("\n    customer: ") + q(filled(rng, pick(rng, p.customer), p));
        s += QStringLiteral("\n    note: ") + q(sentence(rng, p, en));
    };
    // good / middling / bad options: (next, mood, scores, landmine)
    auto option = [&](const QString &next, int mood, const QString &scores, const QString &landmine) {
        s += QStringLiteral("\n      - text: ") + q(filled(rng, pick(rng, p.say), p));
        s += QStringLiteral("\n        next: ") + next;
        s += QStringLiteral("\n        mood: ") + (mood >= 0 ? QStringLiteral("+") : QString()) + QString::number(mood);
        s += QStringLiteral("\n        scores: ") + scores;
        if (!landmine.isEmpty())
            s += QStringLiteral("\n        landmine: ") + landmine;
        s += QStringLiteral("\n        feedback: ") + q(pick(rng, p.feedback));
    };
    const QString mine = kLandmines.at(rng.below(int(kLandmines.size())));
    node(QStringLiteral("open"));
    s += QStringLiteral("\n    options:");
    option(QStringLiteral("ask"), 10, QStringLiteral("{attitude: 2, empathy: 1}"), {});
    option(QStringLiteral("ask"), -5, QStringLiteral("{attitude: -1}"), {});
    option(QStringLiteral("ask"), -15, QStringLiteral("{compliance: -4}"), QStringLiteral("interrogation"));
    node(QStringLiteral("ask"));
    s += QStringLiteral("\n    options:");
    option(QStringLiteral("reply"), 12, QStringLiteral("{knowledge: 3, resolution: 2}"), {});
    option(QStringLiteral("upset"), -20, QStringLiteral("{empathy: -3, compliance: -5}"), mine);
    option(QStringLiteral("upset"), -10, QStringLiteral("{knowledge: -2}"), {});
    node(QStringLiteral("upset"));
    s += QStringLiteral("\n    options:");
    option(QStringLiteral("reply"), 10, QStringLiteral("{attitude: 2, empathy: 2}"), {});
    option(QStringLiteral("lost"), -25, QStringLiteral("{attitude: -3, compliance: -5}"), QStringLiteral("cold-tone"));
    node(QStringLiteral("reply"));
    s += QStringLiteral("\n    free_reply:\n      prompt: ") +
         q(en ? QStringLiteral("In your own words: apologise, offer a fix, say when.")
              : QStringLiteral("用自己的话回复：道歉、给出方案、说明时间。"));
    s += QStringLiteral("\n      required:\n        - id: apology\n          label: ") + q(en ? QStringLiteral("Apology") : QStringLiteral("道歉"));
    s += QStringLiteral("\n          phrases: ") +
         (en ? QStringLiteral("[sorry, apologise, apologize]") : QStringLiteral("[抱歉, 对不起, 不好意思]"));
    s += QStringLiteral("\n          scores: {attitude: 2}");
    s += QStringLiteral("\n        - id: plan\n          label: ") + q(en ? QStringLiteral("A fix") : QStringLiteral("给出方案"));
    s += QStringLiteral("\n          phrases: ") + (en ? QStringLiteral("[resend, exchange, refund]") : QStringLiteral("[补发, 换货, 退款]"));
    s += QStringLiteral("\n          patterns: ") + (en ? QStringLiteral("['express|today']") : QStringLiteral("['加急|顺丰|SF']"));
    s += QStringLiteral("\n          scores: {resolution: 3}");
    s += QStringLiteral("\n      forbidden:\n        - phrases: ") +
         (en ? QStringLiteral("[impossible, \"not my problem\"]") : QStringLiteral("[不可能, 没办法]"));
    s += QStringLiteral("\n          landmine: cold-tone\n          feedback: ") + q(pick(rng, p.feedback));
    s += QStringLiteral("\n      min_length: 5\n      max_length: 300\n      pass: 1\n      next: close\n      fail_next: escalated"
                        "\n      mood_pass: 15\n      mood_fail: -10");
    node(QStringLiteral("close"));
    s += QStringLiteral("\n    options:");
    option(QStringLiteral("solved"), 15, QStringLiteral("{resolution: 2, speed: 1}"), {});
    option(QStringLiteral("escalated"), -5, QStringLiteral("{resolution: -1}"), {});
    option(QStringLiteral("escalated"), -20, QStringLiteral("{compliance: -5}"), QStringLiteral("wrong-promise"));
    s += QStringLiteral("\nendings:");
    const struct {
        const char *id, *outcome;
    } endings[] = {{"solved", "resolved"}, {"escalated", "escalated"}, {"lost", "lost"}};
    for (const auto &e : endings) {
        s += QStringLiteral("\n  - id: ") + QLatin1String(e.id) + QStringLiteral("\n    outcome: ") + QLatin1String(e.outcome);
        s += QStringLiteral("\n    title: ") + q(pick(rng, p.heading));
        s += QStringLiteral("\n    debrief: ") + q(paragraph(rng, p, en));
    }
    s += u'\n';
    return s.toUtf8();
}

QByteArray CourseGenerator::phrasebookFile(int situation, bool en) const
{
    const Pools &p = Pools::forLocale(en);
    const QString name = kSituations.at(situation);
    Rng rng(m_seed, QStringLiteral("phrasebook:") + name);
    QString s = QStringLiteral("situation: ") + name + QStringLiteral("\ntitle: ") + q(pick(rng, p.heading)) +
                QStringLiteral("\nentries:");
    for (int k = 0; k < 10; ++k) {
        s += QStringLiteral("\n  - id: pb-%1-%2").arg(name).arg(k + 1, 2, 10, QChar(u'0'));
        s += QStringLiteral("\n    text: ") + q(filled(rng, pick(rng, p.say), p));
        s += QStringLiteral("\n    never: ") + q(pick(rng, p.never));
        s += QStringLiteral("\n    note: ") + q(pick(rng, p.why));
        s += QStringLiteral("\n    tags: [") + q(pick(rng, p.tag)) + u']';
    }
    s += u'\n';
    return s.toUtf8();
}

QByteArray CourseGenerator::manifest(bool en) const
{
    const Pools &p = Pools::forLocale(en);
    Rng rng(m_seed, QStringLiteral("manifest"));
    QString s = QStringLiteral("id: bench-course\ntitle: ") +
                q(en ? QStringLiteral("Benchmark course") : QStringLiteral("性能测试课程")) +
                QStringLiteral("\nlocale: ") + (en ? QStringLiteral("en") : QStringLiteral("zh-CN")) +
                QStringLiteral("\nversion: 1\nrubric:");
    const char *rubric[][3] = {{"attitude", "态度", "Attitude"},    {"empathy", "同理心", "Empathy"},
                               {"knowledge", "专业", "Knowledge"},  {"speed", "效率", "Speed"},
                               {"resolution", "解决", "Resolution"}, {"compliance", "合规", "No landmines"}};
    for (const auto &r : rubric)
        s += QStringLiteral("\n  - id: ") + QLatin1String(r[0]) + QStringLiteral("\n    name: ") +
             q(QString::fromUtf8(en ? r[2] : r[1]));
    const char *mines[][3] = {{"arguing", "与顾客争辩", "Arguing with the customer"},
                              {"cold-tone", "冷漠语气", "Cold tone"},
                              {"interrogation", "质问顾客", "Interrogating the customer"},
                              {"pushing", "一味推销", "One-sided pushing"},
                              {"wrong-promise", "乱许诺", "Promises you cannot keep"}};
    s += QStringLiteral("\nlandmines:");
    for (const auto &m : mines)
        s += QStringLiteral("\n  - id: ") + QLatin1String(m[0]) + QStringLiteral("\n    name: ") +
             q(QString::fromUtf8(en ? m[2] : m[1]));
    s += QStringLiteral("\nmodules:");
    for (int m = 0; m < m_size.modules; ++m) {
        s += QStringLiteral("\n  - id: ") + moduleId(m) + QStringLiteral("\n    title: ") +
             q(pick(rng, p.moduleName) + u' ' + QString::number(m + 1));
        s += QStringLiteral("\n    summary: ") + q(sentence(rng, p, en));
        if (m > 0)
            s += QStringLiteral("\n    requires: [") + moduleId(m - 1) + u']';
        s += QStringLiteral("\n    items:");
        // Lessons with a quiz after every second one, scenarios after the quizzes.
        int quiz = 0;
        for (int l = 0; l < m_size.lessonsPerModule; ++l) {
            s += QStringLiteral("\n      - lesson: ") + lessonId(m * m_size.lessonsPerModule + l);
            if (l % 2 == 1 && quiz < m_size.quizzesPerModule)
                s += QStringLiteral("\n      - quiz: ") + quizId(m * m_size.quizzesPerModule + quiz++);
        }
        while (quiz < m_size.quizzesPerModule)
            s += QStringLiteral("\n      - quiz: ") + quizId(m * m_size.quizzesPerModule + quiz++);
        for (int k = 0; k < m_size.scenariosPerModule; ++k)
            s += QStringLiteral("\n      - scenario: ") + scenarioId(m * m_size.scenariosPerModule + k);
    }
    s += u'\n';
    return s.toUtf8();
}

QMap<QString, QByteArray> CourseGenerator::files(const QString &locale) const
{
    const bool en = locale == u"en";
    QMap<QString, QByteArray> out;
    out.insert(QStringLiteral("course.yaml"), manifest(en));
    for (int i = 0; i < m_size.lessons(); ++i)
        out.insert(QStringLiteral("lessons/") + lessonId(i) + QStringLiteral(".md"), lessonFile(i, en));
    for (int i = 0; i < m_size.quizzes(); ++i)
        out.insert(QStringLiteral("quizzes/") + quizId(i) + QStringLiteral(".yaml"), quizFile(i, en));
    for (int i = 0; i < m_size.scenarios(); ++i)
        out.insert(QStringLiteral("scenarios/") + scenarioId(i) + QStringLiteral(".yaml"), scenarioFile(i, en));
    for (int i = 0; i < kSituations.size(); ++i)
        out.insert(QStringLiteral("phrasebook/") + kSituations.at(i) + QStringLiteral(".yaml"), phrasebookFile(i, en));
    return out;
}

bool CourseGenerator::write(const QString &contentRoot, const QStringList &locales, QString *error) const
{
    for (const QString &locale : locales) {
        const QDir dir(contentRoot + u'/' + locale);
        const QMap<QString, QByteArray> all = files(locale);
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            const QString path = dir.filePath(it.key());
            if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
                *error = QStringLiteral("cannot create the folder of %1").arg(path);
                return false;
            }
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(*it) != it->size() || !file.commit()) {
                *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
                return false;
            }
        }
    }
    return true;
}

QList<QByteArray> CourseGenerator::lessonFiles(const QString &locale) const
{
    QList<QByteArray> out;
    for (int i = 0; i < m_size.lessons(); ++i)
        out += lessonFile(i, locale == u"en");
    return out;
}

QList<GeneratedLesson> CourseGenerator::lessons() const
{
    QList<GeneratedLesson> out;
    for (int i = 0; i < m_size.lessons(); ++i)
        out += GeneratedLesson{lessonId(i), sha256Hex(lessonFile(i, false))};
    return out;
}

QList<GeneratedQuiz> CourseGenerator::quizzes() const
{
    QList<GeneratedQuiz> out;
    for (int i = 0; i < m_size.quizzes(); ++i) {
        GeneratedQuiz quiz{quizId(i), {}, sha256Hex(quizFile(i, false))};
        for (int j = 0; j < m_size.questionsPerQuiz; ++j)
            quiz.questions += GeneratedQuestion{questionId(i, j), questionType(j)};
        out += quiz;
    }
    return out;
}

QList<GeneratedScenario> CourseGenerator::scenarios() const
{
    QList<GeneratedScenario> out;
    const QStringList path = {QStringLiteral("open"), QStringLiteral("ask"), QStringLiteral("upset"), QStringLiteral("reply"),
                              QStringLiteral("close")};
    for (int i = 0; i < m_size.scenarios(); ++i)
        out += GeneratedScenario{scenarioId(i), path, sha256Hex(scenarioFile(i, false))};
    return out;
}

} // namespace dojo::bench
