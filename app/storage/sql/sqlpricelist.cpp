#include "app/storage/sql/sqlpricelist.h"

#include "app/storage/sql/pricetable.h"
#include "app/storage/sql/sqlconnection.h"
#include "app/storage/sql/sqlstorage.h"

namespace {

constexpr bool Read = false;
constexpr bool Write = true;

} // namespace

void SqlPriceList::all(QObject *context, StoreCallback<QList<ShapePrice>> done)
{
    m_storage.run<QList<ShapePrice>>(context, Read, [](SqlConnection &c) {
        PriceTable table(*c.db);
        const QList<ShapePrice> prices = table.all();
        if (!table.lastError().isEmpty())
            return StoreResult<QList<ShapePrice>>::failure(c.error(table.lastError(), Read, StoreError::Kind::Other));
        return StoreResult<QList<ShapePrice>>::success(prices);
    }, std::move(done));
}

void SqlPriceList::set(const ShapePrice &price, QObject *context, StoreCallback<ShapePrice> done)
{
    m_storage.run<ShapePrice>(context, Write, [price](SqlConnection &c) {
        if (const QString why = price.validationError(); !why.isEmpty())
            return StoreResult<ShapePrice>::failure(StoreError(StoreError::Kind::Invalid, why));
        PriceTable table(*c.db);
        const std::optional<ShapePrice> stored = table.set(price);
        if (!stored)
            return StoreResult<ShapePrice>::failure(c.error(table.lastError(), Write, StoreError::Kind::Other));
        return StoreResult<ShapePrice>::success(*stored);
    }, std::move(done));
}

void SqlPriceList::remove(const QString &shape, QObject *context, StoreCallback<bool> done)
{
    m_storage.run<bool>(context, Write, [shape](SqlConnection &c) {
        PriceTable table(*c.db);
        const std::optional<bool> removed = table.remove(shape);
        if (!removed)
            return StoreResult<bool>::failure(c.error(table.lastError(), Write, StoreError::Kind::Other));
        return StoreResult<bool>::success(*removed);
    }, std::move(done));
}
