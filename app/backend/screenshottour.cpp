#include "screenshottour.h"

#include "appcomposition.h"
#include "appsession.h"
#include "appsettings.h"
#include "coursecatalog.h"
#include "scoring/scenariorun.h"

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QLoggingCategory>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTextStream>

Q_LOGGING_CATEGORY(lcTour, "dojo.screenshots")

namespace {
constexpr int kStepTimeoutMs = 30000;
constexpr int kPollMs = 50;
} // namespace

ScreenshotTour::ScreenshotTour(AppComposition *app, const QString &outputDir, QObject *parent)
    : QObject(parent), m_app(app), m_dir(QDir(outputDir).absolutePath())
{
    m_poll.setInterval(kPollMs);
    connect(m_app->catalog(), &CourseCatalog::lessonPageFinished, this,
            [this](const QString &id, bool ok, const QString &) {
                if (ok)
                    m_lastLessonLoaded = id;
            });
}

namespace {
// The visual tree: Loader items, delegates and popups are not always QObject children of their view.
void collect(QQuickItem *item, const QString &name, QList<QQuickItem *> *out)
{
    if (item->objectName() == name)
        out->append(item);
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        collect(child, name, out);
}

bool shown(QQuickItem *item)
{
    for (QQuickItem *i = item; i; i = i->parentItem()) {
        if (!i->isVisible() || i->opacity() <= 0.0)
            return false;
    }
    return true;
}
} // namespace

QQuickItem *ScreenshotTour::item(const QString &objectName) const
{
    QQuickWindow *window = m_app->window();
    if (!window)
        return nullptr;
    QList<QQuickItem *> all;
    collect(window->contentItem(), objectName, &all);
    // The one on screen wins: a StackView or a Loader may keep hidden pages with the same names.
    for (QQuickItem *candidate : all) {
        if (shown(candidate))
            return candidate;
    }
    return all.isEmpty() ? nullptr : all.first();
}

QObject *ScreenshotTour::controllerOf(const QString &objectName) const
{
    QObject *page = item(objectName);
    if (!page && m_app->window()) // a Popup is not an item
        page = m_app->window()->findChild<QObject *>(objectName);
    return page ? page->property("controller").value<QObject *>() : nullptr;
}

bool ScreenshotTour::visible(const QString &objectName) const
{
    QQuickItem *found = item(objectName);
    return found && shown(found) && found->width() > 0 && found->height() > 0;
}

void ScreenshotTour::click(const QString &objectName) const
{
    if (QQuickItem *found = item(objectName))
        QMetaObject::invokeMethod(found, "clicked");
    else
        qCWarning(lcTour) << "nothing named" << objectName << "to click";
}

