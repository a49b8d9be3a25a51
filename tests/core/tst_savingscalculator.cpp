// SavingsCalculator (issue 22): what pauses saved, from ledger entries, with exact figures:
// 2 replicas of a 1-GPU shape paused 3 h are 6 GPU-hours; several pauses of one deployment add
// up; an open pause counts to `until`; pauses crossing `since` or `until` are clipped; only
// Active and Closed entries count; a pause written twice is counted once; weeks split at
// Monday 00:00 UTC; money only where a price is set (null, never 0).
#include "app/api/workspaceinfo.h"
#include "app/savings/savingscalculator.h"
#include "app/savings/savingsreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace {

// Monday 7 December 2026, 09:00 UTC (ISO week 2026-W50).
const QDateTime kMonday = QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
constexpr qint64 kHour = 3600 * 1000;

QDateTime at(double hours)
{
    return kMonday.addMSecs(qint64(hours * kHour));
}

PauseEntry pause(const QString &name, int replicas, const QString &shape, const QDateTime &from,
                 const QDateTime &to = QDateTime(), qint64 id = 1)
{
    PauseEntry e;
    e.id = id;
    e.workspaceId = QStringLiteral("ws");
    e.deploymentName = name;
    e.savedMinReplicas = replicas;
    e.pausedSnapshot = QJsonObject {{QStringLiteral("resource_requirement"),
                                     QJsonObject {{QStringLiteral("resource_shape"), shape},
                                                  {QStringLiteral("min_replicas"), 0}}}};
    e.pausedAt = from;
    e.state = to.isValid() ? PauseEntry::State::Closed : PauseEntry::State::Active;
    e.closedAt = to;
    return e;
}

// The simulator's shapes, as GET /workspace gives them.
QHash<QString, double> shapes()
{
    WorkspaceInfo info = WorkspaceInfo::fromJson(QJsonDocument::fromJson(R"({"supported_shapes":{
        "gpu.a10":{"cpu":8,"memory":32768,"accelerator_type":"NVIDIA-A10G","accelerator_num":1},
        "gpu.a10.6xlarge":{"cpu":48,"memory":196608,"accelerator_type":"NVIDIA-A10G","accelerator_num":4},
        "cpu.small":{"cpu":1,"memory":2048}}})").object());
    return SavingsCalculator::acceleratorsOf(info);
}

ShapePrice price(const QString &shape, qint64 micros, const QString &currency = QStringLiteral("USD"))
{
    ShapePrice p;
    p.shape = shape;
    p.micros = micros;
    p.currency = currency;
    return p;
}

} // namespace

