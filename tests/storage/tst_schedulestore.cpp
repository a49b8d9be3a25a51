// ScheduleStore (issue 21): schedules, holds, wake-ups and transition claims kept with the
// ledger, through the asynchronous interface the window and the CLI use, on both backends
// (rows "sqlite": a file on disk; "postgres": the throwaway server scripts/test starts). The
// claim is the rule that makes a transition run once: of many stores claiming one transition
// at once, exactly one wins.
#include "app/storage/schedulestore.h"
#include "app/storage/sql/sqldatabase.h"
#include "app/storage/storage.h"
#include "app/storage/storagefactory.h"
#include "tests/storage/twobackendstores.h"
#include "tests/support/waitforstore.h"

#include <QSqlQuery>
#include <QtTest>

#include <memory>
#include <optional>

namespace {

const QString kWs = QStringLiteral("ws-1");

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

ScheduleRecord schedule(const QString &name, const QString &pause = QStringLiteral("Mon-Fri 20:00"))
{
    ScheduleRecord r;
    r.workspaceId = kWs;
    r.kind = QStringLiteral("endpoint");
    r.name = name;
    r.pause = pause;
    r.resume = QStringLiteral("Mon-Fri 07:30");
    r.timeZone = QStringLiteral("Europe/Berlin");
    r.exceptions = {QStringLiteral("2026-12-24..2027-01-01"), QStringLiteral("2027-05-01")};
    r.setBy = QStringLiteral("alice");
    return r;
}

TransitionClaim claimOf(const QString &name, const char *at, const QString &by)
{
    TransitionClaim c;
    c.workspaceId = kWs;
    c.kind = QStringLiteral("endpoint");
    c.name = name;
    c.action = QStringLiteral("pause");
    c.transitionAt = utc(at);
    c.source = QStringLiteral("schedule");
    c.claimedBy = by;
    return c;
}

} // namespace

class TestScheduleStore : public QObject
{
    Q_OBJECT

    TwoBackendStores m_stores;


private Q_SLOTS:
    void cleanup() { m_stores.reset(); }

    void schedulesSetReplaceListRemove_data() { TestStores::addBackendRows(); }
    void schedulesSetReplaceListRemove();
    void holdsAndWakeUps_data() { TestStores::addBackendRows(); }
    void holdsAndWakeUps();
    void aTransitionIsClaimedOnce_data() { TestStores::addBackendRows(); }
    void aTransitionIsClaimedOnce();
    void manyStoresClaimingAtOnceOneWins_data() { TestStores::addBackendRows(); }
    void manyStoresClaimingAtOnceOneWins();
    void anOlderStoreGainsTheScheduleTables_data() { TestStores::addBackendRows(); }
    void anOlderStoreGainsTheScheduleTables();
};

#define OPEN_OR_END(var, name) LEPTON_OPEN_STORAGE(var, m_stores, name)