namespace {
QVariant prop(QObject *o, const char *name) { return o ? o->property(name) : QVariant(); }

// One step of a role-play the way the best run would take it (free replies: every required element).
void playBestMove(QObject *ctrl, const dojo::Course *course, const QString &scenarioId, bool slip = false)
{
    if (!ctrl || !course)
        return;
    if (prop(ctrl, "customerTyping").toBool())
        QMetaObject::invokeMethod(ctrl, "skipTyping");
    const dojo::Scenario *scenario = course->scenario(scenarioId);
    const dojo::ScenarioNode *node = scenario ? scenario->node(prop(ctrl, "currentNodeId").toString()) : nullptr;
    if (!node)
        return;
    if (prop(ctrl, "freeReplyActive").toBool() && node->freeReply) {
        QStringList parts;
        for (const dojo::ReplyElement &e : node->freeReply->required)
            parts.append(e.phrases.value(0));
        // Written as a trainee would: a friendly opening and close around the required points (the
        // bare list of key phrases is shorter than most minimum lengths and reads as curt).
        const bool zh = course->locale.startsWith(QLatin1String("zh"));
        const QString reply = zh ? QStringLiteral("亲，%1，有问题随时找我～").arg(parts.join(QStringLiteral("，")))
                                 : QStringLiteral("Hi there, %1. Let me know if there's anything else!")
                                       .arg(parts.join(QStringLiteral(", ")));
        QMetaObject::invokeMethod(ctrl, "sendFreeReply", Q_ARG(QString, reply));
        return;
    }
    const dojo::ScenarioPath best = dojo::ScenarioRun::findBestPath(*scenario, node->id, prop(ctrl, "mood").toInt());
    int option = qMax(0, best.steps.value(0).optionIndex);
    if (slip) { // the first option that steps on a landmine, to show the alert
        for (int i = 0; i < node->options.size(); ++i) {
            if (!node->options[i].landmine.isEmpty()) {
                option = i;
                break;
            }
        }
    }
    QMetaObject::invokeMethod(ctrl, "choose", Q_ARG(int, option));
}

QString scenarioOf(const dojo::Course *course, dojo::Channel channel, bool withLandmine = false)
{
    if (!course)
        return {};
    for (const dojo::Scenario &s : course->scenarios) {
        if (s.channel != channel)
            continue;
        if (!withLandmine)
            return s.id;
        const dojo::ScenarioNode *start = s.node(s.start);
        if (start) {
            for (const dojo::ScenarioOption &o : start->options) {
                if (!o.landmine.isEmpty())
                    return s.id;
            }
        }
    }
    return withLandmine ? scenarioOf(course, channel) : QString();
}
} // namespace

