#include "ui/schedule/weekstrip.h"

#include "ui/widgets/tonecolors.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace {

// The badge's "Paused" tone (StatusBadgeDelegate), so a paused hour looks like a paused row.
constexpr int PausedHue = 275;
constexpr double PausedSaturation = 0.45;
constexpr int HoursPerDay = 24;
constexpr int HourLabelStep = 3;

} // namespace

WeekStrip::WeekStrip(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("weekStrip"));
    setAccessibleName(tr("Week of the schedule"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    updateTexts();
}

void WeekStrip::setWeek(const PausedWeek &week)
{
    m_week = week;
    updateTexts();
    updateGeometry();
    update();
}

void WeekStrip::setNow(const QDateTime &now)
{
    m_now = now;
    update();
}

void WeekStrip::updateTexts()
{
    const QString text = m_week.isValid() ? m_week.description() : tr("No schedule");
    setAccessibleDescription(text);
    setToolTip(text);
}

int WeekStrip::labelWidth() const
{
    const QFontMetrics metrics(font());
    int width = 0;
    for (int i = 0; i < PausedWeek::DayCount; ++i)
        width = std::max(width, metrics.horizontalAdvance(QLocale().toString(m_week.isValid() ? m_week.day(i) : QDate(2026, 12, 7 + i), QStringLiteral("ddd d"))));
    return width + metrics.averageCharWidth() * 2;
}

int WeekStrip::headerHeight() const
{
    return QFontMetrics(font()).height() + 2;
}

int WeekStrip::rowHeight() const
{
    return QFontMetrics(font()).height() + 4;
}

int WeekStrip::legendHeight() const
{
    return QFontMetrics(font()).height() + 6;
}

QRect WeekStrip::gridRect() const
{
    const int left = labelWidth();
    const int hourWidth = std::max(1, (width() - left - 2) / HoursPerDay);
    return QRect(left, headerHeight(), hourWidth * HoursPerDay, rowHeight() * PausedWeek::DayCount);
}

QRect WeekStrip::dayRect(int day) const
{
    const QRect grid = gridRect();
    return QRect(grid.left(), grid.top() + day * rowHeight(), grid.width(), rowHeight());
}

QSize WeekStrip::sizeHint() const
{
    const QFontMetrics metrics(font());
    return QSize(labelWidth() + HoursPerDay * metrics.horizontalAdvance(QStringLiteral("00")),
                 headerHeight() + rowHeight() * PausedWeek::DayCount + legendHeight());
}

QSize WeekStrip::minimumSizeHint() const
{
    const QFontMetrics metrics(font());
    return QSize(labelWidth() + HoursPerDay * metrics.averageCharWidth(), sizeHint().height());
}

bool WeekStrip::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_week.isValid()) {
        const auto *help = static_cast<QHelpEvent *>(event);
        for (int i = 0; i < PausedWeek::DayCount; ++i) {
            QRect row = dayRect(i);
            row.setLeft(0);
            if (row.contains(help->pos())) {
                QToolTip::showText(help->globalPos(), m_week.dayDescription(i), this, row);
                return true;
            }
        }
    }
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        updateGeometry();
    return QWidget::event(event);
}

void WeekStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette pal = palette();
    const ToneColors::Swatch paused = ToneColors::swatch(PausedHue, PausedSaturation, pal, QPalette::Window);
    // A paused hour is filled with the tone's border colour: stronger than its pale fill, so
    // it stands apart from a running hour (Base) in both themes.
    const QColor pausedFill = paused.border;
    const QColor text = pal.color(QPalette::WindowText);
    const QColor gridLine = pal.color(QPalette::Mid);
    const QRect grid = gridRect();
    const int hourWidth = grid.width() / HoursPerDay;
    const QFontMetrics metrics(font());

    painter.setPen(text);
    for (int hour = 0; hour <= HoursPerDay; hour += HourLabelStep) {
        const int x = grid.left() + hour * hourWidth;
        const QString label = QString::number(hour);
        const int w = metrics.horizontalAdvance(label);
        painter.drawText(QRect(std::clamp(x - w / 2, grid.left(), width() - w), 0, w, headerHeight()), Qt::AlignCenter, label);
    }

    for (int day = 0; day < PausedWeek::DayCount; ++day) {
        const QRect row = dayRect(day);
        const QDate date = m_week.isValid() ? m_week.day(day) : QDate();
        QFont labelFont = font();
        labelFont.setItalic(m_week.isValid() && m_week.isException(day));
        painter.setFont(labelFont);
        painter.setPen(text);
        painter.drawText(QRect(0, row.top(), grid.left() - metrics.averageCharWidth(), row.height()),
                         Qt::AlignRight | Qt::AlignVCenter,
                         date.isValid() ? QLocale().toString(date, QStringLiteral("ddd d")) : QString());
        painter.setFont(font());
        painter.fillRect(row.adjusted(0, 1, 0, -1), pal.color(QPalette::Base));
        for (const PausedWeek::Range &range : m_week.pausedRanges(day)) {
            const int x1 = row.left() + range.from * row.width() / PausedWeek::MinutesPerDay;
            const int x2 = row.left() + range.to * row.width() / PausedWeek::MinutesPerDay;
            painter.fillRect(QRect(x1, row.top() + 1, x2 - x1, row.height() - 2), pausedFill);
        }
        if (m_week.isValid() && m_week.isException(day))
            painter.fillRect(row.adjusted(0, 1, 0, -1), QBrush(text, Qt::BDiagPattern));
        painter.setPen(gridLine);
        for (int hour = 0; hour <= HoursPerDay; ++hour) {
            const int x = row.left() + hour * hourWidth;
            const int inset = hour % HourLabelStep == 0 ? 1 : row.height() / 3;
            painter.drawLine(x, row.top() + inset, x, row.bottom() - inset);
        }
    }
    painter.setPen(gridLine);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(grid.adjusted(0, 0, -1, -1));

    // Now: a line across today's row in the highlight colour, with a notch above it.
    if (m_now.isValid() && m_week.isValid()) {
        const int day = m_week.dayOf(m_now);
        if (day >= 0) {
            const QRect row = dayRect(day);
            const int x = row.left() + m_week.minuteOf(m_now) * row.width() / PausedWeek::MinutesPerDay;
            QPen pen(pal.color(QPalette::Highlight), 2);
            painter.setPen(pen);
            painter.drawLine(x, row.top() - 2, x, row.bottom() + 2);
        }
    }

    // The legend says what the fills mean in words.
    const int legendTop = grid.bottom() + 4;
    const int box = metrics.height() - 4;
    int x = grid.left();
    const auto legendEntry = [&](const QBrush &brush, const QString &label) {
        const QRect swatchRect(x, legendTop + 2, box, box);
        painter.fillRect(swatchRect, pal.color(QPalette::Base));
        painter.fillRect(swatchRect, brush);
        painter.setPen(gridLine);
        painter.drawRect(swatchRect.adjusted(0, 0, -1, -1));
        painter.setPen(text);
        const int w = metrics.horizontalAdvance(label);
        painter.drawText(QRect(x + box + 4, legendTop, w, metrics.height()), Qt::AlignVCenter, label);
        x += box + 4 + w + metrics.averageCharWidth() * 3;
    };
    legendEntry(pausedFill, tr("Paused"));
    legendEntry(pal.color(QPalette::Base), tr("Running"));
    legendEntry(QBrush(text, Qt::BDiagPattern), tr("Exception"));
    if (m_now.isValid() && m_week.isValid() && m_week.dayOf(m_now) >= 0) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
        painter.drawLine(x + box / 2, legendTop + 2, x + box / 2, legendTop + 2 + box);
        painter.setPen(text);
        painter.drawText(QRect(x + box + 4, legendTop, metrics.horizontalAdvance(tr("Now")), metrics.height()), Qt::AlignVCenter, tr("Now"));
    }
}
