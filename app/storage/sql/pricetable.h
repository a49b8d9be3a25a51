#pragma once

#include "app/storage/shapeprice.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class SqlDatabase;

// The prices of resource shapes (table shape_prices, schema version 5): the SQL that both
// backends run on their worker thread, on an SqlDatabase (which must outlive it), the way
// LedgerTable and NotesTable do. Plain class, no signals. Every call reports failure through
// its return value and lastError().
class PriceTable
{
    Q_DECLARE_TR_FUNCTIONS(PriceList)

public:
    explicit PriceTable(SqlDatabase &database) : m_db(database) {}

    // Every price, by shape. Empty on failure too: then lastError() is non-empty.
    QList<ShapePrice> all() const;
    // Adds or replaces the price of `price.shape` in one transaction; a null setAt becomes
    // now. The price as stored, or nullopt with lastError() set.
    std::optional<ShapePrice> set(const ShapePrice &price);
    // Removes the price of `shape` in one transaction: true when there was one. nullopt on
    // failure.
    std::optional<bool> remove(const QString &shape);

    QString lastError() const { return m_lastError; }

private:
    bool report(bool ok, const QString &error) const;

    SqlDatabase &m_db;
    mutable QString m_lastError;
};
