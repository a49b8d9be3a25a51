#pragma once

#include "app/api/deploymentstate.h"
#include "app/pause/pauseoutcome.h"

#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QStringList>

class DeploymentTableModel;
class QSettings;

// What deserves a desktop notification, decided without a desktop:
//  - a deployment that changes to Error (not one that was in Error already, nor a new row in
//    Error; recovering and failing again is news again). The deployments that change in one
//    refresh make one notification, posted on the next turn of the event loop;
//  - a Pause or Resume that finished (paused, resumed, or failed); outcomes where nothing
//    happened or the window is asking the user are not news;
//  - the token's expiry warning, when it starts;
//  (the first and the third only while no AlertBook delivers them: setAlertsDeliverErrors());
//  - nothing at all while the switch (the setting enabledKey(), on by default) is off.
// Each is a Notification value; the view (the tray) turns it into words and shows it, or not
// (it stays quiet while the window is in front).
class NotificationCenter : public QObject
{
    Q_OBJECT

public:
    struct Notification
    {
        enum class Kind {
            BecameError, // `deployments` changed to Error in one refresh
            Paused,      // `deployments` holds the one that paused
            Resumed,
            NotChanged,  // a pause or resume failed: `message` says why
            TokenExpiring, // the workspace's token expires soon or has expired: `message` says so
        };
        Kind kind = Kind::BecameError;
        QStringList deployments;
        QString workspaceName; // of the workspace shown when it was posted; may be empty
        QString message;       // the outcome's sentence (NotChanged: never empty); may be empty otherwise
        bool isWarning() const { return kind != Kind::Paused && kind != Kind::Resumed; }
    };

    // The settings key of the switch (a bool, true by default).
    static QString enabledKey() { return QStringLiteral("notifications/enabled"); }

    // `settings` keeps the switch; it must outlive the center.
    explicit NotificationCenter(QSettings *settings, QObject *parent = nullptr);

    // The current workspace's deployments (nullptr when none is open). States seen when the
    // model is set, or when rows are added, are the starting point: only changes after that
    // are announced.
    void setModel(DeploymentTableModel *model);
    void setWorkspaceName(const QString &name) { m_workspaceName = name; }

    bool isEnabled() const;
    void setEnabled(bool enabled);

    // True while an AlertBook delivers the changes its rules cover (a deployment entering
    // Error, the token's expiry) as alerts, each with its own desktop notification
    // (AlertNotifier): the center then posts neither BecameError nor TokenExpiring, so one
    // change is never notified twice. False (the default): the center posts them itself.
    bool alertsDeliverErrors() const { return m_alertsDeliverErrors; }
    void setAlertsDeliverErrors(bool on);

public Q_SLOTS:
    // A Pause or Resume finished: posted at once when it is news.
    void notifyPauseFinished(const PauseOutcome &outcome);
    // The token's expiry warning started (TokenExpiryNotice::message): posted at once.
    void notifyTokenExpiry(const QString &message);

Q_SIGNALS:
    void notificationPosted(const NotificationCenter::Notification &notification);
    void enabledChanged(bool enabled);

private:
    void resync();
    void addRows(int first, int last);
    void forgetRows(int first, int last);
    void checkRows(int first, int last);
    void flushErrors();
    void post(const Notification &notification);

    QSettings *m_settings;
    QPointer<DeploymentTableModel> m_model;
    QString m_workspaceName;
    QHash<QString, DeploymentState> m_states;
    QStringList m_newErrors;
    bool m_flushScheduled = false;
    bool m_alertsDeliverErrors = false;
};

Q_DECLARE_METATYPE(NotificationCenter::Notification)
