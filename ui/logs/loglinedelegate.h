#pragma once

#include <QStyledItemDelegate>

class LogBufferModel;

// Paints one log line in a fixed-pitch font, with every occurrence of the model's search text
// on a highlight background (the palette's Highlight / HighlightedText), and wraps it at the
// view's width when wrapping is on.
class LogLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit LogLineDelegate(LogBufferModel *model, QObject *parent = nullptr);

    void setWrap(bool wrap) { m_wrap = wrap; }
    bool wrap() const { return m_wrap; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Where `search` occurs in `line` (case-insensitive): start and length of each.
    static QList<QPair<int, int>> matchRanges(const QString &line, const QString &search);

private:
    LogBufferModel *m_model;
    bool m_wrap = false;
};
