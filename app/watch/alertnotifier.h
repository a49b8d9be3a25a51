#pragma once

#include "app/notifications/freedesktopnotifications.h"
#include "app/watch/alert.h"
#include "app/watch/alertnewspolicy.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class AlertBook;
class QSettings;

// Desktop notifications for alerts: one notification per alert the AlertBook raises that is
// news (AlertNewsPolicy decides: the switch, first sight, the good-news rule, quiet), through
// the desktop's notification service (FreedesktopNotifications), with the actions "Show" and,
// where it applies, "Resume"; the user's choice comes back as showRequested() or
// resumeRequested() with the alert. When the alert closes (its condition ended), is
// acknowledged, or the book forgets it, its notification is withdrawn from the desktop
// (CloseNotification with the id Notify returned).
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
    void setQuiet(std::function<bool()> quiet) { m_policy.setQuiet(std::move(quiet)); }
    // What is news.
    const AlertNewsPolicy &policy() const { return m_policy; }
    // The Alert Rules changed in the settings (the Alert Rules page saved): read them again.
    void reloadRules() { m_policy.reloadRules(); }

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
    // The notification of `alert` was withdrawn (it closed, was acknowledged or forgotten).
    void withdrawn(const Alert &alert);

private:
    void alertRaised(const Alert &alert);
    void alertChanged(const Alert &alert);
    void bookReset();
    void withdraw(quint64 ticket);
    void forget(quint64 ticket);
    void actionInvoked(quint64 ticket, const QString &action);

    FreedesktopNotifications *m_client;
    AlertNewsPolicy m_policy;
    QPointer<AlertBook> m_book;
    QHash<quint64, Alert> m_sent;      // by ticket, until the service closes the notification
    QHash<quint64, quint64> m_ticketOf; // alert id -> ticket of its notification
};
