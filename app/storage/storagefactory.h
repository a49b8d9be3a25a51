#pragma once

#include "app/storage/storage.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

// Picks and makes the store the program works on, from a URI: the composition roots' one
// call. The URI comes from --store, else the environment variable LEPTON_CONSOLE_STORE:
//   postgresql://user@host:port/database?sslmode=verify-full   a team store (PostgresStorage);
//                                                               libpq's conventions fill in
//                                                               the rest (~/.pgpass, PGPASSWORD…)
//   sqlite: or sqlite:PATH, or nothing                          the local file (SqliteStorage)
// A password in the URI is used to connect and never shown: describe() leaves it out.
class StorageFactory
{
    Q_DECLARE_TR_FUNCTIONS(StorageFactory)

public:
    static constexpr const char *EnvVar = "LEPTON_CONSOLE_STORE";

    enum class Backend { Sqlite, Postgres, Invalid };
    struct Choice
    {
        Backend backend = Backend::Sqlite;
        QString target;      // the file (empty: the default one) or the libpq URI
        QString description; // for messages: the file, or the URI without password
        QString error;       // Backend::Invalid: why
    };

    // `option` (from --store) wins over the environment; both empty: the local file.
    static Choice choose(const QString &option = QString());
    // Makes the store. nullptr for an invalid choice (`*error` says why). Every store is
    // still opening when it comes back (status().opening; see Storage::Status).
    static std::unique_ptr<Storage> open(const Choice &choice, QString *error = nullptr);
    // For programs with no window to keep alive (the CLI, tests): runs an event loop until
    // `storage` has finished opening. Never call it on the GUI thread.
    static void waitUntilOpen(Storage &storage);
};
