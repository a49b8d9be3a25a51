#include "app/storage/postgres/postgresstorage.h"

#include "app/storage/postgres/postgresconnection.h"

#include <QSqlDriver>

PostgresStorage::PostgresStorage(const QString &uri, QObject *parent)
    : SqlStorage(QStringLiteral("PostgresStorage"), parent)
{
    m_status.opening = true;
    m_status.location = PostgresDatabase::redacted(uri);
    post([this, uri] {
        m_connection = std::make_unique<PostgresConnection>(uri);
        connected();
    });
}

PostgresStorage::~PostgresStorage()
{
    shutDown();
}

PostgresConnection &PostgresStorage::postgres(SqlConnection &c)
{
    return static_cast<PostgresConnection &>(c);
}

void PostgresStorage::connected()
{
    PostgresDatabase &db = postgres(*m_connection).database;
    if (db.isOpen()) {
        QSqlDriver *driver = db.connection().driver();
        // The driver lives on this (the worker's) thread, and stays the same across reopen().
        if (!m_listening) {
            m_listening = true;
            connect(driver, &QSqlDriver::notification, worker(),
                    [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
                        // Our own commits already emitted changed() when their call ended.
                        if (source == QSqlDriver::OtherSource)
                            QMetaObject::invokeMethod(this, [this] { Q_EMIT changed(); }, Qt::QueuedConnection);
                    });
        }
        driver->subscribeToNotification(QLatin1String(PostgresDatabase::ChangedChannel));
    }
    publishStatus();
}

void PostgresStorage::publishStatus()
{
    const PostgresDatabase &db = postgres(*m_connection).database;
    const bool lost = db.isOpen() && db.connectionLost();
    m_lostPublished = lost || !db.isOpen();
    Status status;
    status.open = db.isOpen() && !lost;
    status.readOnly = db.isReadOnly();
    status.location = db.location();
    status.errorString = status.open ? QString() : (lost ? db.lostConnectionError() : db.errorString());
    QMetaObject::invokeMethod(this, [this, status]() mutable {
        const bool wasOpen = m_status.open;
        const bool wasOpening = m_status.opening;
        // Lost: since the first moment this object knew it; kept while it stays lost.
        if (!status.open && !wasOpening)
            status.lostSince = m_status.lostSince.isValid() ? m_status.lostSince : QDateTime::currentDateTimeUtc();
        m_status = status;
        if (wasOpening || wasOpen != status.open)
            Q_EMIT statusChanged();
        // What another console wrote while this one was away is news.
        if (!wasOpening && !wasOpen && status.open)
            Q_EMIT changed();
    }, Qt::QueuedConnection);
}

bool PostgresStorage::beforeJob()
{
    PostgresDatabase::clearLastFailure();
    if (!m_connection)
        return false;
    PostgresDatabase &db = postgres(*m_connection).database;
    if (db.isOpen() && !db.connectionLost())
        return true;
    const bool wasOpen = db.isOpen();
    if (db.reopen() || wasOpen)
        connected();
    PostgresDatabase::clearLastFailure();
    return db.isOpen();
}

void PostgresStorage::afterJob()
{
    if (m_connection && !m_lostPublished && postgres(*m_connection).database.connectionLost())
        publishStatus();
}

StoreError PostgresStorage::unavailable() const
{
    return StoreError(StoreError::Kind::Unavailable,
                      m_connection ? postgres(*m_connection).database.errorString() : QString());
}
