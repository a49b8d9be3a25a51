#pragma once

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;
class ScheduleBoard;
class SchedulesPlanModel;

// View > Schedules: every pause and resume planned for the next seven days in the workspace
// (schedules and the ends of wake-ups), with the time local and in UTC, the resource, which
// schedule and whether a hold will skip it, in a table sorted by time (any column sorts), and
// resources whose last transition failed listed above it.
class SchedulesView : public QWidget
{
    Q_OBJECT

public:
    explicit SchedulesView(ScheduleBoard *board, QWidget *parent = nullptr);

    SchedulesPlanModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    // Reads the board again (it calls this on every change).
    void refresh();

private:
    ScheduleBoard *m_board;
    SchedulesPlanModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_summary;
    QLabel *m_failures;
};
