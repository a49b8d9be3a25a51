#pragma once

#include "app/deployments/statuspresentation.h"
#include "ui/widgets/tonecolors.h"

#include <QStyledItemDelegate>

// Paints the Status column as a rounded pill with the badge (BadgeLabelRole, the word and its details) in it, so
// the state is always readable as a word and colour is never the only signal. Colours come
// from a state table per StatusPresentation::Tone, derived from the view's palette (light
// and dark themes), with text contrast of at least 4.5:1 against the pill.
//
// Transitional rows (AnimatedRole) carry a small spinner. The delegate runs no timer: its
// owner advances the spinner with setAnimationPhase() (see BadgeAnimator, which runs one
// timer for the whole view and only while an animated row is visible).
//
// The display and accessible text stay the model's words, so copy-paste and screen
// readers get "Ready", not a picture; the tooltip is the model's ToolTipRole (the raw
// server state for unknown states).
class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // Positions of the spinner per turn; setAnimationPhase() wraps around this.
    static constexpr int AnimationPhases = 12;

    explicit StatusBadgeDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    void setAnimationPhase(int phase);
    int animationPhase() const { return m_phase; }

    // What the badge says: BadgeLabelRole, else BadgeTextRole, else the display text, else "Unknown".
    static QString badgeText(const QModelIndex &index);
    // The state table: fill, text and border of a tone in this palette. Selected rows keep
    // the same pill (plus a ring in the selection's text colour), so the text contrast never
    // depends on the highlight colour.
    static ToneColors::Swatch colorsFor(StatusPresentation::Tone tone, const QPalette &palette);
    // Where the pill is drawn inside a cell of `cellRect`, for a badge with `text`.
    QRect pillRect(const QStyleOptionViewItem &option, const QString &text, bool animated) const;

private:
    // The pill (fill, outline, spinner, word) in `pill`, for the pixmap paint() caches.
    void drawPill(QPainter *painter, const QRect &pill, const QStyleOptionViewItem &opt, const QString &text,
                  const ToneColors::Swatch &colors, Qt::PenStyle outline, bool animated) const;
    QSize pillSize(const QFontMetrics &metrics, const QString &text, bool animated) const;

    int m_phase = 0;
};
