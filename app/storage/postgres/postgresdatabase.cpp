#include "app/storage/postgres/postgresdatabase.h"

#include "app/storage/sql/schemasteps.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

#include <atomic>
#include <exception>

namespace {

// Every writer of a store takes this transaction-scoped advisory lock first ("LEPT", 1).
const QString kWriteLock = QStringLiteral("SELECT pg_advisory_xact_lock(1280610388, 1)");

thread_local bool t_failed = false;
thread_local QString t_lastState;

// libpq's conninfo quoting: single quotes, backslash before ' and \.
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + escaped + u'\'';
}

bool isConnectionState(const QString &state)
{
    return state.isEmpty() || state.startsWith(QStringLiteral("08")) || state.startsWith(QStringLiteral("57P"));
}

} // namespace

PostgresDatabase::PostgresDatabase(const QString &uri)
    : m_uri(uri)
    , m_location(redacted(uri))
{
    static std::atomic<quint64> counter{0};
    m_connectionName = QStringLiteral("lepton-pg-%1").arg(++counter);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!m_db.isValid()) {
        m_errorString = tr("The PostgreSQL driver for Qt is missing (package libqt6sql6-psql); the team store %1 "
                           "cannot be used.")
                            .arg(m_location);
        return;
    }
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QStringLiteral("postgresql") && url.scheme() != QStringLiteral("postgres"))) {
        m_errorString = tr("%1 is not a PostgreSQL connection URI (postgresql://user@host:port/database).")
                            .arg(m_location);
        return;
    }
    // Only what the URI says; the rest is libpq's defaults (environment, ~/.pgpass, services).
    if (!url.host().isEmpty())
        m_db.setHostName(url.host());
    if (url.port() > 0)
        m_db.setPort(url.port());
    if (!url.userName().isEmpty())
        m_db.setUserName(url.userName(QUrl::FullyDecoded));
    if (!url.password().isEmpty())
        m_db.setPassword(url.password(QUrl::FullyDecoded));
    const QString database = url.path(QUrl::FullyDecoded).mid(1);
    if (!database.isEmpty())
        m_db.setDatabaseName(database);
    QStringList options;
    bool timeoutGiven = false;
    bool nameGiven = false;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        timeoutGiven = timeoutGiven || key == QStringLiteral("connect_timeout");
        nameGiven = nameGiven || key == QStringLiteral("application_name");
        options << key + u'=' + quoted(value);
    }
    if (!timeoutGiven)
        options << QStringLiteral("connect_timeout=10");
    if (!nameGiven)
        options << QStringLiteral("application_name=lepton-console");
    m_db.setConnectOptions(options.join(u';'));
    connectAndMigrate();
}

PostgresDatabase::~PostgresDatabase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool PostgresDatabase::reopen()
{
    if (!m_db.isValid())
        return false;
    m_db.close();
    m_open = false;
    return connectAndMigrate();
}

bool PostgresDatabase::connectAndMigrate()
{
    m_lost = false;
    if (!m_db.open()) {
        m_lost = true;
        const QSqlError error = m_db.lastError();
        m_errorString = tr("Could not connect to the team store %1: %2")
                            .arg(m_location, (error.databaseText().isEmpty() ? error.text() : error.databaseText()).trimmed());
        return false;
    }
    QString error;
    if (!migrate(error)) {
        m_errorString = tr("Could not prepare the team store %1: %2").arg(m_location, error);
        m_db.close();
        return false;
    }
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT current_user, current_setting('server_version'),"
                                   // Writable = may pause and resume (the ledger) and add notes;
                                   // has_table_privilege with a list means "any of them".
                                   " has_table_privilege('pause_ledger', 'INSERT')"
                                   " AND has_table_privilege('pause_ledger', 'UPDATE')"
                                   " AND has_table_privilege('notes', 'INSERT')"))
        || !query.next()) {
        m_errorString = tr("Could not prepare the team store %1: %2").arg(m_location, describe(query.lastError()));
        m_db.close();
        return false;
    }
    m_userName = query.value(0).toString();
    m_serverVersion = query.value(1).toString();
    m_readOnly = !query.value(2).toBool();
    m_errorString.clear();
    m_open = true;
    return true;
}

bool PostgresDatabase::readSchemaVersion(int &version, QString &error)
{
    QSqlQuery query(m_db);
    // An MVCC read of the catalog, not to_regclass(): that looks the name up without a lock,
    // through a catalog cache that may not yet know a table another console has just
    // committed (two consoles opening a fresh store at once would both create it).
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_tables"
                                   " WHERE schemaname = current_schema() AND tablename = 'meta')"))
        || !query.next()) {
        error = describe(query.lastError());
        return false;
    }
    if (!query.value(0).toBool()) {
        version = 0;
        return true;
    }
    if (!query.exec(SchemaSteps::readVersionSql())) {
        error = describe(query.lastError());
        return false;
    }
    bool ok = false;
    version = query.next() ? query.value(0).toString().toInt(&ok) : 0;
    if (!ok || version <= 0) {
        error = tr("The database has a table \"meta\" without a Lepton Console schema version; it was left untouched.");
        return false;
    }
    return true;
}

