#include "app/deployments/resourcepoller.h"

#include "app/api/leptonclient.h"

#include <algorithm>

using namespace std::chrono_literals;

ResourcePoller::ResourcePoller(Fetch fetch, QObject *parent)
    : QObject(parent)
    , m_fetch(std::move(fetch))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ResourcePoller::poll);
}

ResourcePoller *ResourcePoller::forKind(LeptonClient *client, ResourceKind kind, QObject *parent)
{
    QPointer<LeptonClient> guarded(client);
    return new ResourcePoller([guarded, kind](QObject *context, ApiCallback<QList<Deployment>> done) {
        if (!guarded)
            return false;
        guarded->listResources(kind, context, std::move(done));
        return true;
    }, parent);
}

void ResourcePoller::setIntervals(std::chrono::milliseconds busy, std::chrono::milliseconds settled)
{
    m_busyInterval = busy;
    m_settledInterval = settled;
    if (m_running && !m_inFlight)
        scheduleNext();
}

void ResourcePoller::start()
{
    m_running = true;
    poll();
}

void ResourcePoller::stop()
{
    m_running = false;
    ++m_generation;
    m_timer.stop();
    if (m_inFlight) {
        m_inFlight = false;
        Q_EMIT loadingChanged(false);
    }
}

void ResourcePoller::refreshNow()
{
    m_running = true;
    if (!m_inFlight)
        poll();
}

void ResourcePoller::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    // Speed up at once when something starts moving; slow down at the next poll.
    if (busy && m_running && !m_inFlight && m_failures == 0
        && std::chrono::milliseconds(m_timer.remainingTime()) > m_busyInterval)
        m_timer.start(m_busyInterval);
}

std::chrono::milliseconds ResourcePoller::nextPollIn() const
{
    return m_timer.isActive() ? std::chrono::milliseconds(m_timer.remainingTime()) : 0ms;
}

void ResourcePoller::poll()
{
    if (!m_fetch || m_inFlight)
        return;
    m_timer.stop();
    m_inFlight = true;
    const int generation = m_generation;
    const bool sent = m_fetch(this, [this, generation](const ApiResult<QList<Deployment>> &result) {
        if (generation != m_generation)
            return;
        m_inFlight = false;
        Q_EMIT loadingChanged(false);
        if (result.ok()) {
            m_failures = 0;
            m_retryAfterSeconds = -1;
            m_lastSuccess = QDateTime::currentDateTimeUtc();
            Q_EMIT refreshed(result.value);
        } else {
            ++m_failures;
            m_retryAfterSeconds = result.error.retryAfterSeconds();
            Q_EMIT failed(result.error);
        }
        if (m_running)
            scheduleNext();
    });
    if (!sent) {
        m_inFlight = false;
        return;
    }
    if (m_inFlight)
        Q_EMIT loadingChanged(true);
}

void ResourcePoller::scheduleNext()
{
    std::chrono::milliseconds interval = m_busy ? m_busyInterval : m_settledInterval;
    if (m_failures > 0) {
        // Exponential backoff from the busy interval up to two minutes, or what the server asked.
        const auto backoff = m_busyInterval * (1 << std::min(m_failures, 6));
        interval = std::min<std::chrono::milliseconds>(backoff, 120s);
        if (m_retryAfterSeconds > 0)
            interval = std::max<std::chrono::milliseconds>(interval, std::chrono::seconds(m_retryAfterSeconds));
    }
    m_timer.start(interval);
}
