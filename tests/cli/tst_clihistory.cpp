// Where a change came from, and the audit trail (issue 19): lepton-console-cli records the
// program and host with every pause and note, `paused` and `status` say "ci-bot (CLI on
// HOST)" through AuthorText, and `history [KIND/NAME] [--since DATE] [--json]` lists the
// pauses (paused, resumed, abandoned) and notes, newest first, with who, where and when. The
// real binary as a child process against the simulator over HTTP, on the store on disk and,
// when LEPTON_TEST_PG_URI is set (scripts/test), on PostgreSQL: the same cases.
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "app/storage/authortext.h"
#include "tests/cli/clistorearguments.h"
#include "tests/storage/teststores.h"
#include "tests/support/cliworkspace.h"
#include "tests/support/recipewithreplicas.h"

#include <QFile>
#include <QJsonArray>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kToken = QStringLiteral("tok-history-9d3a1f");
const QString kWs = QStringLiteral("ws-history");

QStringList eventsOf(const QJsonArray &events, const QString &key)
{
    QStringList values;
    for (const QJsonValue &e : events)
        values << e.toObject().value(key).toString();
    return values;
}

} // namespace

class TestCliHistory : public QObject
{
    Q_OBJECT

    CliWorkspace m_ws;
    TestStores m_stores;
    QStringList m_storeArgs; // --data-dir DIR, or --store URI

