// The figures that need the real network path: a simulator in another process (so its 17 MB
// answers are serialised off the console's GUI thread), and the console itself, in this
// process (ConsoleApplication, as main() builds it) or as a child process.
#include "tests/bench/benchfigures.h"
#include "tests/bench/benchsupport.h"

#include "ui/shell/consoleapplication.h"
#include "ui/shell/workspaceflow.h"
#include "app/deployments/deploymentpoller.h"
#include "app/api/deploymentstate.h"
#include "app/deployments/deploymenttablemodel.h"
#include "app/api/leptonclient.h"
#include "ui/mainwindow/deploymentactions.h"
#include "ui/mainwindow/mainwindow.h"
#include "app/pause/pausecontroller.h"
#include "ui/notifications/trayicon.h"
#include "app/workspaces/workspacesession.h"
#include "app/simulator/workspacesimulator.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>
#include <memory>

#include <sys/resource.h>

namespace Bench {

namespace {

const QString WorkspaceId = QStringLiteral("demo");
const QString Token = QStringLiteral("demo-token");

// `lepton-bench serve` as a child process.
class ServerProcess
{
public:
    bool start(const Options &options, int deployments, int churnMs, bool settled = false)
    {
        QStringList args {QStringLiteral("serve"), QStringLiteral("--deployments"), QString::number(deployments),
                          QStringLiteral("--churn-ms"), QString::number(churnMs)};
        if (settled)
            args << QStringLiteral("--settled");
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] {
            while (m_process.canReadLine()) {
                const QByteArray line = m_process.readLine().trimmed();
                if (line.startsWith("LISTENING "))
                    m_baseUrl = QUrl(QString::fromUtf8(line.mid(10)));
                else if (line.startsWith("REQ GET ") && line.endsWith("/deployments"))
                    ++m_listRequests;
            }
        });
        m_process.start(options.self, args);
        return waitUntil([this] { return m_baseUrl.isValid() || m_process.state() == QProcess::NotRunning; }, 60000)
            && m_baseUrl.isValid();
    }
    ~ServerProcess()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    QUrl baseUrl() const { return m_baseUrl; }
    qint64 pid() const { return m_process.processId(); }
    int listRequests() const { return m_listRequests; }

private:
    QProcess m_process;
    QUrl m_baseUrl;
    int m_listRequests = 0;
};

// The variables the console reads its workspace from (as the SDK does), and a private data
// folder and settings, so nothing of a user's is read or written.
QProcessEnvironment consoleEnvironment(const QUrl &baseUrl, const QString &dataDir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LEPTON_WORKSPACE_ID"), WorkspaceId);
    env.insert(QStringLiteral("LEPTON_WORKSPACE_TOKEN"), Token);
    env.insert(QStringLiteral("LEPTON_WORKSPACE_URL"), baseUrl.toString());
    env.insert(QStringLiteral("LEPTON_CONSOLE_DATA_DIR"), dataDir);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dataDir + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataDir + QStringLiteral("/data"));
    env.insert(QStringLiteral("HOME"), dataDir);
    if (!env.contains(QStringLiteral("DISPLAY")) && !env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

void useConsoleEnvironmentHere(const QUrl &baseUrl)
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/lepton-bench-XXXXXX"));
    const QProcessEnvironment env = consoleEnvironment(baseUrl, dir.path());
    for (const QString &key : {QStringLiteral("LEPTON_WORKSPACE_ID"), QStringLiteral("LEPTON_WORKSPACE_TOKEN"),
                               QStringLiteral("LEPTON_WORKSPACE_URL"), QStringLiteral("LEPTON_CONSOLE_DATA_DIR"),
                               QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("XDG_DATA_HOME")})
        qputenv(key.toUtf8().constData(), env.value(key).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
}

// The console as main() builds it, on the workspace the environment names.
struct Console
{
    QTemporaryDir dir;
    std::unique_ptr<ConsoleApplication> controller;
    bool start()
    {
        controller = std::make_unique<ConsoleApplication>(dir.filePath(QStringLiteral("settings.ini")));
        return controller->start(ConsoleApplication::Options {}) && controller->flow()->session();
    }
    WorkspaceSession *session() const { return controller->flow()->session(); }
    MainWindow *window() const { return controller->window(); }
};

// A GUI-thread timer that records the gap between its ticks.
class StallMeter : public QObject
{
public:
    explicit StallMeter(const QElapsedTimer *clock)
        : m_clock(clock)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double now = double(m_clock->nsecsElapsed()) / 1e6;
            const double cpu = threadCpuMs();
            if (m_last >= 0)
                m_ticks.push_back({now, now - m_last, cpu - m_lastCpu});
            m_last = now;
            m_lastCpu = cpu;
        });
        m_timer.start();
    }
    // A gap between two ticks: its wall time, and the CPU time the GUI thread used in it
    // (on a busy machine a gap can be mostly waiting for a core, not work of ours).
    struct Tick { double atMs; double gapMs; double cpuMs; };
    // The longest gap that ended in [fromMs, toMs], by wall time or by CPU time.
    Tick worst(double fromMs, double toMs, bool byCpu = false) const
    {
        Tick worst {0, 0, 0};
        for (const Tick &tick : m_ticks) {
            if (tick.atMs >= fromMs && tick.atMs <= toMs && (byCpu ? tick.cpuMs > worst.cpuMs : tick.gapMs > worst.gapMs))
                worst = tick;
        }
        return worst;
    }

