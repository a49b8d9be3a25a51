#pragma once

#include <QCache>
#include <QFont>
#include <QStaticText>
#include <QStyledItemDelegate>

// Paints plain text cells as QStyledItemDelegate does (the style draws the cell's background,
// selection and focus), but keeps each cell's text laid out, elided to the column's width,
// between paints. A table repaint (every refresh, every scroll step) then draws glyphs that
// are already shaped instead of shaping and eliding every cell's text again, which is most of
// the cost of painting a table with thousands of rows in view over time.
//
// Cells it cannot draw the same way (an icon, a check box, wrapped text) go to the base class.
class TextCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit TextCellDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The text as drawn in a cell `width` pixels wide: elided with `mode` where it does not fit.
    QString shownText(const QString &text, const QFont &font, int width, Qt::TextElideMode mode) const;
    // Entries held (for tests): a repaint of the same cells adds none.
    int cachedEntries() const { return m_cache.count(); }

private:
    const QStaticText &laidOut(const QString &text, const QFont &font, int width, Qt::TextElideMode mode) const;

    // Keyed by text, width and elide mode; emptied when the font changes.
    mutable QCache<QString, QStaticText> m_cache;
    mutable QFont m_cacheFont;
};
