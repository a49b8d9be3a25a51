// Schedules, holds and wake-ups from the command line (issue 21): the real lepton-console-cli
// as a child process against the simulator over HTTP, on the store on disk and on a PostgreSQL
// team store (data rows). `schedule run --at` plays the clock: pauses and resumes land at the
// right local times across both daylight-saving changes of Europe/Berlin and around an
// exception range, with exact restore; a manual resume wins until the next transition; a
// hold stops the schedule; `wake --for` pauses again once its time is up; two runners on one
// team store carry out each transition once; `schedule install` writes units systemd accepts.
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "tests/cli/clistorearguments.h"
#include "tests/storage/teststores.h"
#include "tests/support/cliworkspace.h"
#include "tests/support/recipewithreplicas.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

const QString kToken = QStringLiteral("tok-schedule-4b1e07");
const QString kWs = QStringLiteral("ws-schedule");

int patches(const WorkspaceSimulator &sim)
{
    int n = 0;
    for (const auto &request : sim.requests())
        n += request.method == "PATCH" ? 1 : 0;
    return n;
}

} // namespace

class TestCliSchedule : public QObject
{
    Q_OBJECT

    QString m_cli;
    CliWorkspace m_ws;
    WorkspaceSimulator *m_sim = nullptr;
    TestStores m_stores;
    QStringList m_storeArgs; // --data-dir DIR, or --store URI

    QProcessEnvironment env() const { return m_ws.environment(); }
    CliRun cli(const QStringList &arguments) { return m_ws.runBare(m_storeArgs + arguments); }
    // `schedule run --at TIME`, which must succeed.
    CliRun runAt(const QString &at)
    {
        return cli({QStringLiteral("schedule"), QStringLiteral("run"), QStringLiteral("--at"), at});
    }
    QJsonObject resources(const QString &name) const
    {
        return m_sim->deployment(name).value(QStringLiteral("spec")).toObject()
            .value(QStringLiteral("resource_requirement")).toObject();
    }
    int minReplicas(const QString &name) const { return resources(name).value(QStringLiteral("min_replicas")).toInt(-1); }
    int maxReplicas(const QString &name) const { return resources(name).value(QStringLiteral("max_replicas")).toInt(-1); }

private Q_SLOTS:
    void initTestCase()
    {
        m_cli = CliProcess::program();
        QVERIFY2(QFile::exists(m_cli), qPrintable(m_cli));
    }

    void init()
    {
        QVERIFY2(m_ws.renew(kToken, kWs), qPrintable(m_ws.errorString()));
        m_sim = m_ws.simulator();
        m_sim->setDeployments({SimulatorPopulation::make(recipeWithReplicas(QStringLiteral("chat"), 2, 4)),
                               SimulatorPopulation::make(recipeWithReplicas(QStringLiteral("embed"), 1, 3)),
                               SimulatorPopulation::make(recipeWithReplicas(QStringLiteral("rerank"), 3, 3))});
        QVERIFY(m_ws.listen());
        LEPTON_CLI_STORE_ARGUMENTS(m_storeArgs, m_ws, m_stores, QStringLiteral("schedules"));
    }

    void cleanup()
    {
        m_ws.stop();
        m_sim = nullptr;
        m_stores.reset();
    }

