#include "tests/support/scratchdatabase.h"

#include "app/storage/sqlite/localdatabase.h"
#include "app/storage/notesstore.h"
#include "app/storage/pauseledger.h"

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
    m_ledger = std::make_unique<PauseLedger>(*m_database);
    m_notes = std::make_unique<NotesStore>(*m_database);
    m_error.clear();
    return true;
}

void ScratchDatabase::close()
{
    m_notes.reset();
    m_ledger.reset();
    m_database.reset();
    m_folder.remove();
}

QString ScratchDatabase::errorString() const
{
    return m_error;
}
