#include "app/storage/sqlite/sqlitestorage.h"

#include "app/storage/sqlite/sqliteconnection.h"
#include "app/storage/sqlite/sqlitenotesstore.h"
#include "app/storage/sqlite/sqlitepauseledger.h"

#include <QSemaphore>
#include <QTimer>

SqliteStorage::SqliteStorage(const QString &path, int busyTimeoutMs, QObject *parent)
    : Storage(parent)
    , m_ledger(std::make_unique<SqlitePauseLedger>(*this))
    , m_notes(std::make_unique<SqliteNotesStore>(*this))
{
    m_thread.setObjectName(QStringLiteral("SqliteStorage"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();

    // The open itself (migration, recovery) is waited for: status() must be known when the
    // constructor returns, and the composition roots decide on it (exit codes, the banner).
    QSemaphore opened;
    post([this, path, busyTimeoutMs, &opened] {
        m_connection = std::make_unique<SqliteConnection>(path, busyTimeoutMs);
        const LocalDatabase &db = m_connection->database;
        m_status.open = db.isOpen();
        m_status.readOnly = db.isReadOnly();
        m_status.location = db.path();
        m_status.errorString = db.isOpen() ? QString() : db.errorString();
        m_status.recoveryMessage = db.recoveryMessage();
        if (db.isOpen()) {
            m_connection->seenDataVersion = db.dataVersion();
            auto *timer = new QTimer(m_worker);
            timer->setInterval(DefaultPollInterval);
            connect(timer, &QTimer::timeout, m_worker, [this] { pollDataVersion(); });
            timer->start();
        }
        opened.release();
    });
    opened.acquire();
}

SqliteStorage::~SqliteStorage()
{
    // Behind every call already queued: they all finish, then the connection closes on its
    // own thread.
    post([this] {
        m_connection.reset();
        m_thread.quit();
    });
    m_thread.wait();
}

PauseLedger &SqliteStorage::ledger()
{
    return *m_ledger;
}

NotesStore &SqliteStorage::notes()
{
    return *m_notes;
}

bool SqliteStorage::isOpenOnWorker() const
{
    return m_connection && m_connection->database.isOpen();
}

StoreError SqliteStorage::unavailable() const
{
    return StoreError(StoreError::Kind::Unavailable,
                      m_connection ? m_connection->database.errorString() : QString());
}

void SqliteStorage::post(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_worker, std::move(work), Qt::QueuedConnection);
}

void SqliteStorage::pollDataVersion()
{
    if (!m_connection)
        return;
    const qint64 version = m_connection->database.dataVersion();
    if (version < 0 || version == m_connection->seenDataVersion)
        return;
    m_connection->seenDataVersion = version;
    QMetaObject::invokeMethod(this, [this] { Q_EMIT changed(); }, Qt::QueuedConnection);
}
