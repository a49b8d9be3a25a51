#include "tests/bench/tracingapplication.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QThread>

#include <cstdio>

namespace Bench {

TracingApplication::TracingApplication(int &argc, char **argv)
    : QApplication(argc, argv)
    , m_thresholdNs(qint64(qEnvironmentVariable("LEPTON_BENCH_TRACE_MS").toDouble() * 1e6))
    , m_label(argc > 1 ? QByteArray(argv[1]) : QByteArray())
{
}

bool TracingApplication::notify(QObject *receiver, QEvent *event)
{
    if (m_thresholdNs <= 0 || m_depth > 0 || QThread::currentThread() != thread())
        return QApplication::notify(receiver, event);
    const int type = int(event->type());
    const QByteArray what = QByteArray(receiver->metaObject()->className()) + ' ' + receiver->objectName().toUtf8();
    QElapsedTimer timer;
    timer.start();
    ++m_depth;
    const bool result = QApplication::notify(receiver, event);
    --m_depth;
    const qint64 elapsed = timer.nsecsElapsed();
    if (elapsed > m_thresholdNs)
        std::fprintf(stderr, "SLOW[%s] %.2f ms: event %d to %s\n", m_label.constData(), double(elapsed) / 1e6, type,
                     what.constData());
    return result;
}

} // namespace Bench
