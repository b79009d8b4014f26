#include "storage/database.h"

#include "storage/sqlitedialect.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QStandardPaths>

#include <cstdio>

Q_LOGGING_CATEGORY(lcStore, "dojo.store", QtInfoMsg)

namespace dojo {

namespace {

struct MigrationStep {
    int version = 0;
    QString resourcePath;
};

// The numbered migration files, checked once: 0001, 0002, … without gaps.
const QList<MigrationStep> &migrationSteps()
{
    static const QList<MigrationStep> steps = [] {
        QList<MigrationStep> found;
        const QDir dir(sqlite::migrationsResourceDir());
        static const QRegularExpression name(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
        for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
            const QRegularExpressionMatch m = name.match(file);
            if (!m.hasMatch()) {
                qCWarning(lcStore) << "ignoring migration resource with an unexpected name:" << file;
                continue;
            }
            found.append({m.captured(1).toInt(), dir.filePath(file)});
        }
        for (qsizetype i = 0; i < found.size(); ++i)
            Q_ASSERT_X(found[i].version == i + 1, "migrationSteps", "migration files must be numbered 1, 2, 3…");
        return found;
    }();
    return steps;
}

// Statements of a migration file: each ends with ";" at the end of a line; "--" lines are comments.
QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    for (const QString &line : script.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--")))
            continue;
        current += line + u'\n';
        if (trimmed.endsWith(u';')) {
            statements.append(current.trimmed().chopped(1));
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

bool isReadOnlyFile(const QFileInfo &file)
{
    if (!file.isWritable())
        return true;
    // root passes every access() test; a file without any write permission bit was still made
    // read-only on purpose, so respect that too.
    const QFileDevice::Permissions p = file.permissions();
    return !(p & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther));
}

QString nativePath(const QString &path) { return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()); }

QAtomicInteger<quint64> s_connectionCounter;

} // namespace

QVariant toSqlTime(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromSqlTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.toUTC();
}

QString Database::defaultPath()
{
    // ~/.local/share/ServiceDojo/servicedojo.sqlite on Linux (XDG_DATA_HOME honoured). GenericDataLocation
    // keeps it one folder deep whatever organisation name the process sets.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/ServiceDojo/servicedojo.sqlite");
}

int Database::latestSchemaVersion() { return int(migrationSteps().size()); }

Database::Database(const QString &path, const QString &connectionName, int busyTimeoutMs)
    : m_path(path), m_connectionName(connectionName), m_busyTimeoutMs(busyTimeoutMs)
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const { return QSqlDatabase::database(m_connectionName, false); }

StoreResult<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    const QFileInfo file(path);
    const QString shown = nativePath(path);
    if (path.isEmpty())
        return StoreError{StoreError::Code::InvalidInput, StoreText::tr("No database file was given.")};
    if (file.isDir())
        return StoreError{StoreError::Code::CannotOpen,
                          StoreText::tr("%1 is a folder, not a database file. Give the path of a file "
                                        "(for example servicedojo.sqlite) instead.")
                              .arg(shown)};
    if (!file.exists() && !options.createIfMissing)
        return StoreError{StoreError::Code::NotFound,
                          StoreText::tr("There is no database at %1. Check the path given with --db.").arg(shown)};

    const QString folder = file.absolutePath();
    if (!QDir().mkpath(folder))
        return StoreError{StoreError::Code::CannotOpen,
                          StoreText::tr("Cannot create the folder %1 for the database. Check that you may "
                                        "write there, or choose another place with --db.")
                              .arg(QDir::toNativeSeparators(folder))};
    if (file.exists()) {
        if (isReadOnlyFile(file))
            return StoreError{StoreError::Code::ReadOnly,
                              StoreText::tr("The database file %1 is read-only, so nothing could be saved. "
                                            "Make the file writable (or copy it to a folder you can write "
                                            "to) and try again. The file was not changed.")
                                  .arg(shown)};
        if (!QFileInfo(folder).isWritable())
            return StoreError{StoreError::Code::ReadOnly,
                              StoreText::tr("The folder %1 is read-only, but the database needs to keep its "
                                            "journal files beside %2. Make the folder writable or move the "
                                            "file. The file was not changed.")
                                  .arg(QDir::toNativeSeparators(folder), shown)};
        if (!sqlite::hasSqliteHeader(path))
            return StoreError{StoreError::Code::Corrupt,
                              StoreText::tr("%1 is not a ServiceDojo database (it is not an SQLite file). "
                                            "Check the path given with --db. The file was not changed.")
                                  .arg(shown)};
    }

