// Everything that is SQLite and not portable SQL lives here: PRAGMAs, BEGIN IMMEDIATE, VACUUM INTO,
// integrity checks, the file-header test and the mapping of SQLite result codes to StoreError codes.
// The stores speak plain SQL (`?` placeholders, INSERT … ON CONFLICT, RETURNING) that PostgreSQL
// also accepts; a PostgreSQL back end would add a sibling of this file and its own migrations folder.
#pragma once

#include "storage/storeerror.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace dojo::sqlite {

inline constexpr const char *kDriver = "QSQLITE";

// The folder of migration files among the Qt resources (":/migrations/sqlite/0001_….sql").
QString migrationsResourceDir();

// True when the file starts with the SQLite header ("SQLite format 3\0"). An empty file counts as
// SQLite (SQLite treats it as a new database).
bool hasSqliteHeader(const QString &path);

// Per-connection settings applied right after opening: busy timeout, foreign keys, synchronous=FULL
// (a commit is on disk before the call returns, also across a power cut). Returns the failing error.
QSqlError configureConnection(QSqlDatabase &db, int busyTimeoutMs);
// Switches the file to write-ahead logging (changes the file header: only after the version check).
QSqlError enableWriteAheadLog(QSqlDatabase &db);

QString beginWriteStatement();                 // "BEGIN IMMEDIATE"
QString readSchemaVersionStatement();          // one row, one column
QString setSchemaVersionStatement(int version);
QString userTableCountStatement();             // one row: number of tables not made by SQLite itself
QString backupIntoStatement();                 // one bind value: the target path
QString integrityCheckStatement(bool quick);   // rows of text; a single "ok" means healthy
QString setMaxPageCountStatement(int pages);   // a test hook to simulate a full disk

// What a failed statement means, by SQLite's primary result code.
enum class Failure { Busy, ReadOnly, Full, Corrupt, CannotOpen, Constraint, Other };
Failure classify(const QSqlError &error);

} // namespace dojo::sqlite