void ScreenshotTour::buildSteps()
{
    CourseCatalog *catalog = m_app->catalog();
    AppSession *session = m_app->session();
    const auto course = [catalog] { return catalog->course(); };
    const auto firstLesson = [course] { return course() && !course()->lessons.isEmpty() ? course()->lessons.first().id : QString(); };
    const auto firstQuiz = [course] { return course() && !course()->quizzes.isEmpty() ? course()->quizzes.first().id : QString(); };
    const auto quiz = [this] { return controllerOf(QStringLiteral("quizPage")); };
    const auto roleplay = [this] { return controllerOf(QStringLiteral("scenarioPage")); };
    const auto quizState = [quiz] { return prop(quiz(), "state").toString(); };
    const auto chatId = [course] { return scenarioOf(course(), dojo::Channel::Chat, true); };

    m_steps.clear();
    m_steps.append({QStringLiteral("sign-in"), [session] { session->signOut(); },
                    [this] { return visible(QStringLiteral("signInPage")); }});
    m_steps.append({QStringLiteral("home"),
                    [this, session] {
                        if (m_demoTrainee)
                            session->setSignedInUser(*m_demoTrainee);
                        click(QStringLiteral("navLearn"));
                        if (QQuickItem *learn = item(QStringLiteral("learnPage")))
                            QMetaObject::invokeMethod(learn, "showHome");
                    },
                    [this] { return !visible(QStringLiteral("signInPage")) && visible(QStringLiteral("homeContinue")); },
                    600});
    m_steps.append({QStringLiteral("lesson"),
                    [this, catalog, firstLesson] {
                        m_lastLessonLoaded.clear();
                        catalog->requestLesson(firstLesson());
                    },
                    [this, firstLesson] { return m_lastLessonLoaded == firstLesson() && visible(QStringLiteral("lessonReader")); },
                    900});
    m_steps.append({QStringLiteral("practice"), [this] {
                        click(QStringLiteral("navPractice"));
                        if (QQuickItem *practice = item(QStringLiteral("practicePage")))
                            QMetaObject::invokeMethod(practice, "showList");
                    },
                    [this] { return visible(QStringLiteral("practiceList")); }});
    m_steps.append({QStringLiteral("quiz-intro"), [catalog, firstQuiz] { catalog->requestQuiz(firstQuiz()); },
                    [this] { return visible(QStringLiteral("quizStartPractice")); }});
    m_steps.append({QStringLiteral("quiz-question"),
                    [quiz] { QMetaObject::invokeMethod(quiz(), "start", Q_ARG(QString, QStringLiteral("practice"))); },
                    [quizState] { return quizState() == QLatin1String("question"); }});
    m_steps.append({QStringLiteral("quiz-feedback"),
                    [quiz] {
                        QObject *c = quiz();
                        QVariant right;
                        QMetaObject::invokeMethod(c, "rightAnswer", Q_RETURN_ARG(QVariant, right),
                                                  Q_ARG(int, prop(c, "currentIndex").toInt()));
                        QMetaObject::invokeMethod(c, "submit", Q_ARG(QVariant, right));
                    },
                    [quizState] { return quizState() == QLatin1String("feedback"); }});
    m_steps.append({QStringLiteral("quiz-results"),
                    [quiz, quizState] {
                        QObject *c = quiz();
                        // Every other answer right: the results show right, wrong and their explanations.
                        for (int guard = 0; guard < 400 && c; ++guard) {
                            const QString state = quizState();
                            if (state == QLatin1String("feedback")) {
                                if (prop(c, "isLastQuestion").toBool())
                                    break;
                                QMetaObject::invokeMethod(c, "next");
                            } else if (state == QLatin1String("question")) {
                                QVariant answer;
                                const int index = prop(c, "currentIndex").toInt();
                                if (index % 3 != 2)
                                    QMetaObject::invokeMethod(c, "rightAnswer", Q_RETURN_ARG(QVariant, answer), Q_ARG(int, index));
                                else
                                    answer = QVariantMap{{QStringLiteral("selected"), QVariantList{}}, {QStringLiteral("text"), QStringLiteral("?")}};
                                if (!QMetaObject::invokeMethod(c, "submit", Q_ARG(QVariant, answer)) || quizState() == QLatin1String("question")) {
                                    QVariant right;
                                    QMetaObject::invokeMethod(c, "rightAnswer", Q_RETURN_ARG(QVariant, right), Q_ARG(int, index));
                                    QMetaObject::invokeMethod(c, "submit", Q_ARG(QVariant, right));
                                }
                            } else {
                                break;
                            }
                        }
                        if (quizState() != QLatin1String("results"))
                            QMetaObject::invokeMethod(c, "finish");
                    },
                    [this, quizState] { return quizState() == QLatin1String("results") && visible(QStringLiteral("quizResults")); }});
    m_steps.append({QStringLiteral("roleplay-intro"), [catalog, chatId] { catalog->requestScenario(chatId()); },
                    [this] { return visible(QStringLiteral("scenarioStart")); }});
    m_steps.append({QStringLiteral("roleplay-chat"),
                    [roleplay, course, chatId] {
                        QObject *c = roleplay();
                        c->setProperty("typingMs", 0);
                        QMetaObject::invokeMethod(c, "start");
                        playBestMove(c, course(), chatId());
                        playBestMove(c, course(), chatId());
                    },
                    [roleplay] { return prop(roleplay(), "awaitingReply").toBool(); }, 600});
    m_steps.append({QStringLiteral("roleplay-landmine"),
                    [roleplay, course, chatId] {
                        QObject *c = roleplay();
                        QMetaObject::invokeMethod(c, "retry");
                        QMetaObject::invokeMethod(c, "start");
                        playBestMove(c, course(), chatId(), true);
                    },
                    [this] { return visible(QStringLiteral("scenarioLandmineAlert")); }, 500});
    m_steps.append({QStringLiteral("roleplay-debrief"),
                    [roleplay, course, chatId] {
                        QObject *c = roleplay();
                        QMetaObject::invokeMethod(c, "dismissLandmineAlert");
                        QMetaObject::invokeMethod(c, "retry");
                        QMetaObject::invokeMethod(c, "start");
                        for (int i = 0; i < 30 && !prop(c, "finished").toBool(); ++i)
                            playBestMove(c, course(), chatId());
                    },
                    [this, roleplay] { return prop(roleplay(), "finished").toBool() && visible(QStringLiteral("scenarioDebrief")); }, 700});
    // A role-play of another channel: asked for through Catalog; once its page is up (the old one is
    // popped first), started and played one step.
    const auto channelStep = [this, catalog, roleplay, course](const QString &name, dojo::Channel channel, const QString &code) {
        m_steps.append({name, [catalog, course, channel] { catalog->requestScenario(scenarioOf(course(), channel)); },
                        [roleplay, course, channel, code] {
                            QObject *c = roleplay();
                            const QString id = scenarioOf(course(), channel);
                            if (!c || prop(c, "scenarioId").toString() != id)
                                return false;
                            if (!prop(c, "started").toBool()) {
                                c->setProperty("typingMs", 0);
                                QMetaObject::invokeMethod(c, "start");
                                playBestMove(c, course(), id);
                                return false;
                            }
                            return prop(c, "awaitingReply").toBool() && prop(c, "channel").toString() == code;
                        },
                        600});
    };
    channelStep(QStringLiteral("roleplay-phone"), dojo::Channel::Phone, QStringLiteral("phone"));
    channelStep(QStringLiteral("roleplay-counter"), dojo::Channel::FaceToFace, QStringLiteral("face-to-face"));
    m_steps.append({QStringLiteral("review-start"), [this] { click(QStringLiteral("navReview")); },
                    [this] { return visible(QStringLiteral("reviewPage")) && (visible(QStringLiteral("reviewStart")) || visible(QStringLiteral("reviewEmpty"))); }});
    m_steps.append({QStringLiteral("review-card"),
                    [this] { QMetaObject::invokeMethod(controllerOf(QStringLiteral("reviewPage")), "start"); },
                    [this] { return visible(QStringLiteral("reviewCard")) || visible(QStringLiteral("reviewEmpty")); }, 500});
    m_steps.append({QStringLiteral("knowledge-phrasebook"),
                    [this] {
                        click(QStringLiteral("navKnowledge"));
                        if (QQuickItem *page = item(QStringLiteral("knowledgePage")))
                            QMetaObject::invokeMethod(page, "focusSearch", Q_ARG(QVariant, QString()));
                    },
                    [this] { return visible(QStringLiteral("phrasebook")); }});
    m_steps.append({QStringLiteral("knowledge-search"),
                    [this] {
                        const bool zh = m_app->settings()->language().startsWith(QLatin1String("zh"));
                        if (QQuickItem *page = item(QStringLiteral("knowledgePage")))
                            QMetaObject::invokeMethod(page, "focusSearch",
                                                      Q_ARG(QVariant, zh ? QStringLiteral("退货") : QStringLiteral("refund")));
                    },
                    [this] { return prop(controllerOf(QStringLiteral("knowledgePage")), "resultCount").toInt() > 0; }, 500});
    m_steps.append({QStringLiteral("search-popup"),
                    [this, catalog] {
                        const bool zh = m_app->settings()->language().startsWith(QLatin1String("zh"));
                        click(QStringLiteral("navLearn"));
                        catalog->requestSearch(zh ? QStringLiteral("礼仪") : QStringLiteral("apolog"));
                    },
                    [this] { return visible(QStringLiteral("searchPopupResults")) && prop(controllerOf(QStringLiteral("searchPopup")), "resultCount").toInt() > 0; }, 500});
    m_steps.append({QStringLiteral("studio"),
                    [this] {
                        if (QObject *popup = m_app->window()->findChild<QObject *>(QStringLiteral("searchPopup")))
                            QMetaObject::invokeMethod(popup, "close");
                        click(QStringLiteral("navStudio"));
                    },
                    [this] { return visible(QStringLiteral("problemList")); }});
}