    const QString name = QStringLiteral("dojo-store-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> self(new Database(file.absoluteFilePath(), name, options.busyTimeoutMs));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QLatin1String(sqlite::kDriver), name);
        db.setDatabaseName(self->m_path);
        if (!db.open())
            return self->errorFrom(db.lastError(), StoreText::tr("opening the file"));
        const QSqlError configured = sqlite::configureConnection(db, options.busyTimeoutMs);
        if (configured.isValid())
            return self->errorFrom(configured, StoreText::tr("opening the file"));
    }

    const StoreResult<int> version = self->readSchemaVersion();
    if (!version)
        return version.error();
    self->m_version = version.value();
    if (self->m_version > latestSchemaVersion())
        return StoreError{StoreError::Code::NewerSchema,
                          StoreText::tr("%1 was written by a newer version of ServiceDojo (database schema "
                                        "%2; this version understands up to %3). Install the newer version "
                                        "to use it. The file was not changed.")
                              .arg(shown)
                              .arg(self->m_version)
                              .arg(latestSchemaVersion())};
    if (self->m_version == 0) {
        StoreResult<QSqlQuery> tables = self->exec(sqlite::userTableCountStatement());
        if (!tables)
            return tables.error();
        if (tables->next() && tables->value(0).toInt() > 0)
            return StoreError{StoreError::Code::Corrupt,
                              StoreText::tr("%1 is an SQLite database of another program, not a ServiceDojo "
                                            "database. Check the path given with --db. The file was not "
                                            "changed.")
                                  .arg(shown)};
    } else if (const StoreStatus healthy = self->checkNotDamaged(); !healthy) {
        return healthy.error();
    }

    if (options.migrate) {
        {
            QSqlDatabase db = self->connection();
            const QSqlError wal = sqlite::enableWriteAheadLog(db);
            if (wal.isValid())
                return self->errorFrom(wal, StoreText::tr("opening the file"));
        }
        if (const StoreStatus migrated = self->migrate(); !migrated)
            return migrated.error();
    }
    qCDebug(lcStore) << "opened" << self->m_path << "schema" << self->m_version;
    return self;
}

StoreResult<int> Database::readSchemaVersion()
{
    StoreResult<QSqlQuery> q = exec(sqlite::readSchemaVersionStatement());
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

StoreStatus Database::checkNotDamaged()
{
    StoreResult<QSqlQuery> q = exec(sqlite::integrityCheckStatement(true));
    if (!q)
        return q.error();
    QStringList problems;
    while (q->next())
        problems.append(q->value(0).toString());
    if (problems == QStringList{QStringLiteral("ok")})
        return {};
    qCWarning(lcStore) << "quick_check of" << m_path << "failed:" << problems;
    return StoreError{StoreError::Code::Corrupt,
                      StoreText::tr("The database %1 is damaged (%2). Restore your latest backup, or move "
                                    "the file aside to start with an empty database.")
                          .arg(nativePath(m_path), problems.mid(0, 3).join(QLatin1String("; ")))};
}

StoreStatus Database::migrate()
{
    const int latest = latestSchemaVersion();
    if (m_version >= latest)
        return {};
    if (m_version > 0) {
        // The upgrade changes an existing file: keep a consistent copy of it first.
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString backup = QStringLiteral("%1.before-v%2-%3.bak").arg(m_path).arg(latest).arg(stamp);
        if (const StoreStatus copied = backupTo(backup, false); !copied)
            return StoreError{StoreError::Code::MigrationFailed,
                              StoreText::tr("Could not copy %1 before upgrading it, so it was left as it "
                                            "is: %2")
                                  .arg(nativePath(m_path), copied.error().message)};
        m_backupPath = backup;
        qCInfo(lcStore) << "backed up" << m_path << "to" << backup << "before upgrading";
    }
    for (const MigrationStep &step : migrationSteps()) {
        if (step.version <= m_version)
            continue;
        if (const StoreStatus done = runMigrationStep(step.version, step.resourcePath); !done)
            return done;
        m_version = step.version;
        qCInfo(lcStore) << "upgraded" << m_path << "to schema" << m_version;
    }
    return {};
}

StoreStatus Database::runMigrationStep(int version, const QString &resourcePath)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return StoreError{StoreError::Code::MigrationFailed,
                          StoreText::tr("The upgrade step %1 is missing from this build.").arg(resourcePath)};
    QStringList statements = splitStatements(QString::fromUtf8(file.readAll()));
    statements.append(sqlite::setSchemaVersionStatement(version));
    const StoreStatus done = write([&]() -> StoreStatus {
        for (const QString &sql : statements) {
            if (const StoreStatus done = execute(sql); !done)
                return done;
        }
        return {};
    });
    if (done || done.error().code == StoreError::Code::Locked || done.error().code == StoreError::Code::DiskFull
        || done.error().code == StoreError::Code::ReadOnly)
        return done;
    return StoreError{StoreError::Code::MigrationFailed,
                      StoreText::tr("Upgrading %1 to schema %2 failed and was undone; the file is as it was. "
                                    "Report this problem with the message: %3")
                          .arg(nativePath(m_path))
                          .arg(version)
                          .arg(done.error().message)};
}

