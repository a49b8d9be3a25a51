#pragma once

#include "app/pause/pauseoutcome.h"

#include <QMetaType>
#include <QObject>
#include <QStringList>

class QSettings;

// The tray's own news, decided without a desktop: a Pause or Resume the window made that
// finished (paused, resumed, or failed); outcomes where nothing happened or the window is
// asking the user are not news; nothing at all while the desktop notifications switch
// (enabledKey(), on by default) is off. Each is a Notification value; the view (the tray)
// turns it into words and shows it, or not (it stays quiet while the window is in front).
//
// What happens to a deployment on its own (it entered Error) and the token's expiry are
// alerts: the AlertEngine raises them and the AlertNotifier announces them, as
// AlertNewsPolicy (app/watch) decides. The center has no part in them.
class NotificationCenter : public QObject
{
    Q_OBJECT

public:
    struct Notification
    {
        enum class Kind {
            Paused,      // `deployments` holds the one that paused
            Resumed,
            NotChanged,  // a pause or resume failed: `message` says why
        };
        Kind kind = Kind::Paused;
        QStringList deployments;
        QString workspaceName; // of the workspace shown when it was posted; may be empty
        QString message;       // the outcome's sentence (NotChanged: never empty); may be empty otherwise
        bool isWarning() const { return kind == Kind::NotChanged; }
    };

    // The settings key of the switch (a bool, true by default): the same switch silences the
    // alerts' desktop notifications (AlertNewsPolicy reads it).
    static QString enabledKey() { return QStringLiteral("notifications/enabled"); }

    // `settings` keeps the switch; it must outlive the center.
    explicit NotificationCenter(QSettings *settings, QObject *parent = nullptr);

    void setWorkspaceName(const QString &name) { m_workspaceName = name; }

    bool isEnabled() const;
    void setEnabled(bool enabled);

public Q_SLOTS:
    // A Pause or Resume finished: posted at once when it is news.
    void notifyPauseFinished(const PauseOutcome &outcome);

Q_SIGNALS:
    void notificationPosted(const NotificationCenter::Notification &notification);
    void enabledChanged(bool enabled);

private:
    void post(const Notification &notification);

    QSettings *m_settings;
    QString m_workspaceName;
};

Q_DECLARE_METATYPE(NotificationCenter::Notification)
