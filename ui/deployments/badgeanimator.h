#pragma once

#include <QList>
#include <QMetaObject>
#include <QModelIndex>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QAbstractItemModel;
class QAbstractItemView;
class StatusBadgeDelegate;

// Drives the spinners of a StatusBadgeDelegate with ONE timer for the whole view.
//
// The timer runs only while the view is shown and at least one row in the viewport has
// AnimatedRole set in the badge column; it stops as soon as none does (rows scrolled away,
// states settled, view hidden or minimised). Each tick advances the delegate's phase and
// repaints only the animated badge cells. It follows the view's model, proxy or not, and
// notices when the model is replaced.
class BadgeAnimator : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultInterval {100};

    // `column` is the badge column in the view's model. The animator is a child of the
    // view unless another parent is given.
    BadgeAnimator(QAbstractItemView *view, StatusBadgeDelegate *delegate, int column,
                  QObject *parent = nullptr);
    ~BadgeAnimator() override;

    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const;
    bool isRunning() const { return m_timer.isActive(); }
    int phase() const { return m_phase; }
    int column() const { return m_column; }

    // The badge cells in the viewport that animate now.
    QList<QModelIndex> visibleAnimatedIndexes() const;

public Q_SLOTS:
    // Decides at once whether the timer should run. Called by itself (coalesced) whenever
    // the model, the scroll position, the viewport size or the view's visibility changes.
    void recheck();

Q_SIGNALS:
    void runningChanged(bool running);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleRecheck();
    void followModel();
    void tick();
    void setRunning(bool running);

    QPointer<QAbstractItemView> m_view;
    QPointer<StatusBadgeDelegate> m_delegate;
    QPointer<QAbstractItemModel> m_model;
    QPointer<QWidget> m_window;
    QList<QMetaObject::Connection> m_modelConnections;
    int m_column = 0;
    int m_phase = 0;
    QTimer m_timer;
    QTimer m_recheckSoon;
};