private:
    const QElapsedTimer *m_clock;
    QTimer m_timer;
    double m_last = -1;
    double m_lastCpu = 0;
    std::vector<Tick> m_ticks;
};

double nowMs(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

void pause(int ms)
{
    waitUntil([] { return false; }, ms);
}

} // namespace

int runServe(const Options &options)
{
    WorkspaceSimulator simulator;
    QList<QJsonObject> objects = population(options.deployments > 0 ? options.deployments : 10000);
    if (options.settled) {
        for (QJsonObject &object : objects) {
            QJsonObject status = object.value(QLatin1String("status")).toObject();
            if (DeploymentStates::isTransitional(DeploymentStates::fromString(status.value(QLatin1String("state")).toString()))) {
                status.insert(QStringLiteral("state"), QStringLiteral("Ready"));
                object.insert(QStringLiteral("status"), status);
            }
        }
    }
    simulator.setDeployments(objects);
    if (!simulator.listen())
        return 1;
    QObject::connect(&simulator, &WorkspaceSimulator::requestReceived, &simulator,
                     [](const QByteArray &method, const QString &path) {
        std::printf("REQ %s %s\n", method.constData(), qPrintable(path));
        std::fflush(stdout);
    });
    std::printf("LISTENING %s\n", qPrintable(simulator.baseUrl().toString()));
    std::fflush(stdout);

    QTimer churn;
    int round = 0;
    if (options.churnMs > 0) {
        QObject::connect(&churn, &QTimer::timeout, &simulator, [&] {
            objects = nextRefresh(objects, ++round);
            simulator.setDeployments(objects);
        });
        churn.start(options.churnMs);
    }
    // Never outlive a benchmark that forgot to stop it.
    QTimer::singleShot(std::chrono::minutes(20), qApp, &QCoreApplication::quit);
    return QCoreApplication::exec();
}

