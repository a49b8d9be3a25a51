#include "app/storage/sqlite/sqlitestorage.h"

#include "app/storage/sqlite/sqliteconnection.h"

#include <QSemaphore>
#include <QTimer>

SqliteStorage::SqliteStorage(const QString &path, int busyTimeoutMs, QObject *parent)
    : SqlStorage(QStringLiteral("SqliteStorage"), parent)
{
    // The open itself (migration, recovery) is waited for: status() must be known when the
    // constructor returns, and the composition roots decide on it (exit codes, the banner).
    QSemaphore opened;
    post([this, path, busyTimeoutMs, &opened] {
        auto connection = std::make_unique<SqliteConnection>(path, busyTimeoutMs);
        const LocalDatabase &db = connection->database;
        m_status.open = db.isOpen();
        m_status.readOnly = db.isReadOnly();
        m_status.location = db.path();
        m_status.errorString = db.isOpen() ? QString() : db.errorString();
        m_status.recoveryMessage = db.recoveryMessage();
        if (db.isOpen()) {
            connection->seenDataVersion = db.dataVersion();
            auto *timer = new QTimer(worker());
            timer->setInterval(DefaultPollInterval);
            connect(timer, &QTimer::timeout, worker(), [this] { pollDataVersion(); });
            timer->start();
        }
        m_connection = std::move(connection);
        opened.release();
    });
    opened.acquire();
}

SqliteStorage::~SqliteStorage()
{
    shutDown();
}

SqliteConnection &SqliteStorage::sqlite(SqlConnection &c)
{
    return static_cast<SqliteConnection &>(c);
}

bool SqliteStorage::beforeJob()
{
    LocalDatabase::clearLastFailureCode();
    return m_connection && sqlite(*m_connection).database.isOpen();
}

StoreError SqliteStorage::unavailable() const
{
    return StoreError(StoreError::Kind::Unavailable,
                      m_connection ? sqlite(*m_connection).database.errorString() : QString());
}

void SqliteStorage::pollDataVersion()
{
    if (!m_connection)
        return;
    SqliteConnection &c = sqlite(*m_connection);
    const qint64 version = c.database.dataVersion();
    if (version < 0 || version == c.seenDataVersion)
        return;
    c.seenDataVersion = version;
    QMetaObject::invokeMethod(this, [this] { Q_EMIT changed(); }, Qt::QueuedConnection);
}
