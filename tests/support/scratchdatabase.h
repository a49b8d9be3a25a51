#pragma once

#include "tests/support/scratchfolder.h"

#include <QString>

#include <memory>

class LocalDatabase;
class SqliteStorage;
class NotesTable;
class LedgerTable;

// The console's local SQLite database as a real file in a fresh temporary folder, with the
// pause ledger and the notes on it, the way the console opens them: open() in init(), close()
// in cleanup(). Whatever a test builds on the stores goes before close().
class ScratchDatabase
{
public:
    ScratchDatabase();
    ~ScratchDatabase();

    // A new, empty folder with the database file `fileName` in it. False, with errorString()
    // saying why, when the folder cannot be made or the database does not open.
    bool open(const QString &fileName);
    // The stores, then the database, then the folder with its files.
    void close();
    QString errorString() const;

    LocalDatabase *database() const { return m_database.get(); }
    // The storage interface (SqliteStorage) on the same file, what the program's objects take.
    SqliteStorage *storage() const { return m_storage.get(); }
    LedgerTable *ledger() const { return m_ledger.get(); }
    NotesTable *notes() const { return m_notes.get(); }
    // A path in the database's folder, for files a test writes or exports beside it.
    QString filePath(const QString &name) const { return m_folder.filePath(name); }

private:
    ScratchFolder m_folder;
    std::unique_ptr<LocalDatabase> m_database;
    std::unique_ptr<LedgerTable> m_ledger;
    std::unique_ptr<NotesTable> m_notes;
    std::unique_ptr<SqliteStorage> m_storage;
    QString m_error;
};