QString ScreenshotTour::Pass::folderName() const
{
    return QStringLiteral("%1-%2-%3x%4").arg(language, dark ? QStringLiteral("dark") : QStringLiteral("light"))
        .arg(size.width()).arg(size.height());
}

void ScreenshotTour::start()
{
    if (!QDir().mkpath(m_dir))
        return finish(false, QStringLiteral("cannot create the folder %1").arg(m_dir));
    if (m_app->session()->user())
        m_demoTrainee = m_app->session()->user();
    m_savedLanguage = m_app->settings()->language();
    m_savedDark = m_app->settings()->darkTheme();
    buildSteps();
    m_pass = 0;
    m_index = 0;
    connect(&m_poll, &QTimer::timeout, this, &ScreenshotTour::runNext);
    m_index = -1;
    runNext();
}

void ScreenshotTour::runNext()
{
    // m_index == -1: set the language and theme of this pass, then start its first step.
    if (m_index < 0) {
        if (m_pass >= m_passes.size())
            return finish(m_problems.isEmpty(), m_problems.join(QStringLiteral("; ")));
        const Pass &pass = m_passes[m_pass];
        m_app->settings()->setLanguage(pass.language);
        m_app->settings()->setDarkTheme(pass.dark);
        if (QQuickWindow *window = m_app->window()) {
            window->setMinimumSize(QSize(1, 1));
            window->resize(pass.size);
        }
        m_index = 0;
        m_steps[0].action();
        m_waiting.start();
        m_poll.start();
        return;
    }
    const Step &step = m_steps[m_index];
    if (!step.ready()) {
        if (m_waiting.elapsed() < kStepTimeoutMs)
            return;
        m_problems.append(QStringLiteral("%1/%2: the screen did not appear within %3 s")
                              .arg(m_passes[m_pass].folderName(), step.name)
                              .arg(kStepTimeoutMs / 1000));
        qCWarning(lcTour) << m_problems.last();
    } else {
        // Let animations and text layout settle, then take the picture.
        m_poll.stop();
        QTimer::singleShot(step.settleMs, this, [this] {
            capture(m_steps[m_index]);
            ++m_index;
            if (m_index >= m_steps.size()) {
                ++m_pass;
                m_index = -1;
                runNext();
                return;
            }
            m_steps[m_index].action();
            m_waiting.start();
            m_poll.start();
        });
        return;
    }
    ++m_index;
    if (m_index >= m_steps.size()) {
        ++m_pass;
        m_index = -1;
    } else {
        m_steps[m_index].action();
        m_waiting.start();
    }
}

