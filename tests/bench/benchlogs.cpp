// lepton-bench logs: a replica's live log at 5,000 lines a second into the Logs view (issue
// 20, Performance): the longest GUI-thread stall while it streams, and resident memory against
// the view's buffer setting. The simulator runs on a thread of its own, so its writing is not
// counted as the window's stall. A benchmark, not a test: it asserts nothing.
#include "tests/bench/benchfigures.h"
#include "tests/bench/benchsupport.h"

#include "app/api/leptonclient.h"
#include "app/logs/logbuffermodel.h"
#include "app/simulator/simulatedlogs.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "ui/logs/logsview.h"

#include <QComboBox>
#include <QListView>
#include <QSpinBox>
#include <QThread>
#include <QTimer>

#include <memory>
#include <vector>

namespace Bench {

namespace {

// The gaps between the ticks of a 1 ms GUI-thread timer, with the CPU the thread used in each.
class GapMeter : public QObject
{
public:
    GapMeter()
    {
        m_clock.start();
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double now = double(m_clock.nsecsElapsed()) / 1e6;
            const double cpu = threadCpuMs();
            if (m_last >= 0 && m_counting) {
                const double gap = now - m_last;
                if (gap > m_worstGap) {
                    m_worstGap = gap;
                    m_worstGapCpu = cpu - m_lastCpu;
                }
                m_worstCpu = std::max(m_worstCpu, cpu - m_lastCpu);
                m_over16 += gap > 16 ? 1 : 0;
            }
            m_last = now;
            m_lastCpu = cpu;
        });
        m_timer.start();
    }
    void startCounting() { m_counting = true; }
    double worstGap() const { return m_worstGap; }
    double worstGapCpu() const { return m_worstGapCpu; }
    double worstCpu() const { return m_worstCpu; }
    int over16() const { return m_over16; }

private:
    QElapsedTimer m_clock;
    QTimer m_timer;
    double m_last = -1;
    double m_lastCpu = 0;
    double m_worstGap = 0;
    double m_worstGapCpu = 0;
    double m_worstCpu = 0;
    int m_over16 = 0;
    bool m_counting = false;
};

} // namespace

int runLogs(const Options &options)
{
    const double seconds = options.seconds > 0 ? options.seconds : 30;
    constexpr int Rate = 5000;
    isolateUserData();

    QThread serverThread;
    serverThread.start();
    auto *simulator = new WorkspaceSimulator;
    DeploymentRecipe chat;
    chat.name = QStringLiteral("chat");
    simulator->setDeployments({SimulatorPopulation::make(chat)});
    simulator->logs()->setLinesPerSecond(Rate);
    simulator->moveToThread(&serverThread);
    bool listening = false;
    QMetaObject::invokeMethod(simulator, [&] { listening = simulator->listen(); }, Qt::BlockingQueuedConnection);
    if (!listening)
        qFatal("logs: the simulator did not listen");
    LeptonClient client;
    client.setBaseUrl(simulator->baseUrl());
    client.setToken(simulator->token());

    const double baseline = residentMiB();
    for (const int keep : {10000, 100000}) {
        GapMeter meter;
        auto view = std::make_unique<LogsView>(&client, LogAccess{simulator->baseUrl(), simulator->token(), QString(), std::chrono::seconds(30)}, ResourceKind::Endpoint, QStringLiteral("chat"), nullptr);
        view->setAttribute(Qt::WA_DeleteOnClose, false);
        view->keepBox()->setValue(keep);
        view->show();
        if (!waitUntil([&] { return view->model()->rowCount() > 0; }, 20000))
            qFatal("logs: no line arrived");
        meter.startCounting();
        const qint64 before = view->model()->appendedCount();
        Stopwatch watch;
        waitUntil([] { return false; }, int(seconds * 1000));
        const double wall = watch.wallMs() / 1000.0;
        const qint64 lines = view->model()->appendedCount() - before;
        const double resident = residentMiB();
        figure(QStringLiteral("logs: longest GUI stall, buffer %1 lines").arg(keep),
               QStringLiteral("%1 lines/s for %2 s into the Logs view (simulator on its own thread)").arg(Rate).arg(seconds),
               QStringLiteral("%1 ms").arg(ms(meter.worstGap())), QStringLiteral("<= 16 ms"),
               QStringLiteral("GUI thread ran %1 ms in that gap; longest by GUI-thread CPU %2 ms; %3 gaps over 16 ms; "
                              "%4 lines arrived (%5/s), %6 rows held; %7")
                   .arg(ms(meter.worstGapCpu()), ms(meter.worstCpu()))
                   .arg(meter.over16())
                   .arg(lines)
                   .arg(qRound64(double(lines) / wall))
                   .arg(view->model()->rowCount())
                   .arg(loadAverage()));
        figure(QStringLiteral("logs: resident memory, buffer %1 lines").arg(keep),
               QStringLiteral("after %1 s at %2 lines/s (lines of about 110 characters)").arg(seconds).arg(Rate),
               QStringLiteral("%1 MiB").arg(ms(resident, 0)), QStringLiteral("bounded by the buffer"),
               QStringLiteral("%1 MiB above the process before the first view; peak %2 MiB")
                   .arg(ms(resident - baseline, 0), ms(peakResidentMiB(), 0)));
        view.reset();
        waitUntil([] { return false; }, 300);
    }

    QMetaObject::invokeMethod(simulator, [simulator] { delete simulator; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}

} // namespace Bench
