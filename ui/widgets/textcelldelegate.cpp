#include "ui/widgets/textcelldelegate.h"

#include <QApplication>
#include <QPainter>

namespace {

// Laid-out cells kept: a few screens of a wide table.
constexpr int CachedCells = 4096;

} // namespace

TextCellDelegate::TextCellDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_cache(CachedCells)
{
}

QString TextCellDelegate::shownText(const QString &text, const QFont &font, int width, Qt::TextElideMode mode) const
{
    const QFontMetrics metrics(font);
    if (mode == Qt::ElideNone || metrics.horizontalAdvance(text) <= width)
        return text;
    return metrics.elidedText(text, mode, std::max(0, width));
}

const QStaticText &TextCellDelegate::laidOut(const QString &text, const QFont &font, int width,
                                             Qt::TextElideMode mode) const
{
    if (font != m_cacheFont) {
        m_cache.clear();
        m_cacheFont = font;
    }
    const QString key = QString::number(width) + QLatin1Char(':') + QString::number(int(mode)) + QLatin1Char(':') + text;
    if (const QStaticText *cached = m_cache.object(key))
        return *cached;
    auto *staticText = new QStaticText(shownText(text, font, width, mode));
    staticText->setTextFormat(Qt::PlainText);
    staticText->setPerformanceHint(QStaticText::AggressiveCaching);
    staticText->prepare(QTransform(), font);
    m_cache.insert(key, staticText);
    return *m_cache.object(key);
}

void TextCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool plain = !(opt.features & (QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator
                                         | QStyleOptionViewItem::WrapText))
        && !opt.text.contains(QLatin1Char('\n'));
    if (!plain) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    // The cell without its text, exactly as the style draws it.
    const QString text = std::exchange(opt.text, QString());
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;

    // The text where QCommonStyle puts it: inside the focus frame's margin.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
    const QStaticText &laid = laidOut(text, opt.font, textRect.width(), opt.textElideMode);
    const QSize size = laid.size().toSize();
    const QRect placed = QStyle::alignedRect(opt.direction, opt.displayAlignment, size, textRect);

    QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    painter->save();
    painter->setClipRect(textRect, Qt::IntersectClip);
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                                : QPalette::Text));
    painter->drawStaticText(placed.topLeft(), laid);
    painter->restore();
}
