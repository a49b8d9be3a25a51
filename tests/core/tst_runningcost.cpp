// What runs costs (issue 22 item 2), over HTTP to the simulator with prices in a real SQLite
// store: the deployments table's Cost/hour column is min replicas x the shape's price, a range
// up to max replicas with autoscaling, "no price set" (never 0) for a shape without a price,
// and 0 for a paused deployment with what Resume would cost in its tooltip; the workspace
// total (RunningCostFeed, the status bar's line) follows prices set in the store and rows that
// change; dev pods and Ray clusters get the column too; the accelerators per replica come from
// the workspace's supported_shapes on both API generations, and the savings calculator takes
// them from there instead of guessing 0.
#include "app/api/leptonclient.h"
#include "app/api/workspaceinfo.h"
#include "app/deployments/deploymentpoller.h"
#include "app/deployments/deploymenttablemodel.h"
#include "app/deployments/runningcost.h"
#include "app/pause/pausecontroller.h"
#include "app/pause/pauseoutcome.h"
#include "app/resources/devpodtablemodel.h"
#include "app/resources/rayclustertablemodel.h"
#include "app/resources/resourcesession.h"
#include "app/resources/runningcostfeed.h"
#include "app/savings/savingscalculator.h"
#include "app/simulator/newapipopulation.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "app/storage/pricelist.h"
#include "app/storage/sqlite/localdatabase.h"
#include "app/storage/sqlite/sqlitestorage.h"
#include "app/workspaces/workspacesession.h"
#include "tests/support/recipewithreplicas.h"
#include "tests/support/simulatorwithdatabase.h"
#include "tests/support/simulatorclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using namespace std::chrono_literals;

namespace {

QJsonObject endpoint(const QString &name, int min, int max, const QString &shape,
                     SimulatedAutoscale autoscale = SimulatedAutoscale::None)
{
    DeploymentRecipe recipe = recipeWithReplicas(name, min, max);
    recipe.shape = shape;
    recipe.autoscale = autoscale;
    return SimulatorPopulation::make(recipe);
}

} // namespace

class TestRunningCost : public QObject
{
    Q_OBJECT

    SimulatorWithDatabase m_workspace;
    WorkspaceSimulator *m_simulator = nullptr;

