#include "tests/support/scratchdatabase.h"

#include "app/storage/sqlite/localdatabase.h"
#include "app/storage/sqlite/notestable.h"
#include "app/storage/sqlite/ledgertable.h"
#include "app/storage/sqlite/sqlitestorage.h"
#include "app/storage/storagefactory.h"

ScratchDatabase::ScratchDatabase() = default;

ScratchDatabase::~ScratchDatabase()
{
    close();
}

bool ScratchDatabase::open(const QString &fileName)
{
    close();
    if (!m_folder.renew()) {
        m_error = QStringLiteral("no temporary folder: ") + m_folder.errorString();
        return false;
    }
    m_database = std::make_unique<LocalDatabase>(m_folder.filePath(fileName));
    if (!m_database->isOpen()) {
        m_error = m_database->errorString();
        return false;
    }
    m_ledger = std::make_unique<LedgerTable>(*m_database);
    m_notes = std::make_unique<NotesTable>(*m_database);
    // The asynchronous interface on the same file, as the programs use it (its own connection
    // on its own thread: to the tables above it is another process).
    m_storage = std::make_unique<SqliteStorage>(m_folder.filePath(fileName));
    StorageFactory::waitUntilOpen(*m_storage); // it opens on its worker
    if (!m_storage->status().open) {
        m_error = m_storage->status().errorString;
        return false;
    }
    m_error.clear();
    return true;
}

void ScratchDatabase::close()
{
    m_storage.reset();
    m_notes.reset();
    m_ledger.reset();
    m_database.reset();
    m_folder.remove();
}

QString ScratchDatabase::errorString() const
{
    return m_error;
}