int runStall(const Options &options)
{
    const int deployments = options.deployments > 0 ? options.deployments : 10000;
    ServerProcess server;
    if (!server.start(options, deployments, options.churnMs > 0 ? options.churnMs : 1000))
        qFatal("stall: the simulator did not start");
    useConsoleEnvironmentHere(server.baseUrl());

    QElapsedTimer clock;
    clock.start();
    StallMeter meter(&clock);
    Console console;
    double requestedAt = 0;
    double receivedAt = 0;
    double appliedAt = 0;
    int refreshes = 0;
    if (!console.start())
        qFatal("stall: the console did not open the workspace");
    WorkspaceSession *session = console.session();
    QObject::connect(session->client(), &LeptonClient::requestFinished, session,
                     [&](const QString &method, const QString &path) {
        if (method == QLatin1String("GET") && path == QLatin1String("/deployments"))
            receivedAt = nowMs(clock);
    });
    QObject::connect(session, &WorkspaceSession::refreshed, session, [&] {
        appliedAt = nowMs(clock);
        ++refreshes;
    });
    PaintProbe paint(console.window()->table()->viewport());
    paint.condition = [&] { return session->model()->rowCount() > 0; };
    paint.arm(&clock);
    if (!waitUntil([&] { return refreshes > 0 && paint.ended(); }, 120000))
        qFatal("stall: the first load did not finish");
    session->poller()->setIntervals(std::chrono::hours(1), std::chrono::hours(1));
    pause(100);
    const StallMeter::Tick first = meter.worst(0, paint.endMs() + 50);
    const StallMeter::Tick firstBusy = meter.worst(0, paint.endMs() + 50, true);
    figure(QStringLiteral("(4) longest GUI stall: first load"),
           QStringLiteral("start to first paint of %1 deployments, simulator in another process on loopback").arg(deployments),
           QStringLiteral("%1 ms (%2 ms busy)").arg(ms(first.gapMs), ms(firstBusy.cpuMs)),
           QStringLiteral("<= 16 ms"),
           QStringLiteral("longest gap between 1 ms ticks %1 ms wall, of which the GUI thread ran %2 ms; longest by GUI-thread "
                          "CPU %3 ms (in a %4 ms gap); body received %5 ms, applied %6 ms, painted %7 ms; %8")
               .arg(ms(first.gapMs), ms(first.cpuMs), ms(firstBusy.cpuMs), ms(firstBusy.gapMs), ms(receivedAt),
                    ms(appliedAt), ms(paint.endMs()), loadAverage()));

    const int rounds = options.reps > 0 ? options.reps : 8;
    // Two series: the window as it is, then with the tray icon's model hooks detached (it
    // reacts to every row signal, see the figure's note), to show what they cost.
    for (const bool trayHooked : {true, false}) {
        if (!trayHooked) {
            auto *tray = console.window()->findChild<TrayIcon *>();
            if (!tray)
                break;
            tray->setModel(nullptr);
        }
        Samples perRefresh;
        Samples perRefreshBusy;
        StallMeter::Tick worstTick {0, 0, 0};
        QString worstWhere;
        for (int r = 0; r < rounds; ++r) {
            pause(300);
            const int before = refreshes;
            requestedAt = nowMs(clock);
            paint.condition = nullptr;
            paint.arm(&clock);
            session->poller()->refreshNow();
            if (!waitUntil([&] { return refreshes > before; }, 60000))
                qFatal("stall: a refresh did not finish");
            waitUntil([&] { return paint.ended(); }, 200);
            pause(100);
            const StallMeter::Tick tick = meter.worst(requestedAt, nowMs(clock));
            const StallMeter::Tick busy = meter.worst(requestedAt, nowMs(clock), true);
            perRefresh.add(tick.gapMs);
            perRefreshBusy.add(busy.cpuMs);
            if (tick.gapMs > worstTick.gapMs) {
                worstTick = tick;
                const double startedAt = tick.atMs - tick.gapMs;
                worstWhere = QStringLiteral("from %1 ms to %2 ms after the request (GUI thread ran %3 ms of it); body received "
                                            "at %4, applied at %5")
                                 .arg(ms(startedAt - requestedAt), ms(tick.atMs - requestedAt), ms(tick.cpuMs),
                                      ms(receivedAt - requestedAt), ms(appliedAt - requestedAt));
            }
        }
        figure(trayHooked ? QStringLiteral("(4) longest GUI stall: refresh") : QStringLiteral("(4) longest GUI stall: refresh, tray hooks detached"),
               QStringLiteral("%1 refreshes of %2 deployments (1% changed, 10 added, 10 removed between polls), "
                              "simulator in another process; 1 ms timer on the GUI thread")
                   .arg(rounds).arg(deployments),
               QStringLiteral("%1 ms (%2 ms busy)").arg(ms(perRefresh.max()), ms(perRefreshBusy.max())),
               QStringLiteral("<= 16 ms"),
               QStringLiteral("longest gap per refresh (wall): %1; longest GUI-thread CPU inside one gap: %2; worst %3; %4")
                   .arg(perRefresh.summary(), perRefreshBusy.summary(), worstWhere, loadAverage()));
    }
    note(QStringLiteral("stall run: RSS %1 MiB, peak %2 MiB").arg(ms(residentMiB(), 0), ms(peakResidentMiB(), 0)));
    return 0;
}

