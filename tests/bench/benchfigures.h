#pragma once

#include <QString>

class QElapsedTimer;

// One function per figure; each prints FIGURE lines (see Bench::figure) and returns an exit code.
namespace Bench {

struct Options
{
    QString console;      // lepton-console, for the figures that run the real program
    QString cli;          // lepton-console-cli, for the start-up figure
    QString cliBaseline;  // another lepton-console-cli (an earlier build), timed in the same rounds
    QString self;         // this executable, to start the simulator and first-paint children
    int deployments = 10000;
    int churnMs = 0;
    bool settled = false;
    double seconds = 30;
    int reps = 0;
    const QElapsedTimer *sinceMain = nullptr;
};

int runParse(const Options &options);
int runApply(const Options &options);
int runColdStart(const Options &options);
int runStall(const Options &options);
int runMemoryAndPolling(const Options &options);
int runPause(const Options &options);
int runIdle(const Options &options);
int runServe(const Options &options);
int runFirstPaint(const Options &options);
int runStartup(const Options &options);
int runWatch(const Options &options);
int runLogs(const Options &options);

} // namespace Bench
