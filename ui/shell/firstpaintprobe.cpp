#include "ui/shell/firstpaintprobe.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

FirstPaintProbe::FirstPaintProbe(QWidget *widget, std::function<void()> painted)
    : QObject(widget)
    , m_painted(std::move(painted))
{
    widget->installEventFilter(this);
    widget->update();
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_fired) {
        m_fired = true;
        // The paint event is being delivered now; report once it has been handled.
        QTimer::singleShot(0, this, [this] { m_painted(); });
    }
    return QObject::eventFilter(watched, event);
}
