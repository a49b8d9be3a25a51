#pragma once

#include "ui/schedule/pausedweek.h"

#include <QDateTime>
#include <QWidget>

// Seven days by 24 hours of a schedule (a PausedWeek): paused hours filled, running hours
// empty, the days labelled on the left and the hours on top, exception days hatched, a marker
// at now, and a legend. Colours come from the palette (ToneColors, the badge's "Paused"
// tone), so the strip reads in dark themes as in light ones; the week in words is the
// widget's accessible description and tooltip (PausedWeek::description), each day's in words
// the tooltip of its row.
class WeekStrip : public QWidget
{
    Q_OBJECT

public:
    explicit WeekStrip(QWidget *parent = nullptr);

    void setWeek(const PausedWeek &week);
    const PausedWeek &week() const { return m_week; }
    // Where the now marker goes; an instant outside the week shows none.
    void setNow(const QDateTime &now);
    QDateTime now() const { return m_now; }

    // The week in words (the accessible description).
    QString description() const { return m_week.description(); }

    // The rectangle of day `day`'s row of hours, for tooltips and the tests.
    QRect dayRect(int day) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    int labelWidth() const;
    int headerHeight() const;
    int rowHeight() const;
    int legendHeight() const;
    QRect gridRect() const;
    void updateTexts();

    PausedWeek m_week;
    QDateTime m_now;
};
