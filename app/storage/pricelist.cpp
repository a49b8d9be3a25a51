#include "app/storage/pricelist.h"

#include "app/storage/sql/sqlpricelist.h"
#include "app/storage/sql/sqlstorage.h"

std::unique_ptr<PriceList> PriceList::open(Storage &storage)
{
    auto *sql = dynamic_cast<SqlStorage *>(&storage);
    if (!sql)
        return nullptr;
    return std::make_unique<SqlPriceList>(*sql);
}