    CliRun cli(const QStringList &arguments) { return m_ws.runBare(m_storeArgs + arguments); }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(CliProcess::program()), qPrintable(CliProcess::program())); }

    void init()
    {
        QVERIFY2(m_ws.renew(kToken, kWs), qPrintable(m_ws.errorString()));
        m_ws.simulator()->setDeployments({SimulatorPopulation::make(recipeWithReplicas(QStringLiteral("chat"), 2, 4)),
                               SimulatorPopulation::make(recipeWithReplicas(QStringLiteral("embed"), 1, 1))});
        QVERIFY(m_ws.listen());
        LEPTON_CLI_STORE_ARGUMENTS(m_storeArgs, m_ws, m_stores, QStringLiteral("history"));
    }

    void cleanup()
    {
        m_ws.stop();
        m_stores.reset();
    }

    void authorTextSaysProgramAndHost()
    {
        QCOMPARE(AuthorText::of(QStringLiteral("alice"), QStringLiteral("lepton-console-cli"), QStringLiteral("build-7")),
                 QStringLiteral("alice (CLI on build-7)"));
        QCOMPARE(AuthorText::of(QStringLiteral("bob"), QStringLiteral("lepton-console"), QStringLiteral("laptop-3")),
                 QStringLiteral("bob (console on laptop-3)"));
        QCOMPARE(AuthorText::of(QStringLiteral("carol"), QString(), QString()), QStringLiteral("carol")); // before schema 4
        QCOMPARE(AuthorText::of(QString(), QStringLiteral("release.sh"), QStringLiteral("ci-3")),
                 QStringLiteral("someone (release.sh on ci-3)"));
    }

    // `paused` and `status` say who paused and wrote, with the program and the host.
    void pausedAndStatusSayWhereFrom_data() { TestStores::addBackendRows(); }
    void pausedAndStatusSayWhereFrom()
    {
        const QString who = QStringLiteral("ci-bot (CLI on %1)").arg(QSysInfo::machineHostName());
        const CliRun paused = cli({QStringLiteral("pause"), QStringLiteral("chat"), QStringLiteral("--note"),
                                   QStringLiteral("GPU maintenance")});
        QVERIFY2(paused.finished && paused.exitCode == 0, paused.describe().constData());

        const CliRun list = cli({QStringLiteral("paused")});
        QVERIFY2(list.exitCode == 0 && list.outText().contains(who), list.describe().constData());
        const CliRun status = cli({QStringLiteral("status"), QStringLiteral("chat")});
        QVERIFY2(status.exitCode == 0, status.describe().constData());
        QVERIFY2(status.outText().contains(QStringLiteral("Paused by:")) && status.outText().count(who) == 2, // the pause and its note
                 status.describe().constData());
        const CliRun json = cli({QStringLiteral("paused"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, json.describe().constData());
        const QJsonObject pause = json.json().value(QStringLiteral("paused")).toArray().at(0).toObject();
        QCOMPARE(pause.value(QStringLiteral("paused_by")).toString(), QStringLiteral("ci-bot")); // as before
        QCOMPARE(pause.value(QStringLiteral("paused_program")).toString(), QStringLiteral("lepton-console-cli"));
        QCOMPARE(pause.value(QStringLiteral("paused_host")).toString(), QSysInfo::machineHostName());
    }

    void historyOfAResourceAndTheWorkspace_data() { TestStores::addBackendRows(); }
    void historyOfAResourceAndTheWorkspace()
    {
        const QString host = QSysInfo::machineHostName();
        QVERIFY(cli({QStringLiteral("pause"), QStringLiteral("chat"), QStringLiteral("--note"), QStringLiteral("weekend")}).exitCode == 0);
        QVERIFY(cli({QStringLiteral("resume"), QStringLiteral("chat")}).exitCode == 0);
        QVERIFY(cli({QStringLiteral("notes"), QStringLiteral("embed"), QStringLiteral("--add"), QStringLiteral("owner: search team")}).exitCode == 0);
        QVERIFY(cli({QStringLiteral("pause"), QStringLiteral("embed")}).exitCode == 0);

        // One resource, newest first: the resume, the pause's reason, the pause.
        const CliRun chat = cli({QStringLiteral("history"), QStringLiteral("chat"), QStringLiteral("--json")});
        QVERIFY2(chat.finished && chat.exitCode == 0, chat.describe().constData());
        const QJsonArray events = chat.json().value(QStringLiteral("events")).toArray();
        QCOMPARE(eventsOf(events, QStringLiteral("event")), (QStringList {"resumed", "note", "paused"}));
        QCOMPARE(eventsOf(events, QStringLiteral("name")), (QStringList {"chat", "chat", "chat"}));
        QCOMPARE(eventsOf(events, QStringLiteral("program")), (QStringList(3, QStringLiteral("lepton-console-cli"))));
        QCOMPARE(eventsOf(events, QStringLiteral("host")), (QStringList(3, host)));
        QCOMPARE(eventsOf(events, QStringLiteral("by")), (QStringList(3, QStringLiteral("ci-bot (CLI on %1)").arg(host))));
        const QJsonObject paused = events.at(2).toObject();
        QCOMPARE(paused.value(QStringLiteral("kind")).toString(), QStringLiteral("endpoint"));
        QCOMPARE(paused.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
        QCOMPARE(paused.value(QStringLiteral("saved_min_replicas")).toInt(), 2);
        QCOMPARE(paused.value(QStringLiteral("saved_max_replicas")).toInt(), 4);
        QCOMPARE(paused.value(QStringLiteral("reason")).toString(), QStringLiteral("weekend"));
        QCOMPARE(events.at(1).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("weekend"));
        QVERIFY(events.at(1).toObject().value(QStringLiteral("at_pause")).toBool());
        QVERIFY(events.at(0).toObject().value(QStringLiteral("time")).toString()
                >= events.at(2).toObject().value(QStringLiteral("time")).toString());

        // The whole workspace: both deployments, newest first.
        const CliRun all = cli({QStringLiteral("history"), QStringLiteral("--json")});
        QVERIFY2(all.exitCode == 0, all.describe().constData());
        const QJsonArray allEvents = all.json().value(QStringLiteral("events")).toArray();
        QCOMPARE(eventsOf(allEvents, QStringLiteral("event")), (QStringList {"paused", "note", "resumed", "note", "paused"}));
        QCOMPARE(eventsOf(allEvents, QStringLiteral("name")), (QStringList {"embed", "embed", "chat", "chat", "chat"}));
        QVERIFY(all.json().value(QStringLiteral("name")).isNull());

        // Text: a table with who and where.
        const CliRun text = cli({QStringLiteral("history"), QStringLiteral("chat")});
        QVERIFY2(text.exitCode == 0 && text.outText().contains(QStringLiteral("resumed"))
                     && text.outText().contains(QStringLiteral("ci-bot (CLI on %1)").arg(host))
                     && text.outText().contains(QStringLiteral("saved 2–4 replicas")),
                 text.describe().constData());

        // --since: nothing happened tomorrow; a bad date is a usage error.
        const CliRun tomorrow = cli({QStringLiteral("history"), QStringLiteral("--since"),
                                     QDate::currentDate().addDays(1).toString(Qt::ISODate), QStringLiteral("--json")});
        QVERIFY2(tomorrow.exitCode == 0, tomorrow.describe().constData());
        QVERIFY(tomorrow.json().value(QStringLiteral("events")).toArray().isEmpty());
        const CliRun today = cli({QStringLiteral("history"), QStringLiteral("--since"),
                                  QDate::currentDate().addDays(-1).toString(Qt::ISODate), QStringLiteral("--json")});
        QCOMPARE(today.json().value(QStringLiteral("events")).toArray().size(), 5);
        const CliRun bad = cli({QStringLiteral("history"), QStringLiteral("--since"), QStringLiteral("last tuesday")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.errText().contains(QStringLiteral("last tuesday")), bad.describe().constData());
    }
};

QTEST_GUILESS_MAIN(TestCliHistory)
#include "tst_clihistory.moc"
