#include "app/notifications/freedesktopnotifications.h"

#include "app/diagnostics/loggingcategories.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

FreedesktopNotifications::FreedesktopNotifications(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
    if (!m_bus.isConnected())
        return;
    // Any sender: the service may come (or be replaced) after this client started.
    m_bus.connect(QString(), QString::fromLatin1(Path), QString::fromLatin1(Interface), QStringLiteral("ActionInvoked"),
                  this, SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(QString(), QString::fromLatin1(Path), QString::fromLatin1(Interface),
                  QStringLiteral("NotificationClosed"), this, SLOT(onNotificationClosed(uint, uint)));
}

quint64 FreedesktopNotifications::send(const Message &message)
{
    const quint64 ticket = m_nextTicket++;
    if (!m_bus.isConnected()) {
        const QString why = m_bus.lastError().isValid() ? m_bus.lastError().message() : tr("no D-Bus session bus");
        QMetaObject::invokeMethod(this, [this, ticket, why] { Q_EMIT failed(ticket, why); }, Qt::QueuedConnection);
        return ticket;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(QString::fromLatin1(Service), QString::fromLatin1(Path),
                                                       QString::fromLatin1(Interface), QStringLiteral("Notify"));
    call << message.appName << uint(0) << message.appIcon << message.summary << message.body << message.actions
         << message.hints << qint32(message.expireTimeoutMs);
    // Asynchronous, with a bound: a missing or stuck service never holds the caller.
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, m_callTimeoutMs), this);
    m_pending.insert(ticket);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, ticket](QDBusPendingCallWatcher *w) { answered(w, ticket); });
    return ticket;
}

void FreedesktopNotifications::answered(QDBusPendingCallWatcher *watcher, quint64 ticket)
{
    watcher->deleteLater();
    m_pending.remove(ticket);
    const bool closeNow = m_closeOnReply.remove(ticket);
    const QDBusPendingReply<uint> reply = *watcher;
    if (reply.isError()) {
        qCDebug(lcApp) << "desktop notification not shown:" << reply.error().name() << reply.error().message();
        Q_EMIT failed(ticket, reply.error().message());
        return;
    }
    const uint serverId = reply.value();
    m_byServerId.insert(serverId, ticket);
    m_byTicket.insert(ticket, serverId);
    Q_EMIT delivered(ticket);
    if (closeNow) // withdrawn before the service said which id it has
        close(ticket);
}

void FreedesktopNotifications::close(quint64 ticket)
{
    if (m_pending.contains(ticket)) {
        m_closeOnReply.insert(ticket);
        return;
    }
    const auto it = m_byTicket.constFind(ticket);
    if (it == m_byTicket.constEnd() || !m_bus.isConnected())
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(QString::fromLatin1(Service), QString::fromLatin1(Path),
                                                       QString::fromLatin1(Interface), QStringLiteral("CloseNotification"));
    call << *it;
    // The answer changes nothing here: NotificationClosed follows when the service closes it.
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, m_callTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, watcher, &QObject::deleteLater);
}

void FreedesktopNotifications::onActionInvoked(uint serverId, const QString &action)
{
    const auto it = m_byServerId.constFind(serverId);
    if (it != m_byServerId.constEnd())
        Q_EMIT actionInvoked(*it, action);
}

void FreedesktopNotifications::onNotificationClosed(uint serverId, uint reason)
{
    Q_UNUSED(reason)
    const auto it = m_byServerId.constFind(serverId);
    if (it == m_byServerId.constEnd())
        return;
    const quint64 ticket = *it;
    m_byServerId.erase(it);
    m_byTicket.remove(ticket);
    Q_EMIT closed(ticket);
}
