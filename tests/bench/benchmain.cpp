// lepton-bench: measures the figures of the performance section. Each figure runs in a
// process of its own (scripts/bench runs them one by one), so one figure's memory and caches
// never colour another's.
//
//   lepton-bench parse                       (1) parse 1,000 and 10,000 deployments
//   lepton-bench apply                       (2) a 1% refresh of 10,000 rows on the GUI thread
//   lepton-bench coldstart --console PATH    (3) process start to the table's first paint
//   lepton-bench stall                       (4) longest GUI-thread stall during 10,000-row refreshes
//   lepton-bench memory --console PATH       (5) resident memory, and CPU while polling 10,000
//   lepton-bench pause                       (6) Pause click to PATCH sent and to the row showing Pausing
//   lepton-bench idle --console PATH         the console's CPU at idle
//   lepton-bench serve [--deployments N] [--churn-ms M] [--settled]   a simulator process
//   lepton-bench logs [--seconds S]          a live log at 5,000 lines/s into the Logs view: longest GUI
//                                            stall and memory for buffers of 10,000 and 100,000 lines
//   lepton-bench firstpaint                  (child of coldstart) the window, timed to its first paint
//   lepton-bench watch --cli PATH             lepton-console-cli watch: state change to alert, CPU when idle
//   lepton-bench startup --console PATH --cli PATH   (9) start-up against baselines measured in the
//                                            same run: the console vs a QTableWidget stand-in
//                                            (lepton-bench-standin), lepton-console-cli list vs curl
//
// LEPTON_BENCH_TRACE_MS=<ms> prints each GUI-thread event that took longer (see TracingApplication).
#include "tests/bench/benchfigures.h"
#include "tests/bench/benchsupport.h"
#include "tests/bench/tracingapplication.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    Bench::TracingApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("lepton-console"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Lepton Console benchmark (issue 8); scripts/bench runs it."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("figure"),
                                 QStringLiteral("parse | apply | coldstart | stall | memory | pause | idle | serve | firstpaint | startup | logs"));
    parser.addOptions({
        {QStringLiteral("console"), QStringLiteral("Path of lepton-console (coldstart, memory, idle)."), QStringLiteral("path")},
        {QStringLiteral("cli"), QStringLiteral("Path of lepton-console-cli (startup, watch)."), QStringLiteral("path")},
        {QStringLiteral("cli-baseline"), QStringLiteral("startup: another lepton-console-cli (an earlier build) timed in the same rounds."),
         QStringLiteral("path")},
        {QStringLiteral("deployments"), QStringLiteral("Population size."), QStringLiteral("n"), QStringLiteral("10000")},
        {QStringLiteral("churn-ms"), QStringLiteral("serve: change 1% (+10, -10) every <ms>; 0: never."), QStringLiteral("ms"), QStringLiteral("0")},
        {QStringLiteral("settled"), QStringLiteral("serve: no deployment in a transitional state.")},
        {QStringLiteral("seconds"), QStringLiteral("Measuring time for CPU figures (and logs)."), QStringLiteral("s"), QStringLiteral("30")},
        {QStringLiteral("reps"), QStringLiteral("Repetitions (0: the figure's default)."), QStringLiteral("n"), QStringLiteral("0")},
    });
    parser.process(app);
    const QString what = parser.positionalArguments().value(0);

    Bench::Options options;
    options.console = parser.value(QStringLiteral("console"));
    options.cli = parser.value(QStringLiteral("cli"));
    options.cliBaseline = parser.value(QStringLiteral("cli-baseline"));
    options.deployments = parser.value(QStringLiteral("deployments")).toInt();
    options.churnMs = parser.value(QStringLiteral("churn-ms")).toInt();
    options.settled = parser.isSet(QStringLiteral("settled"));
    options.seconds = parser.value(QStringLiteral("seconds")).toDouble();
    options.reps = parser.value(QStringLiteral("reps")).toInt();
    options.self = QCoreApplication::applicationFilePath();
    options.sinceMain = &sinceMain;

    if (what == QLatin1String("parse"))
        return Bench::runParse(options);
    if (what == QLatin1String("watch"))
        return Bench::runWatch(options);
    if (what == QLatin1String("logs"))
        return Bench::runLogs(options);
    if (what == QLatin1String("apply"))
        return Bench::runApply(options);
    if (what == QLatin1String("coldstart"))
        return Bench::runColdStart(options);
    if (what == QLatin1String("stall"))
        return Bench::runStall(options);
    if (what == QLatin1String("memory"))
        return Bench::runMemoryAndPolling(options);
    if (what == QLatin1String("pause"))
        return Bench::runPause(options);
    if (what == QLatin1String("idle"))
        return Bench::runIdle(options);
    if (what == QLatin1String("serve"))
        return Bench::runServe(options);
    if (what == QLatin1String("firstpaint"))
        return Bench::runFirstPaint(options);
    if (what == QLatin1String("startup"))
        return Bench::runStartup(options);
    std::fprintf(stderr, "lepton-bench: unknown figure '%s' (see --help)\n", qPrintable(what));
    return 2;
}
