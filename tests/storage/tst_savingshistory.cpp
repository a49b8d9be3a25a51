// The savings figures read from a real store (issue 22), on both backends (data rows "sqlite":
// a file on disk; "postgres": the throwaway server scripts/test starts): PauseLedger::entriesBetween
// gives every entry whose time overlaps the span, whatever its state, and SavingsLoader turns the
// store's history and prices into exact figures without a server (accelerators from the paused
// specs).
#include "app/savings/savingsloader.h"
#include "app/storage/pauseledger.h"
#include "app/storage/pricelist.h"
#include "app/storage/sql/sqldatabase.h"
#include "app/storage/sqlite/ledgertable.h"
#include "app/storage/storage.h"
#include "app/storage/storagefactory.h"
#include "tests/storage/twobackendstores.h"
#include "tests/support/waitforstore.h"

#include <QSqlQuery>
#include <QtTest>

#include <memory>
#include <optional>

namespace {

const QString kWs = QStringLiteral("ws-savings");
const QDateTime kT0 = QDateTime(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC); // a Monday
constexpr qint64 kHour = 3600 * 1000;

QDateTime at(double hours)
{
    return kT0.addMSecs(qint64(hours * kHour));
}

PauseEntry entry(const QString &name, int replicas, const QDateTime &pausedAt, const QString &workspace = kWs)
{
    PauseEntry e;
    e.workspaceId = workspace;
    e.deploymentName = name;
    e.savedMinReplicas = replicas;
    e.pausedSnapshot = QJsonObject {{QStringLiteral("resource_requirement"),
                                     QJsonObject {{QStringLiteral("resource_shape"), QStringLiteral("gpu.a10")},
                                                  {QStringLiteral("accelerator_num"), 1},
                                                  {QStringLiteral("min_replicas"), 0}}}};
    e.pausedBy = QStringLiteral("alice");
    e.pausedAt = pausedAt;
    return e;
}

} // namespace

class TestSavingsHistory : public QObject
{
    Q_OBJECT

    TwoBackendStores m_stores;

    std::unique_ptr<Storage> open() { return m_stores.open(QStringLiteral("ledger")); }

    // A pause written through the ledger's own SQL, then settled; a closed one gets its
    // historic closing time (markClosed writes now).
    static bool write(SqlDatabase &db, const PauseEntry &e, PauseEntry::State state, const QDateTime &closedAt = {})
    {
        LedgerTable ledger(db);
        const LedgerTable::BeginResult begun = ledger.beginPause(e);
        if (!begun.ok())
            return false;
        if (state == PauseEntry::State::Pending)
            return true;
        if (state == PauseEntry::State::Abandoned)
            return ledger.markAbandoned(begun.entry.id);
        if (!ledger.markActive(begun.entry.id))
            return false;
        if (state == PauseEntry::State::Active)
            return true;
        if (!ledger.markClosed(begun.entry.id, QStringLiteral("bob")))
            return false;
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("UPDATE pause_ledger SET closed_at = :at WHERE id = :id"));
        query.bindValue(QStringLiteral(":at"), SqlDatabase::toDbTime(closedAt));
        query.bindValue(QStringLiteral(":id"), begun.entry.id);
        return query.exec();
    }