void TestScheduleStore::schedulesSetReplaceListRemove()
{
    OPEN_OR_END(storage, QStringLiteral("ledger"));
    std::unique_ptr<ScheduleStore> store = ScheduleStore::open(*storage);
    QVERIFY(store);
    using List = QList<ScheduleRecord>;
    auto list = [&store](const QString &ws) {
        return waitForStore<List>([&](QObject *c, StoreCallback<List> d) { store->schedules(ws, c, d); });
    };
    QVERIFY(list(kWs).ok() && list(kWs).value.isEmpty());

    const auto set = waitForStore<ScheduleRecord>([&](QObject *c, StoreCallback<ScheduleRecord> d) {
        store->setSchedule(schedule(QStringLiteral("staging")), c, d);
    });
    QVERIFY2(set.ok(), qPrintable(set.error.message));
    QVERIFY(set.value.id > 0);
    QCOMPARE(set.value.exceptions, schedule(QStringLiteral("x")).exceptions);
    QCOMPARE(set.value.timeZone, QStringLiteral("Europe/Berlin"));
    QVERIFY(!set.value.setProgram.isEmpty());
    QVERIFY(set.value.setAt.isValid());

    // A second store on the same place reads exactly what was stored.
    OPEN_OR_END(other, QStringLiteral("ledger"));
    std::unique_ptr<ScheduleStore> otherStore = ScheduleStore::open(*other);
    const auto seen = waitForStore<List>([&](QObject *c, StoreCallback<List> d) { otherStore->schedules(kWs, c, d); });
    QCOMPARE(seen.value, List {set.value});

    // Setting again replaces (one schedule per resource); another resource is a second row.
    ScheduleRecord changed = schedule(QStringLiteral("staging"), QStringLiteral("daily 22:00"));
    changed.force = true;
    changed.exceptions.clear();
    const auto replaced = waitForStore<ScheduleRecord>([&](QObject *c, StoreCallback<ScheduleRecord> d) {
        store->setSchedule(changed, c, d);
    });
    QVERIFY2(replaced.ok(), qPrintable(replaced.error.message));
    QCOMPARE(replaced.value.pause, QStringLiteral("daily 22:00"));
    QVERIFY(replaced.value.force);
    QVERIFY(replaced.value.exceptions.isEmpty());
    QVERIFY(waitForStore<ScheduleRecord>([&](QObject *c, StoreCallback<ScheduleRecord> d) {
        store->setSchedule(schedule(QStringLiteral("eval")), c, d);
    }).ok());
    QCOMPARE(list(kWs).value.size(), 2);
    QCOMPARE(list(kWs).value.at(1), replaced.value);
    QCOMPARE(list(QStringLiteral("ws-other")).value.size(), 0);
    QCOMPARE(list(QString()).value.size(), 2);

    const auto removed = waitForStore<bool>([&](QObject *c, StoreCallback<bool> d) {
        store->removeSchedule(kWs, QStringLiteral("endpoint"), QStringLiteral("staging"), c, d);
    });
    QVERIFY(removed.ok() && removed.value);
    const auto again = waitForStore<bool>([&](QObject *c, StoreCallback<bool> d) {
        store->removeSchedule(kWs, QStringLiteral("endpoint"), QStringLiteral("staging"), c, d);
    });
    QVERIFY(again.ok() && !again.value);
    QCOMPARE(list(kWs).value.size(), 1);

    // A schedule without a resource is refused and changes nothing.
    ScheduleRecord blank = schedule(QString());
    const auto refused = waitForStore<ScheduleRecord>([&](QObject *c, StoreCallback<ScheduleRecord> d) {
        store->setSchedule(blank, c, d);
    });
    QVERIFY(!refused.ok());
    QCOMPARE(list(kWs).value.size(), 1);
}

