#pragma once

#include "app/api/resourcekind.h"
#include "app/watch/alert.h"

#include <QWidget>

class AlertBook;
class AlertListModel;
class QAction;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// The Alerts dock's contents: the open and recent alerts of the AlertBook (time, rule,
// resource, message, state), newest first, with Acknowledge (button and Ctrl+K) and Show
// (Enter, double-click, button), which selects the alert's resource in the window
// (resourceActivated()). Open alerts are in bold and their state is in words, so nothing
// depends on colour; the colours are the palette's.
class AlertsView : public QWidget
{
    Q_OBJECT

public:
    explicit AlertsView(QWidget *parent = nullptr);
    ~AlertsView() override;

    void setAlertBook(AlertBook *book);
    AlertListModel *model() const { return m_model; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *tableView() const { return m_table; }
    QAction *acknowledgeAction() const { return m_acknowledgeAction; }

    // The alert of the current row; 0 when none.
    quint64 currentAlertId() const;
    // Makes alert `id` the current row; false when it is not listed.
    bool selectAlert(quint64 id);

public Q_SLOTS:
    // Acknowledges the selected alert (it stays open until its condition ends, but no longer
    // counts in the tray).
    void acknowledgeSelected();

Q_SIGNALS:
    // The user activated an alert that concerns a resource: show it in the window.
    void resourceActivated(ResourceKind kind, const QString &name);

private:
    void updateButtons();
    void updateSummary();

    AlertListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_show;
    QPushButton *m_acknowledge;
    QAction *m_acknowledgeAction;
};