private Q_SLOTS:
    void cleanup() { m_stores.reset(); }

    void entriesBetweenGivesWhatOverlapsTheSpan_data() { TestStores::addBackendRows(); }
    void entriesBetweenGivesWhatOverlapsTheSpan()
    {
        {
            LEPTON_OPEN_STORE(db, m_stores, QStringLiteral("ledger"));
            QVERIFY(write(*db, entry(QStringLiteral("before"), 1, at(-10)), PauseEntry::State::Closed, at(-5)));
            QVERIFY(write(*db, entry(QStringLiteral("crossing"), 2, at(-2)), PauseEntry::State::Closed, at(1)));
            QVERIFY(write(*db, entry(QStringLiteral("inside"), 1, at(2)), PauseEntry::State::Closed, at(3)));
            QVERIFY(write(*db, entry(QStringLiteral("open"), 2, at(-20)), PauseEntry::State::Active));
            QVERIFY(write(*db, entry(QStringLiteral("after"), 1, at(30)), PauseEntry::State::Active));
            QVERIFY(write(*db, entry(QStringLiteral("abandoned"), 1, at(4)), PauseEntry::State::Abandoned));
            QVERIFY(write(*db, entry(QStringLiteral("elsewhere"), 1, at(2), QStringLiteral("other-ws")), PauseEntry::State::Active));
        }
        std::unique_ptr<Storage> storage = open();
        QVERIFY(storage && storage->status().open);
        const auto found = waitForStore<QList<PauseEntry>>([&](QObject *c, StoreCallback<QList<PauseEntry>> d) {
            storage->ledger().entriesBetween(kWs, at(0), at(24), c, d);
        });
        QVERIFY2(found.ok(), qPrintable(found.error.message));
        QStringList names;
        for (const PauseEntry &e : found.value)
            names << e.deploymentName;
        // By pause time; "abandoned" comes back too (the calculator leaves it out).
        QCOMPARE(names, (QStringList {QStringLiteral("open"), QStringLiteral("crossing"), QStringLiteral("inside"),
                                      QStringLiteral("abandoned")}));
        QCOMPARE(found.value.at(1).closedAt, at(1));

        const auto unbounded = waitForStore<QList<PauseEntry>>([&](QObject *c, StoreCallback<QList<PauseEntry>> d) {
            storage->ledger().entriesBetween(kWs, QDateTime(), QDateTime(), c, d);
        });
        QCOMPARE(unbounded.value.size(), 6);
    }

    void theLoaderMakesExactFiguresFromTheStore_data() { TestStores::addBackendRows(); }
    void theLoaderMakesExactFiguresFromTheStore()
    {
        {
            LEPTON_OPEN_STORE(db, m_stores, QStringLiteral("ledger"));
            // 2 replicas paused 3 h, then again 1 h from 2 h before `since` (1 h counted), and a
            // pending pause that may never have reached the server.
            QVERIFY(write(*db, entry(QStringLiteral("chat"), 2, at(0)), PauseEntry::State::Closed, at(3)));
            QVERIFY(write(*db, entry(QStringLiteral("llama"), 3, at(-2)), PauseEntry::State::Closed, at(1)));
            QVERIFY(write(*db, entry(QStringLiteral("pending"), 5, at(0)), PauseEntry::State::Pending));
        }
        std::unique_ptr<Storage> storage = open();
        QVERIFY(storage && storage->status().open);
        std::unique_ptr<PriceList> prices = PriceList::open(*storage);
        ShapePrice a10;
        a10.shape = QStringLiteral("gpu.a10");
        a10.micros = 1200000;
        a10.currency = QStringLiteral("USD");
        QVERIFY(waitForStore<ShapePrice>([&](QObject *c, StoreCallback<ShapePrice> d) { prices->set(a10, c, d); }).ok());

        SavingsLoader loader(storage.get(), nullptr);
        std::optional<SavingsLoader::Outcome> outcome;
        loader.load(kWs, at(0), at(24), [&outcome](const SavingsLoader::Outcome &o) { outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000);
        QVERIFY2(outcome->ok(), qPrintable(outcome->message));
        QVERIFY(outcome->pricesProblem.isEmpty());
        const SavingsReport &r = outcome->report;
        QCOMPARE(r.resources.size(), 2);
        QCOMPARE(r.resources.at(0).name, QStringLiteral("chat"));
        QCOMPARE(r.resources.at(0).gpuHours, std::optional<double>(6.0));
        QCOMPARE(r.resources.at(0).cost, std::optional<double>(7.2));
        QCOMPARE(r.resources.at(1).name, QStringLiteral("llama"));
        QCOMPARE(r.resources.at(1).gpuHours, std::optional<double>(3.0));
        QCOMPARE(r.gpuHours, 9.0);
        QCOMPARE(r.cost, std::optional<double>(10.8));
        QCOMPARE(r.currency, QStringLiteral("USD"));
        QCOMPARE(r.weeks.size(), 1);
        QCOMPARE(r.weeks.first().label(), QStringLiteral("2026-W45"));
    }
};

QTEST_GUILESS_MAIN(TestSavingsHistory)
#include "tst_savingshistory.moc"