int runPause(const Options &options)
{
    const int deployments = options.deployments > 0 ? options.deployments : 10000;
    ServerProcess server;
    if (!server.start(options, deployments, 0))
        qFatal("pause: the simulator did not start");
    useConsoleEnvironmentHere(server.baseUrl());
    Console console;
    if (!console.start())
        qFatal("pause: the console did not open the workspace");
    WorkspaceSession *session = console.session();
    MainWindow *window = console.window();
    int refreshes = 0;
    QObject::connect(session, &WorkspaceSession::refreshed, session, [&] { ++refreshes; });
    if (!waitUntil([&] { return refreshes > 0; }, 120000))
        qFatal("pause: the first load did not finish");
    session->poller()->setIntervals(std::chrono::hours(1), std::chrono::hours(1));
    pause(500);

    DeploymentTableModel *model = session->model();
    QStringList candidates;
    for (int row = 0; row < model->rowCount() && candidates.size() < (options.reps > 0 ? options.reps : 15); ++row) {
        const Deployment &d = model->deploymentAt(row);
        if (d.state == DeploymentState::Ready && !d.isScaledToZero() && !d.isIdleAtZero() && d.minReplicas.value_or(0) > 0)
            candidates << d.name;
    }

    QElapsedTimer clock;
    PaintProbe paint(window->table()->viewport());
    Samples toRow;
    Samples toPaint;
    Samples toPatchSending;
    Samples toPatchSent;
    Samples toFinished;
    for (const QString &name : std::as_const(candidates)) {
        window->selectDeployment(name);
        pause(100);
        double rowAt = -1, sendingAt = -1, sentAt = -1, finishedAt = -1;
        const int row = model->rowOf(name);
        QList<QMetaObject::Connection> connections;
        connections << QObject::connect(model, &QAbstractItemModel::dataChanged, model,
                                        [&](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            if (rowAt < 0 && topLeft.row() <= row && bottomRight.row() >= row
                && model->pendingAction(name) == PendingAction::Pausing)
                rowAt = nowMs(clock);
        });
        connections << QObject::connect(session->pauses(), &PauseController::patchSending, model, [&](const QString &n) {
            if (n == name && sendingAt < 0)
                sendingAt = nowMs(clock);
        });
        connections << QObject::connect(session->client(), &LeptonClient::mutationSent, model,
                                        [&](const QString &method, const QString &n) {
            if (n == name && method == QLatin1String("PATCH") && sentAt < 0)
                sentAt = nowMs(clock);
        });
        connections << QObject::connect(window, &MainWindow::pauseFinished, model, [&](const PauseOutcome &outcome) {
            if (outcome.deploymentName == name)
                finishedAt = nowMs(clock);
        });
        const int before = refreshes;
        clock.start();
        paint.arm(&clock);
        if (!window->pauseAction()->isEnabled())
            qFatal("pause: the Pause action is disabled for %s", qPrintable(name));
        window->deploymentActions()->setAskBeforeActing(false); // the click to the paint, not the question
        window->pauseAction()->trigger();
        waitUntil([&] { return finishedAt >= 0 && paint.ended(); }, 30000);
        // The window refreshes after a pause; let that finish before the next click.
        waitUntil([&] { return refreshes > before && !session->poller()->isLoading(); }, 60000);
        pause(200);
        for (const auto &connection : std::as_const(connections))
            QObject::disconnect(connection);
        toRow.add(rowAt);
        toPaint.add(paint.endMs());
        toPatchSending.add(sendingAt);
        toPatchSent.add(sentAt);
        toFinished.add(finishedAt);
    }
    const QString workload = QStringLiteral("Pause on one selected row of %1, simulator in another process on loopback; "
                                            "%2 clicks")
                                 .arg(deployments)
                                 .arg(candidates.size());
    figure(QStringLiteral("(6) pause click to row showing Pausing"), workload,
           QStringLiteral("%1 ms (model), %2 ms (painted)").arg(ms(toRow.median(), 2), ms(toPaint.median(), 2)),
           QStringLiteral("< 16 ms"),
           QStringLiteral("model dataChanged %1; end of the paint %2").arg(toRow.summary(), toPaint.summary()));
    figure(QStringLiteral("(6) pause click to PATCH leaving"), workload,
           QStringLiteral("%1 ms").arg(ms(toPatchSent.median(), 1)),
           QStringLiteral("(none)"),
           QStringLiteral("GET fresh + ledger write, then PATCH: patchSending %1; LeptonClient::mutationSent %2; "
                          "pause finished %3")
               .arg(toPatchSending.summary(), toPatchSent.summary(), toFinished.summary()));
    return 0;
}

int runFirstPaint(const Options &options)
{
    Console console;
    double flagAt = -1;
    double startAt = double(options.sinceMain->nsecsElapsed()) / 1e6;
    // What --exit-after-first-load prints: firstLoadFinished, then one turn of the loop.
    console.controller = std::make_unique<ConsoleApplication>(console.dir.filePath(QStringLiteral("settings.ini")));
    MainWindow *window = nullptr;
    std::unique_ptr<PaintProbe> paint;
    QTimer::singleShot(0, qApp, [] {}); // nothing: keep the order of main()
    if (!console.controller->start(ConsoleApplication::Options {}))
        return 1;
    window = console.window();
    QObject::connect(window, &MainWindow::firstLoadFinished, window, [&] {
        QTimer::singleShot(0, window, [&] { flagAt = double(options.sinceMain->nsecsElapsed()) / 1e6; });
    });
    paint = std::make_unique<PaintProbe>(window->table()->viewport());
    paint->condition = [&] { return console.session() && console.session()->model()->rowCount() > 0; };
    paint->arm(options.sinceMain);
    waitUntil([&] { return paint->ended() && flagAt >= 0; }, 60000);
    std::printf("FIRSTPAINT paint=%.1f flag=%.1f controller=%.1f paintstart=%.1f\n", paint->endMs(), flagAt, startAt,
                paint->startMs());
    std::fflush(stdout);
    return 0;
}

