#pragma once

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

// Asks the Secret Service (org.freedesktop.secrets on the D-Bus session bus) what TokenStore
// cannot learn from QtKeychain: whether a keychain is there at all, and whether an entry it
// could not find is in fact locked. Linux and the BSDs only; elsewhere every answer is
// "unknown" and the generic message.
//
// Every question is asynchronous (QDBusPendingCallWatcher): the caller's thread never waits on
// the bus, however long a misbehaving keychain takes. Each call ends in exactly one callback,
// later, from the event loop of the caller's thread, and only while `context` lives. A bus
// call that gets no answer within timeout() counts as no answer. Never starts a Secret
// Service (no auto-start), never prompts, never sees a secret.
class SecretServiceProbe
{
public:
    // What a running Secret Service holds under QtKeychain's attributes for an entry
    // (libsecret backend: user = key, server = service). libsecret reports a lookup that met
    // only locked items as "not found", and a clear of locked items as done: this tells a
    // locked keychain apart from an empty one.
    enum class StoredItems { Unknown, None, Locked, Unlocked };

    using ItemsCallback = std::function<void(StoredItems)>;
    using MessageCallback = std::function<void(const QString &)>;

    static constexpr const char *defaultServiceName = "org.freedesktop.secrets";
    static constexpr std::chrono::milliseconds defaultTimeout{2000};

    // `serviceName`: the bus name asked (tests use one of their own).
    explicit SecretServiceProbe(const QString &serviceName = QString::fromLatin1(defaultServiceName));

    QString serviceName() const { return m_serviceName; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // What the Secret Service holds for `key` of `service`: Unknown when it is not running,
    // there is no bus, or it did not answer.
    void storedItems(const QString &service, const QString &key, QObject *context, ItemsCallback done) const;

    // Why the keychain could not be used, in words for the user: no session bus, no Secret
    // Service running (nor activatable), or running but locked / refusing (quoting
    // `backendMessage`, QtKeychain's own words).
    void unavailableMessage(const QString &backendMessage, QObject *context, MessageCallback done) const;

private:
    QString m_serviceName;
    std::chrono::milliseconds m_timeout = defaultTimeout;
};
