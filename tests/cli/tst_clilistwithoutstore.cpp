// `lepton-console-cli list` on a machine that never recorded anything (issue 17, item 9): with
// no local store there are no pauses and no notes, so list makes no store file just to show
// that (a fresh store is a schema, a journal and syncs at close). Once a store exists, list
// reads it as before: pause markers and notes are shown, and a store that cannot be opened is
// still reported. Each run goes through the real binary ($LEPTON_CLI) against the simulator.
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "app/storage/sqlite/localdatabase.h"
#include "tests/support/cliprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace std::chrono_literals;

namespace {

const QString kToken = QStringLiteral("tok-nostore-5d20b7c1e3");

QJsonObject entryNamed(const QJsonArray &deployments, const QString &name)
{
    for (const QJsonValue &value : deployments) {
        if (value.toObject().value(QStringLiteral("name")).toString() == name)
            return value.toObject();
    }
    return {};
}

} // namespace

class TestCliListWithoutStore : public QObject
{
    Q_OBJECT

private:
    QString m_cli;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<WorkspaceSimulator> m_sim;
    std::unique_ptr<QTemporaryDir> m_dataDir;

    QString storeFile() const { return QDir(m_dataDir->path()).filePath(QString::fromLatin1(LocalDatabase::FileName)); }

    CliRun run(const QStringList &arguments)
    {
        return CliProcess::run(m_cli, arguments + QStringList {QStringLiteral("--data-dir"), m_dataDir->path()},
                               CliProcess::environment(m_home->path(), m_sim->workspaceId(), kToken, m_sim->baseUrl()));
    }

    QStringList filesInDataDir() const
    {
        return QDir(m_dataDir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cli = CliProcess::program();
        QVERIFY2(QFile::exists(m_cli), "set LEPTON_CLI to the built lepton-console-cli");
    }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_sim = std::make_unique<WorkspaceSimulator>();
        m_sim->setToken(kToken);
        m_sim->setTransitionDelay(50ms);
        DeploymentRecipe chat;
        chat.name = QStringLiteral("chat");
        chat.minReplicas = 1;
        chat.maxReplicas = 3;
        DeploymentRecipe embedder;
        embedder.name = QStringLiteral("embedder");
        embedder.minReplicas = 2;
        embedder.maxReplicas = 2;
        m_sim->setDeployments({SimulatorPopulation::make(chat), SimulatorPopulation::make(embedder)});
        QVERIFY(m_sim->listen());
        m_dataDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dataDir->isValid());
    }

    void cleanup()
    {
        m_sim.reset();
        m_dataDir.reset();
        m_home.reset();
    }

    void listWithoutAStoreMakesNone()
    {
        const CliRun table = run({QStringLiteral("list")});
        QVERIFY2(table.exitCode == 0, table.describe().constData());
        QVERIFY2(table.err.isEmpty(), table.describe().constData());
        QVERIFY2(table.outText().contains(QStringLiteral("chat")), table.describe().constData());
        QVERIFY2(table.outText().contains(QStringLiteral("embedder")), table.describe().constData());

        const CliRun json = run({QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, json.describe().constData());
        const QJsonArray deployments = json.json().value(QStringLiteral("deployments")).toArray();
        QCOMPARE(deployments.size(), 2);
        QCOMPARE(entryNamed(deployments, QStringLiteral("chat")).value(QStringLiteral("paused")).toBool(true), false);

        // Neither run left a store (nor its journal) behind.
        QVERIFY2(filesInDataDir().isEmpty(), qPrintable(filesInDataDir().join(u' ')));
    }

    void listInAFolderNotMadeYetMakesNone()
    {
        const QString folder = QDir(m_dataDir->path()).filePath(QStringLiteral("not/made/yet"));
        const CliRun r = CliProcess::run(m_cli, {QStringLiteral("list"), QStringLiteral("--data-dir"), folder},
                                         CliProcess::environment(m_home->path(), m_sim->workspaceId(), kToken,
                                                                 m_sim->baseUrl()));
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY2(r.outText().contains(QStringLiteral("chat")), r.describe().constData());
        QVERIFY2(!QFileInfo::exists(QDir(m_dataDir->path()).filePath(QStringLiteral("not"))),
                 qPrintable(filesInDataDir().join(u' ')));
    }

    void listShowsThePausesAndNotesOfAStoreThatExists()
    {
        // A command that writes makes the store, as always.
        const CliRun note = run({QStringLiteral("notes"), QStringLiteral("embedder"), QStringLiteral("--add"),
                                 QStringLiteral("owner: team search")});
        QVERIFY2(note.exitCode == 0, note.describe().constData());
        // --wait: until the server reports it at zero, so the table says Paused, not Pausing.
        const CliRun pause = run({QStringLiteral("pause"), QStringLiteral("chat"), QStringLiteral("--wait")});
        QVERIFY2(pause.exitCode == 0, pause.describe().constData());
        QVERIFY(QFileInfo::exists(storeFile()));

        const CliRun json = run({QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, json.describe().constData());
        const QJsonArray deployments = json.json().value(QStringLiteral("deployments")).toArray();
        const QJsonObject chat = entryNamed(deployments, QStringLiteral("chat"));
        QVERIFY2(chat.value(QStringLiteral("paused")).toBool(), json.out.constData());
        QCOMPARE(chat.value(QStringLiteral("pause")).toObject().value(QStringLiteral("paused_by")).toString(),
                 QStringLiteral("ci-bot"));
        const QJsonObject embedder = entryNamed(deployments, QStringLiteral("embedder"));
        QVERIFY2(!embedder.value(QStringLiteral("paused")).toBool(true), json.out.constData());
        QCOMPARE(embedder.value(QStringLiteral("latest_note")).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("owner: team search"));

        const CliRun table = run({QStringLiteral("list")});
        QVERIFY2(table.exitCode == 0, table.describe().constData());
        const QString chatLine = table.outText().split(u'\n').filter(QStringLiteral("chat")).value(0);
        QVERIFY2(chatLine.contains(QStringLiteral("Paused")), table.describe().constData());
        QVERIFY2(chatLine.contains(QStringLiteral("ci-bot")), table.describe().constData());
    }

    void listStillReportsAStoreThatCannotBeOpened()
    {
        // Something is at the store's place, and it is not a store: said, not passed over.
        QVERIFY(QDir(m_dataDir->path()).mkpath(QString::fromLatin1(LocalDatabase::FileName)));
        const CliRun r = run({QStringLiteral("list")});
        QVERIFY2(r.exitCode == 8, r.describe().constData()); // ExitCode::LocalStoreError
        QVERIFY2(r.oneErrorLine(), r.describe().constData());
        QVERIFY2(r.out.isEmpty(), r.describe().constData());
    }
};

QTEST_GUILESS_MAIN(TestCliListWithoutStore)
#include "tst_clilistwithoutstore.moc"
