#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QVariantMap>

class QDBusPendingCallWatcher;

// A client of the desktop's notification service, org.freedesktop.Notifications on the D-Bus
// session bus (the Desktop Notifications Specification): Notify with actions and hints, and the
// service's ActionInvoked and NotificationClosed signals, matched to what this client sent.
//
// Every call is asynchronous and bounded (callTimeout()): without a service (no name owner), a
// service that answers with an error, or one that never answers, send() still returns at once,
// failed() says why from the event loop, and nothing else changes. No widgets.
class FreedesktopNotifications : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *Service = "org.freedesktop.Notifications";
    static constexpr const char *Path = "/org/freedesktop/Notifications";
    static constexpr const char *Interface = "org.freedesktop.Notifications";

    struct Message
    {
        QString appName;
        QString appIcon;      // an icon name of the theme ("lepton-console") or a file URI
        QString summary;
        QString body;
        QStringList actions;  // pairs: action key, label ("show", "Show", ...)
        QVariantMap hints;    // "desktop-entry", "urgency" (a byte), "category" ...
        int expireTimeoutMs = -1; // -1: the server's default
    };

    // `bus` is the session bus (tests pass a private one).
    explicit FreedesktopNotifications(const QDBusConnection &bus, QObject *parent = nullptr);

    // Sends Notify; returns this client's ticket for the notification (never 0). The answer
    // comes as delivered() or failed().
    quint64 send(const Message &message);
    // Asks the service to close (withdraw) a notification this client sent, with the id its
    // Notify returned (CloseNotification), asynchronously as Notify is. A ticket whose Notify
    // has not been answered yet is closed as soon as it is; an unknown, failed or already
    // closed ticket changes nothing.
    void close(quint64 ticket);

    int callTimeout() const { return m_callTimeoutMs; }
    void setCallTimeout(int milliseconds) { m_callTimeoutMs = milliseconds; }
    // Notifications the service holds for this client (delivered and not yet closed).
    int liveCount() const { return int(m_byServerId.size()); }

Q_SIGNALS:
    void delivered(quint64 ticket);
    void failed(quint64 ticket, const QString &error);
    // The user chose an action ("show", "resume", or "default" for the body) of `ticket`.
    void actionInvoked(quint64 ticket, const QString &action);
    void closed(quint64 ticket);

private Q_SLOTS:
    // The service's signals (QDBusConnection::connect takes slots by signature).
    void onActionInvoked(uint serverId, const QString &action);
    void onNotificationClosed(uint serverId, uint reason);

private:
    void answered(QDBusPendingCallWatcher *watcher, quint64 ticket);

    QDBusConnection m_bus;
    quint64 m_nextTicket = 1;
    QHash<uint, quint64> m_byServerId;
    QHash<quint64, uint> m_byTicket;
    QSet<quint64> m_pending;      // Notify sent, not answered yet
    QSet<quint64> m_closeOnReply; // closed while pending: withdrawn when the answer comes
    int m_callTimeoutMs = 5000;
};
