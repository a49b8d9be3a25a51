#pragma once

#include "app/storage/sqlite/localdatabase.h"
#include "app/storage/storage.h"
#include "app/storage/storeresult.h"

#include <QMetaObject>
#include <QPointer>
#include <QThread>

#include <chrono>
#include <functional>
#include <memory>

class SqliteNotesStore;
class SqlitePauseLedger;
struct SqliteConnection;

// The SQLite backend of Storage. One worker thread owns the one connection (LocalDatabase,
// with its WAL, synchronous=FULL, BEGIN IMMEDIATE and busy timeout); every call of the ledger
// and the notes runs there, in the order made, and its result comes back queued to this
// object's thread, where the caller's callback runs if its context object still lives. So a
// write that waits for another program's lock, or an fsync, never stops the caller's thread.
//
// The worker polls PRAGMA data_version (changed by other connections' commits) and this
// object emits changed() for those and after each of its own successful writes.
//
// Make, use and destroy it on one thread (the GUI or the CLI's main thread); the destructor
// lets the calls already made finish (a write is never cut off), then stops the worker.
class SqliteStorage : public Storage
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultPollInterval {1000};

    // Opens (creates, migrates, recovers) the database on the worker; status() tells how.
    explicit SqliteStorage(const QString &path = LocalDatabase::defaultPath(),
                           int busyTimeoutMs = LocalDatabase::DefaultBusyTimeoutMs, QObject *parent = nullptr);
    ~SqliteStorage() override;

    PauseLedger &ledger() override;
    NotesStore &notes() override;
    Status status() const override { return m_status; }

    // Runs `job` on the worker with the connection; `done` gets its result on this object's
    // thread unless `context` was destroyed first. `write`: a successful result emits changed().
    template <typename T>
    void run(QObject *context, bool write, std::function<StoreResult<T>(SqliteConnection &)> job,
             StoreCallback<T> done)
    {
        QPointer<QObject> guard(context);
        post([this, write, job = std::move(job), done = std::move(done), guard]() {
            StoreResult<T> result = runJob<T>(job);
            QMetaObject::invokeMethod(this, [this, write, result = std::move(result), done, guard] {
                if (write && result.ok())
                    Q_EMIT changed();
                if (guard)
                    done(result);
            }, Qt::QueuedConnection);
        });
    }

private:
    template <typename T>
    StoreResult<T> runJob(const std::function<StoreResult<T>(SqliteConnection &)> &job)
    {
        LocalDatabase::clearLastFailureCode();
        if (!isOpenOnWorker())
            return StoreResult<T>::failure(unavailable());
        return job(*m_connection);
    }
    bool isOpenOnWorker() const;
    StoreError unavailable() const;
    // Queues `work` on the worker thread.
    void post(std::function<void()> work);
    void pollDataVersion();

    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread; deleted when it finishes
    std::unique_ptr<SqliteConnection> m_connection; // made and destroyed on m_thread
    std::unique_ptr<SqlitePauseLedger> m_ledger;
    std::unique_ptr<SqliteNotesStore> m_notes;
    Status m_status;
};
