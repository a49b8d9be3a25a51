#include "app/credentials/tokenexpirywatcher.h"

#include "app/api/leptonclient.h"

TokenExpiryWatcher::TokenExpiryWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &TokenExpiryWatcher::check);
}

void TokenExpiryWatcher::setClient(LeptonClient *client)
{
    ++m_generation;
    m_client = client;
    m_timer.stop();
    m_lifetime = TokenLifetime();
    evaluate();
}

void TokenExpiryWatcher::setInterval(std::chrono::milliseconds interval)
{
    m_interval = interval;
}

void TokenExpiryWatcher::check()
{
    if (!m_client)
        return;
    const int generation = m_generation;
    m_client->getTokenLifetime(this, [this, generation](const ApiResult<TokenLifetime> &result) {
        if (generation != m_generation)
            return;
        if (result.ok())
            m_lifetime = result.value;
        evaluate();
        scheduleNext();
        Q_EMIT checked();
    });
}

void TokenExpiryWatcher::evaluate()
{
    const TokenExpiryNotice notice = TokenExpiryNotice::of(m_lifetime);
    if (notice == m_notice)
        return;
    m_notice = notice;
    Q_EMIT noticeChanged(m_notice);
}

void TokenExpiryWatcher::scheduleNext()
{
    std::chrono::milliseconds next = m_interval;
    // Expiring before the next read: look again just after it expires.
    if (m_lifetime.known() && !m_lifetime.isExpired()) {
        const auto left = std::chrono::milliseconds(QDateTime::currentDateTimeUtc().msecsTo(m_lifetime.expiresAt()) + 1000);
        next = std::min(next, left);
    }
    m_timer.start(next);
}
