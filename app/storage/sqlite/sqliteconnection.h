#pragma once

#include "app/storage/sql/sqlconnection.h"
#include "app/common/localuser.h"
#include "app/storage/sqlite/localdatabase.h"

#include <QSqlQuery>

// What SqliteStorage's worker thread holds: the one connection to the file (LocalDatabase)
// and the tables' SQL on it. Created, used and destroyed on that thread only (Qt SQL's rule).
struct SqliteConnection : SqlConnection
{
    SqliteConnection(const QString &path, int busyTimeoutMs)
        : SqlConnection(std::make_unique<LocalDatabase>(path, busyTimeoutMs))
        , database(static_cast<LocalDatabase &>(*db))
    {
    }

    // The kind from SQLite's code, else from what the connection is (read-only, not open),
    // else `fallback`.
    StoreError error(const QString &message, bool write,
                     StoreError::Kind fallback = StoreError::Kind::Conflict) const override
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

    bool describe(StoreInfo &info, QString &error) const override
    {
        info.backend = QStringLiteral("sqlite");
        info.location = database.path();
        info.user = LocalUser::name();
        info.schemaVersion = database.schemaVersion();
        info.readOnly = database.isReadOnly();
        return database.selectRows(QStringLiteral("SELECT sqlite_version()"), {}, [&info](const QSqlQuery &row) {
            info.server = QStringLiteral("SQLite ") + row.value(0).toString();
        }, error);
    }

    LocalDatabase &database;
    qint64 seenDataVersion = -1;
};
