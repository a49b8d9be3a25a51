#pragma once

#include "app/storage/postgres/postgresdatabase.h"
#include "app/storage/sql/sqlconnection.h"

// What PostgresStorage's worker thread holds: the one connection to the server and the
// tables' SQL on it. Created, used and destroyed on that thread only (Qt SQL's rule).
struct PostgresConnection : SqlConnection
{
    explicit PostgresConnection(const QString &uri)
        : SqlConnection(std::make_unique<PostgresDatabase>(uri))
        , database(static_cast<PostgresDatabase &>(*db))
    {
    }

    // The kind from the server's SQLSTATE, else from what the connection is, else `fallback`.
    StoreError error(const QString &message, bool write,
                     StoreError::Kind fallback = StoreError::Kind::Conflict) const override
    {
        if (PostgresDatabase::hasLastFailure())
            return StoreError(PostgresDatabase::errorKind(PostgresDatabase::lastFailureState()), message);
        if (!database.isOpen())
            return StoreError(StoreError::Kind::Unavailable, message);
        if (write && database.isReadOnly())
            return StoreError(StoreError::Kind::ReadOnly, message);
        return StoreError(fallback, message);
    }

    bool describe(StoreInfo &info, QString &) const override
    {
        info.backend = QStringLiteral("postgresql");
        info.location = database.location();
        info.server = QStringLiteral("PostgreSQL ") + database.serverVersion();
        info.user = database.userName();
        info.schemaVersion = database.schemaVersion();
        info.readOnly = database.isReadOnly();
        return true;
    }

    PostgresDatabase &database;
};
