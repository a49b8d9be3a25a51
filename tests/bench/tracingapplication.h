#pragma once

#include <QApplication>
#include <QByteArray>

namespace Bench {

// The bench's QApplication. With LEPTON_BENCH_TRACE_MS=<ms> set, every event the GUI thread's
// loop dispatches that keeps it busy longer than that is printed to stderr with the receiver's
// class and name and the event type: where a stall comes from. Only top-level dispatches are
// timed (events sent from inside one count in it); other threads are not timed. Lines carry
// the figure the process runs, since the simulator child inherits the variable.
class TracingApplication : public QApplication
{
public:
    TracingApplication(int &argc, char **argv);

    bool notify(QObject *receiver, QEvent *event) override;

private:
    qint64 m_thresholdNs;
    QByteArray m_label;
    int m_depth = 0;
};

} // namespace Bench