    static void setPrice(SqliteStorage &storage, const QString &shape, const QString &amount, const QString &currency)
    {
        std::unique_ptr<PriceList> prices = PriceList::open(storage);
        QVERIFY(prices);
        ShapePrice price;
        price.shape = shape;
        price.micros = *ShapePrice::parseMicros(amount);
        price.currency = currency;
        price.setBy = QStringLiteral("alice");
        QObject context;
        bool done = false;
        prices->set(price, &context, [&](const StoreResult<ShapePrice> &r) {
            QVERIFY2(r.ok(), qPrintable(r.error.message));
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }

    static QModelIndex cell(const DeploymentTableModel &model, const QString &name)
    {
        return model.index(model.rowOf(name), DeploymentTableModel::CostColumn);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_workspace.open());
        m_simulator = m_workspace.simulator();
    }

    void cleanup() { m_workspace.close(); }

    void costColumnAndTotalFollowPricesRowsAndPauses()
    {
        m_simulator->setDeployments({
            endpoint(QStringLiteral("chat"), 2, 2, QStringLiteral("gpu.a10")),
            endpoint(QStringLiteral("scale"), 1, 3, QStringLiteral("gpu.a10"), SimulatedAutoscale::GpuUtilization),
            endpoint(QStringLiteral("embed"), 1, 1, QStringLiteral("cpu.small")),
            endpoint(QStringLiteral("big"), 2, 2, QStringLiteral("gpu.a10.6xlarge")),
        });
        QVERIFY(m_simulator->listen());
        SqliteStorage storage(m_workspace.database()->path());
        setPrice(storage, QStringLiteral("gpu.a10"), QStringLiteral("1.25"), QStringLiteral("EUR"));
        setPrice(storage, QStringLiteral("gpu.a10.6xlarge"), QStringLiteral("4"), QStringLiteral("EUR"));

        WorkspaceSession session(m_workspace.credentials(), &storage);
        session.poller()->setIntervals(1h, 1h);
        RunningCostFeed feed(&session);
        QSignalSpy totals(&feed, &RunningCostFeed::totalChanged);
        session.start();
        const DeploymentTableModel &model = *session.model();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 4, 10000);

        // min replicas x price; a range up to max replicas with autoscaling; no price is words.
        QTRY_COMPARE_WITH_TIMEOUT(cell(model, "chat").data().toString(), QStringLiteral("2.50 EUR/h"), 10000);
        QCOMPARE(cell(model, "scale").data().toString(), QStringLiteral("1.25–3.75 EUR/h"));
        QCOMPARE(cell(model, "embed").data().toString(), QStringLiteral("no price set"));
        QCOMPARE(cell(model, "big").data().toString(), QStringLiteral("8.00 EUR/h"));
        QVERIFY(cell(model, "embed").data(DeploymentTableModel::SortRole).toLongLong()
                < cell(model, "chat").data(DeploymentTableModel::SortRole).toLongLong());
        // The accelerators per replica come from the workspace's shapes (gpu.a10.6xlarge: 4).
        QTRY_VERIFY_WITH_TIMEOUT(cell(model, "big").data(Qt::ToolTipRole).toString().contains(QStringLiteral("4 × NVIDIA-A10G per replica")), 10000);
        QVERIFY2(cell(model, "big").data(Qt::ToolTipRole).toString().contains(QStringLiteral("8 accelerators")),
                 qPrintable(cell(model, "big").data(Qt::ToolTipRole).toString()));

        QTRY_COMPARE_WITH_TIMEOUT(feed.total().text(), QStringLiteral("Running: 11.75–14.25 EUR/h · 1 without a price"), 10000);

        // A price set in the store (the CLI, a colleague) reaches the column and the total.
        setPrice(storage, QStringLiteral("cpu.small"), QStringLiteral("0.1"), QStringLiteral("EUR"));
        QTRY_COMPARE_WITH_TIMEOUT(cell(model, "embed").data().toString(), QStringLiteral("0.10 EUR/h"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(feed.total().text(), QStringLiteral("Running: 11.85–14.35 EUR/h"), 10000);

        // A pause: the row costs 0 and its tooltip says what Resume would cost.
        bool paused = false;
        session.pauses()->pause(QStringLiteral("chat"), {}, this, [&](const PauseOutcome &outcome) {
            QVERIFY2(outcome.kind == PauseOutcome::Kind::Paused, qPrintable(outcome.message));
            paused = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(paused, 10000);
        session.reloadMarkers();
        QTRY_COMPARE_WITH_TIMEOUT(cell(model, "chat").data().toString(), QStringLiteral("0.00 EUR/h"), 10000);
        QVERIFY2(cell(model, "chat").data(Qt::ToolTipRole).toString().contains(QStringLiteral("Resume would cost 2.50 EUR/h")),
                 qPrintable(cell(model, "chat").data(Qt::ToolTipRole).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(feed.total().text(), QStringLiteral("Running: 9.35–11.85 EUR/h"), 10000);
        QCOMPARE(feed.total().paused, 1);
        QVERIFY(!totals.isEmpty());
    }

    void devPodsAndRayClustersAreCosted()
    {
        DeploymentRecipe pod = recipeWithReplicas(QStringLiteral("alice-dev"), 1, 1);
        pod.isPod = true;
        pod.autoscale = SimulatedAutoscale::None;
        pod.shape = QStringLiteral("gpu.a10");
        m_simulator->setDeployments({SimulatorPopulation::make(pod)});
        m_simulator->setRayClusters(NewApiPopulation::rayClusters());
        QVERIFY(m_simulator->listen());
        SqliteStorage storage(m_workspace.database()->path());
        setPrice(storage, QStringLiteral("gpu.a10"), QStringLiteral("1.25"), QStringLiteral("EUR"));

        WorkspaceSession session(m_workspace.credentials(), &storage);
        session.poller()->setIntervals(1h, 1h);
        ResourceSession kinds(&session);
        RunningCostFeed feed(&session);
        feed.setResources(&kinds);
        kinds.start();
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(kinds.hasLoaded(ResourceKind::Pod) && kinds.hasLoaded(ResourceKind::RayCluster), 10000);
        const DevPodTableModel &pods = *kinds.devPods();
        QCOMPARE(pods.rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(pods.index(0, DevPodTableModel::CostColumn).data().toString(), QStringLiteral("1.25 EUR/h"), 10000);
        QCOMPARE(pods.headerData(DevPodTableModel::CostColumn, Qt::Horizontal).toString(), QStringLiteral("Cost/hour"));

        // Every Ray cluster: priced when all its shapes are, else "no price set"; never 0 while it runs.
        const RayClusterTableModel &ray = *kinds.rayClusters();
        QVERIFY(ray.rowCount() > 0);
        for (int row = 0; row < ray.rowCount(); ++row) {
            const RunningCost cost = ray.costAt(row);
            const QString text = ray.index(row, RayClusterTableModel::CostColumn).data().toString();
            if (!cost.runs())
                continue;
            if (cost.isPriced())
                QVERIFY2(text.endsWith(QStringLiteral("EUR/h")), qPrintable(text));
            else
                QCOMPARE(text, QStringLiteral("no price set"));
        }
        QTRY_VERIFY_WITH_TIMEOUT(feed.total().text().startsWith(QStringLiteral("Running: 1.25 EUR/h")), 10000);
    }

    void acceleratorsComeFromTheWorkspaceShapes_data()
    {
        QTest::addColumn<bool>("newApi");
        QTest::newRow("legacy") << false;
        QTest::newRow("new API") << true;
    }

    void acceleratorsComeFromTheWorkspaceShapes()
    {
        QFETCH(bool, newApi);
        m_simulator->setNewDeploymentApi(newApi);
        QVERIFY(m_simulator->listen());
        const std::unique_ptr<LeptonClient> client = simulatorClient(*m_simulator, 10s);
        std::optional<WorkspaceInfo> info;
        client->getWorkspaceInfo(this, [&](const ApiResult<WorkspaceInfo> &r) {
            QVERIFY2(r.ok(), qPrintable(r.error.userMessage()));
            info = r.value;
        });
        QTRY_VERIFY_WITH_TIMEOUT(info.has_value(), 10000);
        QCOMPARE(info->newDeploymentApi, newApi);
        QVERIFY(info->shapes.contains(QStringLiteral("gpu.a10.6xlarge")));
        QCOMPARE(info->acceleratorsOf(QStringLiteral("gpu.a10.6xlarge")), std::optional<double>(4.0));
        QCOMPARE(info->shapes.value(QStringLiteral("gpu.a10.6xlarge")).acceleratorType, QStringLiteral("NVIDIA-A10G"));
        QCOMPARE(info->acceleratorsOf(QStringLiteral("gpu.a10")), std::optional<double>(1.0));
        QStringList names = SimulatorPopulation::shapeNames();
        names.sort();
        QCOMPARE(info->supportedShapes, names);
        QCOMPARE(SavingsCalculator::acceleratorsOf(*info).value(QStringLiteral("gpu.a10.6xlarge")), 4.0);
    }

    void shapesInEitherFormAndNoGuessedZero()
    {
        // The SDK's object form with a count sent as text, and a list of named specs.
        const QJsonObject asObject = QJsonDocument::fromJson(R"({"supported_shapes": {
            "gpu.h100x8": {"cpu": 128, "memory": 1048576, "accelerator_type": "NVIDIA-H100", "accelerator_num": "8"},
            "gpu.mystery": {"accelerator_type": "NVIDIA-L4"},
            "cpu.small": {"cpu": 2, "memory": 4096}}})").object();
        const WorkspaceInfo a = WorkspaceInfo::fromJson(asObject);
        QCOMPARE(a.acceleratorsOf(QStringLiteral("gpu.h100x8")), std::optional<double>(8.0));
        QCOMPARE(a.acceleratorsOf(QStringLiteral("cpu.small")), std::optional<double>(0.0));
        QVERIFY(!a.acceleratorsOf(QStringLiteral("gpu.mystery")).has_value());
        QCOMPARE(a.supportedShapes, (QStringList {"cpu.small", "gpu.h100x8", "gpu.mystery"}));

        const QJsonObject asList = QJsonDocument::fromJson(R"({"supported_shapes": [
            {"name": "gpu.h100x8", "accelerator_type": "NVIDIA-H100", "accelerator_num": 8},
            {"name": "gpu.l4", "accelerator_type": "NVIDIA-L4", "accelerator_num": 1}]})").object();
        const WorkspaceInfo b = WorkspaceInfo::fromJson(asList);
        QCOMPARE(b.acceleratorsOf(QStringLiteral("gpu.h100x8")), std::optional<double>(8.0));
        QCOMPARE(b.shapes.value(QStringLiteral("gpu.l4")).acceleratorType, QStringLiteral("NVIDIA-L4"));

        // The savings calculator counts 8 GPUs per replica from the workspace (not 0), and for a
        // shape whose count the workspace does not give, the paused spec's own count.
        const QHash<QString, double> accelerators = SavingsCalculator::acceleratorsOf(a);
        QCOMPARE(accelerators.value(QStringLiteral("gpu.h100x8")), 8.0);
        QVERIFY(!accelerators.contains(QStringLiteral("gpu.mystery")));
        SavingsCalculator calculator(accelerators, {});
        PauseEntry entry;
        entry.pausedSnapshot = QJsonObject {{QStringLiteral("resource_requirement"),
                                             QJsonObject {{QStringLiteral("resource_shape"), QStringLiteral("gpu.mystery")},
                                                          {QStringLiteral("accelerator_num"), 2}}}};
        QCOMPARE(calculator.acceleratorsFor(entry), std::optional<double>(2.0));
    }
};

QTEST_GUILESS_MAIN(TestRunningCost)
#include "tst_runningcost.moc"
