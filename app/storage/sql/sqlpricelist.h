#pragma once

#include "app/storage/pricelist.h"

class SqlStorage;

// PriceList on an SqlStorage's worker, for both SQL backends: each call is one job there,
// running PriceTable's SQL on the storage's one connection.
class SqlPriceList : public PriceList
{
public:
    explicit SqlPriceList(SqlStorage &storage) : m_storage(storage) {}

    void all(QObject *context, StoreCallback<QList<ShapePrice>> done) override;
    void set(const ShapePrice &price, QObject *context, StoreCallback<ShapePrice> done) override;
    void remove(const QString &shape, QObject *context, StoreCallback<bool> done) override;

private:
    SqlStorage &m_storage;
};
