#pragma once

#include "app/storage/sql/sqlstorage.h"
#include "app/storage/sqlite/localdatabase.h"

#include <chrono>

struct SqliteConnection;

// The SQLite backend of Storage: SqlStorage's worker owns the one connection (LocalDatabase,
// with its WAL, synchronous=FULL, BEGIN IMMEDIATE and busy timeout) and runs LedgerTable's
// and NotesTable's SQL there.
//
// The worker polls PRAGMA data_version (changed by other connections' commits) and this
// object emits changed() for those and after each of its own successful writes.
class SqliteStorage : public SqlStorage
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultPollInterval {1000};

    // Returns at once: the database is opened (created, migrated, recovered, or waited for
    // while another program holds its lock, up to busyTimeoutMs) on the worker. Until then
    // status().opening is true; statusChanged() says when it ended and how. Calls made
    // meanwhile run after it.
    explicit SqliteStorage(const QString &path = LocalDatabase::defaultPath(),
                           int busyTimeoutMs = LocalDatabase::DefaultBusyTimeoutMs, QObject *parent = nullptr);
    ~SqliteStorage() override;

    // SqlStorage::run with the SQLite connection itself (its LocalDatabase), for tests that
    // look at the file's PRAGMAs.
    template <typename T>
    void run(QObject *context, bool write, std::function<StoreResult<T>(SqliteConnection &)> job,
             StoreCallback<T> done)
    {
        SqlStorage::run<T>(context, write, [job = std::move(job)](SqlConnection &c) {
            return job(sqlite(c));
        }, std::move(done));
    }

private:
    static SqliteConnection &sqlite(SqlConnection &c);
    bool beforeJob() override;
    StoreError unavailable() const override;
    void pollDataVersion();
};
