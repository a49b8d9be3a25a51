// The `watch` figures of issue 20: the delay from a state change on the server to the alert
// line of `lepton-console-cli watch --exit-on-alert` (to be within one poll interval), and the
// CPU time watch uses in 10 s while nothing changes (to be near nothing: its polls are timers).
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "tests/bench/benchfigures.h"
#include "tests/bench/benchsupport.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <algorithm>

namespace Bench {

namespace {

const QString WatchToken = QStringLiteral("bench-watch-token");

QProcessEnvironment watchEnvironment(const WorkspaceSimulator &simulator, const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(QLatin1String("LEPTON_")))
            env.remove(key);
    }
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("LEPTON_WORKSPACE_ID"), simulator.workspaceId());
    env.insert(QStringLiteral("LEPTON_WORKSPACE_TOKEN"), WatchToken);
    env.insert(QStringLiteral("LEPTON_WORKSPACE_URL"), simulator.baseUrl().toString());
    return env;
}

void setState(WorkspaceSimulator &simulator, const QString &name, const QString &state)
{
    QJsonObject object = simulator.deployment(name);
    QJsonObject status = object.value(QStringLiteral("status")).toObject();
    status.insert(QStringLiteral("state"), state);
    status.insert(QStringLiteral("phase"), state);
    object.insert(QStringLiteral("status"), status);
    simulator.setDeployment(object);
}

} // namespace

int runWatch(const Options &options)
{
    if (options.cli.isEmpty())
        qFatal("watch: --cli PATH is required");
    WorkspaceSimulator simulator;
    simulator.setToken(WatchToken);
    DeploymentRecipe chat;
    chat.name = QStringLiteral("chat");
    chat.state = QStringLiteral("Ready");
    chat.minReplicas = 1;
    chat.maxReplicas = 2;
    simulator.setDeployments({SimulatorPopulation::make(chat)});
    if (!simulator.listen())
        qFatal("watch: the simulator could not listen");

    // (a) state change to alert line, --interval 1: the change lands anywhere in the interval.
    const double interval = 1.0;
    const int reps = options.reps > 0 ? options.reps : 8;
    QList<double> delays;
    for (int rep = 0; rep < reps; ++rep) {
        setState(simulator, chat.name, QStringLiteral("Ready"));
        QTemporaryDir home;
        QProcess watch;
        watch.setProcessEnvironment(watchEnvironment(simulator, home.path()));
        watch.start(options.cli, {QStringLiteral("watch"), QStringLiteral("chat"), QStringLiteral("--json"),
                                  QStringLiteral("--exit-on-alert"), QStringLiteral("--interval"), QString::number(interval),
                                  QStringLiteral("--data-dir"), home.path()});
        QByteArray out;
        if (!waitUntil([&] { return (out += watch.readAllStandardOutput()).contains('\n'); }, 20000))
            qFatal("watch: no first line");
        // Spread the change over the poll interval.
        QElapsedTimer pause;
        pause.start();
        waitUntil([&] { return pause.elapsed() >= qint64(interval * 1000 * rep / reps); }, 5000);
        QElapsedTimer sinceChange;
        setState(simulator, chat.name, QStringLiteral("Error"));
        sinceChange.start();
        if (!waitUntil([&] { return (out += watch.readAllStandardOutput()).contains("\"event\":\"alert\""); }, 20000))
            qFatal("watch: no alert line");
        delays.append(sinceChange.nsecsElapsed() / 1e6);
        watch.waitForFinished(5000);
    }
    std::sort(delays.begin(), delays.end());
    figure(QStringLiteral("watch: state change to alert"),
           QStringLiteral("lepton-console-cli watch chat --json --exit-on-alert --interval 1 against the simulator on "
                          "loopback; the change forced at spread points of the interval; %1 runs").arg(reps),
           QStringLiteral("median %1 ms, max %2 ms").arg(ms(delays.at(delays.size() / 2), 0), ms(delays.last(), 0)),
           QStringLiteral("<= 1 poll interval (1000 ms) + one request"), loadAverage());

    // (b) CPU while nothing changes: 10 s at the default interval (5 s) and at 1 s.
    for (const double every : {5.0, 1.0}) {
        setState(simulator, chat.name, QStringLiteral("Ready"));
        QTemporaryDir home;
        QProcess watch;
        watch.setProcessEnvironment(watchEnvironment(simulator, home.path()));
        watch.start(options.cli, {QStringLiteral("watch"), QStringLiteral("chat"), QStringLiteral("--interval"),
                                  QString::number(every), QStringLiteral("--data-dir"), home.path()});
        QByteArray out;
        if (!waitUntil([&] { return (out += watch.readAllStandardOutput()).contains('\n'); }, 20000))
            qFatal("watch: no first line");
        const double before = cpuSeconds(watch.processId());
        QElapsedTimer wall;
        wall.start();
        waitUntil([&] { return wall.elapsed() >= 10000; }, 11000);
        const double used = cpuSeconds(watch.processId()) - before;
        watch.kill();
        watch.waitForFinished(5000);
        figure(QStringLiteral("watch: CPU while nothing changes"),
               QStringLiteral("lepton-console-cli watch chat --interval %1, 10 s after its first line, one endpoint, "
                              "nothing changing").arg(every),
               QStringLiteral("%1 ms CPU in 10 s").arg(ms(used * 1000, 0)), QStringLiteral("near 0 (timer-driven polls)"),
               loadAverage());
    }
    return 0;
}

} // namespace Bench
