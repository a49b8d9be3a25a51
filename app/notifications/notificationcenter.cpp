#include "app/notifications/notificationcenter.h"

#include <QSettings>

NotificationCenter::NotificationCenter(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

bool NotificationCenter::isEnabled() const
{
    return m_settings->value(enabledKey(), true).toBool();
}

void NotificationCenter::setEnabled(bool enabled)
{
    if (enabled == isEnabled())
        return;
    m_settings->setValue(enabledKey(), enabled);
    Q_EMIT enabledChanged(enabled);
}

void NotificationCenter::notifyPauseFinished(const PauseOutcome &outcome)
{
    Notification n;
    n.deployments = QStringList {outcome.deploymentName};
    n.message = outcome.message;
    switch (outcome.kind) {
    case PauseOutcome::Kind::Paused:
        n.kind = Notification::Kind::Paused;
        break;
    case PauseOutcome::Kind::Resumed:
        n.kind = Notification::Kind::Resumed;
        break;
    case PauseOutcome::Kind::Failed:
    case PauseOutcome::Kind::LocalStoreFailed:
        n.kind = Notification::Kind::NotChanged;
        if (n.message.isEmpty())
            n.message = outcome.error.userMessage();
        break;
    case PauseOutcome::Kind::AlreadyPaused:
    case PauseOutcome::Kind::AlreadyStopped:
    case PauseOutcome::Kind::NotPaused:
    case PauseOutcome::Kind::NeedsReplicaCount:
    case PauseOutcome::Kind::ChangedWhilePaused:
        return; // nothing happened, or the window is asking the user
    }
    post(n);
}

void NotificationCenter::post(const Notification &notification)
{
    if (!isEnabled())
        return;
    Notification n = notification;
    n.workspaceName = m_workspaceName;
    Q_EMIT notificationPosted(n);
}
