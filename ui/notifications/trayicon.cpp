#include "ui/notifications/trayicon.h"

#include "app/deployments/deploymenttablemodel.h"
#include "app/diagnostics/loggingcategories.h"

#include <QAction>
#include <QGuiApplication>
#include <QFont>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QSettings>
#include <QSvgRenderer>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <utility>

namespace {

const QString appIconPath = QStringLiteral(":/icons/lepton-console.svg");

// The sizes trays ask for (16 to 24 on most desktops, more on high-DPI screens).
constexpr int trayIconSizes[] = {16, 22, 24, 32, 48, 64};

} // namespace

TrayIcon::TrayIcon(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_menu(std::make_unique<QMenu>())
{
    m_showAction = new QAction(tr("&Show Lepton Console"), this);
    m_showAction->setObjectName(QStringLiteral("trayShowAction"));
    connect(m_showAction, &QAction::triggered, this, &TrayIcon::showWindowRequested);

    m_notificationsAction = new QAction(tr("Desktop &Notifications"), this);
    m_notificationsAction->setObjectName(QStringLiteral("notificationsAction"));
    m_notificationsAction->setCheckable(true);
    m_notificationsAction->setChecked(notificationsEnabled());
    m_notificationsAction->setToolTip(tr("Tell me when a deployment changes to Error or a pause or resume finishes"));
    connect(m_notificationsAction, &QAction::toggled, this, &TrayIcon::setNotificationsEnabled);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("trayQuitAction"));
    connect(m_quitAction, &QAction::triggered, this, &TrayIcon::quitRequested);

    m_menu->addAction(m_showAction);
    m_menu->addAction(m_notificationsAction);
    m_menu->addSeparator();
    m_menu->addAction(m_quitAction);

    m_renderSoon.setSingleShot(true);
    m_renderSoon.setInterval(0);
    connect(&m_renderSoon, &QTimer::timeout, this, [this] { redrawIcon(); });
    updateIcon();
    redrawIcon();
}

TrayIcon::~TrayIcon() = default;

bool TrayIcon::show()
{
    if (m_tray) {
        m_tray->show();
        return true;
    }
    if (!isSystemTrayAvailable()) {
        qCDebug(lcUi) << "no system tray on this desktop";
        return false;
    }
    m_tray = std::make_unique<QSystemTrayIcon>(icon());
    m_tray->setToolTip(toolTip());
    m_tray->setContextMenu(m_menu.get());
    connect(m_tray.get(), &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT showWindowRequested();
    });
    connect(m_tray.get(), &QSystemTrayIcon::messageClicked, this, &TrayIcon::showWindowRequested);
    m_tray->show();
    return true;
}

void TrayIcon::setModel(DeploymentTableModel *model)
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
        connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { updateIcon(); });
        connect(model, &QAbstractItemModel::modelReset, this, [this] { resync(); });
        connect(model, &QAbstractItemModel::layoutChanged, this, [this] { resync(); });
    }
    resync();
}

void TrayIcon::setWorkspaceName(const QString &name)
{
    m_workspaceName = name;
    updateIcon();
}

void TrayIcon::setWindow(QWidget *window)
{
    m_window = window;
}

bool TrayIcon::notificationsEnabled() const
{
    return m_settings->value(notificationsKey(), true).toBool();
}

void TrayIcon::setNotificationsEnabled(bool enabled)
{
    if (enabled == notificationsEnabled() && m_notificationsAction->isChecked() == enabled)
        return;
    m_settings->setValue(notificationsKey(), enabled);
    m_notificationsAction->setChecked(enabled);
    if (!enabled)
        m_newErrors.clear();
    Q_EMIT notificationsEnabledChanged(enabled);
}

// Takes the model's states as they are, without announcing anything: rows added or removed
// (a refresh, or another workspace) only move the starting point.
void TrayIcon::resync()
{
    QHash<QString, DeploymentState> states;
    if (m_model) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const Deployment &d = m_model->deploymentAt(row);
            states.insert(d.name, d.state);
        }
    }
    m_states = std::move(states);
    updateIcon();
}

void TrayIcon::addRows(int first, int last)
{
    if (!m_model)
        return;
    for (int row = std::max(0, first); row <= last && row < m_model->rowCount(); ++row) {
        const Deployment &d = m_model->deploymentAt(row);
        m_states.insert(d.name, d.state);
    }
    updateIcon();
}

void TrayIcon::forgetRows(int first, int last)
{
    if (!m_model)
        return;
    for (int row = std::max(0, first); row <= last && row < m_model->rowCount(); ++row)
        m_states.remove(m_model->deploymentAt(row).name);
}

void TrayIcon::checkRows(int first, int last)
{
    if (!m_model)
        return;
    for (int row = std::max(0, first); row <= last && row < m_model->rowCount(); ++row) {
        const Deployment &d = m_model->deploymentAt(row);
        const auto previous = m_states.constFind(d.name);
        const bool known = previous != m_states.constEnd();
        if (known && *previous != DeploymentState::Error && d.state == DeploymentState::Error
            && !m_newErrors.contains(d.name)) {
            m_newErrors.append(d.name);
        }
        m_states.insert(d.name, d.state);
    }
    updateIcon();
    // One refresh changes rows one at a time: collect them into a single notification.
    if (!m_newErrors.isEmpty() && !m_flushScheduled) {
        m_flushScheduled = true;
        QTimer::singleShot(0, this, &TrayIcon::flushErrors);
    }
}

