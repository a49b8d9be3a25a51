#include "ui/widgets/errorbanner.h"

#include "ui/widgets/tonecolors.h"

#include <QAccessible>
#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QToolButton>

namespace {

struct KindStyle {
    ErrorBanner::Kind kind;
    int hue;
    double saturation;
};
constexpr KindStyle kKindStyles[] = {
    {ErrorBanner::Kind::Error, 0, 0.75},
    {ErrorBanner::Kind::Offline, 25, 0.80},
    {ErrorBanner::Kind::Warning, 42, 0.85},
    {ErrorBanner::Kind::Info, 212, 0.60},
    {ErrorBanner::Kind::Success, 140, 0.55},
};

const KindStyle &styleOf(ErrorBanner::Kind kind)
{
    for (const KindStyle &style : kKindStyles) {
        if (style.kind == kind)
            return style;
    }
    return kKindStyles[0];
}

} // namespace

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("errorBanner"));
    setAccessibleName(tr("Message"));
    setFrameShape(QFrame::NoFrame);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_prefix = new QLabel(this);
    m_prefix->setObjectName(QStringLiteral("errorBannerPrefix"));
    m_prefix->setTextFormat(Qt::PlainText);
    QFont bold = m_prefix->font();
    bold.setBold(true);
    m_prefix->setFont(bold);

    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("errorBannerText"));
    m_text->setTextFormat(Qt::PlainText);   // server messages are never markup
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFocusPolicy(Qt::TabFocus);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_retry = new QPushButton(tr("&Retry"), this);
    m_retry->setObjectName(QStringLiteral("errorBannerRetry"));
    m_retry->setAccessibleName(tr("Retry"));
    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);

    m_undo = new QPushButton(tr("&Undo"), this);
    m_undo->setObjectName(QStringLiteral("errorBannerUndo"));
    m_undo->setAccessibleName(tr("Undo"));
    connect(m_undo, &QPushButton::clicked, this, &ErrorBanner::undo);

    m_actionButton = new QPushButton(this);
    m_actionButton->setObjectName(QStringLiteral("errorBannerAction"));
    m_actionButton->setAccessibleName(tr("Action"));
    m_actionButton->hide();
    connect(m_actionButton, &QPushButton::clicked, this, [this] {
        if (m_action)
            m_action->trigger();
    });

    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("errorBannerClose"));
    m_close->setText(QStringLiteral("✕"));
    m_close->setAccessibleName(tr("Close message"));
    m_close->setToolTip(tr("Close this message (Esc)"));
    m_close->setAutoRaise(true);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hideBanner();
        Q_EMIT dismissed();
    });

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_prefix);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    layout->addWidget(m_undo);
    layout->addWidget(m_actionButton);
    layout->addWidget(m_close);

    setTabOrder(m_text, m_retry);
    setTabOrder(m_retry, m_undo);
    setTabOrder(m_undo, m_actionButton);
    setTabOrder(m_actionButton, m_close);

    m_autoHide.setSingleShot(true);
    connect(&m_autoHide, &QTimer::timeout, this, [this] {
        hideBanner();
        Q_EMIT dismissed();
    });

    applyColors();
    hide();
}

ErrorBanner::~ErrorBanner() = default;

QString ErrorBanner::prefixFor(Kind kind)
{
    switch (kind) {
    case Kind::Error: return tr("Error:");
    case Kind::Offline: return tr("Offline:");
    case Kind::Warning: return tr("Warning:");
    case Kind::Info: return tr("Note:");
    case Kind::Success: return tr("Done:");
    }
    return QString();
}