class TestSavingsCalculator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceleratorsComeFromTheWorkspacesShapes()
    {
        const QHash<QString, double> a = shapes();
        QCOMPARE(a.value(QStringLiteral("gpu.a10")), 1.0);
        QCOMPARE(a.value(QStringLiteral("gpu.a10.6xlarge")), 4.0);
        QCOMPARE(a.value(QStringLiteral("cpu.small"), -1), 0.0);
    }

    void twoReplicasOfAOneGpuShapeForThreeHoursAreSixGpuHours()
    {
        const SavingsCalculator calc(shapes(), {});
        const SavingsReport r = calc.calculate({pause(QStringLiteral("chat"), 2, QStringLiteral("gpu.a10"), at(0), at(3))},
                                               QDateTime(), at(10), at(10));
        QCOMPARE(r.resources.size(), 1);
        const SavingsReport::Resource &chat = r.resources.first();
        QCOMPARE(chat.kind, QStringLiteral("endpoint"));
        QCOMPARE(chat.name, QStringLiteral("chat"));
        QCOMPARE(chat.shape, QStringLiteral("gpu.a10"));
        QCOMPARE(chat.pauses, 1);
        QCOMPARE(chat.pausedHours(), 3.0);
        QCOMPARE(chat.replicaHours, 6.0);
        QCOMPARE(chat.gpuHours, std::optional<double>(6.0));
        QVERIFY(!chat.cost); // no price set: no money, not 0
        QVERIFY(!chat.stillPaused);
        QCOMPARE(r.gpuHours, 6.0);
        QVERIFY(!r.cost);
        QVERIFY(r.currency.isEmpty());
        QVERIFY(!r.projected);

        // With a price: replica-hours x price.
        const SavingsCalculator priced(shapes(), {price(QStringLiteral("gpu.a10"), 2500000)});
        const SavingsReport p = priced.calculate({pause(QStringLiteral("chat"), 2, QStringLiteral("gpu.a10"), at(0), at(3))},
                                                 QDateTime(), at(10), at(10));
        QCOMPARE(p.resources.first().cost, std::optional<double>(15.0));
        QCOMPARE(p.resources.first().currency, QStringLiteral("USD"));
        QCOMPARE(p.cost, std::optional<double>(15.0));
        QCOMPARE(p.currency, QStringLiteral("USD"));
    }

    void severalPausesOfOneDeploymentAddUp()
    {
        // 1 h with 2 replicas, then 2 h with 3 (the min was raised in between), 4 GPUs each;
        // the hour between them is not a pause.
        const SavingsCalculator calc(shapes(), {price(QStringLiteral("gpu.a10.6xlarge"), 10000000)});
        const SavingsReport r = calc.calculate(
            {pause(QStringLiteral("big"), 2, QStringLiteral("gpu.a10.6xlarge"), at(0), at(1), 1),
             pause(QStringLiteral("big"), 3, QStringLiteral("gpu.a10.6xlarge"), at(2), at(4), 2)},
            QDateTime(), at(10), at(10));
        QCOMPARE(r.resources.size(), 1);
        const SavingsReport::Resource &big = r.resources.first();
        QCOMPARE(big.pauses, 2);
        QCOMPARE(big.pausedHours(), 3.0);
        QCOMPARE(big.replicaHours, 8.0);                       // 2x1 + 3x2
        QCOMPARE(big.gpuHours, std::optional<double>(32.0));   // 8 x 4
        QCOMPARE(big.cost, std::optional<double>(80.0));       // 8 replica-hours x 10
    }

    void anOpenPauseCountsToUntil()
    {
        const SavingsCalculator calc(shapes(), {});
        const QList<PauseEntry> open {pause(QStringLiteral("chat"), 2, QStringLiteral("gpu.a10"), at(0))};
        const SavingsReport now = calc.calculate(open, QDateTime(), at(5), at(5));
        QCOMPARE(now.resources.first().pausedHours(), 5.0);
        QCOMPARE(now.resources.first().gpuHours, std::optional<double>(10.0));
        QVERIFY(now.resources.first().stillPaused);
        QVERIFY(!now.projected);
        // An `until` in the past stops it there; one in the future is a projection, and says so.
        const SavingsReport past = calc.calculate(open, QDateTime(), at(1.5), at(5));
        QCOMPARE(past.resources.first().gpuHours, std::optional<double>(3.0));
        QVERIFY(!past.projected);
        const SavingsReport future = calc.calculate(open, QDateTime(), at(3), at(0.01));
        QCOMPARE(future.resources.first().gpuHours, std::optional<double>(6.0));
        QVERIFY(future.projected);
    }

    void pausesCrossingSinceOrUntilAreClipped()
    {
        const SavingsCalculator calc(shapes(), {});
        const QList<PauseEntry> entries {
            pause(QStringLiteral("early"), 1, QStringLiteral("gpu.a10"), at(-2), at(1), 1), // 1 h after since
            pause(QStringLiteral("late"), 1, QStringLiteral("gpu.a10"), at(4), at(9), 2),   // 2 h before until
            pause(QStringLiteral("before"), 1, QStringLiteral("gpu.a10"), at(-5), at(-1), 3), // all before
            pause(QStringLiteral("after"), 1, QStringLiteral("gpu.a10"), at(7), at(8), 4),  // all after
            pause(QStringLiteral("open"), 2, QStringLiteral("gpu.a10"), at(-10), QDateTime(), 5), // 6 h inside
        };
        const SavingsReport r = calc.calculate(entries, at(0), at(6), at(20));
        QCOMPARE(r.resources.size(), 3);
        QHash<QString, double> gpu;
        for (const SavingsReport::Resource &res : r.resources)
            gpu.insert(res.name, res.gpuHours.value_or(-1));
        QCOMPARE(gpu.value(QStringLiteral("early")), 1.0);
        QCOMPARE(gpu.value(QStringLiteral("late")), 2.0);
        QCOMPARE(gpu.value(QStringLiteral("open")), 12.0);
        QCOMPARE(r.gpuHours, 15.0);
        QCOMPARE(r.pausedHours(), 9.0);
        QCOMPARE(r.resources.first().name, QStringLiteral("open")); // most GPU-hours first
        QCOMPARE(r.since, at(0));
        QCOMPARE(r.until, at(6));
    }

    void onlyActiveAndClosedEntriesCount()
    {
        PauseEntry pending = pause(QStringLiteral("pending"), 2, QStringLiteral("gpu.a10"), at(0));
        pending.state = PauseEntry::State::Pending;
        PauseEntry abandoned = pause(QStringLiteral("abandoned"), 2, QStringLiteral("gpu.a10"), at(0), at(2));
        abandoned.state = PauseEntry::State::Abandoned;
        const SavingsCalculator calc(shapes(), {});
        const SavingsReport r = calc.calculate({pending, abandoned}, QDateTime(), at(3), at(3));
        QVERIFY(r.resources.isEmpty());
        QCOMPARE(r.gpuHours, 0.0);
    }

    void aPauseWrittenAgainIsCountedOnce()
    {
        // A pause that reached the server after a resume had closed its entry is written again
        // with the same pausedAt (PauseLedger::reopen): the two entries overlap.
        const PauseEntry closed = pause(QStringLiteral("chat"), 2, QStringLiteral("gpu.a10"), at(0), at(2), 1);
        const PauseEntry reopened = pause(QStringLiteral("chat"), 2, QStringLiteral("gpu.a10"), at(0), QDateTime(), 2);
        const SavingsCalculator calc(shapes(), {});
        const SavingsReport r = calc.calculate({closed, reopened}, QDateTime(), at(3), at(3));
        QCOMPARE(r.resources.size(), 1);
        QCOMPARE(r.resources.first().pausedHours(), 3.0);
        QCOMPARE(r.resources.first().gpuHours, std::optional<double>(6.0));
        QCOMPARE(r.resources.first().pauses, 1); // one pause, written twice
    }

    void weeksSplitAtMondayMidnightUtc()
    {
        // Sunday 22:00 to Monday 02:00: 2 h in each week; since three weeks before that Monday.
        const QDateTime sunday22(QDate(2026, 12, 6), QTime(22, 0), Qt::UTC);
        const SavingsCalculator calc(shapes(), {});
        const SavingsReport r = calc.calculate(
            {pause(QStringLiteral("chat"), 1, QStringLiteral("gpu.a10"), sunday22, sunday22.addMSecs(4 * kHour))},
            QDateTime(QDate(2026, 11, 16), QTime(0, 0), Qt::UTC), at(0), at(0));
        QCOMPARE(r.weeks.size(), 4);
        QCOMPARE(r.weeks.at(0).label(), QStringLiteral("2026-W47"));
        QCOMPARE(r.weeks.at(0).start, QDate(2026, 11, 16));
        QCOMPARE(r.weeks.at(0).gpuHours, 0.0);
        QCOMPARE(r.weeks.at(1).gpuHours, 0.0);
        QCOMPARE(r.weeks.at(2).label(), QStringLiteral("2026-W49"));
        QCOMPARE(r.weeks.at(2).gpuHours, 2.0);
        QCOMPARE(r.weeks.at(2).gpuHoursByResource.value(QStringLiteral("endpoint/chat")), 2.0);
        QCOMPARE(r.weeks.at(3).label(), QStringLiteral("2026-W50"));
        QCOMPARE(r.weeks.at(3).gpuHours, 2.0);
        QCOMPARE(r.resources.first().gpuHours, std::optional<double>(4.0));
        // New Year: 2026-12-28 is in 2026-W53; 2027-01-04 starts 2027-W01.
        SavingsReport::Week week;
        week.start = QDate(2026, 12, 28);
        QCOMPARE(week.label(), QStringLiteral("2026-W53"));
        week.start = QDate(2027, 1, 4);
        QCOMPARE(week.label(), QStringLiteral("2027-W01"));
    }

    void unknownAcceleratorsAreNullNotZero()
    {
        PauseEntry fromSpec = pause(QStringLiteral("custom"), 2, QStringLiteral("gpu.custom"), at(0), at(1), 1);
        QJsonObject resources = fromSpec.pausedSnapshot.value(QStringLiteral("resource_requirement")).toObject();
        resources.insert(QStringLiteral("accelerator_num"), 8);
        fromSpec.pausedSnapshot.insert(QStringLiteral("resource_requirement"), resources);
        const PauseEntry unknown = pause(QStringLiteral("mystery"), 2, QStringLiteral("gpu.mystery"), at(0), at(1), 2);
        const PauseEntry cpu = pause(QStringLiteral("web"), 3, QStringLiteral("cpu.small"), at(0), at(1), 3);
        const SavingsCalculator calc(shapes(), {});
        const SavingsReport r = calc.calculate({fromSpec, unknown, cpu}, QDateTime(), at(2), at(2));
        QHash<QString, std::optional<double>> gpu;
        for (const SavingsReport::Resource &res : r.resources)
            gpu.insert(res.name, res.gpuHours);
        QCOMPARE(gpu.value(QStringLiteral("custom")), std::optional<double>(16.0)); // the spec's own accelerator_num
        QCOMPARE(gpu.value(QStringLiteral("web")), std::optional<double>(0.0));     // a CPU shape: 0, known
        QVERIFY(!gpu.value(QStringLiteral("mystery")));                             // unknown: null
        QCOMPARE(r.gpuHours, 16.0);
        QCOMPARE(r.resourcesWithoutGpuHours, 1);
        QCOMPARE(r.replicaHours, 7.0);
        QCOMPARE(r.resources.last().name, QStringLiteral("mystery")); // unknown last
    }

    void severalCurrenciesGiveNoTotal()
    {
        const SavingsCalculator calc(shapes(), {price(QStringLiteral("gpu.a10"), 1000000, QStringLiteral("USD")),
                                                price(QStringLiteral("gpu.a10.6xlarge"), 2000000, QStringLiteral("EUR"))});
        const SavingsReport r = calc.calculate(
            {pause(QStringLiteral("a"), 1, QStringLiteral("gpu.a10"), at(0), at(1), 1),
             pause(QStringLiteral("b"), 1, QStringLiteral("gpu.a10.6xlarge"), at(0), at(1), 2)},
            QDateTime(), at(2), at(2));
        QVERIFY(!r.cost);
        QVERIFY(r.currency.isEmpty());
        for (const SavingsReport::Resource &res : r.resources)
            QVERIFY(res.cost);
    }

    void jsonHasTheDocumentedKeysAndNulls()
    {
        const SavingsCalculator calc(shapes(), {});
        const SavingsReport r = calc.calculate({pause(QStringLiteral("chat"), 2, QStringLiteral("gpu.a10"), at(0), at(3))},
                                               at(-1), at(10), at(10));
        const QJsonObject json = r.toJson();
        QVERIFY(json.value(QStringLiteral("currency")).isNull());
        QCOMPARE(json.value(QStringLiteral("since")).toString(), QStringLiteral("2026-12-07T08:00:00.000Z"));
        QCOMPARE(json.value(QStringLiteral("until")).toString(), QStringLiteral("2026-12-07T19:00:00.000Z"));
        const QJsonObject chat = json.value(QStringLiteral("resources")).toArray().first().toObject();
        QCOMPARE(chat.value(QStringLiteral("kind")).toString(), QStringLiteral("endpoint"));
        QCOMPARE(chat.value(QStringLiteral("name")).toString(), QStringLiteral("chat"));
        QCOMPARE(chat.value(QStringLiteral("shape")).toString(), QStringLiteral("gpu.a10"));
        QCOMPARE(chat.value(QStringLiteral("paused_hours")).toDouble(), 3.0);
        QCOMPARE(chat.value(QStringLiteral("replica_hours_saved")).toDouble(), 6.0);
        QCOMPARE(chat.value(QStringLiteral("gpu_hours_saved")).toDouble(), 6.0);
        QVERIFY(chat.contains(QStringLiteral("cost_saved")));
        QVERIFY(chat.value(QStringLiteral("cost_saved")).isNull());
        const QJsonObject total = json.value(QStringLiteral("total")).toObject();
        QCOMPARE(total.value(QStringLiteral("gpu_hours_saved")).toDouble(), 6.0);
        QVERIFY(total.value(QStringLiteral("cost_saved")).isNull());
        QCOMPARE(QString::fromUtf8(r.toCsv()),
                 QStringLiteral("kind,name,shape,pauses,paused_hours,replica_hours_saved,gpu_hours_saved,cost_saved,currency\r\n"
                                "endpoint,chat,gpu.a10,1,3,6,6,,\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestSavingsCalculator)
#include "tst_savingscalculator.moc"
