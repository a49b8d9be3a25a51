#include "app/storage/sqlite/sqlitestorage.h"

#include "app/storage/sqlite/sqliteconnection.h"

#include <QFileInfo>
#include <QTimer>

SqliteStorage::SqliteStorage(const QString &path, int busyTimeoutMs, QObject *parent)
    : SqlStorage(QStringLiteral("SqliteStorage"), parent)
{
    // The open (migration, recovery, a wait for another program's lock) runs on the worker:
    // the caller's thread goes on at once. Calls made meanwhile queue behind it.
    m_status.opening = true;
    m_status.location = path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
    post([this, path, busyTimeoutMs] {
        auto connection = std::make_unique<SqliteConnection>(path, busyTimeoutMs);
        const LocalDatabase &db = connection->database;
        Status status;
        status.open = db.isOpen();
        status.readOnly = db.isReadOnly();
        status.location = db.path().isEmpty() ? path : db.path();
        status.errorString = db.isOpen() ? QString() : db.errorString();
        status.recoveryMessage = db.recoveryMessage();
        if (db.isOpen()) {
            connection->seenDataVersion = db.dataVersion();
            auto *timer = new QTimer(worker());
            timer->setInterval(DefaultPollInterval);
            connect(timer, &QTimer::timeout, worker(), [this] { pollDataVersion(); });
            timer->start();
        }
        m_connection = std::move(connection);
        // To this object's thread, where status() is read. Dropped with the object when it
        // is destroyed before the open ends.
        QMetaObject::invokeMethod(this, [this, status] {
            m_status = status;
            Q_EMIT statusChanged();
        }, Qt::QueuedConnection);
    });
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