    // Europe/Berlin goes to summer time on Sunday 2027-03-28: the Friday pause at 20:00 CET is
    // 19:00 UTC, the Monday resume at 07:30 CEST is 05:30 UTC. Exact restore (2..4), a manual
    // resume that wins until the next transition, and an exception range without transitions.
    void pausesAndResumesAtLocalTimesOverTheSpringChange_data() { TestStores::addBackendRows(); }
    void pausesAndResumesAtLocalTimesOverTheSpringChange()
    {
        CliRun set = cli({QStringLiteral("schedule"), QStringLiteral("set"), QStringLiteral("endpoint/chat"),
                          QStringLiteral("--pause"), QStringLiteral("Mon-Fri 20:00"), QStringLiteral("--resume"),
                          QStringLiteral("Mon-Fri 07:30"), QStringLiteral("--tz"), QStringLiteral("Europe/Berlin"),
                          QStringLiteral("--except"), QStringLiteral("2027-03-31..2027-04-01")});
        QVERIFY2(set.exitCode == 0, set.describe());

        // `list --json` at Friday noon: next pause Friday 20:00 CET, next resume Monday 07:30 CEST.
        CliRun list = cli({QStringLiteral("schedule"), QStringLiteral("list"), QStringLiteral("--json"),
                           QStringLiteral("--at"), QStringLiteral("2027-03-26T12:00:00+01:00")});
        QVERIFY2(list.exitCode == 0, list.describe());
        const QJsonObject listed = list.json().value(QStringLiteral("schedules")).toArray().first().toObject();
        QCOMPARE(listed.value(QStringLiteral("next_pause")).toObject().value(QStringLiteral("utc")).toString(),
                 QStringLiteral("2027-03-26T19:00:00.000Z"));
        QCOMPARE(listed.value(QStringLiteral("next_pause")).toObject().value(QStringLiteral("local")).toString(),
                 QStringLiteral("2027-03-26T20:00:00+01:00"));
        QCOMPARE(listed.value(QStringLiteral("next_resume")).toObject().value(QStringLiteral("utc")).toString(),
                 QStringLiteral("2027-03-29T05:30:00.000Z"));
        QCOMPARE(listed.value(QStringLiteral("next_resume")).toObject().value(QStringLiteral("local")).toString(),
                 QStringLiteral("2027-03-29T07:30:00+02:00"));

        // A minute before the pause: the last transition (Friday 07:30) is past the 6 h window.
        CliRun early = runAt(QStringLiteral("2027-03-26T18:59:00Z"));
        QVERIFY2(early.exitCode == 0, early.describe());
        QCOMPARE(minReplicas(QStringLiteral("chat")), 2);
        // A wider window (--catch-up) would still carry out that resume; --dry-run sends nothing.
        const int before0 = patches(*m_sim);
        CliRun wide = cli({QStringLiteral("schedule"), QStringLiteral("run"), QStringLiteral("--dry-run"), QStringLiteral("--catch-up"),
                           QStringLiteral("13h"), QStringLiteral("--at"), QStringLiteral("2027-03-26T18:59:00Z")});
        QVERIFY2(wide.exitCode == 0 && wide.outText().contains(QLatin1String("endpoint/chat: would resume")), wide.describe());
        QCOMPARE(patches(*m_sim), before0);

        CliRun paused = runAt(QStringLiteral("2027-03-26T19:01:00Z"));
        QVERIFY2(paused.exitCode == 0 && paused.outText().contains(QLatin1String("endpoint/chat: paused")), paused.describe());
        QCOMPARE(minReplicas(QStringLiteral("chat")), 0);
        // The pause's note says which schedule did it.
        CliRun notes = cli({QStringLiteral("notes"), QStringLiteral("chat")});
        QVERIFY2(notes.outText().contains(QLatin1String("Paused by the schedule of endpoint/chat")), notes.describe());

        // Again: carried out once, nothing sent.
        const int sent = patches(*m_sim);
        CliRun again = runAt(QStringLiteral("2027-03-26T19:05:00Z"));
        QVERIFY2(again.exitCode == 0 && again.outText().contains(QLatin1String("already carried out")), again.describe());
        QCOMPARE(patches(*m_sim), sent);

        // Monday 07:29 CEST (05:29 UTC; it would be 06:29 CET): not yet.
        CliRun before = runAt(QStringLiteral("2027-03-29T05:29:00Z"));
        QVERIFY2(before.exitCode == 0, before.describe());
        QCOMPARE(minReplicas(QStringLiteral("chat")), 0);
        CliRun resumed = runAt(QStringLiteral("2027-03-29T07:31:00+02:00"));
        QVERIFY2(resumed.exitCode == 0 && resumed.outText().contains(QLatin1String("resumed")), resumed.describe());
        QCOMPARE(minReplicas(QStringLiteral("chat")), 2);
        QCOMPARE(maxReplicas(QStringLiteral("chat")), 4);

        // Monday 20:00 CEST pauses; a manual resume then wins until the next transition.
        QVERIFY2(runAt(QStringLiteral("2027-03-29T20:01:00+02:00")).exitCode == 0, "pause Monday");
        QCOMPARE(minReplicas(QStringLiteral("chat")), 0);
        CliRun manual = cli({QStringLiteral("resume"), QStringLiteral("endpoint/chat")});
        QVERIFY2(manual.exitCode == 0, manual.describe());
        QVERIFY2(runAt(QStringLiteral("2027-03-29T21:00:00+02:00")).exitCode == 0, "run after the manual resume");
        QCOMPARE(minReplicas(QStringLiteral("chat")), 2);

        // Tuesday 20:00 pauses; Wednesday and Thursday are exceptions: no resume, no pause.
        QVERIFY2(runAt(QStringLiteral("2027-03-30T20:01:00+02:00")).exitCode == 0, "pause Tuesday");
        QCOMPARE(minReplicas(QStringLiteral("chat")), 0);
        for (const char *at : {"2027-03-31T07:31:00+02:00", "2027-04-01T07:31:00+02:00"}) {
            CliRun run = runAt(QLatin1String(at));
            QVERIFY2(run.exitCode == 0, run.describe());
            QCOMPARE(minReplicas(QStringLiteral("chat")), 0);
        }
        // Friday 2 April resumes with exactly what it had.
        QVERIFY2(runAt(QStringLiteral("2027-04-02T07:31:00+02:00")).exitCode == 0, "resume Friday");
        QCOMPARE(minReplicas(QStringLiteral("chat")), 2);
        QCOMPARE(maxReplicas(QStringLiteral("chat")), 4);
    }