void TrayIcon::flushErrors()
{
    m_flushScheduled = false;
    const QStringList names = std::exchange(m_newErrors, {});
    if (names.isEmpty())
        return;
    Notification n;
    n.icon = QSystemTrayIcon::Warning;
    if (names.size() == 1) {
        n.title = tr("%1 changed to Error").arg(names.first());
        n.message = m_workspaceName.isEmpty()
            ? tr("The deployment %1 is in the Error state.").arg(names.first())
            : tr("The deployment %1 in %2 is in the Error state.").arg(names.first(), m_workspaceName);
    } else {
        n.title = tr("%n deployment(s) changed to Error", nullptr, int(names.size()));
        n.message = names.join(QStringLiteral(", "));
    }
    post(n);
}

void TrayIcon::notifyPauseFinished(const PauseOutcome &outcome)
{
    Notification n;
    switch (outcome.kind) {
    case PauseOutcome::Kind::Paused:
        n.title = tr("Paused %1").arg(outcome.deploymentName);
        n.message = outcome.message.isEmpty() ? tr("%1 is scaling down to zero replicas.").arg(outcome.deploymentName)
                                              : outcome.message;
        break;
    case PauseOutcome::Kind::Resumed:
        n.title = tr("Resumed %1").arg(outcome.deploymentName);
        n.message = outcome.message.isEmpty() ? tr("%1 is starting its replicas again.").arg(outcome.deploymentName)
                                              : outcome.message;
        break;
    case PauseOutcome::Kind::Failed:
    case PauseOutcome::Kind::LocalStoreFailed:
        n.title = tr("%1 was not changed").arg(outcome.deploymentName);
        n.message = outcome.message.isEmpty() ? outcome.error.userMessage() : outcome.message;
        n.icon = QSystemTrayIcon::Warning;
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

void TrayIcon::post(const Notification &notification)
{
    if (!notificationsEnabled())
        return;
    if (m_window && m_window->isVisible() && m_window->isActiveWindow())
        return;
    qCDebug(lcUi) << "notification:" << notification.title;
    Q_EMIT notificationPosted(notification);
    if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(notification.title, notification.message, notification.icon);
}

QString TrayIcon::toolTip() const
{
    QString text = tr("Lepton Console");
    if (!m_workspaceName.isEmpty())
        text += QStringLiteral(" — ") + m_workspaceName;
    if (!m_model)
        return text;
    const int count = std::max(0, m_troubleCount);
    text += QLatin1Char('\n');
    text += count == 0 ? tr("No deployment needs attention")
                       : tr("%n deployment(s) need attention", nullptr, count);
    return text;
}

void TrayIcon::updateIcon()
{
    const int count = m_model ? m_model->problemCount() : 0;
    if (count != m_troubleCount || m_icon.isNull()) {
        const bool changed = m_troubleCount >= 0 && count != m_troubleCount;
        m_troubleCount = count;
        m_iconStale = true;
        if (!m_renderSoon.isActive())
            m_renderSoon.start();
        if (changed)
            Q_EMIT troubleCountChanged(count);
    }
    if (m_tray)
        m_tray->setToolTip(toolTip());
}

void TrayIcon::redrawIcon()
{
    m_renderSoon.stop();
    if (!m_iconStale)
        return;
    m_iconStale = false;
    QIcon icon;
    for (int size : trayIconSizes)
        icon.addPixmap(QPixmap::fromImage(renderIcon(std::max(0, m_troubleCount), size)));
    m_icon = icon;
    if (m_tray)
        m_tray->setIcon(m_icon);
}

QIcon TrayIcon::icon() const
{
    if (m_iconStale)
        const_cast<TrayIcon *>(this)->redrawIcon();
    return m_icon;
}

QImage TrayIcon::renderIcon(int count, int size, qreal devicePixelRatio)
{
    const int pixels = qRound(size * devicePixelRatio);
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    QSvgRenderer(appIconPath).render(&painter, QRectF(0, 0, pixels, pixels));

    if (count > 0) {
        const QString label = count > 99 ? QStringLiteral("99+") : QString::number(count);
        // A round badge in the bottom right corner, as wide as the number needs, with a
        // light ring so it stands out on the icon and on a dark panel alike.
        const qreal height = pixels * 0.56;
        QFont font = QGuiApplication::font();
        font.setBold(true);
        font.setPixelSize(std::max(6, qRound(height * 0.72)));
        const QFontMetricsF metrics(font);
        const qreal width = std::min<qreal>(pixels, std::max(height, metrics.horizontalAdvance(label) + height * 0.45));
        const QRectF badge(pixels - width, pixels - height, width, height);
        const qreal ring = std::max<qreal>(1.0, pixels / 32.0);

        QPainterPath path;
        path.addRoundedRect(badge.adjusted(ring / 2, ring / 2, -ring / 2, -ring / 2), height / 2, height / 2);
        painter.setPen(QPen(QColor(255, 255, 255, 235), ring));
        painter.setBrush(QColor(0xd9, 0x2d, 0x20));
        painter.drawPath(path);

        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(badge, Qt::AlignCenter, label);
    }
    painter.end();
    image.setDevicePixelRatio(devicePixelRatio);
    return image;
}
