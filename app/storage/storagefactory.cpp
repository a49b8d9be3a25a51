#include "app/storage/storagefactory.h"

#include "app/storage/postgres/postgresdatabase.h"
#include "app/storage/postgres/postgresstorage.h"
#include "app/storage/sqlite/localdatabase.h"
#include "app/storage/sqlite/sqlitestorage.h"

#include <QDir>
#include <QEventLoop>

StorageFactory::Choice StorageFactory::choose(const QString &option)
{
    const QString uri = (option.isEmpty() ? qEnvironmentVariable(EnvVar) : option).trimmed();
    Choice choice;
    if (uri.isEmpty() || uri == QStringLiteral("sqlite:")) {
        choice.description = LocalDatabase::defaultPath();
        return choice;
    }
    if (uri.startsWith(QStringLiteral("sqlite:"))) {
        choice.target = QDir::cleanPath(uri.mid(7));
        choice.description = choice.target;
        return choice;
    }
    if (uri.startsWith(QStringLiteral("postgresql://")) || uri.startsWith(QStringLiteral("postgres://"))) {
        choice.backend = Backend::Postgres;
        choice.target = uri;
        choice.description = PostgresDatabase::redacted(uri);
        return choice;
    }
    choice.backend = Backend::Invalid;
    choice.description = PostgresDatabase::redacted(uri);
    choice.error = tr("The store \"%1\" is neither a PostgreSQL URI (postgresql://user@host/database) nor "
                      "sqlite: (the local file).")
                       .arg(choice.description);
    return choice;
}

std::unique_ptr<Storage> StorageFactory::open(const Choice &choice, QString *error)
{
    switch (choice.backend) {
    case Backend::Sqlite:
        return std::make_unique<SqliteStorage>(choice.target.isEmpty() ? LocalDatabase::defaultPath() : choice.target);
    case Backend::Postgres:
        return std::make_unique<PostgresStorage>(choice.target);
    case Backend::Invalid:
        break;
    }
    if (error)
        *error = choice.error;
    return nullptr;
}

void StorageFactory::waitUntilOpen(Storage &storage)
{
    if (!storage.status().opening)
        return;
    QEventLoop loop;
    QObject::connect(&storage, &Storage::statusChanged, &loop, [&loop, &storage] {
        if (!storage.status().opening)
            loop.quit();
    });
    loop.exec();
}
