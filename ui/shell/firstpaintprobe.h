#pragma once

#include <QObject>

#include <functional>

// Calls back once, right after a widget has finished its next paint (for the start-up
// figure: process start to the table painted with its rows).
class FirstPaintProbe : public QObject
{
    Q_OBJECT

public:
    FirstPaintProbe(QWidget *widget, std::function<void()> painted);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void()> m_painted;
    bool m_fired = false;
};
