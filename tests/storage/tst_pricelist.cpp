// PriceList (issue 22): the price of one replica of a shape per hour, kept with the ledger in
// the store, through the asynchronous interface the window and the CLI use, on both backends
// (data rows "sqlite": a file on disk; "postgres": the throwaway server scripts/test starts).
// Exact amounts in, exact amounts out; a second store on the same place sees a price and hears
// of it; bad prices are refused and lose nothing; an older store gains the table.
#include "app/storage/pricelist.h"
#include "app/storage/shapeprice.h"
#include "app/storage/sql/sqldatabase.h"
#include "app/storage/storage.h"
#include "app/storage/storagefactory.h"
#include "tests/storage/twobackendstores.h"
#include "tests/support/waitforstore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

#include <memory>
#include <optional>

namespace {

ShapePrice price(const QString &shape, qint64 micros, const QString &currency = QStringLiteral("USD"))
{
    ShapePrice p;
    p.shape = shape;
    p.micros = micros;
    p.currency = currency;
    p.setBy = QStringLiteral("alice");
    return p;
}

} // namespace

class TestPriceList : public QObject
{
    Q_OBJECT

    TwoBackendStores m_stores;

    QList<ShapePrice> all(PriceList &prices)
    {
        const auto result = waitForStore<QList<ShapePrice>>([&](QObject *c, StoreCallback<QList<ShapePrice>> d) { prices.all(c, d); });
        if (!result.ok())
            qWarning("all() failed: %s", qPrintable(result.error.message));
        return result.value;
    }

    StoreResult<ShapePrice> set(PriceList &prices, const ShapePrice &p)
    {
        return waitForStore<ShapePrice>([&](QObject *c, StoreCallback<ShapePrice> d) { prices.set(p, c, d); });
    }

    StoreResult<bool> remove(PriceList &prices, const QString &shape)
    {
        return waitForStore<bool>([&](QObject *c, StoreCallback<bool> d) { prices.remove(shape, c, d); });
    }

private Q_SLOTS:
    void cleanup() { m_stores.reset(); }

    void amountsAreReadExactly();

    void setListReplaceRemove_data() { TestStores::addBackendRows(); }
    void setListReplaceRemove();
    void anotherStoreSeesAPriceAndHearsOfIt_data() { TestStores::addBackendRows(); }
    void anotherStoreSeesAPriceAndHearsOfIt();
    void badPricesAreRefusedAndLoseNothing_data() { TestStores::addBackendRows(); }
    void badPricesAreRefusedAndLoseNothing();
    void anOlderStoreGainsThePriceTable_data() { TestStores::addBackendRows(); }
    void anOlderStoreGainsThePriceTable();
};

#define OPEN_OR_END(var, name) LEPTON_OPEN_STORAGE(var, m_stores, name)

void TestPriceList::amountsAreReadExactly()
{
    QCOMPARE(ShapePrice::parseMicros(QStringLiteral("2.5")), std::optional<qint64>(2500000));
    QCOMPARE(ShapePrice::parseMicros(QStringLiteral("12")), std::optional<qint64>(12000000));
    QCOMPARE(ShapePrice::parseMicros(QStringLiteral("0.000001")), std::optional<qint64>(1));
    QCOMPARE(ShapePrice::parseMicros(QStringLiteral(" 3.10 ")), std::optional<qint64>(3100000));
    QCOMPARE(ShapePrice::parseMicros(QStringLiteral("0")), std::optional<qint64>(0));
    for (const char *bad : {"", "-1", "+1", "1,5", "1e3", "1.0000001", "abc", ".5", "1.2.3"})
        QVERIFY2(!ShapePrice::parseMicros(QLatin1String(bad)), bad);
    QCOMPARE(ShapePrice::formatMicros(2500000), QStringLiteral("2.5"));
    QCOMPARE(ShapePrice::formatMicros(12000000), QStringLiteral("12"));
    QCOMPARE(ShapePrice::formatMicros(1), QStringLiteral("0.000001"));
    QCOMPARE(ShapePrice::normalizeCurrency(QStringLiteral("eur")), std::optional<QString>(QStringLiteral("EUR")));
    QVERIFY(!ShapePrice::normalizeCurrency(QStringLiteral("EURO")));
    QVERIFY(!ShapePrice::normalizeCurrency(QStringLiteral("€")));
}

