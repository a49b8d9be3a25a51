#pragma once

#include "app/storage/sql/schemasteps.h"
#include "app/storage/sql/sqldatabase.h"
#include "app/storage/storeresult.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class QSqlError;

// One connection to a team store on a PostgreSQL server (Qt's QPSQL driver), with the same
// tables as the local file (LedgerTable's and NotesTable's SQL runs on it unchanged).
//
// - Connects from a libpq URI (postgresql://user@host:port/db?sslmode=verify-full); what the
//   URI leaves out comes from libpq's own conventions (PGHOST, PGUSER, PGPASSWORD, ~/.pgpass,
//   PGSSLROOTCERT, service files). The password is never part of location() or any message.
// - Schema: a `meta` row schema_version, the migration steps of SchemaSteps (the same as the
//   local file's, in PostgreSQL's words), each in one transaction under the store's write lock.
//   One open pause per workspace and deployment is a partial unique index.
// - transaction(): BEGIN, then a transaction-scoped advisory lock that every writer takes, so
//   writers take turns as with SQLite's BEGIN IMMEDIATE (a read-then-write cannot race
//   another console), then the work, then NOTIFY ChangedChannel, then COMMIT: every write
//   tells the other consoles in the same transaction, and only once it is committed.
// - Errors keep the server's words; their kind comes from the SQLSTATE (errorKind()).
//
// Thread rule (Qt SQL's): create, use and destroy it in one thread.
class PostgresDatabase : public SqlDatabase
{
    Q_DECLARE_TR_FUNCTIONS(PostgresDatabase)

public:
    static constexpr int CurrentSchemaVersion = SchemaSteps::CurrentVersion;
    static constexpr const char *ChangedChannel = "lepton_console_changed";

    // Connects and migrates (waits for the server: call it off the GUI thread).
    explicit PostgresDatabase(const QString &uri);
    ~PostgresDatabase() override;
    PostgresDatabase(const PostgresDatabase &) = delete;
    PostgresDatabase &operator=(const PostgresDatabase &) = delete;

    // Connects again after the connection was lost (migration included). True when open.
    bool reopen();

    bool isOpen() const { return m_open; }
    // Open, but the role may not write the tables.
    bool isReadOnly() const { return m_readOnly; }
    // The URI without its password, for messages.
    QString location() const { return m_location; }
    QString errorString() const { return m_errorString; }
    int schemaVersion() const { return m_schemaVersion; }
    QString userName() const { return m_userName; }
    QString serverVersion() const { return m_serverVersion; }
    // The last statement failed with a connection error (no SQLSTATE, or class 08/57P), or
    // the driver dropped the connection (it noticed the server end it, on the socket it
    // listens to for notifications): reopen() before the next one.
    bool connectionLost() const { return m_lost || (m_open && !m_db.isOpen()); }
    // The sentence of the error that lost it (the store and the server's words).
    QString lostConnectionError() const { return m_lostError; }

    QSqlDatabase connection() const override { return m_db; }
    bool prepareQuery(QSqlQuery &query, const QString &sql, QString &error) const override;
    bool execQuery(QSqlQuery &query, QString &error) const override;

    // The URI with its password (in the authority or as a parameter) left out.
    static QString redacted(const QString &uri);
    // The kind of store error an SQLSTATE means (empty: the client lost the server).
    static StoreError::Kind errorKind(const QString &sqlState);
    // The SQLSTATE of the last error turned into a sentence on this thread, and whether there
    // was one since clearLastFailure().
    static bool hasLastFailure();
    static QString lastFailureState();
    static void clearLastFailure();

protected:
    QString writeRefusal() const override;
    bool beginWrite(QSqlQuery &control, QString &error) override;
    bool beforeCommit(QSqlQuery &control, QString &error) override;
    void afterRollback(QSqlQuery &control) override;
    QString describeSqlError(const QSqlError &error) const override { return describe(error); }

private:
    bool connectAndMigrate();
    bool migrate(QString &error);
    bool readSchemaVersion(int &version, QString &error);
    QString describe(const QSqlError &error) const;

    QString m_uri;
    QString m_location;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_open = false;
    bool m_readOnly = false;
    mutable bool m_lost = false;
    mutable QString m_lostError;
    int m_schemaVersion = 0;
    QString m_userName;
    QString m_serverVersion;
    QString m_errorString;
};
