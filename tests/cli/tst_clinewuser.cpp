// lepton-console-cli tried as a new user would (issue 24, item 14), each run through the real
// binary ($LEPTON_CLI) against the simulator: a mistyped name never gets a note, an unknown
// --state names the valid ones, "did you mean" for mistyped deployments and commands, replica
// ranges printed one way, --workspace with an unknown id lists the saved workspaces, and a
// token that is an ordinary word hides the token, not the word.
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "app/workspaces/workspaceregistry.h"
#include "tests/support/cliworkspace.h"
#include "tests/support/recipewithreplicas.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace std::chrono_literals;

namespace {

const QString kToken = QStringLiteral("tok-newuser-4c81f2e9a7");
const QString kEnDash = QStringLiteral("\u2013");

// A range written with an ASCII hyphen between two numbers ("1-3", "2-2"): the old forms
// (a date's "2026-12-07" is not one).
const QRegularExpression kHyphenRange(QStringLiteral("(?<![\\d-])\\d+-\\d+(?![\\d-])"));

} // namespace

class TestCliNewUser : public QObject
{
    Q_OBJECT

private:
    CliWorkspace m_ws;
    WorkspaceSimulator *m_sim = nullptr;

    QProcessEnvironment environment(const QString &token = kToken) const { return m_ws.environment(token); }

    CliRun run(const QStringList &arguments, QProcessEnvironment env = {}, const QByteArray &input = {})
    {
        return m_ws.run(arguments, env, input);
    }

