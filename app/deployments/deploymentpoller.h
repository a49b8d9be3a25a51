#pragma once

#include "app/api/apierror.h"
#include "app/api/deployment.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class LeptonClient;

// Keeps a workspace's deployment list fresh: polls quickly while something is on its way
// to another state, slowly when everything is settled, and backs off (honouring
// Retry-After) while the server is failing. Between polls it does nothing at all: a single
// timer, no busy loop.
class DeploymentPoller : public QObject
{
    Q_OBJECT

public:
    explicit DeploymentPoller(LeptonClient *client, QObject *parent = nullptr);

    void setIntervals(std::chrono::milliseconds busy, std::chrono::milliseconds settled);
    std::chrono::milliseconds busyInterval() const { return m_busyInterval; }
    std::chrono::milliseconds settledInterval() const { return m_settledInterval; }

    // Starts polling now; stop() cancels the next poll (an answer already on its way is dropped).
    void start();
    void stop();
    // Polls now (F5), unless a poll is already under way.
    void refreshNow();
    // Tells the poller whether any deployment is in a transitional state (set by the owner
    // after applying a refresh); this picks the next interval.
    void setBusy(bool busy);

    bool isRunning() const { return m_running; }
    bool isLoading() const { return m_inFlight; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    int consecutiveFailures() const { return m_failures; }
    // When the next poll is due (for "retrying in N s").
    std::chrono::milliseconds nextPollIn() const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void refreshed(const QList<Deployment> &deployments);
    void failed(const ApiError &error);

private:
    void poll();
    void scheduleNext();

    QPointer<LeptonClient> m_client;
    QTimer m_timer;
    std::chrono::milliseconds m_busyInterval {std::chrono::seconds(2)};
    std::chrono::milliseconds m_settledInterval {std::chrono::seconds(15)};
    QDateTime m_lastSuccess;
    int m_failures = 0;
    int m_retryAfterSeconds = -1;
    int m_generation = 0;
    bool m_busy = false;
    bool m_running = false;
    bool m_inFlight = false;
};