    // Back to winter time on Sunday 2026-10-25: the Monday resume at 07:30 CET is 06:30 UTC.
    void resumesAtLocalTimeOverTheAutumnChange()
    {
        CliRun set = cli({QStringLiteral("schedule"), QStringLiteral("set"), QStringLiteral("embed"),
                          QStringLiteral("--pause"), QStringLiteral("Fri 20:00"), QStringLiteral("--resume"),
                          QStringLiteral("Mon 07:30"), QStringLiteral("--tz"), QStringLiteral("Europe/Berlin")});
        QVERIFY2(set.exitCode == 0, set.describe());
        QVERIFY2(runAt(QStringLiteral("2026-10-23T18:01:00Z")).exitCode == 0, "pause Friday 20:01 CEST");
        QCOMPARE(minReplicas(QStringLiteral("embed")), 0);
        QVERIFY2(runAt(QStringLiteral("2026-10-26T05:31:00Z")).exitCode == 0, "06:31 CET");
        QCOMPARE(minReplicas(QStringLiteral("embed")), 0);
        QVERIFY2(runAt(QStringLiteral("2026-10-26T06:31:00Z")).exitCode == 0, "07:31 CET");
        QCOMPARE(minReplicas(QStringLiteral("embed")), 1);
        QCOMPARE(maxReplicas(QStringLiteral("embed")), 3);
    }

    void aHoldStopsTheSchedule()
    {
        QVERIFY(cli({QStringLiteral("schedule"), QStringLiteral("set"), QStringLiteral("endpoint/chat"), QStringLiteral("--pause"),
                     QStringLiteral("daily 20:00"), QStringLiteral("--resume"), QStringLiteral("daily 07:30"),
                     QStringLiteral("--tz"), QStringLiteral("Europe/Berlin")}).exitCode == 0);
        CliRun hold = cli({QStringLiteral("hold"), QStringLiteral("endpoint/chat"), QStringLiteral("--until"),
                           QStringLiteral("2027-03-29T21:00:00+02:00"), QStringLiteral("--reason"), QStringLiteral("debugging the loader")});
        QVERIFY2(hold.exitCode == 0, hold.describe());
        CliRun held = runAt(QStringLiteral("2027-03-29T20:01:00+02:00"));
        QVERIFY2(held.exitCode == 0 && held.outText().contains(QLatin1String("held by")), held.describe());
        QVERIFY2(held.outText().contains(QLatin1String("debugging the loader")), held.describe());
        QCOMPARE(minReplicas(QStringLiteral("chat")), 2);
        CliRun release = cli({QStringLiteral("release"), QStringLiteral("endpoint/chat")});
        QVERIFY2(release.exitCode == 0, release.describe());
        // Released within the catch-up window: the pause still happens.
        CliRun paused = runAt(QStringLiteral("2027-03-29T20:10:00+02:00"));
        QVERIFY2(paused.exitCode == 0, paused.describe());
        QCOMPARE(minReplicas(QStringLiteral("chat")), 0);
        // A hold in the past is refused.
        CliRun past = cli({QStringLiteral("hold"), QStringLiteral("endpoint/chat"), QStringLiteral("--until"),
                           QStringLiteral("2020-01-01T00:00:00Z"), QStringLiteral("--reason"), QStringLiteral("x")});
        QCOMPARE(past.exitCode, 2);
    }

