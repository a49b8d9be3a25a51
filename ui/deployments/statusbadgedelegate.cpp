#include "ui/deployments/statusbadgedelegate.h"

#include "app/deployments/deploymenttablemodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>

namespace {

// Hue (degrees) and saturation per tone. Unknown and Stopped are neutral; Unknown is also
// drawn with a dashed outline so the two differ by shape as well as by word.
struct ToneStyle {
    StatusPresentation::Tone tone;
    int hue;
    double saturation;
    Qt::PenStyle outline;
};
constexpr ToneStyle kToneStyles[] = {
    {StatusPresentation::Tone::Good, 140, 0.60, Qt::SolidLine},
    {StatusPresentation::Tone::Busy, 212, 0.70, Qt::SolidLine},
    {StatusPresentation::Tone::Paused, 275, 0.45, Qt::SolidLine},
    {StatusPresentation::Tone::Stopped, 0, 0.0, Qt::SolidLine},
    {StatusPresentation::Tone::Bad, 0, 0.75, Qt::SolidLine},
    {StatusPresentation::Tone::Unknown, 35, 0.12, Qt::DashLine},
};

const ToneStyle &styleOf(StatusPresentation::Tone tone)
{
    for (const ToneStyle &style : kToneStyles) {
        if (style.tone == tone)
            return style;
    }
    return kToneStyles[std::size(kToneStyles) - 1];
}

StatusPresentation::Tone toneOf(const QModelIndex &index)
{
    const QVariant value = index.data(DeploymentTableModel::BadgeToneRole);
    if (!value.isValid())
        return StatusPresentation::Tone::Unknown;
    const int tone = value.toInt();
    if (tone < int(StatusPresentation::Tone::Good) || tone > int(StatusPresentation::Tone::Unknown))
        return StatusPresentation::Tone::Unknown;
    return StatusPresentation::Tone(tone);
}

// Spacing inside and around the pill, in multiples of the font's x-height-ish unit so the
// pill scales with the font rather than with fixed pixels.
int unit(const QFontMetrics &metrics)
{
    return std::max(2, metrics.height() / 4);
}

// The text's width rounded up from its fractional advance, so that a pill sized for a word
// never elides it.
int textWidth(const QFontMetrics &metrics, const QString &text)
{
    return metrics.boundingRect(text).width() > metrics.horizontalAdvance(text)
        ? metrics.boundingRect(text).width() + 1
        : metrics.horizontalAdvance(text) + 1;
}

int spinnerDiameter(const QFontMetrics &metrics)
{
    return std::max(4, metrics.height() - unit(metrics));
}

} // namespace

StatusBadgeDelegate::StatusBadgeDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void StatusBadgeDelegate::setAnimationPhase(int phase)
{
    m_phase = ((phase % AnimationPhases) + AnimationPhases) % AnimationPhases;
}

QString StatusBadgeDelegate::badgeText(const QModelIndex &index)
{
    QString text = index.data(DeploymentTableModel::BadgeLabelRole).toString();
    if (text.isEmpty())
        text = index.data(DeploymentTableModel::BadgeTextRole).toString();
    if (text.isEmpty())
        text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        text = tr("Unknown");
    return text;
}

ToneColors::Swatch StatusBadgeDelegate::colorsFor(StatusPresentation::Tone tone, const QPalette &palette)
{
    const ToneStyle &style = styleOf(tone);
    // The pill sits on the view's Base colour, so that decides light or dark.
    return ToneColors::swatch(style.hue, style.saturation, palette, QPalette::Base);
}

QSize StatusBadgeDelegate::pillSize(const QFontMetrics &metrics, const QString &text, bool animated) const
{
    const int u = unit(metrics);
    int width = textWidth(metrics, text) + 4 * u;
    if (animated)
        width += spinnerDiameter(metrics) + u;   // the spinner and a gap
    return QSize(width, metrics.height() + u);
}

