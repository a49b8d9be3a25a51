#pragma once

#include "app/storage/sql/sqlstorage.h"

struct PostgresConnection;

// The PostgreSQL backend of Storage (a team store): SqlStorage's worker owns the one QPSQL
// connection and runs the same LedgerTable and NotesTable SQL as the local file there; the
// server keeps the rules (PostgresDatabase: one writer at a time, a partial unique index for
// one open pause per deployment, schema version and migrations).
//
// The constructor returns at once: the connection is made on the worker, and the calls made
// meanwhile wait behind it. status().opening is true until then; statusChanged() says when.
//
// Live changes: the worker LISTENs on PostgresDatabase::ChangedChannel, which every write
// NOTIFYs in its own transaction; a commit of another connection (another console, the CLI,
// another machine) emits changed() as soon as the server delivers it, without polling.
//
// A lost connection is made again before the next call (and LISTEN again); the call fails
// with an Unavailable error while the server cannot be reached. Nothing is ever written
// anywhere else instead.
class PostgresStorage : public SqlStorage
{
    Q_OBJECT

public:
    explicit PostgresStorage(const QString &uri, QObject *parent = nullptr);
    ~PostgresStorage() override;

private:
    static PostgresConnection &postgres(SqlConnection &c);
    bool beforeJob() override;
    StoreError unavailable() const override;
    // A job lost the connection: the status says so at once, not only at the next call.
    void afterJob() override;
    // On the worker: subscribes to the change channel and publishes the status.
    void connected();
    void publishStatus();

    bool m_listening = false; // worker only: the driver's notification signal is connected
    bool m_lostPublished = false; // worker only: the status already says the connection is lost
};