StoreResult<QSqlQuery> Database::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(connection());
    if (!q.prepare(sql))
        return errorFrom(q.lastError(), sql.section(u' ', 0, 2));
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec())
        return errorFrom(q.lastError(), sql.section(u' ', 0, 2));
    return q;
}

StoreStatus Database::execute(const QString &sql, const QVariantList &binds)
{
    StoreResult<QSqlQuery> q = exec(sql, binds);
    if (!q)
        return q.error();
    return {};
}

StoreResult<int> Database::update(const QString &sql, const QVariantList &binds)
{
    StoreResult<QSqlQuery> q = exec(sql, binds);
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

StoreResult<bool> Database::exists(const QString &sql, const QVariantList &binds)
{
    StoreResult<QSqlQuery> q = exec(sql, binds);
    if (!q)
        return q.error();
    const bool found = q->next();
    q->finish();
    return found;
}

StoreResult<qint64> Database::insert(const QString &sql, const QVariantList &binds)
{
    StoreResult<QSqlQuery> q = exec(sql, binds);
    if (!q)
        return q.error();
    if (!q->next())
        return StoreError{StoreError::Code::Failed,
                          StoreText::tr("Saving to %1 returned no row id.").arg(nativePath(m_path))};
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    return id;
}

StoreStatus Database::write(const std::function<StoreStatus()> &body)
{
    if (m_transactionDepth > 0)
        return body();
    if (StoreResult<QSqlQuery> begin = exec(sqlite::beginWriteStatement()); !begin)
        return begin.error();
    ++m_transactionDepth;
    const StoreStatus status = body();
    --m_transactionDepth;
    if (status) {
        StoreResult<QSqlQuery> commit = exec(QStringLiteral("COMMIT"));
        if (commit)
            return {};
        rollback();
        return commit.error();
    }
    rollback();
    return status;
}

void Database::rollback()
{
    // SQLite may already have rolled back (a full disk does): then ROLLBACK fails, harmlessly.
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("ROLLBACK")))
        qCDebug(lcStore) << "rollback:" << q.lastError().text();
}

