#include "ui/notifications/trayicon.h"

#include "app/deployments/deploymenttablemodel.h"
#include "app/notifications/notificationcenter.h"
#include "app/watch/alertbook.h"
#include "ui/widgets/tonecolors.h"
#include "app/diagnostics/loggingcategories.h"

#include <QAction>
#include <QGuiApplication>
#include <QFont>
#include <QMenu>
#include <QPalette>
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
    , m_center(new NotificationCenter(settings, this))
    , m_menu(std::make_unique<QMenu>())
{
    connect(m_center, &NotificationCenter::notificationPosted, this, &TrayIcon::post);
    connect(m_center, &NotificationCenter::enabledChanged, this, [this](bool enabled) {
        m_notificationsAction->setChecked(enabled);
        Q_EMIT notificationsEnabledChanged(enabled);
    });
    m_showAction = new QAction(tr("&Show Lepton Console"), this);
    m_showAction->setObjectName(QStringLiteral("trayShowAction"));
    connect(m_showAction, &QAction::triggered, this, &TrayIcon::showWindowRequested);

    m_notificationsAction = new QAction(tr("Desktop &Notifications"), this);
    m_notificationsAction->setObjectName(QStringLiteral("notificationsAction"));
    m_notificationsAction->setCheckable(true);
    m_notificationsAction->setChecked(notificationsEnabled());
    m_notificationsAction->setToolTip(tr("Tell me about new alerts and when a pause or resume finishes"));
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
    if (model) {
        // The badge counts the model's problems.
        connect(model, &QAbstractItemModel::rowsInserted, this, [this] { updateIcon(); });
        connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { updateIcon(); });
        connect(model, &QAbstractItemModel::dataChanged, this, [this] { updateIcon(); });
        connect(model, &QAbstractItemModel::modelReset, this, [this] { updateIcon(); });
        connect(model, &QAbstractItemModel::layoutChanged, this, [this] { updateIcon(); });
    }
    updateIcon();
}

void TrayIcon::setAlertBook(AlertBook *book)
{
    if (m_alertBook)
        disconnect(m_alertBook, nullptr, this, nullptr);
    m_alertBook = book;
    const auto recount = [this] {
        const int count = m_alertBook ? m_alertBook->openCount() : 0;
        if (count != m_alertCount) {
            m_alertCount = count;
            Q_EMIT alertCountChanged(count);
        }
        updateIcon();
    };
    if (book) {
        connect(book, &AlertBook::openCountChanged, this, recount);
        connect(book, &AlertBook::reset, this, recount);
        connect(book, &QObject::destroyed, this, [this] {
            m_alertCount = 0;
            updateIcon();
        });
    }
    recount();
}

int TrayIcon::badgeCount() const
{
    return m_alertBook ? m_alertCount : std::max(0, m_troubleCount);
}

void TrayIcon::setWorkspaceName(const QString &name)
{
    m_workspaceName = name;
    m_center->setWorkspaceName(name);
    updateIcon();
}

void TrayIcon::setWindow(QWidget *window)
{
    m_window = window;
}

bool TrayIcon::notificationsEnabled() const
{
    return m_center->isEnabled();
}

void TrayIcon::setNotificationsEnabled(bool enabled)
{
    m_center->setEnabled(enabled);
    m_notificationsAction->setChecked(enabled);
}

void TrayIcon::setTokenWarning(const QString &message)
{
    if (message == m_tokenWarning)
        return;
    m_tokenWarning = message;
    if (m_tray)
        m_tray->setToolTip(toolTip());
}

void TrayIcon::notifyPauseFinished(const PauseOutcome &outcome)
{
    m_center->notifyPauseFinished(outcome);
}

TrayIcon::Notification TrayIcon::describe(const NotificationCenter::Notification &posted)
{
    using Kind = NotificationCenter::Notification::Kind;
    Notification n;
    n.icon = posted.isWarning() ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information;
    const QString name = posted.deployments.value(0);
    switch (posted.kind) {
    case Kind::Paused:
        n.title = tr("Paused %1").arg(name);
        n.message = posted.message.isEmpty() ? tr("%1 is scaling down to zero replicas.").arg(name) : posted.message;
        break;
    case Kind::Resumed:
        n.title = tr("Resumed %1").arg(name);
        n.message = posted.message.isEmpty() ? tr("%1 is starting its replicas again.").arg(name) : posted.message;
        break;
    case Kind::NotChanged:
        n.title = tr("%1 was not changed").arg(name);
        n.message = posted.message;
        break;
    }
    return n;
}

void TrayIcon::post(const NotificationCenter::Notification &posted)
{
    if (m_window && m_window->isVisible() && m_window->isActiveWindow())
        return;
    const Notification notification = describe(posted);
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
    if (m_model) {
        const int count = std::max(0, m_troubleCount);
        text += QLatin1Char('\n');
        text += count == 0 ? tr("No deployment needs attention")
                           : tr("%n deployment(s) need attention", nullptr, count);
    }
    if (m_alertBook) {
        text += QLatin1Char('\n');
        text += m_alertCount == 0 ? tr("No open alerts") : tr("%n open alert(s)", nullptr, m_alertCount);
    }
    if (!m_tokenWarning.isEmpty())
        text += QLatin1Char('\n') + m_tokenWarning;
    return text;
}

void TrayIcon::updateIcon()
{
    const int count = m_model ? m_model->problemCount() : 0;
    if (count != m_troubleCount || m_icon.isNull()) {
        const bool changed = m_troubleCount >= 0 && count != m_troubleCount;
        m_troubleCount = count;
        if (changed)
            Q_EMIT troubleCountChanged(count);
    }
    // The icon is drawn again only when its number changes.
    if (badgeCount() != m_badgeCount || m_icon.isNull()) {
        m_badgeCount = badgeCount();
        m_iconStale = true;
        if (!m_renderSoon.isActive())
            m_renderSoon.start();
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
        icon.addPixmap(QPixmap::fromImage(renderIcon(std::max(0, m_badgeCount), size)));
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
    return renderIcon(count, size, devicePixelRatio, QGuiApplication::palette());
}

QImage TrayIcon::renderIcon(int count, int size, qreal devicePixelRatio, const QPalette &palette)
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
        // ring so it stands out on the icon and on the panel (colours below). The
        // number is text: it says the count without relying on the colour.
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
        // An alarm red that keeps a contrast of 3:1 against the palette's window (light or
        // dark theme), ringed in the window colour, its number in the palette's highlighted
        // text colour moved to a readable contrast on the red.
        const QColor window = palette.color(QPalette::Window);
        const QColor fill = ToneColors::withContrast(QColor::fromHsl(4, 200, 110), window, 3.0);
        painter.setPen(QPen(window, ring));
        painter.setBrush(fill);
        painter.drawPath(path);

        painter.setFont(font);
        painter.setPen(ToneColors::withContrast(palette.color(QPalette::HighlightedText), fill));
        painter.drawText(badge, Qt::AlignCenter, label);
    }
    painter.end();
    image.setDevicePixelRatio(devicePixelRatio);
    return image;
}
