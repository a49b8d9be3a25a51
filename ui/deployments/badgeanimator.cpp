#include "ui/deployments/badgeanimator.h"

#include "app/deployments/deploymenttablemodel.h"
#include "ui/deployments/statusbadgedelegate.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTreeView>

BadgeAnimator::BadgeAnimator(QAbstractItemView *view, StatusBadgeDelegate *delegate, int column, QObject *parent)
    : QObject(parent ? parent : view)
    , m_view(view)
    , m_delegate(delegate)
    , m_column(column)
{
    m_timer.setInterval(DefaultInterval);
    connect(&m_timer, &QTimer::timeout, this, &BadgeAnimator::tick);
    m_recheckSoon.setSingleShot(true);
    m_recheckSoon.setInterval(0);
    connect(&m_recheckSoon, &QTimer::timeout, this, &BadgeAnimator::recheck);

    if (!m_view)
        return;
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &BadgeAnimator::scheduleRecheck);
    connect(m_view->horizontalScrollBar(), &QScrollBar::valueChanged, this, &BadgeAnimator::scheduleRecheck);
    QHeaderView *header = nullptr;
    if (auto *table = qobject_cast<QTableView *>(m_view))
        header = table->horizontalHeader();
    else if (auto *tree = qobject_cast<QTreeView *>(m_view))
        header = tree->header();
    if (header) {
        connect(header, &QHeaderView::sectionResized, this, &BadgeAnimator::scheduleRecheck);
        connect(header, &QHeaderView::sectionMoved, this, &BadgeAnimator::scheduleRecheck);
        connect(header, &QHeaderView::sectionCountChanged, this, &BadgeAnimator::scheduleRecheck);
    }
    followModel();
    scheduleRecheck();
}

BadgeAnimator::~BadgeAnimator()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
}

void BadgeAnimator::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

std::chrono::milliseconds BadgeAnimator::interval() const
{
    return m_timer.intervalAsDuration();
}

void BadgeAnimator::followModel()
{
    QAbstractItemModel *model = m_view ? m_view->model() : nullptr;
    if (model == m_model && !m_modelConnections.isEmpty())
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    m_model = model;
    if (!model)
        return;
    m_modelConnections
        << connect(model, &QAbstractItemModel::dataChanged, this,
                   [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                       if (topLeft.column() <= m_column && m_column <= bottomRight.column())
                           scheduleRecheck();
                   })
        << connect(model, &QAbstractItemModel::rowsInserted, this, &BadgeAnimator::scheduleRecheck)
        << connect(model, &QAbstractItemModel::rowsRemoved, this, &BadgeAnimator::scheduleRecheck)
        << connect(model, &QAbstractItemModel::rowsMoved, this, &BadgeAnimator::scheduleRecheck)
        << connect(model, &QAbstractItemModel::modelReset, this, &BadgeAnimator::scheduleRecheck)
        << connect(model, &QAbstractItemModel::layoutChanged, this, &BadgeAnimator::scheduleRecheck)
        << connect(model, &QObject::destroyed, this, &BadgeAnimator::scheduleRecheck);
}

void BadgeAnimator::scheduleRecheck()
{
    if (!m_recheckSoon.isActive())
        m_recheckSoon.start();
}

bool BadgeAnimator::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Show:
    case QEvent::Hide:
    case QEvent::Resize:
    case QEvent::WindowStateChange:
        scheduleRecheck();
        break;
    case QEvent::Paint:
        // A view gives no signal when its model is replaced, but it repaints then.
        if (watched == (m_view ? m_view->viewport() : nullptr) && m_view->model() != m_model)
            scheduleRecheck();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

QList<QModelIndex> BadgeAnimator::visibleAnimatedIndexes() const
{
    QList<QModelIndex> result;
    if (!m_view || !m_view->isVisible() || !m_model || m_model != m_view->model())
        return result;
    if (m_view->window()->isMinimized())
        return result;
    const QRect area = m_view->viewport()->rect();
    if (area.isEmpty())
        return result;
    const QModelIndex root = m_view->rootIndex();
    const int rows = m_model->rowCount(root);
    if (rows == 0 || m_column < 0 || m_column >= m_model->columnCount(root))
        return result;

    int first = 0;
    int last = rows - 1;
    if (auto *table = qobject_cast<QTableView *>(m_view.data())) {
        if (table->isColumnHidden(m_column))
            return result;
        // Only the rows in the viewport: a table of thousands costs a screenful of lookups.
        first = std::max(0, table->rowAt(area.top()));
        const int bottom = table->rowAt(area.bottom());
        last = bottom < 0 ? rows - 1 : bottom;
    }
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = m_model->index(row, m_column, root);
        if (!m_view->visualRect(index).intersects(area))
            continue;
        if (index.data(DeploymentTableModel::AnimatedRole).toBool())
            result.append(index);
    }
    return result;
}

void BadgeAnimator::recheck()
{
    followModel();
    // Watch the window too, so that minimising it stops the timer.
    if (m_view && m_view->window() != m_window) {
        if (m_window)
            m_window->removeEventFilter(this);
        m_window = m_view->window();
        if (m_window && m_window != m_view)
            m_window->installEventFilter(this);
    }
    setRunning(!visibleAnimatedIndexes().isEmpty());
}

void BadgeAnimator::setRunning(bool running)
{
    if (running == m_timer.isActive())
        return;
    if (running)
        m_timer.start();
    else
        m_timer.stop();
    Q_EMIT runningChanged(running);
}

void BadgeAnimator::tick()
{
    const QList<QModelIndex> animated = visibleAnimatedIndexes();
    if (animated.isEmpty()) {
        setRunning(false);
        return;
    }
    m_phase = (m_phase + 1) % StatusBadgeDelegate::AnimationPhases;
    if (m_delegate)
        m_delegate->setAnimationPhase(m_phase);
    QRegion dirty;
    for (const QModelIndex &index : animated)
        dirty += m_view->visualRect(index);
    m_view->viewport()->update(dirty);
}
