#include "app/storage/schedulestore.h"

#include "app/storage/sql/sqlschedulestore.h"
#include "app/storage/sql/sqlstorage.h"

std::unique_ptr<ScheduleStore> ScheduleStore::open(Storage &storage)
{
    auto *sql = dynamic_cast<SqlStorage *>(&storage);
    if (!sql)
        return nullptr;
    return std::make_unique<SqlScheduleStore>(*sql);
}
