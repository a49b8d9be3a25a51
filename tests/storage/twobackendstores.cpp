#include "tests/storage/twobackendstores.h"

#include "app/storage/storage.h"
#include "app/storage/storagefactory.h"

bool TwoBackendStores::renew()
{
    return m_folder.renew();
}

void TwoBackendStores::reset()
{
    TestStores::reset();
    m_folder.remove();
}

std::unique_ptr<Storage> TwoBackendStores::open(const QString &name)
{
    const QString where = location(name);
    if (where.isEmpty())
        return nullptr;
    StorageFactory::Choice choice;
    choice.backend = backend() == QStringLiteral("sqlite") ? StorageFactory::Backend::Sqlite : StorageFactory::Backend::Postgres;
    choice.target = where;
    std::unique_ptr<Storage> storage = StorageFactory::open(choice);
    if (storage)
        StorageFactory::waitUntilOpen(*storage);
    return storage;
}