void TestScheduleStore::holdsAndWakeUps()
{
    OPEN_OR_END(storage, QStringLiteral("ledger"));
    std::unique_ptr<ScheduleStore> store = ScheduleStore::open(*storage);
    ResourceHold hold;
    hold.workspaceId = kWs;
    hold.kind = QStringLiteral("pod");
    hold.name = QStringLiteral("alice-dev");
    hold.until = utc("2026-12-24T18:00:00+01:00");
    hold.reason = QStringLiteral("debugging the loader");
    hold.owner = QStringLiteral("alice");
    const auto held = waitForStore<ResourceHold>([&](QObject *c, StoreCallback<ResourceHold> d) { store->setHold(hold, c, d); });
    QVERIFY2(held.ok(), qPrintable(held.error.message));
    QCOMPARE(held.value.until, utc("2026-12-24T17:00:00Z"));
    QCOMPARE(held.value.reason, hold.reason);
    QVERIFY(!held.value.ownerHost.isEmpty());
    using Holds = QList<ResourceHold>;
    auto holds = [&store] { return waitForStore<Holds>([&](QObject *c, StoreCallback<Holds> d) { store->holds(kWs, c, d); }).value; };
    QCOMPARE(holds(), Holds {held.value});

    // An expired hold goes by itself; one still running stays.
    const auto none = waitForStore<int>([&](QObject *c, StoreCallback<int> d) {
        store->removeExpiredHolds(kWs, utc("2026-12-24T16:59:59Z"), c, d);
    });
    QCOMPARE(none.value, 0);
    const auto one = waitForStore<int>([&](QObject *c, StoreCallback<int> d) {
        store->removeExpiredHolds(kWs, utc("2026-12-24T17:00:00Z"), c, d);
    });
    QCOMPARE(one.value, 1);
    QVERIFY(holds().isEmpty());
    QVERIFY(waitForStore<ResourceHold>([&](QObject *c, StoreCallback<ResourceHold> d) { store->setHold(hold, c, d); }).ok());
    const auto released = waitForStore<bool>([&](QObject *c, StoreCallback<bool> d) {
        store->releaseHold(kWs, QStringLiteral("pod"), QStringLiteral("alice-dev"), c, d);
    });
    QVERIFY(released.ok() && released.value);
    QVERIFY(holds().isEmpty());

    // A new wake-up replaces the old with a new id, so ending the old one by id leaves it.
    WakeUp wake;
    wake.workspaceId = kWs;
    wake.kind = QStringLiteral("raycluster");
    wake.name = QStringLiteral("train");
    wake.until = utc("2026-12-08T16:40:00Z");
    wake.owner = QStringLiteral("bob");
    const auto first = waitForStore<WakeUp>([&](QObject *c, StoreCallback<WakeUp> d) { store->setWakeUp(wake, c, d); });
    QVERIFY2(first.ok(), qPrintable(first.error.message));
    wake.until = utc("2026-12-08T18:00:00Z");
    const auto second = waitForStore<WakeUp>([&](QObject *c, StoreCallback<WakeUp> d) { store->setWakeUp(wake, c, d); });
    QVERIFY(second.ok());
    QVERIFY(second.value.id != first.value.id);
    const auto stale = waitForStore<bool>([&](QObject *c, StoreCallback<bool> d) { store->removeWakeUp(first.value.id, c, d); });
    QVERIFY(stale.ok() && !stale.value);
    using Wakes = QList<WakeUp>;
    auto wakes = [&store] { return waitForStore<Wakes>([&](QObject *c, StoreCallback<Wakes> d) { store->wakeUps(kWs, c, d); }).value; };
    QCOMPARE(wakes(), Wakes {second.value});
    const auto ended = waitForStore<bool>([&](QObject *c, StoreCallback<bool> d) { store->removeWakeUp(second.value.id, c, d); });
    QVERIFY(ended.ok() && ended.value);
    QVERIFY(wakes().isEmpty());
}

void TestScheduleStore::aTransitionIsClaimedOnce()
{
    OPEN_OR_END(storage, QStringLiteral("ledger"));
    OPEN_OR_END(other, QStringLiteral("ledger"));
    std::unique_ptr<ScheduleStore> a = ScheduleStore::open(*storage);
    std::unique_ptr<ScheduleStore> b = ScheduleStore::open(*other);
    using Claimed = ScheduleStore::Claimed;
    const auto mine = waitForStore<Claimed>([&](QObject *c, StoreCallback<Claimed> d) {
        a->claim(claimOf(QStringLiteral("staging"), "2026-12-08T19:00:00Z", QStringLiteral("alice")), c, d);
    });
    QVERIFY2(mine.ok(), qPrintable(mine.error.message));
    QVERIFY(mine.value.won);
    QCOMPARE(mine.value.claim.claimedBy, QStringLiteral("alice"));
    const auto theirs = waitForStore<Claimed>([&](QObject *c, StoreCallback<Claimed> d) {
        b->claim(claimOf(QStringLiteral("staging"), "2026-12-08T19:00:00Z", QStringLiteral("bob")), c, d);
    });
    QVERIFY2(theirs.ok(), qPrintable(theirs.error.message));
    QVERIFY(!theirs.value.won);
    QCOMPARE(theirs.value.claim.id, mine.value.claim.id);
    QCOMPARE(theirs.value.claim.claimedBy, QStringLiteral("alice"));

    // Another time, action or resource is another transition.
    TransitionClaim resume = claimOf(QStringLiteral("staging"), "2026-12-08T19:00:00Z", QStringLiteral("bob"));
    resume.action = QStringLiteral("resume");
    QVERIFY(waitForStore<Claimed>([&](QObject *c, StoreCallback<Claimed> d) { b->claim(resume, c, d); }).value.won);
    QVERIFY(waitForStore<Claimed>([&](QObject *c, StoreCallback<Claimed> d) {
        b->claim(claimOf(QStringLiteral("staging"), "2026-12-09T19:00:00Z", QStringLiteral("bob")), c, d);
    }).value.won);

    const auto finished = waitForStore<StoreNothing>([&](QObject *c, StoreCallback<StoreNothing> d) {
        a->finishClaim(mine.value.claim.id, QStringLiteral("done"), QStringLiteral("paused"), c, d);
    });
    QVERIFY(finished.ok());
    using Found = std::optional<TransitionClaim>;
    const auto found = waitForStore<Found>([&](QObject *c, StoreCallback<Found> d) {
        b->findClaim(kWs, QStringLiteral("endpoint"), QStringLiteral("staging"), QStringLiteral("pause"),
                     utc("2026-12-08T19:00:00Z"), c, d);
    });
    QVERIFY(found.ok() && found.value);
    QCOMPARE(found.value->outcome, QStringLiteral("done"));
    QCOMPARE(found.value->message, QStringLiteral("paused"));
    const auto missing = waitForStore<Found>([&](QObject *c, StoreCallback<Found> d) {
        b->findClaim(kWs, QStringLiteral("endpoint"), QStringLiteral("staging"), QStringLiteral("pause"),
                     utc("2026-12-10T19:00:00Z"), c, d);
    });
    QVERIFY(missing.ok() && !missing.value);
    using Claims = QList<TransitionClaim>;
    const auto recent = waitForStore<Claims>([&](QObject *c, StoreCallback<Claims> d) {
        a->claims(kWs, utc("2026-12-09T00:00:00Z"), c, d);
    });
    QCOMPARE(recent.value.size(), 1);
    QCOMPARE(recent.value.first().transitionAt, utc("2026-12-09T19:00:00Z"));
}

