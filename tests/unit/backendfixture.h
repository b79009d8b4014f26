// A controller test's world: a fresh SQLite file in a temporary folder (AppSession), the bundled
// course (CourseCatalog, zh-CN unless told otherwise), a manager and a trainee, the trainee signed in.
// Controllers find these through AppSession::instance() and CourseCatalog::instance(), as in the app.
//
//   BackendFixture world;            // in initTestCase() or per test
//   QVERIFY2(world.ok(), qPrintable(world.error));
//   QuizController c; ...
#pragma once

#include "appsession.h"
#include "coursecatalog.h"
#include "auth/accountservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <memory>

struct BackendFixture {
    explicit BackendFixture(const QString &locale = QStringLiteral("zh-CN"),
                            const QString &contentDir = QStringLiteral(DOJO_CONTENT_DIR))
    {
        catalog = std::make_unique<CourseCatalog>(nullptr);
        CourseCatalog::setInstance(catalog.get());
        catalog->load(contentDir, locale);
        session = std::make_unique<AppSession>(dir.filePath(QStringLiteral("test.sqlite")), nullptr);
        AppSession::setInstance(session.get());
        if (!session->openDatabase()) {
            error = session->databaseError();
            return;
        }
        dojo::AccountService accounts(*session->database());
        dojo::NewUser boss{QStringLiteral("boss"), QStringLiteral("Boss"), {}, {}};
        auto made = accounts.createFirstManager(boss, QStringLiteral("boss-password"));
        if (!made.ok()) {
            error = made.error().message;
            return;
        }
        manager = made.value();
        dojo::NewUser newHire{QStringLiteral("lin"), QStringLiteral("林小青"), dojo::Roles(dojo::Role::Trainee), {}};
        auto added = accounts.addUser(manager.actor(), newHire, QStringLiteral("trainee-password"));
        if (!added.ok()) {
            error = added.error().message;
            return;
        }
        trainee = added.value();
        session->setSignedInUser(trainee);
    }
    ~BackendFixture()
    {
        AppSession::setInstance(nullptr);
        CourseCatalog::setInstance(nullptr);
    }

    bool ok() const { return error.isEmpty() && catalog->course(); }
    dojo::Database &db() { return *session->database(); }
    const dojo::Course &course() { return *catalog->course(); }

    QTemporaryDir dir;
    std::unique_ptr<CourseCatalog> catalog;
    std::unique_ptr<AppSession> session;
    dojo::User manager;
    dojo::User trainee;
    QString error;
};