StoreStatus Database::backupTo(const QString &target, bool overwrite)
{
    const QFileInfo info(target);
    const QString shown = nativePath(target);
    if (info.absoluteFilePath() == m_path)
        return StoreError{StoreError::Code::InvalidInput,
                          StoreText::tr("The backup file %1 is the database itself. Choose another file.")
                              .arg(shown)};
    if (info.exists() && !overwrite)
        return StoreError{StoreError::Code::Conflict,
                          StoreText::tr("The backup file %1 already exists; nothing was written. Choose "
                                        "another name, or allow replacing it.")
                              .arg(shown)};
    if (info.isDir())
        return StoreError{StoreError::Code::InvalidInput,
                          StoreText::tr("%1 is a folder. Give the name of the backup file.").arg(shown)};
    if (m_transactionDepth > 0)
        return StoreError{StoreError::Code::Failed, StoreText::tr("A backup cannot be taken inside a change.")};
    if (!QDir().mkpath(info.absolutePath()))
        return StoreError{StoreError::Code::CannotOpen,
                          StoreText::tr("Cannot create the folder %1 for the backup.")
                              .arg(QDir::toNativeSeparators(info.absolutePath()))};

    // Written beside the target, renamed over it only when complete: a failed backup leaves no
    // half-written file and never destroys the previous one.
    const QString partial = info.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(partial);
    StoreResult<QSqlQuery> q = exec(sqlite::backupIntoStatement(), {partial});
    if (!q) {
        QFile::remove(partial);
        return StoreError{q.error().code,
                          StoreText::tr("Could not write the backup %1: %2").arg(shown, q.error().message)};
    }
    q->finish();
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(info.absoluteFilePath()).constData())
        != 0) {
        QFile::remove(partial);
        return StoreError{StoreError::Code::CannotOpen,
                          StoreText::tr("Could not put the backup in place at %1. Check that you may write "
                                        "there.")
                              .arg(shown)};
    }
    return {};
}

StoreResult<QStringList> Database::integrityProblems()
{
    StoreResult<QSqlQuery> q = exec(sqlite::integrityCheckStatement(false));
    if (!q)
        return q.error();
    QStringList rows;
    while (q->next())
        rows.append(q->value(0).toString());
    if (rows == QStringList{QStringLiteral("ok")})
        return QStringList{};
    return rows;
}

StoreStatus Database::limitPagesForTesting(int pages) { return execute(sqlite::setMaxPageCountStatement(pages)); }

StoreError Database::errorFrom(const QSqlError &error, const QString &doing) const
{
    const QString shown = nativePath(m_path);
    qCWarning(lcStore) << "database error in" << m_path << "while" << doing << ":" << error.text()
                       << "code" << error.nativeErrorCode();
    switch (sqlite::classify(error)) {
    case sqlite::Failure::Busy:
        return {StoreError::Code::Locked,
                StoreText::tr("The database %1 is in use by another program and stayed locked for %2 s. "
                              "Close other ServiceDojo windows or programs using the file, then try again. "
                              "Nothing was changed.")
                    .arg(shown)
                    .arg(m_busyTimeoutMs / 1000.0)};
    case sqlite::Failure::ReadOnly:
        return {StoreError::Code::ReadOnly,
                StoreText::tr("The database %1 cannot be written (the file, its folder or the disk is "
                              "read-only). Make it writable, or copy it to a folder you can write to. "
                              "Nothing already saved was changed.")
                    .arg(shown)};
    case sqlite::Failure::Full:
        return {StoreError::Code::DiskFull,
                StoreText::tr("The disk holding %1 is full, so the last change was not saved. Free some "
                              "space and try again; everything saved before is intact.")
                    .arg(shown)};
    case sqlite::Failure::Corrupt:
        return {StoreError::Code::Corrupt,
                StoreText::tr("The database %1 is damaged or is not a ServiceDojo database (%2). Restore "
                              "your latest backup, or move the file aside to start with an empty database.")
                    .arg(shown, error.databaseText())};
    case sqlite::Failure::CannotOpen:
        return {StoreError::Code::CannotOpen,
                StoreText::tr("The database %1 cannot be opened or read (%2). Check that the disk is "
                              "there and that you may read and write the file and its folder.")
                    .arg(shown, error.databaseText())};
    case sqlite::Failure::Constraint:
        return {StoreError::Code::Conflict,
                StoreText::tr("The change clashes with what %1 already holds (%2).")
                    .arg(shown, error.databaseText())};
    case sqlite::Failure::Other:
        break;
    }
    return {StoreError::Code::Failed,
            StoreText::tr("Database error in %1 while %2: %3").arg(shown, doing, error.text())};
}

} // namespace dojo
