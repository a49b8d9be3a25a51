#pragma once

#include "app/credentials/tokenexpirynotice.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class LeptonClient;

// Keeps a workspace's TokenExpiryNotice current: reads the token's lifetime (GET /tokens)
// when asked (the window asks when a workspace connects, and again after a new token), then
// once a day, and looks again at the moment the token expires, so "expires in 5 h" turns into
// "expired" on time. A failed read keeps what was known (an older server has no /tokens:
// nothing is known, nothing is said).
class TokenExpiryWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::hours DefaultInterval {24};

    explicit TokenExpiryWatcher(QObject *parent = nullptr);

    // The client of the workspace shown; null forgets everything and stops.
    void setClient(LeptonClient *client);
    // How often the lifetime is read again (tests shorten it).
    void setInterval(std::chrono::milliseconds interval);

    TokenExpiryNotice notice() const { return m_notice; }
    TokenLifetime lifetime() const { return m_lifetime; }

public Q_SLOTS:
    // Reads the lifetime now.
    void check();

Q_SIGNALS:
    // The notice changed (its level or its words).
    void noticeChanged(const TokenExpiryNotice &notice);
    // A read finished (whether or not the notice changed).
    void checked();

private:
    void evaluate();
    void scheduleNext();

    QPointer<LeptonClient> m_client;
    QTimer m_timer;
    std::chrono::milliseconds m_interval {DefaultInterval};
    TokenLifetime m_lifetime;
    TokenExpiryNotice m_notice;
    int m_generation = 0; // answers for an earlier client are dropped
};
