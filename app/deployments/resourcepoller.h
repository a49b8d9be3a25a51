#pragma once

#include "app/api/apierror.h"
#include "app/api/apiresult.h"
#include "app/api/deployment.h"
#include "app/api/resourcekind.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

class LeptonClient;

// Keeps a list of resources fresh, for any kind: polls quickly while something is on its way
// to another state (setBusy), slowly when everything is settled, and backs off exponentially
// (honouring Retry-After) while the server is failing. Between polls it does nothing at all:
// one single-shot timer. What it fetches is a function, so every resource kind (endpoints,
// dev pods, Ray clusters, whatever comes next) polls the same way; forKind() makes the usual
// one, LeptonClient::listResources of a kind on the workspace's API generation.
class ResourcePoller : public QObject
{
    Q_OBJECT

public:
    // Sends one list request that ends in `done`; false when nothing could be sent (the
    // client is gone): then the poll does not start.
    using Fetch = std::function<bool(QObject *context, ApiCallback<QList<Deployment>> done)>;

    ResourcePoller(Fetch fetch, QObject *parent = nullptr);
    // Polls `kind` through `client` (which must outlive the poller's polls: a poll started
    // after the client died is not sent).
    static ResourcePoller *forKind(LeptonClient *client, ResourceKind kind, QObject *parent = nullptr);

    void setIntervals(std::chrono::milliseconds busy, std::chrono::milliseconds settled);
    std::chrono::milliseconds busyInterval() const { return m_busyInterval; }
    std::chrono::milliseconds settledInterval() const { return m_settledInterval; }

    // Starts polling now; stop() cancels the next poll (an answer already on its way is dropped).
    void start();
    void stop();
    // Polls now, unless a poll is already under way.
    void refreshNow();
    // Whether anything listed is on its way to another state (set by the owner after applying
    // a refresh): it picks the next interval, and speeds the timer up at once.
    void setBusy(bool busy);

    bool isRunning() const { return m_running; }
    bool isLoading() const { return m_inFlight; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    int consecutiveFailures() const { return m_failures; }
    // When the next poll is due (for "retrying in N s").
    std::chrono::milliseconds nextPollIn() const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void refreshed(const QList<Deployment> &resources);
    void failed(const ApiError &error);

private:
    void poll();
    void scheduleNext();

    Fetch m_fetch;
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