void ErrorBanner::showMessage(Kind kind, const QString &message, bool retry, std::function<void()> undo)
{
    m_kind = kind;
    m_message = message;
    m_undoAction = std::move(undo);

    m_prefix->setText(prefixFor(kind));
    m_text->setText(message);
    m_retry->setVisible(retry);
    m_undo->setVisible(bool(m_undoAction));
    applyColors();

    const QString announced = prefixFor(kind) + QLatin1Char(' ') + message;
    setAccessibleName(announced);
    setAccessibleDescription(message);
    m_text->setAccessibleName(announced);

    m_autoHide.stop();
    if ((kind == Kind::Info || kind == Kind::Success) && m_autoHideInterval.count() > 0) {
        m_autoHide.setInterval(m_autoHideInterval);
        if (!underMouse())
            m_autoHide.start();
    }

    show();
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void ErrorBanner::showError(const QString &message, bool retry)
{
    showMessage(Kind::Error, message, retry);
}

void ErrorBanner::showOffline(const QString &message, bool retry)
{
    showMessage(Kind::Offline, message, retry);
}

void ErrorBanner::showWarning(const QString &message, bool retry)
{
    showMessage(Kind::Warning, message, retry);
}

void ErrorBanner::showInfo(const QString &message, std::function<void()> undo)
{
    showMessage(Kind::Info, message, false, std::move(undo));
}

void ErrorBanner::showSuccess(const QString &message, std::function<void()> undo)
{
    showMessage(Kind::Success, message, false, std::move(undo));
}

void ErrorBanner::hideBanner()
{
    m_autoHide.stop();
    m_undoAction = nullptr;
    hide();
}

void ErrorBanner::setAction(QAction *action)
{
    if (m_action)
        disconnect(m_action, nullptr, this, nullptr);
    m_action = action;
    const auto follow = [this] {
        m_actionButton->setVisible(m_action && m_action->isVisible());
        if (!m_action)
            return;
        m_actionButton->setText(m_action->text());
        m_actionButton->setAccessibleName(m_action->iconText().isEmpty() ? tr("Action") : m_action->iconText());
        m_actionButton->setToolTip(m_action->toolTip());
        m_actionButton->setEnabled(m_action->isEnabled());
    };
    if (m_action) {
        connect(m_action, &QAction::changed, this, follow);
        connect(m_action, &QObject::destroyed, this, [this] { setAction(nullptr); });
    }
    follow();
}

void ErrorBanner::setAutoHideInterval(std::chrono::milliseconds interval)
{
    m_autoHideInterval = interval;
    if (interval.count() <= 0)
        m_autoHide.stop();
}

void ErrorBanner::undo()
{
    // Taken out first: the action may show another message on this very banner.
    std::function<void()> action = std::exchange(m_undoAction, nullptr);
    hideBanner();
    if (action)
        action();
    Q_EMIT undoTriggered();
}

void ErrorBanner::applyColors()
{
    const KindStyle &style = styleOf(m_kind);
    const ToneColors::Swatch colors = ToneColors::swatch(style.hue, style.saturation, palette(), QPalette::Window);
    for (QLabel *label : {m_prefix, m_text}) {
        QPalette labelPalette = label->palette();
        labelPalette.setColor(QPalette::WindowText, colors.text);
        labelPalette.setColor(QPalette::Text, colors.text);
        label->setPalette(labelPalette);
    }
    update();
}

void ErrorBanner::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    const KindStyle &style = styleOf(m_kind);
    const ToneColors::Swatch colors = ToneColors::swatch(style.hue, style.saturation, palette(), QPalette::Window);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(colors.border, 1.0));
    painter.setBrush(colors.fill);
    const qreal radius = std::max(2, fontMetrics().height() / 4);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
}

void ErrorBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyColors();
    QFrame::changeEvent(event);
}

bool ErrorBanner::event(QEvent *event)
{
    // A message the user is reading (pointer on it) does not vanish under them.
    if (event->type() == QEvent::Enter) {
        m_autoHide.stop();
    } else if (event->type() == QEvent::Leave) {
        if ((m_kind == Kind::Info || m_kind == Kind::Success) && m_autoHideInterval.count() > 0 && isVisible())
            m_autoHide.start(m_autoHideInterval);
    }
    return QFrame::event(event);
}

void ErrorBanner::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hideBanner();
        Q_EMIT dismissed();
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}
