#pragma once

#include "app/api/deployment.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QWidget;

// Helpers shared by the lepton-bench figures: workloads, statistics, /proc readings and the
// one output format scripts/bench turns into its table.
namespace Bench {

// Repetition timings in milliseconds.
struct Samples
{
    std::vector<double> ms;
    void add(double value) { ms.push_back(value); }
    double median() const;
    double min() const;
    double max() const;
    double percentile(double p) const;
    QString summary() const; // "median X (min Y, max Z, n N)"
};

// Wall time and this thread's CPU time together. On a busy machine (other builds running)
// the wall time of a computation stretches, its thread CPU time much less: the figures
// show both.
class Stopwatch
{
public:
    Stopwatch() { restart(); }
    void restart();
    double wallMs() const;
    double cpuMs() const;

private:
    QElapsedTimer m_wall;
    double m_cpuStartMs = 0;
};
double threadCpuMs();
// "load 1.2" (1-minute load average): how busy the machine was.
QString loadAverage();

// A line scripts/bench reads: FIGURE<TAB>figure<TAB>workload<TAB>value<TAB>target<TAB>note
void figure(const QString &name, const QString &workload, const QString &value, const QString &target,
            const QString &note = QString());
// Free text for the log (stderr), never read by the script.
void note(const QString &text);

QString ms(double value, int decimals = 1);

// The realistic population of SimulatorPopulation, fixed seed and instant.
QList<QJsonObject> population(int count, quint32 seed = 1);
// GET /deployments as the simulator sends it (compact JSON array).
QByteArray listBody(const QList<QJsonObject> &objects);
// The same workspace one poll later: every 100th deployment changed (state and version, as a
// scale event would), `removed` deployments gone (spread over the list) and `added` new ones.
QList<QJsonObject> nextRefresh(const QList<QJsonObject> &objects, int round, int removed = 10, int added = 10);
QList<Deployment> parsed(const QByteArray &body);

// From /proc/self/status, in MiB.
double residentMiB();
double peakResidentMiB();
// utime + stime of a process, in seconds (0 when it cannot be read).
double cpuSeconds(qint64 pid);

// Points the application at a private data folder and settings (never the user's).
void isolateUserData();

// Runs the event loop until `done` returns true or `timeoutMs` passes; false on timeout.
bool waitUntil(const std::function<bool()> &done, int timeoutMs);

// Watches a widget (the table's viewport) for its next paint after arm(): when it began, and
// when it ended (the next turn of the event loop, after the paint and the flush).
class PaintProbe : public QObject
{
public:
    explicit PaintProbe(QWidget *widget);
    void arm(const QElapsedTimer *clock);
    bool ended() const { return m_endNs >= 0; }
    double startMs() const { return double(m_startNs) / 1e6; }
    double endMs() const { return double(m_endNs) / 1e6; }
    // Only paints for which this returns true count (e.g. "the table has rows").
    std::function<bool()> condition;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_widget;
    const QElapsedTimer *m_clock = nullptr;
    qint64 m_startNs = -1;
    qint64 m_endNs = -1;
};

} // namespace Bench