    void saveWorkspaces(const QStringList &ids)
    {
        const QString file = QDir(m_ws.home()).filePath(QStringLiteral("config/lepton-console/lepton-console.conf"));
        QSettings settings(file, QSettings::IniFormat);
        WorkspaceRegistry registry(&settings);
        for (const QString &id : ids) {
            WorkspaceRegistry::Entry entry;
            entry.workspaceId = id;
            entry.baseUrl = m_sim->baseUrl();
            QString error;
            QVERIFY2(registry.addOrUpdate(entry, &error), qPrintable(error));
        }
        settings.sync();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(CliProcess::program()), "set LEPTON_CLI to the built lepton-console-cli");
    }

    void init()
    {
        QVERIFY2(m_ws.renew(kToken), qPrintable(m_ws.errorString()));
        m_sim = m_ws.simulator();
        m_sim->setTransitionDelay(50ms);
        m_sim->setDeployments({SimulatorPopulation::make(recipeWithReplicas(QStringLiteral("chat"), 1, 3)),
                               SimulatorPopulation::make(recipeWithReplicas(QStringLiteral("embedder"), 2, 2)),
                               SimulatorPopulation::make(recipeWithReplicas(QStringLiteral("solo"), 1, -1))}); // solo: no max_replicas key
        QVERIFY(m_ws.listen());
    }

    void cleanup() { m_ws.stop(); }

    // --- notes --add checks the name with the server --------------------------------------

    void notesAddToAMistypedNameIsRefused()
    {
        const CliRun typo = run({QStringLiteral("notes"), QStringLiteral("chta"), QStringLiteral("--add"),
                                 QStringLiteral("owner: team inference")});
        QVERIFY2(typo.exitCode == 4, typo.describe().constData());
        QVERIFY2(typo.oneErrorLine(), typo.describe().constData());
        QVERIFY2(typo.errText().contains(QStringLiteral("chta")), typo.describe().constData());
        QVERIFY2(typo.errText().contains(QStringLiteral("Did you mean \"chat\"?")), typo.describe().constData());
        QVERIFY2(typo.out.isEmpty(), typo.describe().constData());

        // Nothing was stored under the mistyped name.
        const CliRun stored = run({QStringLiteral("notes"), QStringLiteral("chta"), QStringLiteral("--json")});
        QVERIFY2(stored.exitCode == 0, stored.describe().constData());
        QCOMPARE(stored.json().value(QStringLiteral("notes")).toArray().size(), 0);

        // The real name takes the note.
        const CliRun real = run({QStringLiteral("notes"), QStringLiteral("chat"), QStringLiteral("--add"),
                                 QStringLiteral("owner: team inference")});
        QVERIFY2(real.exitCode == 0, real.describe().constData());
        QVERIFY2(real.err.isEmpty(), real.describe().constData());
    }

    void notesAddWithoutTheServerSaysTheNameWasNotChecked()
    {
        // A port nobody listens on.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("LEPTON_WORKSPACE_URL"),
                   QStringLiteral("http://127.0.0.1:%1/api/v2/workspaces/%2").arg(port).arg(m_sim->workspaceId()));
        const CliRun offline = run({QStringLiteral("notes"), QStringLiteral("chat"), QStringLiteral("--add"),
                                    QStringLiteral("written on a train")}, env);
        QVERIFY2(offline.exitCode == 0, offline.describe().constData());
        QVERIFY2(offline.errText().contains(QStringLiteral("not checked")), offline.describe().constData());
        QVERIFY2(offline.errText().contains(QStringLiteral("chat")), offline.describe().constData());

        const CliRun stored = run({QStringLiteral("notes"), QStringLiteral("chat"), QStringLiteral("--json")});
        QVERIFY2(stored.exitCode == 0, stored.describe().constData());
        const QJsonArray notes = stored.json().value(QStringLiteral("notes")).toArray();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().toObject().value(QStringLiteral("text")).toString(), QStringLiteral("written on a train"));
    }

    // --- list --state ----------------------------------------------------------------------

    void listWithAnUnknownStateNamesTheValidOnes()
    {
        const CliRun bogus = run({QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("bogus")});
        QVERIFY2(bogus.exitCode == 2, bogus.describe().constData());
        QVERIFY2(bogus.oneErrorLine(), bogus.describe().constData());
        for (const char *word : {"bogus", "Ready", "Not Ready", "Paused", "Stopped", "Error"})
            QVERIFY2(bogus.errText().contains(QLatin1String(word)), word);
        QVERIFY(bogus.out.isEmpty());

        // A near miss gets a suggestion; a valid state still filters.
        const CliRun near = run({QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("redy")});
        QVERIFY2(near.exitCode == 2, near.describe().constData());
        QVERIFY2(near.errText().contains(QStringLiteral("Did you mean \"Ready\"?")), near.describe().constData());
        const CliRun ready = run({QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("ready"),
                                  QStringLiteral("--json")});
        QVERIFY2(ready.exitCode == 0, ready.describe().constData());
        QCOMPARE(ready.json().value(QStringLiteral("deployments")).toArray().size(), 3);
    }

    // --- did you mean ----------------------------------------------------------------------

    void mistypedDeploymentNameSuggestsTheClosest_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("status") << QStringList {QStringLiteral("status"), QStringLiteral("chta")};
        QTest::newRow("pause") << QStringList {QStringLiteral("pause"), QStringLiteral("chta")};
        QTest::newRow("resume") << QStringList {QStringLiteral("resume"), QStringLiteral("chta"), QStringLiteral("--replicas"),
                                                QStringLiteral("1")};
        QTest::newRow("set-replicas") << QStringList {QStringLiteral("set-replicas"), QStringLiteral("chta"),
                                                      QStringLiteral("--min"), QStringLiteral("2")};
        QTest::newRow("notes --add") << QStringList {QStringLiteral("notes"), QStringLiteral("caht"),
                                                     QStringLiteral("--add"), QStringLiteral("x")};
    }

    void mistypedDeploymentNameSuggestsTheClosest()
    {
        QFETCH(QStringList, arguments);
        const CliRun r = run(arguments);
        QVERIFY2(r.exitCode == 4, r.describe().constData());
        QVERIFY2(r.oneErrorLine(), r.describe().constData());
        QVERIFY2(r.errText().contains(QStringLiteral("Did you mean \"chat\"?")), r.describe().constData());

        // A name close to nothing gets no guess.
        QStringList far = arguments;
        far[1] = QStringLiteral("zzzzzzzz");
        const CliRun none = run(far);
        QVERIFY2(none.exitCode == 4, none.describe().constData());
        QVERIFY2(!none.errText().contains(QStringLiteral("Did you mean")), none.describe().constData());
    }

    void mistypedCommandSuggestsTheClosest_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("meant");
        QTest::newRow("lsit") << "lsit" << "list";
        QTest::newRow("pasued") << "pasued" << "paused";
        QTest::newRow("satus") << "satus" << "status";
        QTest::newRow("resme") << "resme" << "resume";
        QTest::newRow("set-replica") << "set-replica" << "set-replicas";
        QTest::newRow("frobnicate") << "frobnicate" << "";
    }

    void mistypedCommandSuggestsTheClosest()
    {
        QFETCH(QString, typed);
        QFETCH(QString, meant);
        const CliRun r = run({typed});
        QVERIFY2(r.exitCode == 2, r.describe().constData());
        QVERIFY2(r.oneErrorLine(), r.describe().constData());
        if (meant.isEmpty())
            QVERIFY2(!r.errText().contains(QStringLiteral("Did you mean")), r.describe().constData());
        else
            QVERIFY2(r.errText().contains(QStringLiteral("Did you mean \"%1\"?").arg(meant)), r.describe().constData());
    }

    // --- replica ranges --------------------------------------------------------------------

    void replicaRangesReadOneWay()
    {
        const CliRun list = run({QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, list.describe().constData());
        const QStringList lines = list.outText().split(QLatin1Char('\n'));
        const auto row = [&lines](const QString &name) {
            for (const QString &line : lines) {
                if (line.startsWith(name + QLatin1Char(' ')))
                    return line.simplified().split(QLatin1Char(' '));
            }
            return QStringList();
        };
        QCOMPARE(row(QStringLiteral("chat")).value(2), QStringLiteral("1") + kEnDash + QStringLiteral("3"));
        QCOMPARE(row(QStringLiteral("embedder")).value(2), QStringLiteral("2")); // min = max: fixed
        QCOMPARE(row(QStringLiteral("solo")).value(2), QStringLiteral("1"));     // no max: fixed
        QVERIFY2(!list.outText().contains(kHyphenRange), list.out.constData());

        // --json keeps numbers.
        const CliRun json = run({QStringLiteral("list"), QStringLiteral("--json")});
        for (const QJsonValue &d : json.json().value(QStringLiteral("deployments")).toArray()) {
            QVERIFY(d.toObject().value(QStringLiteral("min_replicas")).isDouble());
            const QJsonValue max = d.toObject().value(QStringLiteral("max_replicas"));
            QVERIFY(max.isDouble() || max.isNull());
        }

        // Pause, status, paused and set-replicas say it the same way.
        const CliRun pause = run({QStringLiteral("pause"), QStringLiteral("chat"), QStringLiteral("embedder")});
        QVERIFY2(pause.exitCode == 0, pause.describe().constData());
        QVERIFY2(pause.outText().contains(QStringLiteral("1") + kEnDash + QStringLiteral("3 replicas")), pause.out.constData());
        QVERIFY2(pause.outText().contains(QStringLiteral("2 replicas")), pause.out.constData());
        const CliRun status = run({QStringLiteral("status"), QStringLiteral("embedder")});
        QVERIFY2(status.exitCode == 0, status.describe().constData());
        QVERIFY2(status.outText().contains(QRegularExpression(QStringLiteral("Resume brings back:\\s+2 replicas"))),
                 status.out.constData());
        const CliRun paused = run({QStringLiteral("paused")});
        QVERIFY2(paused.exitCode == 0, paused.describe().constData());
        QVERIFY2(paused.outText().contains(QStringLiteral("1") + kEnDash + QStringLiteral("3")), paused.out.constData());
        const CliRun set = run({QStringLiteral("set-replicas"), QStringLiteral("chat"), QStringLiteral("--min"),
                                QStringLiteral("2"), QStringLiteral("--max"), QStringLiteral("4")});
        QVERIFY2(set.exitCode == 0, set.describe().constData());
        QVERIFY2(set.outText().contains(QStringLiteral("2") + kEnDash + QStringLiteral("4 replicas")), set.out.constData());
        for (const CliRun *r : {&pause, &status, &paused, &set})
            QVERIFY2(!r->outText().contains(kHyphenRange), r->out.constData());
    }

    // --- --workspace with an id nobody saved -----------------------------------------------

    void unknownWorkspaceListsTheSavedOnes()
    {
        saveWorkspaces({QStringLiteral("prod-ws"), QStringLiteral("staging-ws")});
        QProcessEnvironment env = environment();
        env.remove(QStringLiteral("LEPTON_WORKSPACE_ID"));
        env.remove(QStringLiteral("LEPTON_WORKSPACE_TOKEN"));
        env.remove(QStringLiteral("LEPTON_WORKSPACE_URL"));
        const CliRun r = run({QStringLiteral("--workspace"), QStringLiteral("nope"), QStringLiteral("list")}, env);
        QVERIFY2(r.exitCode == 4, r.describe().constData());
        QVERIFY2(r.oneErrorLine(), r.describe().constData());
        for (const char *word : {"nope", "prod-ws", "staging-ws"})
            QVERIFY2(r.errText().contains(QLatin1String(word)), r.describe().constData());
        QVERIFY2(!r.errText().contains(QStringLiteral("keychain")), r.describe().constData());

        // A near miss: the closest saved one is proposed.
        const CliRun near = run({QStringLiteral("--workspace"), QStringLiteral("prod-wss"), QStringLiteral("paused")}, env);
        QVERIFY2(near.exitCode == 4, near.describe().constData());
        QVERIFY2(near.errText().contains(QStringLiteral("Did you mean \"prod-ws\"?")), near.describe().constData());
    }

    // --- a token that is an ordinary word --------------------------------------------------

    void tokenThatIsAWordHidesTheTokenNotTheWord()
    {
        const QString word = QStringLiteral("error");
        m_sim->setToken(word);
        const QProcessEnvironment env = environment(word);

        // The word in the output stays: "error" is a key of pause --json.
        const CliRun pause = run({QStringLiteral("pause"), QStringLiteral("chat"), QStringLiteral("--json")}, env);
        QVERIFY2(pause.exitCode == 0, pause.describe().constData());
        const QJsonObject result = pause.json().value(QStringLiteral("results")).toArray().first().toObject();
        QVERIFY2(result.contains(QStringLiteral("error")), pause.out.constData());
        QVERIFY2(!pause.outText().contains(QStringLiteral("***")), pause.out.constData());

        // Where it stands as the credential, it is still hidden.
        m_sim->injectFault(WorkspaceSimulator::Fault::httpStatus(
                               400, R"({"message":"request error; Authorization: Bearer error; token=error"})",
                               "application/json")
                               .on("GET", QStringLiteral("/deployments$"))
                               .times(-1)); // the ledger's settling asks for the list first
        const CliRun echoed = run({QStringLiteral("list")}, env);
        QVERIFY2(echoed.exitCode == 5, echoed.describe().constData());
        QVERIFY2(!echoed.errText().contains(QStringLiteral("Bearer error")), echoed.describe().constData());
        QVERIFY2(!echoed.errText().contains(QStringLiteral("token=error")), echoed.describe().constData());
        QVERIFY2(echoed.errText().contains(QStringLiteral("request error")), echoed.describe().constData());
    }
};

QTEST_GUILESS_MAIN(TestCliNewUser)
#include "tst_clinewuser.moc"
