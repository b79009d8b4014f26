// Exports of the training records for managers and learning record stores:
//  - CSV: one row per quiz answer and per scenario turn (UTF-8 with a byte-order mark so that Excel
//    reads Chinese text; cells a spreadsheet would run as a formula are prefixed with ').
//  - xAPI 1.0.3 statements: "answered" for each answer and scenario turn, "completed" for each finished
//    attempt, run and completed lesson, "passed"/"failed" for each finished quiz attempt. The actor is
//    the account (homePage + login); context.registration is the attempt's or run's UUID; statement ids
//    are name-based UUIDs, so exporting twice gives the same ids (a record store keeps one copy).
// A manager exports everyone's records; anyone else only their own.
#pragma once

#include "auth/actor.h"
#include "storage/storeerror.h"

#include <QIODevice>
#include <QJsonArray>
#include <QString>

namespace dojo {

class Database;

struct XapiOptions {
    // account.homePage of every actor: the address of the system where the logins live. Deployments
    // set their own; the default is a reserved name that says "not configured".
    QString homePage = QStringLiteral("https://servicedojo.invalid/");
};

class RecordExporter {
public:
    explicit RecordExporter(Database &db);

    StoreStatus writeCsv(const Actor &actor, QIODevice &out);
    StoreResult<QJsonArray> xapiStatements(const Actor &actor, const XapiOptions &options = {});

    // "PT12.34S": an ISO-8601 duration with hundredths of a second, as xAPI asks.
    static QString isoDuration(qint64 ms);

private:
    Database &m_db;
};

} // namespace dojo
