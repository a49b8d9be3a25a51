#pragma once

#include "app/simulator/simulatorfault.h"
#include "app/simulator/simulatorreply.h"

#include <QList>
#include <QObject>

#include <chrono>
#include <memory>
#include <optional>

class QHttpServerResponder;

// The faults injected into a simulator, and how an answer reaches the client: at once, after
// the configured latency, or misshapen by a fault (cut, garbled, dripped, streamed, hung).
class SimulatorFaults : public QObject
{
    Q_OBJECT

public:
    explicit SimulatorFaults(QObject *parent = nullptr);

    void setLatency(std::chrono::milliseconds latency);
    std::chrono::milliseconds latency() const;

    void inject(const SimulatorFault &fault);
    void clear();
    int pending() const;
    // The first injected fault matching the request, with one hit used up.
    std::optional<SimulatorFault> take(const QByteArray &method, const QString &path);
    // Body bytes of the last StreamedBody fault that went out to the client.
    qint64 streamedBodyBytes() const;

    // Writes `reply` (after the latency, if any).
    void deliver(QHttpServerResponder &&responder, const SimulatorReply &reply);
    // Answers with `fault`; `real` is the workspace's answer when fault.runsRequest().
    void perform(const SimulatorFault &fault, QHttpServerResponder &&responder, const SimulatorReply &real);

private:
    std::chrono::milliseconds m_latency{0};
    QList<SimulatorFault> m_faults;
    std::shared_ptr<qint64> m_streamedBodyBytes = std::make_shared<qint64>(0);
};