void ScreenshotTour::capture(const Step &step)
{
    QQuickWindow *window = m_app->window();
    const QString folder = m_dir + u'/' + m_passes[m_pass].folderName();
    QDir().mkpath(folder);
    const QString file = folder + QStringLiteral("/%1-%2.png").arg(m_index + 1, 2, 10, QLatin1Char('0')).arg(step.name);
    const QImage image = window ? window->grabWindow() : QImage();
    if (image.isNull() || !image.save(file)) {
        m_problems.append(QStringLiteral("%1: could not save %2").arg(step.name, file));
        return;
    }
    // A screen of one colour means the page did not render (an empty pane): a problem, not a picture.
    bool blank = true;
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height() && blank; y += qMax(1, image.height() / 24)) {
        for (int x = 0; x < image.width() && blank; x += qMax(1, image.width() / 32))
            blank = image.pixel(x, y) == first;
    }
    if (blank)
        m_problems.append(QStringLiteral("%1: the picture is one colour (nothing rendered)").arg(file));
    m_written.append(file);
    QTextStream(stdout) << file << Qt::endl;
}

void ScreenshotTour::finish(bool ok, const QString &reason)
{
    m_poll.stop();
    m_app->settings()->setLanguage(m_savedLanguage);
    m_app->settings()->setDarkTheme(m_savedDark);
    QTextStream(stderr) << "screenshots: " << (ok ? "ok: " : "FAILED: ")
                        << (ok ? QStringLiteral("%1 files in %2").arg(m_written.size()).arg(m_dir) : reason) << '\n';
    QCoreApplication::exit(ok ? 0 : 1);
}
