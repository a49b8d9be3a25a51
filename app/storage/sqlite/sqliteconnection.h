#pragma once

#include "app/storage/sqlite/ledgertable.h"
#include "app/storage/sqlite/localdatabase.h"
#include "app/storage/sqlite/notestable.h"
#include "app/storage/storeresult.h"

// What SqliteStorage's worker thread holds: the one connection and the tables' SQL on it.
// Created, used and destroyed on that thread only (Qt SQL's rule).
struct SqliteConnection
{
    SqliteConnection(const QString &path, int busyTimeoutMs)
        : database(path, busyTimeoutMs)
        , ledger(database)
        , notes(database)
    {
    }

    // A failure of the last table call as a typed error: the kind from SQLite's code, else
    // from what the connection is (read-only, not open), else `fallback`.
    StoreError error(const QString &message, bool write,
                     StoreError::Kind fallback = StoreError::Kind::Conflict) const
    {
        const int code = LocalDatabase::lastFailureCode();
        if (code != 0)
            return StoreError(LocalDatabase::errorKind(code), message);
        if (!database.isOpen())
            return StoreError(StoreError::Kind::Unavailable, message);
        if (write && database.isReadOnly())
            return StoreError(StoreError::Kind::ReadOnly, message);
        return StoreError(fallback, message);
    }

    LocalDatabase database;
    LedgerTable ledger;
    NotesTable notes;
    qint64 seenDataVersion = -1;
};