QRect StatusBadgeDelegate::pillRect(const QStyleOptionViewItem &option, const QString &text, bool animated) const
{
    const QFontMetrics metrics(option.font);
    const int u = unit(metrics);
    const QRect cell = option.rect.adjusted(u, 0, -u, 0);
    QSize size = pillSize(metrics, text, animated);
    size.setWidth(std::min(size.width(), cell.width()));
    size.setHeight(std::min(size.height(), option.rect.height()));
    QRect pill(QPoint(0, 0), size);
    pill.moveTop(cell.top() + (cell.height() - size.height()) / 2);
    if (option.direction == Qt::RightToLeft)
        pill.moveRight(cell.right());
    else
        pill.moveLeft(cell.left());
    return pill;
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetrics metrics(opt.font);
    const bool animated = index.data(DeploymentTableModel::AnimatedRole).toBool();
    const QSize pill = pillSize(metrics, badgeText(index), animated);
    const int u = unit(metrics);
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return QSize(pill.width() + 2 * u, std::max(base.height(), pill.height() + u));
}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);

    // The cell itself (selection, focus, alternate rows) as the style draws it, without text.
    const QString text = badgeText(index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const StatusPresentation::Tone tone = toneOf(index);
    const bool animated = index.data(DeploymentTableModel::AnimatedRole).toBool();
    const ToneColors::Swatch colors = colorsFor(tone, opt.palette);
    const QRect pill = pillRect(opt, text, animated);
    const bool selected = opt.state & QStyle::State_Selected;

    // The pill itself looks the same on every row with the same word and state: it is drawn
    // once into a pixmap and blitted after that, so a repaint shapes no text for it.
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QString key = QStringLiteral("lepton-badge:%1:%2:%3:%4x%5:%6:%7:%8:%9")
                            .arg(text)
                            .arg(int(tone))
                            .arg(animated ? m_phase : -1)
                            .arg(pill.width())
                            .arg(pill.height())
                            .arg(dpr)
                            .arg(int(opt.direction))
                            .arg(QString::number(colors.fill.rgba(), 16) + QString::number(colors.border.rgba(), 16)
                                 + QString::number(colors.text.rgba(), 16))
                            .arg(opt.font.key());
    QPixmap pixmap;
    if (!QPixmapCache::find(key, &pixmap)) {
        pixmap = QPixmap((QSizeF(pill.size()) * dpr).toSize());
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        QPainter pillPainter(&pixmap);
        drawPill(&pillPainter, QRect(QPoint(0, 0), pill.size()), opt, text, colors, styleOf(tone).outline, animated);
        pillPainter.end();
        QPixmapCache::insert(key, pixmap);
    }
    // A row the server could not confirm lately (stale) is dimmed, its word still readable.
    const bool stale = index.data(DeploymentTableModel::StaleRole).toBool();
    if (stale) {
        painter->save();
        painter->setOpacity(0.6);
    }
    painter->drawPixmap(pill.topLeft(), pixmap);
    if (stale)
        painter->restore();

    if (selected) {
        // A ring in the selection's text colour keeps the pill's edge visible on the highlight.
        const QPalette::ColorGroup group = opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
        const qreal radius = pill.height() / 2.0;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(QPen(opt.palette.color(group, QPalette::HighlightedText), 1.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(pill).adjusted(-0.5, -0.5, 0.5, 0.5), radius + 1, radius + 1);
        painter->restore();
    }
}

void StatusBadgeDelegate::drawPill(QPainter *painter, const QRect &pill, const QStyleOptionViewItem &opt,
                                   const QString &text, const ToneColors::Swatch &colors, Qt::PenStyle outline,
                                   bool animated) const
{
    const QFontMetrics metrics(opt.font);
    const int u = unit(metrics);
    painter->setRenderHint(QPainter::Antialiasing, true);
    const qreal radius = pill.height() / 2.0;
    painter->setPen(QPen(colors.border, 1.0, outline));
    painter->setBrush(colors.fill);
    painter->drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);

    QRect textRect = pill.adjusted(2 * u, 0, -2 * u, 0);
    if (animated) {
        // A three-quarter ring whose gap turns with the phase.
        const int diameter = spinnerDiameter(metrics);
        QRect spinner(0, 0, diameter, diameter);
        spinner.moveCenter(QPoint(0, pill.center().y()));
        if (opt.direction == Qt::RightToLeft) {
            spinner.moveRight(textRect.right());
            textRect.setRight(spinner.left() - u);
        } else {
            spinner.moveLeft(textRect.left());
            textRect.setLeft(spinner.right() + u);
        }
        QPen ring(colors.text, std::max(1.5, diameter / 6.0), Qt::SolidLine, Qt::RoundCap);
        painter->setPen(ring);
        painter->setBrush(Qt::NoBrush);
        const int startAngle = -m_phase * (360 / AnimationPhases) * 16;
        painter->drawArc(QRectF(spinner).adjusted(1, 1, -1, -1), startAngle, 270 * 16);
    }

    painter->setPen(colors.text);
    painter->setFont(opt.font);
    // Elided only when the column is narrower than the pill would like.
    const QString shown = textRect.width() >= textWidth(metrics, text)
        ? text
        : metrics.elidedText(text, Qt::ElideRight, std::max(0, textRect.width()));
    painter->drawText(textRect, Qt::AlignCenter | Qt::TextSingleLine | Qt::TextDontClip, shown);
}
