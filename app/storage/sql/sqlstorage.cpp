#include "app/storage/sql/sqlstorage.h"

#include "app/storage/sql/sqlconnection.h"
#include "app/storage/sqlite/sqlitenotesstore.h"
#include "app/storage/sqlite/sqlitepauseledger.h"

#include <QSqlQuery>

SqlStorage::SqlStorage(const QString &threadName, QObject *parent)
    : Storage(parent)
    , m_ledger(std::make_unique<SqlitePauseLedger>(*this))
    , m_notes(std::make_unique<SqliteNotesStore>(*this))
{
    m_thread.setObjectName(threadName);
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

SqlStorage::~SqlStorage()
{
    shutDown();
}

void SqlStorage::shutDown()
{
    if (!m_thread.isRunning())
        return;
    // Behind every call already queued: they all finish, then the connection closes on its
    // own thread.
    post([this] {
        m_connection.reset();
        m_thread.quit();
    });
    m_thread.wait();
}

PauseLedger &SqlStorage::ledger()
{
    return *m_ledger;
}

NotesStore &SqlStorage::notes()
{
    return *m_notes;
}

void SqlStorage::post(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_worker, std::move(work), Qt::QueuedConnection);
}

void SqlStorage::info(QObject *context, StoreCallback<StoreInfo> done)
{
    run<StoreInfo>(context, false, [](SqlConnection &c) {
        StoreInfo info;
        QString error;
        if (!c.describe(info, error))
            return StoreResult<StoreInfo>::failure(c.error(error, false, StoreError::Kind::Other));
        const bool ok = c.db->selectRows(
            QStringLiteral("SELECT (SELECT count(*) FROM pause_ledger WHERE state IN ('pending', 'active')),"
                           " (SELECT count(*) FROM pause_ledger WHERE state IN ('closed', 'abandoned')),"
                           " (SELECT count(*) FROM notes)"),
            {}, [&info](const QSqlQuery &row) {
                info.openPauses = row.value(0).toInt();
                info.closedPauses = row.value(1).toInt();
                info.notes = row.value(2).toInt();
            }, error);
        if (!ok)
            return StoreResult<StoreInfo>::failure(c.error(error, false, StoreError::Kind::Other));
        return StoreResult<StoreInfo>::success(info);
    }, std::move(done));
}
