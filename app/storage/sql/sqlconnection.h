#pragma once

#include "app/storage/sql/sqldatabase.h"
#include "app/storage/sqlite/ledgertable.h"
#include "app/storage/sqlite/notestable.h"
#include "app/storage/storeinfo.h"
#include "app/storage/storeresult.h"

#include <memory>

// What an SqlStorage's worker thread holds: one connection (an SqlDatabase of some dialect)
// and the tables' SQL on it. Created, used and destroyed on that thread only (Qt SQL's rule).
// A backend derives from it to say what its failures mean.
struct SqlConnection
{
    explicit SqlConnection(std::unique_ptr<SqlDatabase> database)
        : db(std::move(database))
        , ledger(*db)
        , notes(*db)
    {
    }
    virtual ~SqlConnection() = default;

    // A failure of the last table call as a typed error, keeping `message` (the database's
    // words): the kind from the backend's error code, else from what the connection is
    // (read-only, gone), else `fallback`.
    virtual StoreError error(const QString &message, bool write,
                             StoreError::Kind fallback = StoreError::Kind::Conflict) const = 0;

    // Fills in what only the backend knows (backend, location, server, user, schema, read-only);
    // the counts are the same SQL for every backend (SqlStorage::info). False: the connection
    // failed to say, with `error` set.
    virtual bool describe(StoreInfo &info, QString &error) const = 0;

    std::unique_ptr<SqlDatabase> db;
    LedgerTable ledger;
    NotesTable notes;
};
