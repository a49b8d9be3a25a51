#pragma once

#include "app/notifications/freedesktopnotifications.h"
#include "app/watch/alert.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class AlertBook;
class QSettings;

// Desktop notifications for alerts: one notification per alert the AlertBook raises (never
// for a close), through the desktop's notification service (FreedesktopNotifications), with
// the actions "Show" and, where it applies, "Resume"; the user's choice comes back as
// showRequested() or resumeRequested() with the alert.
//
// Not notified: good news (a resume became Ready) unless its rule is on for the alert's
// workspace (AlertRules); anything while the notifications switch is off
// (NotificationCenter::enabledKey()) or while quiet() says the user is looking at the window.
// Without a notification service the alerts are simply not shown on the desktop: the dock and
// the tray have them, and nothing waits.
class AlertNotifier : public QObject
{
    Q_OBJECT

public:
    // `bus` is the session bus (tests pass a private one); `settings` keeps the switch and the
    // rules and must outlive the notifier.
    AlertNotifier(const QDBusConnection &bus, QSettings *settings, QObject *parent = nullptr);

    void setAlertBook(AlertBook *book);
    // While this returns true (the window is in front), alerts are not notified.
    void setQuiet(std::function<bool()> quiet) { m_quiet = std::move(quiet); }

    // "Resume" is offered for a resource paused here whose pause wants looking at (its review
    // date is due). Not for a resume that did not become ready (it was resumed already), nor
    // for something stopped outside the console (there is nothing saved to bring back).
    static bool offersResume(const Alert &alert);
    // The words and actions of the notification for `alert`.
    static FreedesktopNotifications::Message describe(const Alert &alert);

    FreedesktopNotifications *client() const { return m_client; }

Q_SIGNALS:
    // The user chose "Show" (or clicked the notification) or "Resume".
    void showRequested(const Alert &alert);
    void resumeRequested(const Alert &alert);
    // A notification for `alert` was sent (whether or not a service took it).
    void notified(const Alert &alert);

private:
    void alertRaised(const Alert &alert);
    void actionInvoked(quint64 ticket, const QString &action);

    FreedesktopNotifications *m_client;
    QSettings *m_settings;
    QPointer<AlertBook> m_book;
    std::function<bool()> m_quiet;
    QHash<quint64, Alert> m_sent; // by ticket, until the service closes the notification
};
