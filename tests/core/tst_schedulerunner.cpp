// ScheduleRunner (issue 21), the core the CLI's `schedule run` and the window share: every
// kind (endpoint, dev pod, Ray cluster, both API generations) paused and resumed by its
// schedule through PauseController over HTTP to the simulator, with exact restore and a note
// naming the schedule; a resource changed on the server while paused is reported and skipped
// unless the schedule says force; a dry run changes nothing.
#include "app/api/leptonclient.h"
#include "app/schedule/schedulerunner.h"
#include "app/simulator/workspacesimulator.h"
#include "app/storage/notesstore.h"
#include "app/storage/schedulestore.h"
#include "app/storage/sqlite/sqlitestorage.h"
#include "tests/support/pausecontrollerfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace std::chrono_literals;

namespace {

QJsonObject fixture(const QString &name)
{
    QFile file(QStringLiteral(LEPTON_CONTRACT_FIXTURES) + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject specOf(const QJsonObject &object)
{
    return object.value(QStringLiteral("spec")).toObject();
}

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

} // namespace

class TestScheduleRunner : public QObject
{
    Q_OBJECT

    PauseControllerFixture m_fixture;
    WorkspaceSimulator *m_sim = nullptr;
    std::unique_ptr<ScheduleStore> m_store;

    QJsonObject onServer(ResourceKind kind, bool newApi, const QString &name) const
    {
        if (kind == ResourceKind::RayCluster)
            return m_sim->rayCluster(name);
        if (!newApi)
            return m_sim->deployment(name);
        return kind == ResourceKind::Pod ? m_sim->devPod(name) : m_sim->endpoint(name);
    }

    void open()
    {
        QVERIFY(m_sim->listen());
        QVERIFY2(m_fixture.open(), qPrintable(m_fixture.errorString()));
        std::optional<bool> read;
        QObject context;
        m_fixture.client()->getWorkspaceInfo(&context, [&](const ApiResult<WorkspaceInfo> &r) { read = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 10000);
        m_store = ScheduleStore::open(*m_fixture.database().storage());
        QVERIFY(m_store);
    }

    bool setSchedule(ResourceKind kind, const QString &name, bool force = false)
    {
        ScheduleRecord r;
        r.workspaceId = QStringLiteral("demo");
        r.kind = ResourceKinds::toString(kind);
        r.name = name;
        r.pause = QStringLiteral("daily 20:00");
        r.resume = QStringLiteral("daily 07:30");
        r.timeZone = QStringLiteral("Europe/Berlin");
        r.force = force;
        std::optional<bool> ok;
        QObject context;
        m_store->setSchedule(r, &context, [&](const StoreResult<ScheduleRecord> &s) { ok = s.ok(); });
        if (!QTest::qWaitFor([&] { return ok.has_value(); }, 10000))
            return false;
        return *ok;
    }

    ScheduleRunner::Report run(const QDateTime &now, bool dryRun = false)
    {
        ScheduleRunner runner(m_store.get(), m_fixture.pauses(), QStringLiteral("demo"));
        ScheduleRunner::Options options;
        options.now = now;
        options.dryRun = dryRun;
        options.userName = QStringLiteral("tester");
        std::optional<ScheduleRunner::Report> report;
        runner.run(options, [&](const ScheduleRunner::Report &r) { report = r; });
        QTest::qWaitFor([&] { return report.has_value(); }, 20000);
        return report.value_or(ScheduleRunner::Report());
    }

private Q_SLOTS:
    void init()
    {
        m_sim = m_fixture.newSimulator();
        m_sim->setTransitionDelay(100ms);
        m_sim->setDeployments({});
    }

    void cleanup()
    {
        m_store.reset();
        m_fixture.close();
    }

    void everyKindPausesAndResumesOnItsSchedule_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("newApi");
        QTest::addColumn<QJsonObject>("object");
        QTest::newRow("new API: endpoint") << int(ResourceKind::Endpoint) << true << fixture(QStringLiteral("endpoint-two-components.json"));
        QTest::newRow("new API: dev pod") << int(ResourceKind::Pod) << true << fixture(QStringLiteral("devpod-running.json"));
        QTest::newRow("new API: Ray cluster") << int(ResourceKind::RayCluster) << true << fixture(QStringLiteral("raycluster-running.json"));
        QTest::newRow("legacy: Ray cluster") << int(ResourceKind::RayCluster) << false << fixture(QStringLiteral("raycluster-running.json"));
        QTest::newRow("legacy: endpoint") << int(ResourceKind::Endpoint) << false << fixture(QStringLiteral("deployment-ready.json"));
    }
    void everyKindPausesAndResumesOnItsSchedule()
    {
        QFETCH(int, kind);
        QFETCH(bool, newApi);
        QFETCH(QJsonObject, object);
        const ResourceKind resourceKind = ResourceKind(kind);
        const QString name = object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
        m_sim->setNewDeploymentApi(newApi);
        if (resourceKind == ResourceKind::RayCluster)
            m_sim->setRayClusters({object});
        else if (!newApi)
            m_sim->setDeployments({object});
        else if (resourceKind == ResourceKind::Pod)
            m_sim->setDevPods({object});
        else
            m_sim->setEndpoints({object});
        open();
        const QJsonObject before = onServer(resourceKind, newApi, name);
        QVERIFY(setSchedule(resourceKind, name));

        // A dry run says what it would do and sends nothing.
        const ScheduleRunner::Report dry = run(at("2027-03-29T20:01:00+02:00"), true);
        QCOMPARE(dry.items.size(), 1);
        QCOMPARE(dry.items.first().kind, ScheduleRunner::Item::Kind::WouldRun);
        QCOMPARE(specOf(onServer(resourceKind, newApi, name)), specOf(before));

        const ScheduleRunner::Report paused = run(at("2027-03-29T20:01:00+02:00"));
        QVERIFY(paused.ok());
        QCOMPARE(paused.items.size(), 1);
        QVERIFY2(paused.items.first().kind == ScheduleRunner::Item::Kind::Done, qPrintable(paused.items.first().message));
        QCOMPARE(paused.items.first().outcome->kind, PauseOutcome::Kind::Paused);
        QVERIFY(specOf(onServer(resourceKind, newApi, name)) != specOf(before));
        // The pause's note names the schedule.
        std::optional<QList<Note>> notes;
        QObject context;
        m_fixture.database().storage()->notes().history(QStringLiteral("demo"), name, &context,
                                                        [&](const StoreResult<QList<Note>> &r) { notes = r.value; });
        QTRY_VERIFY(notes.has_value());
        QVERIFY(!notes->isEmpty());
        QVERIFY2(notes->first().text.contains(QStringLiteral("schedule of %1/%2").arg(ResourceKinds::toString(resourceKind), name)),
                 qPrintable(notes->first().text));

        const ScheduleRunner::Report resumed = run(at("2027-03-30T07:31:00+02:00"));
        QVERIFY(resumed.ok());
        QCOMPARE(resumed.items.first().outcome->kind, PauseOutcome::Kind::Resumed);
        QTRY_COMPARE(specOf(onServer(resourceKind, newApi, name)), specOf(before));
    }

    void changedWhilePausedIsSkippedUnlessForced()
    {
        m_sim->setDeployments({fixture(QStringLiteral("deployment-ready.json"))});
        open();
        const QString name = fixture(QStringLiteral("deployment-ready.json")).value(QStringLiteral("metadata")).toObject()
                                 .value(QStringLiteral("name")).toString();
        QVERIFY(setSchedule(ResourceKind::Endpoint, name));
        QVERIFY(run(at("2027-03-29T20:01:00+02:00")).ok());
        QVERIFY(m_sim->applyOutsideChange(name, {{QStringLiteral("spec"),
                                                  QJsonObject {{QStringLiteral("container"),
                                                                QJsonObject {{QStringLiteral("image"), QStringLiteral("example/changed:2")}}}}}}));
        const ScheduleRunner::Report skipped = run(at("2027-03-30T07:31:00+02:00"));
        QVERIFY(!skipped.ok());
        QCOMPARE(skipped.items.first().kind, ScheduleRunner::Item::Kind::Skipped);
        QVERIFY2(skipped.items.first().message.contains(QLatin1String("changed on the server")), qPrintable(skipped.items.first().message));
        QCOMPARE(specOf(m_sim->deployment(name)).value(QStringLiteral("resource_requirement")).toObject()
                     .value(QStringLiteral("min_replicas")).toInt(), 0);
        // The same transition is not tried again; with force, the next resume goes through.
        QCOMPARE(run(at("2027-03-30T07:40:00+02:00")).items.first().kind, ScheduleRunner::Item::Kind::AlreadyClaimed);
        QVERIFY(setSchedule(ResourceKind::Endpoint, name, true));
        const ScheduleRunner::Report forced = run(at("2027-03-31T07:31:00+02:00"));
        QVERIFY2(forced.ok(), qPrintable(forced.items.first().message));
        QCOMPARE(forced.items.first().outcome->kind, PauseOutcome::Kind::Resumed);
        QVERIFY(specOf(m_sim->deployment(name)).value(QStringLiteral("resource_requirement")).toObject()
                    .value(QStringLiteral("min_replicas")).toInt() > 0);
    }
};

QTEST_GUILESS_MAIN(TestScheduleRunner)
#include "tst_schedulerunner.moc"
