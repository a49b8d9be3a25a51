#pragma once

#include "app/notifications/notificationcenter.h"
#include "app/pause/pauseoutcome.h"

#include <QIcon>
#include <QObject>
#include <QTimer>
#include <QPointer>
#include <QStringList>
#include <QSystemTrayIcon>

#include <memory>

class AlertBook;
class DeploymentTableModel;
class QAction;
class QMenu;
class QSettings;
class QWidget;

// The console in the system tray, where the desktop has one: the application icon with a
// badge counting the open alerts (with an AlertBook) or else the deployments in trouble
// (DeploymentTableModel::problemCount()), a tooltip that says the same in words (and the
// token's expiry warning), a menu (show the window, notifications on/off, quit), and a tray
// message when a pause or resume the window made finishes (NotificationCenter decides which).
// A deployment entering Error and the token's expiry are alerts: their desktop notifications
// are the AlertNotifier's, as AlertNewsPolicy decides, never the tray's.
//
// The logic does not need a tray: notificationPosted() is emitted for every notification,
// shown or not, and renderIcon() draws the badge, so both are tested without a desktop.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    struct Notification
    {
        QString title;
        QString message;
        QSystemTrayIcon::MessageIcon icon = QSystemTrayIcon::Information;
    };

    // The settings key of the notifications switch (a bool, true by default).
    static QString notificationsKey() { return NotificationCenter::enabledKey(); }

    // `settings` keeps the notifications switch; it must outlive the tray.
    explicit TrayIcon(QSettings *settings, QObject *parent = nullptr);
    ~TrayIcon() override;

    static bool isSystemTrayAvailable() { return QSystemTrayIcon::isSystemTrayAvailable(); }
    // Puts the icon in the tray. Returns false, and shows nothing, where there is no tray.
    bool show();
    // The tray icon itself, once show() succeeded.
    QSystemTrayIcon *systemTrayIcon() const { return m_tray.get(); }
    QMenu *menu() const { return m_menu.get(); }

    // The current workspace's deployments (nullptr when none is open): the trouble count.
    void setModel(DeploymentTableModel *model);
    // The console's alerts (nullptr: none). With a book, the badge counts its open alerts
    // (AlertBook::openCount(): problems not yet acknowledged) and the tooltip says how many.
    void setAlertBook(AlertBook *book);
    int alertCount() const { return m_alertCount; }
    void setWorkspaceName(const QString &name);
    // The token expiry warning of the shown workspace (TokenExpiryNotice::message; empty: none):
    // the tooltip says it (its desktop notification is the TokenExpiring alert's).
    void setTokenWarning(const QString &message);
    QString tokenWarning() const { return m_tokenWarning; }
    // While `window` is the active window the user sees everything there: no desktop
    // notifications then (notificationPosted() is not emitted either).
    void setWindow(QWidget *window);

    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);
    // A checkable "Desktop Notifications" action bound to the switch, for any menu.
    QAction *notificationsAction() const { return m_notificationsAction; }
    QAction *showWindowAction() const { return m_showAction; }
    QAction *quitAction() const { return m_quitAction; }

    int troubleCount() const { return m_troubleCount; }
    QString toolTip() const;
    QIcon icon() const;

    // The application icon at `size` logical pixels with a badge showing `count` (none at 0;
    // "99+" above 99), for a screen with the given device pixel ratio, in the colours of
    // `palette` (a red tone derived from it, its text at a readable contrast).
    static QImage renderIcon(int count, int size, qreal devicePixelRatio = 1.0);
    static QImage renderIcon(int count, int size, qreal devicePixelRatio, const QPalette &palette);
    // The number the badge shows: the open alerts with a book, else the deployments in trouble.
    int badgeCount() const;

    // The words for a notification the center posted.
    static Notification describe(const NotificationCenter::Notification &posted);
    // What decides which pause outcomes are news, and keeps the switch.
    NotificationCenter *notificationCenter() const { return m_center; }

public Q_SLOTS:
    // Announces a finished Pause or Resume (MainWindow::pauseFinished): paused, resumed, or
    // failed. Outcomes that need the user's answer in the window are not announced.
    void notifyPauseFinished(const PauseOutcome &outcome);

Q_SIGNALS:
    void notificationPosted(const TrayIcon::Notification &notification);
    void troubleCountChanged(int count);
    void alertCountChanged(int count);
    void notificationsEnabledChanged(bool enabled);
    // The user clicked the icon or chose "Show Lepton Console".
    void showWindowRequested();
    void quitRequested();

private:
    void redrawIcon();
    void post(const NotificationCenter::Notification &posted);
    void updateIcon();

    NotificationCenter *m_center;
    QPointer<DeploymentTableModel> m_model;
    QPointer<AlertBook> m_alertBook;
    int m_alertCount = 0;
    int m_badgeCount = -1;
    QPointer<QWidget> m_window;
    QString m_workspaceName;
    QString m_tokenWarning;
    int m_troubleCount = -1;
    QIcon m_icon;
    // The icon is drawn once per turn of the event loop at most: one refresh sends a signal
    // per changed run of rows, and drawing takes ~1 ms.
    bool m_iconStale = true;
    QTimer m_renderSoon;
    std::unique_ptr<QMenu> m_menu;
    std::unique_ptr<QSystemTrayIcon> m_tray;
    QAction *m_showAction = nullptr;
    QAction *m_notificationsAction = nullptr;
    QAction *m_quitAction = nullptr;
};

Q_DECLARE_METATYPE(TrayIcon::Notification)
