// `lepton-console-cli prices` and `savings` (issue 22) end to end: the real binary as a child
// process against the simulator over HTTP on 127.0.0.1, with the ledger and the prices in a
// store on disk (--data-dir). A real pause of a deployment with 2 replicas of a 1-GPU shape,
// counted over 3 hours (--since its pause, --until 3 h later), is 6 GPU-hours; with a price
// set, the money too; without a price, null, never 0.
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "tests/support/cliworkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace std::chrono_literals;

namespace {

const QString kToken = QStringLiteral("tok-clisavings-9b31d7e2");
enum Exit { Ok = 0, Usage = 2 };

} // namespace

class TestCliSavings : public QObject
{
    Q_OBJECT

    CliWorkspace m_ws;
    WorkspaceSimulator *m_sim = nullptr;

    CliRun cli(const QStringList &arguments, const QUrl &url = QUrl()) { return m_ws.run(arguments, m_ws.environment(kToken, url)); }

    // Pauses "chat" (2 replicas of gpu.a10, 1 GPU each) through the CLI; its pause time.
    QDateTime pauseChat()
    {
        const CliRun paused = cli({QStringLiteral("pause"), QStringLiteral("chat"), QStringLiteral("--wait"),
                                   QStringLiteral("--timeout"), QStringLiteral("30")});
        if (paused.exitCode != Ok) {
            qWarning("%s", paused.describe().constData());
            return {};
        }
        const CliRun listed = cli({QStringLiteral("paused"), QStringLiteral("--json")});
        const QJsonObject entry = listed.json().value(QStringLiteral("paused")).toArray().first().toObject();
        return QDateTime::fromString(entry.value(QStringLiteral("paused_at")).toString(), Qt::ISODateWithMs);
    }

    static QString iso(const QDateTime &time) { return time.toUTC().toString(Qt::ISODateWithMs); }

    static QJsonObject resource(const CliRun &run, const QString &name)
    {
        for (const QJsonValue &value : run.json().value(QStringLiteral("resources")).toArray()) {
            if (value.toObject().value(QStringLiteral("name")).toString() == name)
                return value.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(CliProcess::program()), qPrintable(CliProcess::program())); }

    void init()
    {
        QVERIFY2(m_ws.renew(kToken), qPrintable(m_ws.errorString()));
        m_sim = m_ws.simulator();
        m_sim->setTransitionDelay(50ms);
        DeploymentRecipe chat;
        chat.name = QStringLiteral("chat");
        chat.shape = QStringLiteral("gpu.a10");
        chat.minReplicas = 2;
        chat.maxReplicas = 2;
        DeploymentRecipe big;
        big.name = QStringLiteral("big");
        big.shape = QStringLiteral("gpu.a10.6xlarge");
        m_sim->setDeployments({SimulatorPopulation::make(chat), SimulatorPopulation::make(big)});
        QVERIFY(m_ws.listen());
    }

    void cleanup() { m_ws.stop(); }