namespace {

// Starts a program and times it from start() to the first line of its output that begins
// with `prefix`. Returns that line, and the time in *ms.
QByteArray timeToLine(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                      const QByteArray &prefix, double *elapsedMs)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardErrorFile(QProcess::nullDevice());
    QByteArray found;
    QElapsedTimer clock;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &process, [&] {
        while (found.isEmpty() && process.canReadLine()) {
            const QByteArray line = process.readLine().trimmed();
            if (line.startsWith(prefix)) {
                found = line;
                *elapsedMs = double(clock.nsecsElapsed()) / 1e6;
            }
        }
    });
    clock.start();
    process.start(program, args);
    waitUntil([&] { return !found.isEmpty() || process.state() == QProcess::NotRunning; }, 60000);
    process.kill();
    process.waitForFinished(5000);
    return found;
}

double field(const QByteArray &line, const QByteArray &key)
{
    for (const QByteArray &part : line.split(' ')) {
        if (part.startsWith(key + '='))
            return part.mid(key.size() + 1).toDouble();
    }
    return -1;
}

} // namespace

int runColdStart(const Options &options)
{
    if (options.console.isEmpty())
        qFatal("coldstart: --console is required");
    const int deployments = options.deployments > 0 ? options.deployments : 1000;
    ServerProcess server;
    if (!server.start(options, deployments, 0))
        qFatal("coldstart: the simulator did not start");
    const int reps = options.reps > 0 ? options.reps : 7;
    Samples spawnToPaint, mainToPaint, mainToFlag, flagPrinted, spawnToFlagLine, demoFlag, demoSpawn;
    int paintAfterFlag = 0;
    for (int i = 0; i < reps; ++i) {
        QTemporaryDir dir; // a first start: no database, no settings yet
        const QProcessEnvironment env = consoleEnvironment(server.baseUrl(), dir.path());
        double elapsed = 0;
        QByteArray line = timeToLine(options.self, {QStringLiteral("firstpaint")}, env, "FIRSTPAINT", &elapsed);
        if (line.isEmpty())
            qFatal("coldstart: the first-paint child printed nothing");
        spawnToPaint.add(elapsed);
        mainToPaint.add(field(line, "paint"));
        mainToFlag.add(field(line, "flag"));
        if (field(line, "paint") > field(line, "flag"))
            ++paintAfterFlag;

        QTemporaryDir dir2;
        line = timeToLine(options.console, {QStringLiteral("--exit-after-first-load")},
                          consoleEnvironment(server.baseUrl(), dir2.path()), "first-load-ms", &elapsed);
        spawnToFlagLine.add(elapsed);
        flagPrinted.add(line.mid(14).toDouble());

        QTemporaryDir dir3;
        line = timeToLine(options.console,
                          {QStringLiteral("--demo"), QStringLiteral("--deployments"), QString::number(deployments),
                           QStringLiteral("--exit-after-first-load")},
                          consoleEnvironment(QUrl(), dir3.path()), "first-load-ms", &elapsed);
        demoSpawn.add(elapsed);
        demoFlag.add(line.mid(14).toDouble());
    }
    figure(QStringLiteral("(3) cold start to first paint"),
           QStringLiteral("process start to the end of the table's first paint with %1 deployments, simulator in another "
                          "process on loopback, offscreen, fresh data folder")
               .arg(deployments),
           QStringLiteral("%1 ms").arg(ms(spawnToPaint.median(), 0)),
           QStringLiteral("< 400 ms"),
           QStringLiteral("spawn to paint %1; main() to paint %2; main() to the flag's moment %3 (the paint came after it "
                          "in %4 of %5 runs)")
               .arg(spawnToPaint.summary(), mainToPaint.summary(), mainToFlag.summary())
               .arg(paintAfterFlag)
               .arg(reps));
    figure(QStringLiteral("(3) lepton-console --exit-after-first-load"),
           QStringLiteral("the real binary, same workspace: its printed first-load-ms, and spawn to that line"),
           QStringLiteral("%1 ms printed, %2 ms spawn to line").arg(ms(flagPrinted.median(), 0), ms(spawnToFlagLine.median(), 0)),
           QStringLiteral("< 400 ms"),
           QStringLiteral("printed %1; spawn to line %2; with --demo --deployments %3 (simulator in the same process): "
                          "printed %4, spawn to line %5")
               .arg(flagPrinted.summary(), spawnToFlagLine.summary())
               .arg(deployments)
               .arg(demoFlag.summary(), demoSpawn.summary()));
    return 0;
}

