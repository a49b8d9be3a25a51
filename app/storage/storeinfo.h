#pragma once

#include "app/storage/storeresult.h"

#include <QObject>
#include <QString>

// What a store is, for `lepton-console-cli store status` and the settings' store test: the
// backend, where it is (never with a password), who this program is to it, its schema and
// how much it holds.
struct StoreInfo
{
    QString backend;       // "sqlite" or "postgresql"
    QString location;      // the file, or the URI without its password
    QString server;        // "SQLite 3.40.1", "PostgreSQL 15.18 (…)"
    QString user;          // the database role (PostgreSQL), the OS account (SQLite)
    int schemaVersion = 0;
    bool readOnly = false;
    int openPauses = 0;
    int closedPauses = 0;  // closed and abandoned: history
    int notes = 0;
};

// Implemented by the SQL backends (SqlStorage); a composition root or a command that has a
// Storage asks for it with dynamic_cast until the Storage interface itself grows it.
class StoreInfoSource
{
public:
    virtual ~StoreInfoSource() = default;
    // Ends in exactly one result, on the thread of `context` unless it died first.
    virtual void info(QObject *context, StoreCallback<StoreInfo> done) = 0;
};