// Eight stores (eight connections, each on its own worker thread) claim one transition at
// the same moment: exactly one wins, and every loser is told who did.
void TestScheduleStore::manyStoresClaimingAtOnceOneWins()
{
    constexpr int Runners = 8;
    std::vector<std::unique_ptr<Storage>> storages;
    std::vector<std::unique_ptr<ScheduleStore>> stores;
    for (int i = 0; i < Runners; ++i) {
        OPEN_OR_END(storage, QStringLiteral("ledger"));
        stores.push_back(ScheduleStore::open(*storage));
        storages.push_back(std::move(storage));
    }
    QObject context;
    QList<ScheduleStore::Claimed> results;
    int failures = 0;
    for (int i = 0; i < Runners; ++i) {
        stores[i]->claim(claimOf(QStringLiteral("staging"), "2026-12-08T19:00:00Z", QStringLiteral("runner-%1").arg(i)),
                         &context, [&](const StoreResult<ScheduleStore::Claimed> &r) {
            if (r.ok())
                results << r.value;
            else
                ++failures;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(results.size() + failures, Runners, 30000);
    QCOMPARE(failures, 0);
    int won = 0;
    for (const auto &r : std::as_const(results))
        won += r.won ? 1 : 0;
    QCOMPARE(won, 1);
    for (const auto &r : std::as_const(results))
        QCOMPARE(r.claim.id, results.first().claim.id);
}

void TestScheduleStore::anOlderStoreGainsTheScheduleTables()
{
    {
        OPEN_OR_END(fresh, QStringLiteral("older"));
    }
    {
        LEPTON_OPEN_STORE(db, m_stores, QStringLiteral("older"));
        QSqlQuery query(db->connection());
        for (const char *table : {"schedules", "holds", "wake_ups", "transition_claims"})
            QVERIFY(query.exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))));
        QVERIFY(query.exec(QStringLiteral("UPDATE meta SET value = '5' WHERE key = 'schema_version'")));
    }
    OPEN_OR_END(upgraded, QStringLiteral("older"));
    std::unique_ptr<ScheduleStore> store = ScheduleStore::open(*upgraded);
    const auto set = waitForStore<ScheduleRecord>([&](QObject *c, StoreCallback<ScheduleRecord> d) {
        store->setSchedule(schedule(QStringLiteral("staging")), c, d);
    });
    QVERIFY2(set.ok(), qPrintable(set.error.message));
    LEPTON_OPEN_STORE(db, m_stores, QStringLiteral("older"));
    QSqlQuery version(db->connection());
    QVERIFY(version.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) && version.next());
    QCOMPARE(version.value(0).toString(), QStringLiteral("6"));
}

QTEST_GUILESS_MAIN(TestScheduleStore)
#include "tst_schedulestore.moc"