int runMemoryAndPolling(const Options &options)
{
    if (options.console.isEmpty())
        qFatal("memory: --console is required");
    const int deployments = options.deployments > 0 ? options.deployments : 10000;
    ServerProcess server;
    if (!server.start(options, deployments, 0))
        qFatal("memory: the simulator did not start");
    QTemporaryDir dir;
    QProcess console;
    console.setProcessEnvironment(consoleEnvironment(server.baseUrl(), dir.path()));
    console.setStandardOutputFile(QProcess::nullDevice());
    console.setStandardErrorFile(QProcess::nullDevice());
    console.start(options.console, {});
    if (!console.waitForStarted())
        qFatal("memory: lepton-console did not start");
    const qint64 pid = console.processId();
    auto status = [pid](const char *key) {
        QFile file(QStringLiteral("/proc/%1/status").arg(pid));
        if (!file.open(QIODevice::ReadOnly))
            return 0.0;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.startsWith(key))
                return line.mid(int(qstrlen(key))).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
        return 0.0;
    };
    // Loaded: at least two answers served (the first load and one poll after it).
    waitUntil([&] { return server.listRequests() >= 2; }, 120000);
    pause(3000);
    const double loadedRss = status("VmRSS:");
    const double cpu0 = cpuSeconds(pid);
    const double serverCpu0 = cpuSeconds(server.pid());
    const int polls0 = server.listRequests();
    QElapsedTimer clock;
    clock.start();
    Samples rssSamples;
    while (clock.elapsed() < qint64(options.seconds * 1000)) {
        pause(500);
        rssSamples.add(status("VmRSS:"));
    }
    const double seconds = double(clock.elapsed()) / 1000.0;
    const double cpu = cpuSeconds(pid) - cpu0;
    const double serverCpu = cpuSeconds(server.pid()) - serverCpu0;
    const int polls = server.listRequests() - polls0;
    const double rss = status("VmRSS:");
    const double hwm = status("VmHWM:");
    console.kill();
    console.waitForFinished(5000);

    figure(QStringLiteral("(5) resident memory, 10,000 loaded"),
           QStringLiteral("lepton-console (offscreen) showing %1 deployments, simulator in another process").arg(deployments),
           QStringLiteral("%1 MiB (%2 MB)").arg(ms(rssSamples.median(), 0)).arg(rssSamples.median() * 1.048576, 0, 'f', 0),
           QStringLiteral("< 120 MB"),
           QStringLiteral("VmRSS every 0.5 s while polling: median %1 MiB, lowest %2, highest %3 (a poll in flight holds "
                          "its 17 MB body and the new list); %4 MiB after the first load, %5 MiB at the end; VmHWM (peak) "
                          "%6 MiB")
               .arg(ms(rssSamples.median(), 0), ms(rssSamples.min(), 0), ms(rssSamples.max(), 0), ms(loadedRss, 0),
                    ms(rss, 0), ms(hwm, 0)));
    figure(QStringLiteral("CPU while polling 10,000"),
           QStringLiteral("lepton-console polling %1 deployments on its own schedule for %2 s").arg(deployments).arg(seconds, 0, 'f', 0),
           QStringLiteral("%1 % of one core").arg(100.0 * cpu / seconds, 0, 'f', 1),
           QStringLiteral("cheap"),
           QStringLiteral("%1 polls (%2 s each of console CPU per poll); the simulator process used %3 % more")
               .arg(polls)
               .arg(polls > 0 ? cpu / polls : 0.0, 0, 'f', 3)
               .arg(100.0 * serverCpu / seconds, 0, 'f', 1));
    return 0;
}

int runIdle(const Options &options)
{
    if (options.console.isEmpty())
        qFatal("idle: --console is required");
    auto measure = [&](const QStringList &args, const QProcessEnvironment &env, double *polls, ServerProcess *server) {
        QProcess console;
        console.setProcessEnvironment(env);
        console.setStandardOutputFile(QProcess::nullDevice());
        console.setStandardErrorFile(QProcess::nullDevice());
        console.start(options.console, args);
        console.waitForStarted();
        pause(5000);
        const double cpu0 = cpuSeconds(console.processId());
        const int polls0 = server ? server->listRequests() : 0;
        QElapsedTimer clock;
        clock.start();
        pause(int(options.seconds * 1000));
        const double seconds = double(clock.elapsed()) / 1000.0;
        const double cpu = cpuSeconds(console.processId()) - cpu0;
        if (polls)
            *polls = server ? server->listRequests() - polls0 : -1;
        console.kill();
        console.waitForFinished(5000);
        return std::make_pair(cpu, seconds);
    };
    QTemporaryDir dir;
    auto [demoCpu, demoSeconds] = measure({QStringLiteral("--demo")}, consoleEnvironment(QUrl(), dir.path()), nullptr, nullptr);
    figure(QStringLiteral("idle CPU: demo"),
           QStringLiteral("lepton-console --demo (a dozen deployments, one of them Starting; simulator in the same process), "
                          "%1 s after 5 s").arg(demoSeconds, 0, 'f', 0),
           QStringLiteral("%1 % (%2 ms CPU)").arg(100.0 * demoCpu / demoSeconds, 0, 'f', 2).arg(demoCpu * 1000, 0, 'f', 0),
           QStringLiteral("~0 between polls"),
           QStringLiteral("includes the 2 s busy polls while a deployment is Starting, the in-process simulator, and the "
                          "badge animation"));

    ServerProcess server;
    if (!server.start(options, 1000, 0, true))
        qFatal("idle: the simulator did not start");
    QTemporaryDir dir2;
    double polls = 0;
    auto [cpu, seconds] = measure({}, consoleEnvironment(server.baseUrl(), dir2.path()), &polls, &server);
    figure(QStringLiteral("idle CPU: settled workspace"),
           QStringLiteral("lepton-console on 1,000 settled deployments (nothing transitional: 15 s polls), simulator in "
                          "another process, %1 s after 5 s").arg(seconds, 0, 'f', 0),
           QStringLiteral("%1 % (%2 ms CPU)").arg(100.0 * cpu / seconds, 0, 'f', 2).arg(cpu * 1000, 0, 'f', 0),
           QStringLiteral("~0 between polls"),
           QStringLiteral("%1 polls in the window").arg(polls));
    return 0;
}

} // namespace Bench