    void wakePausesAgainWhenItsTimeIsUp()
    {
        QVERIFY(cli({QStringLiteral("pause"), QStringLiteral("rerank")}).exitCode == 0);
        QCOMPARE(minReplicas(QStringLiteral("rerank")), 0);
        CliRun wake = cli({QStringLiteral("wake"), QStringLiteral("endpoint/rerank"), QStringLiteral("--for"), QStringLiteral("2h")});
        QVERIFY2(wake.exitCode == 0 && wake.outText().contains(QLatin1String("awake until")), wake.describe());
        QCOMPARE(minReplicas(QStringLiteral("rerank")), 3);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        CliRun during = runAt(now.addSecs(3600).toString(Qt::ISODate));
        QVERIFY2(during.exitCode == 0, during.describe());
        QCOMPARE(minReplicas(QStringLiteral("rerank")), 3);
        CliRun after = runAt(now.addSecs(2 * 3600 + 120).toString(Qt::ISODate));
        QVERIFY2(after.exitCode == 0 && after.outText().contains(QLatin1String("paused")), after.describe());
        QCOMPARE(minReplicas(QStringLiteral("rerank")), 0);
        // The wake-up is over: the next run does nothing more.
        const int sent = patches(*m_sim);
        QVERIFY(runAt(now.addSecs(2 * 3600 + 300).toString(Qt::ISODate)).exitCode == 0);
        QCOMPARE(patches(*m_sim), sent);
        CliRun list = cli({QStringLiteral("schedule"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.json().value(QStringLiteral("wake_ups")).toArray().size(), 0);
        // And Resume still restores exactly.
        QVERIFY(cli({QStringLiteral("resume"), QStringLiteral("rerank")}).exitCode == 0);
        QCOMPARE(minReplicas(QStringLiteral("rerank")), 3);
    }

    // Two `schedule run` processes at once on one PostgreSQL team store: for each transition
    // exactly one carries it out and the other reports it already claimed.
    void twoRunnersOnATeamStoreCarryOutEachTransitionOnce()
    {
        m_stores.useBackend(QStringLiteral("postgres"));
        if (TestStores::serverUri().isEmpty()) {
            if (TestStores::serverRequired())
                QFAIL("No PostgreSQL server (LEPTON_TEST_PG_URI is not set; scripts/test starts one).");
            QSKIP("No PostgreSQL server (LEPTON_TEST_PG_URI; scripts/test starts one).");
        }
        const QString uri = m_stores.location(QStringLiteral("tworunners"));
        QVERIFY2(!uri.isEmpty(), qPrintable(m_stores.errorString()));
        m_storeArgs = {QStringLiteral("--store"), uri};
        const QStringList names {QStringLiteral("chat"), QStringLiteral("embed"), QStringLiteral("rerank")};
        for (const QString &name : names) {
            CliRun set = cli({QStringLiteral("schedule"), QStringLiteral("set"), name, QStringLiteral("--pause"),
                              QStringLiteral("daily 20:00"), QStringLiteral("--resume"), QStringLiteral("daily 07:30"),
                              QStringLiteral("--tz"), QStringLiteral("Europe/Berlin")});
            QVERIFY2(set.exitCode == 0, set.describe());
        }
        QList<QProcess *> runners;
        for (int i = 0; i < 2; ++i)
            runners << CliProcess::start(m_cli, m_storeArgs + QStringList {QStringLiteral("schedule"), QStringLiteral("run"),
                                                                           QStringLiteral("--json"), QStringLiteral("--at"),
                                                                           QStringLiteral("2027-03-29T20:01:00+02:00")},
                                         env(), this);
        for (QProcess *p : runners)
            QTRY_VERIFY_WITH_TIMEOUT(p->state() == QProcess::NotRunning, 60000);
        QHash<QString, QStringList> results;
        for (QProcess *p : runners) {
            QCOMPARE(p->exitCode(), 0);
            const QJsonDocument doc = QJsonDocument::fromJson(p->readAllStandardOutput());
            for (const QJsonValue &v : doc.object().value(QStringLiteral("results")).toArray())
                results[v.toObject().value(QStringLiteral("name")).toString()] << v.toObject().value(QStringLiteral("result")).toString();
        }
        for (const QString &name : names) {
            QStringList got = results.value(name);
            got.sort();
            QCOMPARE(got, (QStringList {QStringLiteral("already-claimed"), QStringLiteral("done")}));
            QCOMPARE(minReplicas(name), 0);
        }
        QCOMPARE(patches(*m_sim), names.size());
    }

    void installWritesUnitsSystemdAccepts()
    {
        QTemporaryDir units;
        QVERIFY(units.isValid());
        CliRun install = CliProcess::run(m_cli, {QStringLiteral("schedule"), QStringLiteral("install"), QStringLiteral("--dir"),
                                                 units.path(), QStringLiteral("--workspace"), kWs, QStringLiteral("--every"),
                                                 QStringLiteral("10")}, env());
        QVERIFY2(install.exitCode == 0, install.describe());
        QVERIFY2(install.outText().contains(QLatin1String("systemctl --user enable --now lepton-console-schedule.timer")),
                 install.describe());
        const QString service = units.filePath(QStringLiteral("lepton-console-schedule.service"));
        const QString timer = units.filePath(QStringLiteral("lepton-console-schedule.timer"));
        QFile serviceFile(service);
        QVERIFY(serviceFile.open(QIODevice::ReadOnly));
        const QString serviceText = QString::fromUtf8(serviceFile.readAll());
        QVERIFY2(serviceText.contains(QStringLiteral("ExecStart=%1 --workspace %2 schedule run")
                                          .arg(QFileInfo(m_cli).absoluteFilePath(), kWs)),
                 qPrintable(serviceText));
        const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
        QVERIFY2(!analyze.isEmpty(), "systemd-analyze is not installed (package systemd: run scripts/install-deps)");
        QProcess verify;
        verify.start(analyze, {QStringLiteral("verify"), service, timer});
        QVERIFY(verify.waitForFinished(60000));
        const QByteArray complaints = verify.readAllStandardError() + verify.readAllStandardOutput();
        QVERIFY2(verify.exitStatus() == QProcess::NormalExit && verify.exitCode() == 0, complaints.constData());
        QVERIFY2(!complaints.contains(service.toUtf8()) && !complaints.contains(timer.toUtf8()), complaints.constData());

        CliRun cron = CliProcess::run(m_cli, {QStringLiteral("schedule"), QStringLiteral("install"), QStringLiteral("--cron")}, env());
        QVERIFY2(cron.exitCode == 0, cron.describe());
        QVERIFY2(cron.outText().contains(QStringLiteral("*/5 * * * * %1 schedule run").arg(QFileInfo(m_cli).absoluteFilePath())),
                 cron.describe());
    }

    void badWindowsAreRefusedWithThePosition()
    {
        CliRun bad = cli({QStringLiteral("schedule"), QStringLiteral("set"), QStringLiteral("chat"), QStringLiteral("--pause"),
                          QStringLiteral("Mon-Fry 20:00"), QStringLiteral("--resume"), QStringLiteral("Mon-Fri 07:30")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.errText().contains(QLatin1String("at character 5")), bad.describe());
        CliRun zone = cli({QStringLiteral("schedule"), QStringLiteral("set"), QStringLiteral("chat"), QStringLiteral("--pause"),
                           QStringLiteral("Mon-Fri 20:00"), QStringLiteral("--resume"), QStringLiteral("Mon-Fri 07:30"),
                           QStringLiteral("--tz"), QStringLiteral("Mars/Olympus")});
        QCOMPARE(zone.exitCode, 2);
        CliRun list = cli({QStringLiteral("schedule"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.json().value(QStringLiteral("schedules")).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliSchedule)
#include "tst_clischedule.moc"