void TestPriceList::setListReplaceRemove()
{
    OPEN_OR_END(storage, QStringLiteral("ledger"));
    std::unique_ptr<PriceList> prices = PriceList::open(*storage);
    QVERIFY(prices);
    QVERIFY(all(*prices).isEmpty());

    const auto a10 = set(*prices, price(QStringLiteral("gpu.a10"), 2500000));
    QVERIFY2(a10.ok(), qPrintable(a10.error.message));
    QCOMPARE(a10.value.micros, 2500000);
    QVERIFY(a10.value.setAt.isValid());
    const auto h100 = set(*prices, price(QStringLiteral("gpu.h100-sxm"), 3000001, QStringLiteral("EUR")));
    QVERIFY2(h100.ok(), qPrintable(h100.error.message));

    QList<ShapePrice> listed = all(*prices);
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.at(0), a10.value); // as stored, to the millisecond
    QCOMPARE(listed.at(1).shape, QStringLiteral("gpu.h100-sxm"));
    QCOMPARE(listed.at(1).micros, 3000001);
    QCOMPARE(listed.at(1).currency, QStringLiteral("EUR"));
    QCOMPARE(listed.at(1).setBy, QStringLiteral("alice"));

    // A shape has one price: setting it again replaces it.
    const auto again = set(*prices, price(QStringLiteral("gpu.a10"), 1750000, QStringLiteral("EUR")));
    QVERIFY2(again.ok(), qPrintable(again.error.message));
    listed = all(*prices);
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.at(0).micros, 1750000);
    QCOMPARE(listed.at(0).currency, QStringLiteral("EUR"));

    const auto removed = remove(*prices, QStringLiteral("gpu.a10"));
    QVERIFY2(removed.ok(), qPrintable(removed.error.message));
    QVERIFY(removed.value);
    const auto removedAgain = remove(*prices, QStringLiteral("gpu.a10"));
    QVERIFY(removedAgain.ok());
    QVERIFY(!removedAgain.value);
    listed = all(*prices);
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.at(0).shape, QStringLiteral("gpu.h100-sxm"));

    // Durable: a store opened afresh on the same place has it.
    prices.reset();
    storage.reset();
    OPEN_OR_END(reopened, QStringLiteral("ledger"));
    std::unique_ptr<PriceList> again2 = PriceList::open(*reopened);
    listed = all(*again2);
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.at(0).micros, 3000001);
}

void TestPriceList::anotherStoreSeesAPriceAndHearsOfIt()
{
    OPEN_OR_END(a, QStringLiteral("shared"));
    OPEN_OR_END(b, QStringLiteral("shared"));
    std::unique_ptr<PriceList> aPrices = PriceList::open(*a);
    std::unique_ptr<PriceList> bPrices = PriceList::open(*b);
    QSignalSpy bChanged(b.get(), &Storage::changed);
    const auto stored = set(*aPrices, price(QStringLiteral("gpu.l40s"), 1990000));
    QVERIFY2(stored.ok(), qPrintable(stored.error.message));
    // b did not write: only the other connection's commit can tell it.
    QVERIFY(bChanged.count() > 0 || bChanged.wait(10000));
    const QList<ShapePrice> seen = all(*bPrices);
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.at(0), stored.value);
}

void TestPriceList::badPricesAreRefusedAndLoseNothing()
{
    OPEN_OR_END(storage, QStringLiteral("ledger"));
    std::unique_ptr<PriceList> prices = PriceList::open(*storage);
    QVERIFY(set(*prices, price(QStringLiteral("gpu.a10"), 2000000)).ok());
    const QList<ShapePrice> before = all(*prices);

    const auto negative = set(*prices, price(QStringLiteral("gpu.a10"), -1));
    QCOMPARE(negative.error.kind, StoreError::Kind::Invalid);
    QVERIFY2(negative.error.message.contains(QLatin1String("negative")), qPrintable(negative.error.message));
    const auto currency = set(*prices, price(QStringLiteral("gpu.a10"), 1, QStringLiteral("EURO")));
    QCOMPARE(currency.error.kind, StoreError::Kind::Invalid);
    QVERIFY2(currency.error.message.contains(QLatin1String("EURO")), qPrintable(currency.error.message));
    const auto blank = set(*prices, price(QStringLiteral("  "), 1));
    QCOMPARE(blank.error.kind, StoreError::Kind::Invalid);

    QCOMPARE(all(*prices), before);
}

void TestPriceList::anOlderStoreGainsThePriceTable()
{
    {
        // A store as the release before this one left it: no price table, schema 4.
        OPEN_OR_END(fresh, QStringLiteral("older"));
    }
    {
        LEPTON_OPEN_STORE(db, m_stores, QStringLiteral("older"));
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("DROP TABLE shape_prices")));
        // Nor the tables of later versions (schema 6: schedules, issue 21).
        for (const char *table : {"schedules", "holds", "wake_ups", "transition_claims"})
            QVERIFY(query.exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))));
        QVERIFY(query.exec(QStringLiteral("UPDATE meta SET value = '4' WHERE key = 'schema_version'")));
    }
    OPEN_OR_END(upgraded, QStringLiteral("older"));
    std::unique_ptr<PriceList> prices = PriceList::open(*upgraded);
    const auto stored = set(*prices, price(QStringLiteral("gpu.t4"), 350000));
    QVERIFY2(stored.ok(), qPrintable(stored.error.message));
    QCOMPARE(all(*prices).size(), 1);
    LEPTON_OPEN_STORE(db, m_stores, QStringLiteral("older"));
    QSqlQuery version(db->connection());
    QVERIFY(version.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) && version.next());
    QCOMPARE(version.value(0).toString(), QStringLiteral("6"));
}

QTEST_GUILESS_MAIN(TestPriceList)
#include "tst_pricelist.moc"
