#include "ui/logs/loglinedelegate.h"

#include "app/logs/logbuffermodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace {

constexpr int Margin = 4;

// Lays `text` out at `width` (unbounded when not wrapping); returns the height it takes.
qreal layOut(QTextLayout &layout, qreal width, bool wrap)
{
    QTextOption textOption;
    textOption.setWrapMode(wrap ? QTextOption::WrapAtWordBoundaryOrAnywhere : QTextOption::NoWrap);
    layout.setTextOption(textOption);
    layout.beginLayout();
    qreal height = 0;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(wrap ? std::max<qreal>(1, width) : 1e6);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}

} // namespace

LogLineDelegate::LogLineDelegate(LogBufferModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{
}

QList<QPair<int, int>> LogLineDelegate::matchRanges(const QString &line, const QString &search)
{
    QList<QPair<int, int>> ranges;
    if (search.isEmpty())
        return ranges;
    qsizetype at = line.indexOf(search, 0, Qt::CaseInsensitive);
    while (at >= 0) {
        ranges.append({int(at), int(search.size())});
        at = line.indexOf(search, at + search.size(), Qt::CaseInsensitive);
    }
    return ranges;
}

void LogLineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    // The selection and focus frame as the style draws them, then the text ourselves.
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    QTextLayout layout(text, opt.font);
    QList<QTextLayout::FormatRange> formats;
    for (const auto &[start, length] : matchRanges(text, m_model->searchText())) {
        QTextLayout::FormatRange range;
        range.start = start;
        range.length = length;
        // The search hit stands out from a selected row too: the selection's colours swapped.
        range.format.setBackground(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Highlight));
        range.format.setForeground(opt.palette.color(group, selected ? QPalette::Highlight : QPalette::HighlightedText));
        formats.append(range);
    }
    layout.setFormats(formats);
    const QRect area = opt.rect.adjusted(Margin, 0, -Margin, 0);
    layOut(layout, area.width(), m_wrap);
    painter->save();
    painter->setClipRect(opt.rect);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    layout.draw(painter, area.topLeft());
    painter->restore();
}

QSize LogLineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    if (!m_wrap)
        return QSize(metrics.horizontalAdvance(index.data().toString()) + 2 * Margin, metrics.height());
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int width = (view ? view->viewport()->width() : option.rect.width()) - 2 * Margin;
    QTextLayout layout(index.data().toString(), option.font);
    const qreal height = layOut(layout, width, true);
    return QSize(width + 2 * Margin, std::max(metrics.height(), int(std::ceil(height))));
}