    void aThreeHourPauseOfTwoOneGpuReplicasSavedSixGpuHours()
    {
        const QDateTime pausedAt = pauseChat();
        QVERIFY(pausedAt.isValid());
        const QStringList span {QStringLiteral("--since"), iso(pausedAt), QStringLiteral("--until"),
                                iso(pausedAt.addSecs(3 * 3600))};

        const CliRun unpriced = cli(QStringList {QStringLiteral("savings"), QStringLiteral("--json")} + span);
        QVERIFY2(unpriced.exitCode == Ok, unpriced.describe().constData());
        QVERIFY2(unpriced.err.isEmpty(), unpriced.err.constData());
        const QJsonObject json = unpriced.json();
        QCOMPARE(json.value(QStringLiteral("since")).toString(), iso(pausedAt));
        QCOMPARE(json.value(QStringLiteral("until")).toString(), iso(pausedAt.addSecs(3 * 3600)));
        QVERIFY(json.value(QStringLiteral("currency")).isNull());
        QCOMPARE(json.value(QStringLiteral("resources")).toArray().size(), 1); // "big" was never paused
        const QJsonObject chat = resource(unpriced, QStringLiteral("chat"));
        QCOMPARE(chat.value(QStringLiteral("kind")).toString(), QStringLiteral("endpoint"));
        QCOMPARE(chat.value(QStringLiteral("shape")).toString(), QStringLiteral("gpu.a10"));
        QCOMPARE(chat.value(QStringLiteral("paused_hours")).toDouble(), 3.0);
        QCOMPARE(chat.value(QStringLiteral("replica_hours_saved")).toDouble(), 6.0);
        QCOMPARE(chat.value(QStringLiteral("gpu_hours_saved")).toDouble(), 6.0);
        QVERIFY(chat.contains(QStringLiteral("cost_saved")));
        QVERIFY(chat.value(QStringLiteral("cost_saved")).isNull()); // no price: null, never 0
        const QJsonObject total = json.value(QStringLiteral("total")).toObject();
        QCOMPARE(total.value(QStringLiteral("gpu_hours_saved")).toDouble(), 6.0);
        QVERIFY(total.value(QStringLiteral("cost_saved")).isNull());

        // A price, in the same store: the money too.
        const CliRun set = cli({QStringLiteral("prices"), QStringLiteral("set"), QStringLiteral("gpu.a10"),
                                QStringLiteral("2.5"), QStringLiteral("--currency"), QStringLiteral("eur")});
        QVERIFY2(set.exitCode == Ok, set.describe().constData());
        QVERIFY2(set.outText().contains(QLatin1String("2.5 EUR")), set.out.constData());
        const CliRun priced = cli(QStringList {QStringLiteral("savings"), QStringLiteral("--json")} + span);
        QVERIFY2(priced.exitCode == Ok, priced.describe().constData());
        QCOMPARE(resource(priced, QStringLiteral("chat")).value(QStringLiteral("cost_saved")).toDouble(), 15.0);
        QCOMPARE(priced.json().value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
        QCOMPARE(priced.json().value(QStringLiteral("total")).toObject().value(QStringLiteral("cost_saved")).toDouble(), 15.0);

        // CSV, one row per resource.
        const CliRun csv = cli(QStringList {QStringLiteral("savings"), QStringLiteral("--csv")} + span);
        QVERIFY2(csv.exitCode == Ok, csv.describe().constData());
        QCOMPARE(csv.outText(),
                 QStringLiteral("kind,name,shape,pauses,paused_hours,replica_hours_saved,gpu_hours_saved,cost_saved,currency\r\n"
                                "endpoint,chat,gpu.a10,1,3,6,6,15,EUR\r\n"));

        // The text says what the figure counts.
        const CliRun text = cli(QStringList {QStringLiteral("savings")} + span);
        QVERIFY2(text.exitCode == Ok, text.describe().constData());
        QVERIFY2(text.outText().contains(QLatin1String("6.00 GPU-hours")), text.out.constData());
        QVERIFY2(text.outText().contains(QLatin1String("minimum replicas")), text.out.constData());
    }

    void withoutTheServerTheSpecSaysTheAccelerators()
    {
        const QDateTime pausedAt = pauseChat();
        QVERIFY(pausedAt.isValid());
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        QUrl nowhere = m_sim->baseUrl();
        nowhere.setPort(closed.serverPort());
        closed.close();
        const CliRun run = cli({QStringLiteral("savings"), QStringLiteral("--json"), QStringLiteral("--since"),
                                iso(pausedAt), QStringLiteral("--until"), iso(pausedAt.addSecs(3 * 3600))},
                               nowhere);
        QVERIFY2(run.exitCode == Ok, run.describe().constData());
        QVERIFY2(run.oneErrorLine() && run.errText().contains(QLatin1String("shapes could not be read")), run.err.constData());
        QCOMPARE(resource(run, QStringLiteral("chat")).value(QStringLiteral("gpu_hours_saved")).toDouble(), 6.0);
    }

    void pricesAreListedAndBadOnesRefused()
    {
        QVERIFY(cli({QStringLiteral("prices"), QStringLiteral("set"), QStringLiteral("gpu.a10"), QStringLiteral("1.25")}).exitCode == Ok);
        QVERIFY(cli({QStringLiteral("prices"), QStringLiteral("set"), QStringLiteral("gpu.h100-sxm"), QStringLiteral("3")}).exitCode == Ok);
        for (const QStringList &bad : {QStringList {QStringLiteral("set"), QStringLiteral("gpu.a10"), QStringLiteral("-1")},
                                       QStringList {QStringLiteral("set"), QStringLiteral("gpu.a10"), QStringLiteral("1,5")},
                                       QStringList {QStringLiteral("set"), QStringLiteral("gpu.a10"), QStringLiteral("2"),
                                                    QStringLiteral("--currency"), QStringLiteral("euro")},
                                       QStringList {QStringLiteral("set"), QStringLiteral("gpu.a10")}}) {
            const CliRun refused = cli(QStringList {QStringLiteral("prices")} + bad);
            QVERIFY2(refused.exitCode == Usage, refused.describe().constData());
            QVERIFY2(refused.oneErrorLine(), refused.err.constData());
        }
        const CliRun listed = cli({QStringLiteral("prices"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == Ok, listed.describe().constData());
        const QJsonArray prices = listed.json().value(QStringLiteral("prices")).toArray();
        QCOMPARE(prices.size(), 2);
        QCOMPARE(prices.at(0).toObject().value(QStringLiteral("shape")).toString(), QStringLiteral("gpu.a10"));
        QCOMPARE(prices.at(0).toObject().value(QStringLiteral("price_per_hour")).toDouble(), 1.25); // untouched by the refusals
        QCOMPARE(prices.at(0).toObject().value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
        QCOMPARE(prices.at(0).toObject().value(QStringLiteral("set_by")).toString(), QStringLiteral("ci-bot"));
        QCOMPARE(prices.at(1).toObject().value(QStringLiteral("price_per_hour")).toDouble(), 3.0);

        const CliRun removed = cli({QStringLiteral("prices"), QStringLiteral("remove"), QStringLiteral("gpu.a10")});
        QVERIFY2(removed.exitCode == Ok, removed.describe().constData());
        const CliRun after = cli({QStringLiteral("prices"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(after.json().value(QStringLiteral("prices")).toArray().size(), 1);
    }

    void badDatesAreUsageErrors()
    {
        for (const QStringList &bad : {QStringList {QStringLiteral("--since"), QStringLiteral("yesterday")},
                                       QStringList {QStringLiteral("--until"), QStringLiteral("2026-12-07T10:00:00")},
                                       QStringList {QStringLiteral("--since"), QStringLiteral("2026-12-08"),
                                                    QStringLiteral("--until"), QStringLiteral("2026-12-01")}}) {
            const CliRun run = cli(QStringList {QStringLiteral("savings")} + bad);
            QVERIFY2(run.exitCode == Usage, run.describe().constData());
            QVERIFY2(run.oneErrorLine(), run.err.constData());
        }
    }
};

QTEST_MAIN(TestCliSavings)
#include "tst_clisavings.moc"