bool PostgresDatabase::migrate(QString &error)
{
    int version = 0;
    // Read first without the write lock: the common case (already current) writes nothing, so
    // a read-only role opens a current store.
    if (!readSchemaVersion(version, error))
        return false;
    if (version == CurrentSchemaVersion) {
        m_schemaVersion = version;
        return true;
    }
    if (version > CurrentSchemaVersion) {
        error = tr("The store has schema %1, written by a newer Lepton Console; this one knows schema %2.")
                    .arg(version)
                    .arg(CurrentSchemaVersion);
        return false;
    }
    // One step per transaction, each under the write lock; another console may be migrating
    // at the same time, so the version is read again inside.
    while (version < CurrentSchemaVersion) {
        const bool ok = transaction([&](QString &err) {
            if (!readSchemaVersion(version, err))
                return false;
            if (version >= CurrentSchemaVersion)
                return true;
            QSqlQuery query(m_db);
            for (const QString &sql : SchemaSteps::step(version, SqlDialect::postgres())) {
                if (!query.exec(sql)) {
                    err = describe(query.lastError());
                    return false;
                }
            }
            if (!prepareQuery(query, SchemaSteps::writeVersionSql(), err))
                return false;
            query.bindValue(QStringLiteral(":version"), QString::number(version + 1));
            if (!execQuery(query, err))
                return false;
            ++version;
            return true;
        }, &error);
        if (!ok)
            return false;
    }
    m_schemaVersion = version;
    return version == CurrentSchemaVersion;
}

QString PostgresDatabase::writeRefusal() const
{
    if (!m_db.isOpen())
        return m_errorString.isEmpty() ? tr("The team store %1 is not connected.").arg(m_location) : m_errorString;
    return QString();
}

bool PostgresDatabase::beginWrite(QSqlQuery &control, QString &error)
{
    // BEGIN, then the advisory lock every writer takes: the equivalent of SQLite's BEGIN
    // IMMEDIATE, so a read-then-write inside the transaction cannot race another console.
    if (!control.exec(QStringLiteral("BEGIN"))) {
        error = describe(control.lastError());
        return false;
    }
    if (control.exec(kWriteLock))
        return true;
    error = describe(control.lastError());
    control.exec(QStringLiteral("ROLLBACK"));
    return false;
}

bool PostgresDatabase::beforeCommit(QSqlQuery &control, QString &error)
{
    // Told in the same transaction: the other consoles hear of it once, when it is committed.
    if (control.exec(QStringLiteral("NOTIFY %1").arg(QLatin1String(ChangedChannel))))
        return true;
    error = describe(control.lastError());
    return false;
}

void PostgresDatabase::afterRollback(QSqlQuery &control)
{
    // The statements the work prepared could not be freed while the transaction was aborted
    // (Qt warns "Unable to free statement"); none outlives the work, so free them all now
    // rather than let them pile up on the server for the connection's life.
    control.exec(QStringLiteral("DEALLOCATE ALL"));
}

bool PostgresDatabase::prepareQuery(QSqlQuery &query, const QString &sql, QString &error) const
{
    if (query.prepare(sql))
        return true;
    error = describe(query.lastError());
    return false;
}

bool PostgresDatabase::execQuery(QSqlQuery &query, QString &error) const
{
    if (query.exec())
        return true;
    error = describe(query.lastError());
    return false;
}

QString PostgresDatabase::describe(const QSqlError &error) const
{
    t_failed = true;
    t_lastState = error.nativeErrorCode();
    if (isConnectionState(t_lastState))
        m_lost = true;
    const QString detail = (error.databaseText().isEmpty() ? error.text() : error.databaseText()).trimmed();
    QString sentence;
    switch (errorKind(t_lastState)) {
    case StoreError::Kind::Unavailable:
        sentence = tr("The team store %1 cannot be reached").arg(m_location);
        break;
    case StoreError::Kind::ReadOnly:
        sentence = tr("Your database role may not change the team store %1").arg(m_location);
        break;
    case StoreError::Kind::Busy:
        sentence = tr("The team store is busy with another console's change; try again in a moment");
        break;
    default:
        return detail.isEmpty() ? tr("Unknown database error.") : detail;
    }
    const QString told = detail.isEmpty() ? sentence + u'.' : QStringLiteral("%1 (%2).").arg(sentence, detail);
    if (isConnectionState(t_lastState))
        m_lostError = told;
    return told;
}

StoreError::Kind PostgresDatabase::errorKind(const QString &state)
{
    if (isConnectionState(state) || state.startsWith(QStringLiteral("53")) || state.startsWith(QStringLiteral("28"))
        || state == QStringLiteral("3D000"))
        return StoreError::Kind::Unavailable;
    if (state == QStringLiteral("23505"))
        return StoreError::Kind::Conflict;
    if (state.startsWith(QStringLiteral("23")) || state.startsWith(QStringLiteral("22")))
        return StoreError::Kind::Invalid;
    if (state == QStringLiteral("42501") || state == QStringLiteral("25006"))
        return StoreError::Kind::ReadOnly;
    if (state == QStringLiteral("40001") || state == QStringLiteral("40P01") || state == QStringLiteral("55P03"))
        return StoreError::Kind::Busy;
    if (state == QStringLiteral("XX001") || state == QStringLiteral("XX002"))
        return StoreError::Kind::Corrupt;
    return StoreError::Kind::Other;
}

bool PostgresDatabase::hasLastFailure()
{
    return t_failed;
}

QString PostgresDatabase::lastFailureState()
{
    return t_lastState;
}

void PostgresDatabase::clearLastFailure()
{
    t_failed = false;
    t_lastState.clear();
}

QString PostgresDatabase::redacted(const QString &uri)
{
    QUrl url(uri);
    if (!url.isValid())
        return QStringLiteral("(an unreadable store URI)");
    QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("password"))) {
        query.removeAllQueryItems(QStringLiteral("password"));
        url.setQuery(query);
    }
    return url.toString(QUrl::RemovePassword);
}
