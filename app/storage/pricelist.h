#pragma once

#include "app/storage/shapeprice.h"
#include "app/storage/storeresult.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class Storage;

// The prices of resource shapes, kept in the store with the ledger and the notes (a team store
// shares them). An interface like PauseLedger: every call returns at once and ends in exactly
// one StoreResult, delivered on the thread of `context` unless `context` died first; calls run
// in the order made, with the storage's other calls. A write emits Storage::changed().
//
// A shape has at most one price. A shape without one has no price: callers show "no price
// set", never 0.
class PriceList
{
public:
    virtual ~PriceList() = default;

    // The price list of `storage`, working on its worker thread; nullptr when that storage
    // keeps no prices (not an SQL store). The storage must outlive it.
    static std::unique_ptr<PriceList> open(Storage &storage);

    // Every price, by shape name.
    virtual void all(QObject *context, StoreCallback<QList<ShapePrice>> done) = 0;
    // Sets (adds or replaces) the price of `price.shape`; a null setAt becomes now. Ends in
    // the price as stored. A price that fails ShapePrice::validationError() is refused (Invalid).
    virtual void set(const ShapePrice &price, QObject *context, StoreCallback<ShapePrice> done) = 0;
    // Removes the price of `shape`; ends in whether there was one.
    virtual void remove(const QString &shape, QObject *context, StoreCallback<bool> done) = 0;
};