namespace Bench {

namespace {

// CPU time (user + system) of this process's children that have ended, in ms.
double childrenCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

// Starts a program with its output thrown away and times it from start() to its exit; with
// `cpuMs`, also the CPU time it used (what a busy machine stretches less than wall time).
// Returns its exit code (-1 when it crashed or took longer than a minute).
int timeToExit(const QString &program, const QStringList &args, const QProcessEnvironment &env, double *elapsedMs,
               double *cpuMs = nullptr)
{
    const double cpuBefore = childrenCpuMs();
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    process.start(program, args);
    waitUntil([&] { return process.state() == QProcess::NotRunning; }, 60000);
    *elapsedMs = double(clock.nsecsElapsed()) / 1e6;
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
        return -1;
    }
    if (cpuMs)
        *cpuMs = childrenCpuMs() - cpuBefore;
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QString ratio(double value, double baseline)
{
    return baseline > 0 ? QStringLiteral("%1x").arg(value / baseline, 0, 'f', 2) : QStringLiteral("-");
}

} // namespace

// Issue 17, item 9: the start-up path against baselines measured in the same run, on the same
// simulator process and workload, the runs of each repetition one after another (so a load
// change on the machine touches all of them alike):
// - the console (lepton-bench firstpaint: ConsoleApplication as main() builds it, timed to the
//   end of the first paint of the populated table) and, as a check, the real lepton-console
//   --exit-after-first-load, against lepton-bench-standin (one GET, QJsonDocument, a filled
//   QTableWidget, shown; the same paint probe);
// - `lepton-console-cli list` against `curl` fetching the same list, each from start to exit,
//   output thrown away.
// It prints the figures and their ratios and asserts nothing.
int runStartup(const Options &options)
{
    if (options.console.isEmpty() || options.cli.isEmpty())
        qFatal("startup: --console and --cli are required");
    const QString standin = QFileInfo(options.self).dir().filePath(QStringLiteral("lepton-bench-standin"));
    if (!QFileInfo(standin).isExecutable())
        qFatal("startup: %s is missing (build the lepton-bench-standin target)", qPrintable(standin));
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    const int deployments = options.deployments > 0 ? options.deployments : 1000;
    ServerProcess server;
    if (!server.start(options, deployments, 0))
        qFatal("startup: the simulator did not start");
    const QString listUrl = server.baseUrl().toString() + QStringLiteral("/deployments");
    const int reps = options.reps > 0 ? options.reps : 9;

    Samples console, consoleMain, realConsole, stand, standMain, cli, curlRuns, cliCpu, curlCpu, baseline, baselineCpu;
    for (int i = 0; i < reps; ++i) {
        double elapsed = 0;
        {
            QTemporaryDir dir; // a first start: no database, no settings yet
            const QByteArray line = timeToLine(options.self, {QStringLiteral("firstpaint")},
                                               consoleEnvironment(server.baseUrl(), dir.path()), "FIRSTPAINT", &elapsed);
            if (line.isEmpty())
                qFatal("startup: the console's first-paint child printed nothing");
            console.add(elapsed);
            consoleMain.add(field(line, "paint"));
        }
        {
            QTemporaryDir dir;
            const QByteArray line = timeToLine(options.console, {QStringLiteral("--exit-after-first-load")},
                                               consoleEnvironment(server.baseUrl(), dir.path()), "first-load-ms", &elapsed);
            if (line.isEmpty())
                qFatal("startup: lepton-console --exit-after-first-load printed nothing");
            realConsole.add(elapsed);
        }
        {
            QTemporaryDir dir;
            const QByteArray line = timeToLine(standin, {}, consoleEnvironment(server.baseUrl(), dir.path()), "FIRSTPAINT",
                                               &elapsed);
            if (line.isEmpty() || field(line, "rows") != deployments)
                qFatal("startup: the stand-in did not paint %d rows (%s)", deployments, line.constData());
            stand.add(elapsed);
            standMain.add(field(line, "paint"));
        }
        {
            QTemporaryDir dir;
            double cpu = 0;
            const int code = timeToExit(options.cli, {QStringLiteral("list"), QStringLiteral("--data-dir"), dir.path()},
                                        consoleEnvironment(server.baseUrl(), dir.path()), &elapsed, &cpu);
            if (code != 0)
                qFatal("startup: lepton-console-cli list exited %d", code);
            cli.add(elapsed);
            cliCpu.add(cpu);
        }
        if (!options.cliBaseline.isEmpty()) {
            QTemporaryDir dir;
            double cpu = 0;
            const int code = timeToExit(options.cliBaseline, {QStringLiteral("list"), QStringLiteral("--data-dir"), dir.path()},
                                        consoleEnvironment(server.baseUrl(), dir.path()), &elapsed, &cpu);
            if (code != 0)
                qFatal("startup: the baseline lepton-console-cli list exited %d", code);
            baseline.add(elapsed);
            baselineCpu.add(cpu);
        }
        if (!curl.isEmpty()) {
            double cpu = 0;
            const int code = timeToExit(curl, {QStringLiteral("-sSf"), QStringLiteral("-H"),
                                               QStringLiteral("Authorization: Bearer ") + Token, listUrl},
                                        QProcessEnvironment::systemEnvironment(), &elapsed, &cpu);
            if (code != 0)
                qFatal("startup: curl exited %d", code);
            curlRuns.add(elapsed);
            curlCpu.add(cpu);
        }
    }

    const QString workload = QStringLiteral("%1 deployments, simulator in another process on loopback, offscreen, fresh "
                                            "data folder; %2 rounds, the programs one after another in each")
                                 .arg(deployments)
                                 .arg(reps);
    figure(QStringLiteral("(9) start-up: console vs QTableWidget stand-in"),
           QStringLiteral("process start to the end of the first paint of the populated table; ") + workload,
           QStringLiteral("%1 ms vs %2 ms: %3").arg(ms(console.median(), 0), ms(stand.median(), 0),
                                                    ratio(console.median(), stand.median())),
           QStringLiteral("<= 1.2x"),
           QStringLiteral("console (lepton-bench firstpaint) spawn to paint %1, main() to paint %2; stand-in "
                          "(lepton-bench-standin) spawn to paint %3, main() to paint %4 (ratio from main(): %5); "
                          "the real lepton-console, spawn to its first-load-ms line, %6 (%7 of the stand-in)")
               .arg(console.summary(), consoleMain.summary(), stand.summary(), standMain.summary(),
                    ratio(consoleMain.median(), standMain.median()), realConsole.summary(),
                    ratio(realConsole.median(), stand.median())));
    if (curlRuns.ms.empty()) {
        figure(QStringLiteral("(9) start-up: lepton-console-cli list vs curl"), workload,
               QStringLiteral("%1 ms (curl not installed: no ratio)").arg(ms(cli.median(), 0)), QStringLiteral("<= 1.3x"),
               cli.summary());
    } else {
        figure(QStringLiteral("(9) start-up: lepton-console-cli list vs curl"),
               QStringLiteral("process start to exit, the same list, output to /dev/null; ") + workload,
               QStringLiteral("%1 ms vs %2 ms: %3").arg(ms(cli.median(), 0), ms(curlRuns.median(), 0),
                                                        ratio(cli.median(), curlRuns.median())),
               QStringLiteral("<= 1.3x"),
               QStringLiteral("lepton-console-cli list %1; curl %2 (both wait for the simulator to serialise the list); "
                              "CPU time of the programs themselves: lepton-console-cli %3, curl %4")
                   .arg(cli.summary(), curlRuns.summary(), cliCpu.summary(), curlCpu.summary()));
    }
    if (!baseline.ms.empty()) {
        figure(QStringLiteral("(9) start-up: lepton-console-cli list, baseline build vs this one"),
               QStringLiteral("process start to exit, the same list; ") + workload,
               QStringLiteral("%1 ms -> %2 ms (baseline vs curl %3, this build vs curl %4)")
                   .arg(ms(baseline.median(), 0), ms(cli.median(), 0))
                   .arg(curlRuns.ms.empty() ? QStringLiteral("-") : ratio(baseline.median(), curlRuns.median()),
                        curlRuns.ms.empty() ? QStringLiteral("-") : ratio(cli.median(), curlRuns.median())),
               QStringLiteral("-"),
               QStringLiteral("baseline %1 (CPU %2) = %3; this build %4 (CPU %5)")
                   .arg(baseline.summary(), baselineCpu.summary(), options.cliBaseline, cli.summary(), cliCpu.summary()));
    }
    return 0;
}

} // namespace Bench
