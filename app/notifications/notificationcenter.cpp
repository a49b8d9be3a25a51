#include "app/notifications/notificationcenter.h"

#include "app/deployments/deploymenttablemodel.h"

#include <QSettings>
#include <QTimer>

#include <algorithm>
#include <utility>

NotificationCenter::NotificationCenter(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

void NotificationCenter::setModel(DeploymentTableModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_newErrors.clear();
    if (model) {
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    checkRows(topLeft.row(), bottomRight.row());
                });
        // Rows coming and going are followed one by one: a refresh of 10,000 rows that removes
        // ten runs must not rebuild the whole map ten times.
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { addRows(first, last); });
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [this](const QModelIndex &, int first, int last) { forgetRows(first, last); });
        connect(model, &QAbstractItemModel::modelReset, this, [this] { resync(); });
        connect(model, &QAbstractItemModel::layoutChanged, this, [this] { resync(); });
    }
    resync();
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
    if (!enabled)
        m_newErrors.clear();
    Q_EMIT enabledChanged(enabled);
}

void NotificationCenter::setAlertsDeliverErrors(bool on)
{
    m_alertsDeliverErrors = on;
    if (on)
        m_newErrors.clear();
}

// Takes the model's states as they are, without announcing anything: rows added or removed
// (a refresh, or another workspace) only move the starting point.
void NotificationCenter::resync()
{
    QHash<QString, DeploymentState> states;
    if (m_model) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const Deployment &d = m_model->deploymentAt(row);
            states.insert(d.name, d.state);
        }
    }
    m_states = std::move(states);
}

void NotificationCenter::addRows(int first, int last)
{
    if (!m_model)
        return;
    for (int row = std::max(0, first); row <= last && row < m_model->rowCount(); ++row) {
        const Deployment &d = m_model->deploymentAt(row);
        m_states.insert(d.name, d.state);
    }
}

void NotificationCenter::forgetRows(int first, int last)
{
    if (!m_model)
        return;
    for (int row = std::max(0, first); row <= last && row < m_model->rowCount(); ++row)
        m_states.remove(m_model->deploymentAt(row).name);
}

void NotificationCenter::checkRows(int first, int last)
{
    if (!m_model)
        return;
    for (int row = std::max(0, first); row <= last && row < m_model->rowCount(); ++row) {
        const Deployment &d = m_model->deploymentAt(row);
        const auto previous = m_states.constFind(d.name);
        const bool known = previous != m_states.constEnd();
        if (!m_alertsDeliverErrors && known && *previous != DeploymentState::Error && d.state == DeploymentState::Error
            && !m_newErrors.contains(d.name)) {
            m_newErrors.append(d.name);
        }
        m_states.insert(d.name, d.state);
    }
    // One refresh changes rows one at a time: collect them into a single notification.
    if (!m_newErrors.isEmpty() && !m_flushScheduled) {
        m_flushScheduled = true;
        QTimer::singleShot(0, this, &NotificationCenter::flushErrors);
    }
}

void NotificationCenter::flushErrors()
{
    m_flushScheduled = false;
    const QStringList names = std::exchange(m_newErrors, {});
    if (names.isEmpty())
        return;
    Notification n;
    n.kind = Notification::Kind::BecameError;
    n.deployments = names;
    post(n);
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

void NotificationCenter::notifyTokenExpiry(const QString &message)
{
    if (m_alertsDeliverErrors)
        return; // the TokenExpiring alert says it
    Notification n;
    n.kind = Notification::Kind::TokenExpiring;
    n.message = message;
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
