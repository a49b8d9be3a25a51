#pragma once

#include "app/storage/storage.h"
#include "app/storage/storeinfo.h"
#include "app/storage/storeresult.h"

#include <QMetaObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

class SqliteNotesStore;
class SqlitePauseLedger;
struct SqlConnection;

// What the SQL backends share: one worker thread owns the one connection (an SqlConnection
// of the backend's dialect); every call of the ledger and the notes runs there, in the order
// made, and its result comes back queued to this object's thread, where the caller's callback
// runs if its context object still lives. So a write that waits for another program's lock, a
// far server or an fsync never stops the caller's thread. A successful write emits changed().
//
// Make, use and destroy it on one thread (the GUI or the CLI's main thread). A backend's
// destructor calls shutDown() first: the calls already made finish (a write is never cut
// off), then the connection closes on its own thread and the worker stops.
class SqlStorage : public Storage, public StoreInfoSource
{
    Q_OBJECT

public:
    ~SqlStorage() override;

    PauseLedger &ledger() override;
    NotesStore &notes() override;
    Status status() const override { return m_status; }
    void info(QObject *context, StoreCallback<StoreInfo> done) override;

    // Runs `job` on the worker with the connection; `done` gets its result on this object's
    // thread unless `context` was destroyed first. `write`: a successful result emits changed().
    template <typename T>
    void run(QObject *context, bool write, std::function<StoreResult<T>(SqlConnection &)> job,
             StoreCallback<T> done)
    {
        QPointer<QObject> guard(context);
        post([this, write, job = std::move(job), done = std::move(done), guard]() {
            StoreResult<T> result = beforeJob() ? job(*m_connection) : StoreResult<T>::failure(unavailable());
            afterJob();
            QMetaObject::invokeMethod(this, [this, write, result = std::move(result), done, guard] {
                if (write && result.ok())
                    Q_EMIT changed();
                if (guard)
                    done(result);
            }, Qt::QueuedConnection);
        });
    }

protected:
    SqlStorage(const QString &threadName, QObject *parent);

    // On the worker, before each job: true when the connection can take it (a backend may
    // reconnect here). False: the job fails with unavailable().
    virtual bool beforeJob() = 0;
    virtual StoreError unavailable() const = 0;
    // On the worker, after each job: a backend may notice that its connection was lost.
    virtual void afterJob() {}

    // Queues `work` on the worker thread.
    void post(std::function<void()> work);
    // Lets every queued call finish, closes the connection on the worker and stops it.
    // Idempotent; every backend's destructor calls it before its own members go.
    void shutDown();
    QObject *worker() const { return m_worker; }

    std::unique_ptr<SqlConnection> m_connection; // made and destroyed on the worker
    Status m_status;                              // read and written on this object's thread

private:
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread; deleted when it finishes
    std::unique_ptr<SqlitePauseLedger> m_ledger;
    std::unique_ptr<SqliteNotesStore> m_notes;
};
